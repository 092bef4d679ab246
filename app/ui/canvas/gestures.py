"""Mouse gestures on the map: drag cards, reorder headers, draw links, double-click to edit.

While the mouse is down only items move (live feedback, no database write);
on release one ``*_requested`` signal of the scene carries the whole edit,
and the controller turns it into one command. A drop outside the grid, or
one the model would refuse, puts everything back where it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsPathItem, QGraphicsSceneMouseEvent

from app.model import colours, placement
from app.model.layout import Rect
from app.ui import theme
from app.ui.canvas.clipboard import card_fields
from app.ui.canvas.items import Z_CARD, Z_INDICATOR, CardItem, arrow_path

_COPY_MODIFIERS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier


@dataclass
class _Drop:
    """Where a card drag would land: target cell -> (insertion index, card ids in order)."""

    targets: dict[tuple[int, int], tuple[int, list[int]]]
    cell: QRectF
    bar: QRectF


@dataclass
class _Press:
    kind: str  # "card", "lane", "stage", "link"
    item_id: int
    scene_pos: QPointF
    screen_pos: QPoint
    modifiers: Qt.KeyboardModifier
    started: bool = False
    origins: dict[int, QPointF] = field(default_factory=dict)
    line: QGraphicsPathItem | None = None


class Gestures:
    """The scene's mouse handling; each method returns True when it took the event."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self._press: _Press | None = None

    @property
    def active(self) -> bool:
        """Whether a drag is under way."""
        return self._press is not None and self._press.started

    # ------------------------------------------------------------------ events

    def press(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self.scene.layout is None:
            return False
        scene = self.scene
        pos = event.scenePos()
        modifiers = event.modifiers()
        header = scene.header_at(pos)
        if header is not None:
            scene.clearSelection()
            scene.set_current_header(*header)
            scene.header_selected.emit(*header)
            self._press = _Press(header[0], header[1], pos, event.screenPos(), modifiers)
            event.accept()
            return True
        handle = self._handle_at(pos)
        card = handle or scene.card_at(pos)
        if card is None:
            scene.set_current_header(None)
            return False
        scene.set_current_header(None)
        if handle is not None:
            self._press = _Press("link", card.card_id, pos, event.screenPos(), modifiers)
        else:
            if not modifiers & Qt.KeyboardModifier.ControlModifier and not card.isSelected():
                scene.clearSelection()
                card.setSelected(True)
            scene.current_card = card.card_id
            self._press = _Press("card", card.card_id, pos, event.screenPos(), modifiers)
        event.accept()
        return True

    def _handle_at(self, pos: QPointF) -> CardItem | None:
        """The card whose link handle (drawn on its right edge, half outside it) is under ``pos``."""
        for item in self.scene.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, CardItem) and item.handle_visible() \
                    and item.handle_rect().contains(item.mapFromScene(pos)):
                return item
        return None

    def move(self, event: QGraphicsSceneMouseEvent) -> bool:
        press = self._press
        if press is None:
            return False
        if not press.started:
            if (event.screenPos() - press.screen_pos).manhattanLength() < QApplication.startDragDistance():
                return True
            press.started = True
            self._start(press)
        pos = event.scenePos()
        if press.kind == "card":
            delta = pos - press.scene_pos
            for card_id, origin in press.origins.items():
                self.scene.cards[card_id].setPos(origin + delta)
            drop = self._card_drop(press, pos, copy=bool(event.modifiers() & _COPY_MODIFIERS))
            self._show(drop.cell, drop.bar) if drop else self.scene.indicator.hide()
        elif press.kind in ("lane", "stage"):
            _, bar = self._header_drop(press, pos)
            self._show(QRectF(), bar)
        elif press.kind == "link" and press.line is not None:
            item = self.scene.cards.get(press.item_id)
            if item is not None:
                start = item.mapToScene(item.handle_rect().center())
                press.line.setPath(arrow_path(start, pos))
        return True

    def cancel(self) -> bool:
        """Abandon the drag under way (Escape): everything goes back, nothing is asked. False when none."""
        press, self._press = self._press, None
        if press is None:
            return False
        scene = self.scene
        scene.indicator.hide()
        scene.overview.skipped = set()
        scene.overview.update()
        scene.card_layer.update()
        for card_id in press.origins:
            item = scene.cards.get(card_id)
            if item is not None:
                item.dragging = False
                item.setOpacity(1.0)
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)  # the layer draws it again
                item.setZValue(Z_CARD)
                if item.box is not None:
                    item.setPos(item.box.rect.x, item.box.rect.y)
        if press.line is not None:
            scene.removeItem(press.line)
        return True

    def release(self, event: QGraphicsSceneMouseEvent) -> bool:
        press, self._press = self._press, None
        if press is None:
            return False
        scene = self.scene
        scene.indicator.hide()
        if scene.overview.skipped:
            scene.overview.skipped = set()
            scene.overview.update()
            scene.card_layer.update()
        if not press.started:
            if press.kind == "card":
                item = scene.cards.get(press.item_id)
                if item is not None:
                    if press.modifiers & Qt.KeyboardModifier.ControlModifier:
                        item.setSelected(not item.isSelected())
                    else:
                        scene.select_cards([press.item_id])
            return True
        pos = event.scenePos()
        if press.kind == "card":
            self._finish_card_drag(press, pos, copy=bool(event.modifiers() & _COPY_MODIFIERS))
        elif press.kind in ("lane", "stage"):
            index, _ = self._header_drop(press, pos)
            if index is not None:
                signal = scene.lane_move_requested if press.kind == "lane" else scene.stage_move_requested
                signal.emit(press.item_id, index)
        elif press.kind == "link":
            if press.line is not None:
                scene.removeItem(press.line)
            target = scene.card_at(pos, exclude={press.item_id})
            if target is not None:
                scene.link_requested.emit(press.item_id, target.card_id)
        return True

    def double_click(self, event: QGraphicsSceneMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton or self.scene.layout is None:
            return False
        scene = self.scene
        pos = event.scenePos()
        header = scene.header_at(pos)
        if header is not None:
            scene.inline_edit_requested.emit(*header)
            return True
        card = scene.card_at(pos)
        if card is not None:
            scene.inline_edit_requested.emit("card", card.card_id)
            return True
        cell = scene.cell_at(pos)
        if cell is not None:
            scene.add_requested.emit(cell[0], cell[1], scene.layout.drop_index(cell, pos.y()), {})
            return True
        return False

    # ------------------------------------------------------------------ cards

    def _start(self, press: _Press) -> None:
        scene = self.scene
        if press.kind == "card":
            anchor = scene.cards.get(press.item_id)
            if anchor is not None and not anchor.isSelected():
                anchor.setSelected(True)
            for card_id in scene.selected_card_ids():
                item = scene.cards[card_id]
                item.dragging = True
                item.setOpacity(0.85)
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
                item.setZValue(Z_CARD + 1)
                press.origins[card_id] = item.pos()
            scene.overview.skipped = set(press.origins)
            scene.overview.update()
            scene.card_layer.update()  # the dragged cards paint themselves: their places are left
        elif press.kind == "link":
            press.line = QGraphicsPathItem()
            press.line.setPen(QPen(theme.colour(colours.SELECTION), 2.0, Qt.PenStyle.DashLine))
            press.line.setZValue(Z_INDICATOR)
            scene.addItem(press.line)

    def _card_drop(self, press: _Press, pos: QPointF, *, copy: bool) -> _Drop | None:
        """Where the dragged cards would go: they keep their offsets in lanes and stages from the anchor."""
        scene = self.scene
        layout = scene.layout
        anchor = scene.cards.get(press.item_id)
        cell = scene.cell_at(pos)
        if layout is None or anchor is None or anchor.box is None or cell is None:
            return None
        lane_index = {lane.lane_id: index for index, lane in enumerate(layout.lanes)}
        stage_index = {stage.stage_id: index for index, stage in enumerate(layout.stages)}
        d_lane = lane_index[cell[0]] - lane_index[anchor.box.lane_id]
        d_stage = stage_index[cell[1]] - stage_index[anchor.box.stage_id]
        groups: dict[tuple[int, int], list[int]] = {}
        for card_id in press.origins:
            box = scene.cards[card_id].box
            li, si = lane_index[box.lane_id] + d_lane, stage_index[box.stage_id] + d_stage
            if not (0 <= li < len(layout.lanes) and 0 <= si < len(layout.stages)):
                return None
            key = (layout.lanes[li].lane_id, layout.stages[si].stage_id)
            if key not in layout.cells:
                return None
            groups.setdefault(key, []).append(card_id)
        exclude: set[int] = set() if copy else set(press.origins)
        targets = {}
        bar = QRectF()
        for key, ids in groups.items():
            y = pos.y() if key == cell else scene.cards[ids[0]].sceneBoundingRect().center().y()
            index = layout.drop_index(key, y, exclude)
            targets[key] = (index, ids)
            if key == cell:
                bar = scene_rect(layout.drop_bar(key, index, exclude))
        return _Drop(targets, scene_rect(layout.cells[cell]), bar)

    def _finish_card_drag(self, press: _Press, pos: QPointF, *, copy: bool) -> None:
        scene = self.scene
        drop = self._card_drop(press, pos, copy=copy)
        items = [scene.cards[card_id] for card_id in press.origins if card_id in scene.cards]
        for item in items:
            item.dragging = False
            item.setOpacity(1.0)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)  # the layer draws it again
            item.setZValue(Z_CARD)
        if drop is not None and scene.data is not None:
            if copy:
                specs = []
                for (lane_id, stage_id), (index, ids) in drop.targets.items():
                    for offset, card_id in enumerate(ids):
                        specs.append({**card_fields(scene.data.cards[card_id]), "lane_id": lane_id,
                                      "stage_id": stage_id, "index": index + offset})
                scene.copy_requested.emit(specs)
            else:
                moves = placement.plan_moves(scene.layout.cell_cards, drop.targets)
                if moves:
                    scene.move_requested.emit(moves)
        # Whatever happened, every item goes where the (possibly new) layout puts it.
        for item in items:
            if item.scene() is scene and item.box is not None:
                item.setPos(item.box.rect.x, item.box.rect.y)

    # ------------------------------------------------------------------ headers

    def _header_drop(self, press: _Press, pos: QPointF) -> tuple[int | None, QRectF]:
        """(new index or None when unchanged, the bar showing where the header would go)."""
        layout = self.scene.layout
        if press.kind == "lane":
            boxes = [(lane.lane_id, lane.rect.y, lane.rect.h) for lane in layout.lanes]
            coordinate = pos.y()
        else:
            boxes = [(stage.stage_id, stage.rect.x, stage.rect.w) for stage in layout.stages]
            coordinate = pos.x()
        old = next(index for index, box in enumerate(boxes) if box[0] == press.item_id)
        boundary = sum(1 for _, start, size in boxes if start + size / 2.0 < coordinate)
        edge = boxes[boundary][1] if boundary < len(boxes) else boxes[-1][1] + boxes[-1][2]
        if press.kind == "lane":
            bar = QRectF(0.0, edge - 3.0, layout.width, 6.0)
        else:
            bar = QRectF(edge - 3.0, 0.0, 6.0, layout.height)
        index = boundary - 1 if boundary > old else boundary
        return (index if index != old else None), bar

    def _show(self, cell: QRectF, bar: QRectF) -> None:
        self.scene.indicator.show_at(cell, bar)


def scene_rect(rect: Rect) -> QRectF:
    """A layout rectangle as a QRectF (scene coordinates are layout units)."""
    return QRectF(rect.x, rect.y, rect.w, rect.h)
