"""A card never drawn is drawn in place in its first frame, with the pixels its pixmap gives (issue 12).

A map just opened (or a journey just shown, a theme just changed) has no card pixmap
at any level: the card layer draws each card's shared frame and its contents straight
on the view, and the render queue makes the pixmaps just after, without repainting
(the screen shows them already). Checked at zooms that are levels (100 %, a step in
and out), with a selected, a found and a hovered card, in light and dark: the first
frame makes no pixmap, and it is pixel for pixel the frame blitted from the pixmaps
made after it.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPixmapCache
from PySide6.QtWidgets import QApplication

from app.ui import theme
from app.ui.canvas import card_paint
from app.ui.canvas.view import ZOOM_STEP
from tests.ui.canvas import mouse


def _settle(view) -> None:
    for _ in range(3):
        view.scene().render_queue.flush()
        QApplication.processEvents()


@pytest.mark.parametrize("dark", [False, True])
def test_a_first_frame_draws_cards_in_place_with_their_pixmaps_pixels(window, journey_map, monkeypatch,
                                                                       dark) -> None:
    if dark:
        theme.apply(QApplication.instance(), "dark")
    try:
        view, scene = window.canvas_view, window.canvas_view.scene()
        scene.set_found({journey_map.card("Offer e-mail")})
        scene.card_item(journey_map.card("Apply online")).setSelected(True)
        hovered = scene.card_item(journey_map.card("No news for 3 weeks"))
        made = []
        render = card_paint.render

        def counted(item, level, ratio):
            made.append(item)
            return render(item, level, ratio)

        for zoom in (1.0, ZOOM_STEP, 1.0 / ZOOM_STEP):
            view.set_zoom(zoom)
            view.centerOn(hovered)
            mouse.move(view, mouse.scene_point(view, hovered.sceneBoundingRect().center()),
                       buttons=mouse.Button.NoButton)
            _settle(view)
            assert hovered.hovered
            QPixmapCache.clear()  # as for a map just opened: no pixmap at any level
            monkeypatch.setattr(card_paint, "render", counted)
            first: QImage = view.viewport().grab().toImage()
            assert made == [], zoom  # drawn in place, no pixmap made in the frame
            queued = len(scene.render_queue)
            assert queued > 3 and not scene.render_queue.repaints_pending()
            monkeypatch.setattr(card_paint, "render", render)
            _settle(view)
            assert len(scene.render_queue) == 0
            blitted = view.viewport().grab().toImage()
            assert first == blitted, zoom
            made.clear()
    finally:
        if dark:
            theme.apply(QApplication.instance(), "light")
