"""The main window opens, shows and saves a project; without one it shows the start screen."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle
from sqlalchemy import func, select

from app.model.errors import ProjectFileError
from app.model.schema import Card, Journey, Project
from app.model.store import ProjectStore
from app.ui import editor_start, main_window, settings
from app.ui.commands import EditCardCommand, push
from app.ui.main_window import MainWindow
from tests.ui.conftest import UnexpectedDialogError

#: The window's questions as the editor asks them (tests/ui/conftest.py answers some for every test).
_REAL_HOOKS = {name: getattr(MainWindow, name)
               for name in ("ask_to_save", "ask_save_path", "ask_open_path", "show_error", "ask_locked")}


def test_the_window_opens_edits_and_saves_a_project(qtbot, sample_path: Path, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.document is None
    window.open_path(sample_path)
    assert window.windowTitle().startswith("sample.parcours[*]") and not window.isWindowModified()
    journeys = window.document.session.scalars(select(Journey).order_by(Journey.position)).all()
    window.show_journey(journeys[1].id)
    assert window.journey_id == journeys[1].id
    card_id = window.document.session.scalars(select(Card.id)).first()
    push(window.document, EditCardCommand(window.document, card_id, title="Édité « ici »"))
    assert window.isWindowModified()
    window.save()
    assert not window.isWindowModified()
    copy = window.save_as(tmp_path / "copy.parcours")
    assert window.windowTitle().startswith("copy.parcours")
    window.close()
    with ProjectStore.open(copy) as store:
        assert store.session.get(Card, card_id).title == "Édité « ici »"


def test_opening_a_bad_file_raises_one_sentence(qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    bad = tmp_path / "notes.parcours"
    bad.write_text("hello")
    with pytest.raises(ProjectFileError) as raised:
        window.open_path(bad)
    assert "not a Parcours project" in raised.value.message()
    assert window.document is None


# --------------------------------------------------------------------------- start screen


def test_a_new_window_shows_the_start_screen_and_no_dialog(make_window) -> None:
    window = make_window(show=True)  # any dialog would fail the test (tests/ui/conftest.py)
    assert window.document is None and window.canvas_view is None
    assert window.start_screen.isVisible()
    assert window.windowTitle() == "Parcours" and not window.isWindowModified()
    for name in ("save", "save_as", "close", "paste", "find", "new_journey", "undo", "redo"):
        assert not window.actions_by_name[name].isEnabled(), name
    for name in ("new", "open", "quit"):
        assert window.actions_by_name[name].isEnabled(), name


def test_the_new_button_makes_an_untitled_project_with_one_journey(qtbot, make_window) -> None:
    window = make_window(show=True)
    qtbot.mouseClick(window.start_screen.new_button, Qt.MouseButton.LeftButton)
    assert window.document is not None and window.document.path is None
    assert not window.start_screen.isVisible() and window.canvas_view.isVisible()
    assert window.windowTitle().startswith("Untitled[*]") and not window.isWindowModified()
    assert window.document.session.scalar(select(func.count()).select_from(Journey)) == 1
    assert window.journey_id is not None and window.canvas_view.scene().layout is not None


@pytest.mark.parametrize(("row", "language", "title"), [(0, 1, "Onboarding new employees"),
                                                        (0, 0, "Intégration des nouveaux collaborateurs"),
                                                        (4, 0, "Parcours patient en consultation")])
def test_clicking_a_sample_makes_an_untitled_project_from_it(qtbot, make_window, row: int, language: int,
                                                             title: str) -> None:
    window = make_window(show=True)
    window.start_screen.language_combo.setCurrentIndex(language)  # Français, English
    samples = window.start_screen.samples
    rect = samples.visualItemRect(samples.item(row))
    qtbot.mouseClick(samples.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    document = window.document
    assert document is not None and document.path is None
    assert document.session.get(Project, 1).title == title
    assert window.canvas_view.scene().cards, "the sample's first journey is on the map"
    assert document.undo_stack.count() == 0 and not window.isWindowModified()


class _SingleClickActivates(QProxyStyle):
    """A style (like KDE's) where one click activates an item of a list."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, option, widget, data)


def test_one_click_opens_one_sample_where_the_style_activates_on_single_click(qtbot, make_window) -> None:
    window = make_window(show=True)
    samples = window.start_screen.samples
    style = _SingleClickActivates()
    samples.setStyle(style)
    opened: list[tuple[str, str]] = []
    window.start_screen.sample_requested.connect(lambda *args: opened.append(args))
    rect = samples.visualItemRect(samples.item(0))
    qtbot.mouseClick(samples.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("onboarding", "en")]
    samples.setStyle(None)


def test_the_start_screen_lists_recent_files_and_one_click_opens_one(qtbot, make_window, sample_path) -> None:
    settings.add_recent_file(sample_path)
    window = make_window(show=True)
    recent = window.start_screen.recent
    assert recent.count() == 1 and "sample.parcours" in recent.item(0).text()
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=recent.visualItemRect(recent.item(0)).center())
    assert window.document is not None and window.document.path == sample_path


