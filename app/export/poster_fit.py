"""Fitting a map to the room a sheet gives it: wider or narrower cards, taller rows, larger type.

The canvas's layout has the proportions of the screen; a sheet has its own.
:func:`fit_map` lays the map out again with the card width whose map has the
proportions of the room (so the map's scale, and with it the type, is as
large as the sheet allows), caps the printed type at :data:`MAX_TITLE_PT`
(a small map on a big sheet then gets wider cards instead of giant
letters), and hands what height is left to the rows (:func:`stretch_rows`),
so the map spans the room both ways.

:func:`readability` measures the smallest card text as printed and says, in
one sentence, what helps when it comes out under :data:`READABLE_PT`.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.journey_snapshot import JourneyData
from app.model.layout import (
    CurvePointBox,
    LaneBox,
    LayoutStyle,
    MapLayout,
    Rect,
    StageBox,
    TextMetrics,
    compute_layout,
    score_y,
)
from app.model.wrapping import TextWrapper

#: The largest size (pt) a card title is printed at; beyond it the map takes wider cards, not larger type.
MAX_TITLE_PT = 28.0
#: Card text printed smaller than this (pt) is hard to read on a wall.
READABLE_PT = 8.0
#: Card widths tried, as a share of the canvas's card width. Never narrower than on screen: narrower cards
#: break long words (French "administratifs") across lines; taller rows take the height instead.
MIN_WIDTH_SHARE, MAX_WIDTH_SHARE = 1.0, 6.0
#: Proportions within this (log ratio) of the room's count as matched.
_TOLERANCE = 0.04
_STEPS = 5


#: The canvas's own layout style, the default.
_DEFAULT_STYLE = LayoutStyle()


@dataclass(frozen=True, slots=True)
class FittedMap:
    """A map laid out for one sheet: its layout (layout units) and the points per layout unit."""

    layout: MapLayout
    scale: float

    @property
    def smallest_text_pt(self) -> float:
        """The size (pt) of the smallest card text as printed (the card bodies)."""
        style = self.layout.style
        return min(style.title_size, style.body_size) * self.scale


def fit_map(data: JourneyData, metrics: TextMetrics, room: tuple[float, float],
            style: LayoutStyle = _DEFAULT_STYLE, *, max_title_pt: float = MAX_TITLE_PT,
            wrapper: TextWrapper | None = None, natural: MapLayout | None = None) -> FittedMap:
    """Lay ``data`` out to fill ``room`` (width, height in pt) as fully as its proportions allow.

    Returns the layout and its scale; the layout's size times the scale is
    at most the room, and equals it in both directions unless the card
    width reached :data:`MIN_WIDTH_SHARE` or :data:`MAX_WIDTH_SHARE` of the canvas's.
    ``natural`` is the layout of ``data`` in ``style`` when the caller has it
    already (each layout of a 2,000-card map costs tens of milliseconds).
    """
    room_w, room_h = max(room[0], 1.0), max(room[1], 1.0)
    wrapper = wrapper or TextWrapper(metrics)
    layouts: dict[float, MapLayout] = {}

    def layout_for(card_width: float) -> MapLayout:
        card_width = round(card_width, 2)
        layout = layouts.get(card_width)
        if layout is None:
            # Narrower cards wrap onto more lines: they get as many more, so no more text is elided.
            more = max(1.0, style.card_width / card_width)
            layout = layouts[card_width] = compute_layout(data, metrics, dataclasses.replace(
                style, card_width=card_width, max_title_lines=math.ceil(style.max_title_lines * more),
                max_body_lines=math.ceil(style.max_body_lines * more)), wrapper=wrapper, wrapped=True)
        return layout

    def mismatch(layout: MapLayout) -> float:
        return math.log((max(layout.width, 1.0) / max(layout.height, 1.0)) / (room_w / room_h))

    best = natural if natural is not None else layout_for(style.card_width)
    layouts[round(style.card_width, 2)] = best
    if data.stages and abs(mismatch(best)) > _TOLERANCE:
        best = _search(best, len(data.stages), layout_for, mismatch)
    scale = min(room_w / max(best.width, 1.0), room_h / max(best.height, 1.0))
    if data.stages and best.style.title_size * scale > max_title_pt:
        # Capped type: wider cards take the width the larger type would have taken.
        scale = max_title_pt / best.style.title_size
        fixed = best.width - best.style.card_width * len(data.stages)
        wanted = (room_w / scale - fixed) / len(data.stages)
        wider = layout_for(min(max(wanted, best.style.card_width), style.card_width * MAX_WIDTH_SHARE))
        if wider.width * scale <= room_w * 1.0001:
            best = wider
        scale = min(scale, room_w / max(best.width, 1.0), room_h / max(best.height, 1.0))
    return FittedMap(stretch_rows(best, data, room_h / scale - best.height), scale)


def _search(start: MapLayout, stages: int, layout_for: Callable[[float], MapLayout],
            mismatch: Callable[[MapLayout], float]) -> MapLayout:
    """The layout whose proportions match the room's, by the secant method on log(card width).

    The first step comes from a model (the width grows with the cards, the
    height as the square root of their narrowing), so two or three layouts do.
    """
    style = start.style
    low, high = math.log(style.card_width * MIN_WIDTH_SHARE), math.log(style.card_width * MAX_WIDTH_SHARE)
    x0, f0 = math.log(style.card_width), mismatch(start)

    def modelled(x: float) -> float:
        width = start.width + stages * (math.exp(x) - style.card_width)
        return f0 + math.log(max(width, 1.0) / start.width) + 0.5 * (x - x0)

    a, b = low, high
    for _ in range(40):  # bisection on the model: arithmetic only
        middle = (a + b) / 2.0
        if modelled(middle) > 0:
            b = middle
        else:
            a = middle
    x1 = (a + b) / 2.0
    layout = layout_for(math.exp(x1))
    f1 = mismatch(layout)
    best, best_f = (start, f0) if abs(f0) <= abs(f1) else (layout, f1)
    for _ in range(_STEPS):
        if abs(best_f) <= _TOLERANCE or f1 == f0:
            break
        x = min(max(x1 - f1 * (x1 - x0) / (f1 - f0), low), high)
        if abs(x - x1) < 1e-4:
            break
        layout = layout_for(math.exp(x))
        x0, f0, x1, f1 = x1, f1, x, mismatch(layout)
        if abs(f1) < abs(best_f):
            best, best_f = layout, f1
    return best


def stretch_rows(layout: MapLayout, data: JourneyData, extra: float) -> MapLayout:
    """``layout`` with ``extra`` layout units of height shared equally by its rows (cards stay at their cell's top)."""
    if extra <= 0.5 or not layout.lanes:
        return layout
    share = extra / len(layout.lanes)
    offsets: dict[int, float] = {}
    lanes: list[LaneBox] = []
    moved_y: dict[float, float] = {}
    for index, lane in enumerate(layout.lanes):
        offset = share * index
        offsets[lane.lane_id] = offset
        moved_y[lane.rect.y] = lane.rect.y + offset
        rect = Rect(lane.rect.x, lane.rect.y + offset, lane.rect.w, lane.rect.h + share)
        lanes.append(dataclasses.replace(lane, rect=rect, header_rect=Rect(
            lane.header_rect.x, rect.y, lane.header_rect.w, rect.h)))

    # Moved, not rebuilt: a box not yet drawn keeps its text unwrapped (see CardBox.moved).
    cards = {card_id: box.moved(box.index, box.rect.y + offsets[box.lane_id], offsets[box.lane_id])
             for card_id, box in layout.cards.items()}
    cells = {key: Rect(rect.x, rect.y + offsets[key[0]], rect.w, rect.h + share) for key, rect in layout.cells.items()}
    height = layout.height + extra
    stages = [StageBox(stage.stage_id, stage.name, Rect(stage.rect.x, stage.rect.y, stage.rect.w, height),
                       stage.header_rect, stage.index) for stage in layout.stages]
    curve = {}
    by_id = {lane.lane_id: lane for lane in lanes}
    for lane_id, points in layout.curve.items():
        rect = by_id[lane_id].rect
        curve[lane_id] = [CurvePointBox(point.card_id, point.x,
                                        score_y(point.score, data.scale, rect, layout.style.curve_margin),
                                        point.score) for point in points]
    visibility = layout.visibility_line_y
    return dataclasses.replace(layout, lanes=lanes, cards=cards, cells=cells, stages=stages, height=height,
                               curve=curve, visibility_line_y=None if visibility is None else moved_y[visibility])


class Readability(ParcoursError):  # noqa: N818 - a warning the export carries, not an error
    """Card text printed smaller than :data:`READABLE_PT`: a warning with what helps, not a refusal."""


def readability(smallest_pt: float, *, tiled: bool, personas: bool,
                command_line: bool = True) -> Readability | None:
    """One sentence when card text would print under :data:`READABLE_PT` (None when it reads well).

    ``command_line`` names the options as typed (``--tile A4``); without it
    the sentence speaks of the dialog's choices.
    """
    if smallest_pt >= READABLE_PT - 1e-6:
        return None
    if tiled:
        text = QT_TRANSLATE_NOOP("errors", "Card text prints at {size} pt, under {readable} pt: a larger poster "
                                           "paper helps, or fewer stages per sheet (one journey per group of "
                                           "stages).")
    elif personas and command_line:
        text = QT_TRANSLATE_NOOP("errors", "Card text prints at {size} pt, under {readable} pt: tiling on office "
                                           "sheets (--tile A4), a larger paper, leaving the persona panel off "
                                           "(--no-personas) or fewer stages per sheet helps.")
    elif personas:
        text = QT_TRANSLATE_NOOP("errors", "Card text prints at {size} pt, under {readable} pt: printing on office "
                                           "sheets, a larger paper, leaving the persona panel off or fewer stages "
                                           "per sheet helps.")
    elif command_line:
        text = QT_TRANSLATE_NOOP("errors", "Card text prints at {size} pt, under {readable} pt: tiling on office "
                                           "sheets (--tile A4), a larger paper or fewer stages per sheet helps.")
    else:
        text = QT_TRANSLATE_NOOP("errors", "Card text prints at {size} pt, under {readable} pt: printing on office "
                                           "sheets, a larger paper or fewer stages per sheet helps.")
    return Readability(text, size=f"{smallest_pt:.1f}", readable=f"{READABLE_PT:g}")
