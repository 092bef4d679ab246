"""Drawing a laid-out journey map on a ReportLab canvas: the same picture as the editor's canvas.

:meth:`MapPainter.draw` draws a :class:`~app.model.layout.MapLayout` in layout units
(canvas pixels), with the layout's top left corner at the current origin
and y growing *downwards in layout terms*: the caller translates and scales
the ReportLab canvas, and this module writes ``-y`` for every layout ``y``,
so text stays upright without a flip per string.

Channel icons are vector glyphs ported from the canvas's icons (a dot for an
unknown channel, see :mod:`app.export.poster_icons`). Fonts are the bundled DejaVu Sans, registered by
:func:`app.export.fonts.register_fonts` as :data:`~app.export.fonts.REGULAR` and
:data:`~app.export.fonts.BOLD`. :func:`speaking` sets the language labels are
printed in (:func:`label`) while a poster or report is drawn.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from reportlab.pdfgen.canvas import Canvas

from app import i18n
from app.export.fallback_canvas import FallbackCanvas, TextRun
from app.export.fonts import BOLD, REGULAR, ReportLabMetrics
from app.export.pdf_operators import rgb
from app.export.poster_icons import draw_icon
from app.model import colours
from app.model.enums import LaneKind, LinkKind
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.journey_snapshot import JourneyData
from app.model.layout import CardBox, MapLayout, Rect, score_y
from app.model.numbers import number_text
from app.model.wrapping import wrap_text

_BORDER = "#9AA3AD"
_WHITE = (1.0, 1.0, 1.0)
_MARKS = {LaneKind.IRRITANTS: "!", LaneKind.ENCHANTMENTS: "★", LaneKind.OPPORTUNITIES: "+"}

#: Names of the lane kinds (context "labels", shared with the editor's catalogue).
LANE_KIND_NAMES = {
    LaneKind.STEPS: QT_TRANSLATE_NOOP("labels", "Customer steps"),
    LaneKind.TOUCHPOINTS: QT_TRANSLATE_NOOP("labels", "Touchpoints"),
    LaneKind.EMOTIONS: QT_TRANSLATE_NOOP("labels", "Emotion curve"),
    LaneKind.EXPECTATIONS: QT_TRANSLATE_NOOP("labels", "Expectations"),
    LaneKind.IRRITANTS: QT_TRANSLATE_NOOP("labels", "Pain points"),
    LaneKind.ENCHANTMENTS: QT_TRANSLATE_NOOP("labels", "Delights"),
    LaneKind.FRONT_STAGE: QT_TRANSLATE_NOOP("labels", "Front stage"),
    LaneKind.BACK_STAGE: QT_TRANSLATE_NOOP("labels", "Back stage"),
    LaneKind.SUPPORT_SYSTEMS: QT_TRANSLATE_NOOP("labels", "Support systems"),
    LaneKind.OPPORTUNITIES: QT_TRANSLATE_NOOP("labels", "Opportunities"),
    LaneKind.KPIS: QT_TRANSLATE_NOOP("labels", "Indicators"),
    LaneKind.DATA: QT_TRANSLATE_NOOP("labels", "Data"),
    LaneKind.EMPLOYEE: QT_TRANSLATE_NOOP("labels", "Employee experience"),
    LaneKind.EXTERNALITIES: QT_TRANSLATE_NOOP("labels", "Externalities"),
    LaneKind.NOTES: QT_TRANSLATE_NOOP("labels", "Notes"),
}


#: The language of the printed labels while a poster is drawn (None: the interface's); per thread.
_LANGUAGE: ContextVar[str | None] = ContextVar("poster_language", default=None)


@contextmanager
def speaking(language: str | None) -> Iterator[None]:
    """Print the labels drawn inside this block in ``language`` (the project's), not the interface's."""
    token = _LANGUAGE.set(language)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def language() -> str:
    """The language of the poster being drawn: the one given to :func:`speaking`, else the interface's."""
    return _LANGUAGE.get() or i18n.current_language()


def label(context: str, text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP(context, ...)``) in the language of the poster being drawn."""
    language = _LANGUAGE.get()
    return i18n.translate(context, text) if language is None else i18n.translate_in(language, context, text)


def _darker(hex_value: str, factor: float = 1.25) -> tuple[float, float, float]:
    r, g, b = rgb(hex_value)
    return (r / factor, g / factor, b / factor)


class MapPainter:
    """Draws one map on a ReportLab canvas whose origin is the map's top left corner (see module doc)."""

    def __init__(self, canvas: Canvas, layout: MapLayout, data: JourneyData, metrics: ReportLabMetrics, *,
                 moments: frozenset[int] = frozenset(), lane_colours: dict[int, str | None] | None = None,
                 stage_colours: dict[int, str | None] | None = None,
                 tick: Callable[[int, int], None] | None = None) -> None:
        self.c = canvas
        #: Called with (cards drawn, cards) every few hundred cards; may raise to cancel.
        self.tick = tick
        self.layout = layout
        self.data = data
        self.metrics = metrics
        self.moments = moments
        self.lane_colours = lane_colours or {}
        self.stage_colours = stage_colours or {}
        self.ascent = metrics.ascent

    # ------------------------------------------------------------------ helpers

    def _fill(self, hex_value: str) -> None:
        self.c.setFillColorRGB(*rgb(hex_value))

    def _stroke(self, hex_value: str, width: float, dash: tuple[float, ...] | None = None) -> None:
        self.c.setStrokeColorRGB(*rgb(hex_value))
        self.c.setLineWidth(width)
        self.c.setDash(list(dash) if dash else [])

    def _rect(self, rect: Rect, stroke: int = 0, fill: int = 1) -> None:
        self.c.rect(rect.x, -rect.bottom, rect.w, rect.h, stroke=stroke, fill=fill)

    def _disc(self, direct: FallbackCanvas | None, colour: str, x: float, y: float, radius: float, text: str,
              size: float, label: tuple[float, float]) -> None:
        """A filled disc centred on (x, y) (layout units), ``text`` on it in white (``label``: ascent, half a line)."""
        ascent, half_line = label
        baseline = -(y + ascent - half_line)
        if direct is not None:
            direct.disc(rgb(colour), x, -y, radius, _WHITE)
            direct.centred_label(x, baseline, text, BOLD, size)
            return
        self._fill(colour)
        self.c.circle(x, -y, radius, stroke=0, fill=1)
        self._fill("#FFFFFF")
        self.c.setFont(BOLD, size)
        self.c.drawCentredString(x, baseline, text)

    def _wrapped(self, rect: Rect, text: str, size: float, bold: bool, centred: bool,
                 vcentre: bool = False) -> float:
        """Draw ``text`` word-wrapped in ``rect`` (elided when too long); return the height used."""
        line = self.metrics.line_height(size)
        max_lines = max(1, int(rect.h // line))
        lines, _ = wrap_text(text, self.metrics, size, rect.w, max_lines, bold)
        height = line * len(lines)
        top = rect.y + (rect.h - height) / 2.0 if vcentre else rect.y
        font = BOLD if bold else REGULAR
        self.c.setFont(font, size)
        ascent = self.ascent(size)
        # Qt centres each line in a box of lineSpacing: the baseline sits at the top plus the ascent.
        for index, text_line in enumerate(lines):
            baseline = -(top + index * line + ascent)
            if centred:
                self.c.drawCentredString(rect.x + rect.w / 2.0, baseline, text_line)
            else:
                self.c.drawString(rect.x, baseline, text_line)
        return height

    # ------------------------------------------------------------------ the map

    def draw(self) -> None:
        """Everything, bottom to top: grid, curve, links, cards, headers."""
        self.draw_grid()
        self.draw_curves()
        self.draw_links()
        self.draw_cards()
        self.draw_headers()

    def draw_grid(self) -> None:
        """Lane tints, cell lines and the line of visibility."""
        layout, c = self.layout, self.c
        for lane in layout.lanes:
            self._fill(self.lane_colours.get(lane.lane_id) or colours.LANE_TINTS[lane.kind])
            self._rect(lane.rect)
        self._stroke(colours.GRID_LINE, 1.0)
        top = layout.style.stage_header_height
        for stage in layout.stages[1:]:
            c.line(stage.rect.x, -top, stage.rect.x, -layout.height)
        for lane in layout.lanes[1:]:
            c.line(0.0, -lane.rect.y, layout.width, -lane.rect.y)
        if layout.visibility_line_y is not None:
            y = layout.visibility_line_y
            self._stroke(colours.VISIBILITY_LINE, 3.0, (9.0, 6.0))
            c.line(layout.style.lane_header_width, -y, layout.width, -y)
            c.setDash([])
            self._fill(colours.VISIBILITY_LINE)
            c.setFont(BOLD, 11.0)
            c.drawString(layout.style.lane_header_width + 8.0, -(y - 5.0),
                         label("canvas", "Line of visibility"))

    def draw_curves(self) -> None:
        """Neutral and target lines, the curve with its gaps, points coloured by emotion or score."""
        layout, c, scale = self.layout, self.c, self.data.scale
        margin = layout.style.curve_margin
        left = layout.style.lane_header_width
        for lane in layout.lanes:
            points = layout.curve.get(lane.lane_id)
            if points is None:
                continue
            neutral = score_y(scale.neutral, scale, lane.rect, margin)
            self._stroke(colours.NEUTRAL_LINE, 1.0, (1.0, 3.0))
            c.line(left, -neutral, layout.width, -neutral)
            if self.data.target_score is not None:
                y = score_y(self.data.target_score, scale, lane.rect, margin)
                self._stroke(colours.TARGET_LINE, 1.5, (6.0, 4.0))
                c.line(left, -y, layout.width, -y)
            c.setDash([])
            if not points:
                continue
            by_id = {point.card_id: point for point in points}
            path = c.beginPath()
            joined = False
            for card_id in layout.touchpoint_x:
                point = by_id.get(card_id)
                if point is None:
                    joined = False
                elif joined:
                    path.lineTo(point.x, -point.y)
                else:
                    path.moveTo(point.x, -point.y)
                    joined = True
            self._stroke(colours.CURVE_LINE, 2.5)
            c.setLineJoin(1)
            c.drawPath(path, stroke=1, fill=0)
            self._stroke("#FFFFFF", 1.5)
            for point in points:
                emotion = self.data.cards[point.card_id].emotion
                fill = (colours.EMOTION_COLOURS[emotion] if emotion is not None
                        else colours.score_colour(point.score, scale.low, scale.high))
                if point.card_id in self.moments:
                    self._fill(colours.MOMENT_OF_TRUTH)
                    c.circle(point.x, -point.y, 9.0, stroke=0, fill=1)
                self._fill(fill)
                c.circle(point.x, -point.y, 6.0, stroke=1, fill=1)

    def draw_links(self) -> None:
        """Links as arrows routed through the gutters between cards, so they can be followed on paper.

        Each link leaves its card sideways into the gap between stage columns,
        runs along the gap between lanes above the target's lane, comes down
        the gap beside the target and enters it (see :func:`gutter_route`).
        """
        cards, c = self.layout.cards, self.c
        columns = {stage.stage_id: stage.rect for stage in self.layout.stages}
        rows = {lane.lane_id: lane.rect for lane in self.layout.lanes}
        for index, link in enumerate(self.data.links):
            source, target = cards.get(link.source_id), cards.get(link.target_id)
            if source is None or target is None:
                continue
            points = gutter_route(source, target, columns, rows, (index % 3 - 1) * 3.0)
            self._stroke(colours.CURVE_LINE, 1.8, (5.0, 3.0) if link.kind is LinkKind.RELATES else None)
            path = c.beginPath()
            path.moveTo(points[0][0], -points[0][1])
            for x, y in points[1:]:
                path.lineTo(x, -y)
            c.setLineJoin(1)
            c.drawPath(path, stroke=1, fill=0)
            c.setDash([])
            (x1, y1), (x2, y2) = points[-2], points[-1]
            angle = math.atan2(y2 - y1, x2 - x1)
            head = c.beginPath()
            head.moveTo(x2, -y2)
            for turn in (-0.4, 0.4):
                head.lineTo(x2 - math.cos(angle + turn) * 9.0, -(y2 - math.sin(angle + turn) * 9.0))
            head.close()
            self._fill(colours.CURVE_LINE)
            c.drawPath(head, stroke=0, fill=1)

    def draw_cards(self) -> None:
        """Every card: fill, accent stripe, wrapped text, channel icon, score badge, kind mark."""
        layout, c, style, data = self.layout, self.c, self.layout.style, self.data
        title_line = self.metrics.line_height(style.title_size)
        body_line = self.metrics.line_height(style.body_size)
        title_ascent = self.ascent(style.title_size)
        body_ascent = self.ascent(style.body_size)
        title_font = BOLD if style.title_bold else REGULAR
        title_size, body_size, padding, gap = style.title_size, style.body_size, style.card_padding, style.text_gap
        scale, cards, moments, tick = data.scale, data.cards, self.moments, self.tick
        total = len(layout.cards)
        text_colour, muted_colour = rgb(colours.TEXT), rgb(colours.MUTED_TEXT)
        # A badge's or mark's label: its baseline is its ascent below the disc's centre, less half a line.
        badge_label = (self.ascent(10.0), self.metrics.line_height(10.0) / 2.0)
        mark_label = (self.ascent(11.0), self.metrics.line_height(11.0) / 2.0)
        badges: dict[float, tuple[str, str]] = {}
        # On the PDF poster's canvas a card's box and text are written in one go (the same bytes as the calls).
        direct = c if isinstance(c, FallbackCanvas) and c.writes_directly() else None
        # The border's pen is set once; only a moment of truth's ring changes it (icons restore theirs).
        bordered = False
        for index, (card_id, box) in enumerate(layout.cards.items()):
            if tick is not None and index % 256 == 0:
                tick(index, total)
            card = cards[card_id]
            rect, kind = box.rect, box.kind
            x, top = rect.x, rect.y
            if not bordered:
                self._stroke(_BORDER, 1.0)
                bordered = True
            # The stripe's 2 px rounding is invisible on paper; a plain rectangle is a quarter of the operators.
            mark = _MARKS.get(kind)
            stripe = 6.0 if mark else 4.0
            if direct is not None:
                direct.card_box(rgb(card.colour or colours.CARD_FILLS[kind]), x + 0.5, -(rect.bottom - 0.5),
                                rect.w - 1.0, rect.h - 1.0, 4.0, rgb(colours.LANE_ACCENTS[kind]), stripe)
            else:
                self._fill(card.colour or colours.CARD_FILLS[kind])
                c.roundRect(x + 0.5, -(rect.bottom - 0.5), rect.w - 1.0, rect.h - 1.0, 4.0, stroke=1, fill=1)
                self._fill(colours.LANE_ACCENTS[kind])
                c.rect(x + 0.5, -(rect.bottom - 0.5), stripe, rect.h - 1.0, stroke=0, fill=1)
            title_lines, body_lines = box.title_lines, box.body_lines
            if title_lines or body_lines:
                # One text object per card, lines advanced by the leading: far fewer operators than a
                # drawString per line on a 2,000-card map.
                y = top + padding
                runs: list[TextRun] = []
                if title_lines:
                    runs.append((-(y + title_ascent), text_colour, title_font, title_size, title_line, title_lines))
                    y += title_line * len(title_lines) + gap
                if body_lines:
                    runs.append((-(y + body_ascent), muted_colour, REGULAR, body_size, body_line, body_lines))
                if direct is None or not direct.text_block(x + padding, runs):
                    _text_object(c, x + padding, runs)
            if box.icon_rect is not None:
                draw_icon(c, box.icon_rect, card.channel_icon, colours.STAGE_HEADER_FILL)
            if box.badge_rect is not None and card.score is not None:
                badge = box.badge_rect
                cx, cy = badge.center
                look = badges.get(card.score)
                if look is None:
                    look = badges[card.score] = (colours.score_colour(card.score, scale.low, scale.high),
                                                 number_text(card.score, language()))
                self._disc(direct, look[0], cx, cy, badge.w / 2.0, look[1], 10.0, badge_label)
            if mark and box.icon_rect is None:
                size = style.icon_size
                cx = rect.right - padding - size / 2.0
                cy = top + padding + size / 2.0
                self._disc(direct, colours.LANE_ACCENTS[kind], cx, cy, size / 2.0, mark, 11.0, mark_label)
            if card_id in moments:
                self._stroke(colours.MOMENT_OF_TRUTH, 2.5)
                bordered = False
                c.roundRect(x + 1.5, -(rect.bottom - 1.5), rect.w - 3.0, rect.h - 3.0, 3.0, stroke=1, fill=0)

    def draw_headers(self) -> None:
        """Stage headers (dark), lane headers (tint, accent, name and kind) and the corner with the title."""
        layout, c = self.layout, self.c
        for stage in layout.stages:
            rect = stage.header_rect
            self._fill(self.stage_colours.get(stage.stage_id) or colours.STAGE_HEADER_FILL)
            self._rect(rect)
            self._stroke("#FFFFFF", 1.0)
            c.line(rect.right, -rect.y, rect.right, -rect.bottom)
            self._fill(colours.STAGE_HEADER_TEXT)
            self._wrapped(Rect(rect.x + 8.0, rect.y + 4.0, rect.w - 16.0, rect.h - 8.0), stage.name, 14.0, True,
                          centred=True, vcentre=True)
        for lane in layout.lanes:
            rect = lane.header_rect
            self._fill(self.lane_colours.get(lane.lane_id) or colours.LANE_TINTS[lane.kind])
            self._rect(rect)
            self._fill(colours.LANE_ACCENTS[lane.kind])
            self._rect(Rect(rect.x, rect.y, 6.0, rect.h))
            self._stroke(colours.GRID_LINE, 1.0)
            c.line(rect.right, -rect.y, rect.right, -rect.bottom)
            c.line(rect.x, -rect.bottom, rect.right, -rect.bottom)
            text = Rect(rect.x + 14.0, rect.y + 8.0, rect.w - 24.0, rect.h - 16.0)
            kind = label("labels", LANE_KIND_NAMES[lane.kind])
            name = lane.name or kind
            self._fill(colours.TEXT)
            used = self._wrapped(text, name, 14.0, True, centred=False)
            if kind != name and text.h - used - 2.0 >= self.metrics.line_height(11.0):
                self._fill(colours.MUTED_TEXT)
                self._wrapped(Rect(text.x, text.y + used + 2.0, text.w, text.h - used - 2.0), kind, 11.0, False,
                              centred=False)
        corner = Rect(0.0, 0.0, layout.style.lane_header_width, layout.style.stage_header_height)
        c.setFillColorRGB(*_darker(colours.STAGE_HEADER_FILL))
        self._rect(corner)
        self._fill("#FFFFFF")
        self._wrapped(Rect(10.0, 4.0, corner.w - 18.0, corner.h - 8.0), self.data.title, 12.0, True,
                      centred=False, vcentre=True)


def _text_object(c: Canvas, x: float, runs: list[TextRun]) -> None:
    """Draw runs of lines (see :meth:`FallbackCanvas.text_block`) through one ReportLab text object."""
    text = c.beginText(x, runs[0][0])
    for index, (y, colour, font, size, leading, lines) in enumerate(runs):
        if index:
            text.setTextOrigin(x, y)
        text.setFillColorRGB(*colour)
        text.setFont(font, size, leading)
        for line in lines:
            text.textLine(line)
    c.drawText(text)


def gutter_route(source: CardBox, target: CardBox, columns: dict[int, Rect], rows: dict[int, Rect],
                 shift: float = 0.0) -> list[tuple[float, float]]:
    """The corners of a link from card box ``source`` to ``target`` through the gutters (layout units, y down).

    ``columns`` and ``rows`` are the stage and lane rectangles by id; ``shift``
    moves the link a little off the gutters' middle, so links sharing a
    gutter stay apart.
    """
    src, dst = source.rect, target.rect
    src_column, dst_column = columns[source.stage_id], columns[target.stage_id]
    rightwards = dst_column.x >= src_column.x
    # Leave sideways into the gap beside the source's column (the right one unless the target lies left).
    start = (src.right, src.center[1]) if rightwards else (src.x, src.center[1])
    out_x = (src_column.right if rightwards else src_column.x) + shift
    # Come in from the gap beside the target's column, facing the source.
    if dst_column.x > src_column.x:
        end, in_x = (dst.x, dst.center[1]), dst_column.x + shift
    elif dst_column.x < src_column.x:
        end, in_x = (dst.right, dst.center[1]), dst_column.right + shift
    else:
        end, in_x = (dst.right, dst.center[1]), out_x
    if abs(in_x - out_x) < 1e-6:
        return [start, (out_x, start[1]), (out_x, end[1]), end]
    # Cross the columns between along the gap above the target's lane (or below the source's, going up).
    src_row, dst_row = rows[source.lane_id], rows[target.lane_id]
    cross_y = (dst_row.y if dst_row.y >= src_row.y else src_row.y) + shift
    return [start, (out_x, start[1]), (out_x, cross_y), (in_x, cross_y), (in_x, end[1]), end]


__all__ = ["MapPainter", "draw_icon", "gutter_route", "label", "rgb", "speaking", "REGULAR", "BOLD", "LANE_KIND_NAMES"]
