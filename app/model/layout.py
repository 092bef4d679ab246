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

from app.model.card_geometry import CardBox, LayoutStyle, Rect, _CardSizer
from app.model.enums import LaneKind, Scale
from app.model.journey_snapshot import CellKey, JourneyData
from app.model.wrapping import ELLIPSIS, TextMetrics, TextWrapper, wrap_text

__all__ = ["ELLIPSIS", "TextWrapper", "wrap_text", "compute_layout", "update_cards", "MapLayout", "LayoutStyle",
           "CardBox", "LaneBox", "StageBox", "CurvePointBox", "Rect", "TextMetrics", "score_y"]


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


#: The sizes a layout takes unless told otherwise.
_DEFAULT_STYLE = LayoutStyle()


def compute_layout(data: JourneyData, metrics: TextMetrics, style: LayoutStyle = _DEFAULT_STYLE, *,
                   wrapper: TextWrapper | None = None, wrapped: bool = False) -> MapLayout:
    """Lay out the whole map of ``data``, measuring text with ``metrics``.

    A ``wrapper`` kept by the caller between layouts remembers wrapped text,
    so a new layout after an edit measures only what changed. ``wrapped``
    makes the boxes with their lines at once, for a layout that is drawn
    whole (by default they are wrapped when first read, see :class:`CardBox`).
    """
    column = style.column_width
    width = style.lane_header_width + column * len(data.stages)
    stage_x = {stage.id: style.lane_header_width + column * index for index, stage in enumerate(data.stages)}
    sizer = _CardSizer(metrics, style, wrapper, wrapped=wrapped)
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
