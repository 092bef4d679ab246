"""The matrix's pyqtgraph view box, imported with pyqtgraph when the matrix is first shown (never at start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from pyqtgraph.GraphicsScene.mouseEvents import MouseClickEvent, MouseDragEvent
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSceneWheelEvent

if TYPE_CHECKING:
    from app.ui.matrix import MatrixView


class MatrixBox(pg.ViewBox):
    """A view box that drags dots instead of panning, and never zooms."""

    def __init__(self, view: MatrixView) -> None:
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
