"""The exchange formats: which files Parcours writes and reads, and what each one carries.

One table for both doors into the exchange layer: the command line
(``parcours export`` and ``parcours import``, :mod:`app.cli_formats`) and the
editor's File > Import. :func:`import_journey` reads a journey file of any
of the journey formats; the readers themselves are imported when used, so
looking a suffix up loads neither openpyxl nor ReportLab.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from sqlalchemy.orm import Session

from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

#: What an export writes: the whole project, one journey as data, one journey drawn (poster or
#: picture), or slides.
Writes = Literal["project", "journey", "poster", "picture", "deck"]
#: What an import adds: the whole project (merged into the open one) or a new journey.
Reads = Literal["project", "journey"]


@dataclass(frozen=True)
class ExchangeFormat:
    """One file format, known by its suffix: what an export writes into it and what an import reads from it."""

    suffix: str
    #: None: Parcours does not write this format.
    writes: Writes | None
    #: None: Parcours does not read this format.
    reads: Reads | None


#: Every format, in the order the command line's help lists them.
FORMATS: tuple[ExchangeFormat, ...] = (
    ExchangeFormat(".pdf", "poster", None),  # or an A4 report (``--report``)
    ExchangeFormat(".png", "picture", None),
    ExchangeFormat(".svg", "picture", None),
    ExchangeFormat(".csv", "journey", "journey"),
    ExchangeFormat(".xlsx", "journey", "journey"),
    ExchangeFormat(".json", "project", "project"),
    ExchangeFormat(".ojf", "journey", "journey"),
    ExchangeFormat(".mmd", "journey", "journey"),
    ExchangeFormat(".pptx", "deck", None),
)
#: The suffixes ``parcours export`` writes.
EXPORT_SUFFIXES = tuple(format_.suffix for format_ in FORMATS if format_.writes is not None)
#: The suffixes ``parcours import`` reads.
IMPORT_SUFFIXES = tuple(format_.suffix for format_ in FORMATS if format_.reads is not None)
#: The suffixes read as a new journey (what the editor's File > Import offers).
JOURNEY_SUFFIXES = tuple(format_.suffix for format_ in FORMATS if format_.reads == "journey")
#: The suffixes that draw a journey as the poster does, and so take the poster's marks.
POSTER_SUFFIXES = tuple(format_.suffix for format_ in FORMATS if format_.writes in ("poster", "picture"))


class JourneyImport(Protocol):
    """What reading a journey file did: the new journey, how many cards it holds, warnings for the user."""

    @property
    def journey_id(self) -> int:
        """The id of the journey the import added."""

    @property
    def cards(self) -> int:
        """How many cards the journey holds."""

    @property
    def warnings(self) -> Sequence[ParcoursError]:
        """Translatable sentences: what the import had to guess, rescale or leave out."""


def cannot_import(path: Path, suffixes: Sequence[str]) -> ParcoursError:
    """The sentence for a file whose suffix is none of ``suffixes``."""
    refusal = QT_TRANSLATE_NOOP("errors", "Parcours cannot import {suffix} files yet: only {formats} for now.")
    return ParcoursError(refusal, suffix=path.suffix.lower() or path.name, formats=", ".join(sorted(suffixes)))


def import_journey(session: Session, path: Path, *, journey_title: str | None = None,
                   merge: bool = False) -> JourneyImport:
    """Add the journey in ``path`` (CSV, XLSX, OpenJourney or Mermaid, by its suffix) to the project.

    The journey is titled ``journey_title``, else the title the file gives.
    With ``merge``, a Parcours workbook of a journey of this project merges
    its actions and KPIs into that journey (see
    :func:`app.export.read.spreadsheet.import_table`). Nothing is written
    unless the whole file is sound; the caller commits. Another suffix is
    refused with one sentence.
    """
    suffix = path.suffix.lower()
    if suffix in (".csv", ".xlsx"):
        from app.export.read import spreadsheet

        return spreadsheet.import_table(session, path, journey_title=journey_title, merge=merge)
    if suffix == ".ojf":
        from app.export import ojf

        return ojf.import_ojf(session, path, journey_title=journey_title)
    if suffix == ".mmd":
        from app.export import mermaid

        return mermaid.import_mermaid(session, path, journey_title=journey_title)
    raise cannot_import(path, JOURNEY_SUFFIXES)
