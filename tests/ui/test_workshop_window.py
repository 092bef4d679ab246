"""The window's workshop pieces: fit to width/height, the minimap, the window on its screen, comments, key help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import select

from app.export.project_json import export_project
from app.model.schema import Comment
from app.model.store import ProjectStore
from app.ui import settings, window_view
from app.ui.main_window import MainWindow
from app.ui.shortcuts_dialog import MAP_KEYS, PRESENTATION_KEYS
from app.ui.votes_badges import COMMENT_COLOUR
from tests.ui.painting import paint_item, pixels_of


@pytest.fixture
def window(make_window, sample_path: Path) -> MainWindow:
    window = make_window(sample_path, show=True)
    window.activateWindow()
    window.canvas_view.setFocus()
    return window


def test_fit_to_width_and_to_height_with_their_keys(qtbot, window: MainWindow) -> None:
    view, layout = window.canvas_view, window.scene.layout
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert layout.width * view.zoom == pytest.approx(view.viewport().width() - 16, abs=1.0)
    qtbot.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert layout.height * view.zoom == pytest.approx(view.viewport().height() - 16, abs=1.0)
    assert window.actions_by_name["fit_width"] in window.view_menu.actions()
    assert window.actions_by_name["fit_height"] in window.view_menu.actions()


def test_the_minimap_shows_the_view_and_a_click_moves_it(qtbot, window: MainWindow) -> None:
    window.minimap_dock.show()
    minimap = window.minimap
    minimap.resize(300, 200)
    window.canvas_view.zoom_actual()
    before = minimap.view_rect()
    assert not before.isEmpty()
    target = QPointF(minimap.width() * 0.8, minimap.height() * 0.6)
    qtbot.mouseClick(minimap, Qt.MouseButton.LeftButton, pos=target.toPoint())
    centre = window.canvas_view.visible_scene_rect().center()
    wanted = minimap.scene_point(target)
    assert abs(centre.x() - wanted.x()) < 40 or window.canvas_view.horizontalScrollBar().value() == \
        window.canvas_view.horizontalScrollBar().maximum()
    assert minimap.view_rect() != before


def test_the_window_is_never_larger_than_its_screen(make_window) -> None:
    window = make_window()
    area = window_view.available_geometry(window)
    assert window.width() <= area.width() and window.height() <= area.height()
    window.resize(area.width() * 3, area.height() * 3)
    window.move(area.right() + 2000, area.bottom() + 2000)
    settings.save_window_layout(window)
    again = make_window()
    frame = again.frameGeometry()
    assert frame.width() <= area.width() and frame.height() <= area.height()
    assert area.contains(frame.topLeft())


def test_comments_are_added_answered_resolved_undone_and_exported(qtbot, window: MainWindow) -> None:
    panel = window.comments_panel
    card_id = window.scene.reading_order()[3]
    window.scene.select_cards([card_id])
    assert panel.target() == ("card", card_id)
    assert pixels_of(paint_item(window.scene.card_item(card_id)), COMMENT_COLOUR) == 0
    window.actions_by_name["add_comment"].trigger()
    panel.author.setText("Léa")
    qtbot.keyClicks(panel.text, "Who orders the laptop?")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.tree.topLevelItemCount() == 1
    assert window.scene.workshop_badges.comments == {card_id: 1}
    assert pixels_of(paint_item(window.scene.card_item(card_id)), COMMENT_COLOUR) > 40  # the count, over the card
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.keyClicks(panel.text, "IT, two weeks ahead")
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    assert panel.tree.topLevelItem(0).childCount() == 1
    assert window.scene.workshop_badges.comments == {card_id: 2}
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert window.scene.workshop_badges.comments == {}
    assert pixels_of(paint_item(window.scene.card_item(card_id)), COMMENT_COLOUR) == 0
    session = window.document.session
    rows = session.execute(select(Comment.author, Comment.text, Comment.resolved, Comment.parent_id)
                           .order_by(Comment.id)).all()
    assert [(a, t, r) for a, t, r, _ in rows] == [("Léa", "Who orders the laptop?", True),
                                                   ("Léa", "IT, two weeks ahead", False)]
    data = json.loads(json.dumps(export_project(session)))
    assert [c["text"] for c in data["comments"]] == ["Who orders the laptop?", "IT, two weeks ahead"]
    stack = window.document.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    assert session.scalars(select(Comment.id)).all() == []
    assert panel.tree.topLevelItemCount() == 0


def test_an_empty_comment_is_refused_in_one_sentence(qtbot, window: MainWindow) -> None:
    window.scene.select_cards([window.scene.reading_order()[0]])
    qtbot.mouseClick(window.comments_panel.add_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "A comment needs some text."
    assert window.document.undo_stack.count() == 0


def test_a_comment_on_the_journey_is_kept_in_the_file(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.scene.clearSelection()
    panel = window.comments_panel
    assert panel.target() == ("journey", window.journey_id)
    window.actions_by_name["add_comment"].trigger()
    qtbot.keyClicks(panel.text, "Map the after-sales journey next")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    window.save_as(tmp_path / "commented.parcours")
    with ProjectStore.open(tmp_path / "commented.parcours", read_only=True) as store:
        row = store.session.scalars(select(Comment)).one()
        assert (row.journey_id, row.card_id, row.stage_id) == (window.journey_id, None, None)


def test_help_lists_every_key_of_the_window_and_of_presentation_mode(qtbot, window: MainWindow) -> None:
    from app.ui.commands import EditCardCommand, push

    push(window.document, EditCardCommand(window.document, window.scene.reading_order()[0], title="Edited"))
    window.actions_by_name["shortcuts"].trigger()
    rows = window.workshop.shortcuts_dialog.rows()
    keys = {keys for keys, _what in rows}
    for name, action in window.actions_by_name.items():
        for key in action.shortcuts():
            if key[0].key() >= Qt.Key.Key_Back and key[0].key() != Qt.Key.Key_unknown:
                continue  # dedicated keyboard buttons (Open, Save, Copy...) are not listed
            assert any(key.toString(QKeySequence.SequenceFormat.NativeText) in listed for listed in keys), name
    assert ("Ctrl+Z", "Undo") in {(keys.split(", ")[0], what) for keys, what in rows}
    assert not any(listed in ("New", "Open", "Save") for row in keys for listed in row.split(", "))
    assert {keys for keys, _ in MAP_KEYS + PRESENTATION_KEYS} <= keys
    assert any("F5" in listed for listed in keys)


def test_the_presentation_opens_on_the_chosen_screen(qtbot, window: MainWindow) -> None:
    screen = window.screen()
    settings.settings().setValue("presentation/screen", screen.name())
    view = window.start_presentation()
    assert view.screen() == screen and view.isFullScreen()
    view.close()
    assert window.presentation is None


def test_a_comment_shows_when_it_was_written_in_local_time(qtbot, window: MainWindow, monkeypatch) -> None:
    """The file keeps UTC; the panel showed it as is, an hour off in Paris in winter."""
    import datetime as dt
    import time

    monkeypatch.setenv("TZ", "Asia/Kolkata")  # UTC+5:30 all year: no daylight saving to guess
    time.tzset()
    try:
        window.scene.clearSelection()
        panel = window.comments_panel
        window.actions_by_name["add_comment"].trigger()
        qtbot.keyClicks(panel.text, "When was this said?")
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        stored = window.document.session.scalars(select(Comment.created_at)).one()
        shown = panel.tree.topLevelItem(0).text(2)
        assert shown == (stored + dt.timedelta(hours=5, minutes=30)).strftime("%Y-%m-%d %H:%M")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
