"""The main window's menus, toolbar and shortcuts: each action does what its name says."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import func, select

from app.model.enums import LaneKind
from app.model.schema import Card
from app.ui import main_window
from app.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


@pytest.fixture
def window(make_window, sample_path: Path) -> MainWindow:
    """The sample, shown, first journey on the map."""
    return make_window(sample_path, show=True)


def _card_count(window: MainWindow) -> int:
    return window.document.session.scalar(select(func.count()).select_from(Card))


def _card_ids(window: MainWindow) -> list[int]:
    return window.canvas_view.scene().reading_order()


# --------------------------------------------------------------------------- shortcuts


@pytest.mark.parametrize(("name", "keys"), [
    ("new", [Key.New]), ("open", [Key.Open]), ("save", [Key.Save]), ("save_as", [Key.SaveAs]),
    ("close", [Key.Close]), ("undo", [Key.Undo]), ("redo", [Key.Redo, "Ctrl+Y", "Ctrl+Shift+Z"]),
    ("cut", [Key.Cut]), ("copy", [Key.Copy]), ("paste", [Key.Paste]), ("duplicate", ["Ctrl+D"]),
    ("delete", [Key.Delete]), ("select_all", [Key.SelectAll]), ("find", [Key.Find]),
    ("find_next", [Key.FindNext]), ("zoom_in", [Key.ZoomIn]), ("zoom_out", [Key.ZoomOut]),
    ("fit", ["Ctrl+0"]), ("zoom_100", ["Ctrl+1"]), ("full_screen", [Key.FullScreen, "F11"]),
    ("quit", ["Ctrl+Q"]),
])
def test_actions_have_the_platform_standard_shortcuts(make_window, name: str, keys: list) -> None:
    action = make_window().actions_by_name[name]
    expected = []
    for key in keys:
        expected += QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
    assert expected and all(key in action.shortcuts() for key in expected), [k.toString() for k in action.shortcuts()]


def test_no_two_actions_of_a_window_share_a_key(window: MainWindow) -> None:
    keys = Counter(key.toString() for action in window.findChildren(QAction) for key in action.shortcuts())
    assert [key for key, count in keys.items() if count > 1] == []


def test_the_edit_menu_and_the_toolbar_hold_undo_and_redo(window: MainWindow) -> None:
    for name in ("undo", "redo"):
        assert window.actions_by_name[name] in window.edit_menu.actions()
        # The toolbar holds a twin with a short fixed label (issue 13: buttons must not jump).
        twin = next(a for a in window.toolbar.actions() if a.objectName() == f"toolbar_{name}")
        assert twin.isEnabled() == window.actions_by_name[name].isEnabled()


def test_ctrl_f_typed_on_the_map_opens_the_find_bar(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    window.canvas_view.setFocus()
    qtbot.keyClick(window.canvas_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()


# --------------------------------------------------------------------------- undo and redo


def test_undo_says_what_it_undoes(qtbot, window: MainWindow) -> None:
    undo, redo = window.actions_by_name["undo"], window.actions_by_name["redo"]
    scene = window.canvas_view.scene()
    card_id = _card_ids(window)[0]
    scene.select_cards([card_id])
    before = scene.card_item(card_id).sceneBoundingRect()
    qtbot.keyClick(window.canvas_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # move it down
    assert undo.isEnabled() and undo.text().replace("&", "") == "Undo Move card"
    undo.trigger()
    assert scene.card_item(card_id).sceneBoundingRect() == before
    assert redo.text().replace("&", "") == "Redo Move card" and not undo.isEnabled()
    redo.trigger()
    assert scene.card_item(card_id).sceneBoundingRect() != before and window.isWindowModified()


# --------------------------------------------------------------------------- edit


def test_copy_then_paste_adds_copies_after_the_current_card(window: MainWindow) -> None:
    scene = window.canvas_view.scene()
    first = _card_ids(window)[0]
    count = _card_count(window)
    scene.select_cards([first])
    window.actions_by_name["copy"].trigger()
    window.actions_by_name["paste"].trigger()
    assert _card_count(window) == count + 1
    [copy] = scene.selected_card_ids()
    assert copy != first and scene.card_item(copy) is not None
    assert window.document.session.get(Card, copy).title == window.document.session.get(Card, first).title


def test_cut_removes_and_paste_brings_back(window: MainWindow) -> None:
    scene = window.canvas_view.scene()
    first = _card_ids(window)[0]
    title = window.document.session.get(Card, first).title
    count = _card_count(window)
    scene.select_cards([first])
    window.actions_by_name["cut"].trigger()
    assert _card_count(window) == count - 1 and scene.card_item(first) is None
    window.actions_by_name["paste"].trigger()
    assert _card_count(window) == count
    [pasted] = scene.selected_card_ids()
    assert window.document.session.get(Card, pasted).title == title


def test_duplicate_delete_and_select_all(window: MainWindow) -> None:
    scene = window.canvas_view.scene()
    count = _card_count(window)
    actions = window.actions_by_name
    assert not actions["duplicate"].isEnabled() and not actions["delete"].isEnabled()
    scene.select_cards(_card_ids(window)[:2])
    assert actions["duplicate"].isEnabled() and actions["delete"].isEnabled()
    actions["duplicate"].trigger()
    assert _card_count(window) == count + 2 and len(scene.selected_card_ids()) == 2
    actions["delete"].trigger()
    assert _card_count(window) == count and window.document.undo_stack.count() == 2
    actions["select_all"].trigger()
    assert scene.selected_card_ids() == _card_ids(window) and len(_card_ids(window)) > 2
    actions["undo"].trigger()
    actions["undo"].trigger()
    assert _card_count(window) == count and not window.isWindowModified()


def test_copied_cards_are_pasted_in_another_window_with_their_fields(window) -> None:
    window.actions_by_name["new_window"].trigger()
    [other] = [w for w in main_window._WINDOWS if w is not window]
    other.actions_by_name["new"].trigger()
    source = window.canvas_view.scene()
    card_ids = _card_ids(window)[:3]
    originals = {card_id: window.document.session.get(Card, card_id) for card_id in card_ids}
    source.select_cards(card_ids)
    window.actions_by_name["copy"].trigger()

    other.actions_by_name["paste"].trigger()
    pasted = other.canvas_view.scene().selected_card_ids()
    assert len(pasted) == 3
    fields = ("title", "body", "score", "emotion", "colour", "tags", "note")
    got = sorted(tuple(getattr(other.document.session.get(Card, card_id), f) for f in fields) for card_id in pasted)
    want = sorted(tuple(getattr(card, f) for f in fields) for card in originals.values())
    assert got == want
    assert other.isWindowModified() and not window.isWindowModified()
    assert other.actions_by_name["undo"].text().replace("&", "").startswith("Undo Paste")
    other.actions_by_name["undo"].trigger()
    assert _card_count(other) == 0


# --------------------------------------------------------------------------- view


def test_zoom_actions(window: MainWindow) -> None:
    view = window.canvas_view
    actions = window.actions_by_name
    actions["zoom_100"].trigger()
    assert view.zoom == pytest.approx(1.0)
    actions["zoom_in"].trigger()
    assert view.zoom > 1.0
    actions["zoom_out"].trigger()
    actions["zoom_out"].trigger()
    assert view.zoom < 1.0
    actions["fit"].trigger()
    fitted = view.zoom
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    layout = view.scene().layout
    assert visible.width() >= layout.width - 1 and visible.height() >= layout.height - 1
    actions["zoom_100"].trigger()
    assert view.zoom == pytest.approx(1.0) != fitted


def test_full_screen_goes_and_comes_back(window: MainWindow) -> None:
    action = window.actions_by_name["full_screen"]
    action.trigger()
    assert window.isFullScreen() and action.isChecked()
    action.trigger()
    assert not window.isFullScreen() and not action.isChecked()


# --------------------------------------------------------------------------- find


def test_find_highlights_matches_selects_the_first_and_enter_goes_to_the_next(qtbot, window: MainWindow) -> None:
    scene = window.canvas_view.scene()
    bar = window.find_bar
    window.actions_by_name["find"].trigger()
    assert bar.isVisible() and bar.field.hasFocus()
    needle = "the"
    qtbot.keyClicks(bar.field, needle)
    titles = {card_id: window.document.session.get(Card, card_id) for card_id in scene.cards}
    found = [card_id for card_id in _card_ids(window) if scene.cards[card_id].found]
    assert len(found) >= 2
    assert all(needle in " ".join((titles[c].title, titles[c].body, titles[c].note, " ".join(titles[c].tags)))
               .casefold() for c in found)
    assert scene.selected_card_ids() == [found[0]]
    assert bar.count.text() == f"{len(found)} match(es)"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert scene.selected_card_ids() == [found[1]]
    window.actions_by_name["find_previous"].trigger()
    assert scene.selected_card_ids() == [found[0]]
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and not any(item.found for item in scene.cards.values())


def test_find_without_a_match_says_so(qtbot, window: MainWindow) -> None:
    window.actions_by_name["find"].trigger()
    qtbot.keyClicks(window.find_bar.field, "zzzz-nothing")
    assert window.find_bar.count.text() == "No match"
    assert not any(item.found for item in window.canvas_view.scene().cards.values())


# --------------------------------------------------------------------------- windows


def test_quit_closes_every_window_unless_one_is_cancelled(make_window, window, sample_path, tmp_path,
                                                          monkeypatch) -> None:
    window.actions_by_name["new_window"].trigger()
    [other] = [w for w in main_window._WINDOWS if w is not window]
    other.actions_by_name["new"].trigger()
    other.actions_by_name["new_journey"].trigger()  # unsaved changes in the second window
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: QMessageBox.StandardButton.Cancel)
    window.actions_by_name["quit"].trigger()
    assert other.isVisible() and other.document is not None
    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: QMessageBox.StandardButton.Discard)
    window.actions_by_name["quit"].trigger()
    assert not window.isVisible() and not other.isVisible()


# --------------------------------------------------------------------------- palette


def test_enter_on_a_palette_entry_adds_that_card_in_the_current_stage(qtbot, window: MainWindow) -> None:
    scene = window.canvas_view.scene()
    session = window.document.session
    current = _card_ids(window)[0]
    scene.select_cards([current])
    stage_id = session.get(Card, current).stage_id
    count = _card_count(window)
    palette = window.card_palette.list
    palette.setCurrentItem(window.card_palette.entry("Pain point"))
    qtbot.keyClick(palette, Qt.Key.Key_Return)
    assert _card_count(window) == count + 1
    [added] = scene.selected_card_ids()
    card = session.get(Card, added)
    assert card.stage_id == stage_id and scene.lane_kind(card.lane_id) is LaneKind.IRRITANTS
    assert window.actions_by_name["undo"].text().replace("&", "") == "Undo Add card"


def test_find_follows_the_map_to_another_journey(qtbot, window: MainWindow) -> None:
    window.actions_by_name["find"].trigger()
    qtbot.keyClicks(window.find_bar.field, "e")
    first_journey = window.journey_id
    qtbot.keyClick(window.journey_combo, Qt.Key.Key_Down)
    assert window.journey_id != first_journey
    scene = window.canvas_view.scene()
    assert any(item.found for item in scene.cards.values())
    assert scene.selected_card_ids() == [next(c for c in _card_ids(window) if scene.cards[c].found)]


def _focus(qtbot, window: MainWindow, widget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=1000)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


def test_ctrl_d_and_ctrl_return_act_on_the_map_not_in_text_fields(qtbot, window: MainWindow) -> None:
    scene = window.canvas_view.scene()
    stack = window.document.undo_stack
    card_id = _card_ids(window)[0]
    scene.select_cards([card_id])
    body = window.inspector.field_widget("body")
    _focus(qtbot, window, body)
    qtbot.keyClick(body, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == 0, [stack.text(i) for i in range(stack.count())]

    window.canvas_view.start_inline_edit("card", card_id)
    editor = window.canvas_view.findChild(QLineEdit)
    _focus(qtbot, window, editor)
    qtbot.keyClick(editor, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert stack.count() == 0, "typing a title, Ctrl+D does not duplicate the card"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)

    _focus(qtbot, window, window.canvas_view)
    scene.select_cards([card_id])
    qtbot.keyClick(window.canvas_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [stack.text(i) for i in range(stack.count())] == ["Duplicate card"]
    window.actions_by_name["duplicate"].trigger()  # the menu works wherever the focus is
    assert stack.count() == 2
