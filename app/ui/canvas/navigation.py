"""The keyboard on the map, and where a palette entry dropped at a point would go.

Arrows move the selection to the neighbouring card (Shift extends it): up
and down within the cell, then into the next lane with cards; left and
right to the next stage with cards in the same lane. Tab and Shift+Tab walk
every card in reading order. Alt+arrows move the selected cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent

from app.model.enums import LaneKind
from app.ui.canvas.gestures import scene_rect

#: Arrow key code -> (lanes, stages) to go; keyed by int, as ``QKeyEvent.key()`` answers.
_ARROWS: dict[int, tuple[int, int]] = {int(Qt.Key.Key_Up): (-1, 0), int(Qt.Key.Key_Down): (1, 0),
                                       int(Qt.Key.Key_Left): (0, -1), int(Qt.Key.Key_Right): (0, 1)}


def handle_key(view, event: QKeyEvent) -> bool:
    """Act on a key pressed in the view; False when the key is not the map's."""
    scene = view.scene()
    key = event.key()
    modifiers = event.modifiers()
    if scene.layout is None:
        return False
    if key in _ARROWS and modifiers & Qt.KeyboardModifier.AltModifier:
        d_lane, d_stage = _ARROWS[key]
        if scene.selected_card_ids():
            view.nudge_requested.emit(d_lane, d_stage, 0)
        return True
    if key in _ARROWS:
        target = neighbour(scene, scene.current_card, *_ARROWS[key])
        _go(view, target, extend=bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
        return True
    if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        backwards = key == Qt.Key.Key_Backtab or bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        _go(view, walk(scene.reading_order(), scene.current_card, -1 if backwards else 1), extend=False)
        return True
    if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if scene.current_header is not None and not scene.selected_card_ids():
            view.start_inline_edit(*scene.current_header)
        elif scene.current_card is not None and scene.card_item(scene.current_card) is not None:
            view.start_inline_edit("card", scene.current_card)
        return True
    if key == Qt.Key.Key_Insert:
        view.add_card_requested.emit()
        return True
    if key == Qt.Key.Key_Escape:
        if scene.gestures.cancel():
            return True
        scene.clearSelection()
        scene.set_current_header(None)
        return True
    return False


def _go(view, card_id: int | None, *, extend: bool) -> None:
    if card_id is None:
        return
    scene = view.scene()
    scene.set_current_header(None)
    scene.select_cards([card_id], clear=not extend)
    item = scene.card_item(card_id)
    if item is not None:
        view.ensureVisible(item.sceneBoundingRect(), 60, 60)


def walk(order: list[int], current: int | None, step: int) -> int | None:
    """The card ``step`` places after ``current`` in ``order``, wrapping round (the first when none)."""
    if not order:
        return None
    if current not in order:
        return order[0] if step > 0 else order[-1]
    return order[(order.index(current) + step) % len(order)]


def neighbour(scene, card_id: int | None, d_lane: int, d_stage: int) -> int | None:
    """The card an arrow leads to from ``card_id`` (the first card when there is none)."""
    layout = scene.layout
    if card_id is None or card_id not in layout.cards:
        return next(iter(layout.cards), None)
    box = layout.cards[card_id]
    shown = [lane.lane_id for lane in layout.lanes if (lane.lane_id, layout.stages[0].stage_id) in layout.cells]
    stages = [stage.stage_id for stage in layout.stages]

    def shown_ids(lane_id: int, stage_id: int) -> list[int]:
        return [c for c in layout.cell_cards.get((lane_id, stage_id), ()) if c in layout.cards]

    here = shown_ids(box.lane_id, box.stage_id)
    index = here.index(card_id)
    if d_lane:
        if 0 <= index + d_lane < len(here):
            return here[index + d_lane]
        lane_index = shown.index(box.lane_id) + d_lane
        while 0 <= lane_index < len(shown):
            ids = shown_ids(shown[lane_index], box.stage_id)
            if ids:
                return ids[0] if d_lane > 0 else ids[-1]
            lane_index += d_lane
        return card_id
    stage_index = stages.index(box.stage_id) + d_stage
    while 0 <= stage_index < len(stages):
        ids = shown_ids(box.lane_id, stages[stage_index])
        if ids:
            return ids[min(index, len(ids) - 1)]
        stage_index += d_stage
    return card_id


@dataclass
class PaletteTarget:
    """Where a palette entry would be created, and how to show it."""

    lane_id: int
    stage_id: int
    index: int
    cell: QRectF
    bar: QRectF


def palette_target(scene, payload: dict[str, Any], pos: QPointF) -> PaletteTarget | None:
    """Where a palette entry dropped at ``pos`` goes, or None (outside the grid, or no lane of its kind).

    A kind of card dropped on a lane of another kind goes to the nearest lane
    of its kind in the same stage; a channel goes to a touchpoints lane.
    """
    layout = scene.layout
    if layout is None:
        return None
    stage_id = layout.stage_at_x(pos.x())
    lane_id = layout.lane_at_y(pos.y())
    if stage_id is None or lane_id is None:
        return None
    wanted = LaneKind.TOUCHPOINTS if payload.get("channel_id") is not None else LaneKind(payload["lane_kind"])
    lanes = [lane for lane in layout.lanes if lane.kind is wanted and (lane.lane_id, stage_id) in layout.cells]
    if not lanes:
        return None
    lane = min(lanes, key=lambda box: 0.0 if box.rect.contains(pos.x(), pos.y())
               else min(abs(box.rect.y - pos.y()), abs(box.rect.bottom - pos.y())))
    key = (lane.lane_id, stage_id)
    inside = lane.rect.contains(pos.x(), pos.y())
    y = pos.y() if inside else (lane.rect.y if pos.y() < lane.rect.y else lane.rect.bottom)
    index = layout.drop_index(key, y)
    return PaletteTarget(lane.lane_id, stage_id, index, scene_rect(layout.cells[key]),
                         scene_rect(layout.drop_bar(key, index)))
