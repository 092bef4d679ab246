"""Fixtures for UI tests: a sample project on disk, a document on it, and no modal dialog ever.

A modal dialog (or a popup menu's event loop) would block a test forever:
nobody is there to click. So every test runs with the window's Save /
Discard / Cancel question answered "Discard", and with Qt's dialogs and
``QMenu.exec`` replaced by a loud failure. A test that means to answer a
question monkeypatches the window's hook for it (``ask_to_save``,
``ask_save_path``, ``ask_open_path``, ``ask_locked``, ``ask_recovery``,
``show_error``).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.model import templates
from app.model.store import ProjectStore


class UnexpectedDialogError(AssertionError):
    """A test reached a modal dialog that it did not answer."""


def _refuse(name: str):
    def refuse(*args, **kwargs):
        raise UnexpectedDialogError(f"{name} would open a modal dialog and block the test; "
                               "monkeypatch the window's hook for it instead")
    return refuse


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "Discard" to unsaved changes; make every other modal dialog fail the test at once."""
    from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

    from app.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: QMessageBox.StandardButton.Discard)
    for cls, names in (
            (QMessageBox, ("question", "warning", "information", "critical", "about", "aboutQt", "exec")),
            (QFileDialog, ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
                           "getOpenFileUrl", "getSaveFileUrl", "exec")),
            (QInputDialog, ("getText", "getMultiLineText", "getItem", "getInt", "getDouble", "exec")),
            (QColorDialog, ("getColor", "exec")),
            (QDialog, ("exec",)),
            (QMenu, ("exec",))):  # a context menu's event loop blocks just the same
        for name in names:
            monkeypatch.setattr(cls, name, _refuse(f"{cls.__name__}.{name}"))


@pytest.fixture(autouse=True)
def no_window_left(no_modal_dialogs: None) -> Iterator[None]:
    """Close the windows a test opened through File > New window or ``run()`` (the editor keeps those alive)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.ui import main_window

    for window in list(main_window._WINDOWS):
        window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    main_window._WINDOWS.clear()


@pytest.fixture(autouse=True)
def empty_clipboard(qapp) -> Iterator[None]:
    """Each test starts and ends with an empty clipboard.

    Besides isolating the tests, this matters at exit: under the offscreen (and
    minimal) platform, a QMimeData made in Python and still on the clipboard when
    the process ends crashes it (SIGSEGV after the last test passed; not on xcb).
    """
    qapp.clipboard().clear()
    yield
    qapp.clipboard().clear()


@pytest.fixture(scope="session")
def _saved_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The onboarding sample, made and saved once for the whole run (it takes a quarter of a second)."""
    path = tmp_path_factory.mktemp("sample") / "sample.parcours"
    # Made before any test's private data folder exists: give its working copy one, never the user's.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARCOURS_DATA_DIR", str(tmp_path_factory.mktemp("sample_data")))
        store = ProjectStore.create(populate=lambda s: templates.populate(s, "onboarding", "en"))
        store.save(path)
        store.close()
    return path


@pytest.fixture
def sample_path(tmp_path: Path, _saved_sample: Path) -> Path:
    """A fresh copy of the onboarding sample saved as a .parcours file."""
    path = tmp_path / "sample.parcours"
    shutil.copyfile(_saved_sample, path)
    return path


@pytest.fixture
def document(qtbot, sample_path: Path) -> Iterator:
    """A ProjectDocument on the sample."""
    from app.ui.document import ProjectDocument

    doc = ProjectDocument(ProjectStore.open(sample_path))
    yield doc
    doc.close()


@pytest.fixture
def make_window(qtbot) -> Callable:
    """Make main windows (optionally on a project, optionally shown); they are closed after the test."""
    from app.ui.main_window import MainWindow

    def make(path: Path | None = None, *, show: bool = False) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        if path is not None:
            window.open_path(path)
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    return make
