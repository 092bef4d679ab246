"""File > Publish to / Open from the team library, in the main window against a real PostgreSQL.

Modal ``exec()`` is replaced by a function that fills the dialog with real key
clicks and mouse clicks, then answers as the button would.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from app.cli import main
from app.model.schema import LibraryLink
from app.ui.library_dialogs import ConflictDialog, OpenFromLibraryDialog, PublishDialog
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sample: Path, data_dir) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(sample)
    return window


def answer(monkeypatch, qtbot, dialog_class, fill) -> list:
    """Make ``dialog_class.exec`` run ``fill(dialog)`` and return its answer; the dialogs shown are kept."""
    shown = []

    def exec_(dialog) -> int:
        shown.append(dialog)
        return fill(dialog)

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return shown


def type_address(qtbot, dialog, url: str) -> None:
    dialog.address.address.clear()
    qtbot.keyClicks(dialog.address.address, url)


def test_publish_from_the_window_saves_the_link_and_the_library_lists_it(
        window, library, monkeypatch, qtbot, capsys) -> None:
    def fill(dialog) -> int:
        type_address(qtbot, dialog, library.url())
        return QDialog.DialogCode.Accepted

    shown = answer(monkeypatch, qtbot, PublishDialog, fill)
    published = window.library.publish()
    assert shown and published is not None and published.revision == 1
    assert not window.document.modified  # published means saved
    assert window.document.session.get(LibraryLink, 1).revision == 1
    capsys.readouterr()
    assert main(["library", "--url", library.url("rita"), "list", "--json"]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["name"] == published.name


def test_open_from_library_lists_with_thumbnails_and_opens_a_copy(
        window, library, sample, monkeypatch, qtbot, tmp_path) -> None:
    elsewhere = tmp_path / "elsewhere.parcours"  # the window holds the sample open (and locked)
    elsewhere.write_bytes(sample.read_bytes())
    assert main(["library", "--url", library.url(), "publish", str(elsewhere)]) == 0
    target = tmp_path / "copy.parcours"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))

    def fill(dialog) -> int:
        type_address(qtbot, dialog, library.url("rita"))
        qtbot.keyClicks(dialog.search, "Collaborateurs")  # search ignores case
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert dialog.projects.count() == 1
        assert not dialog.projects.item(0).icon().isNull()  # the thumbnail made at publish
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted if dialog.result() == QDialog.DialogCode.Accepted else 0

    answer(monkeypatch, qtbot, OpenFromLibraryDialog, fill)
    assert window.library.open_from_library() == target
    assert window.document.path == target and target.is_file()


def test_a_conflict_in_the_window_can_keep_mine(window, library, sample, monkeypatch, qtbot, tmp_path) -> None:
    answer(monkeypatch, qtbot, PublishDialog,
           lambda dialog: (type_address(qtbot, dialog, library.url()), QDialog.DialogCode.Accepted)[1])
    first = window.library.publish()
    other = tmp_path / "other.parcours"
    assert main(["library", "--url", library.url("bob"), "pull", first.name, str(other)]) == 0
    assert main(["library", "--url", library.url("bob"), "publish", str(other), "--keep-mine"]) == 0

    def choose(dialog) -> int:
        (keep,) = [button for button in dialog.findChildren(QPushButton) if "Keep mine" in button.text()]
        qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
        return dialog.result()

    shown = answer(monkeypatch, qtbot, ConflictDialog, choose)
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: pytest.fail(f"unexpected warning: {args[2]}"))
    published = window.library.publish()
    assert shown and shown[0].choice == "keep_mine"
    assert published is not None and published.revision == 3
