"""What the window remembers between runs: its geometry and docks, and the language chosen."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from app.ui import settings
from app.ui.main_window import MainWindow


def test_a_new_window_gets_the_geometry_and_docks_of_the_last_one_closed(make_window, sample_path) -> None:
    first = make_window(sample_path, show=True)
    first.setGeometry(QRect(30, 40, 640, 480))  # inside the 800 x 600 offscreen screen
    first.palette_dock.toggleViewAction().trigger()  # View > Palette off
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.inspector_dock)
    assert first.palette_dock.isHidden()
    assert first.close()

    second = make_window(sample_path, show=True)
    assert second.geometry() == first.geometry()
    assert second.palette_dock.isHidden() and not second.palette_dock.toggleViewAction().isChecked()
    assert not second.journey_dock.isHidden()
    assert second.dockWidgetArea(second.inspector_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_a_layout_saved_by_another_version_of_the_docks_is_ignored(make_window, sample_path) -> None:
    stored = settings.settings()
    stored.setValue("window/state", b"not a state")
    stored.setValue("window/geometry", "nor a geometry")
    window = make_window(sample_path, show=True)
    assert not window.palette_dock.isHidden() and not window.inspector_dock.isHidden()


def test_the_start_screen_hides_the_docks_and_a_project_brings_them_back(make_window, sample_path) -> None:
    window = make_window(show=True)
    docks = (window.palette_dock, window.inspector_dock, window.journey_dock, window.emotion_dock)
    assert all(dock.isHidden() for dock in docks)
    window.open_path(sample_path)
    assert not any(dock.isHidden() for dock in docks)
    window.palette_dock.hide()
    window.close_project()
    assert all(dock.isHidden() for dock in docks)
    window.open_path(sample_path)
    assert window.palette_dock.isHidden() and not window.inspector_dock.isHidden()


def test_the_language_chosen_is_stored_for_the_next_start(make_window, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "tell_restart_needed", lambda self, code: told.append(code))
    window = make_window()
    assert settings.language() == "" and window.actions_by_name["language_system"].isChecked()
    window.actions_by_name["language_fr"].trigger()
    assert settings.language() == "fr"
    assert "next time" in window.statusBar().currentMessage()
    assert told == ["fr"]  # said in a dialog too (issue 13)
    assert window.actions_by_name["language_fr"].isChecked()
    assert not window.actions_by_name["language_system"].isChecked()
    again = make_window()
    assert again.actions_by_name["language_fr"].isChecked()
    again.actions_by_name["language_system"].trigger()
    assert settings.language() == ""


def test_an_unknown_stored_language_means_follow_the_system(make_window) -> None:
    settings.settings().setValue("language", "de")
    window: MainWindow = make_window()
    assert settings.language() == "" and window.actions_by_name["language_system"].isChecked()
