"""The questions a main window asks and the things it tells, as methods a test can replace.

:class:`AskingWindow` is the base of :class:`~app.ui.main_window.MainWindow`.
Each ``ask_*`` / ``show_*`` method shows one dialog of
:mod:`app.ui.window_questions` over the window and uses nothing else of it:
the controllers ask through these methods (their host protocols list the
ones each uses), so a test replaces one and no dialog ever blocks it. The
two questions that need the open document (``ask_to_save``,
``ask_poster_options``) are the window's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from app.model.errors import ParcoursError, ProjectFileError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from app.model.recovery import RecoveryRecord


class AskingWindow(QMainWindow):
    """A main window whose questions, errors and status messages go through replaceable methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The file type the last export dialog was left on ("" when none was chosen).
        self.export_filter = ""

    def ask_save_path(self, suggested: Path) -> Path | None:
        """Ask where to save the project (None: cancelled)."""
        from app.ui import window_questions  # here, in each: its dialogs are loaded when first asked

        return window_questions.ask_save_path(self, suggested)

    def ask_template_name(self, suggested: str) -> str | None:
        """Ask the name of a new template (None: cancelled)."""
        from app.ui import window_questions

        return window_questions.ask_template_name(self, suggested)

    def ask_open_path(self, folder: Path) -> Path | None:
        """Ask which project to open (None: cancelled)."""
        from app.ui import window_questions

        return window_questions.ask_open_path(self, folder)

    def ask_locked(self, error: ProjectFileError, *, read_only: bool = True) -> str | None:
        """Someone has the project open: "read_only", "anyway" or None (cancel)."""
        from app.ui import window_questions

        return window_questions.ask_locked(self, error, read_only=read_only)

    def ask_recovery(self, record: RecoveryRecord) -> str:
        """Unsaved work was left by a crash: "recover", "discard" or "later"."""
        from app.ui import window_questions

        return window_questions.ask_recovery(self, record)

    def show_error(self, error: ParcoursError) -> None:
        """Explain a refused action in one sentence."""
        from app.ui import window_questions

        window_questions.show_error(self, error)

    def tell_restart_needed(self, language: str) -> None:
        """Say, in the language just chosen, that it applies when Parcours starts again."""
        from app.ui import window_questions

        window_questions.tell_restart_needed(self, language)

    def ask_export_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        """Ask where to write an export (None: cancelled); the filter chosen is kept in :attr:`export_filter`."""
        from app.ui import window_questions

        path, self.export_filter = window_questions.ask_export_path(self, title, suggested, filters)
        return path

    def ask_image_dpi(self, current: int) -> int | None:
        """Ask the resolution of a PNG, ``current`` first chosen (None: cancelled)."""
        from app.ui import window_questions

        return window_questions.ask_image_dpi(self, current)

    def make_progress_dialog(self, label: str) -> QProgressDialog:
        """The window-modal progress dialog of a background export (shown after 300 ms, with Cancel)."""
        from app.ui import window_questions

        return window_questions.make_progress_dialog(self, label)

    def ask_import_path(self, folder: Path, filters: str) -> Path | None:
        """Ask which file to import (None: cancelled)."""
        from app.ui import window_questions

        return window_questions.ask_import_path(self, folder, filters)

    def show_import_warnings(self, path: Path, warnings: list[str]) -> None:
        """Show what an import had to guess or skip, once, without blocking the window."""
        from app.ui import window_questions

        window_questions.show_import_warnings(self, path, warnings)

    def show_export_warnings(self, path: Path, warnings: list[str]) -> None:
        """Show what an export could not carry, once, without blocking the window."""
        from app.ui import window_questions

        window_questions.show_export_warnings(self, path, warnings)

    def show_status(self, text: str, msecs: int) -> None:
        """Say ``text`` in the status bar for ``msecs`` milliseconds."""
        self.statusBar().showMessage(text, msecs)

