"""Departments and channels managed like a consultant would: add, rename, reorder, merge, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from app.model.schema import Card, Channel, Department, Lane, Persona
from app.model.store import ProjectStore
from tests.model.helpers import dump_tables


def _names(session, model) -> list[str]:
    return session.scalars(select(model.name).order_by(model.position)).all()


def test_new_projects_start_with_the_default_channels(make_window):
    window = make_window()
    window.actions_by_name["new"].trigger()
    window.workspace.actions["channels"].trigger()
    editor = window.catalogues_dialog.channels
    assert editor.list.count() >= 10
    assert {"Phone", "E-mail", "Website"} <= {editor.list.item(i).text() for i in range(editor.list.count())}


def test_deleting_a_department_leaves_cards_with_none_and_undo_restores_everything(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    session, stack = window.document.session, window.document.undo_stack
    before = dump_tables(session)
    window.workspace.actions["departments"].trigger()
    editor = window.catalogues_dialog.departments
    department_id = editor.current_id()
    cards = session.scalars(select(Card.id).where(Card.department_id == department_id)).all()
    lanes = session.scalars(select(Lane.id).where(Lane.department_id == department_id)).all()
    assert cards
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert session.get(Department, department_id) is None
    assert all(session.get(Card, card).department_id is None for card in cards)
    assert all(session.get(Lane, lane).department_id is None for lane in lanes)
    window.actions_by_name["undo"].trigger()
    assert dump_tables(session) == before
    assert stack.count() == 1


def test_rename_reorder_and_merge_channels_with_the_keyboard(make_window, sample_path, qtbot, monkeypatch, tmp_path):
    window = make_window(sample_path, show=True)
    session = window.document.session
    window.workspace.actions["channels"].trigger()
    editor = window.catalogues_dialog.channels
    names = _names(session, Channel)
    # Rename: the Name field, typed (one merged undo step).
    editor.list.setCurrentRow(0)
    name = editor.form.editors["name"].widget
    name.setFocus()
    QTest.keyClick(name, Qt.Key.Key_End)
    QTest.keyClicks(name, " line")
    assert _names(session, Channel)[0] == names[0] + " line"
    assert window.document.undo_stack.count() == 1
    # Reorder: Alt+Down twice moves it two places.
    editor.list.setFocus()
    for _ in range(2):
        QTest.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _names(session, Channel)[2] == names[0] + " line"
    assert editor.list.currentItem().text() == names[0] + " line"
    # Reorder by drag: the drop is turned into one move command.
    source = editor.list.currentRow()
    target = editor.list.visualItemRect(editor.list.item(0))
    mime = QMimeData()
    event = QDropEvent(QPointF(target.center().x(), target.top() + 2), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    assert editor.list.drop_index(event) == 0 and source == 2
    # Merge the channel of a card into another: the card follows, undo brings both back.
    card = session.scalars(select(Card).where(Card.channel_id.is_not(None))).first()
    card_id, source_id = card.id, card.channel_id
    editor.list.select_id(source_id)
    target_name = next(n for n in _names(session, Channel) if n != editor.list.currentItem().text())
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (target_name, True))
    qtbot.mouseClick(editor.merge_button, Qt.MouseButton.LeftButton)
    target_id = session.scalars(select(Channel.id).where(Channel.name == target_name)).one()
    assert session.get(Channel, source_id) is None
    assert session.get(Card, card_id).channel_id == target_id
    window.actions_by_name["undo"].trigger()
    assert session.get(Card, card_id).channel_id == source_id
    window.actions_by_name["redo"].trigger()
    path = window.save_as(tmp_path / "merged.parcours")
    with ProjectStore.open(path, read_only=True) as store:
        assert store.session.get(Card, card_id).channel_id == target_id
        assert store.session.get(Channel, source_id) is None


def test_departments_follow_an_undo_made_elsewhere(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    window.workspace.actions["departments"].trigger()
    editor = window.catalogues_dialog.departments
    count = editor.list.count()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.list.count() == count + 1
    window.document.undo_stack.undo()
    assert editor.list.count() == count
    window.document.undo_stack.redo()
    assert editor.list.count() == count + 1 and editor.list.currentItem() is not None


def test_a_new_persona_is_one_undo_step_from_the_menu(make_window, sample_path):
    window = make_window(sample_path)
    stack = window.document.undo_stack
    window.workspace.actions["add_persona"].trigger()
    assert stack.count() == 1
    names = window.document.session.scalars(select(Persona.name).order_by(Persona.position)).all()
    assert names[-1] == "New persona"
    assert window.personas_view.list.currentItem().text().startswith("New persona")


def test_the_workspace_panels_are_reachable_from_the_menus(make_window, sample_path):
    window = make_window(sample_path, show=True)
    menus = {action.text(): action.menu() for action in window.menuBar().actions() if action.menu()}
    project_menu = menus["&Project"]
    texts = [action.text() for action in project_menu.actions()]
    assert "&Properties…" in texts and "P&ersonas…" in texts and "&Departments…" in texts
    window.workspace.actions["personas"].trigger()
    assert window.personas_view.isVisible()
    window.workspace.actions["properties"].trigger()
    assert window.project_panel.isVisible()
    window.workspace.actions["channels"].trigger()
    assert window.catalogues_dialog.isVisible()
    # The dock toggles are in View, like the others.
    assert any(action.text() == "Personas" for action in window.view_menu.actions())


def test_delete_in_the_personas_gallery_deletes_the_persona_not_the_map_selection(make_window, sample_path, qtbot):
    window = make_window(sample_path, show=True)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    session = window.document.session
    scene = window.canvas_view.scene()
    card_id = next(iter(scene.data.cards))
    scene.select_cards([card_id])
    window.workspace.actions["personas"].trigger()
    gallery = window.personas_view.gallery
    gallery.setFocus()
    gallery.setCurrentRow(0)
    persona_id = gallery.row_id(0)
    QTest.keyClick(gallery, Qt.Key.Key_Delete)
    assert session.get(Persona, persona_id) is None
    assert session.get(Card, card_id) is not None
    window.actions_by_name["undo"].trigger()
    assert session.get(Persona, persona_id) is not None
