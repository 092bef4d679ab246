"""The main window's File > Export, the questions it asks, and exports in the background.

:class:`ExportVerbs` is mixed into :class:`~app.ui.main_window.MainWindow`.
Every export writes the journey shown on the map. Long exports (posters,
images, XLSX, reports) run in an :class:`~app.ui.export_worker.ExportThread`
on a read-only snapshot of the working copy, behind a cancellable progress
dialog, so the window never freezes; quick ones (CSV, JSON, OpenJourney,
Mermaid) run at once. One export runs at a time: the Export menu is
disabled meanwhile, and closing the project or the window cancels it.
File > Import is in :mod:`app.ui.window_import`.

Exporter modules are imported when used, so an exporter that is missing
from this installation fails with a sentence, never at start-up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QProgressBar, QProgressDialog
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.export.poster_options import PosterOptions
from app.export.progress import Progress
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.schema import Journey
from app.ui import settings
from app.ui.export_dialog import PosterDialog
from app.ui.export_settings import load_options, save_options
from app.ui.export_worker import ExportThread

# Called by this name with literal strings so that lupdate finds them.
translate = QCoreApplication.translate

#: Writes a journey (the whole project for JSON) to a path, telling a progress callback when it can.
Writer = Callable[..., Any]
#: Resolutions offered for a PNG: (dots per inch, what for; context "ExportVerbs").
IMAGE_DPIS = ((96, QT_TRANSLATE_NOOP("ExportVerbs", "96 dpi: the map as on screen at 100 %")),
              (150, QT_TRANSLATE_NOOP("ExportVerbs", "150 dpi: slides and documents")),
              (300, QT_TRANSLATE_NOOP("ExportVerbs", "300 dpi: printing")))
_DPI_KEY = "export/image/dpi"


def _image(session: Session, journey_id: int | None, path: Path, progress: Progress | None,
           dpi: float = 96.0) -> Any:
    from app.export import image

    return image.export_image(session, journey_id, path, dpi=dpi, progress=progress)


def _stored_dpi() -> int:
    try:
        return int(settings.settings().value(_DPI_KEY, 96))
    except (TypeError, ValueError):
        return 96


def _spreadsheet(session: Session, journey_id: int | None, path: Path, progress: Progress | None,
                 dialect: str | None = None) -> Any:
    from app.export import spreadsheet
    from app.export.csv_dialect import dialect_named

    if path.suffix.lower() == ".csv":
        return spreadsheet.export_csv(session, path, journey_id, dialect_named(dialect))
    return spreadsheet.export_xlsx(session, path, journey_id, progress)


def _action_plan(session: Session, journey_id: int | None, path: Path, progress: Progress | None) -> Any:
    from app.export import report

    return report.export_action_plan(session, path, journey_id=journey_id, progress=progress)


def _persona_sheets(session: Session, journey_id: int | None, path: Path, progress: Progress | None) -> Any:
    from app.export import report

    return report.export_persona_sheets(session, path, journey_id=journey_id, progress=progress)


def _deck(session: Session, journey_id: int | None, path: Path, progress: Progress | None) -> Any:
    from app.export import deck

    return deck.export_deck(session, journey_id, path, progress=progress)


def _ojf(session: Session, journey_id: int | None, path: Path, _progress: Progress | None) -> Any:
    from app.export import ojf

    return ojf.export_ojf(session, journey_id, path)


def _mermaid(session: Session, journey_id: int | None, path: Path, _progress: Progress | None) -> Any:
    from app.export import mermaid

    return mermaid.export_mermaid(session, journey_id, path)


def _project_json(session: Session, _journey_id: int | None, path: Path, _progress: Progress | None) -> Any:
    from app.export import project_json
    from app.export.files import write_bytes_atomically

    write_bytes_atomically(path, project_json.dumps(project_json.export_project(session)).encode("utf-8"))


@dataclass(frozen=True, slots=True)
class Format:
    """A File > Export format other than the poster (which asks its own dialog first)."""

    #: The file dialog's title and filters (context "ExportVerbs").
    title: str
    filters: str
    #: Suffixes the file may have; the first is added when it has none of them.
    suffixes: tuple[str, ...]
    write: Writer
    #: Suffixes written at once rather than in the background.
    quick: tuple[str, ...] = ()
    #: The suggested file name (context "ExportVerbs"); None: the journey's title; "project": the project's file.
    name: str | None = None


#: The export formats after the poster, in menu order, by action name.
FORMATS: dict[str, Format] = {
    "export_image": Format(QT_TRANSLATE_NOOP("ExportVerbs", "Export an image"),
                           QT_TRANSLATE_NOOP("ExportVerbs", "PNG images (*.png);;SVG drawings (*.svg)"),
                           (".png", ".svg"), _image),
    "export_spreadsheet": Format(QT_TRANSLATE_NOOP("ExportVerbs", "Export a spreadsheet"),
                                 QT_TRANSLATE_NOOP("ExportVerbs", "Excel workbooks (*.xlsx);;CSV files (*.csv);;"
                                                                  "CSV for a French Excel, semicolons (*.csv)"),
                                 (".xlsx", ".csv"), _spreadsheet, quick=(".csv",)),
    "export_action_plan": Format(QT_TRANSLATE_NOOP("ExportVerbs", "Export the action plan"),
                                 QT_TRANSLATE_NOOP("ExportVerbs", "PDF files (*.pdf)"), (".pdf",), _action_plan,
                                 name=QT_TRANSLATE_NOOP("ExportVerbs", "Action plan")),
    "export_persona_sheets": Format(QT_TRANSLATE_NOOP("ExportVerbs", "Export the persona sheets"),
                                    QT_TRANSLATE_NOOP("ExportVerbs", "PDF files (*.pdf)"), (".pdf",), _persona_sheets,
                                    name=QT_TRANSLATE_NOOP("ExportVerbs", "Personas")),
    "export_deck": Format(QT_TRANSLATE_NOOP("ExportVerbs", "Export a presentation"),
                          QT_TRANSLATE_NOOP("ExportVerbs", "PowerPoint presentations (*.pptx)"), (".pptx",), _deck),
    "export_ojf": Format(QT_TRANSLATE_NOOP("ExportVerbs", "Export to OpenJourney"),
                         QT_TRANSLATE_NOOP("ExportVerbs", "OpenJourney files (*.ojf)"), (".ojf",), _ojf,
                         quick=(".ojf",)),
    "export_mermaid": Format(QT_TRANSLATE_NOOP("ExportVerbs", "Export to Mermaid"),
                             QT_TRANSLATE_NOOP("ExportVerbs", "Mermaid diagrams (*.mmd)"), (".mmd",), _mermaid,
                             quick=(".mmd",)),
    "export_json": Format(QT_TRANSLATE_NOOP("ExportVerbs", "Export the project as JSON"),
                          QT_TRANSLATE_NOOP("ExportVerbs", "JSON files (*.json)"), (".json",), _project_json,
                          quick=(".json",), name="project"),
}
#: Every export action, in menu order.
EXPORTS = ("export_poster", *FORMATS)
FOLDER_KEY = "export/folder"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def add_menus(window, file_menu: QMenu, actions: dict[str, QAction]) -> None:
    """Add File > Export (a submenu) and File > Import… to ``file_menu`` and to ``actions``."""
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
    window.export_menu = QMenu(translate("MainWindow", "&Export"), window)
    for name in EXPORTS:
        action = QAction(texts[name], window)
        if name == "export_poster":
            action.triggered.connect(lambda _checked=False: window.export_poster_dialog())
        else:
            action.triggered.connect(lambda _checked=False, format_=name: window.export_format(format_))
        actions[name] = action
        window.export_menu.addAction(action)
    file_menu.addMenu(window.export_menu)
    action = QAction(translate("MainWindow", "&Import…"), window)
    action.triggered.connect(lambda _checked=False: window.import_dialog())
    actions["import"] = action
    file_menu.addAction(action)


def file_name(title: str, suffix: str) -> str:
    """A file name made of ``title`` (characters that file systems refuse replaced) and ``suffix``."""
    stem = " ".join(_UNSAFE.sub("-", title).split()).strip(" .-") or "Parcours"
    return stem[:120] + suffix


def _with_suffix(path: Path, allowed: tuple[str, ...]) -> Path:
    """``path``, with the first of ``allowed`` added when its suffix is none of them."""
    return path if path.suffix.lower() in allowed else path.with_name(path.name + allowed[0])


class ExportVerbs:
    """File > Export for a main window: the questions, the background run, the results."""

    _export_thread: ExportThread | None = None
    #: The file type the last export dialog was left on ("" when none was chosen).
    export_filter: str = ""
    _export_progress: QProgressDialog | None = None
    _export_name: str = ""
    _export_done: Callable[[Any], str] | None = None

    # ------------------------------------------------------------------ state

    @property
    def export_running(self) -> bool:
        """True while a background export runs."""
        return self._export_thread is not None

    def _update_export_actions(self) -> None:
        """Export needs a journey on the map and no export running; Import needs a project."""
        idle = not self.export_running
        can_export = self.document is not None and self.journey_id is not None and idle
        for name in EXPORTS:
            self.actions_by_name[name].setEnabled(can_export)
        self.export_menu.setEnabled(can_export)
        self.actions_by_name["import"].setEnabled(self.document is not None and idle)

    def _journey_title(self) -> str:
        title = self.document.session.scalar(select(Journey.title).where(Journey.id == self.journey_id))
        return title or self.tr("Journey")

    def _export_folder(self) -> Path:
        stored = settings.settings().value(FOLDER_KEY, "")
        if isinstance(stored, str) and stored and Path(stored).is_dir():
            return Path(stored)
        return self._last_folder()

    def _ask_target(self, title: str, suffix: str, filters: str, allowed: tuple[str, ...], *,
                    name: str | None = None) -> Path | None:
        if self.document is None or self.journey_id is None or self.export_running:
            return None
        suggested = self._export_folder() / file_name(name or self._journey_title(), suffix)
        path = self.ask_export_path(title, suggested, filters)
        if path is None:
            return None
        path = _with_suffix(Path(path), allowed)
        settings.settings().setValue(FOLDER_KEY, str(path.parent))
        return path

    # ------------------------------------------------------------------ the export verbs

    def export_poster_dialog(self) -> None:
        """Ask for the poster's paper and tiling, then where to write it, and write it in the background."""
        if self.document is None or self.journey_id is None or self.export_running:
            return
        layout = self.scene.layout if self.scene is not None else None
        map_size = (layout.width, layout.height) if layout is not None else None
        options = self.ask_poster_options(load_options(), map_size)
        if options is None:
            return
        save_options(options)
        path = self._ask_target(self.tr("Export a poster"), ".pdf", self.tr("PDF files (*.pdf)"), (".pdf",))
        if path is None:
            return
        journey_id, keywords = self.journey_id, options.export_keywords()
        journey = self.document.session.get(Journey, journey_id)
        has_personas = bool(journey is not None and journey.personas)

        def job(session: Session, progress: Progress) -> Any:
            from app.export import poster

            return poster.export_poster(session, journey_id, path, progress=progress, **keywords)

        def done(result: Any) -> str:
            if getattr(result, "tiles", None) is not None:
                grid = result.tiles
                text = (self.tr("Exported %1: %2 sheets (%3 x %4) + assembly page.").replace("%1", path.name)
                        .replace("%2", str(grid.sheets)).replace("%3", str(grid.rows)).replace("%4", str(grid.columns)))
            else:
                text = self.tr("Exported %1.").replace("%1", path.name)
            if getattr(result, "warnings", ()):
                from app.export.poster_fit import readability

                warning = readability(result.smallest_text_pt, tiled=result.tiles is not None,
                                      personas=keywords.get("persona_panel", True) and has_personas,
                                      command_line=False)
                text = " ".join([text, warning.message(i18n.translate)]) if warning is not None else text
            return text

        self.start_export(path, job, done)

    def export_format(self, action: str) -> None:
        """Ask where to write the format of File > Export ``action`` (see :data:`FORMATS`) and write it.

        Quick formats are written at once; the others in the background
        behind a cancellable progress dialog.
        """
        spec = FORMATS[action]
        name = None
        if spec.name == "project":
            name = self.document.path.stem if self.document is not None and self.document.path is not None else None
        elif spec.name:
            name = translate("ExportVerbs", spec.name)
        self.export_filter = ""
        path = self._ask_target(translate("ExportVerbs", spec.title), spec.suffixes[0],
                                translate("ExportVerbs", spec.filters), spec.suffixes, name=name)
        if path is None:
            return
        options: dict[str, Any] = {}
        filters = translate("ExportVerbs", spec.filters).split(";;")
        if path.suffix.lower() == ".csv" and len(filters) == 3 and self.export_filter == filters[2]:
            options["dialect"] = "excel-fr"  # the file dialog's third choice: a French Excel's CSV
        if path.suffix.lower() == ".png":
            dpi = self.ask_image_dpi(_stored_dpi())
            if dpi is None:
                return
            settings.settings().setValue(_DPI_KEY, dpi)
            options["dpi"] = float(dpi)
        journey_id = self.journey_id

        def job(session: Session, progress: Progress | None) -> Any:
            return spec.write(session, journey_id, path, progress, **options)

        if path.suffix.lower() in spec.quick:
            self.export_now(path, job)
        else:
            self.start_export(path, job)

    # ------------------------------------------------------------------ running exports

    def export_now(self, path: Path, job: Callable[[Session, Progress | None], Any]) -> None:
        """Run a quick export at once on the document's session and say how it went."""
        try:
            job(self.document.session, None)
        except Exception as error:  # noqa: BLE001 - said in one sentence below
            self._on_export_error(error)
            return
        finally:
            self.document.session.rollback()  # an exporter only reads: end its read transaction
        self.statusBar().showMessage(self.tr("Exported %1.").replace("%1", path.name), 8000)

    def start_export(self, path: Path, job: Callable[[Session, Progress], Any],
                     done: Callable[[Any], str] | None = None) -> ExportThread | None:
        """Run ``job`` in the background on a read-only snapshot, behind a cancellable progress dialog.

        ``done`` turns the job's result into the status bar's message
        (default: "Exported NAME."). Returns the thread (None when another
        export is already running).
        """
        if self.document is None or self.export_running:
            return None
        thread = ExportThread(self.document.store.working_path, job, self)
        self._export_thread, self._export_name, self._export_done = thread, path.name, done
        progress = self.make_progress_dialog(self.tr("Exporting %1…").replace("%1", path.name))
        self._export_progress = progress
        progress.canceled.connect(thread.cancel)
        thread.progressed.connect(self._on_export_thread_progressed)
        thread.succeeded.connect(self._on_export_thread_succeeded)
        thread.failed.connect(self._on_export_thread_failed)
        thread.cancelled.connect(self._on_export_thread_cancelled)
        thread.finished.connect(self._on_export_thread_finished)
        self._update_export_actions()
        thread.start()
        return thread

    def _stop_export(self) -> None:
        """Cancel the running export and wait for its thread (the project or the window is going away)."""
        thread = self._export_thread
        if thread is None:
            return
        for signal in (thread.progressed, thread.succeeded, thread.failed, thread.cancelled, thread.finished):
            signal.disconnect()
        thread.cancel()
        thread.wait()
        self._forget_export()

    def _forget_export(self) -> None:
        thread, self._export_thread = self._export_thread, None
        progress, self._export_progress = self._export_progress, None
        if progress is not None:
            progress.canceled.disconnect()
            progress.reset()
            progress.close()
            progress.deleteLater()
        if thread is not None:
            thread.wait()
            thread.deleteLater()
        self._update_export_actions()

    def _on_export_thread_progressed(self, fraction: float) -> None:
        bar = self._export_progress.findChild(QProgressBar) if self._export_progress is not None else None
        if bar is not None:
            # Not QProgressDialog.setValue: on a modal dialog it runs the event loop, re-entering this slot.
            bar.setValue(round(fraction * 1000))

    def _on_export_thread_succeeded(self, result: Any) -> None:
        text = self._export_done(result) if self._export_done is not None else \
            self.tr("Exported %1.").replace("%1", self._export_name)
        self.statusBar().showMessage(text, 10000)

    def _on_export_thread_failed(self, error: Exception) -> None:
        self._forget_export()
        self._on_export_error(error)

    def _on_export_thread_cancelled(self) -> None:
        self.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 8000)

    def _on_export_thread_finished(self) -> None:
        if self._export_thread is not None:
            self._forget_export()

    def _on_export_error(self, error: BaseException) -> None:
        """Say why an export or an import failed, in one sentence (never a traceback)."""
        self.show_error(as_user_error(error))

    # ------------------------------------------------------------------ questions (tests replace these)

    def ask_export_path(self, title: str, suggested: Path, filters: str) -> Path | None:
        """Ask where to write an export (None: cancelled); the filter chosen is kept in :attr:`export_filter`."""
        path, self.export_filter = QFileDialog.getSaveFileName(self, title, str(suggested), filters)
        return Path(path) if path else None

    def ask_poster_options(self, options: PosterOptions, map_size: tuple[float, float] | None) -> PosterOptions | None:
        """Ask how to print the poster, starting from ``options`` (None: cancelled)."""
        journey = self.document.session.get(Journey, self.journey_id) if self.document is not None else None
        dialog = PosterDialog(options, map_size, self, has_personas=bool(journey is not None and journey.personas),
                              readability=self._readability_check() if journey is not None else None,
                              journeys=[(ident, title) for ident, title in self.document.session.execute(
                                  select(Journey.id, Journey.title).order_by(Journey.position))
                                        if ident != self.journey_id] if journey is not None else [])
        try:
            return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _readability_check(self) -> Callable[[PosterOptions], str]:
        """What the poster dialog asks, option by option: does card text print under 8 pt on this sheet?"""
        from app.export.poster import ReadabilityCheck

        check = ReadabilityCheck(self.document.session, self.journey_id)
        answers: dict[tuple, str] = {}

        def sentence(options: PosterOptions) -> str:
            content = options.export_keywords()["content"]
            key = (options.paper, options.orientation, options.margin_mm, options.scale_percent, options.legend,
                   options.persona_panel, options.tile, content)
            if key not in answers:
                try:
                    warning = check.warning(tile=options.tile, paper=options.paper, orientation=options.orientation,
                                            margin_mm=options.margin_mm, scale_percent=options.scale_percent,
                                            legend=options.legend, persona_panel=options.persona_panel,
                                            content=content)
                except ParcoursError:
                    warning = None  # the dialog shows the options' own problem
                answers[key] = warning.message(i18n.translate) if warning is not None else ""
            return answers[key]

        return sentence

    def ask_image_dpi(self, current: int) -> int | None:
        """Ask the resolution of a PNG, offering :data:`IMAGE_DPIS` with ``current`` first chosen (None: cancelled)."""
        labels = [translate("ExportVerbs", text) for _dpi, text in IMAGE_DPIS]
        dpis = [dpi for dpi, _text in IMAGE_DPIS]
        index = dpis.index(current) if current in dpis else 0
        text, accepted = QInputDialog.getItem(self, self.tr("Image resolution"), self.tr("Resolution:"), labels,
                                              index, False)
        return dpis[labels.index(text)] if accepted and text in labels else None

    def make_progress_dialog(self, label: str) -> QProgressDialog:
        """The window-modal progress dialog of a background export (shown after 300 ms, with Cancel)."""
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowTitle("Parcours")
        dialog.setMinimumWidth(380)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog


def as_user_error(error: BaseException) -> ParcoursError:
    """``error`` as one sentence for the user: a ParcoursError as it is, an OSError or a missing exporter explained."""
    if isinstance(error, ParcoursError):
        return error
    if isinstance(error, ImportError):
        return ParcoursError(QT_TRANSLATE_NOOP("errors", "This format is not available in this installation yet."))
    if isinstance(error, OSError):
        return ParcoursError(QT_TRANSLATE_NOOP("errors", "{path}: {reason}."),
                             path=error.filename or "", reason=error.strerror or str(error))
    detail = " ".join(f"{type(error).__name__}: {error}".split())[:200]
    return ParcoursError(QT_TRANSLATE_NOOP("errors", "Parcours stopped on an unexpected problem ({detail})."),
                         detail=detail)
