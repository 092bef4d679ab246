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
