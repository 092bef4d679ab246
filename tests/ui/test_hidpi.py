"""HiDPI (issue 13, seen with QT_SCALE_FACTOR=2 under Xvfb): cards drawn at their size, sharp, on a 200 % screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from app.ui.canvas.card_paint import blit, render
from tests.ui.canvas.conftest import Map


def _inked_width(image: QImage) -> int:
    columns = [x for x in range(image.width()) if any(image.pixelColor(x, y).alpha() > 0
                                                      for y in range(0, image.height(), 3))]
    return columns[-1] - columns[0] + 1 if columns else 0


def test_a_card_on_a_200_percent_screen_takes_its_size_in_twice_the_pixels(make_window, sample_path) -> None:
    window = make_window(sample_path)
    item = window.canvas_view.scene().card_item(Map(window).card("Offer e-mail"))
    width = item.size_rect().width()
    pixmap = render(item, 1.0, 2.0)
    assert pixmap.devicePixelRatio() == 2.0  # twice the pixels, the same size
    image = QImage(int(width * 5), int(item.size_rect().height() * 5), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.translate(10.0, 10.0)
    blit(painter, item, None)
    painter.end()
    # The card (and its few pixels of margin for the rings) covers its width at 2 pixels a point, not 4.
    assert abs(_inked_width(image) - 2 * width) <= 2 * 10


def _painted(item, zoom: float, direct: bool) -> QImage:
    from app.ui.canvas.card_paint import draw_card

    rect = item.size_rect()
    image = QImage(int(rect.width() * zoom) + 20, int(rect.height() * zoom) + 20,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(8.0, 8.0)
    painter.scale(zoom, zoom)
    if direct:
        draw_card(painter, item, zoom)
    else:
        blit(painter, item, None)
    painter.end()
    return image


def _strokes_lost(first: QImage, second: QImage) -> int:
    """How many pixels are far darker in ``first`` than in ``second`` (a stroke of text gone missing)."""
    return sum(1 for y in range(first.height()) for x in range(first.width())
               if second.pixelColor(x, y).lightness() - first.pixelColor(x, y).lightness() > 110)


def test_at_79_percent_a_card_from_its_level_pixmap_looks_as_if_drawn_directly(make_window, sample_path) -> None:
    from app.ui.canvas.card_paint import level_of

    window = make_window(sample_path)
    item = window.canvas_view.scene().card_item(Map(window).card("Interviews with the manager"))
    zoom = 0.79  # a pinch between two levels of pixmaps (0.84 serves it; 80 %, one Zoom out, is a level)
    assert abs(level_of(zoom) - 0.84) < 0.01 and level_of(0.8) == 0.8
    direct, blitted = _painted(item, zoom, True), _painted(item, zoom, False)
    # Smoothed, the scaled pixmap keeps every stroke of the direct drawing; unsmoothed, some go missing.
    assert _strokes_lost(direct, blitted) < 8  # about 25 unsmoothed
