"""Channel icons drawn as vector paths (crisp at any zoom, on screen and in exports).

Each icon is a QPainterPath in a 16 x 16 box, built once and scaled to the
rectangle it is drawn in. Unknown keys get a plain dot.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

ICON_BOX = 16.0


def _phone() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(4, 1.5)
    path.lineTo(6.5, 4.5)
    path.lineTo(5, 6.5)
    path.cubicTo(6, 8.5, 7.5, 10, 9.5, 11)
    path.lineTo(11.5, 9.5)
    path.lineTo(14.5, 12)
    path.lineTo(12.5, 14.5)
    path.cubicTo(7, 14, 2, 9, 1.5, 3.5)
    path.closeSubpath()
    return path


def _envelope() -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(1.5, 3.5, 13, 9))
    path.moveTo(1.5, 3.5)
    path.lineTo(8, 9)
    path.lineTo(14.5, 3.5)
    return path


def _globe() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(1.5, 1.5, 13, 13))
    path.addEllipse(QRectF(5, 1.5, 6, 13))
    path.moveTo(1.5, 8)
    path.lineTo(14.5, 8)
    return path


def _mobile() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(4, 1, 8, 14), 1.5, 1.5)
    path.moveTo(7, 12.5)
    path.lineTo(9, 12.5)
    return path


def _portal() -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(1.5, 2.5, 13, 11))
    path.moveTo(1.5, 5.5)
    path.lineTo(14.5, 5.5)
    path.addRect(QRectF(4, 8, 3, 3))
    path.moveTo(9, 8.5)
    path.lineTo(12, 8.5)
    path.moveTo(9, 10.5)
    path.lineTo(12, 10.5)
    return path


def _bubble() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(1.5, 2, 13, 9), 2.5, 2.5)
    path.moveTo(4, 11)
    path.lineTo(3.5, 14.5)
    path.lineTo(7.5, 11)
    return path


def _sms() -> QPainterPath:
    path = _bubble()
    for x in (5, 8, 11):
        path.addEllipse(QPointF(x, 6.5), 0.6, 0.6)
    return path


def _letter() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(3, 1.5)
    path.lineTo(10, 1.5)
    path.lineTo(13, 4.5)
    path.lineTo(13, 14.5)
    path.lineTo(3, 14.5)
    path.closeSubpath()
    for y in (6, 8.5, 11):
        path.moveTo(5.5, y)
        path.lineTo(10.5, y)
    return path


def _person() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(5, 1.5, 6, 6))
    path.moveTo(2, 14.5)
    path.cubicTo(2, 9, 14, 9, 14, 14.5)
    path.closeSubpath()
    return path


def _social() -> QPainterPath:
    path = QPainterPath()
    path.moveTo(4, 8)
    path.lineTo(12, 3.5)
    path.moveTo(4, 8)
    path.lineTo(12, 12.5)
    for x, y in ((4, 8), (12, 3.5), (12, 12.5)):
        path.addEllipse(QPointF(x, y), 2.2, 2.2)
    return path


def _video() -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(1.5, 4, 9, 8), 1.5, 1.5)
    path.moveTo(10.5, 7)
    path.lineTo(14.5, 4.5)
    path.lineTo(14.5, 11.5)
    path.lineTo(10.5, 9)
    return path


def _dot() -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(4, 4, 8, 8))
    return path


_BUILDERS: dict[str, Callable[[], QPainterPath]] = {
    "phone": _phone, "email": _envelope, "website": _globe, "mobile_app": _mobile,
    "portal": _portal, "chat": _bubble, "letter": _letter, "in_person": _person,
    "social_media": _social, "sms": _sms, "video_call": _video,
}

#: Icons drawn filled rather than outlined.
_FILLED = {"phone", "in_person"}


@functools.cache
def icon_path(key: str | None) -> QPainterPath:
    """The 16 x 16 path of a channel icon."""
    return _BUILDERS.get(key or "", _dot)()


def draw_icon(painter: QPainter, rect: QRectF, key: str | None, colour: QColor) -> None:
    """Draw the icon ``key`` scaled into ``rect`` in ``colour``."""
    painter.save()
    painter.translate(rect.topLeft())
    scale = min(rect.width(), rect.height()) / ICON_BOX
    painter.scale(scale, scale)
    pen = QPen(colour, 1.3)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(colour if (key in _FILLED or key not in _BUILDERS) else Qt.BrushStyle.NoBrush)
    painter.drawPath(icon_path(key))
    painter.restore()


def channel_icon(key: str | None, colour: str = "#2F3E4E", size: int = 32) -> QIcon:
    """A QIcon of a channel, for lists, combo boxes and the palette."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_icon(painter, QRectF(1, 1, size - 2, size - 2), key, QColor(colour))
    painter.end()
    return QIcon(pixmap)
