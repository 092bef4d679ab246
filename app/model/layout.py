"""The geometry of a journey map, shared by the canvas and the poster.

:func:`compute_layout` turns a :class:`~app.model.journey_data.JourneyData`
snapshot into rectangles: a row of stage headers on top, a column of lane
headers on the left, one card column per stage, lanes as tall as their
fullest cell, wrapped card text, the emotion curve and the line of
visibility. Text is measured by a :class:`TextMetrics` handed in by the
caller (Qt font metrics on screen, ReportLab's on paper, both with the same
bundled font), so what is printed is what was on screen.

Units are canvas pixels at 100 % zoom, y pointing down; the poster scales
them. The same input always gives the same floats. The boxes themselves
(:class:`MapLayout` and its parts) live in :mod:`app.model.layout_boxes`
and are re-exported here.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from app.model.card_geometry import CardBox, LayoutStyle, Rect, _CardSizer
from app.model.enums import LaneKind
from app.model.journey_snapshot import JourneyData
from app.model.layout_boxes import (
    CurvePointBox,
    LaneBox,
    MapLayout,
    StageBox,
    _curves,
    _touchpoint_xs,
    _visibility_line,
    score_y,
)
from app.model.wrapping import ELLIPSIS, TextMetrics, TextWrapper, wrap_text

__all__ = ["ELLIPSIS", "TextWrapper", "wrap_text", "compute_layout", "LayoutBuilder", "update_cards", "MapLayout",
           "LayoutStyle", "CardBox", "LaneBox", "StageBox", "CurvePointBox", "Rect", "TextMetrics", "score_y"]


#: The sizes a layout takes unless told otherwise.
_DEFAULT_STYLE = LayoutStyle()
#: Cards a slice of :meth:`LayoutBuilder.run` lays out between two looks at the clock.
_CARDS_BETWEEN_CLOCKS = 50


def compute_layout(data: JourneyData, metrics: TextMetrics, style: LayoutStyle = _DEFAULT_STYLE, *,
                   wrapper: TextWrapper | None = None, wrapped: bool = False) -> MapLayout:
    """Lay out the whole map of ``data``, measuring text with ``metrics``.

    A ``wrapper`` kept by the caller between layouts remembers wrapped text,
    so a new layout after an edit measures only what changed. ``wrapped``
    makes the boxes with their lines at once, for a layout that is drawn
    whole (by default they are wrapped when first read, see :class:`CardBox`).
    """
    return LayoutBuilder(data, metrics, style, wrapper=wrapper, wrapped=wrapped).finish()


class LayoutBuilder:
    """Lays a map out lane by lane, top to bottom: the lanes a view shows first, the others later, in slices.

    As a text editor's height map: :meth:`run` measures the text of the lanes
    down to a height (the view) and stops; :attr:`layout` is then a map whose
    lanes from there on are as tall as their cards' count makes likely (their
    cards have no box yet: they are not in ``cards``), and each later
    :meth:`run` lays out some more. Lanes done never move again (only what is
    below them does), and once :attr:`done`, :attr:`layout` is exactly what
    :func:`compute_layout` gives.
    """

    def __init__(self, data: JourneyData, metrics: TextMetrics, style: LayoutStyle = _DEFAULT_STYLE, *,
                 wrapper: TextWrapper | None = None, wrapped: bool = False) -> None:
        self.data = data
        self.style = style
        column = style.column_width
        self._stage_x = [style.lane_header_width + column * index for index in range(len(data.stages))]
        self._sizer = _CardSizer(metrics, style, wrapper, wrapped=wrapped)
        #: The next lane to lay out, the next of its stages, and its fullest cell so far.
        self._lane = 0
        self._stage = 0
        self._fullest = 0.0
        #: In a cell left half done (a slice's time ran out in it): its next card and that card's top.
        self._card = 0
        self._card_y = 0.0
        #: The lane being laid out, when only the tops of its cells are (see :meth:`run`'s ``tops``): each cell's
        #: next card and that card's top, by stage index; and how tall the lane is at least.
        self._tops: dict[int, tuple[int, float]] = {}
        self._tops_floor = 0.0
        #: ...and the height down to which each of its cells is laid out (or whole).
        self._tops_until = 0.0
        #: The top of the next lane (every lane above it is done).
        self._y = style.stage_header_height
        #: Card heights measured so far (added up, counted): the guess for the lanes not done.
        self._heights = 0.0
        self._measured = 0
        width = style.lane_header_width + column * len(data.stages)
        cell_cards = {(lane.id, stage.id): tuple(data.cells[(lane.id, stage.id)])
                      for lane in data.lanes if lane.kind is not LaneKind.EMOTIONS for stage in data.stages}
        self.layout = MapLayout(style=style, stages=[], lanes=[], cards={}, cells={}, visibility_line_y=None,
                                width=width, height=0.0, curve={},
                                touchpoint_x=_touchpoint_xs(data, dict(zip((stage.id for stage in data.stages),
                                                                           self._stage_x, strict=True)), column),
                                cell_cards=cell_cards)
        self._guess_the_rest()

    @property
    def done(self) -> bool:
        """Whether every lane is laid out."""
        return self._lane >= len(self.data.lanes)

    @property
    def done_until(self) -> float:
        """The bottom of the lanes done, or how far the tops of the next lane's cells reach (every card above it
        has its box; nothing above it moves any more)."""
        return max(self._y, self._tops_until) if not self.done else float("inf")

    def finish(self) -> MapLayout:
        """Lay out every lane left and return the map's layout."""
        self.run()
        return self.layout

    def run(self, until: float = float("inf"), deadline: float | None = None, *, through: int = -1,
            tops: bool = False) -> list[int]:
        """Lay out the lanes that start above ``until`` (and those up to the lane at index ``through``), or
        until ``time.perf_counter()`` passes ``deadline``.

        Without a deadline, every lane starting above ``until`` is done; with
        one, the work stops after the few cards during which it passed (at
        least those are laid out), in the middle of a cell if need be: a cell
        of 500 cards is some 15 ms of work. ``tops``: a lane reaching below
        ``until`` gets only the cards of each cell that start above it (what a
        view down to ``until`` shows of it: the cards below wait for the next
        :meth:`run`, and the lanes below it start below ``until`` anyway).
        Returns the cards that got their box.
        """
        data, style, layout = self.data, self.style, self.layout
        lanes, stages = data.lanes, data.stages
        made: list[int] = []
        lanes_done = self._lane
        sizer_box, boxes, cells = self._sizer.card_box, layout.cards, data.cells
        first = True
        while self._lane < len(lanes):
            lane = lanes[self._lane]
            if self._stage == 0 and self._y >= until and self._lane > through:
                break
            if deadline is not None and not first and time.perf_counter() > deadline:
                break
            first = False
            if tops and self._stage == 0 and self._card == 0 and self._lay_out_tops(until, made):
                break  # the lane reaches below ``until``: the rest of it later
            if lane.kind is LaneKind.EMOTIONS:
                self._lane_done(style.min_lane_height if lane.collapsed else style.emotion_lane_height)
                continue
            if lane.collapsed or not stages:
                self._lane_done(style.min_lane_height)
                continue
            stage = stages[self._stage]
            ids = cells[(lane.id, stage.id)]
            if self._tops and self._card == 0:  # a cell whose top is laid out: from its next card
                self._card, self._card_y = self._tops.pop(self._stage, (0, 0.0))
            if ids:
                y = self._y
                x = self._stage_x[self._stage] + style.cell_padding
                start = self._card
                card_y = self._card_y if start else y + style.cell_padding
                kind, gap, cards = lane.kind, style.card_gap, data.cards
                end = len(ids) if deadline is None else min(len(ids), start + _CARDS_BETWEEN_CLOCKS)
                top = card_y
                while True:
                    for index in range(start, end):
                        card_id = ids[index]
                        box = sizer_box(cards[card_id], kind, index, x, card_y)
                        boxes[card_id] = box
                        card_y += box.rect.h + gap
                    if end == len(ids) or (deadline is not None and time.perf_counter() > deadline):
                        break
                    start, end = end, min(len(ids), end + _CARDS_BETWEEN_CLOCKS)
                made.extend(ids[self._card:end])
                self._heights += card_y - top - gap * (end - self._card)
                self._measured += end - self._card
                if end < len(ids):  # the time is up in the middle of the cell: the rest next time
                    self._card, self._card_y = end, card_y
                    break
                self._card = 0
                self._fullest = max(self._fullest, card_y - gap + style.cell_padding - y)
            self._stage += 1
            if self._stage == len(stages):
                self._lane_done(max(style.min_lane_height, self._fullest))
        if self._lane != lanes_done:
            # (The curves of the emotions lanes placed before are as they were: each lane's place is final.)
            placed = any(lane.kind is LaneKind.EMOTIONS for lane in lanes[lanes_done:self._lane])
            self._guess_the_rest(curves=placed)
        return made

    def _lay_out_tops(self, until: float, made: list[int]) -> bool:
        """Lay out the cards of each cell of the next lane that start above ``until`` (from where the last call
        left each cell); False when that is all of them (the lane is then done as usual, each cell from there),
        True when the lane reaches below ``until``."""
        data = self.data
        lane = data.lanes[self._lane]
        if lane.kind is LaneKind.EMOTIONS or lane.collapsed or not data.stages:
            return False
        below = grew = False
        for index, stage in enumerate(data.stages):
            ids = data.cells[(lane.id, stage.id)]
            if ids:
                grew = self._grow_cell(index, ids, lane.kind, len(ids), until, made) or grew
                below = below or self._tops[index][0] < len(ids)
        if below and grew:
            self._guess_the_rest(curves=False)
        if below:
            self._tops_until = max(self._tops_until, until)
        return below

    def lay_out_to(self, card_ids: Iterable[int]) -> list[int]:
        """Lay out, in the lane whose cell tops only are laid out, each cell down to these cards (others are
        left alone). Returns the cards that got their box."""
        data, boxes = self.data, self.layout.cards
        made: list[int] = []
        if not self._tops:
            return made
        lane = data.lanes[self._lane]
        stage_index = {stage.id: index for index, stage in enumerate(data.stages)}
        for card_id in card_ids:
            card = data.cards.get(card_id)
            if card is None or card_id in boxes or card.lane_id != lane.id:
                continue
            ids = data.cells[(lane.id, card.stage_id)]
            self._grow_cell(stage_index[card.stage_id], ids, lane.kind, ids.index(card_id) + 1, float("inf"), made)
        if made:
            self._guess_the_rest(curves=False)
        return made

    def _grow_cell(self, index: int, ids: list[int], kind: LaneKind, count_to: int, until: float,
                   made: list[int]) -> bool:
        """Lay out the next cards of the cell at stage ``index`` of the lane being laid out (``ids``, top to
        bottom), from where its top was left, while fewer than ``count_to`` are and the next starts above
        ``until``; those go into ``made``. Whether any did."""
        style, cards, boxes, sizer_box = self.style, self.data.cards, self.layout.cards, self._sizer.card_box
        gap, x = style.card_gap, self._stage_x[index] + style.cell_padding
        count, card_y = self._tops.get(index, (0, self._y + style.cell_padding))
        top, first = card_y, count
        while count < count_to and card_y < until:
            box = boxes[ids[count]] = sizer_box(cards[ids[count]], kind, count, x, card_y)
            card_y += box.rect.h + gap
            count += 1
        made.extend(ids[first:count])
        self._heights += card_y - top - gap * (count - first)
        self._measured += count - first
        self._tops[index] = (count, card_y)
        self._tops_floor = max(self._tops_floor, card_y - gap + style.cell_padding - self._y)
        return count > first

    def _lane_done(self, height: float) -> None:
        """The lane being laid out is ``height`` tall: its row and cells take their place."""
        lane, style, layout, y = self.data.lanes[self._lane], self.style, self.layout, self._y
        if self._tops_floor:  # its cells' tops came first: its cards take their place in the reading order
            boxes = layout.cards
            for stage in self.data.stages:
                for card_id in self.data.cells[(lane.id, stage.id)]:
                    boxes[card_id] = boxes.pop(card_id)
            self._tops.clear()
            self._tops_floor = self._tops_until = 0.0
        box = LaneBox(lane.id, lane.kind, lane.name, Rect(0.0, y, layout.width, height),
                      Rect(0.0, y, style.lane_header_width, height), self._lane)
        if self._lane < len(layout.lanes):
            layout.lanes[self._lane] = box
        else:
            layout.lanes.append(box)
        if lane.kind is not LaneKind.EMOTIONS:
            for stage, x in zip(self.data.stages, self._stage_x, strict=True):
                layout.cells[(lane.id, stage.id)] = Rect(x, y, style.column_width, height)
        self._y = y + height
        self._lane += 1
        self._stage = 0
        self._fullest = 0.0

    def _guess_the_rest(self, *, curves: bool = True) -> None:
        """Place the lanes not done below those done, as tall as their cards' count makes likely.

        ``curves``: an emotions lane found its place (its curve is drawn from then on).
        """
        data, style, layout = self.data, self.style, self.layout
        y = self._y
        lanes = layout.lanes
        del lanes[self._lane:]
        average = self._heights / self._measured if self._measured else \
            max(style.min_card_height, 2.0 * self._sizer.title_line + 2.0 * style.card_padding)
        for index in range(self._lane, len(data.lanes)):
            lane = data.lanes[index]
            if lane.kind is LaneKind.EMOTIONS:
                height = style.min_lane_height if lane.collapsed else style.emotion_lane_height
            elif lane.collapsed:
                height = style.min_lane_height
            else:
                most = max((len(data.cells[(lane.id, stage.id)]) for stage in data.stages), default=0)
                height = max(style.min_lane_height,
                             most * (average + style.card_gap) - style.card_gap + 2.0 * style.cell_padding
                             if most else 0.0)
                if index == self._lane:  # the tops of its cells laid out: at least as tall as they reach
                    height = max(height, self._tops_floor)
            lanes.append(LaneBox(lane.id, lane.kind, lane.name, Rect(0.0, y, layout.width, height),
                                 Rect(0.0, y, style.lane_header_width, height), index))
            if lane.kind is not LaneKind.EMOTIONS:
                for stage, x in zip(data.stages, self._stage_x, strict=True):
                    layout.cells[(lane.id, stage.id)] = Rect(x, y, style.column_width, height)
            y += height
        layout.height = y
        layout.stages = [StageBox(stage.id, stage.name, Rect(x, 0.0, style.column_width, y),
                                  Rect(x, 0.0, style.column_width, style.stage_header_height), index)
                         for index, (stage, x) in enumerate(zip(data.stages, self._stage_x, strict=True))]
        layout.visibility_line_y = _visibility_line(lanes)
        if curves:  # the curves of the emotions lanes in place (all of them once done)
            layout.curve = _curves(data, lanes[:self._lane], layout.touchpoint_x, style)


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
