"""A card's pixmap starts from the frame cards of its look share, with the pixels of one pass (issue 12).

Every card of the sample (every lane kind, found cards, moments of truth, scores and
channel icons) is rendered through the shared frames and compared pixel for pixel
with its look drawn in one pass on a blank pixmap, at 100 %, a zoom between levels
and 200 %, light and dark; and the frames are shared (fewer frames drawn than cards).
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap, QPixmapCache

from app.ui import theme
from app.ui.canvas import card_frame
from app.ui.canvas.card_paint import MARGIN, draw_card, render


def _one_pass(item, level: float) -> QImage:
    """``item``'s look drawn as render() drew it before the frames: one painter on a blank pixmap."""
    rect = item.size_rect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    pixmap = QPixmap(max(1, math.ceil(rect.width() * level)), max(1, math.ceil(rect.height() * level)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.scale(level, level)
    painter.translate(MARGIN, MARGIN)
    draw_card(painter, item, level)
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
    frames = []
    draw_frame = card_frame.draw_frame
    monkeypatch.setattr(card_frame, "draw_frame", lambda *args: (frames.append(args), draw_frame(*args)))
    try:
        for level in (1.0, 0.8, 2.0):
            QPixmapCache.clear()
            frames.clear()
            differing = [item.card_id for item in items if render(item, level, 1.0).toImage() != _one_pass(item, level)]
            assert not differing, (level, differing)
            assert 0 < len(frames) < len(items)  # cards of one look share a frame: fewer frames than cards
    finally:
        theme.apply(qapp, "light")
