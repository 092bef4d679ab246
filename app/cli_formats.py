"""The formats of ``parcours export`` and ``parcours import``: one adapter per suffix, registered with :mod:`app.cli`.

Each adapter turns the command line's options into the exporter's or the
importer's keywords; exporters and importers are imported when used, so a
CSV export never loads ReportLab or Qt. Imported by :mod:`app.cli` the first
time it looks a suffix up.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sqlalchemy.orm import Session

from app import i18n
from app.cli import (
    journey_option,
    register_export_options,
    register_exporter,
    register_importer,
    tr,
    write_text_atomically,
)
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError


def _export_json(session: Session, path: Path) -> None:
    from app.export import project_json

    write_text_atomically(path, project_json.dumps(project_json.export_project(session)))


def _import_json(session: Session, path: Path) -> object:
    from app.export import project_json
    from app.export.read.limits import MAX_JSON_BYTES, read_capped

    return project_json.import_project(session, read_capped(path, MAX_JSON_BYTES))


register_exporter(".json", _export_json)
register_importer(".json", _import_json)


# ---- spreadsheets (app/export/spreadsheet.py): the first journey out, a new journey in


def _export_csv(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    from app.export import spreadsheet
    from app.export.csv_dialect import dialect_named

    spreadsheet.export_csv(session, path, journey_option(session, options),
                           dialect_named(getattr(options, "csv_dialect", None)))


def _export_xlsx(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    from app.export import spreadsheet, workbook

    journey_id = journey_option(session, options)
    spreadsheet.export_xlsx(session, path, journey_id)
    for warning in workbook.left_out(session, journey_id):
        print(" ".join(warning.message(i18n.translate).split()), file=sys.stderr)


def _import_table(session: Session, path: Path, options: argparse.Namespace | None = None) -> object:
    from app.export.read import spreadsheet as spreadsheet_read

    result = spreadsheet_read.import_table(session, path, journey_title=getattr(options, "journey", None),
                                           merge=True)
    for warning in result.warnings:
        print(" ".join(warning.message(i18n.translate).split()), file=sys.stderr)
    return result


for _verb in (_export_csv, _export_xlsx, _import_table):
    _verb.takes_options = True  # type: ignore[attr-defined]
register_exporter(".csv", _export_csv)
register_exporter(".xlsx", _export_xlsx)
register_importer(".csv", _import_table)
register_importer(".xlsx", _import_table)
# ---- end of spreadsheets


# ---- posters (app/export/poster.py): a journey as a PDF, one sheet or tiled


#: The poster's marks that can be left off: (option dest, PosterContent field, help).
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


def _poster_options(export: argparse.ArgumentParser) -> None:
    export.add_argument("--compare", metavar="JOURNEY", help=tr(QT_TRANSLATE_NOOP(
        "cli", "overlay the emotion curve of this journey (its to-be, say), named in the legend")))
    export.add_argument("--evidence-images", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "print each card's first evidence image as a thumbnail on it")))
    for dest, _field, help_text in _MARKS:
        export.add_argument("--" + dest.replace("_", "-"), action="store_true", help=tr(help_text))


register_export_options(_poster_options, {dest: (".pdf", ".png", ".svg")
                                          for dest in ("compare", "evidence_images", *(dest for dest, _f, _h in _MARKS))})


def poster_content(options: argparse.Namespace | None):
    """The :class:`~app.export.poster_marks.PosterContent` the ``--no-...`` options ask for."""
    from app.export.poster_marks import PosterContent

    return PosterContent(**{field: not getattr(options, dest, False) for dest, field, _help in _MARKS},
                         evidence_images=bool(getattr(options, "evidence_images", False)))


def compared_journey(session: Session, options: argparse.Namespace | None) -> int | None:
    """The id of the journey ``--compare`` names (None without the option)."""
    wanted = getattr(options, "compare", None)
    return None if wanted is None else journey_option(session, argparse.Namespace(journey=wanted))


def _export_pdf(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    from app.export import poster

    get = (lambda name, default=None: getattr(options, name, default)) if options is not None else (
        lambda name, default=None: default)
    journey_id = journey_option(session, options)
    report = get("report") or "poster"
    if report != "poster":
        for name in _POSTER_ONLY:
            value = get(name)
            if value not in (None, False):
                flag = "--" + name.replace("_", "-") if name != "orientation" else "--" + value
                raise ParcoursError(QT_TRANSLATE_NOOP(
                    "errors", "The {report} report prints on A4 portrait sheets: {option} applies to posters only."),
                    report=report, option=flag)
        from app.export import report as reports

        write = reports.export_action_plan if report == "actions" else reports.export_persona_sheets
        result = write(session, path, journey_id=journey_id if get("journey") else None)
        print(tr(QT_TRANSLATE_NOOP("cli", "{pages} page(s).")).format(pages=result.pages))
        return
    result = poster.export_poster(
        session, journey_id, path, paper=get("paper") or "A0",
        orientation=get("orientation"), tile=get("tile"), tile_orientation=get("tile_orientation"),
        overlap_mm=get("overlap") if get("overlap") is not None else 10.0,
        bleed_mm=get("bleed") or 0.0, crop_marks=bool(get("crop_marks")), scale_percent=get("scale"),
        legend=not get("no_legend"), persona_panel=not get("no_personas"), content=poster_content(options),
        compare=compared_journey(session, options))
    for warning in result.warnings:
        print(warning.message(i18n.translate), file=sys.stderr)
    if result.tiles is not None:
        grid = result.tiles
        print(tr(QT_TRANSLATE_NOOP("cli", "{sheets} sheets ({rows} x {columns}) and an assembly page.")).format(
            sheets=grid.sheets, rows=grid.rows, columns=grid.columns))
        if grid.sheets_saved:
            print(tr(QT_TRANSLATE_NOOP("cli", "{saved} sheets saved: only the part of the poster that holds content "
                                              "is printed.")).format(saved=grid.sheets_saved))
        other = "landscape" if grid.orientation == "portrait" else "portrait"
        alternative = poster.tile_grid(grid.area_mm, get("tile"), other, grid.overlap_mm, grid.margin_mm)
        if alternative.sheets < grid.sheets:
            print(tr(QT_TRANSLATE_NOOP("cli", "Tip: {orientation} sheets would need only {sheets} "
                                              "(--tile-orientation {value}).")).format(
                orientation=i18n.translate("poster", poster.ORIENTATIONS[other]), value=other,
                sheets=alternative.sheets))


#: Exporters that also read the export options of the command line (``--paper``, ``--tile``...).
_export_pdf.takes_options = True  # type: ignore[attr-defined]
register_exporter(".pdf", _export_pdf)
# ---- end of posters
# ---- images (png, svg): the poster's picture, at the map's natural size or on a paper (app/export/image.py)


def _export_image(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a headless command needs no screen
    from app.export import image

    get = (lambda name: getattr(options, name, None)) if options is not None else (lambda name: None)
    result = image.export_image(session, journey_option(session, options), path,
                                dpi=get("dpi") if get("dpi") is not None else 96.0, paper=get("paper"),
                                orientation=get("orientation"), content=poster_content(options),
                                compare=compared_journey(session, options))
    print(tr(QT_TRANSLATE_NOOP("cli", "{width} x {height} px")).format(width=result.width_px,
                                                                       height=result.height_px))


_export_image.takes_options = True  # type: ignore[attr-defined]
register_exporter(".png", _export_image)
register_exporter(".svg", _export_image)
# ---- end of images


# ---- interchange (ojf, mermaid): one journey out (--journey), a new journey in (--journey: its title)


def _export_interchange(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    from app.export import mermaid, ojf

    journey_id = journey_option(session, options)
    if path.suffix.lower() == ".mmd":
        for warning in mermaid.export_mermaid(session, journey_id, path):
            print(" ".join(warning.message(i18n.translate).split()), file=sys.stderr)
    else:
        ojf.export_ojf(session, journey_id, path)


def _import_interchange(session: Session, path: Path, options: argparse.Namespace | None = None) -> object:
    from app.export import mermaid, ojf

    read = mermaid.import_mermaid if path.suffix.lower() == ".mmd" else ojf.import_ojf
    result = read(session, path, journey_title=getattr(options, "journey", None))
    for warning in result.warnings:
        print(" ".join(warning.message(i18n.translate).split()), file=sys.stderr)
    return result


_export_interchange.takes_options = True  # type: ignore[attr-defined]
_import_interchange.takes_options = True  # type: ignore[attr-defined]
for _suffix_name in (".ojf", ".mmd"):
    register_exporter(_suffix_name, _export_interchange)
    register_importer(_suffix_name, _import_interchange)
# ---- end of interchange


# ---- deck (pptx): the journey and its plan as slides for the steering committee (app/export/deck.py)


def _export_deck(session: Session, path: Path, options: argparse.Namespace | None = None) -> None:
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the map's pictures are painted without a screen
    from app.export import deck

    result = deck.export_deck(session, journey_option(session, options), path)
    print(tr(QT_TRANSLATE_NOOP("cli", "{slides} slides.")).format(slides=result.slides))


_export_deck.takes_options = True  # type: ignore[attr-defined]
register_exporter(".pptx", _export_deck)
# ---- end of deck
