"""The view's background (the desk) filled only where the map does not cover it.

A view fills its whole exposed part with its background brush before it draws the
items; the map's lanes then fill most of it again with their opaque tints. Each of
those full fills of a 1920x1080 viewport costs about a third of a millisecond (the
pixels are written once more), so the desk is filled only around the device pixels
that an opaque lane covers whole: every pixel shown is the same.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QRegion


def fill_desk(painter: QPainter, rect: QRectF | QRect, brush: QBrush, covered: list[QRectF]) -> None:
    """Fill ``rect`` (scene coordinates) with ``brush``, except the device pixels wholly inside one of ``covered``.

    ``covered``: rectangles (scene coordinates) the scene paints opaque over the whole of each of its
    pixels. Antialiasing is off for the fill, as in QGraphicsView.drawBackground.
    """
    transform = painter.worldTransform()
    antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    if not covered or transform.m12() or transform.m21() or brush.style() != Qt.BrushStyle.SolidPattern:
        painter.fillRect(rect, brush)
    else:
        area = transform.mapRect(QRectF(rect)).toAlignedRect()
        region = QRegion(area)
        # The exposed part's outermost pixels keep the desk: a lane's antialiased fill may leave a hair of them
        # uncovered where the device ends, and the viewport paints opaque (nothing else is under them).
        inner = area.adjusted(1, 1, -1, -1)
        for cover in covered:
            device = transform.mapRect(cover)
            left, top = max(math.ceil(device.left()), inner.left()), max(math.ceil(device.top()), inner.top())
            right = min(math.floor(device.right()), inner.right() + 1)
            bottom = min(math.floor(device.bottom()), inner.bottom() + 1)
            if right > left and bottom > top:
                region -= QRegion(left, top, right - left, bottom - top)
        painter.resetTransform()
        for part in cast("Iterable[QRect]", region):  # PySide6 iterates a region's rectangles; not in its stubs
            painter.fillRect(part, brush)
        painter.setWorldTransform(transform)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
