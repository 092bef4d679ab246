"""A journey as a vector PDF poster (ReportLab): one sheet from A4 to A0, or tiled onto office paper.

:func:`export_poster` draws the same picture as the editor's canvas (the
layout of :func:`app.model.layout.compute_layout`, measured here with
ReportLab and the bundled DejaVu Sans, so lines wrap where they wrap on
screen), scaled to fit the sheet inside its margins, under a title block
(journey, project, as-is/to-be, personas, author, organisation) and with a
stamp (Parcours version and date) on every sheet.

Tiled printing (``tile="A4"`` or ``"A3"``) draws the poster once as a PDF
Form XObject and shows a window of it at 100 % on each sheet, with
``overlap_mm`` of overlap, alignment ticks on the overlap edges and a label
("row 2/5 · column 3/5", journey, date); the first page is an assembly
guide with the sheet grid. :func:`tile_count` tells how many sheets a choice
needs, for a dialog to show before exporting.

Fonts: DejaVu Sans is embedded (subset, ``/FontFile2``); the PDF uses no
base-14 font. Characters the font lacks are never left to a missing glyph:
emoji joiners and variation selectors are dropped and any other missing
character is replaced by "□" (U+25A1). DejaVu Sans has black-and-white
glyphs for a few emoticons (such as U+1F600), which are kept.

Reproducible output: pass ``created`` and the same input gives the same
bytes (ReportLab's invariant mode, with that date in the metadata and the
stamp).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import math
import os
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.export.files import write_bytes_atomically
from app.export.progress import ExportCancelled, Progress, step
from app.export import poster_legend
from app.export.poster_draw import BOLD, REGULAR, MapPainter, label, rgb, speaking
from app.export.poster_fit import FittedMap, Readability, fit_map, readability
from app.export.poster_marks import (PosterContent, draw_comparison, draw_header_band, draw_marks, has_durations,
                                     header_height, header_lines, legend_items, read_marks)
from app.export.poster_legend import draw_legend, legend_height
from app.model import colours, curve
from app.model.enums import JourneyState
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.journey_data import JourneyData, journey_or_first, read_journey
from app.model.layout import LayoutStyle, MapLayout, TextWrapper, compute_layout
from app.model.schema import Channel, Project

__all__ = ["ExportCancelled", "PAPERS", "PosterResult", "ReadabilityCheck", "ReportLabMetrics", "TileGrid", "export_poster", "paper_size_mm",
           "sheet_size_mm", "tile_count", "tile_grid", "clean_text", "register_fonts"]

from app.export.fonts import REPLACEMENT, ReportLabMetrics, _fitted, clean_text, register_fonts  # noqa: F401
from app.export.fonts import clean_text as _clean
from app.export.font_fallback import FallbackCanvas, prepare as prepare_fallbacks
from app.export.fonts import supported_codes
from app.export.paper import (CANVAS_PT, MM, ORIENTATIONS, PANEL_SHARE, PAPERS, PosterError, TileGrid,  # noqa: F401
                              automatic_orientation, band_height, content_grid, paper_size_mm, sheet_size_mm, tile_count,
                              tile_grid)

_CONTEXT = "poster"


def _tr(text: str) -> str:
    """``text`` of context "poster" in the language of the poster being drawn (see :func:`speaking`)."""
    return label(_CONTEXT, text)


# ---------------------------------------------------------------------- what is drawn


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The words of the title block and the stamp."""

    project: str
    journey: str
    state: JourneyState
    personas: tuple[str, ...]
    author: str
    organisation: str
    date: str


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


def _clean_data(data: JourneyData, missing: set[str]) -> JourneyData:
    """``data`` with what no installed font can draw replaced (see :func:`clean_text`); those characters go to ``missing``."""
    def clean(text: str) -> str:
        return clean_text(text, missing)

    cards = [card for card in data.cards.values() if clean(card.title) != card.title or clean(card.body) != card.body]
    stages = [dataclasses.replace(stage, name=clean(stage.name)) for stage in data.stages]
    lanes = [dataclasses.replace(lane, name=clean(lane.name)) for lane in data.lanes]
    data = dataclasses.replace(data, title=clean(data.title), stages=stages, lanes=lanes)
    if cards:
        data = data.with_cards(dataclasses.replace(card, title=clean(card.title), body=clean(card.body))
                               for card in cards)
    return data


