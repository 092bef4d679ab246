"""A journey as a vector PDF poster (ReportLab): one sheet from A4 to A0, or tiled onto office paper.

:func:`export_poster` draws the sheet of :class:`app.export.poster_sheet.PosterDrawing`:
the map (the editor's layout, measured with ReportLab and the bundled
DejaVu Sans) laid out again to fill the room the sheet gives it
(:mod:`app.export.poster_fit`: card widths to the room's proportions, taller
rows, type capped), the method's marks (:mod:`app.export.poster_marks`), a
title block and a stamp (the project's revision, Parcours version and date)
on every sheet. Card text printed under 8 pt is said in a warning
(:attr:`PosterResult.warnings`); the file is written all the same.

Tiled printing (``tile="A4"`` or ``"A3"``) draws the poster once as a PDF
Form XObject and shows a window of it at 100 % on each sheet. Only the part
of the poster holding content is tiled (its margins, and at a chosen scale
the white sheet around the map, are left off) and sheets on which nothing
would print are left out; each sheet has one mark per shared edge ("cut
here" on the left and top, a tick where the next sheet comes on the right
and bottom), names its neighbours, and carries a label; the first page is
an assembly guide with the sheet grid. :func:`tile_count` tells how many
sheets a choice needs, for a dialog to show before exporting.

Fonts: DejaVu Sans is embedded (subset, ``/FontFile2``); the PDF uses no
base-14 font. A character it lacks is drawn with an installed font that has
it (:mod:`app.export.font_fallback`, embedded and subset too); emoji joiners
and variation selectors are dropped, and a character no installed font has
is replaced by "□" (U+25A1) and named in a warning.

Reproducible output: pass ``created`` and the same input gives the same
bytes (ReportLab's invariant mode, with that date in the metadata and the
stamp).
"""


import dataclasses
import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from app import __version__
from app.export.fallback_canvas import FLATE_LEVEL, FallbackCanvas, binary_streams
from app.export.files import write_bytes_atomically
from app.export.fonts import REGULAR, ReportLabMetrics, clean_text, register_fonts
from app.export.paper import (
    CANVAS_PT,
    MM,
    PAPERS,
    PosterError,
    TileGrid,
    automatic_orientation,
    content_grid,
    paper_size_mm,
    sheet_size_mm,
    tile_count,
    tile_grid,
)
from app.export.poster_draw import speaking
from app.export.poster_fit import readability
from app.export.poster_options import PosterContent
from app.export.poster_sheet import PosterDrawing, ReadabilityCheck, poster_text
from app.export.progress import ExportCancelled, Progress, step
from app.model.collector import collector_paused
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

#: The poster's entry point, and what its callers use of the layers below (paper, fonts, the drawing).
__all__ = ["CANVAS_PT", "MM", "PAPERS", "ExportCancelled", "PosterDrawing", "PosterError", "PosterResult",
           "ReadabilityCheck", "ReportLabMetrics", "TileGrid", "automatic_orientation", "clean_text", "export_poster",
           "missing_glyphs", "paper_size_mm", "register_fonts", "sheet_size_mm", "tile_count", "tile_grid"]


@dataclass(frozen=True, slots=True)
class PosterResult:
    """What :func:`export_poster` wrote."""

    path: Path
    pages: int
    #: The size of one printed sheet (a tile's when tiled), and its orientation.
    sheet_mm: tuple[float, float]
    orientation: str
    tiles: TileGrid | None
    #: The size of the whole poster (the trimmed sheet when there is a bleed).
    poster_mm: tuple[float, float] = (0.0, 0.0)
    #: The smallest card text as printed, in points.
    smallest_text_pt: float = 0.0
    #: What the user should know about the file written (e.g. text too small to read), one sentence each.
    warnings: tuple[ParcoursError, ...] = ()



# ---------------------------------------------------------------------- the PDF


def _canvas(stream: io.BytesIO, size: tuple[float, float], poster: PosterDrawing,
            created: dt.datetime | dt.date | None) -> Canvas:
    c = FallbackCanvas(stream, pagesize=size, invariant=1 if created is not None else 0, initialFontName=REGULAR,
               initialFontSize=10, pageCompression=1)
    if created is not None:
        stamp = created if isinstance(created, dt.datetime) else dt.datetime.combine(created, dt.time())
        fixed = stamp.strftime("D:%Y%m%d%H%M%S") + "+00'00'"
        c.setDateFormatter(lambda *_: fixed)
    block = poster.block
    c.setTitle(block.journey)
    c.setAuthor(block.author)
    c.setSubject(block.project)
    c.setCreator(f"Parcours {__version__}")
    return c


