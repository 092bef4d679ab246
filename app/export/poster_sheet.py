"""One journey laid out for paper: what a poster sheet shows and where (title block, map, legend, personas).

:class:`PosterDrawing` reads a journey once (text readied for the fonts, the
layout, the moments of truth, the method's marks, the legend, the persona
panel) and draws a whole sheet on a ReportLab canvas or anything with its
API (:class:`~app.export.reportlab_painter.ReportLabPainter` for images). :mod:`app.export.poster`
writes it as a PDF, one sheet or tiled.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.export import poster_legend
from app.export.font_fallback import prepare as prepare_fallbacks
from app.export.fonts import BOLD, REGULAR, ReportLabMetrics, clean_text, fitted_text, register_fonts, supported_codes
from app.export.paper import CANVAS_PT, MM, PANEL_SHARE, PosterError, automatic_orientation, band_height, sheet_size_mm
from app.export.poster_draw import MapPainter, label, rgb, speaking
from app.export.poster_fit import FittedMap, fit_map, readability
from app.export.poster_legend import draw_legend, legend_height
from app.export.poster_marks import (
    draw_comparison,
    draw_header_band,
    draw_marks,
    draw_persona_curves,
    has_durations,
    header_height,
    header_lines,
    legend_items,
    read_evidence_images,
    read_marks,
)
from app.export.poster_options import EVERY_MARK, PosterContent
from app.model import colours, curve
from app.model.dates import date_text
from app.model.enums import JourneyState
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.journey_data import JourneyData, drop_threshold_of, journey_or_first, read_journey
from app.model.layout import LayoutStyle, MapLayout, TextWrapper, compute_layout
from app.model.persona_curves import persona_curves
from app.model.schema import Channel, Journey, Project

_clean = clean_text

_CONTEXT = "poster"


def poster_text(text: str) -> str:
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


def _clean_data(data: JourneyData, missing: set[str]) -> JourneyData:
    """``data`` with what no installed font can draw replaced (see :func:`clean_text`).

    Those characters go to ``missing``.
    """
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


def _all_text(data: JourneyData, project: Project | None, journey: Journey) -> str:
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


class PosterDrawing:
    """One journey laid out for paper, and the drawing of a whole poster sheet.

    Labels are printed in ``language`` (default: the project's), whatever the
    interface speaks: a French project makes a French poster.
    """

    def __init__(self, session: Session, journey_id: int | None, created: dt.datetime | dt.date | None, *,
                 language: str | None = None, legend: bool = True, persona_panel: bool = True,
                 content: PosterContent = EVERY_MARK, compare: int | None = None) -> None:
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
        if content.evidence_images:
            self.marks.images = read_evidence_images(session, list(self.data.cards))
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
        self.fitted_text: dict[tuple[float, float, float | None], FittedMap] = {}
        self.moments = _moments(self.data, drop_threshold_of(session, journey.id))
        #: One curve per persona scored on its own (a map without per-persona scores has none).
        self.persona_curves = persona_curves(session, curve.touchpoints_of(self.data))
        date = created if created is not None else dt.datetime.now()
        modified = project.modified_at if project else None
        self.revision = (project.revision if project else 0,
                         date_text(modified, self.language or "en") if modified else "")
        self.block = TitleBlock(
            project=clean(project.title if project else ""), journey=self.data.title, state=journey.state,
            personas=tuple(clean(persona.name) for persona in journey.personas),
            author=clean(project.author if project else ""),
            organisation=clean(project.organisation if project else ""),
            date=date_text(date, self.language or "en"))
        self.legend: poster_legend.Groups = []
        if legend:
            channel_ids = {card.channel_id for card in self.data.cards.values() if card.channel_id is not None}
            names = dict(session.execute(select(Channel.id, Channel.name).where(Channel.id.in_(channel_ids))).all())
            with speaking(self.language):
                self.legend = poster_legend.legend_groups(
                    self.data, self.moments, {ident: clean(name) for ident, name in names.items()},
                    self.layout.visibility_line_y is not None,
                    legend_items(self.data, self.marks, content, self.layout, self.compared,
                                 [(item.colour, clean(item.name)) for item in self.persona_curves]))
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
        """The map laid out for ``frame``'s room (see :func:`~app.export.poster_fit.fit_map`).

        With :attr:`scale_percent`, at that scale instead.
        """
        key = (*frame.area, self.scale_percent)
        fitted = self.fitted_text.get(key)
        if fitted is None:
            if self.scale_percent is None:
                fitted = fit_map(self.data, self.metrics, frame.area, self.style, wrapper=self.wrapper,
                                 natural=self.layout)
            else:
                fitted = FittedMap(self.layout, self.map_scale(frame))
            self.fitted_text[key] = fitted
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
                                   max(5.0, frame.band * 0.2), 4.0, max(5.0, frame.band * 0.32))
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
            draw_persona_curves(c, layout, self.data, self.persona_curves)
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
        text, size = fitted_text(metrics, block.journey or "-", title_size, left_width, True, 6.0)
        c.setFillColorRGB(*rgb(colours.TEXT))
        c.setFont(BOLD, size)
        c.drawString(margin, top - metrics.ascent(title_size), text)
        # The words of `parcours info`, already in the catalogue.
        state = label("cli", "as-is" if block.state is JourneyState.AS_IS else "to-be")
        parts = [block.project, state]
        if block.personas:
            parts.append(label("poster", QT_TRANSLATE_NOOP("poster", "Persona: {names}")).format(
                names=", ".join(block.personas)))
        text, size = fitted_text(metrics, "  ·  ".join(part for part in parts if part), sub_size, left_width, False,
                                 5.0)
        c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
        c.setFont(REGULAR, size)
        c.drawString(margin, top - metrics.line_height(title_size) - metrics.ascent(sub_size), text)
        for index, line in enumerate(right_lines):
            text, size = fitted_text(metrics, line, sub_size, right_width, index == 0, 5.0)
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



class ReadabilityCheck:
    """Tells, before exporting, whether a poster's card text would print under 8 pt (for the poster dialog).

    Keeps the journey read and laid out once per choice of legend and
    persona panel; each check fits the map to the sheet asked (no drawing).
    """

    def __init__(self, session: Session, journey_id: int | None) -> None:
        self.session = session
        self.journey_id = journey_id
        self._posters: dict[tuple[bool, bool, PosterContent], PosterDrawing] = {}

    def smallest_text_pt(self, *, paper: str = "A0", orientation: str | None = None, margin_mm: float = 10.0,
                         scale_percent: float | None = None, legend: bool = True, persona_panel: bool = True,
                         content: PosterContent = EVERY_MARK) -> float | None:
        """The card text's size as printed on that sheet (None: a journey without cards)."""
        poster = self._posters.get((legend, persona_panel, content))
        if poster is None:
            poster = self._posters[(legend, persona_panel, content)] = PosterDrawing(
                self.session, self.journey_id, dt.date.today(), legend=legend, persona_panel=persona_panel,
                content=content)
        if not poster.layout.cards:
            return None
        poster.scale_percent = scale_percent
        sheet_mm, _turn = poster.sheet(paper, orientation, margin_mm)
        with speaking(poster.language):
            frame = poster.frame(sheet_mm[0] * MM, sheet_mm[1] * MM, margin_mm * MM)
            return poster.fitted(frame).smallest_text_pt

    def warning(self, *, tile: str | None = None, **sheet: Any) -> ParcoursError | None:
        """The sentence to show before exporting with these options (None: the text reads well)."""
        smallest = self.smallest_text_pt(**sheet)
        if smallest is None:
            return None
        poster = self._posters[(sheet.get("legend", True), sheet.get("persona_panel", True),
                                sheet.get("content", EVERY_MARK))]
        return readability(smallest, tiled=tile is not None, personas=bool(poster.personas.personas),
                           command_line=False)
