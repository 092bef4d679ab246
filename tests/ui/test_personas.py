"""A consultant builds the workspace of a blank project with clicks and keys, undoes it all, redoes, saves, reopens."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog
from sqlalchemy import select

from app.export.report import export_persona_sheets
from app.model.schema import Channel, Department, Journey, Objective, Persona, Project
from app.model.store import ProjectStore
from tests.model.helpers import dump_tables


def picture(path: Path, width: int, height: int, colour: str = "#3366AA") -> Path:
    """A real image file of ``width`` x ``height`` pixels."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def type_into(widget, text: str, *, replace: bool = True) -> None:
    """Focus ``widget``, select what it holds and type ``text`` key by key."""
    widget.setFocus()
    if replace:
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for character in text:
        if character.isascii():
            QTest.keyClicks(widget, character)
        else:  # QTest knows only ASCII keys: send what a keyboard layout with this letter sends
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                         character))


def drop_file(widget, path: Path) -> None:
    """Drop a local file on ``widget`` as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(10, 10)
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    # Qt delivers a drop only inside a drag it runs itself: hand the drop to the widget as Qt would.
    widget.dropEvent(QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def blank(qtbot):
    """A shown main window on a new blank project."""
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["new"].trigger()
    return window


def test_building_the_workspace_from_a_blank_project(blank, qtbot, tmp_path, monkeypatch):
    window = blank
    stack = window.document.undo_stack
    session = window.document.session
    empty = dump_tables(session)
    lea_photo = picture(tmp_path / "lea.jpg", 2400, 1800)
    tom_photo = picture(tmp_path / "tom.png", 300, 400, "#AA3366")

    # Project > Properties: title, organisation, author, language, target.
    window.workspace.actions["properties"].trigger()
    panel = window.project_panel
    type_into(panel.field_widget("title"), "Onboarding 2026")
    type_into(panel.field_widget("organisation"), "ACME")
    type_into(panel.field_widget("author"), "Camille")
    language = panel.field_widget("language")
    language.setFocus()
    QTest.keyClick(language, Qt.Key.Key_Up)
    target = panel.field_widget("target_score")
    type_into(target, "8")
    QTest.keyClick(target, Qt.Key.Key_Return)
    project = session.get(Project, 1)
    assert (project.title, project.organisation, project.author, project.language.value, project.target_score) == (
        "Onboarding 2026", "ACME", "Camille", "fr", 8.0)

    # An objective, served by the journey.
    window.workspace.actions["objectives"].trigger()
    before = stack.count()
    qtbot.mouseClick(panel.objectives.add_button, Qt.MouseButton.LeftButton)
    assert stack.count() == before + 1
    type_into(panel.objectives.form.editors["title"].widget, "Faster onboarding")
    window.workspace.actions["journey_priorities"].trigger()
    panel.journey_objectives.setFocus()
    panel.journey_objectives.setCurrentRow(0)
    QTest.keyClick(panel.journey_objectives, Qt.Key.Key_Space)
    journey = session.scalars(select(Journey)).first()
    assert [o.title for o in journey.objectives] == ["Faster onboarding"]

    # Departments: two added, one merged into the other; a channel added.
    window.workspace.actions["departments"].trigger()
    departments = window.catalogues_dialog.departments
    for name in ("IT", "Helpdesk"):
        before = stack.count()
        qtbot.mouseClick(departments.add_button, Qt.MouseButton.LeftButton)
        assert stack.count() == before + 1
        type_into(departments.form.editors["name"].widget, name)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: ("IT", True))
    qtbot.mouseClick(departments.merge_button, Qt.MouseButton.LeftButton)
    assert session.scalars(select(Department.name)).all() == ["IT"]
    channels = window.catalogues_dialog.channels
    qtbot.mouseClick(channels.add_button, Qt.MouseButton.LeftButton)
    type_into(channels.form.editors["name"].widget, "Kiosk")
    assert "Kiosk" in session.scalars(select(Channel.name)).all()

    # Two personas, one photo chosen, one dropped.
    window.workspace.actions["personas"].trigger()
    view = window.personas_view
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(lea_photo), ""))
    for name, role in (("Léa Martin", "New hire"), ("Tom", "Manager")):
        before = stack.count()
        qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
        assert stack.count() == before + 1
        type_into(view.form.editors["name"].widget, name)
        type_into(view.form.editors["role"].widget, role)
    view.list.setCurrentRow(0)
    qtbot.mouseClick(view.photo.choose_button, Qt.MouseButton.LeftButton)
    type_into(view.form.editors["quote"].widget, "I want my laptop on day one")
    view.channels.setFocus()
    view.channels.setCurrentRow(0)
    QTest.keyClick(view.channels, Qt.Key.Key_Space)
    view.journeys_list.setFocus()
    view.journeys_list.setCurrentRow(0)
    QTest.keyClick(view.journeys_list, Qt.Key.Key_Space)
    view.list.setCurrentRow(1)
    drop_file(view.photo, tom_photo)
    lea, tom = session.scalars(select(Persona).order_by(Persona.position)).all()
    assert (lea.name, lea.role, tom.name, tom.role) == ("Léa Martin", "New hire", "Tom", "Manager")
    assert lea.photo_type == "image/jpeg" and QImage.fromData(lea.photo).width() == 1024
    assert tom.photo is not None and QImage.fromData(tom.photo).size().toTuple() == (300, 400)
    assert len(lea.channels) == 1 and [p.name for p in journey.personas] == ["Léa Martin"]
    assert not view.error_label.isVisible()
    built = dump_tables(session)

    # Undo everything, then redo everything.
    steps = stack.index()
    while stack.canUndo():
        window.actions_by_name["undo"].trigger()
    assert dump_tables(session) == empty
    for _ in range(steps):
        window.actions_by_name["redo"].trigger()
    assert dump_tables(session) == built
    assert [view.list.item(i).text().split(" — ")[0] for i in range(view.list.count())] == ["Léa Martin", "Tom"]

    # Save, reopen, print the persona sheets.
    path = tmp_path / "atelier.parcours"
    window.save_as(path)
    with ProjectStore.open(path, read_only=True) as store:
        personas = store.session.scalars(select(Persona).order_by(Persona.position)).all()
        assert [(p.name, p.quote) for p in personas] == [("Léa Martin", "I want my laptop on day one"), ("Tom", "")]
        assert store.session.scalars(select(Objective.title)).all() == ["Faster onboarding"]
        pdf = tmp_path / "personas.pdf"
        export_persona_sheets(store.session, pdf)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    for expected in ("Léa Martin", "New hire", "I want my laptop on day one", "Tom", "Manager"):
        assert expected in text


@pytest.mark.parametrize("bad", ["broken", "bomb", "hostile_chunks", "not_an_image", "gif", "too_large", "empty",
                                 "sliver"])
def test_a_bad_photo_is_refused_with_one_sentence_and_nothing_changes(document, qtbot, tmp_path, monkeypatch, bad):
    import struct
    import zlib

    from app.ui.personas import PersonasView

    view = PersonasView()
    qtbot.addWidget(view)
    view.set_document(document)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    stack = document.undo_stack
    before = stack.count()
    persona_id = view.current_id()

    def png_chunks(width: int, height: int, data: bytes) -> bytes:
        def chunk(kind: bytes, payload: bytes) -> bytes:
            return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", data) + chunk(b"IEND", b""))

    path = tmp_path / "photo.png"
    if bad == "broken":
        good = picture(tmp_path / "good.png", 200, 200).read_bytes()
        path.write_bytes(good[: len(good) // 2])
    elif bad == "bomb":  # a few hundred bytes claiming 100,000 x 100,000 pixels
        path.write_bytes(png_chunks(100_000, 100_000, zlib.compress(bytes(10_000))))
    elif bad == "hostile_chunks":  # a valid header, then a compressed stream that is garbage
        path.write_bytes(png_chunks(64, 64, b"\x78\x9c" + bytes(range(256)) * 4))
    elif bad == "not_an_image":
        path.write_text("#!/bin/sh\nrm -rf ~\n", encoding="utf-8")
    elif bad == "gif":
        path.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    elif bad == "too_large":
        monkeypatch.setattr("app.model.images.MAX_FILE_BYTES", 1000)
        picture(path, 400, 400)
        path.write_bytes(path.read_bytes() + bytes(2000))
    elif bad == "empty":
        path.write_bytes(b"")
    elif bad == "sliver":
        picture(path, 4000, 10)
    drop_file(view.photo, path)
    assert view.error_label.isVisible() or not view.error_label.isHidden()
    sentence = view.error_label.text()
    assert sentence.endswith(".") and "\n" not in sentence and "Traceback" not in sentence
    assert stack.count() == before
    assert document.session.get(Persona, persona_id).photo is None