def export_poster(session: Session, journey_id: int | None, path: str | os.PathLike[str], *, paper: str = "A0",
                  orientation: str | None = None, margin_mm: float = 10.0, tile: str | None = None,
                  tile_orientation: str | None = None, overlap_mm: float = 10.0, bleed_mm: float = 0.0,
                  crop_marks: bool = False, scale_percent: float | None = None, legend: bool = True,
                  persona_panel: bool = True,
                  language: str | None = None, created: dt.datetime | dt.date | None = None,
                  progress: Progress | None = None, content: PosterContent | None = None,
                  compare: int | None = None) -> PosterResult:
    """Write journey ``journey_id`` (None: the first) of the project in ``session`` as a PDF poster.

    ``paper`` is A0..A4 or ``"WIDTHxHEIGHTmm"``; ``orientation`` None turns
    a named sheet landscape when the map is wider than tall and keeps a
    custom size as written. With ``tile`` ("A4"
    or "A3") the poster is cut onto sheets of that paper (``tile_orientation``
    None: whichever needs fewest sheets), preceded by an assembly page.

    The print-shop preset: ``bleed_mm`` (0 to 10; 3 or 5 is usual) grows the
    page by the bleed on every side and sets the TrimBox (the sheet) and the
    BleedBox; ``crop_marks`` draws registration-black marks outside the
    bleed. The file is a plain PDF: PDF/X certification is not provided.
    Bleed and crop marks are for a single sheet, not for tiling.

    ``scale_percent`` draws the map at that size of the canvas at 100 %
    (96 canvas pixels to the inch) instead of fitting it to the sheet, and
    refuses a sheet too small for it.

    ``legend`` and ``persona_panel`` add the legend strip and the column of
    the journey's personas; ``content`` says which of the method's marks to
    print (all by default, see :class:`PosterContent`); ``compare`` overlays
    the curve of that journey (the to-be over the as-is), named in the legend;
    ``language`` (default: the project's) is the language of the printed labels. ``created`` fixes the date of the stamp
    and of the metadata, and makes the bytes reproducible. ``progress`` is
    told how far the export is and may raise :class:`ExportCancelled`. The
    file is written beside ``path`` and renamed over it, so it is never half
    written. Raises :class:`PosterError` for options that cannot be honoured.
    """
    path = Path(path)
    if margin_mm < 0:
        raise PosterError(QT_TRANSLATE_NOOP("errors", "The margin cannot be negative."))
    if not 0.0 <= bleed_mm <= 10.0:
        raise PosterError(QT_TRANSLATE_NOOP("errors", "A bleed of {bleed} mm is not possible: choose 0 to 10 mm "
                                                      "(print shops usually ask for 3 or 5)."), bleed=f"{bleed_mm:g}")
    if tile is not None and (bleed_mm or crop_marks):
        raise PosterError(QT_TRANSLATE_NOOP("errors", "Bleed and crop marks are for a print shop's single sheet; "
                                                      "they cannot be combined with printing on office sheets."))
    if scale_percent is not None and not 1.0 <= scale_percent <= 1000.0:
        raise PosterError(QT_TRANSLATE_NOOP("errors", "A scale of {scale} % is not possible: choose 1 to 1000 %."),
                          scale=f"{scale_percent:g}")
    # The collector is paused while the poster is made: it would walk the process's objects many times
    # over for almost no garbage.
    with collector_paused():
        step(progress, 0, 10)
        poster = PosterDrawing(session, journey_id, created, language=language, legend=legend,
                               persona_panel=persona_panel, content=content or PosterContent(), compare=compare)
        poster.scale_percent = scale_percent
        step(progress, 1, 10)
        sheet_mm, orientation = poster.sheet(paper, orientation, margin_mm)
        stream = io.BytesIO()
        grid: TileGrid | None = None
        with binary_streams(FLATE_LEVEL), speaking(poster.language):
            pages, grid = _render(stream, poster, paper, sheet_mm, _Finish(margin_mm, bleed_mm, crop_marks), tile,
                                  tile_orientation, overlap_mm, created, progress)
        smallest = poster.smallest_text_pt or 0.0
        small = readability(smallest, tiled=tile is not None, personas=bool(poster.personas.personas)) \
            if poster.layout.cards else None
        warnings: list[ParcoursError] = [small] if small is not None else []
        if poster.missing:
            warnings.append(missing_glyphs(poster.missing))
        pdf = stream.getvalue()
        # The drawing (its layouts, wrapped lines...) goes by reference counting while the collector is still
        # off: back on, its first collection has none of it to walk.
        del poster, stream
    write_bytes_atomically(path, pdf)
    step(progress, 1, 1)
    return PosterResult(path, pages, grid.sheet_mm if grid else sheet_mm,
                        grid.orientation if grid else orientation, grid, sheet_mm, smallest, tuple(warnings))


