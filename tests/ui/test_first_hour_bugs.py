"""The rough edges a new user hit in the first hour (issue 13), each with real events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar
from sqlalchemy import func, select

from app.model.enums import LaneKind
from app.model.schema import Card, Channel
from app.model.store import ProjectStore
from app.ui import settings
from tests.ui.canvas import mouse
from tests.ui.canvas.conftest import Map
from tests.ui.canvas.test_create_and_edit import _drop, _palette_mime


def _card_count(window) -> int:
    window.document.session.expire_all()
    return window.document.session.scalar(select(func.count(Card.id)))


def test_double_clicking_a_recent_project_opens_it_and_adds_no_card(make_window, sample_path) -> None:
    settings.add_recent_file(sample_path)
    window = make_window(show=True)
    window.resize(1200, 800)
    window.start_screen.refresh()
    entries = window.start_screen.recent
    point = entries.visualItemRect(entries.item(0)).center()
    # First click of the double-click: the project opens and the map takes the start screen's place.
    QTest.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.document is not None
    before = _card_count(window)
    # The second click lands on the map that took the list's place; say on an empty cell.
    view = window.canvas_view
    journey = Map(window)
    cell = window.scene.cell_rect(journey.lane("Delights"), journey.stage("Application"))
    view.ensureVisible(cell)
    under = mouse.scene_point(view, cell.center())
    assert view.viewport().rect().contains(under)
    # Stamped as a real double-click's are, a moment after the first click (opening may take longer than the
    # double-click interval on a busy machine: the events' own time still says they belong to the gesture).
    first = window.start_screen._click_ms
    for step, kind in enumerate((mouse.QEvent.Type.MouseButtonPress, mouse.QEvent.Type.MouseButtonDblClick,
                                 mouse.QEvent.Type.MouseButtonRelease)):
        buttons = mouse.Button.NoButton if step == 2 else mouse.Button.LeftButton
        event = QMouseEvent(kind, QPointF(under), QPointF(view.viewport().mapToGlobal(under)),
                            mouse.Button.LeftButton, buttons, mouse.Modifier.NoModifier)
        event.setTimestamp(first + 100 + 20 * step)
        QApplication.sendEvent(view.viewport(), event)
    assert _card_count(window) == before
    assert window.document.undo_stack.count() == 0 and not window.document.modified
    # Once the gesture is over, the map takes double-clicks again.
    QTest.qWait(QApplication.doubleClickInterval() + 120)
    mouse.double_click(view, under)
    assert _card_count(window) == before + 1


def test_a_channel_dropped_on_a_card_becomes_its_channel(make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    window.resize(1600, 1000)
    window.canvas_view.set_zoom(1.0)
    journey = Map(window)
    view, scene, stack = window.canvas_view, window.scene, window.document.undo_stack
    card = journey.card("Offer e-mail")
    before = _card_count(window)
    centre = mouse.scene_point(view, scene.card_item(card).sceneBoundingRect().center())
    assert _drop(view, _palette_mime(window, "Chat"), centre)
    chat = journey.session.scalar(select(Channel.id).where(Channel.key == "chat"))
    journey.session.expire_all()
    assert journey.session.get(Card, card).channel_id == chat
    assert _card_count(window) == before and stack.undoText() == "Edit card"
    window.save()
    with ProjectStore.open(sample_path, read_only=True) as store:
        assert store.session.get(Card, card).channel_id == chat
    # On empty space of the lane it still makes a new touchpoint.
    touch, stage = journey.lane("Touchpoints"), journey.stage("First month")
    cell = scene.cell_rect(touch, stage)
    empty_space = mouse.scene_point(view, QPointF(cell.center().x(), cell.bottom() - 4))
    assert _drop(view, _palette_mime(window, "Chat"), empty_space)
    assert _card_count(window) == before + 1


def test_the_save_dialog_never_opens_inside_the_apps_own_folders(make_window, data_dir, tmp_path, monkeypatch) -> None:
    from app import resources

    own = resources.resources_dir() / "samples_test_folder"
    inside = data_dir / "samples"
    inside.mkdir()
    sample = inside / "sample.parcours"
    with ProjectStore.create() as store:
        store.save(sample)
    settings.add_recent_file(sample)  # a sample opened from the app's data is the last file used
    window = make_window()
    window.new_project()
    asked: list[Path] = []
    monkeypatch.setattr(type(window), "ask_save_path", lambda self, suggested: asked.append(suggested) or None)
    window.save_as_dialog()
    assert asked and not settings.is_app_folder(asked[0].parent)
    assert asked[0].parent == settings.documents_folder()
    assert settings.is_app_folder(own) and settings.is_app_folder(inside)
    # The folder the user chose last wins next time.
    chosen = tmp_path / "maps"
    chosen.mkdir()
    monkeypatch.setattr(type(window), "ask_save_path", lambda self, suggested: asked.append(suggested) or chosen / "a")
    window.save_as_dialog()
    window.close_project()
    window.new_project()
    window.save_as_dialog()
    assert asked[-1].parent == chosen


def test_a_new_lane_is_brought_into_view_with_its_name_box_on_screen(make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    window.resize(1000, 600)
    view = window.canvas_view
    view.set_zoom(1.0)
    view.verticalScrollBar().setValue(0)
    window.controller.insert_lane(None, LaneKind.IRRITANTS, after=True)
    editor = view.editor
    assert editor is not None and editor.isVisible()
    assert view.viewport().rect().contains(editor.geometry()), (editor.geometry(), view.viewport().rect())
    lane_id = max(window.scene.lane_headers)
    assert window.scene.current_header == ("lane", lane_id)


def test_while_a_new_stage_is_renamed_the_inspector_shows_it(make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    journey = Map(window)
    first = journey.stage("Application")
    window.scene.set_current_header("stage", first)
    window.scene.header_selected.emit("stage", first)
    window.controller.insert_stage(first, after=True)
    assert window.canvas_view.editor is not None
    new_stage = window.scene.current_header[1]
    assert new_stage != first
    assert window.inspector.subject == ("stage", new_stage)


def test_leaving_in_full_screen_comes_back_in_a_normal_window(make_window, sample_path) -> None:
    first = make_window(sample_path, show=True)
    first.actions_by_name["full_screen"].trigger()
    assert first.isFullScreen() and first.actions_by_name["full_screen"].isChecked()
    assert first.close()
    second = make_window(sample_path, show=True)
    assert not second.isFullScreen()
    assert not second.actions_by_name["full_screen"].isChecked()


def test_toolbar_buttons_stay_put_as_the_undo_text_changes(make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    toolbar = window.findChild(QToolBar, "main_toolbar")
    fit = toolbar.widgetForAction(window.actions_by_name["fit"])
    before = fit.geometry()
    journey = Map(window)
    card = journey.card("Offer e-mail")
    window.controller.set_colour("card", card, "#aabbcc")
    window.document.undo_stack.undo()
    window.document.undo_stack.redo()
    assert window.document.undo_stack.undoText()
    QApplication.processEvents()
    assert fit.geometry() == before
    undo = next(a for a in toolbar.actions() if a.objectName() == "toolbar_undo")
    assert undo.isEnabled() and "Edit card" in undo.toolTip()
    undo.trigger()
    assert not window.document.modified



def test_a_window_remembered_from_a_larger_screen_fits_this_one(make_window, sample_path) -> None:
    from PySide6.QtCore import QRect

    first = make_window(sample_path, show=True)
    first.setGeometry(QRect(0, 0, 2400, 1500))  # as on a 4K screen; the offscreen screen is 800 x 600
    assert first.close()
    second = make_window(sample_path, show=True)
    area = second.screen().availableGeometry()
    assert second.width() <= area.width() and second.height() <= area.height()
    assert area.adjusted(-2, -2, 2, 2).contains(second.frameGeometry())  # offscreen frames are off by a pixel
