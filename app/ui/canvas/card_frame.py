"""A card's frame (Find ring, fill and border, stripe) rendered once per look and shared by the cards that have it.

A card's first render at a zoom level was mostly its antialiased rounded
rectangles, the same for every card of a lane and a height. The frame is
rendered into a pixmap once per (size, level, pixel ratio, colours, stripe,
Find ring) and kept in ``QPixmapCache`` beside the cards' pixmaps (a new
zoom level renders its frames again); a card's pixmap starts as a copy of it,
and its text and marks are drawn on the copy, with the same painter settings
as on a blank pixmap: the pixels are the ones a single pass drew.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPixmapCache

from app.model import colours
from app.ui import theme
from app.ui.canvas import palette as canvas_palette

#: A kind's mark on a card: (its sign, its disc's colour, where the disc goes in the card).
Mark = tuple[str, QColor, QRectF]
#: What a frame shows: (fill, accent, stripe width, Find ring, the kind's mark or None).
Look = tuple[QColor, QColor, float, bool, Mark | None]


def draw_frame(painter: QPainter, rect: QRectF, fill: QColor, accent: QColor, stripe: float, found: bool,
               mark: Mark | None = None) -> None:
    """Draw a card's frame in item coordinates: its ``rect`` (the card's own size at 0, 0), Find ring first.

    The kind's ``mark`` is drawn last: the text is wrapped clear of its column, so the card's text drawn
    after it gives the pixels of the mark drawn after the text.
    """
    if found:
        painter.setPen(QPen(theme.colour(colours.FIND_HIGHLIGHT), 6.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 5.0, 5.0)
    painter.setPen(QPen(theme.colour(canvas_palette.current().card_border), 1.0))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4.0, 4.0)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(accent)
    painter.drawRoundedRect(QRectF(0.5, 0.5, stripe, rect.height() - 1.0), 2.0, 2.0)
    if mark is not None:
        draw_mark(painter, *mark)


def draw_mark(painter: QPainter, sign: str, colour: QColor, rect: QRectF) -> None:
    """Draw a kind's mark: ``sign`` in white on a disc of ``colour`` filling ``rect``."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(rect)
    painter.setPen(QColor("#FFFFFF"))
    painter.setFont(theme.pixel_font(11.0, True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, sign)


def frame_pixmap(rect: QRectF, margin: float, scale: float, ratio: float, look: Look) -> QPixmap:
    """The frame of a card of ``rect`` with ``margin`` around it, at ``scale`` device pixels a scene pixel.

    ``look``: see :data:`Look`. A pixmap as :func:`app.ui.canvas.card_paint.render`
    makes it (transparent, the card at ``margin``, device pixel ``ratio`` not yet set), cached.
    """
    fill, accent, stripe, found, mark = look
    sign = "" if mark is None else f"{mark[0]}:{mark[1].rgba()}:{mark[2].getRect()!r}"
    width = max(1, math.ceil((rect.width() + 2 * margin) * scale))
    height = max(1, math.ceil((rect.height() + 2 * margin) * scale))
    key = (f"parcours-frame:{canvas_palette.current().name}:{rect.width()!r}:{rect.height()!r}:{margin!r}:"
           f"{scale!r}:{ratio!r}:{fill.rgba()}:{accent.rgba()}:{stripe!r}:{found:d}:{sign}")
    # PySide6's one-argument QPixmapCache.find(str) returns the pixmap or None; its stubs list only the others.
    pixmap: QPixmap | None = QPixmapCache.find(key)  # type: ignore[call-overload]  # see the line above
    if pixmap is None:
        pixmap = QPixmap(width, height)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.scale(scale, scale)
        painter.translate(margin, margin)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        draw_frame(painter, rect, fill, accent, stripe, found, mark)
        painter.end()
        QPixmapCache.insert(key, pixmap)
    return pixmap
