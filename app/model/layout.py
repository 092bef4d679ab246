"""The geometry of a journey map, shared by the canvas and the poster.

:func:`compute_layout` turns a :class:`~app.model.journey_data.JourneyData`
snapshot into rectangles: a row of stage headers on top, a column of lane
headers on the left, one card column per stage, lanes as tall as their
fullest cell, wrapped card text, the emotion curve and the line of
visibility. Text is measured by a :class:`TextMetrics` handed in by the
caller (Qt font metrics on screen, ReportLab's on paper, both with the same
bundled font), so what is printed is what was on screen.

Units are canvas pixels at 100 % zoom, y pointing down; the poster scales
them. The same input always gives the same floats.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.model.enums import LaneKind, Scale
from app.model.frozen import as_frozen, fast_constructor
from app.model.journey_data import CardData, CellKey, JourneyData
from app.model.wrapping import ELLIPSIS, TextMetrics, TextWrapper, wrap_text

__all__ = ["ELLIPSIS", "TextWrapper", "wrap_text", "compute_layout", "update_cards", "MapLayout", "LayoutStyle",
           "CardBox", "LaneBox", "StageBox", "CurvePointBox", "Rect", "TextMetrics", "score_y"]

#: Kinds whose cards carry a mark in the top right corner (pain point, delight, opportunity),
#: so their text keeps clear of it as a touchpoint's text keeps clear of its icon.
MARKED_KINDS = frozenset({LaneKind.IRRITANTS, LaneKind.ENCHANTMENTS, LaneKind.OPPORTUNITIES})


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle; contains its top and left edges, not its bottom and right ones."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """x of the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """y of the bottom edge."""
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        """The middle point (x, y)."""
        return (self.x + self.w / 2.0, self.y + self.h / 2.0)

    def contains(self, x: float, y: float) -> bool:
        """Whether the point lies inside (half-open on the right and bottom)."""
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h

    def intersects(self, other: Rect) -> bool:
        """Whether the two rectangles overlap over some area (touching edges do not count)."""
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)


@dataclass(frozen=True, slots=True)
class LayoutStyle:
    """Sizes of the map, in canvas pixels at 100 % zoom."""

    card_width: float = 176.0
    card_padding: float = 8.0
    card_gap: float = 8.0
    cell_padding: float = 10.0
    stage_header_height: float = 56.0
    lane_header_width: float = 170.0
    min_lane_height: float = 72.0
    emotion_lane_height: float = 170.0
    #: Margin inside the emotions lane above the highest and below the lowest score.
    curve_margin: float = 18.0
    min_card_height: float = 40.0
    title_size: float = 13.0
    title_bold: bool = True
    body_size: float = 11.0
    header_size: float = 14.0
    #: Space between a card's title and its body.
    text_gap: float = 4.0
    max_title_lines: int = 6
    max_body_lines: int = 3
    icon_size: float = 16.0
    badge_size: float = 22.0

    @property
    def column_width(self) -> float:
        """Width of one stage column: one card column and its padding."""
        return self.card_width + 2.0 * self.cell_padding


