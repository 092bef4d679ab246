"""What the method puts on the wall, drawn over the map: durations, severity, first and last, channels, KPIs.

:func:`read_marks` reads what the map's layout does not carry (the journey's
goal, expectations and objectives, each touchpoint's digital or human
nature, the KPIs and measurement points placed on cards and stages);
:func:`draw_marks` draws them in layout units over a
:class:`~app.export.poster_draw.MapPainter`'s map (same origin, same
``-y``); :func:`draw_comparison` overlays another journey's curve (the
to-be over the as-is). :class:`~app.export.poster_options.PosterContent` says which of them to print.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.fonts import BOLD, REGULAR, ReportLabMetrics
from app.export.poster_draw import label, language, rgb
from app.export.poster_legend import LegendItem
from app.export.poster_options import PosterContent
from app.model import colours
from app.model.enums import Interaction, LaneKind
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.journey_snapshot import JourneyData
from app.model.layout import MapLayout, Rect, score_y
from app.model.numbers import number_text
from app.model.persona_curves import PersonaCurve
from app.model.schema import KPI, Channel, Journey, MeasurementPoint

#: Colours of the marks.
DIGITAL = "#2F80C0"
HUMAN = "#D9822B"
KPI_MARK = "#6C3FA0"
COMPARE_LINE = "#8E44AD"
_FIRST = QT_TRANSLATE_NOOP("poster", "first")
_LAST = QT_TRANSLATE_NOOP("poster", "last")
_WAIT = QT_TRANSLATE_NOOP("poster", "waiting: {time}")


@dataclass
class Marks:
    """What the marks need that the layout lacks (text already cleaned for the fonts)."""

    goal: str = ""
    expectations: str = ""
    #: Card id -> (the bytes of its first evidence image, how many it has); read when the poster asks.
    images: dict[int, tuple[bytes, int]] = field(default_factory=dict)
    objectives: tuple[str, ...] = ()
    interaction: dict[int, Interaction] = field(default_factory=dict)
    #: Cards and stages carrying a KPI, and those where satisfaction is measured.
    kpi_cards: set[int] = field(default_factory=set)
    kpi_stages: set[int] = field(default_factory=set)
    measured_cards: set[int] = field(default_factory=set)
    measured_stages: set[int] = field(default_factory=set)


def has_durations(data: JourneyData) -> bool:
    """Whether a stage of ``data`` has a duration or a waiting time to print."""
    return any(stage.duration or stage.waiting_time for stage in data.stages)


def read_marks(session: Session, journey: Journey, data: JourneyData, clean: Callable[[str], str]) -> Marks:
    """The marks of ``journey`` (``clean`` readies text for the fonts)."""
    marks = Marks(goal=clean(journey.customer_goal or ""), expectations=clean(journey.expectations or ""),
                  objectives=tuple(clean(objective.title) for objective in journey.objectives if objective.title))
    natures = dict(session.execute(select(Channel.id, Channel.nature)).all())
    touch_lanes = {lane.id for lane in data.lanes if lane.kind is LaneKind.TOUCHPOINTS}
    for card in data.cards.values():
        if card.lane_id not in touch_lanes:
            continue
        nature = card.interaction or (natures.get(card.channel_id) if card.channel_id is not None else None)
        if nature is not None:
            marks.interaction[card.id] = nature
    stage_ids = {stage.id for stage in data.stages}
    for card_id, stage_id in session.execute(select(KPI.card_id, KPI.stage_id)):
        if card_id in data.cards:
            marks.kpi_cards.add(card_id)
        elif stage_id in stage_ids:
            marks.kpi_stages.add(stage_id)
    for card_id, stage_id in session.execute(select(MeasurementPoint.card_id, MeasurementPoint.stage_id)
                                             .where(MeasurementPoint.journey_id == journey.id)):
        if card_id in data.cards:
            marks.measured_cards.add(card_id)
        elif stage_id in stage_ids:
            marks.measured_stages.add(stage_id)
    return marks


def _pill(c: Canvas, metrics: ReportLabMetrics, text: str, x: float, top: float, size: float, fill: str,
          right: bool = False) -> float:
    """A small rounded tag with white bold ``text``, its top at ``top``; returns its width."""
    width = metrics.width(text, size, True) + size * 0.8
    left = x - width if right else x
    height = size * 1.35
    c.setFillColorRGB(*rgb(fill))
    c.roundRect(left, -(top + height), width, height, height / 2.0, stroke=0, fill=1)
    c.setFillColorRGB(1.0, 1.0, 1.0)
    c.setFont(BOLD, size)
    c.drawString(left + size * 0.4, -(top + height * 0.72), text)
    return width


def draw_marks(c: Canvas, layout: MapLayout, data: JourneyData, marks: Marks, content: PosterContent,
               metrics: ReportLabMetrics) -> None:
    """Draw the marks ``content`` asks for over the map (layout units, y down written as ``-y``)."""
    style = layout.style
    if content.durations:
        for stage in layout.stages:
            source = data.stages[stage.index]
            parts = [source.duration] if source.duration else []
            if source.waiting_time:
                parts.append(label("poster", _WAIT).format(time=source.waiting_time))
            if not parts:
                continue
            rect = stage.header_rect
            text = "◷ " + " · ".join(parts)
            size = 10.0
            while size > 6.0 and metrics.width(text, size) > rect.w - 12.0:
                size -= 0.5
            while len(text) > 1 and metrics.width(text, size) > rect.w - 12.0:
                text = text[:-2] + "…"
            c.setFillColorRGB(*rgb("#DDE3EA"))
            c.setFont(REGULAR, size)
            c.drawCentredString(rect.x + rect.w / 2.0, -(rect.bottom - 6.0), text)
    for card_id, box in layout.cards.items():
        card = data.cards[card_id]
        rect = box.rect
        if content.evidence_images and card_id in marks.images:
            _evidence_thumbnail(c, metrics, *marks.images[card_id], rect)
        if content.severity and box.kind is LaneKind.IRRITANTS and (card.severity or card.affected_share is not None):
            parts = []
            if card.severity:
                parts.append("●" * card.severity + "○" * (5 - card.severity))
            if card.affected_share is not None:
                parts.append(f"{number_text(card.affected_share, language())} %")
            text = "  ".join(parts)
            c.setFillColorRGB(*rgb(colours.LANE_ACCENTS[LaneKind.IRRITANTS]))
            c.setFont(BOLD, 8.0)
            c.drawRightString(rect.right - style.card_padding, -(rect.bottom - 4.0), text)
        if content.first_last and box.kind is LaneKind.TOUCHPOINTS and (card.is_first or card.is_last):
            words = [label("poster", _FIRST)] if card.is_first else []
            if card.is_last:
                words.append(label("poster", _LAST))
            _pill(c, metrics, " · ".join(words), rect.x + 10.0, rect.y - 6.0, 8.0, colours.STAGE_HEADER_FILL)
        if content.interaction and card_id in marks.interaction:
            # A ring around the channel icon: round for a human, square for a digital touchpoint.
            human = marks.interaction[card_id] is Interaction.HUMAN
            icon = box.icon_rect
            cx, cy = icon.center if icon is not None else (rect.right - style.card_padding - 8.0,
                                                           rect.y + style.card_padding + 8.0)
            c.setStrokeColorRGB(*rgb(HUMAN if human else DIGITAL))
            c.setLineWidth(1.6)
            if human:
                c.circle(cx, -cy, 11.0, stroke=1, fill=0)
            else:
                c.rect(cx - 10.5, -(cy + 10.5), 21.0, 21.0, stroke=1, fill=0)
        if content.kpis and (card_id in marks.kpi_cards or card_id in marks.measured_cards):
            tags = (["KPI"] if card_id in marks.kpi_cards else []) + (["◎"] if card_id in marks.measured_cards else [])
            _pill(c, metrics, " ".join(tags), rect.right - 8.0, rect.y - 6.0, 8.0, KPI_MARK, right=True)
    if content.kpis:
        for stage in layout.stages:
            tags = ((["KPI"] if stage.stage_id in marks.kpi_stages else [])
                    + (["◎"] if stage.stage_id in marks.measured_stages else []))
            if tags:
                rect = stage.header_rect
                _pill(c, metrics, " ".join(tags), rect.right - 6.0, rect.y + 4.0, 8.0, KPI_MARK, right=True)


def draw_comparison(c: Canvas, layout: MapLayout, data: JourneyData, other: JourneyData,
                    other_x: dict[int, float]) -> None:
    """Overlay the curve of journey ``other`` (x from its own layout in the same style) on the emotions lanes."""
    points = [(other_x[card_id], score) for card_id in other_x
              if (score := other.cards[card_id].score) is not None]
    if not points:
        return
    for lane in layout.lanes:
        if lane.lane_id not in layout.curve:
            continue
        path = c.beginPath()
        for index, (x, score) in enumerate(points):
            y = score_y(score, data.scale, lane.rect, layout.style.curve_margin)
            if index:
                path.lineTo(x, -y)
            else:
                path.moveTo(x, -y)
        c.setStrokeColorRGB(*rgb(COMPARE_LINE))
        c.setLineWidth(2.5)
        c.setDash([7.0, 4.0])
        c.drawPath(path, stroke=1, fill=0)
        c.setDash([])
        c.setFillColorRGB(*rgb(COMPARE_LINE))
        for x, score in points:
            c.circle(x, -score_y(score, data.scale, lane.rect, layout.style.curve_margin), 4.0, stroke=0, fill=1)


#: The thumbnail's box on a card's bottom-right corner, as on the canvas (points).
THUMBNAIL = (34.0, 26.0)


def read_evidence_images(session: Session, card_ids: list[int]) -> dict[int, tuple[bytes, int]]:
    """The first image and the number of images of each card that has evidence images."""
    from sqlalchemy import func

    from app.model.schema import CardImage

    found: dict[int, tuple[bytes, int]] = {}
    counts = dict(session.execute(select(CardImage.card_id, func.count(CardImage.id))
                                  .where(CardImage.card_id.in_(card_ids)).group_by(CardImage.card_id)).all())
    for card_id, image in session.execute(select(CardImage.card_id, CardImage.image)
                                          .where(CardImage.card_id.in_(list(counts)))
                                          .order_by(CardImage.card_id, CardImage.position)):
        found.setdefault(card_id, (image, counts[card_id]))
    return found


def _evidence_thumbnail(c: Canvas, metrics: ReportLabMetrics, image: bytes, count: int, rect: Rect) -> None:
    """The image scaled into :data:`THUMBNAIL` on the card's bottom-right corner, framed; "+n" for more."""
    import io

    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(image))
        width, height = reader.getSize()
    except Exception:  # an image the editor accepted but ReportLab cannot read: no thumbnail
        return
    scale = min(THUMBNAIL[0] / width, THUMBNAIL[1] / height)
    w, h = width * scale, height * scale
    x, top = rect.right - 4.0 - w, rect.bottom - 4.0 - h
    c.drawImage(reader, x, -(top + h), w, h, mask="auto")
    c.setStrokeColorRGB(*rgb("#9AA3AD"))
    c.setLineWidth(0.6)
    c.rect(x, -(top + h), w, h, stroke=1, fill=0)
    if count > 1:
        _pill(c, metrics, f"+{count - 1}", x - 2.0, top - 4.0, 7.0, "#37474F")


