"""The matrix's pyqtgraph view box, imported with pyqtgraph when the matrix is first shown (never at start)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent, MouseDragEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSceneWheelEvent

if TYPE_CHECKING:
    from PySide6.QtCore import QPointF, SignalInstance


class DotHost(Protocol):
    """What the box uses of the matrix view: its dots, and the signal a click on one sends."""

    action_clicked: SignalInstance

    def drag_dot(self, ev: MouseDragEvent) -> bool:
        """Move the dot under a drag; False when the drag is not on a dot."""

    def dot_at(self, scene_pos: QPointF) -> int | None:
        """The action whose dot is under ``scene_pos``, or None."""


class MatrixBox(pg.ViewBox):
    """A view box that drags dots instead of panning, and never zooms."""

    def __init__(self, view: DotHost) -> None:
        super().__init__(enableMenu=False)
        self.matrix = view
        self.setMouseEnabled(x=False, y=False)

    def mouseDragEvent(self, ev: MouseDragEvent, axis: int | None = None) -> None:
        if ev.button() == Qt.MouseButton.LeftButton and self.matrix.drag_dot(ev):
            ev.accept()
            return
        ev.ignore()

    def mouseClickEvent(self, ev: MouseClickEvent) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            action_id = self.matrix.dot_at(ev.scenePos())
            if action_id is not None:
                ev.accept()
                self.matrix.action_clicked.emit(action_id)
                return
        ev.ignore()

    def wheelEvent(self, ev: QGraphicsSceneWheelEvent, axis: int | None = None) -> None:
        ev.ignore()
