"""The boxes of a laid-out journey map (:class:`MapLayout` and its parts) and the pieces every layout shares.

:mod:`app.model.layout` makes them (:func:`~app.model.layout.compute_layout`,
:class:`~app.model.layout.LayoutBuilder`) and re-exports them; the emotion
curve's points, the touchpoints' places on it and the line of visibility are
worked out here, for a layout made whole, lane by lane, or moved
(:mod:`app.model.layout_delta`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection
from dataclasses import dataclass, field

from app.model.card_geometry import CardBox, LayoutStyle, Rect
from app.model.enums import LaneKind, Scale
from app.model.frozen import fast_constructor
from app.model.journey_snapshot import CellKey, JourneyData


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
        cards, point = data.cards, _curve_point
        for card_id, x in touchpoint_x.items():
            score = cards[card_id].score
            if score is not None:  # (clamped inline: a 100,000-card map has some 10,000 points, in one slice)
                clamped = low if score < low else high if score > high else score
                points.append(point(card_id, x, top + (high - clamped) * span, score))
        curves[lane.lane_id] = points
    return curves


#: CurvePointBox(...), made faster (see app/model/frozen.py).
_curve_point = fast_constructor(CurvePointBox)


def _visibility_line(lanes: list[LaneBox]) -> float | None:
    """Top of the first back-stage lane that comes after a front-stage lane, if any."""
    front_seen = False
    for lane in lanes:
        if lane.kind is LaneKind.FRONT_STAGE:
            front_seen = True
        elif lane.kind is LaneKind.BACK_STAGE and front_seen:
            return lane.rect.y
    return None