def draw_persona_curves(c: Canvas, layout: MapLayout, data: JourneyData, curves: Sequence[PersonaCurve]) -> None:
    """One solid line per persona scored on its own (:func:`app.model.persona_curves.persona_curves`), in its colour."""
    for persona in curves:
        for lane in layout.lanes:
            if lane.lane_id not in layout.curve:
                continue
            path, drawing = c.beginPath(), False
            for point in persona.points:
                x = layout.touchpoint_x.get(point.card_id)
                if point.score is None or x is None:
                    drawing = False  # a gap: the persona has no score here
                    continue
                y = -score_y(point.score, data.scale, lane.rect, layout.style.curve_margin)
                path.lineTo(x, y) if drawing else path.moveTo(x, y)
                drawing = True
            c.setStrokeColorRGB(*rgb(persona.colour))
            c.setLineWidth(2.0)
            c.drawPath(path, stroke=1, fill=0)


_GOAL = QT_TRANSLATE_NOOP("poster", "Customer goal")
_EXPECTATIONS = QT_TRANSLATE_NOOP("poster", "Expectations")
_OBJECTIVES = QT_TRANSLATE_NOOP("poster", "Objectives served")


def header_lines(marks: Marks) -> list[tuple[str, str]]:
    """(heading, text) of the header band: goal, expectations, objectives (only those filled in)."""
    lines = []
    for heading, text in ((_GOAL, marks.goal), (_EXPECTATIONS, marks.expectations),
                          (_OBJECTIVES, ", ".join(marks.objectives))):
        text = " ".join(text.split())
        if text:
            lines.append((label("poster", heading), text))
    return lines


