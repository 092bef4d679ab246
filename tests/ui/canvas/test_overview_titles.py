"""Far out, the overview writes the titles of cards tall enough for a legible line, except those being dragged."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from app.ui.canvas.card_paint import min_title_height
from app.ui.canvas.overview import OverviewItem


def _paint(item: OverviewItem, exposed: QRectF, zoom: float) -> QImage:
    image = QImage(math.ceil(exposed.width() * zoom), math.ceil(exposed.height() * zoom), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(zoom, zoom)
    painter.translate(-exposed.x(), -exposed.y())
    option = QStyleOptionGraphicsItem()
    option.exposedRect = exposed
    item.paint(painter, option)
    painter.end()
    return image


def _colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_titles_are_written_far_out_and_a_dragged_card_is_left_to_itself(window) -> None:
    scene = window.scene
    layout, data = scene.layout, scene.data
    zoom = 0.3
    tall = min_title_height(layout.style, zoom)
    card_id, box = max(layout.cards.items(), key=lambda entry: entry[1].rect.h)
    assert box.rect.h >= tall and data.cards[card_id].title
    overview = OverviewItem()
    overview.set_layout(layout, data)
    rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
    written = _colours(_paint(overview, rect, zoom))
    assert len(written) > 3  # fill, stripe and the anti-aliased text
    overview.set_layout(layout, data)  # afresh: nothing laid out yet
    plain = OverviewItem()
    plain.set_layout(layout, data)
    plain.skipped = {card_id}
    blank = _colours(_paint(plain, rect, zoom))
    assert len(blank) < len(written)  # neither its block nor its title: the dragged item draws itself
    # Drawn twice at one zoom, the titles come from what the first frame laid out.
    assert _colours(_paint(overview, rect, zoom)) == written and overview._titles


def test_at_fit_the_shortest_cards_show_their_title_too(window) -> None:
    # At about 30 % (a map fitted to the window) a card of the minimum height used to be a blank block
    # beside taller cards that showed theirs: its padding now gives way to one legible line.
    scene = window.scene
    layout, data = scene.layout, scene.data
    zoom = 0.31
    short = [(card_id, box) for card_id, box in layout.cards.items()
             if box.rect.h == layout.style.min_card_height and data.cards[card_id].title.strip()]
    assert short
    card_id, box = short[0]
    assert box.rect.h >= min_title_height(layout.style, zoom)
    overview = OverviewItem()
    overview.set_layout(layout, data)
    rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
    plain = OverviewItem()
    plain.set_layout(layout, data)
    plain._paint_titles = lambda painter, shown, zoom: None  # the block and its stripe only
    assert len(_colours(_paint(overview, rect, zoom))) > len(_colours(_paint(plain, rect, zoom)))


def test_the_cells_kept_in_pixmaps_draw_as_the_cells_drawn_directly_and_follow_the_marks(window, journey_map) -> None:
    from app.ui.canvas.overview import _MAX_CELL_PIXELS

    scene = window.canvas_view.scene()
    item = OverviewItem()
    item.set_layout(scene.layout, scene.data)
    zoom = 0.25
    exposed = QRectF(0.0, 0.0, scene.layout.width, scene.layout.height)
    assert all(cell.width() * cell.height() * zoom * zoom <= _MAX_CELL_PIXELS for cell, _cards in item._cells)
    card = journey_map.card("Offer e-mail")

    def direct() -> QImage:  # every cell drawn in place, no pixmap
        image = QImage(math.ceil(exposed.width() * zoom), math.ceil(exposed.height() * zoom),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(zoom, zoom)
        item._draw(painter, list(range(len(item._cells))), zoom)
        painter.end()
        return image

    def painted() -> QImage:
        image = QImage(math.ceil(exposed.width() * zoom), math.ceil(exposed.height() * zoom),
                       QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(zoom, zoom)
        option = QStyleOptionGraphicsItem()
        option.exposedRect = exposed
        item.paint(painter, option)
        painter.end()
        return image

    def kept() -> QImage:
        first = painted()  # the cells not kept yet are drawn in place, and kept just after
        assert item._missing
        while item._missing:
            item._on_keeper_timeout()
        second = painted()  # blits of the pixmaps kept
        assert not item._missing and largest_difference(first, second) <= 2
        return second

    def largest_difference(first: QImage, second: QImage) -> int:
        return max(abs(getattr(first.pixelColor(x, y), channel)() - getattr(second.pixelColor(x, y), channel)())
                   for x in range(first.width()) for y in range(first.height())
                   for channel in ("red", "green", "blue"))

    plain = kept()
    assert largest_difference(plain, direct()) <= 2  # a composited pixmap may round an edge pixel by 1 or 2
    item.selected = {card}  # as the scene does: a new set, then a repaint
    marked = kept()
    assert largest_difference(marked, direct()) <= 2
    assert largest_difference(marked, plain) > 100  # the selection's outline is drawn, not a pixmap from before
