"""A4 reports in PDF (ReportLab): the action plan and one persona sheet per persona.

:func:`export_action_plan` prints the prioritised improvement actions: a
title block, the impact/effort matrix drawn as vectors (every action a
numbered dot), a summary by department and horizon, then the list, quick
wins first (see :mod:`app.export.report_actions` for the priority rule).
:func:`export_persona_sheets` prints one A4 page per persona (see
:mod:`app.export.report_personas`).

Both follow the poster's conventions: the bundled DejaVu Sans embedded (no
base-14 font), characters the font lacks replaced by "□", labels printed in
the project's language (context "report"), "page 2/4" and the Parcours
version and date on every page, the file written atomically (a cancelled or
failed export leaves nothing behind), and the same bytes for the same input
when ``created`` is given.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.export.fallback_canvas import binary_streams
from app.export.files import write_bytes_atomically
from app.export.fonts import register_fonts
from app.export.poster_draw import speaking
from app.export.progress import ExportCancelled, Progress, step
from app.export.report_actions import render_action_plan
from app.export.report_page import A4, MM, ReportError, read_meta
from app.export.report_personas import render_persona_sheets

__all__ = ["A4", "ExportCancelled", "MM", "ReportError", "ReportResult", "export_action_plan",
           "export_persona_sheets"]


@dataclass(frozen=True, slots=True)
class ReportResult:
    """What an exporter wrote: the file and its number of pages."""

    path: Path
    pages: int


def _write(path: Path, render: Callable[[io.BytesIO], int], language: str, progress: Progress | None) -> int:
    stream = io.BytesIO()
    register_fonts()
    with binary_streams(), speaking(language):
        pages = render(stream)
    write_bytes_atomically(path, stream.getvalue())
    step(progress, 1, 1)
    return pages


def export_action_plan(session: Session, path: str | os.PathLike[str], *, journey_id: int | None = None,
                       created: dt.datetime | dt.date | None = None, progress: Progress | None = None,
                       language: str | None = None) -> ReportResult:
    """Write the action plan of the project in ``session`` as an A4 portrait PDF at ``path``.

    Which actions: with ``journey_id`` None, every action of the project.
    With a journey, what a consultant hands to that journey's steering group:
    the actions of that journey (``Action.journey_id``), the actions linked to
    one of its cards (an irritant of that map, say), and the project-wide
    actions (no journey and no linked card), which concern every journey;
    actions of other journeys are left out.

    Quick wins are the actions of high impact (3 to 5) and low effort (1 or 2);
    the order of the list is documented in :mod:`app.export.report_actions`.
    ``created`` fixes the date printed and the metadata, and makes the bytes
    reproducible; ``language`` (default: the project's) is the language of
    the labels; ``progress`` may raise :class:`ExportCancelled`, and then
    nothing is written. Raises :class:`ReportError` when there is no action
    to print or no such journey.
    """
    path = Path(path)
    meta = read_meta(session, created, language)
    pages = _write(path, lambda stream: render_action_plan(session, stream, meta, journey_id, created, progress),
                   meta.language, progress)
    return ReportResult(path, pages)


def export_persona_sheets(session: Session, path: str | os.PathLike[str], *, journey_id: int | None = None,
                          created: dt.datetime | dt.date | None = None, progress: Progress | None = None,
                          language: str | None = None) -> ReportResult:
    """Write one A4 portrait page per persona (all of the project's, or ``journey_id``'s) as a PDF at ``path``.

    Each sheet shows the photo (or the initials in the persona's colour when
    there is none or it cannot be read), name, role, segment, age band,
    quote, biography, goals, frustrations, hobbies, service preference,
    digital ease, channels and the journeys the persona appears in. Long
    texts shrink, then are shortened with "…": nothing runs off the page.
    ``created``, ``language`` and ``progress`` as for :func:`export_action_plan`.
    Raises :class:`ReportError` when there is no persona to print.
    """
    path = Path(path)
    meta = read_meta(session, created, language)
    pages = _write(path, lambda stream: render_persona_sheets(session, stream, meta, journey_id, created, progress),
                   meta.language, progress)
    return ReportResult(path, pages)