def draw_header_band(c: Canvas, metrics: ReportLabMetrics, lines: list[tuple[str, str]], x: float, top: float,
                     width: float, size: float) -> None:
    """The header band's lines from ``top`` down (page points, y up), each elided to ``width``."""
    from app.export.fonts import fitted_text

    line_height = metrics.line_height(size) * 1.2
    for index, (heading, text) in enumerate(lines):
        baseline = top - index * line_height - metrics.ascent(size)
        head = f"{heading}\u00a0: " if language() == "fr" else f"{heading}: "
        head_width = metrics.width(head, size, True)
        c.setFillColorRGB(*rgb(colours.TEXT))
        c.setFont(BOLD, size)
        c.drawString(x, baseline, head)
        rest, rest_size = fitted_text(metrics, text, size, width - head_width, False, size * 0.8)
        c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
        c.setFont(REGULAR, rest_size)
        c.drawString(x + head_width, baseline, rest)


def header_height(metrics: ReportLabMetrics, lines: list[tuple[str, str]], size: float) -> float:
    """Height (pt) of the header band's lines at ``size``."""
    return metrics.line_height(size) * 1.2 * len(lines)


_DIGITAL = QT_TRANSLATE_NOOP("poster", "Digital touchpoint")
_HUMAN = QT_TRANSLATE_NOOP("poster", "Human touchpoint")
_FIRST_LAST = QT_TRANSLATE_NOOP("poster", "First / last touchpoint")
_KPI = QT_TRANSLATE_NOOP("poster", "KPI")
_MEASURE = QT_TRANSLATE_NOOP("poster", "Satisfaction measured here")
_SEVERITY = QT_TRANSLATE_NOOP("poster", "Severity (1 to 5) and share of customers")
_DURATION = QT_TRANSLATE_NOOP("poster", "Duration and waiting time")
_COMPARED = QT_TRANSLATE_NOOP("poster", "Curve of {journey}")
_PERSONA_CURVE = QT_TRANSLATE_NOOP("poster", "Curve of {persona}")