@dataclass(frozen=True, slots=True)
class CardBox:
    """Where one card goes and the lines of text it shows.

    The boxes :func:`compute_layout` makes know their height from how many
    lines their text takes, and wrap it into lines (with "…" where it was
    cut) only when ``title_lines`` or ``body_lines`` is first read: laying
    out a big map does not wrap the text of cards nobody draws yet.
    """

    card_id: int
    lane_id: int
    stage_id: int
    #: Position within the cell (0 = top).
    index: int
    rect: Rect
    title_lines: tuple[str, ...]
    body_lines: tuple[str, ...]
    #: True when the text did not fit: the view shows the full text on hover.
    title_elided: bool
    body_elided: bool
    #: The channel icon (touchpoints with a channel), top right.
    icon_rect: Rect | None
    #: The score badge (scored touchpoints), bottom right.
    badge_rect: Rect | None
    kind: LaneKind
    #: What wraps the text on first reading (None once wrapped, or when made with its lines).
    _text: _CardText | None = field(default=None, init=False, repr=False, compare=False, hash=False)

    def moved(self, index: int, y: float, dy: float) -> CardBox:
        """The same card ``index``-th in its cell with its top at ``y``, its marks ``dy`` lower.

        Its text stays unwrapped if it was (a delete or a taller card above
        moves thousands of boxes nobody has drawn yet).
        """
        rect, icon, badge = self.rect, self.icon_rect, self.badge_rect
        if dy or y != rect.y:
            rect = _rect(rect.x, y, rect.w, rect.h)
            icon = _rect(icon.x, icon.y + dy, icon.w, icon.h) if icon is not None else None
            badge = _rect(badge.x, badge.y + dy, badge.w, badge.h) if badge is not None else None
        text = self._text
        if text is None:
            return CardBox(self.card_id, self.lane_id, self.stage_id, index, rect, self.title_lines, self.body_lines,
                           self.title_elided, self.body_elided, icon, badge, self.kind)
        return as_frozen(CardBox, _UnwrappedBox(self.card_id, self.lane_id, self.stage_id, index, rect,
                                                self.title_elided, self.body_elided, icon, badge, self.kind, text))

    if not TYPE_CHECKING:  # for the checker, a CardBox has its fields and nothing else

        def __getattr__(self, name: str) -> tuple[str, ...]:
            """Wrap the text on first reading of ``title_lines`` or ``body_lines`` (their slots are still empty)."""
            if name not in ("title_lines", "body_lines"):
                raise AttributeError(name)
            text = self._text
            if text is None:
                raise AttributeError(name)
            title_lines, body_lines = text.lines()
            object.__setattr__(self, "title_lines", title_lines)
            object.__setattr__(self, "body_lines", body_lines)
            object.__setattr__(self, "_text", None)
            return title_lines if name == "title_lines" else body_lines


@dataclass(frozen=True, slots=True)
class LaneBox:
    """One lane row: ``rect`` spans the whole row, header included."""

    lane_id: int
    kind: LaneKind
    name: str
    rect: Rect
    header_rect: Rect
    index: int


@dataclass(frozen=True, slots=True)
class StageBox:
    """One stage column: ``rect`` spans the whole column, header included."""

    stage_id: int
    name: str
    rect: Rect
    header_rect: Rect
    index: int


@dataclass(frozen=True, slots=True)
class CurvePointBox:
    """One scored touchpoint drawn in an emotions lane."""

    card_id: int
    x: float
    y: float
    score: float


@dataclass
class MapLayout:
    """The laid-out map, with the hit tests the canvas needs.

    Collapsed lanes get the minimum height and no card boxes (their cards are
    still counted by :meth:`drop_index`). Emotions lanes hold the curve
    and no cards, so they have no entries in ``cells``. Unscored touchpoints
    have an x in ``touchpoint_x`` but no curve point: the curve has a gap.
    """

    style: LayoutStyle
    stages: list[StageBox]
    lanes: list[LaneBox]
    cards: dict[int, CardBox]
    cells: dict[CellKey, Rect]
    visibility_line_y: float | None
    width: float
    height: float
    curve: dict[int, list[CurvePointBox]]
    touchpoint_x: dict[int, float]
    #: Card ids of every cell in order, collapsed lanes included.
    cell_cards: dict[CellKey, tuple[int, ...]] = field(default_factory=dict)

    def stage_at_x(self, x: float) -> int | None:
        """The stage whose column spans ``x`` (None over the lane headers or past the last stage)."""
        index = bisect_right([stage.rect.x for stage in self.stages], x) - 1
        if index < 0 or x >= self.stages[index].rect.right:
            return None
        return self.stages[index].stage_id

    def lane_at_y(self, y: float) -> int | None:
        """The lane whose row spans ``y`` (None over the stage headers or below the last lane)."""
        index = bisect_right([lane.rect.y for lane in self.lanes], y) - 1
        if index < 0 or y >= self.lanes[index].rect.bottom:
            return None
        return self.lanes[index].lane_id

    def cell_at(self, x: float, y: float) -> CellKey | None:
        """The (lane id, stage id) cell under the point; None on headers, emotions lanes or outside."""
        stage_id = self.stage_at_x(x)
        lane_id = self.lane_at_y(y)
        if stage_id is None or lane_id is None:
            return None
        key = (lane_id, stage_id)
        return key if key in self.cells else None

    def drop_index(self, cell: CellKey, y: float, exclude: Collection[int] = ()) -> int:
        """Where a card dropped at height ``y`` goes in ``cell``: its index among the cards not in ``exclude``.

        ``exclude`` names the cards being dragged (they leave their places);
        a drop goes before the first card whose middle is below ``y``. In a
        collapsed lane (no card boxes) it goes last. Raises ``KeyError`` for
        a cell that is not on the map.
        """
        staying = [card_id for card_id in self.cell_cards[cell] if card_id not in exclude]
        for index, card_id in enumerate(staying):
            box = self.cards.get(card_id)
            if box is None:
                return len(staying)
            if y < box.rect.y + box.rect.h / 2.0:
                return index
        return len(staying)

    def drop_bar(self, cell: CellKey, index: int, exclude: Collection[int] = ()) -> Rect:
        """The thin bar that shows a drop at ``index`` of ``cell`` (as :meth:`drop_index` counts it).

        It lies in the gap above the card now at ``index``, below the last
        card for a drop at the end, or at the top of an empty cell.
        """
        style = self.style
        rect = self.cells[cell]
        staying = [card_id for card_id in self.cell_cards[cell] if card_id not in exclude and card_id in self.cards]
        if index < len(staying):
            y = self.cards[staying[index]].rect.y - style.card_gap / 2.0
        elif staying:
            y = self.cards[staying[-1]].rect.bottom + style.card_gap / 2.0
        else:
            y = rect.y + style.cell_padding
        return Rect(rect.x + style.cell_padding - 2.0, y - 2.0, style.card_width + 4.0, 4.0)