def missing_glyphs(characters: set[str]) -> ParcoursError:
    """The one-line warning naming the characters no installed font has (printed as "□")."""
    return ParcoursError(QT_TRANSLATE_NOOP("errors", "No installed font that can be embedded has {characters}: "
                                                     "they print as \u201c□\u201d."),
                         characters=" ".join(sorted(characters)))


@dataclass(frozen=True, slots=True)
class _Finish:
    """Margins and the print-shop preset, in mm."""

    margin_mm: float
    bleed_mm: float = 0.0
    crop_marks: bool = False

    @property
    def slug_mm(self) -> float:
        """Room beyond the bleed for the crop marks (their offset, length and a line of text)."""
        return 12.0 if self.crop_marks else 0.0


def _render(stream: io.BytesIO, poster: PosterDrawing, paper: str, sheet_mm: tuple[float, float], finish: _Finish,
            tile: str | None, tile_orientation: str | None, overlap_mm: float,
            created: dt.datetime | dt.date | None, progress: Progress | None) -> tuple[int, TileGrid | None]:
    width, height = sheet_mm[0] * MM, sheet_mm[1] * MM
    margin = finish.margin_mm * MM
    grid: TileGrid | None = None
    if tile is None:
        poster.tick = lambda done, total: step(progress, 1 + 8 * done / max(total, 1), 10)
        outside = (finish.bleed_mm + finish.slug_mm) * MM
        c = _canvas(stream, (width + 2.0 * outside, height + 2.0 * outside), poster, created)
        if outside:
            _print_shop(c, poster, finish, width, height)
        c.saveState()
        c.translate(outside, outside)
        poster.draw_sheet(c, width, height, margin)
        c.restoreState()
        c.showPage()
        pages = 1
    else:
        from app.export.poster_tiles import assembly_page, printed_sheets, tile_page  # imports this module's names

        content_mm = None
        if poster.scale_percent is not None:
            # A map at a chosen scale may leave most of the sheet white: only the poster around it is tiled.
            poster.map_scale(poster.frame(width, height, margin))  # refuses a scale the sheet cannot hold
            natural = poster.natural_size(margin, poster.scale_percent)
            width, height = min(width, natural[0]), min(height, natural[1])
            content_mm = (width / MM, height / MM)
        grid = content_grid(sheet_mm, content_mm, tile, tile_orientation, overlap_mm, finish.margin_mm)
        tile_size = (grid.sheet_mm[0] * MM, grid.sheet_mm[1] * MM)
        poster.tick = lambda done, total: step(progress, 1 + 4 * done / max(total, 1), 10)
        c = _canvas(stream, tile_size, poster, created)
        c.beginForm("poster", 0, 0, width, height)
        poster.draw_sheet(c, width, height, margin)
        c.endForm()
        inked = printed_sheets(poster, grid, (width, height))
        grid = dataclasses.replace(grid, blank=tuple(sorted(set(grid.cells()) - set(inked))))
        assembly_page(c, poster, grid, (width, height), paper)
        for done, (row, column) in enumerate(inked):
            tile_page(c, poster, grid, (width, height), row, column)
            step(progress, 5 + 4 * (done + 1) / len(inked), 10)
        pages = len(inked) + 1
    c.save()
    return pages, grid


def _print_shop(c: Canvas, poster: PosterDrawing, finish: _Finish, width: float, height: float) -> None:
    """TrimBox and BleedBox of a sheet drawn at (bleed + slug) from the page's edges, and its crop marks."""
    bleed, slug = finish.bleed_mm * MM, finish.slug_mm * MM
    left = bleed + slug
    c.setTrimBox((left, left, left + width, left + height))
    c.setBleedBox((slug, slug, left + width + bleed, left + height + bleed))
    if not finish.crop_marks:
        return
    # Marks start 3 mm beyond the bleed (never inside it) and run 5 mm, in registration black, 0.25 pt.
    offset, length = bleed + 3.0 * MM, 5.0 * MM
    c.saveState()
    c.setStrokeColorCMYK(1, 1, 1, 1)
    c.setLineWidth(0.25)
    for x, y, sx, sy in ((left, left, -1, -1), (left + width, left, 1, -1),
                         (left, left + height, -1, 1), (left + width, left + height, 1, 1)):
        c.line(x + sx * offset, y, x + sx * (offset + length), y)
        c.line(x, y + sy * offset, x, y + sy * (offset + length))
    c.setFillColorCMYK(0, 0, 0, 1)
    c.setFont(REGULAR, 6.0)
    c.drawString(left, 2.0 * MM, poster_text(QT_TRANSLATE_NOOP(
        "poster", "{journey} · trim {width} x {height} mm · bleed {bleed} mm · {stamp}")).format(
        journey=poster.block.journey, width=f"{width / MM:.0f}", height=f"{height / MM:.0f}",
        bleed=f"{finish.bleed_mm:g}", stamp=poster.stamp()))
    c.restoreState()
