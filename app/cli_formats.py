"""The formats of ``parcours export`` and ``parcours import``: one adapter per suffix, and the export's options.

:data:`EXPORTERS` and :data:`IMPORTERS` map the suffixes of the format table
(:mod:`app.export.formats`) to adapters that turn the command line's options
into the exporter's or the importer's keywords. Exporters and importers are
imported when used, so a CSV export never loads ReportLab or Qt. The poster's
options become a :class:`~app.export.poster_options.PosterOptions`, the same
data the editor's poster dialog fills in. :func:`add_export_options` puts the
options on ``parcours export``; :func:`refuse_options_of_other_formats` says
in one sentence when an option would be ignored by the format chosen.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from app import i18n
from app.cli_common import journey_option, tr, write_text_atomically
from app.export.formats import POSTER_SUFFIXES, import_journey
from app.export.poster_options import PosterOptions
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

#: Writes the project in a session to a file, given the parsed command line (``--journey``, ``--paper``...).
Exporter = Callable[[Session, Path, argparse.Namespace | None], None]
#: Reads a file into the project in a session, given the parsed command line (``--journey``).
Importer = Callable[[Session, Path, argparse.Namespace | None], object]


def _say_warnings(warnings: Sequence[ParcoursError]) -> None:
    for warning in warnings:
        print(" ".join(warning.message(i18n.translate).split()), file=sys.stderr)


def _headless() -> None:
    """Paint without a screen when there is none (pictures of the map need a QGuiApplication)."""
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


# --------------------------------------------------------------------------- the project as JSON


def _export_json(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    from app.export import project_json

    write_text_atomically(path, project_json.dumps(project_json.export_project(session)))


def _import_json(session: Session, path: Path, options: argparse.Namespace | None = None) -> object:
    from app.export.read.limits import MAX_JSON_BYTES, read_capped
    from app.export.read.project_json import import_project

    return import_project(session, read_capped(path, MAX_JSON_BYTES))


# --------------------------------------------------------------------------- a journey as data (csv, xlsx, ojf, mmd)


def _export_csv(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    from app.export import spreadsheet
    from app.export.csv_dialect import dialect_named

    _say_warnings(spreadsheet.export_csv(session, path, journey_option(session, options),
                                         dialect_named(getattr(options, "csv_dialect", None))))


def _export_xlsx(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    from app.export import spreadsheet, workbook

    journey_id = journey_option(session, options)
    spreadsheet.export_xlsx(session, path, journey_id)
    _say_warnings(workbook.left_out(session, journey_id))


def _export_interchange(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    from app.export import mermaid, ojf

    journey_id = journey_option(session, options)
    if path.suffix.lower() == ".mmd":
        _say_warnings(mermaid.export_mermaid(session, journey_id, path))
    else:
        _say_warnings(ojf.export_ojf(session, journey_id, path))


def _import_journey(session: Session, path: Path, options: argparse.Namespace | None = None) -> object:
    """A new journey (``--journey``: its title); a workbook of a journey of this project merges into it."""
    result = import_journey(session, path, journey_title=getattr(options, "journey", None),
                            merge=path.suffix.lower() in (".csv", ".xlsx"))
    _say_warnings(result.warnings)
    return result


# --------------------------------------------------------------------------- posters and reports (pdf)


#: The poster's marks that can be left off: (option dest, PosterOptions field, help).
_MARKS = (
    ("no_goal", "header", QT_TRANSLATE_NOOP("cli", "leave off the band with the customer's goal, expectations and "
                                                   "the objectives served")),
    ("no_durations", "durations", QT_TRANSLATE_NOOP("cli", "leave off the stage durations and waiting times")),
    ("no_severity", "severity", QT_TRANSLATE_NOOP("cli", "leave off the severity and share of customers of pain "
                                                         "points")),
    ("no_first_last", "first_last", QT_TRANSLATE_NOOP("cli", "leave off the marks of the first and last "
                                                             "touchpoints")),
    ("no_channel_kind", "interaction", QT_TRANSLATE_NOOP("cli", "leave off the digital or human marks of "
                                                                "touchpoints")),
    ("no_kpis", "kpis", QT_TRANSLATE_NOOP("cli", "leave off the KPI and measurement-point markers")),
)
#: Options that only a poster (or its image) takes, not the A4 reports.
_POSTER_ONLY = ("paper", "orientation", "tile", "tile_orientation", "overlap", "bleed", "crop_marks", "scale",
                "no_legend", "no_personas", "compare", "evidence_images", *(dest for dest, _field, _help in _MARKS))


def poster_options(session: Session, options: argparse.Namespace | None) -> PosterOptions:
    """The :class:`PosterOptions` the command line asks for (``--paper``, ``--tile``, ``--no-kpis``...)."""
    def get(name: str) -> object:
        return getattr(options, name, None)

    overlap, bleed, scale = get("overlap"), get("bleed"), get("scale")
    return PosterOptions(
        paper=str(get("paper") or "A0"), orientation=_text(get("orientation")), tile=_text(get("tile")),
        tile_orientation=_text(get("tile_orientation")),
        overlap_mm=float(overlap) if isinstance(overlap, float) else 10.0,
        bleed_mm=float(bleed) if isinstance(bleed, float) and bleed else 0.0, crop_marks=bool(get("crop_marks")),
        scale_percent=float(scale) if isinstance(scale, float) else None,
        legend=not get("no_legend"), persona_panel=not get("no_personas"),
        evidence_images=bool(get("evidence_images")), compare=compared_journey(session, options),
        **{field: not get(dest) for dest, field, _help in _MARKS})


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def compared_journey(session: Session, options: argparse.Namespace | None) -> int | None:
    """The id of the journey ``--compare`` names (None without the option)."""
    wanted = getattr(options, "compare", None)
    return None if wanted is None else journey_option(session, argparse.Namespace(journey=wanted))


def _export_pdf(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    journey_id = journey_option(session, options)
    report = getattr(options, "report", None) or "poster"
    if report != "poster":
        _export_report(session, path, options, report, journey_id)
        return
    from app.export import poster
    from app.export.paper import ORIENTATIONS, tile_grid

    chosen = poster_options(session, options)
    result = poster.export_poster(session, journey_id, path, **chosen.keywords())
    for warning in result.warnings:
        print(warning.message(i18n.translate), file=sys.stderr)
    if result.tiles is None or chosen.tile is None:
        return
    grid = result.tiles
    print(tr(QT_TRANSLATE_NOOP("cli", "{sheets} sheets ({rows} x {columns}) and an assembly page.")).format(
        sheets=grid.sheets, rows=grid.rows, columns=grid.columns))
    if grid.sheets_saved:
        print(tr(QT_TRANSLATE_NOOP("cli", "{saved} sheets saved: only the part of the poster that holds content "
                                          "is printed.")).format(saved=grid.sheets_saved))
    other = "landscape" if grid.orientation == "portrait" else "portrait"
    alternative = tile_grid(grid.area_mm, chosen.tile, other, grid.overlap_mm, grid.margin_mm)
    if alternative.sheets < grid.sheets:
        print(tr(QT_TRANSLATE_NOOP("cli", "Tip: {orientation} sheets would need only {sheets} "
                                          "(--tile-orientation {value}).")).format(
            orientation=i18n.translate("poster", ORIENTATIONS[other]), value=other, sheets=alternative.sheets))


def _export_report(session: Session, path: Path, options: argparse.Namespace | None, report: str,
                   journey_id: int | None) -> None:
    """The action plan or the persona sheets (A4 portrait): the poster's options are refused."""
    for name in _POSTER_ONLY:
        value = getattr(options, name, None)
        if value not in (None, False):
            flag = "--" + name.replace("_", "-") if name != "orientation" else f"--{value}"
            raise ParcoursError(QT_TRANSLATE_NOOP(
                "errors", "The {report} report prints on A4 portrait sheets: {option} applies to posters only."),
                report=report, option=flag)
    from app.export import report as reports

    write = reports.export_action_plan if report == "actions" else reports.export_persona_sheets
    result = write(session, path, journey_id=journey_id if getattr(options, "journey", None) else None)
    print(tr(QT_TRANSLATE_NOOP("cli", "{pages} page(s).")).format(pages=result.pages))


