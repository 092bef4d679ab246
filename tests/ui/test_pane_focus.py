"""View > Maximise the bottom pane: the action plan fills a 1280x720 window, and the map comes back when needed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.main_window import MainWindow


@pytest.fixture
def window(make_window, sample_path: Path) -> MainWindow:
    window = make_window(sample_path, show=True)
    window.resize(1280, 700)
    window.activateWindow()
    window.method.plan_dock.raise_()
    return window


def press_maximise(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.canvas_view.viewport() if window.canvas_view.isVisible() else window.method.plan_tabs,
                   Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_the_shortcut_gives_the_map_place_to_the_plan_and_gives_it_back(qtbot, window: MainWindow) -> None:
    dock = window.method.plan_dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.height() > 0)
    before = dock.height()
    palette_width = window.palette_dock.width()
    assert before < window.height() // 2
    press_maximise(qtbot, window)
    qtbot.waitUntil(lambda: dock.height() > window.height() * 0.6)
    qtbot.waitUntil(lambda: abs(window.palette_dock.width() - palette_width) <= 4)  # the room goes to the pane
    assert window.centralWidget().height() == 0 and window.method.pane_focus.maximised  # the map folded away
    assert window.method.pane_focus.action in window.view_menu.actions()
    assert window.actions_by_name["maximise_pane"] is window.method.pane_focus.action  # Help > Keyboard shortcuts
    press_maximise(qtbot, window)
    qtbot.waitUntil(lambda: window.canvas_view.height() > 100)
    qtbot.waitUntil(lambda: abs(dock.height() - before) <= 4)  # the pane height the user had


def test_show_on_map_brings_the_map_back_with_the_cards_selected(qtbot, window: MainWindow) -> None:
    window.method.pane_focus.action.trigger()
    qtbot.waitUntil(lambda: window.centralWidget().height() == 0)
    view = window.actions_view
    card_ids = next(row.card_ids for row in view.table.rows if row.card_ids)
    window.method._show_cards(card_ids)  # what "Show on map" sends for the selected action
    qtbot.waitUntil(lambda: window.canvas_view.height() > 100)
    assert not window.method.pane_focus.maximised
    assert set(window.scene.selected_card_ids()) == set(card_ids)


def test_map_actions_and_closing_the_project_bring_the_map_back(qtbot, window: MainWindow) -> None:
    focus = window.method.pane_focus
    for name in ("fit", "find"):
        focus.action.trigger()
        assert focus.maximised
        window.actions_by_name[name].trigger()
        assert not focus.maximised and window.centralWidget().maximumHeight() > 10_000
    focus.action.trigger()
    window.actions_by_name["close"].trigger()
    QApplication.processEvents()
    assert window.start_screen.isVisible()  # the start screen is on the central page: never hidden
    assert not focus.maximised


def test_with_no_bottom_pane_shown_the_map_stays(qtbot, window: MainWindow) -> None:
    for dock in (window.emotion_dock, window.method.plan_dock, window.method.kpi_dock):
        dock.close()
    window.method.pane_focus.action.trigger()
    assert not window.method.pane_focus.maximised
    assert window.centralWidget().maximumHeight() > 10_000
