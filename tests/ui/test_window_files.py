"""Files in the main window: unsaved changes on close, several projects in turn, recent files, crash recovery."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from app.model.recovery import list_recoverable, lock_path
from app.model.schema import Card, Journey, Project
from app.model.store import ProjectStore
from app.ui import main_window, settings
from app.ui.commands import EditCardCommand, push
from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
Button = QMessageBox.StandardButton


def _first_card(window: MainWindow) -> int:
    return window.document.session.scalars(select(Card.id).order_by(Card.id)).first()


def _edit_title(window: MainWindow, title: str) -> int:
    card_id = _first_card(window)
    push(window.document, EditCardCommand(window.document, card_id, merge=False, title=title))
    return card_id


def _title_on_disk(path: Path, card_id: int) -> str:
    with ProjectStore.open(path, read_only=True) as store:
        return store.session.get(Card, card_id).title


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[int]:
    """Answer the Save / Discard / Cancel question with ``button``; the list counts the questions."""
    asked: list[int] = []

    def ask(self) -> QMessageBox.StandardButton:
        asked.append(1)
        return button

    monkeypatch.setattr(MainWindow, "ask_to_save", ask)
    return asked


# --------------------------------------------------------------------------- closing with unsaved changes


def test_cancel_keeps_the_window_open_with_its_changes(make_window, sample_path, monkeypatch) -> None:
    window = make_window(sample_path, show=True)
    card_id = _edit_title(window, "Not saved yet")
    asked = _answer(monkeypatch, Button.Cancel)
    assert not window.close()
    assert asked and window.isVisible() and window.isWindowModified()
    assert window.document.session.get(Card, card_id).title == "Not saved yet"
    window.actions_by_name["close"].trigger()  # File > Close project asks the same
    assert len(asked) == 2 and window.document is not None


def test_discard_closes_and_leaves_the_file_as_it_was(make_window, sample_path, monkeypatch) -> None:
    window = make_window(sample_path, show=True)
    before = _title_on_disk(sample_path, _first_card(window))
    card_id = _edit_title(window, "Thrown away")
    asked = _answer(monkeypatch, Button.Discard)
    assert window.close()
    assert asked and not window.isVisible() and window.document is None
    assert _title_on_disk(sample_path, card_id) == before
    assert list_recoverable() == [] and os.listdir(settings.data_dir() / "working") == []


def test_save_writes_the_file_then_closes(make_window, sample_path, monkeypatch) -> None:
    window = make_window(sample_path, show=True)
    card_id = _edit_title(window, "Kept")
    _answer(monkeypatch, Button.Save)
    assert window.close()
    assert _title_on_disk(sample_path, card_id) == "Kept"


def test_an_unchanged_project_closes_without_a_question(make_window, sample_path, monkeypatch) -> None:
    window = make_window(sample_path, show=True)
    asked = _answer(monkeypatch, Button.Cancel)
    assert window.close() and not asked


def test_save_on_an_untitled_project_asks_where_then_closes(make_window, tmp_path, monkeypatch) -> None:
    window = make_window(show=True)
    window.actions_by_name["new"].trigger()
    window.actions_by_name["new_journey"].trigger()  # the untitled project has changes
    assert window.isWindowModified()
    _answer(monkeypatch, Button.Save)
    suggested: list[Path] = []
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self, start: suggested.append(start))  # cancel
    assert not window.close(), "cancelling Save As cancels the close"
    assert suggested and suggested[0].suffix == ".parcours" and window.document is not None
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self, start: tmp_path / "named")
    assert window.close()
    saved = tmp_path / "named.parcours"
    assert saved.is_file(), "the extension is added"
    with ProjectStore.open(saved, read_only=True) as store:
        assert store.session.scalar(select(func.count()).select_from(Journey)) == 2
    assert settings.recent_files() == [saved.resolve()]


def test_opening_another_project_asks_about_unsaved_changes(make_window, sample_path, tmp_path,
                                                           monkeypatch) -> None:
    other = tmp_path / "other.parcours"
    shutil.copyfile(sample_path, other)
    window = make_window(sample_path)
    _edit_title(window, "Unsaved")
    asked = _answer(monkeypatch, Button.Cancel)
    window.open_interactive(other)
    assert asked and window.document.path == sample_path
    _answer(monkeypatch, Button.Discard)
    window.open_interactive(other)
    assert window.document.path == other and not window.isWindowModified()


# --------------------------------------------------------------------------- one project after another


def test_after_opening_b_the_edit_menu_undoes_b(make_window, sample_path, tmp_path) -> None:
    other = tmp_path / "b.parcours"
    shutil.copyfile(sample_path, other)
    window = make_window(sample_path)
    first = window.document
    _edit_title(window, "Edit in A")
    window.open_path(other)  # the API opens without asking
    undo = window.actions_by_name["undo"]
    assert window.document is not first and not undo.isEnabled()
    assert ProjectStore.open(sample_path, read_only=True).close() is None  # A was closed
    card_id = _edit_title(window, "Edit in B")
    assert undo in window.edit_menu.actions() and undo.isEnabled()
    assert undo.text().replace("&", "") == "Undo Edit card"
    undo_actions = [a for a in window.edit_menu.actions() if a.text().replace("&", "").startswith("Undo")]
    assert undo_actions == [undo], "one Undo in the Edit menu"
    undo.trigger()
    assert window.document.session.get(Card, card_id).title != "Edit in B"
    assert not window.isWindowModified()
    window.actions_by_name["redo"].trigger()
    assert window.document.session.get(Card, card_id).title == "Edit in B"


def test_closing_the_project_goes_back_to_the_start_screen(make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    window.actions_by_name["close"].trigger()
    assert window.document is None and window.canvas_view is None
    assert window.start_screen.isVisible() and window.windowTitle() == "Parcours"
    assert not window.actions_by_name["undo"].isEnabled()
    assert "sample.parcours" in window.start_screen.recent.item(0).text()


def test_opening_a_project_already_open_in_this_window_keeps_it(make_window, sample_path) -> None:
    window = make_window(sample_path)
    document = window.document
    window.open_interactive(sample_path)  # File > Open recent on the open project: no "locked" question
    assert window.document is document


# --------------------------------------------------------------------------- recent files


def _copies(sample_path: Path, folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"p{number:02}.parcours"
        shutil.copyfile(sample_path, path)
        paths.append(path)
    return paths


def test_opening_and_saving_put_files_first_in_the_recent_list(make_window, sample_path, tmp_path) -> None:
    a, b = _copies(sample_path, tmp_path, 2)
    window = make_window(a)
    window.open_path(b)
    assert settings.recent_files() == [b.resolve(), a.resolve()]
    window.open_path(a)
    assert settings.recent_files() == [a.resolve(), b.resolve()], "no duplicates, newest first"
    window.save_as(tmp_path / "c.parcours")
    assert settings.recent_files()[0] == (tmp_path / "c.parcours").resolve()


def test_the_recent_list_keeps_ten_and_forgets_missing_files(make_window, sample_path, tmp_path) -> None:
    paths = _copies(sample_path, tmp_path, 12)
    window = make_window()
    for path in paths:
        window.open_path(path)
    window.actions_by_name["close"].trigger()
    newest_first = [path.resolve() for path in reversed(paths)]
    assert settings.recent_files() == newest_first[:10]
    newest_first[0].unlink()
    assert settings.recent_files() == newest_first[1:10]
    assert settings.settings().value("recent_files") == [str(p) for p in newest_first[1:10]], "pruned on disk"
    window.start_screen.refresh()
    assert window.start_screen.recent.count() == 9

    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(p) for p in newest_first[1:10]]
    assert entries[0].text() == "&1 p10.parcours"
    entries[1].trigger()
    assert window.document.path == newest_first[2]


def test_clear_the_list_empties_the_menu_and_the_start_screen(make_window, sample_path) -> None:
    window = make_window(sample_path)
    window.actions_by_name["close"].trigger()
    window.recent_menu.aboutToShow.emit()
    clear = next(a for a in window.recent_menu.actions() if a.text() == "Clear the list")
    clear.trigger()
    assert settings.recent_files() == []
    assert window.start_screen.recent.item(0).text() == "No recent projects yet."
    window.recent_menu.aboutToShow.emit()
    [empty] = window.recent_menu.actions()
    assert empty.text() == "No recent projects" and not empty.isEnabled()


# --------------------------------------------------------------------------- crash recovery

_CRASH = """
import os, signal, sys
from sqlalchemy import func, select
from app.model.schema import Card
from app.ui.commands import EditCardCommand, push
from app.ui.main_window import MainWindow
from PySide6.QtWidgets import QApplication
app = QApplication([])
window = MainWindow()
if sys.argv[1]:
    window.open_path(sys.argv[1])
