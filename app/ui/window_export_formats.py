"""What File > Export can write, besides the poster: one :class:`Format` per menu entry, and its writer.

Exporter modules are imported when used, so an exporter that is missing
from this installation fails with a sentence (:func:`as_user_error`), never
at start-up. Used by :mod:`app.ui.window_export` (the verbs) and
:mod:`app.ui.window_import` (the folder and the sentences it shares).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.export.progress import Progress
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.ui import settings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Writes a journey (the whole project for JSON) to a path, telling a progress callback when it can.
Writer = Callable[..., Any]
#: Resolutions offered for a PNG: (dots per inch, what for; context "ExportsController").
IMAGE_DPIS = ((96, QT_TRANSLATE_NOOP("ExportsController", "96 dpi: the map as on screen at 100 %")),
              (150, QT_TRANSLATE_NOOP("ExportsController", "150 dpi: slides and documents")),
              (300, QT_TRANSLATE_NOOP("ExportsController", "300 dpi: printing")))
DPI_KEY = "export/image/dpi"


def _image(session: Session, journey_id: int | None, path: Path, progress: Progress | None,
           dpi: float = 96.0) -> Any:
    from app.export import image

    return image.export_image(session, journey_id, path, dpi=dpi, progress=progress)


def stored_dpi() -> int:
    """The PNG resolution chosen last (96 dpi at first)."""
    stored = settings.settings().value(DPI_KEY, 96)
    try:
        return int(stored) if isinstance(stored, (int, float, str)) else 96
    except ValueError:
        return 96


def _spreadsheet(session: Session, journey_id: int | None, path: Path, progress: Progress | None,
                 dialect: str | None = None) -> Any:
    from app.export import spreadsheet, workbook
    from app.export.csv_dialect import dialect_named

    if path.suffix.lower() == ".csv":
        return spreadsheet.export_csv(session, path, journey_id, dialect_named(dialect))
    spreadsheet.export_xlsx(session, path, journey_id, progress)
    return workbook.left_out(session, journey_id)  # what the workbook could not carry, said after it is written


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

    #: The file dialog's title and filters (context "ExportsController").
    title: str
    filters: str
    #: Suffixes the file may have; the first is added when it has none of them.
    suffixes: tuple[str, ...]
    write: Writer
    #: Suffixes written at once rather than in the background.
    quick: tuple[str, ...] = ()
    #: The suggested file name (context "ExportsController"); None: the journey's title; "project": the project's file.
    name: str | None = None


#: The export formats after the poster, in menu order, by action name.
FORMATS: dict[str, Format] = {
    "export_image": Format(QT_TRANSLATE_NOOP("ExportsController", "Export an image"),
                           QT_TRANSLATE_NOOP("ExportsController", "PNG images (*.png);;SVG drawings (*.svg)"),
                           (".png", ".svg"), _image),
    "export_spreadsheet": Format(QT_TRANSLATE_NOOP("ExportsController", "Export a spreadsheet"),
                                 QT_TRANSLATE_NOOP("ExportsController", "Excel workbooks (*.xlsx);;CSV files (*.csv);;"
                                                                  "CSV for a French Excel, semicolons (*.csv)"),
                                 (".xlsx", ".csv"), _spreadsheet, quick=(".csv",)),
    "export_action_plan": Format(QT_TRANSLATE_NOOP("ExportsController", "Export the action plan"),
                                 QT_TRANSLATE_NOOP("ExportsController", "PDF files (*.pdf)"), (".pdf",), _action_plan,
                                 name=QT_TRANSLATE_NOOP("ExportsController", "Action plan")),
    "export_persona_sheets": Format(QT_TRANSLATE_NOOP("ExportsController", "Export the persona sheets"),
                                    QT_TRANSLATE_NOOP("ExportsController", "PDF files (*.pdf)"), (".pdf",),
                                    _persona_sheets,
                                    name=QT_TRANSLATE_NOOP("ExportsController", "Personas")),
    "export_deck": Format(QT_TRANSLATE_NOOP("ExportsController", "Export a presentation"),
                          QT_TRANSLATE_NOOP("ExportsController", "PowerPoint presentations (*.pptx)"), (".pptx",),
                          _deck),
    "export_ojf": Format(QT_TRANSLATE_NOOP("ExportsController", "Export to OpenJourney"),
                         QT_TRANSLATE_NOOP("ExportsController", "OpenJourney files (*.ojf)"), (".ojf",), _ojf,
                         quick=(".ojf",)),
    "export_mermaid": Format(QT_TRANSLATE_NOOP("ExportsController", "Export to Mermaid"),
                             QT_TRANSLATE_NOOP("ExportsController", "Mermaid diagrams (*.mmd)"), (".mmd",), _mermaid,
                             quick=(".mmd",)),
    "export_json": Format(QT_TRANSLATE_NOOP("ExportsController", "Export the project as JSON"),
                          QT_TRANSLATE_NOOP("ExportsController", "JSON files (*.json)"), (".json",), _project_json,
                          quick=(".json",), name="project"),
}
#: Every export action, in menu order.
EXPORTS = ("export_poster", *FORMATS)
FOLDER_KEY = "export/folder"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def file_name(title: str, suffix: str) -> str:
    """A file name made of ``title`` (characters that file systems refuse replaced) and ``suffix``."""
    stem = " ".join(_UNSAFE.sub("-", title).split()).strip(" .-") or "Parcours"
    return stem[:120] + suffix


def with_suffix(path: Path, allowed: tuple[str, ...]) -> Path:
    """``path``, with the first of ``allowed`` added when its suffix is none of them."""
    return path if path.suffix.lower() in allowed else path.with_name(path.name + allowed[0])


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
