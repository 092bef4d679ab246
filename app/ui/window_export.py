"""The main window's File > Export: the menu, the questions it asks, and exports in the background.

:class:`ExportsController` is made once by the main window, which is its
:class:`ExportHost`. Every export writes the journey shown on the map.
Long exports (posters, images, XLSX, reports) run in an
:class:`~app.ui.export_worker.ExportThread` on a read-only snapshot of the
working copy, behind a cancellable progress dialog, so the window never
freezes; quick ones (CSV, JSON, OpenJourney, Mermaid) run at once. One
export runs at a time: the Export menu is disabled meanwhile, and closing
the project or the window cancels it. The formats are in
:mod:`app.ui.window_export_formats`, the poster's dialog and job in
:mod:`app.ui.window_export_poster`, File > Import in :mod:`app.ui.window_import`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QProgressBar, QProgressDialog
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.export.poster_options import PosterOptions
from app.export.progress import Progress
from app.model.errors import ParcoursError
from app.model.schema import Journey
from app.ui import settings
from app.ui.document import ProjectDocument
from app.ui.export_settings import load_options, save_options
from app.ui.export_worker import ExportThread
from app.ui.hosts import MapShown
from app.ui.window_export_formats import (
    DPI_KEY,
    EXPORTS,
    FOLDER_KEY,
    FORMATS,
    as_user_error,
    file_name,
    stored_dpi,
    with_suffix,
)
from app.ui.window_export_poster import poster_done, poster_job

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


class ExportHost(MapShown, Protocol):
    """What the exports controller uses of its window: the journey shown and the questions to ask."""

    #: The file type the last export dialog was left on ("" when none was chosen).
    export_filter: str

    def ask_export_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        """Where to write an export (None: cancelled); sets :attr:`export_filter`."""

    def ask_poster_options(self, options: PosterOptions, map_size: tuple[float, float] | None) -> PosterOptions | None:
        """How to print the poster (None: cancelled)."""

    def ask_image_dpi(self, current: int) -> int | None:
        """The resolution of a PNG (None: cancelled)."""

    def make_progress_dialog(self, label: str) -> QProgressDialog:
        """The progress dialog of a background export."""

    def show_error(self, error: ParcoursError) -> None:
        """Explain a refused action in one sentence."""

    def show_status(self, text: str, msecs: int) -> None:
        """Say something in the status bar for ``msecs``."""

    def show_export_warnings(self, path: Path, warnings: list[str]) -> None:
        """Say what an export could not carry, once, without blocking the window."""


def export_warnings(result: Any) -> list[str]:
    """The sentences of the warnings an export returned (a list of :class:`ParcoursError`; anything else: none)."""
    if not isinstance(result, list):
        return []
    return [warning.message(i18n.translate) for warning in result if isinstance(warning, ParcoursError)]


class ExportsController(QObject):
    """File > Export for a main window: the menu, the questions, the background run, the results."""

    #: An export started or ended (the window enables its menus again).
    running_changed = Signal()

    def __init__(self, host: ExportHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        #: The running export's thread (None when none runs; QObject.thread() keeps its meaning).
        self.worker: ExportThread | None = None
        self._progress: QProgressDialog | None = None
        self._name = ""
        self._done: Callable[[Any], str] | None = None
        self.actions: dict[str, QAction] = {}
        self.menu: QMenu | None = None
        self.running_changed.connect(self.update_actions)

    @property
    def running(self) -> bool:
        """True while a background export runs."""
        return self.worker is not None

    def add_menu(self, file_menu: QMenu) -> QMenu:
        """Add File > Export (a submenu with one action per format) to ``file_menu``; return the submenu."""
        texts = {
            "export_poster": translate("MainWindow", "&Poster (PDF)…"),
            "export_image": translate("MainWindow", "&Image (PNG or SVG)…"),
            "export_spreadsheet": translate("MainWindow", "&Spreadsheet (CSV or Excel)…"),
            "export_action_plan": translate("MainWindow", "&Action plan (PDF)…"),
            "export_persona_sheets": translate("MainWindow", "P&ersona sheets (PDF)…"),
            "export_deck": translate("MainWindow", "P&resentation (PowerPoint)…"),
            "export_ojf": translate("MainWindow", "&OpenJourney (.ojf)…"),
            "export_mermaid": translate("MainWindow", "&Mermaid (.mmd)…"),
            "export_json": translate("MainWindow", "Project (&JSON)…"),
        }
        menu = QMenu(translate("MainWindow", "&Export"), file_menu)
        for name in EXPORTS:
            action = QAction(texts[name], menu)
            if name == "export_poster":
                action.triggered.connect(lambda _checked=False: self.export_poster_dialog())
            else:
                action.triggered.connect(lambda _checked=False, format_=name: self.export_format(format_))
            self.actions[name] = action
            menu.addAction(action)
        file_menu.addMenu(menu)
        self.menu = menu
        return menu

    def update_actions(self) -> None:
        """Export needs a journey on the map and no export running."""
        can_export = self._host.document is not None and self._host.journey_id is not None and not self.running
        for action in self.actions.values():
            action.setEnabled(can_export)
        if self.menu is not None:
            self.menu.setEnabled(can_export)

    # ------------------------------------------------------------------ the export verbs

    def export_poster_dialog(self) -> None:
        """Ask for the poster's paper and tiling, then where to write it, and write it in the background."""
        host = self._host
        document, journey_id = host.document, host.journey_id
        if document is None or journey_id is None or self.running:
            return
        layout = host.scene.layout if host.scene is not None else None
        map_size = (layout.width, layout.height) if layout is not None else None
        options = host.ask_poster_options(load_options(), map_size)
        if options is None:
            return
        save_options(options)
        path = self._ask_target(self.tr("Export a poster"), ".pdf", self.tr("PDF files (*.pdf)"), (".pdf",))
        if path is None:
            return
        keywords = options.export_keywords()
        journey = document.session.get(Journey, journey_id)
        has_personas = bool(journey is not None and journey.personas)
        self.start_export(path, poster_job(journey_id, path, keywords), poster_done(path, keywords, has_personas))

    def export_format(self, action: str) -> None:
        """Ask where to write the format of File > Export ``action`` (see :data:`FORMATS`) and write it.

        Quick formats are written at once; the others in the background
        behind a cancellable progress dialog.
        """
        spec = FORMATS[action]
        host = self._host
        name = None
        if spec.name == "project":
            name = host.document.path.stem if host.document is not None and host.document.path is not None else None
        elif spec.name:
            name = translate("ExportsController", spec.name)
        host.export_filter = ""
        path = self._ask_target(translate("ExportsController", spec.title), spec.suffixes[0],
                                translate("ExportsController", spec.filters), spec.suffixes, name=name)
        if path is None:
            return
        options: dict[str, Any] = {}
        filters = translate("ExportsController", spec.filters).split(";;")
        if path.suffix.lower() == ".csv" and len(filters) == 3 and host.export_filter == filters[2]:
            options["dialect"] = "excel-fr"  # the file dialog's third choice: a French Excel's CSV
        if path.suffix.lower() == ".png":
            dpi = host.ask_image_dpi(stored_dpi())
            if dpi is None:
                return
            settings.settings().setValue(DPI_KEY, dpi)
            options["dpi"] = float(dpi)
        journey_id = host.journey_id

        def job(session: Session, progress: Progress | None) -> Any:
            return spec.write(session, journey_id, path, progress, **options)

        if path.suffix.lower() in spec.quick:
            self.export_now(path, job)
        else:
            self.start_export(path, job)

    def export_folder(self) -> Path:
        """The folder exports and imports were last written to or read from (else the last project folder)."""
        stored = settings.settings().value(FOLDER_KEY, "")
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            return Path(stored)
        return settings.last_folder()

    def _journey_title(self, document: ProjectDocument, journey_id: int) -> str:
        title = document.session.scalar(select(Journey.title).where(Journey.id == journey_id))
        return title or self.tr("Journey")

    def _ask_target(self, title: str, suffix: str, filters: str, allowed: tuple[str, ...], *,
                    name: str | None = None) -> Path | None:
        document, journey_id = self._host.document, self._host.journey_id
        if document is None or journey_id is None or self.running:
            return None
        suggested = self.export_folder() / file_name(name or self._journey_title(document, journey_id), suffix)
        path = self._host.ask_export_path(title, suggested, filters)
        if path is None:
            return None
        path = with_suffix(Path(path), allowed)
        settings.settings().setValue(FOLDER_KEY, str(path.parent))
        return path

    # ------------------------------------------------------------------ running exports

    def export_now(self, path: Path, job: Callable[[Session, Progress | None], Any]) -> None:
        """Run a quick export at once on the document's session and say how it went."""
        document = self._host.document
        if document is None:
            return
        try:
            result = job(document.session, None)
        except Exception as error:  # whatever went wrong is said in one sentence below
            self._host.show_error(as_user_error(error))
            return
        finally:
            document.session.rollback()  # an exporter only reads: end its read transaction
        self._host.show_status(self.tr("Exported %1.").replace("%1", path.name), 8000)
        self._say_warnings(path, result)

    def start_export(self, path: Path, job: Callable[[Session, Progress], Any],
                     done: Callable[[Any], str] | None = None) -> ExportThread | None:
        """Run ``job`` in the background on a read-only snapshot, behind a cancellable progress dialog.

        ``done`` turns the job's result into the status bar's message
        (default: "Exported NAME."). Returns the thread (None when another
        export is already running).
        """
        document = self._host.document
        if document is None or self.running:
            return None
        working = document.store.working_path
        if working is None:
            return None
        thread = ExportThread(working, job, self)
        self.worker, self._name, self._done = thread, path.name, done
        progress = self._host.make_progress_dialog(self.tr("Exporting %1…").replace("%1", path.name))
        self._progress = progress
        progress.canceled.connect(thread.cancel)
        thread.progressed.connect(self._on_export_thread_progressed)
        thread.succeeded.connect(self._on_export_thread_succeeded)
        thread.failed.connect(self._on_export_thread_failed)
        thread.cancelled.connect(self._on_export_thread_cancelled)
        thread.finished.connect(self._on_export_thread_finished)
        self.running_changed.emit()
        thread.start()
        return thread

    def stop(self) -> None:
        """Cancel the running export and wait for its thread (the project or the window is going away)."""
        thread = self.worker
        if thread is None:
            return
        for signal in (thread.progressed, thread.succeeded, thread.failed, thread.cancelled, thread.finished):
            signal.disconnect()
        thread.cancel()
        thread.wait()
        self._forget()

    def _forget(self) -> None:
        thread, self.worker = self.worker, None
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.canceled.disconnect()
            progress.reset()
            progress.close()
            progress.deleteLater()
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self.running_changed.emit()

    def _on_export_thread_progressed(self, fraction: float) -> None:
        bar = self._progress.findChild(QProgressBar) if self._progress is not None else None
        if bar is not None:
            # Not QProgressDialog.setValue: on a modal dialog it runs the event loop, re-entering this slot.
            bar.setValue(round(fraction * 1000))

    def _on_export_thread_succeeded(self, result: Any) -> None:
        text = self._done(result) if self._done is not None else self.tr("Exported %1.").replace("%1", self._name)
        self._host.show_status(text, 10000)
        self._say_warnings(Path(self._name), result)

    def _say_warnings(self, path: Path, result: Any) -> None:
        """Show what the export written to ``path`` could not carry, if it said anything."""
        warnings = export_warnings(result)
        if warnings:
            self._host.show_export_warnings(path, warnings)

    def _on_export_thread_failed(self, error: Exception) -> None:
        self._forget()
        self._host.show_error(as_user_error(error))

    def _on_export_thread_cancelled(self) -> None:
        self._host.show_status(self.tr("Export cancelled; nothing was written."), 8000)

    def _on_export_thread_finished(self) -> None:
        if self.worker is not None:
            self._forget()
