"""The main window's file verbs: new, open, save, recent files, crash recovery.

:class:`FilesController` is made once by the main window, which is its
:class:`FileHost`, with the start screen whose buttons it answers. The
window opens and drops documents, saves them, and asks the questions
(``ask_*`` hooks, which tests replace; the real dialogs are in
:mod:`app.ui.window_questions`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from sqlalchemy.orm import Session

from app import i18n
from app.model import templates
from app.model.errors import ParcoursError, ProjectFileError
from app.model.recovery import RecoveryRecord, list_recoverable
from app.model.schema import Project
from app.model.store import ProjectStore
from app.ui import settings, user_templates
from app.ui.document import ProjectDocument
from app.ui.start_screen import StartScreen

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


class FileHost(Protocol):
    """What the files controller uses of its window: its document, and the questions it asks."""

    @property
    def document(self) -> ProjectDocument | None: ...

    def open_path(self, path: Path | str, *, read_only: bool = False, force: bool = False) -> None:
        """Open ``path`` without asking (raises the store's error when it cannot)."""

    def show_document(self, document: ProjectDocument) -> None:
        """Show ``document`` (the current one is dropped first)."""

    @property
    def opening(self) -> bool:
        """Whether a map painted first waits for its document (which comes after the paint)."""

    def now_or_after_paint(self, work: Callable[[], None]) -> None:
        """Do ``work`` now, or once the document being opened has come."""

    def drop_document(self) -> None:
        """Close the current document without asking; show the start screen."""

    def save(self) -> Path:
        """Save the document to its file."""

    def save_as(self, path: Path | str) -> Path:
        """Save the document to ``path``, which becomes its file."""

    def new_window(self) -> FileHost:
        """Another window, shown."""

    def recover(self, record: RecoveryRecord, *, force: bool = False) -> None:
        """Open the crashed work of ``record`` in this window."""

    def update_title(self) -> None:
        """Show the document's name and modified state in the title."""

    def ask_to_save(self) -> QMessageBox.StandardButton:
        """Save / Discard / Cancel about unsaved changes."""

    def ask_save_path(self, suggested: Path) -> Path | None:
        """Where to save the project (None: cancelled)."""

    def ask_template_name(self, suggested: str) -> str | None:
        """The name of a new template (None: cancelled)."""

    def ask_open_path(self, folder: Path) -> Path | None:
        """Which project to open (None: cancelled)."""

    def ask_locked(self, error: ProjectFileError, *, read_only: bool = True) -> str | None:
        """Someone has the project open: "read_only", "anyway" or None (cancel)."""

    def ask_recovery(self, record: RecoveryRecord) -> str:
        """Crashed work: "recover", "discard" or "later"."""

    def show_error(self, error: ParcoursError) -> None:
        """Explain a refused action in one sentence."""

    def show_status(self, text: str, msecs: int) -> None:
        """Say something in the status bar for ``msecs``."""


class FilesController(QObject):
    """New, Open, Save, Save As, Close, recent files and recovery, for a main window."""

    def __init__(self, host: FileHost, start_screen: StartScreen, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._start_screen = start_screen
        start_screen.new_requested.connect(self.new_project)
        start_screen.open_requested.connect(self.open_dialog)
        start_screen.recent_requested.connect(self.open_interactive)
        start_screen.sample_requested.connect(self.open_sample)
        start_screen.user_template_requested.connect(self.open_user_template)

    @property
    def document(self) -> ProjectDocument | None:
        """The window's document."""
        return self._host.document

    def show_error(self, error: ParcoursError) -> None:
        """Ask the window to explain ``error``."""
        self._host.show_error(error)

    def new_project(self) -> None:
        """A new untitled project with one empty journey."""
        self._open_new(lambda session: templates.populate(session, "blank", i18n.current_language()))

    def open_sample(self, template: str, language: str) -> None:
        """A new untitled project made from a built-in sample."""
        self._open_new(lambda session: templates.populate(session, template, language))

    def open_user_template(self, path: Path) -> None:
        """A new untitled project made from one of the user's templates."""
        try:
            populate = user_templates.populate_from(Path(path))
        except ParcoursError as error:
            self.show_error(error)
            return
        self._open_new(populate)

    def save_as_template(self) -> bool:
        """Keep this project as a template of the user's own, listed on the start screen."""
        if self.document is None:
            return False
        project = self.document.session.get(Project, 1)
        suggested = project.title if project is not None and project.title else self.tr("My template")
        name = self._host.ask_template_name(suggested)
        if not name:
            return False
        try:
            user_templates.save(self.document.session, name)
        except ParcoursError as error:
            self.show_error(error)
            return False
        self._start_screen.refresh()
        self._host.show_status(self.tr("Saved as the template “%1”; it is on the start screen.")
                               .replace("%1", name), 6000)
        return True

    def _open_new(self, populate: Callable[[Session], None]) -> None:
        if not self.maybe_save():
            return
        try:
            store = ProjectStore.create(populate=populate)
        except ParcoursError as error:
            self.show_error(error)
            return
        self._host.show_document(ProjectDocument(store))

    def open_dialog(self) -> None:
        """Ask for a project file and open it."""
        path = self._host.ask_open_path(settings.last_folder())
        if path is not None:
            settings.set_last_folder(path.parent)
            self.open_interactive(path)

    def open_interactive(self, path: Path | str) -> None:
        """Open ``path`` after asking to save the current project; explain any problem in a sentence.

        A project already open in a window of this editor is brought forward
        instead of being opened twice.
        """
        path = Path(path)
        for window in QApplication.topLevelWidgets():
            files = window.findChild(FilesController)
            document = files.document if files is not None else None
            if document is not None and document.path is not None and _same_file(document.path, path):
                window.raise_()
                window.activateWindow()
                return
        if not self.maybe_save():
            return
        try:
            self._host.open_path(path)
        except ParcoursError as error:
            self.refused(path, error)
        if self._host.opening:  # the map painted first: the document comes after the paint
            self._host.now_or_after_paint(self.show_warnings)
        else:
            self.show_warnings()

    def refused(self, path: Path, error: ParcoursError) -> None:
        """Opening ``path`` failed with ``error``: explain it in a sentence, or ask about a lock (then open).

        :meth:`open_interactive` calls it, and the window when the store refuses
        a file after its map has painted (see app/ui/window_first_paint.py).
        """
        if not isinstance(error, ProjectFileError):
            self.show_error(error)
            return
        if error.kind != "locked":
            self.show_error(error)
            self._start_screen.refresh()
            return
        answer = self._host.ask_locked(error)
        try:
            if answer == "read_only":
                self._host.open_path(path, read_only=True)
            elif answer == "anyway":
                self._host.open_path(path, force=True)
        except ParcoursError as second:
            self.show_error(second)

    def show_warnings(self) -> None:
        """What opening removed from the copy (objects Parcours did not make), said once."""
        document = self.document
        if document is not None:
            warnings, document.store.warnings = document.store.warnings, []
            for warning in warnings:
                self.show_error(warning)

    def save_interactive(self) -> bool:
        """Save; untitled or read-only documents go through Save As. False when nothing was saved."""
        if self.document is None:
            return False
        if self.document.path is None or self.document.read_only:
            return self.save_as_dialog()
        try:
            self._host.save()
        except ParcoursError as error:
            self.show_error(error)
            return False
        self._host.show_status(self.tr("Saved."), 4000)
        return True

    def save_as_dialog(self) -> bool:
        """Ask where to save, then save there; False when cancelled or when saving failed."""
        if self.document is None:
            return False
        suggested = self.document.path
        if suggested is None or settings.is_app_folder(suggested.parent):
            suggested = settings.last_folder() / self.tr("Journey map.parcours")
        path = self._host.ask_save_path(suggested)
        if path is None:
            return False
        settings.set_last_folder(path.parent)
        if path.suffix != ".parcours":
            path = path.with_name(path.name + ".parcours")
        try:
            self._host.save_as(path)
        except ParcoursError as error:
            self.show_error(error)
            return False
        self._host.show_status(self.tr("Saved."), 4000)
        return True

    def quit(self) -> None:
        """Close every window, each asking about its unsaved changes; stop at the first Cancel."""
        QApplication.closeAllWindows()

    def close_project(self) -> None:
        """Close the project (asking to save) and show the start screen."""
        if self.maybe_save():
            self._host.drop_document()

    def recover(self, record: RecoveryRecord, *, force: bool = False) -> None:
        """Open the unsaved work of a crashed session here, without asking; it stays modified until saved.

        Save writes to the record's document (Save As for an untitled one).
        ``force`` takes over the document from someone who has it open;
        without it a ``locked`` ProjectFileError is raised.
        """
        document = ProjectDocument(ProjectStore.recover(record, force=force))
        self._host.show_document(document)
        # No undo step leads back to the file on disk: never clean until saved.
        document.undo_stack.resetClean()
        self._host.update_title()

    def offer_recovery(self) -> None:
        """Offer, one by one, the working copies left by a crash (Recover / Discard / Later)."""
        for record in list_recoverable():
            answer = self._host.ask_recovery(record)
            if answer == "discard":
                record.discard()
            elif answer == "recover":
                target = self._host
                document = self.document
                if document is not None:
                    same = (record.document is not None and document.path is not None
                            and _same_file(record.document, document.path))
                    if same and not document.modified:
                        # The file as last saved gives way, here, to the unsaved work of the crashed session.
                        self._host.drop_document()
                    else:
                        target = self._host.new_window()
                try:
                    target.recover(record)
                except ProjectFileError as error:
                    if error.kind != "locked" or self._host.ask_locked(error, read_only=False) != "anyway":
                        self.show_error(error)
                        continue
                    try:
                        target.recover(record, force=True)
                    except ParcoursError as second:
                        self.show_error(second)
                except ParcoursError as error:
                    self.show_error(error)

    def maybe_save(self) -> bool:
        """True when the current project may go (saved, discarded or unchanged)."""
        if self.document is None or not self.document.modified:
            return True
        answer = self._host.ask_to_save()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_interactive()
        return answer == QMessageBox.StandardButton.Discard

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the recent files in File > Open recent (``menu``), numbered for the keyboard, with Clear the list."""
        menu.clear()
        paths = settings.recent_files()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, chosen=path: self.open_interactive(chosen))
        if not paths:
            menu.addAction(translate("MainWindow", "No recent projects")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Clear the list"), self._clear_recent_files)

    def _clear_recent_files(self) -> None:
        settings.clear_recent_files()
        self._start_screen.refresh()


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return first == second