def legend_items(data: JourneyData, marks: Marks, content: PosterContent, layout: MapLayout,
                 compared: JourneyData | None, persona_curves: Sequence[tuple[str, str]] = ()) -> list[LegendItem]:
    """The legend's entries for the marks this poster prints (``persona_curves``: colour and name of each)."""
    items = []
    touch = [data.cards[card_id] for card_id in layout.cards if layout.cards[card_id].kind is LaneKind.TOUCHPOINTS]
    if content.durations and has_durations(data):
        items.append(LegendItem("severity", (colours.TEXT, "◷"), label("poster", _DURATION)))
    if content.severity and any(card.severity or card.affected_share is not None for card in data.cards.values()
                                if layout.cards.get(card.id) is not None
                                and layout.cards[card.id].kind is LaneKind.IRRITANTS):
        items.append(LegendItem("severity", (colours.LANE_ACCENTS[LaneKind.IRRITANTS], "●●○"),
                                label("poster", _SEVERITY)))
    if content.first_last and any(card.is_first or card.is_last for card in touch):
        items.append(LegendItem("pill", (colours.STAGE_HEADER_FILL, "1"), label("poster", _FIRST_LAST)))
    if content.interaction:
        kinds = {marks.interaction[card.id] for card in touch if card.id in marks.interaction}
        if Interaction.DIGITAL in kinds:
            items.append(LegendItem("digital", None, label("poster", _DIGITAL)))
        if Interaction.HUMAN in kinds:
            items.append(LegendItem("human", None, label("poster", _HUMAN)))
    if content.kpis and (marks.kpi_cards or marks.kpi_stages):
        items.append(LegendItem("pill", (KPI_MARK, "KPI"), label("poster", _KPI)))
    if content.kpis and (marks.measured_cards or marks.measured_stages):
        items.append(LegendItem("pill", (KPI_MARK, "◎"), label("poster", _MEASURE)))
    if compared is not None:
        items.append(LegendItem("compare", None, label("poster", _COMPARED).format(journey=compared.title)))
    for colour, name in persona_curves:
        items.append(LegendItem("persona_curve", colour, label("poster", _PERSONA_CURVE).format(persona=name)))
    return items