def score_y(score: float, scale: Scale, lane: Rect, margin: float) -> float:
    """The y of ``score`` in an emotions lane: the scale's high at the top, clamped to the scale."""
    score = min(max(score, scale.low), scale.high)
    ratio = (scale.high - score) / (scale.high - scale.low)
    return lane.y + margin + ratio * (lane.h - 2.0 * margin)


def compute_layout(data: JourneyData, metrics: TextMetrics, style: LayoutStyle = LayoutStyle(), *,
                   wrapper: TextWrapper | None = None) -> MapLayout:
    """Lay out the whole map of ``data``, measuring text with ``metrics``.

    A ``wrapper`` kept by the caller between layouts remembers wrapped text,
    so a new layout after an edit measures only what changed.
    """
    column = style.column_width
    width = style.lane_header_width + column * len(data.stages)
    stage_x = {stage.id: style.lane_header_width + column * index for index, stage in enumerate(data.stages)}
    sizer = _CardSizer(metrics, style, wrapper)
    lanes: list[LaneBox] = []
    cards: dict[int, CardBox] = {}
    cells: dict[CellKey, Rect] = {}
    cell_cards: dict[CellKey, tuple[int, ...]] = {}
    y = style.stage_header_height
    for lane_index, lane in enumerate(data.lanes):
        if lane.kind is LaneKind.EMOTIONS:
            height = style.min_lane_height if lane.collapsed else style.emotion_lane_height
        else:
            fullest = 0.0
            for stage in data.stages:
                ids = data.cells[(lane.id, stage.id)]
                cell_cards[(lane.id, stage.id)] = tuple(ids)
                if lane.collapsed:
                    continue
                x = stage_x[stage.id] + style.cell_padding
                card_y = y + style.cell_padding
                for index, card_id in enumerate(ids):
                    box = sizer.card_box(data.cards[card_id], lane.kind, index, x, card_y)
                    cards[card_id] = box
                    card_y += box.rect.h + style.card_gap
                if ids:
                    fullest = max(fullest, card_y - style.card_gap + style.cell_padding - y)
            height = max(style.min_lane_height, fullest)
            for stage in data.stages:
                cells[(lane.id, stage.id)] = Rect(stage_x[stage.id], y, column, height)
        lanes.append(LaneBox(lane.id, lane.kind, lane.name, Rect(0.0, y, width, height),
                             Rect(0.0, y, style.lane_header_width, height), lane_index))
        y += height
    stages = [StageBox(stage.id, stage.name, Rect(stage_x[stage.id], 0.0, column, y),
                       Rect(stage_x[stage.id], 0.0, column, style.stage_header_height), index)
              for index, stage in enumerate(data.stages)]
    touchpoint_x = _touchpoint_xs(data, stage_x, column)
    return MapLayout(style=style, stages=stages, lanes=lanes, cards=cards, cells=cells,
                     visibility_line_y=_visibility_line(lanes), width=width, height=y,
                     curve=_curves(data, lanes, touchpoint_x, style), touchpoint_x=touchpoint_x,
                     cell_cards=cell_cards)


