"""Paint the map thousands of times: PySide6 6.12.0 aborted the interpreter after a few thousand paints.

This guards the pin in pyproject.toml (PySide6-Essentials >=6.10,<6.12): if a
release brings the crash back, this test kills the run instead of a user's
afternoon of work.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from app.ui.canvas.scene import MapScene


def test_the_scene_survives_thousands_of_paints(qtbot, document) -> None:
    from sqlalchemy import select

    from app.model.schema import Journey

    scene = MapScene(document)
    scene.set_journey(document.session.scalar(select(Journey.id).order_by(Journey.position)))
    image = QImage(320, 200, QImage.Format.Format_ARGB32_Premultiplied)
    layout = scene.layout
    whole = QRectF(0, 0, layout.width, layout.height)
    corner = QRectF(0, 0, 640, 400)
    for index in range(2000):
        image.fill(0)
        painter = QPainter(image)
        # Alternate the whole map (text skipped: far zoom) and a corner (text drawn: near zoom).
        scene.render(painter, QRectF(image.rect()), whole if index % 2 else corner)
        painter.end()
    # Something was drawn: not all pixels are the fill.
    assert image.pixelColor(160, 100).alpha() > 0
    scene.detach()  # as the window does before dropping a map (else a later test may hear it die)
    scene.deleteLater()
