"""A card's pixmap starts from the frame cards of its look share, with the pixels of one pass (issue 12).

Every card of the sample (every lane kind, found cards, moments of truth, scores and
channel icons, kinds' marks) is rendered through the shared frames and compared pixel
for pixel with its look drawn in one pass on a blank pixmap in the order it was drawn
before the frames (the kind's mark after the text), at 100 %, a zoom between levels and
200 %, light and dark; and the frames are shared (fewer frames drawn than cards).
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPixmap, QPixmapCache

from app.model import colours
from app.ui import theme
from app.ui.canvas import card_frame, card_paint
from app.ui.canvas.card_paint import MARGIN, render


def _one_pass(item, level: float) -> QImage:
    """``item``'s look drawn as render() drew it before the frames: one painter on a blank pixmap, in the order
    of then (the Find ring, the fill and border, the stripe, the text, the icon and score, the kind's mark, the
    moment-of-truth ring)."""
    size = item.size_rect()
    rect = size.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    pixmap = QPixmap(max(1, math.ceil(rect.width() * level)), max(1, math.ceil(rect.height() * level)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.scale(level, level)
    painter.translate(MARGIN, MARGIN)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    *frame, mark = card_paint._frame_look(item, item.box, size, level)
    card_frame.draw_frame(painter, size, *frame)
    moment, item.moment = item.moment, None
    try:
        card_paint._draw_contents(painter, item, size, level)
    finally:
        item.moment = moment
    if mark is not None:
        card_frame.draw_mark(painter, *mark)
    if moment is not None:
        painter.setPen(QPen(theme.colour(colours.MOMENT_OF_TRUTH), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(size.adjusted(1.5, 1.5, -1.5, -1.5), 3.0, 3.0)
    painter.end()
    return pixmap.toImage()


@pytest.mark.parametrize("dark", [False, True])
def test_a_card_rendered_on_a_shared_frame_is_pixel_for_pixel_the_one_pass_drawing(window, qapp, monkeypatch,
                                                                                   dark) -> None:
    theme.apply(qapp, "dark" if dark else "light")
    scene = window.canvas_view.scene()
    items = [item for item in scene.cards.values() if item.box is not None]
    scene.set_found({item.card_id for item in items[::5]})
    assert len({item.box.kind for item in items}) >= 5
    assert any(item.found for item in items) and any(item.moment is not None for item in items)
    assert any(item.box.icon_rect is not None or item.box.badge_rect is not None for item in items)
    assert any(item.box.kind in card_paint.MARKS for item in items)
    frames = []
    draw_frame = card_frame.draw_frame
    monkeypatch.setattr(card_frame, "draw_frame", lambda *args: (frames.append(args), draw_frame(*args)))
    try:
        for level in (1.0, 0.8, 2.0):
            QPixmapCache.clear()
            frames.clear()
            rendered = [render(item, level, 1.0).toImage() for item in items]
            assert 0 < len(frames) < len(items)  # cards of one look share a frame: fewer frames than cards
            differing = [item.card_id for item, image in zip(items, rendered, strict=True)
                         if image != _one_pass(item, level)]
            assert not differing, (level, differing)
    finally:
        theme.apply(qapp, "light")
