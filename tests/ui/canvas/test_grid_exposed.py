"""The grid draws its lines across the exposed part only, with the same pixels as drawn whole."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from app.ui.canvas.grid import GridItem


def _paint(grid: GridItem, exposed: QRectF) -> QImage:
    """The grid painted with only ``exposed`` exposed, as a view paints it (the image is that rectangle)."""
    image = QImage(math.ceil(exposed.width()), math.ceil(exposed.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-exposed.x(), -exposed.y())
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed
    grid.paint(painter, option)
    painter.end()
    return image


def test_a_part_of_the_grid_draws_as_that_part_of_the_whole_grid(window) -> None:
    layout = window.scene.layout
    assert layout.visibility_line_y is not None and len(layout.stages) > 2
    grid = GridItem()
    grid.set_layout(layout, {})
    whole = _paint(grid, grid.boundingRect())
    origin = grid.boundingRect().topLeft()
    # A part that starts inside a stage and across the line of visibility, off the dash pattern's start.
    part_rect = QRectF(round(layout.stages[1].rect.x) + 37, round(layout.visibility_line_y) - 60, 300, 120)
    part = _paint(grid, part_rect)
    x0, y0 = round(part_rect.x() - origin.x()), round(part_rect.y() - origin.y())
    differing = [(x, y) for x in range(part.width()) for y in range(part.height())
                 if part.pixelColor(x, y) != whole.pixelColor(x0 + x, y0 + y)]
    assert not differing, differing[:10]
    # The part shows the dashed line of visibility, and a lane or stage line.
    row = {part.pixelColor(x, 60).name() for x in range(part.width())}
    assert len(row) > 1
