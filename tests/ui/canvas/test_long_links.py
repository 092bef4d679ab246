"""A link across a tall map is drawn where the view shows it, as smooth as before, at the cost of the part shown."""

from __future__ import annotations

import math
import random

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
)

from app.model import colours
from app.model.enums import LinkKind
from app.ui import theme
from app.ui.canvas import items
from app.ui.canvas.items import LinkItem


def _centres(image: QImage) -> dict[int, float]:
    """Row -> the mean x of the row's dark pixels (rows with any)."""
    rows: dict[int, list[int]] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 200:
                rows.setdefault(y, []).append(x)
    return {y: sum(xs) / len(xs) for y, xs in rows.items()}


def _render(item: QGraphicsItem, middle: float) -> QImage:
    """The 400 x 300 part of a scene around ``middle`` (scene y), drawn by a view (only that part exposed)."""
    scene = QGraphicsScene()
    scene.addItem(item)
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render(painter, QRectF(0, 0, 400, 300), view.mapFromScene(QRectF(0, middle - 150, 400, 300)).boundingRect())
    painter.end()
    scene.removeItem(item)
    return image


def test_a_long_link_crossing_the_view_is_drawn_where_it_crosses(qtbot) -> None:
    link = LinkItem(1, 1, 2, LinkKind.FLOW)
    link.set_ends(QRectF(0, 30_000, 176, 60), QRectF(400, 0, 176, 60))
    assert link._flattened is None  # flattened at its first paint, not at each reroute
    crossing = link._curve.pointAtPercent(0.5)
    image = _render(link, crossing.y())
    # A frame exposing part of it makes its pieces, once: pieces a frame can pick from.
    option = QStyleOptionGraphicsItem()
    option.exposedRect = QRectF(0, crossing.y() - 150, 400, 300)
    canvas = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(canvas)
    link.paint(painter, option)
    painter.end()
    assert len(link._runs) > 20
    x = round(crossing.x())
    assert any(image.pixelColor(x + dx, 150 + dy) != QColor("white") for dx in (-2, -1, 0, 1, 2) for dy in (-1, 0, 1))
    assert image.pixelColor(395, 5) == QColor("white")  # nothing but the link
    # The pixels of the whole curve stroked with the same pen, give or take antialiasing along the line.
    whole = QGraphicsPathItem(link._curve)
    whole.setPen(QPen(theme.colour(colours.CURVE_LINE), 1.8))
    reference = _render(whole, crossing.y())
    drawn, expected = _centres(image), _centres(reference)
    assert len(expected) > 250 and set(drawn) == set(expected)
    assert max(abs(drawn[y] - expected[y]) for y in expected) <= 1.0


def test_a_dashed_link_is_drawn_whole(qtbot) -> None:
    link = LinkItem(1, 1, 2, LinkKind.RELATES)
    link.set_ends(QRectF(0, 3000, 176, 60), QRectF(400, 0, 176, 60))
    crossing = link._curve.pointAtPercent(0.5)
    image = _render(link, crossing.y())
    assert any(image.pixelColor(round(crossing.x()) + dx, 150 + dy) != QColor("white")
               for dx in range(-3, 4) for dy in range(-6, 7))


def test_a_straight_vertical_link_is_drawn_where_it_crosses(qtbot) -> None:
    # Two cards of one column, far apart: the arrow runs straight down, its runs have no width.
    link = LinkItem(1, 1, 2, LinkKind.FLOW)
    link.set_ends(QRectF(0, 0, 176, 60), QRectF(0, 6000, 176, 60))
    crossing = link._curve.pointAtPercent(0.5)
    image = _render(link, crossing.y())
    x = round(crossing.x())
    assert all(any(image.pixelColor(x + dx, y) != QColor("white") for dx in (-2, -1, 0, 1, 2))
               for y in range(0, 300, 25))


def test_a_link_moved_with_its_cards_before_its_first_paint_is_drawn_where_it_went(qtbot) -> None:
    # Both cards moved down together (their lanes moved after an edit above): the route is moved, not
    # worked out again, and its pieces are made at the first paint from the moved curve.
    link = LinkItem(1, 1, 2, LinkKind.FLOW)
    link.set_ends(QRectF(0, 3000, 176, 60), QRectF(400, 0, 176, 60))
    link.set_ends(QRectF(0, 8000, 176, 60), QRectF(400, 5000, 176, 60))
    assert link._flattened is None
    crossing = link._curve.pointAtPercent(0.5)
    assert 5000 < crossing.y() < 8000
    image = _render(link, crossing.y())
    x = round(crossing.x())
    assert any(image.pixelColor(x + dx, 150 + dy) != QColor("white") for dx in (-2, -1, 0, 1, 2) for dy in (-1, 0, 1))
    # Moved again once its pieces are made (as a frame showing part of it makes them): they move with it.
    pieces = [bounds for bounds, _run in link._runs]  # made now, as a frame showing part of it would
    link.set_ends(QRectF(0, 8100, 176, 60), QRectF(400, 5100, 176, 60))
    assert [bounds for bounds, _run in link._runs] == [bounds.translated(0, 100) for bounds in pieces]


def _runs_with_qt_points(curve: QPainterPath) -> list[tuple[QRectF, list[tuple[float, float]]]]:
    """The flattened runs as they were worked out with QPointF's operators (the reference for the float version)."""
    fine = QTransform.fromScale(items._FLATTEN, items._FLATTEN)
    runs = []
    for polygon in curve.toSubpathPolygons(fine):
        points = [QPointF(polygon.at(n).x() / items._FLATTEN, polygon.at(n).y() / items._FLATTEN)
                  for n in range(polygon.size())]
        even = points[:1]
        for point in points[1:]:
            last = even[-1]
            steps = max(1, math.ceil(math.hypot(point.x() - last.x(), point.y() - last.y()) / items._PIECE))
            even.extend(last + (point - last) * (n / steps) for n in range(1, steps + 1))
        for start in range(0, max(1, len(even) - 1), items._RUN_PIECES):
            run = QPolygonF(even[start:start + items._RUN_PIECES + 1])
            runs.append((run.boundingRect().adjusted(-2.0, -2.0, 2.0, 2.0),
                         [(run.at(n).x(), run.at(n).y()) for n in range(run.size())]))
    return runs


def test_links_are_flattened_to_the_very_points_qt_points_gave() -> None:
    """The runs are worked out on floats (faster at a big map's first paint): the same points, to the last bit."""
    chance = random.Random(12)
    for _ in range(400):
        source = QRectF(chance.uniform(-3000, 3000), chance.uniform(-3000, 30000), chance.uniform(40, 300), 90)
        target = QRectF(chance.uniform(-3000, 3000), chance.uniform(-3000, 30000), chance.uniform(40, 300), 60)
        curve = items._route(source, target).curve
        runs = [(bounds, [(run.at(n).x(), run.at(n).y()) for n in range(run.size())])
                for bounds, run in items._runs(curve)]
        assert runs == _runs_with_qt_points(curve)
