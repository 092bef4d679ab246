"""Fixtures for UI tests: a sample project on disk, a document on it, and no modal dialog ever.

A modal dialog would block a test forever (nobody is there to click), so
every test runs with the window's Save / Discard / Cancel question answered
"Discard" and with the static dialogs of Qt replaced by a loud failure. A
test that means to answer a dialog monkeypatches the window's hook for it
(``ask_to_save``, ``ask_save_path``...).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.model import templates
from app.model.store import ProjectStore


class UnexpectedDialog(AssertionError):
    """A test reached a modal dialog that it did not answer."""


def _refuse(name: str):
    def refuse(*args, **kwargs):
        raise UnexpectedDialog(f"{name} would open a modal dialog and block the test; "
                               "monkeypatch the window's hook for it instead")
    return refuse


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Answer "Discard" to unsaved changes; make every other modal dialog fail the test at once."""
    from PySide6.QtWidgets import QColorDialog, QFileDialog, QInputDialog, QMessageBox

    from app.ui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "ask_to_save", lambda self: QMessageBox.StandardButton.Discard)
    for cls, names in (
            (QMessageBox, ("question", "warning", "information", "critical", "about", "aboutQt", "exec")),
            (QFileDialog, ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
                           "getOpenFileUrl", "getSaveFileUrl", "exec")),
            (QInputDialog, ("getText", "getMultiLineText", "getItem", "getInt", "getDouble", "exec")),
            (QColorDialog, ("getColor", "exec"))):
        for name in names:
            monkeypatch.setattr(cls, name, _refuse(f"{cls.__name__}.{name}"))


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """The onboarding sample saved as a .parcours file."""
    path = tmp_path / "sample.parcours"
    store = ProjectStore.create(populate=lambda s: templates.populate(s, "onboarding", "en"))
    store.save(path)
    store.close()
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
