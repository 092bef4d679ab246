"""The view leaves the desk unfilled under the opaque lanes, and shows the same pixels (issue 12).

The shortcut (desk.py) is checked both ways: the canvas grabbed with it equals the
canvas grabbed with the desk filled everywhere (as QGraphicsView does), at 100 %,
at a zoom where the lanes' edges fall between device pixels, and far out; the fill
really leaves the lanes' pixels alone; and a lane with a see-through colour gets
the desk under it (without, its tint would blend over whatever was there before).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QRegion
from PySide6.QtWidgets import QApplication

from app.ui.canvas.desk import fill_desk

_MAGENTA = QColor("#FF00FF")


def _screen(view) -> QImage:
    overview = view.scene().overview
    for _ in range(3):
        view.scene().render_queue.flush()
        QApplication.processEvents()
    # Far out, the titles a first frame greeked, then the cells kept in pixmaps (a kept cell may round an edge
    # pixel by 1 from one drawn in place): both grabs see every cell at rest.
    for _ in range(200):
        if not overview.titles_pending() and not overview._missing:
            break
        QApplication.processEvents()
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def _with_the_desk_everywhere(view) -> QImage:
    """The canvas as grabbed with the desk filled under everything (no lane counted as covering it)."""
    grid = view.scene().grid
    grid.opaque_rects = list  # an instance attribute: the view asks it, and gets []
    try:
        return _screen(view)
    finally:
        del grid.opaque_rects


def test_the_canvas_looks_the_same_with_the_desk_left_unfilled_under_the_lanes(window) -> None:
    view = window.canvas_view
    for zoom in (1.0, 0.8, 0.3):
        view.set_zoom(zoom)
        view.centerOn(view.scene().layout.width / 3.0, view.scene().layout.height / 2.0)
        shortcut = _screen(view)
        assert shortcut == _with_the_desk_everywhere(view), zoom
        # Not a blank picture: lane tints and the desk are both there.
        colours = {shortcut.pixelColor(x, y).name() for x in range(0, shortcut.width(), 40)
                   for y in range(0, shortcut.height(), 40)}
        assert len(colours) > 4


def test_the_desk_is_filled_only_around_the_pixels_a_lane_covers_whole(window) -> None:
    view = window.canvas_view
    view.set_zoom(0.8)  # lane edges between device pixels
    lanes = view.scene().grid.opaque_rects()
    assert len(lanes) > 3
    image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
    image.fill(_MAGENTA)
    painter = QPainter(image)
    painter.setWorldTransform(view.viewportTransform())
    fill_desk(painter, view.visible_scene_rect(), view.backgroundBrush(), lanes)
    painter.end()
    transform = view.viewportTransform()
    covered = QRegion()
    for lane in lanes:
        device = transform.mapRect(lane)
        covered += QRegion(device.toAlignedRect())
    unfilled = [(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
                if image.pixelColor(x, y) == _MAGENTA]
    assert unfilled, "the desk was filled under the lanes too"
    # Every pixel left unfilled is under a lane (a lane paints it whole, opaque).
    assert all(covered.contains(QRectF(x, y, 1, 1).toRect()) for x, y in unfilled)
    # Around the map the desk is filled.
    outside = [(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
               if not covered.contains(QRectF(x, y, 1, 1).toRect())]
    assert outside and all(image.pixelColor(x, y) == view.backgroundBrush().color() for x, y in outside)


def test_a_see_through_lane_colour_gets_the_desk_under_it(window) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    lane = scene.layout.lanes[0]
    scene.grid.colours = {**scene.grid.colours, lane.lane_id: "#80C04040"}
    assert QRectF(lane.rect.x, lane.rect.y, lane.rect.w, lane.rect.h) not in scene.grid.opaque_rects()
    scene.grid.update()
    view.centerOn(lane.rect.x + 600.0, lane.rect.y + lane.rect.h / 2.0)
    for _ in range(3):  # the translucent tint, repainted over itself, would darken without the desk under it
        shortcut = _screen(view)
    assert shortcut == _with_the_desk_everywhere(view)
    # The red tint, over the desk, between the cards of its row.
    row = view.mapFromScene(0.0, lane.rect.y + lane.rect.h / 2.0).y()
    pixels = [shortcut.pixelColor(x, row) for x in range(shortcut.width())]
    assert any(pixel.red() > pixel.green() + 40 for pixel in pixels)


def test_the_viewport_paints_every_pixel_itself(window) -> None:
    # The viewport paints opaque: Qt no longer fills its background before the view draws. Rendered without
    # that fill into a magenta image, not one magenta pixel may be left, near, at a zoom where the lanes' edges
    # fall between pixels, far out, and with the map smaller than the view (the desk around it).
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QWidget

    view = window.canvas_view
    assert view.viewport().testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
    for zoom in (1.0, 0.8, 0.3, 0.1):
        view.set_zoom(zoom)
        view.centerOn(view.scene().layout.width / 3.0, view.scene().layout.height / 2.0)
        _screen(view)
        image = QImage(view.viewport().size(), QImage.Format.Format_RGB32)
        image.fill(_MAGENTA)
        view.viewport().render(image, QPoint(), QRegion(), QWidget.RenderFlag(0))
        left = [(x, y) for x in range(image.width()) for y in range(0, image.height(), 3)
                if image.pixelColor(x, y) == _MAGENTA]
        assert not left, (zoom, left[:5])
