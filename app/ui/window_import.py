"""The main window's File > Import: a CSV, XLSX, OpenJourney or Mermaid file becomes a new journey.

:class:`ImportsController` is made once by the main window, which is its
:class:`ImportHost`; it owns the File > Import action.
The import is one undo step (:class:`~app.ui.commands.ImportJourneyCommand`)
and nothing is half imported: every importer checks the whole file before
it writes. A project JSON file is not offered: it carries a whole project
(personas, actions, several journeys) that one "delete the journey" could
not take back; ``parcours import`` merges it on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from sqlalchemy.orm import Session

from app import i18n
from app.export.formats import JOURNEY_SUFFIXES, cannot_import, import_journey
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.ui import settings
from app.ui.commands import ImportJourneyCommand, push
from app.ui.document import ProjectDocument
from app.ui.window_export import ExportsController
from app.ui.window_export_formats import FOLDER_KEY, as_user_error

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


class ImportHost(Protocol):
    """What the imports controller uses of its window."""

    @property
    def document(self) -> ProjectDocument | None: ...

    def show_journey(self, journey_id: int | None) -> None:
        """Show the journey imported."""

    def ask_import_path(self, folder: Path, filters: str) -> Path | None:
        """Which file to import (None: cancelled)."""

    def show_import_warnings(self, path: Path, warnings: list[str]) -> None:
        """Say what the import had to guess or leave out."""

    def show_error(self, error: ParcoursError) -> None:
        """Explain a refused action in one sentence."""

    def show_status(self, text: str, msecs: int) -> None:
        """Say something in the status bar for ``msecs``."""


class ImportsController(QObject):
    """File > Import for a main window (it shares the export's folder and its way of saying errors)."""

    def __init__(self, host: ImportHost, exports: ExportsController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._exports = exports
        #: File > Import….
        self.action = QAction(translate("MainWindow", "&Import…"), self)
        self.action.triggered.connect(lambda _checked=False: self.import_dialog())
        exports.running_changed.connect(self.update_action)

    def update_action(self) -> None:
        """Import needs a project and no export running."""
        self.action.setEnabled(self._host.document is not None and not self._exports.running)

    def import_dialog(self) -> None:
        """Ask for a CSV, XLSX, OpenJourney or Mermaid file and add it as a new journey (one undo step)."""
        if self._host.document is None or self._exports.running:
            return
        path = self._host.ask_import_path(self._exports.export_folder(), self.tr(
            "Journeys (*.csv *.xlsx *.ojf *.mmd);;Spreadsheets (*.csv *.xlsx);;OpenJourney (*.ojf);;Mermaid (*.mmd)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path | str) -> int | None:
        """Add the journey in ``path`` to the project, as one undo step, and show it; its id (None on error)."""
        host = self._host
        document = host.document
        if document is None:
            return None
        path = Path(path)
        try:
            importer = _importer(path)
            if not path.is_file():
                raise ParcoursError(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=str(path))
            command = ImportJourneyCommand(document, importer, self.tr("Import %1").replace("%1", path.name))
            result = push(document, command)
        except Exception as error:  # whatever went wrong is said in one sentence
            host.show_error(as_user_error(error))
            return None
        settings.settings().setValue(FOLDER_KEY, str(path.parent))
        host.show_journey(result.journey_id)
        host.show_status(self.tr("Imported %1: %2 cards.").replace("%1", path.name)
                         .replace("%2", str(result.cards)), 8000)
        if result.warnings:
            host.show_import_warnings(path, [warning.message(i18n.translate) for warning in result.warnings])
        return result.journey_id


def _importer(path: Path) -> Callable[[Session], Any]:
    """The importer for ``path``'s suffix, as a function of the session (a sentence for other suffixes)."""
    if path.suffix.lower() not in JOURNEY_SUFFIXES:
        raise cannot_import(path, JOURNEY_SUFFIXES)
    return lambda session: import_journey(session, path)