def test_without_recent_files_the_start_screen_says_so_and_a_click_does_nothing(qtbot, make_window) -> None:
    window = make_window(show=True)
    recent = window.start_screen.recent
    assert recent.count() == 1 and recent.item(0).text() == "No recent projects yet."
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=recent.visualItemRect(recent.item(0)).center())
    recent.itemActivated.emit(recent.item(0))  # as Enter would: nothing either
    assert window.document is None


def test_the_open_button_asks_for_a_file_then_opens_it(qtbot, make_window, sample_path, monkeypatch) -> None:
    window = make_window(show=True)
    asked: list[Path] = []
    monkeypatch.setattr(MainWindow, "ask_open_path", lambda self, folder: asked.append(folder))  # cancelled
    qtbot.mouseClick(window.start_screen.open_button, Qt.MouseButton.LeftButton)
    assert asked and window.document is None
    monkeypatch.setattr(MainWindow, "ask_open_path", lambda self, folder: sample_path)
    window.actions_by_name["open"].trigger()
    assert window.document.path == sample_path
    assert window.windowTitle().startswith("sample.parcours[*]")


# --------------------------------------------------------------------------- title


def test_the_title_marks_unsaved_changes_following_the_undo_stack(make_window, sample_path) -> None:
    window = make_window(sample_path)
    stack = window.document.undo_stack
    card_id = window.document.session.scalars(select(Card.id)).first()
    push(window.document, EditCardCommand(window.document, card_id, title="Changed"))
    assert window.isWindowModified() and "[*]" in window.windowTitle()
    stack.undo()
    assert not window.isWindowModified(), "undoing back to the saved state is clean again"
    stack.redo()
    assert window.isWindowModified()
    window.actions_by_name["save"].trigger()
    assert not window.isWindowModified()
    with ProjectStore.open(sample_path, read_only=True) as store:
        assert store.session.get(Card, card_id).title == "Changed"
    stack.undo()
    assert window.isWindowModified(), "undoing past the save is a change again"


def test_a_read_only_project_says_so_in_the_title(make_window, sample_path) -> None:
    window = make_window()
    window.open_path(sample_path, read_only=True)
    assert window.windowTitle().startswith("sample.parcours (read-only)[*]")


# --------------------------------------------------------------------------- start-up


@pytest.fixture
def no_event_loop(monkeypatch) -> None:
    """``app.exec()`` runs what the start queued (the first paint, the document, the recovery offer) and returns."""

    def run_the_start(_app: QApplication) -> int:
        deadline = time.monotonic() + 5.0
        while time.monotonic() < deadline and any(window._after_paint is not None for window in main_window._WINDOWS):
            QApplication.processEvents()
        QApplication.processEvents()  # what the start's last step queued (the recovery offer)
        return 0

    monkeypatch.setattr(QApplication, "exec", run_the_start)


def test_run_opens_the_file_and_offers_recovery_once_shown(no_event_loop, sample_path, monkeypatch) -> None:
    offered: list[MainWindow] = []
    monkeypatch.setattr(MainWindow, "offer_recovery", lambda self: offered.append(self))
    assert editor_start.run(sample_path) == 0
    [window] = main_window._WINDOWS
    assert offered == [window] and window.isVisible() and window.document.path == sample_path


def test_run_on_a_bad_file_says_why_and_fails(no_event_loop, tmp_path, capsys) -> None:
    bad = tmp_path / "notes.parcours"
    bad.write_text("hello")
    assert editor_start.run(bad) == 1
    assert "not a Parcours project" in capsys.readouterr().err
    assert main_window._WINDOWS == []


# --------------------------------------------------------------------------- the safety net of the tests


@pytest.mark.parametrize(("hook", "args"), [
    ("ask_to_save", ()), ("ask_save_path", (Path("x.parcours"),)), ("ask_open_path", (Path(),)),
    ("show_error", (ProjectFileError("missing", "gone"),)), ("ask_locked", (ProjectFileError("locked", "theirs"),)),
])
def test_a_question_no_test_answered_fails_instead_of_waiting(make_window, sample_path, monkeypatch, hook, args):
    window = make_window(sample_path)
    monkeypatch.setattr(MainWindow, hook, _REAL_HOOKS[hook])
    with pytest.raises(UnexpectedDialogError):
        getattr(window, hook)(*args)


def test_the_emotion_curve_is_built_just_after_the_map_paints(qtbot, sample_path) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(sample_path)
    window.show()
    shell = window.emotion_pane
    assert shell._pane is None  # the window opened without waiting for pyqtgraph
    qtbot.waitUntil(lambda: shell._pane is not None, timeout=3000)
    assert shell.series()  # the real pane, drawing the sample's curve


def test_help_is_the_last_menu_and_holds_the_shortcuts_and_about(make_window) -> None:
    window = make_window()
    menus = [action.menu() for action in window.menuBar().actions()]
    assert menus[-1] is window.help_menu
    assert [action.objectName() or action.text() for action in window.help_menu.actions()][:1] == [
        window.actions_by_name["shortcuts"].objectName() or window.actions_by_name["shortcuts"].text()]
    assert window.actions_by_name["about"] in window.help_menu.actions()
    assert sum(1 for action in window.menuBar().actions() if action.menu() is window.help_menu) == 1
