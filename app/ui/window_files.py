"""The main window's file verbs: new, open, save, recent files, crash recovery, and the questions they ask.

:class:`FileVerbs` is mixed into :class:`~app.ui.main_window.MainWindow`; it
uses the window's ``document``, ``start_screen`` and status bar. Every
question to the user goes through an ``ask_*`` method, which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox

from app import i18n
from app.model import templates
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError, ProjectFileError
from app.model.recovery import RecoveryRecord, list_recoverable
from app.model.schema import Project
from app.model.store import ProjectStore
from app.ui import settings, user_templates, window_actions
from app.ui.document import ProjectDocument


#: Shown in the language just chosen (so not through tr(), which speaks the running one).
_RESTART_NEEDED = QT_TRANSLATE_NOOP("FileVerbs", "Parcours will speak this language the next time it starts. Close it and open it again to switch now.")


class FileVerbs:
    """New, Open, Save, Save As, Close, recent files and recovery, for a main window."""

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
        name = self.ask_template_name(self.document.session.get(Project, 1).title or self.tr("My template"))
        if not name:
            return False
        try:
            user_templates.save(self.document.session, name)
        except ParcoursError as error:
            self.show_error(error)
            return False
        self.start_screen.refresh()
        self.statusBar().showMessage(self.tr("Saved as the template “%1”; it is on the start screen.")
                                     .replace("%1", name), 6000)
        return True

    def _open_new(self, populate) -> None:
        if not self._maybe_save():
            return
        try:
            store = ProjectStore.create(populate=populate)
        except ParcoursError as error:
            self.show_error(error)
            return
        self._set_document(ProjectDocument(store, self))

    def open_dialog(self) -> None:
        """Ask for a project file and open it."""
        path = self.ask_open_path(self._last_folder())
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
            if isinstance(window, FileVerbs) and window.document is not None and window.document.path is not None \
                    and _same_file(window.document.path, path):
                window.raise_()
                window.activateWindow()
                return
        if not self._maybe_save():
            return
        try:
            self.open_path(path)
        except ProjectFileError as error:
            if error.kind != "locked":
                self.show_error(error)
                self.start_screen.refresh()
                return
            answer = self.ask_locked(error)
            try:
                if answer == "read_only":
                    self.open_path(path, read_only=True)
                elif answer == "anyway":
                    self.open_path(path, force=True)
            except ParcoursError as second:
                self.show_error(second)
        except ParcoursError as error:
            self.show_error(error)
        if self.document is not None:  # what opening removed from the copy (objects Parcours did not make), once
            warnings, self.document.store.warnings = self.document.store.warnings, []
            for warning in warnings:
                self.show_error(warning)

    def save_interactive(self) -> bool:
        """Save; untitled or read-only documents go through Save As. False when nothing was saved."""
        if self.document is None:
            return False
        if self.document.path is None or self.document.read_only:
            return self.save_as_dialog()
        try:
            self.save()
        except ParcoursError as error:
            self.show_error(error)
            return False
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        return True

    def save_as_dialog(self) -> bool:
        """Ask where to save, then save there; False when cancelled or when saving failed."""
        if self.document is None:
            return False
        suggested = self.document.path
        if suggested is None or settings.is_app_folder(suggested.parent):
            suggested = self._last_folder() / self.tr("Journey map.parcours")
        path = self.ask_save_path(suggested)
        if path is None:
            return False
        settings.set_last_folder(path.parent)
        if path.suffix != ".parcours":
            path = path.with_name(path.name + ".parcours")
        try:
            self.save_as(path)
        except ParcoursError as error:
            self.show_error(error)
            return False
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        return True

    def quit(self) -> None:
        """Close every window, each asking about its unsaved changes; stop at the first Cancel."""
        QApplication.closeAllWindows()

    def close_project(self) -> None:
        """Close the project (asking to save) and show the start screen."""
        if self._maybe_save():
            self._drop_document()

    def recover(self, record: RecoveryRecord, *, force: bool = False) -> None:
        """Open the unsaved work of a crashed session here, without asking; it stays modified until saved.

        Save writes to the record's document (Save As for an untitled one).
        ``force`` takes over the document from someone who has it open;
        without it a ``locked`` ProjectFileError is raised.
        """
        store = ProjectStore.recover(record, force=force)
        self._set_document(ProjectDocument(store, self))
        # No undo step leads back to the file on disk: never clean until saved.
        self.document.undo_stack.resetClean()
        self._update_title()

    def offer_recovery(self) -> None:
        """Offer, one by one, the working copies left by a crash (Recover / Discard / Later)."""
        for record in list_recoverable():
            answer = self.ask_recovery(record)
            if answer == "discard":
                record.discard()
            elif answer == "recover":
                target = self
                if self.document is not None:
                    same = (record.document is not None and self.document.path is not None
                            and _same_file(record.document, self.document.path))
                    if same and not self.document.modified:
                        # The file as last saved gives way, here, to the unsaved work of the crashed session.
                        self._drop_document()
                    else:
                        target = self.new_window()
                try:
                    target.recover(record)
                except ProjectFileError as error:
                    if error.kind != "locked" or self.ask_locked(error, read_only=False) != "anyway":
                        self.show_error(error)
                        continue
                    try:
                        target.recover(record, force=True)
                    except ParcoursError as second:
                        self.show_error(second)
                except ParcoursError as error:
                    self.show_error(error)

    # ------------------------------------------------------------------ questions (tests replace these)

    def ask_to_save(self) -> QMessageBox.StandardButton:
        """Ask Save / Discard / Cancel about unsaved changes."""
        name = self.document.path.name if self.document and self.document.path else self.tr("Untitled")
        return QMessageBox.question(
            self, "Parcours", self.tr("Save the changes to %1 before closing?").replace("%1", name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def ask_save_path(self, suggested: Path) -> Path | None:
        """Ask where to save the project (None: cancelled)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the project as"), str(suggested),
                                              self.tr("Parcours projects (*.parcours)"))
        return Path(path) if path else None

    def ask_template_name(self, suggested: str) -> str | None:
        """Ask the name of a new template (None: cancelled)."""
        name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Template name:"), text=suggested)
        return name.strip() if ok and name.strip() else None

    def ask_open_path(self, folder: Path) -> Path | None:
        """Ask which project to open (None: cancelled)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), str(folder), self.tr("Parcours projects (*.parcours)"))
        return Path(path) if path else None

    def ask_locked(self, error: ProjectFileError, *, read_only: bool = True) -> str | None:
        """Someone has the project open: "read_only", "anyway" or None (cancel)."""
        box = QMessageBox(QMessageBox.Icon.Question, "Parcours", error.message(i18n.translate),
                          QMessageBox.StandardButton.Cancel, self)
        choices = {}
        if read_only:
            choices[box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)] = "read_only"
        choices[box.addButton(self.tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole)] = "anyway"
        box.exec()
        return choices.get(box.clickedButton())

    def ask_recovery(self, record: RecoveryRecord) -> str:
        """Unsaved work was left by a crash: "recover", "discard" or "later"."""
        name = record.document.name if record.document else (record.title or self.tr("an untitled project"))
        when = record.opened_at.strftime("%Y-%m-%d %H:%M") if record.opened_at else "?"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Recover unsaved work"),
                          self.tr("Parcours stopped unexpectedly with unsaved changes to %1 (opened %2). Recover them?")
                          .replace("%1", name).replace("%2", when), QMessageBox.StandardButton.NoButton, self)
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return {recover: "recover", discard: "discard"}.get(box.clickedButton(), "later")

    def show_preferences(self) -> None:
        """Settings > Preferences: the dialog, then its choices applied (the theme at once)."""
        from app.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            language = dialog.language.currentData()
            if dialog.apply():
                self._update_language_menu()
                self.tell_restart_needed(language)

    def show_about(self) -> None:
        """Help > About Parcours."""
        from app.ui.about import AboutDialog

        AboutDialog(self).exec()

    def tell_restart_needed(self, language: str) -> None:
        """Say, in the language just chosen, that it applies when Parcours starts again."""
        language = language or i18n.system_language()
        if language == i18n.current_language():
            return
        QMessageBox.information(self, "Parcours", i18n.translate_in(language, "FileVerbs", _RESTART_NEEDED))

    def show_error(self, error: ParcoursError) -> None:
        """Explain a refused action in one sentence."""
        QMessageBox.warning(self, "Parcours", error.message(i18n.translate))

    def _maybe_save(self) -> bool:
        """True when the current project may go (saved, discarded or unchanged)."""
        if self.document is None or not self.document.modified:
            return True
        answer = self.ask_to_save()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_interactive()
        return answer == QMessageBox.StandardButton.Discard

    def _last_folder(self) -> Path:
        return settings.last_folder()

    def fill_recent_menu(self) -> None:
        """List the recent files in File > Open recent."""
        window_actions.fill_recent_menu(self.recent_menu, settings.recent_files(), self.open_interactive,
                                        self._clear_recent_files)

    def _clear_recent_files(self) -> None:
        settings.clear_recent_files()
        self.start_screen.refresh()


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return first == second
