"""File > Export > Poster: the poster dialog with its readability check, the job and the sentence it ends with.

:func:`ask_poster_options` is the real dialog behind the window's
``ask_poster_options`` hook; :func:`poster_job` and :func:`poster_done` are
what :class:`~app.ui.window_export.ExportsController` runs in the background
and says when it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.export.poster_options import PosterOptions
from app.export.progress import Progress
from app.model.errors import ParcoursError
from app.model.schema import Journey

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


def ask_poster_options(parent: QWidget, session: Session, journey_id: int | None, options: PosterOptions,
                       map_size: tuple[float, float] | None) -> PosterOptions | None:
    """Ask how to print the poster of ``journey_id``, starting from ``options`` (None: cancelled)."""
    from app.ui.export_dialog import PosterDialog  # with its preview: not on the editor's start path

    journey = session.get(Journey, journey_id) if journey_id is not None else None
    others = [(ident, title) for ident, title in session.execute(
        select(Journey.id, Journey.title).order_by(Journey.position)) if ident != journey_id] \
        if journey is not None else []
    dialog = PosterDialog(options, map_size, parent, has_personas=bool(journey is not None and journey.personas),
                          readability=readability_check(session, journey_id) if journey is not None else None,
                          journeys=others)
    try:
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def readability_check(session: Session, journey_id: int | None) -> Callable[[PosterOptions], str]:
    """What the poster dialog asks, option by option: does card text print under 8 pt on this sheet?"""
    from app.export.poster import ReadabilityCheck

    check = ReadabilityCheck(session, journey_id)
    answers: dict[tuple[object, ...], str] = {}

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


def poster_job(journey_id: int | None, path: Path, keywords: dict[str, Any]) -> Callable[[Session, Progress], Any]:
    """The background job writing the poster of ``journey_id`` to ``path`` with the dialog's ``keywords``."""

    def job(session: Session, progress: Progress) -> Any:
        from app.export import poster

        return poster.export_poster(session, journey_id, path, progress=progress, **keywords)

    return job


def poster_done(path: Path, keywords: dict[str, Any], has_personas: bool) -> Callable[[Any], str]:
    """What the status bar says when the poster is written: its sheets, and whether its text reads."""

    def done(result: Any) -> str:
        if getattr(result, "tiles", None) is not None:
            grid = result.tiles
            text = (translate("ExportsController", "Exported %1: %2 sheets (%3 x %4) + assembly page.")
                    .replace("%1", path.name).replace("%2", str(grid.sheets)).replace("%3", str(grid.rows))
                    .replace("%4", str(grid.columns)))
        else:
            text = translate("ExportsController", "Exported %1.").replace("%1", path.name)
        if getattr(result, "warnings", ()):
            from app.export.poster_fit import readability

            warning = readability(result.smallest_text_pt, tiled=result.tiles is not None,
                                  personas=keywords.get("persona_panel", True) and has_personas,
                                  command_line=False)
            text = " ".join([text, warning.message(i18n.translate)]) if warning is not None else text
        return text

    return done
