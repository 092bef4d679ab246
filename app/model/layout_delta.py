"""Laying out again only what an edit touched: the cells it changed, their lane, and a shift of what is below.

A card edit that changes a card's height, adds, removes or moves cards
changes a few cells. :func:`relayout_cells` lays out those cells again in
place in a :class:`~app.model.layout.MapLayout`, works out their lanes' new
heights from the tallest cell, and moves the lanes below by the difference
(their boxes keep their text: no text is measured again). The result is the
layout :func:`~app.model.layout.compute_layout` would give, at a cost of the
cards touched plus the cards below them, not of the map.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from app.model.card_geometry import _CardSizer
from app.model.enums import LaneKind
from app.model.journey_snapshot import CellKey, JourneyData
from app.model.layout import CardBox, LaneBox, MapLayout, Rect, StageBox, TextMetrics, TextWrapper
from app.model.layout_boxes import _curves, _touchpoint_xs, _visibility_line


@dataclass
class LayoutDelta:
    """What :func:`relayout_cells` changed."""

    #: Cards whose box was made again (their text or size may differ).
    redrawn: set[int] = field(default_factory=set)
    #: Cards only moved up or down with their lane (same box otherwise).
    shifted: set[int] = field(default_factory=set)
    #: Cards that have no box any more.
    removed: set[int] = field(default_factory=set)
    #: Lanes whose row moved or changed height.
    lanes: set[int] = field(default_factory=set)


def relayout_cells(layout: MapLayout, data: JourneyData, cells: Iterable[CellKey], metrics: TextMetrics, *,
                   wrapper: TextWrapper | None = None, fresh: Collection[int] | None = None,
                   known: Mapping[int, CardBox] | None = None) -> LayoutDelta | None:
    """Lay out ``cells`` of ``data`` again in ``layout`` itself; None (nothing changed) when the grid differs.

    ``data`` already holds the edit; ``cells`` names every cell whose cards
    changed, came or went. The stages and lanes must be those of ``layout``
    (else call :func:`~app.model.layout.compute_layout`). ``fresh``, when
    given, names the cards whose content may have changed: the other cards
    of those cells, already laid out in the same cell, keep their box and
    only move (in :attr:`LayoutDelta.shifted`, no text measured again).
    ``known``: boxes this layout gave cards that come back (an undone delete), unchanged since: a card
    of ``known`` not in ``fresh`` takes its box again, moved to its place (no text measured again).
    """
    if [stage.id for stage in data.stages] != [box.stage_id for box in layout.stages] \
            or [lane.id for lane in data.lanes] != [box.lane_id for box in layout.lanes]:
        return None
    style = layout.style
    cells = set(cells)
    changed: dict[int, set[int]] = {}
    for lane_id, stage_id in cells:
        changed.setdefault(lane_id, set()).add(stage_id)
    sizer = _CardSizer(metrics, style, wrapper)
    delta = LayoutDelta()
    boxes = layout.cards
    members_changed = False
    if any(key not in data.cells for key in cells):
        return None
    # The cards the changed cells held: those not laid out again below have no box any more.
    old_ids: set[int] = set()
    laid: set[int] = set()  # the cards of the changed cells, laid out below
    reordered = False  # a card came into a cell or moved in it (not only some left): the reading order changes
    for key in cells:
        new_ids = tuple(data.cells[key])
        before = layout.cell_cards.get(key, ())
        if new_ids != before:
            members_changed = True
            if not reordered:
                kept = set(new_ids)
                reordered = new_ids != tuple(card_id for card_id in before if card_id in kept)
        old_ids.update(before)
        layout.cell_cards[key] = new_ids
    shift = 0.0
    lanes = layout.lanes
    shifted = delta.shifted
    find, shift_card, redraw = boxes.get, shifted.add, delta.redrawn.add
    keep, fresh_ids = fresh is not None, fresh if fresh is not None else ()
    back = known.get if known else None
    for index, lane in enumerate(data.lanes):
        box = lanes[index]
        stage_ids = changed.get(lane.id, set())
        if lane.kind is LaneKind.EMOTIONS:
            if shift:
                lanes[index] = _lane_shifted(box, shift)
                delta.lanes.add(lane.id)
            continue
        if lane.collapsed:
            if shift:
                lanes[index] = _lane_shifted(box, shift)
                _shift_cells(layout, lane.id, data, shift)
                delta.lanes.add(lane.id)
            continue
        top = box.rect.y + shift
        fullest = 0.0
        for stage in data.stages:
            key = (lane.id, stage.id)
            ids = layout.cell_cards[key]
            if stage.id in stage_ids:
                x = layout.cells[key].x + style.cell_padding
                y = top + style.cell_padding
                laid.update(ids)
                # Locals: a delete spread over a big map lays out thousands of cards here.
                kind, lane_id, stage_id, gap = lane.kind, lane.id, stage.id, style.card_gap
                for position, card_id in enumerate(ids):
                    card_box = find(card_id) if keep and card_id not in fresh_ids else None
                    returning = False
                    if card_box is None and back is not None and card_id not in fresh_ids:
                        card_box, returning = back(card_id), True
                    if card_box is not None and card_box.kind is kind and card_box.lane_id == lane_id \
                            and card_box.stage_id == stage_id:
                        rect = card_box.rect
                        if returning:  # its box again, in its place: a new item, or its old one put back
                            boxes[card_id] = card_box if card_box.index == position and rect.y == y \
                                else card_box.moved(position, y, y - rect.y)
                            redraw(card_id)
                        elif card_box.index != position or rect.y != y:  # the same card, moved up or down
                            boxes[card_id] = card_box.moved(position, y, y - rect.y)
                            shift_card(card_id)
                        y += rect.h + gap
                    else:
                        card_box = sizer.card_box(data.cards[card_id], kind, position, x, y)
                        boxes[card_id] = card_box
                        delta.redrawn.add(card_id)
                        y += card_box.rect.h + gap
            elif shift:
                for card_id in ids:
                    boxes[card_id] = _card_shifted(boxes[card_id], shift)
                    delta.shifted.add(card_id)
            if ids:
                last = boxes[ids[-1]].rect
                fullest = max(fullest, last.y + last.h + style.cell_padding - top)
        height = max(style.min_lane_height, fullest)
        if height != box.rect.h or shift:
            lanes[index] = LaneBox(box.lane_id, box.kind, box.name, Rect(0.0, top, box.rect.w, height),
                                   Rect(0.0, top, box.header_rect.w, height), box.index)
            for stage in data.stages:
                cell = layout.cells[(lane.id, stage.id)]
                layout.cells[(lane.id, stage.id)] = Rect(cell.x, top, cell.w, height)
            delta.lanes.add(lane.id)
        shift += height - box.rect.h
    delta.shifted -= delta.redrawn
    for card_id in old_ids - laid:
        if boxes.pop(card_id, None) is not None:
            delta.removed.add(card_id)
    if members_changed:
        if reordered:
            # The dict's order is the reading order: lane by lane, stage by stage, top to bottom. (When cards
            # only left their cells, it is still the dict's order: those left kept their keys' places.)
            layout.cards = {card_id: boxes[card_id] for lane in data.lanes if not lane.collapsed
                            and lane.kind is not LaneKind.EMOTIONS for stage in data.stages
                            for card_id in layout.cell_cards[(lane.id, stage.id)]}
        stage_x = {box.stage_id: box.rect.x for box in layout.stages}
        layout.touchpoint_x = _touchpoint_xs(data, stage_x, style.column_width)
    if shift:
        layout.height += shift
        layout.stages = [StageBox(box.stage_id, box.name, Rect(box.rect.x, 0.0, box.rect.w, layout.height),
                                  box.header_rect, box.index) for box in layout.stages]
    layout.visibility_line_y = _visibility_line(lanes)
    layout.curve = _curves(data, lanes, layout.touchpoint_x, style)
    return delta


def _lane_shifted(box: LaneBox, dy: float) -> LaneBox:
    return LaneBox(box.lane_id, box.kind, box.name, Rect(box.rect.x, box.rect.y + dy, box.rect.w, box.rect.h),
                   Rect(box.header_rect.x, box.header_rect.y + dy, box.header_rect.w, box.header_rect.h), box.index)


def _shift_cells(layout: MapLayout, lane_id: int, data: JourneyData, dy: float) -> None:
    for stage in data.stages:
        cell = layout.cells.get((lane_id, stage.id))
        if cell is not None:
            layout.cells[(lane_id, stage.id)] = Rect(cell.x, cell.y + dy, cell.w, cell.h)


def _card_shifted(box: CardBox, dy: float) -> CardBox:
    return box.moved(box.index, box.rect.y + dy, dy)