def _all_text(data: JourneyData, project: Project | None, journey) -> str:
    """Every text of the journey the poster prints (to find fonts for its characters in one go)."""
    parts = [data.title, *(stage.name for stage in data.stages), *(lane.name for lane in data.lanes)]
    for card in data.cards.values():
        parts += (card.title, card.body)
    if project is not None:
        parts += (project.title, project.author, project.organisation)
    for persona in journey.personas:
        parts += (persona.name, persona.role, persona.segment, persona.quote, persona.goals, persona.frustrations,
                  *(channel.name for channel in persona.channels))
    text = "\n".join(part for part in parts if part)
    return "" if text.isascii() else text


def _moments(data: JourneyData, drop_threshold: float | None) -> frozenset[int]:
    touchpoints = curve.touchpoints_of(data)
    pinned, suppressed = curve.moment_overrides(touchpoints)
    return frozenset(moment.card_id for moment in curve.moments_of_truth(
        curve.curve_points(touchpoints), data.scale, drop_threshold=drop_threshold,
        pinned=pinned, suppressed=suppressed))


class _Poster:
    """One journey laid out for paper, and the drawing of a whole poster sheet.

    Labels are printed in ``language`` (default: the project's), whatever the
    interface speaks: a French project makes a French poster.
    """

    def __init__(self, session: Session, journey_id: int | None, created: dt.datetime | dt.date | None, *,
                 language: str | None = None, legend: bool = True, persona_panel: bool = True,
                 content: PosterContent = PosterContent(), compare: int | None = None) -> None:
        register_fonts()
        journey = journey_or_first(session, journey_id)
        project = session.get(Project, 1)
        self.language = language or (project.language.value if project else None)
        self.metrics = ReportLabMetrics()
        #: Characters no installed font has: printed as "□" and named in a warning.
        self.missing: set[str] = set()
        data = read_journey(session, journey.id)
        prepare_fallbacks(_all_text(data, project, journey), supported_codes(REGULAR) or frozenset())
        self.data = _clean_data(data, self.missing)
        clean = self.clean
        self.content = content
        self.marks = read_marks(session, journey, self.data, self.clean)
        #: Taller stage headers make room for the durations and waiting times.
        self.style = LayoutStyle(stage_header_height=76.0) if content.durations and has_durations(self.data) \
            else LayoutStyle()
        self.wrapper = TextWrapper(self.metrics)
        #: The journey whose curve is overlaid (the to-be over the as-is), and its title.
        self.compared: JourneyData | None = None
        if compare is not None:
            if compare == journey.id:
                raise PosterError(QT_TRANSLATE_NOOP("errors", "A journey cannot be compared with itself: name "
                                                              "another one (its to-be journey, say)."))
            self.compared = _clean_data(read_journey(session, compare), self.missing)
        #: The map as on the canvas (its proportions choose the orientation); each sheet fits its own.
        self.layout: MapLayout = compute_layout(self.data, self.metrics, self.style, wrapper=self.wrapper)
        self._fitted: dict[tuple[float, float, float | None], FittedMap] = {}
        self.moments = _moments(self.data, journey.drop_threshold)
        date = created if created is not None else dt.datetime.now()
        self.revision = (project.revision if project else 0,
                         project.modified_at.date().isoformat() if project and project.modified_at else "")
        self.block = TitleBlock(
            project=clean(project.title if project else ""), journey=self.data.title, state=journey.state,
            personas=tuple(clean(persona.name) for persona in journey.personas),
            author=clean(project.author if project else ""),
            organisation=clean(project.organisation if project else ""),
            date=(date.date() if isinstance(date, dt.datetime) else date).isoformat())
        self.legend: poster_legend.Groups = []
        if legend:
            channel_ids = {card.channel_id for card in self.data.cards.values() if card.channel_id is not None}
            names = dict(session.execute(select(Channel.id, Channel.name).where(Channel.id.in_(channel_ids))).all())
            with speaking(self.language):
                self.legend = poster_legend.legend_groups(
                    self.data, self.moments, {ident: clean(name) for ident, name in names.items()},
                    self.layout.visibility_line_y is not None,
                    legend_items(self.data, self.marks, content, self.layout, self.compared))
        self.personas = poster_legend.PersonaPanel([poster_legend.PersonaInfo(
            name=clean(persona.name), role=clean(persona.role), segment=clean(persona.segment),
            quote=clean(persona.quote), goals=clean(persona.goals),
            frustrations=clean(persona.frustrations),
            channels=tuple(clean(channel.name) for channel in persona.channels),
            colour=persona.colour, photo=persona.photo) for persona in journey.personas] if persona_panel else [],
            self.metrics)
        #: The map's size in percent of the canvas at 100 % (None: as large as the sheet allows).
        self.scale_percent: float | None = None
        #: Called with (cards drawn, cards) while the map is drawn; may raise to cancel.
        self.tick: Callable[[int, int], None] | None = None
        #: The smallest card text drawn so far, in points (None: no map drawn yet).
        self.smallest_text_pt: float | None = None
        self.inked: list[tuple[float, float, float, float]] = []

    def clean(self, text: str) -> str:
        """``text`` ready to print (see :func:`clean_text`), its unprintable characters noted in :attr:`missing`."""
        return _clean(text, self.missing)

    def stamp(self) -> str:
        """The line printed on every sheet."""
        revision, modified = self.revision
        program = label("poster", QT_TRANSLATE_NOOP("poster", "Parcours {version} · {date}")).format(
            version=__version__, date=self.block.date)
        return label("poster", QT_TRANSLATE_NOOP("poster", "Revision {revision} of {date}")).format(
            revision=revision, date=modified) + " · " + program if modified else program

    def frame(self, width: float, height: float, margin: float) -> SheetFrame:
        """Where everything goes on a ``width`` x ``height`` pt sheet (nothing is drawn)."""
        metrics = self.metrics
        band = band_height(width, height)
        sub_size = band * 0.2
        inner = width - 2.0 * margin
        stamp_size = max(6.0, band * 0.16)
        area_top = height - margin - band - band * 0.25
        header = header_lines(self.marks) if self.content.header else []
        header_size = sub_size * 0.9
        if header:
            area_top -= header_height(metrics, header, header_size) + band * 0.15
        area_bottom = margin + stamp_size * 2.0
        # The legend: a strip above the stamp, its type shrunk until it takes at most 3 rows.
        legend_size, legend_used = 0.0, 0.0
        if self.legend:
            legend_size = max(5.0, sub_size * 0.8)
            while legend_size > 5.0 and legend_height(self.legend, metrics, legend_size, inner) > \
                    metrics.line_height(legend_size) * 1.5 * 3:
                legend_size = max(5.0, legend_size * 0.9)
            legend_used = legend_height(self.legend, metrics, legend_size, inner)
            if legend_used < (area_top - area_bottom) * 0.25:
                area_bottom += legend_used + band * 0.25
            else:
                legend_size, legend_used = 0.0, 0.0
        # The persona panel: a column on the left of the map.
        left, panel_width = margin, 0.0
        if self.personas.personas:
            panel_width = inner * PANEL_SHARE["landscape" if width >= height else "portrait"]
            left += panel_width + band * 0.25
        return SheetFrame(width, height, margin, band, stamp_size, legend_size, legend_used, panel_width,
                          left, area_top, area_bottom)

    def fitted(self, frame: SheetFrame) -> FittedMap:
        """The map laid out for ``frame``'s room (see :func:`~app.export.poster_fit.fit_map`), or at :attr:`scale_percent`."""
        key = (*frame.area, self.scale_percent)
        fitted = self._fitted.get(key)
        if fitted is None:
            if self.scale_percent is None:
                fitted = fit_map(self.data, self.metrics, frame.area, self.style, wrapper=self.wrapper,
                                 natural=self.layout)
            else:
                fitted = FittedMap(self.layout, self.map_scale(frame))
            self._fitted[key] = fitted
        return fitted

    def map_scale(self, frame: SheetFrame) -> float:
        """Points per layout unit of the canvas's map on ``frame``: fitted, or :attr:`scale_percent` if it fits."""
        layout = self.layout
        area_w, area_h = frame.area
        scale = min(area_w / max(layout.width, 1.0), area_h / max(layout.height, 1.0))
        if self.scale_percent is None:
            return scale
        chosen = CANVAS_PT * self.scale_percent / 100.0
        if chosen > scale * 1.0001:
            raise PosterError(QT_TRANSLATE_NOOP(
                "errors", "At {scale} % the map needs a sheet of {width} x {height} mm: choose a larger "
                          "paper or a smaller scale (at most {fits} % on this one)."),
                scale=f"{self.scale_percent:g}",
                width=f"{(frame.width - area_w + layout.width * chosen) / MM:.0f}",
                height=f"{(frame.height - area_h + layout.height * chosen) / MM:.0f}",
                fits=f"{math.floor(scale / CANVAS_PT * 1000.0) / 10.0:g}")
        return chosen

    def natural_size(self, margin: float, scale_percent: float = 100.0) -> tuple[float, float]:
        """The smallest sheet (pt) whose map area holds the map at ``scale_percent`` of the canvas.

        The title band and the stamp grow with the sheet, so the size is found
        by a few steps of "surroundings plus map", each from the last sheet.
        """
        chosen = CANVAS_PT * scale_percent / 100.0
        need_w, need_h = self.layout.width * chosen, self.layout.height * chosen
        width, height = need_w + 2.0 * margin, need_h + 2.0 * margin
        for _ in range(50):
            area_w, area_h = self.frame(width, height, margin).area
            if area_w >= need_w - 1e-6 and area_h >= need_h - 1e-6:
                break
            width = max(width, width - area_w + need_w + 0.01)
            height = max(height, height - area_h + need_h + 0.01)
        return width, height

    def sheet(self, paper: str, orientation: str | None, margin_mm: float) -> tuple[tuple[float, float], str]:
        """The sheet (mm) of ``paper`` and its orientation: None turns a named paper the way the map is largest.

        (See :func:`app.export.paper.automatic_orientation`: the title band,
        legend and persona column count.) A custom size is taken as written.
        Raises :class:`PosterError` for an unknown paper or
        orientation, or margins that leave nothing.
        """
        if orientation is None:
            orientation = automatic_orientation(paper, (self.layout.width, self.layout.height), margin_mm,
                                                persona_panel=bool(self.personas.personas))
        sheet_mm = sheet_size_mm(paper, orientation)
        if min(sheet_mm) <= 2.0 * margin_mm + 20.0:
            raise PosterError(QT_TRANSLATE_NOOP("errors", "Margins of {margin} mm leave nothing of a {paper} sheet."),
                              margin=f"{margin_mm:g}", paper=paper)
        return sheet_mm, orientation

    def draw_sheet(self, c: Canvas, width: float, height: float, margin: float) -> None:
        """The whole poster on a ``width`` x ``height`` pt sheet: title block, map, legend, personas, stamp."""
        with speaking(self.language):
            frame = self.frame(width, height, margin)
            fitted = self.fitted(frame)
            layout, scale = fitted.layout, fitted.scale
            self.smallest_text_pt = min(self.smallest_text_pt or fitted.smallest_text_pt, fitted.smallest_text_pt)
            self._draw_title(c, frame)
            if frame.legend_size:
                # In its strip under the map and the persona column, never across the column.
                draw_legend(c, self.legend, self.metrics, frame.legend_size, margin,
                            frame.area_bottom - frame.band * 0.25, width - 2.0 * margin)
            #: What holds ink (x, y from the bottom, width, height in pt): a tile that shows none is left out.
            self.inked = [(margin, frame.area_top, width - 2.0 * margin, height - margin - frame.area_top),
                          (margin, margin, width - 2.0 * margin, frame.area_bottom - margin)]
            if frame.panel_width:
                self.personas.draw(c, margin, frame.area_top, frame.panel_width, frame.area[1],
                                   max(5.0, frame.band * 0.2), 4.0)
                self.inked.append((margin, frame.area_top - self.personas.used_height, frame.panel_width,
                                   self.personas.used_height))
            # The map, scaled, centred across the space left.
            c.saveState()
            left = frame.left + (frame.area[0] - layout.width * scale) / 2.0
            self.inked.append((left, frame.area_top - layout.height * scale, layout.width * scale,
                               layout.height * scale))
            c.translate(left, frame.area_top)
            c.scale(scale, scale)
            MapPainter(c, layout, self.data, self.metrics, moments=self.moments,
                       lane_colours={lane.id: lane.colour for lane in self.data.lanes},
                       stage_colours={stage.id: stage.colour for stage in self.data.stages}, tick=self.tick).draw()
            draw_marks(c, layout, self.data, self.marks, self.content, self.metrics)
            if self.compared is not None:
                other = compute_layout(self.compared, self.metrics, layout.style, wrapper=self.wrapper)
                draw_comparison(c, layout, self.data, self.compared, other.touchpoint_x)
            c.restoreState()

    def _draw_title(self, c: Canvas, frame: SheetFrame) -> None:
        """Title block (journey large on the left, author and organisation right), rule, header band and stamp."""
        metrics, block = self.metrics, self.block
        width, margin, band = frame.width, frame.margin, frame.band
        header = header_lines(self.marks) if self.content.header else []
        if header:
            draw_header_band(c, metrics, header, margin, frame.height - margin - band - band * 0.15,
                             width - 2.0 * margin, band * 0.2 * 0.9)
        title_size, sub_size = band * 0.42, band * 0.2
        inner = width - 2.0 * margin
        top = frame.height - margin
        right_lines = [line for line in (block.author, block.organisation) if line]
        right_width = min(inner * 0.3, max((metrics.width(line, sub_size) for line in right_lines), default=0.0))
        left_width = inner - right_width - (band if right_width else 0.0)
        text, size = _fitted(metrics, block.journey or "-", title_size, left_width, True, 6.0)
        c.setFillColorRGB(*rgb(colours.TEXT))
        c.setFont(BOLD, size)
        c.drawString(margin, top - metrics.ascent(title_size), text)
        # The words of `parcours info`, already in the catalogue.
        state = label("cli", "as-is" if block.state is JourneyState.AS_IS else "to-be")
        parts = [block.project, state]
        if block.personas:
            parts.append(label("poster", QT_TRANSLATE_NOOP("poster", "Persona: {names}")).format(
                names=", ".join(block.personas)))
        text, size = _fitted(metrics, "  ·  ".join(part for part in parts if part), sub_size, left_width, False, 5.0)
        c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
        c.setFont(REGULAR, size)
        c.drawString(margin, top - metrics.line_height(title_size) - metrics.ascent(sub_size), text)
        for index, line in enumerate(right_lines):
            text, size = _fitted(metrics, line, sub_size, right_width, index == 0, 5.0)
            c.setFont(BOLD if index == 0 else REGULAR, size)
            c.drawRightString(width - margin, top - metrics.ascent(sub_size) - index * metrics.line_height(sub_size),
                              text)
        c.setStrokeColorRGB(*rgb(colours.GRID_LINE))
        c.setLineWidth(max(0.5, band * 0.02))
        c.line(margin, top - band, width - margin, top - band)
        # Stamp: bottom right, on every sheet that shows this corner (tiles carry their own label too).
        c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
        c.setFont(REGULAR, frame.stamp_size)
        c.drawRightString(width - margin, margin, self.stamp())


