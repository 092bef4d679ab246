"""The main window's File > Import: a CSV, XLSX, OpenJourney or Mermaid file becomes a new journey.

:class:`ImportVerbs` is mixed into :class:`~app.ui.main_window.MainWindow`.
The import is one undo step (:class:`~app.ui.commands.ImportJourneyCommand`)
and nothing is half imported: every importer checks the whole file before
it writes. A project JSON file is not offered: it carries a whole project
(personas, actions, several journeys) that one "delete the journey" could
not take back; ``parcours import`` merges it on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy.orm import Session

from app import i18n
from app.export.formats import JOURNEY_SUFFIXES, cannot_import, import_journey
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.ui import settings
from app.ui.commands import ImportJourneyCommand, push
from app.ui.window_export import FOLDER_KEY, as_user_error


class ImportVerbs:
    """File > Import for a main window (it shares the export's folder and its way of saying errors)."""

    def import_dialog(self) -> None:
        """Ask for a CSV, XLSX, OpenJourney or Mermaid file and add it as a new journey (one undo step)."""
        if self.document is None or self.export_running:
            return
        path = self.ask_import_path(self._export_folder(), self.tr(
            "Journeys (*.csv *.xlsx *.ojf *.mmd);;Spreadsheets (*.csv *.xlsx);;OpenJourney (*.ojf);;Mermaid (*.mmd)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path | str) -> int | None:
        """Add the journey in ``path`` to the project, as one undo step, and show it; its id (None on error)."""
        if self.document is None:
            return None
        path = Path(path)
        try:
            importer = _importer(path)
            if not path.is_file():
                raise ParcoursError(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=str(path))
            command = ImportJourneyCommand(self.document, importer, self.tr("Import %1").replace("%1", path.name))
            result = push(self.document, command)
        except Exception as error:  # noqa: BLE001 - said in one sentence
            self.show_error(as_user_error(error))
            return None
        settings.settings().setValue(FOLDER_KEY, str(path.parent))
        self.show_journey(result.journey_id)
        self.statusBar().showMessage(self.tr("Imported %1: %2 cards.").replace("%1", path.name)
                                     .replace("%2", str(result.cards)), 8000)
        if result.warnings:
            self.show_import_warnings(path, [warning.message(i18n.translate) for warning in result.warnings])
        return result.journey_id

    # ------------------------------------------------------------------ questions (tests replace these)

    def ask_import_path(self, folder: Path, filters: str) -> Path | None:
        """Ask which file to import (None: cancelled)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a journey"), str(folder), filters)
        return Path(path) if path else None

    def show_import_warnings(self, path: Path, warnings: list[str]) -> None:
        """Show what an import had to guess or skip, once, without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Information, "Parcours",
                          self.tr("%1 was imported with %2 remarks.").replace("%1", path.name)
                          .replace("%2", str(len(warnings))), QMessageBox.StandardButton.Ok, self)
        box.setInformativeText("\n".join(warnings[:5]))
        if len(warnings) > 5:
            box.setDetailedText("\n".join(warnings))
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()


def _importer(path: Path) -> Callable[[Session], Any]:
    """The importer for ``path``'s suffix, as a function of the session (a sentence for other suffixes)."""
    if path.suffix.lower() not in JOURNEY_SUFFIXES:
        raise cannot_import(path, JOURNEY_SUFFIXES)
    return lambda session: import_journey(session, path)
