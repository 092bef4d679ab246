"""What a canvas item paints: render it alone into an image and count the pixels of a colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem


def paint_item(item: QGraphicsItem) -> QImage:
    """``item`` painted at 100 % on white, its bounding rect filling the image."""
    rect = item.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(-rect.topLeft())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def pixels_of(image: QImage, colour: str, tolerance: int = 12) -> int:
    """How many pixels of ``image`` are ``colour`` (each channel within ``tolerance``)."""
    wanted = QColor(colour)
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - wanted.red()) <= tolerance and abs(pixel.green() - wanted.green()) <= tolerance
                    and abs(pixel.blue() - wanted.blue()) <= tolerance):
                count += 1
    return count