class _CardText:
    """The text of a laid-out card, wrapped into lines when its box is first asked for them."""

    __slots__ = ("sizer", "title", "body", "width")

    def __init__(self, sizer: _CardSizer, title: str, body: str, width: float) -> None:
        self.sizer = sizer
        self.title = title
        self.body = body
        self.width = width

    def lines(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(title lines, body lines), as many as the box was made tall for."""
        return self.sizer.lines(self.title, self.body, self.width)


class _UnwrappedBox:
    """A :class:`CardBox` being made without its lines (see :func:`~app.model.frozen.as_frozen`)."""

    __slots__ = CardBox.__slots__

    def __init__(self, card_id: int, lane_id: int, stage_id: int, index: int, rect: Rect, title_elided: bool,
                 body_elided: bool, icon_rect: Rect | None, badge_rect: Rect | None, kind: LaneKind,
                 text: _CardText) -> None:
        self.card_id = card_id
        self.lane_id = lane_id
        self.stage_id = stage_id
        self.index = index
        self.rect = rect
        self.title_elided = title_elided
        self.body_elided = body_elided
        self.icon_rect = icon_rect
        self.badge_rect = badge_rect
        self.kind = kind
        self._text = text


#: Rect(x, y, w, h), made faster (layouts make one per card).
_rect = fast_constructor(Rect)


class _CardSizer:
    """Works out a card's height from how many lines its text takes, and places its box, icon and badge."""

    def __init__(self, metrics: TextMetrics, style: LayoutStyle, wrapper: TextWrapper | None = None) -> None:
        self.style = style
        self.wrapper = wrapper or TextWrapper(metrics)
        self.title_line = metrics.line_height(style.title_size)
        self.body_line = metrics.line_height(style.body_size)
        #: Touchpoints keep a column on the right for the channel icon and the score badge.
        self.mark_column = max(style.icon_size, style.badge_size)
        self.plain_width = style.card_width - 2.0 * style.card_padding
        self.narrow_width = self.plain_width - self.mark_column - style.card_padding
        self.both_marks_height = style.icon_size + style.text_gap + style.badge_size

    def card_box(self, card: CardData, kind: LaneKind, index: int, x: float, y: float) -> CardBox:
        """The box of ``card``, ``index``-th in its cell, with its top left corner at (x, y).

        Its lines are wrapped when first read (see :class:`CardBox`).
        """
        style = self.style
        count = self.wrapper.count_lines
        if kind is LaneKind.TOUCHPOINTS:
            has_icon, has_badge = card.channel_id is not None, card.score is not None
            text_width = self.narrow_width if has_icon or has_badge else self.plain_width
            marked = False
        else:
            has_icon = has_badge = False
            marked = kind in MARKED_KINDS
            text_width = self.narrow_width if marked else self.plain_width
        title, body = card.title, card.body
        title_count, title_elided = count(title, style.title_size, text_width, style.max_title_lines,
                                          style.title_bold) if title else (0, False)
        body_count, body_elided = count(body, style.body_size, text_width, style.max_body_lines) \
            if body else (0, False)
        text_height = title_count * self.title_line + body_count * self.body_line
        if title_count and body_count:
            text_height += style.text_gap
        if has_icon and has_badge:
            text_height = max(text_height, self.both_marks_height)
        elif has_icon or has_badge or marked:
            text_height = max(text_height, self.mark_column)
        height = max(style.min_card_height, text_height + 2.0 * style.card_padding)
        icon_rect = badge_rect = None
        if has_icon or has_badge:
            right = x + style.card_width - style.card_padding
            if has_icon:
                icon_rect = _rect(right - style.icon_size, y + style.card_padding, style.icon_size, style.icon_size)
            if has_badge:
                badge_rect = _rect(right - style.badge_size, y + height - style.card_padding - style.badge_size,
                                   style.badge_size, style.badge_size)
        return as_frozen(CardBox, _UnwrappedBox(
            card.id, card.lane_id, card.stage_id, index, _rect(x, y, style.card_width, height), title_elided,
            body_elided, icon_rect, badge_rect, kind, _CardText(self, title, body, text_width)))

    def lines(self, title: str, body: str, text_width: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The lines of a card's title and body in a text column ``text_width`` wide."""
        style, wrap = self.style, self.wrapper.wrap
        title_lines = wrap(title, style.title_size, text_width, style.max_title_lines, style.title_bold)[0] \
            if title else ()
        body_lines = wrap(body, style.body_size, text_width, style.max_body_lines)[0] if body else ()
        return title_lines, body_lines


def update_cards(layout: MapLayout, data: JourneyData, card_ids: Iterable[int], metrics: TextMetrics, *,
                 wrapper: TextWrapper | None = None) -> bool:
    """Redo the boxes of cards whose content changed but not their place, in ``layout`` itself.

    ``data`` already holds the new cards. Returns False, leaving ``layout``
    untouched, when a full :func:`compute_layout` is needed: a card moved,
    appeared, or its box changed height (its lane may grow or shrink). The
    curve is recomputed, as scores may have changed.
    """
    sizer = _CardSizer(metrics, layout.style, wrapper)
    boxes: dict[int, CardBox] = {}
    for card_id in card_ids:
        card = data.cards.get(card_id)
        old = layout.cards.get(card_id)
        if card is None:
            return False
        cell = (card.lane_id, card.stage_id)
        if tuple(data.cells.get(cell, ())) != layout.cell_cards.get(cell):
            return False  # the card came into this cell, or its cell was reordered
        if old is None:
            continue  # a folded lane: nothing of the card is drawn
        if cell != (old.lane_id, old.stage_id):
            return False
        box = sizer.card_box(card, old.kind, old.index, old.rect.x, old.rect.y)
        if box.rect.h != old.rect.h:
            return False
        boxes[card_id] = box
    layout.cards.update(boxes)
    layout.curve = _curves(data, layout.lanes, layout.touchpoint_x, layout.style)
    return True


def _touchpoint_xs(data: JourneyData, stage_x: dict[int, float], column: float) -> dict[int, float]:
    """Spread each stage's touchpoints evenly across its column, in reading order."""
    touchpoint_lanes = [lane.id for lane in data.lanes if lane.kind is LaneKind.TOUCHPOINTS]
    xs: dict[int, float] = {}
    for stage in data.stages:
        ids = [card_id for lane_id in touchpoint_lanes for card_id in data.cells[(lane_id, stage.id)]]
        for index, card_id in enumerate(ids):
            xs[card_id] = stage_x[stage.id] + column * (index + 0.5) / len(ids)
    return xs


def _curves(data: JourneyData, lanes: list[LaneBox], touchpoint_x: dict[int, float],
            style: LayoutStyle) -> dict[int, list[CurvePointBox]]:
    """One curve per expanded emotions lane: a point per scored touchpoint (dict order = reading order)."""
    curves: dict[int, list[CurvePointBox]] = {}
    collapsed = {lane.id for lane in data.lanes if lane.collapsed}
    for lane in lanes:
        if lane.kind is not LaneKind.EMOTIONS or lane.lane_id in collapsed:
            continue
        # score_y, unrolled: a 10,000-card map may have thousands of points, redrawn on each score edit.
        low, high = data.scale.low, data.scale.high
        top = lane.rect.y + style.curve_margin
        span = (lane.rect.h - 2.0 * style.curve_margin) / (high - low)
        points = []
        cards = data.cards
        for card_id, x in touchpoint_x.items():
            score = cards[card_id].score
            if score is not None:
                points.append(CurvePointBox(card_id, x, top + (high - min(max(score, low), high)) * span, score))
        curves[lane.lane_id] = points
    return curves


def _visibility_line(lanes: list[LaneBox]) -> float | None:
    """Top of the first back-stage lane that comes after a front-stage lane, if any."""
    front_seen = False
    for lane in lanes:
        if lane.kind is LaneKind.FRONT_STAGE:
            front_seen = True
        elif lane.kind is LaneKind.BACK_STAGE and front_seen:
            return lane.rect.y
    return None