# --------------------------------------------------------------------------- pictures (png, svg) and slides (pptx)


def _export_image(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    _headless()
    from app.export import image

    journey_id = journey_option(session, options)
    chosen = poster_options(session, options)
    dpi = getattr(options, "dpi", None)
    result = image.export_image(session, journey_id, path,
                                dpi=dpi if dpi is not None else 96.0, paper=getattr(options, "paper", None),
                                orientation=chosen.orientation, content=chosen.content(), compare=chosen.compare)
    print(tr(QT_TRANSLATE_NOOP("cli", "{width} x {height} px")).format(width=result.width_px,
                                                                       height=result.height_px))


def _export_deck(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    _headless()  # the map's pictures are painted without a screen
    from app.export import deck

    result = deck.export_deck(session, journey_option(session, options), path)
    print(tr(QT_TRANSLATE_NOOP("cli", "{slides} slides.")).format(slides=result.slides))


# --------------------------------------------------------------------------- the tables


#: ``parcours export FILE OUT<suffix>`` calls ``EXPORTERS[suffix](session, out_path, options)``; the suffixes
#: are those of :data:`app.export.formats.EXPORT_SUFFIXES`.
EXPORTERS: dict[str, Exporter] = {
    ".pdf": _export_pdf, ".png": _export_image, ".svg": _export_image, ".csv": _export_csv,
    ".xlsx": _export_xlsx, ".json": _export_json, ".ojf": _export_interchange, ".mmd": _export_interchange,
    ".pptx": _export_deck,
}
#: ``parcours import FILE SOURCE<suffix>`` calls ``IMPORTERS[suffix](session, source_path, options)``; the
#: suffixes are those of :data:`app.export.formats.IMPORT_SUFFIXES`.
IMPORTERS: dict[str, Importer] = {
    ".csv": _import_journey, ".xlsx": _import_journey, ".json": _import_json, ".ojf": _import_journey,
    ".mmd": _import_journey,
}

#: The export options and the output suffixes they apply to (``--journey`` applies to all).
OPTION_SUFFIXES: dict[str, tuple[str, ...]] = {
    **{name: (".pdf",) for name in ("tile", "tile_orientation", "overlap", "bleed", "crop_marks", "scale",
                                    "no_legend", "no_personas", "report")},
    "paper": POSTER_SUFFIXES, "orientation": POSTER_SUFFIXES, "dpi": (".png",), "csv_dialect": (".csv",),
    **{dest: POSTER_SUFFIXES for dest in ("compare", "evidence_images", *(dest for dest, _f, _h in _MARKS))},
}


def refuse_options_of_other_formats(args: argparse.Namespace, suffix: str) -> None:
    """One sentence for an option that would be silently ignored by the format ``suffix`` picks."""
    for name, suffixes in OPTION_SUFFIXES.items():
        value = getattr(args, name, None)
        if value not in (None, False) and suffix not in suffixes:
            flag = "--" + name.replace("_", "-") if name != "orientation" else f"--{value}"
            raise ParcoursError(QT_TRANSLATE_NOOP(
                "errors", "The option {option} does not apply to {suffix} files; it works with {suffixes}."),
                option=flag, suffix=suffix, suffixes=", ".join(suffixes))


def add_export_options(export: argparse.ArgumentParser) -> None:
    """Put the format options on ``parcours export`` (after FILE, OUT and ``--journey``)."""
    export.add_argument("--paper", metavar="SIZE", help=tr(QT_TRANSLATE_NOOP(
        "cli", "paper of a poster or image: A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm "
               "(default: A0 for a PDF, the map's own size for an image)")))
    turn = export.add_mutually_exclusive_group()
    turn.add_argument("--portrait", dest="orientation", action="store_const", const="portrait",
                      help=tr(QT_TRANSLATE_NOOP("cli", "portrait poster (default: landscape when the map is wider)")))
    turn.add_argument("--landscape", dest="orientation", action="store_const", const="landscape",
                      help=tr(QT_TRANSLATE_NOOP("cli", "landscape poster")))
    export.add_argument("--tile", choices=("A4", "A3"), type=str.upper, help=tr(QT_TRANSLATE_NOOP(
        "cli", "print the poster on A4 or A3 sheets at 100 %%")))
    export.add_argument("--tile-orientation", choices=("portrait", "landscape"), help=tr(QT_TRANSLATE_NOOP(
        "cli", "orientation of the sheets (default: the one needing fewest)")))
    export.add_argument("--overlap", type=float, metavar="MM", help=tr(QT_TRANSLATE_NOOP(
        "cli", "overlap of the sheets in mm (default 10)")))
    export.add_argument("--bleed", type=float, metavar="MM", help=tr(QT_TRANSLATE_NOOP(
        "cli", "print-shop bleed in mm, 3 or 5 (adds trim and bleed boxes; not PDF/X)")))
    export.add_argument("--crop-marks", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "draw crop marks outside the trimmed sheet")))
    export.add_argument("--report", choices=("poster", "actions", "personas"), help=tr(QT_TRANSLATE_NOOP(
        "cli", "PDF content: the poster (default), the action plan or the persona sheets")))
    export.add_argument("--scale", type=float, metavar="PERCENT", help=tr(QT_TRANSLATE_NOOP(
        "cli", "draw the map at this percentage of the canvas at 100 %% instead of fitting it to the sheet")))
    export.add_argument("--no-legend", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "leave the legend off the poster")))
    export.add_argument("--no-personas", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "leave the persona panel off the poster")))
    export.add_argument("--csv-dialect", choices=("standard", "excel-fr"), help=tr(QT_TRANSLATE_NOOP(
        "cli", "CSV: standard (commas, decimal point) or excel-fr (semicolons, decimal comma)")))
    export.add_argument("--dpi", type=float, metavar="N", help=tr(QT_TRANSLATE_NOOP(
        "cli", "PNG resolution in dots per inch (default 96: the canvas at 100 %%)")))
    export.add_argument("--compare", metavar="JOURNEY", help=tr(QT_TRANSLATE_NOOP(
        "cli", "overlay the emotion curve of this journey (its to-be, say), named in the legend")))
    export.add_argument("--evidence-images", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "print each card's first evidence image as a thumbnail on it")))
    for dest, _field, help_text in _MARKS:
        export.add_argument("--" + dest.replace("_", "-"), action="store_true", help=tr(help_text))