else:
    window.new_project()
card_id = window.document.session.scalars(select(Card.id).order_by(Card.id)).first()
if card_id is None:
    window.journeys.new_journey()
else:
    push(window.document, EditCardCommand(window.document, card_id, title="Typed before the crash"))
sys.stdout.write(str(card_id))
sys.stdout.flush()
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash_while_editing(*paths: Path | None) -> list[int | None]:
    """Run editors in other processes that edit ``paths`` (None: a new project), then are killed.

    Returns the card each one edited (None for a new project).
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    editors = [subprocess.Popen([sys.executable, "-c", _CRASH, str(path or "")], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for path in paths]
    edited = []
    for editor in editors:
        out, err = editor.communicate(timeout=60)
        assert editor.returncode == -signal.SIGKILL, err
        edited.append(int(out) if out != "None" else None)
    return edited


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_work_left_by_a_crash_is_recovered_modified_and_saved_into_the_original(make_window, sample_path) -> None:
    before = sample_path.read_bytes()
    [card_id] = _crash_while_editing(sample_path)
    assert sample_path.read_bytes() == before
    [record] = list_recoverable()
    window = make_window()
    window.recover(record)
    assert window.document.path == sample_path
    assert window.isWindowModified() and window.windowTitle().startswith("sample.parcours[*]")
    assert window.document.session.get(Card, card_id).title == "Typed before the crash"
    assert window.canvas_view.scene().journey_id == window.journey_id is not None
    window.actions_by_name["save"].trigger()
    assert not window.isWindowModified()
    window.actions_by_name["close"].trigger()
    assert list_recoverable() == []
    assert _title_on_disk(sample_path, card_id) == "Typed before the crash"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_an_untitled_project_recovered_is_saved_through_save_as(make_window, tmp_path, monkeypatch) -> None:
    _crash_while_editing(None)
    [record] = list_recoverable()
    assert record.document is None
    window = make_window()
    window.recover(record)
    assert window.isWindowModified() and window.document.path is None
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self, start: tmp_path / "rescued.parcours")
    window.actions_by_name["save"].trigger()
    assert window.document.path == tmp_path / "rescued.parcours" and not window.isWindowModified()
    with ProjectStore.open(tmp_path / "rescued.parcours", read_only=True) as store:
        assert store.session.scalar(select(Project.id)) == 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_on_start_the_window_offers_each_recoverable_copy(make_window, sample_path, tmp_path,
                                                         monkeypatch) -> None:
    other = tmp_path / "other.parcours"
    shutil.copyfile(sample_path, other)
    _crash_while_editing(sample_path, other)
    offered: list[Path] = []
    answers = iter(["later", "discard"])

    def ask(self, record) -> str:
        offered.append(record.document)
        return next(answers)

    monkeypatch.setattr(MainWindow, "ask_recovery", ask)
    window = make_window()
    window.offer_recovery()
    assert sorted(offered) == sorted([sample_path, other]) and window.document is None
    [kept] = list_recoverable()
    assert kept.document == offered[0], "Later keeps it for the next start; Discard deletes it"

    monkeypatch.setattr(MainWindow, "ask_recovery", lambda self, record: "recover")
    _lock_by_another_process(kept.document)  # meanwhile, someone opened it
    answers = iter([None, "anyway"])
    monkeypatch.setattr(MainWindow, "ask_locked", lambda self, error, read_only=True: next(answers))
    errors: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, error: errors.append(error.message()))
    window.offer_recovery()
    assert window.document is None and "camille" in errors[0] and list_recoverable() == [kept]
    window.offer_recovery()
    assert window.document.path == kept.document and window.isWindowModified()
    assert list_recoverable() == []


# --------------------------------------------------------------------------- someone else has it open


def _lock_by_another_process(document: Path) -> None:
    """The lock an editor still running elsewhere on this machine (our parent process) would leave."""
    owner = {"user": "camille", "host": socket.gethostname(), "pid": os.getppid(),
             "opened_at": "2025-03-01T09:30:00+01:00", "token": "theirs"}
    lock_path(document).write_text(json.dumps(owner), encoding="utf-8")


@pytest.mark.parametrize(("answer", "opened", "read_only"), [(None, False, None), ("read_only", True, True),
                                                             ("anyway", True, False)])
def test_a_project_open_elsewhere_is_opened_read_only_or_anyway_or_not(make_window, sample_path, monkeypatch,
                                                                       answer, opened, read_only) -> None:
    _lock_by_another_process(sample_path)
    questions: list[str] = []

    def ask(self, error, *, read_only: bool = True) -> str | None:
        questions.append(error.message())
        return answer

    monkeypatch.setattr(MainWindow, "ask_locked", ask)
    window = make_window()
    window.open_interactive(sample_path)
    assert len(questions) == 1 and "camille" in questions[0]
    assert (window.document is not None) == opened
    if opened:
        assert window.document.read_only == read_only
        assert ("(read-only)" in window.windowTitle()) == read_only


def test_save_on_a_read_only_project_asks_for_another_file(make_window, sample_path, tmp_path, monkeypatch) -> None:
    window = make_window()
    window.open_path(sample_path, read_only=True)
    card_id = _edit_title(window, "Elsewhere")
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self, start: tmp_path / "mine.parcours")
    window.actions_by_name["save"].trigger()
    assert window.document.path == tmp_path / "mine.parcours" and not window.document.read_only
    assert _title_on_disk(tmp_path / "mine.parcours", card_id) == "Elsewhere"
    assert _title_on_disk(sample_path, card_id) != "Elsewhere"


def test_a_file_error_is_one_sentence_and_the_window_stays_as_it_was(make_window, tmp_path, monkeypatch) -> None:
    bad = tmp_path / "notes.parcours"
    bad.write_text("hello")
    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, error: shown.append(error.message()))
    window = make_window()
    window.open_interactive(bad)
    assert len(shown) == 1 and "not a Parcours project" in shown[0] and window.document is None


def test_opening_a_project_open_in_another_window_brings_that_window_forward(make_window, sample_path) -> None:
    first = make_window(sample_path, show=True)
    first.actions_by_name["new_window"].trigger()
    [second] = [w for w in main_window._WINDOWS if w is not first]
    assert second.isVisible() and second.document is None
    second.open_interactive(sample_path)  # no "locked" question: it is ours
    assert second.document is None and first.document.path == sample_path


def test_save_as_writes_a_new_file_that_becomes_the_project(make_window, sample_path, tmp_path, monkeypatch) -> None:
    window = make_window(sample_path)
    card_id = _edit_title(window, "In the copy")
    suggested: list[Path] = []
    monkeypatch.setattr(MainWindow, "ask_save_path",
                        lambda self, start: suggested.append(start) or tmp_path / "copy.parcours")
    window.actions_by_name["save_as"].trigger()
    assert suggested == [sample_path], "Save As starts from the project's own file"
    assert window.document.path == tmp_path / "copy.parcours" and not window.isWindowModified()
    assert window.windowTitle().startswith("copy.parcours[*]")
    assert _title_on_disk(tmp_path / "copy.parcours", card_id) == "In the copy"
    assert _title_on_disk(sample_path, card_id) != "In the copy"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_recovering_the_file_this_window_just_opened_replaces_it_here(make_window, sample_path, monkeypatch) -> None:
    # `parcours FILE` after a crash: the file opens, then its unsaved work is offered.
    [card_id] = _crash_while_editing(sample_path)
    window = make_window(sample_path)
    assert window.document.session.get(Card, card_id).title != "Typed before the crash"
    monkeypatch.setattr(MainWindow, "ask_recovery", lambda self, record: "recover")
    windows_before = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window.offer_recovery()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)] == windows_before
    assert window.document.path == sample_path and window.isWindowModified()
    assert window.document.session.get(Card, card_id).title == "Typed before the crash"