@dataclass(frozen=True, slots=True)
class SheetFrame:
    """Where the parts of a poster go on one sheet, in points (y up)."""

    width: float
    height: float
    margin: float
    #: Height of the title band; the type of the title block, legend and panel follow it.
    band: float
    stamp_size: float
    #: Type size of the legend (0: no legend), and its height.
    legend_size: float
    legend_height: float
    #: Width of the persona column (0: none).
    panel_width: float
    #: The map's area: left edge, top and bottom.
    left: float
    area_top: float
    area_bottom: float

    @property
    def area(self) -> tuple[float, float]:
        """Width and height of the map's area."""
        return self.width - self.margin - self.left, self.area_top - self.area_bottom


# ---------------------------------------------------------------------- the PDF


def _canvas(stream: io.BytesIO, size: tuple[float, float], poster: _Poster,
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


def export_poster(session: Session, journey_id: int | None, path: str | os.PathLike, *, paper: str = "A0",
                  orientation: str | None = None, margin_mm: float = 10.0, tile: str | None = None,
                  tile_orientation: str | None = None, overlap_mm: float = 10.0, bleed_mm: float = 0.0,
                  crop_marks: bool = False, scale_percent: float | None = None, legend: bool = True, persona_panel: bool = True,
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
    the curve of that journey (the to-be over the as-is), named in the legend; ``language`` (default: the project's) is the
    language of the printed labels. ``created`` fixes the date of the stamp
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
    step(progress, 0, 10)
    poster = _Poster(session, journey_id, created, language=language, legend=legend, persona_panel=persona_panel,
                     content=content or PosterContent(), compare=compare)
    poster.scale_percent = scale_percent
    step(progress, 1, 10)
    sheet_mm, orientation = poster.sheet(paper, orientation, margin_mm)
    stream = io.BytesIO()
    grid: TileGrid | None = None
    with _binary_streams(), speaking(poster.language):
        pages, grid = _render(stream, poster, paper, sheet_mm, _Finish(margin_mm, bleed_mm, crop_marks), tile,
                              tile_orientation, overlap_mm, created, progress)
    write_bytes_atomically(path, stream.getvalue())
    step(progress, 1, 1)
    smallest = poster.smallest_text_pt or 0.0
    small = readability(smallest, tiled=tile is not None, personas=bool(poster.personas.personas)) \
        if poster.layout.cards else None
    warnings = [small] if small is not None else []
    if poster.missing:
        warnings.append(missing_glyphs(poster.missing))
    return PosterResult(path, pages, grid.sheet_mm if grid else sheet_mm,
                        grid.orientation if grid else orientation, grid, sheet_mm, smallest, tuple(warnings))


def missing_glyphs(characters: set[str]) -> ParcoursError:
    """The one-line warning naming the characters no installed font has (printed as "□")."""
    return ParcoursError(QT_TRANSLATE_NOOP("errors", "No installed font that can be embedded has {characters}: "
                                                     "they print as \u201c□\u201d."),
                         characters=" ".join(sorted(characters)))


@contextmanager
def _binary_streams():
    """Flate-only streams while the PDF is made: ASCII85 on top would add a quarter to every page."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


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


def _render(stream: io.BytesIO, poster: _Poster, paper: str, sheet_mm: tuple[float, float], finish: _Finish,
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


def _print_shop(c: Canvas, poster: _Poster, finish: _Finish, width: float, height: float) -> None:
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
    c.drawString(left, 2.0 * MM, _tr(QT_TRANSLATE_NOOP(
        "poster", "{journey} · trim {width} x {height} mm · bleed {bleed} mm · {stamp}")).format(
        journey=poster.block.journey, width=f"{width / MM:.0f}", height=f"{height / MM:.0f}",
        bleed=f"{finish.bleed_mm:g}", stamp=poster.stamp()))
    c.restoreState()


class ReadabilityCheck:
    """Tells, before exporting, whether a poster's card text would print under 8 pt (for the poster dialog).

    Keeps the journey read and laid out once per choice of legend and
    persona panel; each check fits the map to the sheet asked (no drawing).
    """

    def __init__(self, session: Session, journey_id: int | None) -> None:
        self.session = session
        self.journey_id = journey_id
        self._posters: dict[tuple[bool, bool], _Poster] = {}

    def smallest_text_pt(self, *, paper: str = "A0", orientation: str | None = None, margin_mm: float = 10.0,
                         scale_percent: float | None = None, legend: bool = True,
                         persona_panel: bool = True) -> float | None:
        """The card text's size as printed on that sheet (None: a journey without cards)."""
        poster = self._posters.get((legend, persona_panel))
        if poster is None:
            poster = self._posters[(legend, persona_panel)] = _Poster(
                self.session, self.journey_id, dt.date.today(), legend=legend, persona_panel=persona_panel)
        if not poster.layout.cards:
            return None
        poster.scale_percent = scale_percent
        sheet_mm, _turn = poster.sheet(paper, orientation, margin_mm)
        with speaking(poster.language):
            frame = poster.frame(sheet_mm[0] * MM, sheet_mm[1] * MM, margin_mm * MM)
            return poster.fitted(frame).smallest_text_pt

    def warning(self, *, tile: str | None = None, **sheet) -> ParcoursError | None:
        """The sentence to show before exporting with these options (None: the text reads well)."""
        smallest = self.smallest_text_pt(**sheet)
        if smallest is None:
            return None
        poster = self._posters[(sheet.get("legend", True), sheet.get("persona_panel", True))]
        return readability(smallest, tiled=tile is not None, personas=bool(poster.personas.personas),
                           command_line=False)
