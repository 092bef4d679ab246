"""The card layer draws every card as its item would, and a card's change repaints its place (issue 12).

The card items have no contents: the scene's card layer blits their pixmaps in
one paint call. What it draws is compared pixel for pixel with the cards
painting themselves (the drawing before the layer), with a selected, a
hovered, a found and a decorated card; and the places Qt repaints after a
click, a hover or a Find are read off the viewport's paint events.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRect
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QGraphicsItem

from app.model import colours
from app.ui.canvas.items import CardItem
from app.ui.votes_badges import install_badges
from tests.ui.canvas import mouse
from tests.ui.canvas.conftest import Map

_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def _screen(view) -> QImage:
    for _ in range(3):  # the queue's renders, and what the window lays out meanwhile, settle
        view.scene().render_queue.flush()
        QApplication.processEvents()
    return view.viewport().grab().toImage()


def _covers(region: QRegion, rect: QRect) -> bool:
    """Whether ``region`` covers all of ``rect`` (QRegion.contains only says they overlap)."""
    return QRegion(rect).subtracted(region).isEmpty()


def _view_rect(view, item: CardItem) -> QRect:
    return view.mapFromScene(item.sceneBoundingRect()).boundingRect()


def _set_up(window, journey_map: Map) -> tuple[CardItem, CardItem, CardItem, CardItem]:
    """A selected, a hovered, a found and a decorated card, all in view at 100 %."""
    view, scene = window.canvas_view, window.canvas_view.scene()
    selected, hovered, found, decorated = (scene.card_item(journey_map.card(title)) for title in (
        "Interviews with the manager", "Offer e-mail", "Welcome e-mail", "Apply online"))
    mouse.click(view, mouse.scene_point(view, selected.sceneBoundingRect().center()))
    scene.set_found({found.card_id})
    badges = install_badges(scene)
    badges.votes = {decorated.card_id: 3}
    decorated.update()
    mouse.move(view, mouse.scene_point(view, hovered.sceneBoundingRect().center()), buttons=mouse.Button.NoButton)
    assert selected.isSelected() and hovered.hovered and found.found
    return selected, hovered, found, decorated


def test_the_layer_draws_the_cards_pixel_for_pixel_as_they_drew_themselves(window, journey_map, qtbot) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    selected, hovered, found, decorated = _set_up(window, journey_map)
    assert all(item.flags() & _NO_CONTENTS for item in scene.cards.values())
    qtbot.wait(300)  # the window lays out what changed (the viewport's size may change)
    by_layer = _screen(view)
    # The drawing before the layer: every card item paints itself.
    scene.card_layer.hide()
    for item in scene.cards.values():
        item.setFlag(_NO_CONTENTS, False)
    by_items = _screen(view)
    assert by_layer.size() == by_items.size()
    assert by_layer == by_items
    # Not two blank pictures: the selection ring, the handle of the hovered card, the Find ring and the
    # vote dots are drawn (the colours sampled where each is).
    ring = _view_rect(view, selected)
    assert _has_colour(by_layer, QRect(ring.left() + 3, ring.top() + 3, ring.width() - 6, 3), colours.SELECTION)
    handle = view.mapFromScene(hovered.mapToScene(hovered.handle_rect().center()))
    assert _has_colour(by_layer, QRect(handle.x() - 2, handle.y() - 2, 5, 5), colours.SELECTION)
    find = _view_rect(view, found)
    assert _has_colour(by_layer, QRect(find.left(), find.top() + 20, 6, 20), colours.FIND_HIGHLIGHT)
    dots = _view_rect(view, decorated)
    assert _has_colour(by_layer, QRect(dots.left() + 10, dots.top(), 30, 12), "#C4251B")


def _has_colour(image: QImage, rect: QRect, colour: str, tolerance: int = 40) -> bool:
    from PySide6.QtGui import QColor

    wanted = QColor(colour)
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green())
                    + abs(pixel.blue() - wanted.blue())) <= tolerance:
                return True
    return False


class _Painted(QObject):
    """Collects the regions the viewport paints."""

    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.region = self.region.united(event.region())
        return False


def _painted_after(view, change) -> QRegion:
    """The region of the viewport painted because of ``change()`` (nothing else pending before it)."""
    QApplication.processEvents()
    painted = _Painted()
    view.viewport().installEventFilter(painted)
    try:
        change()
        QApplication.processEvents()
        view.viewport().repaint(QRect(0, 0, 1, 1))  # flush the update Qt posted, if any
        QApplication.processEvents()
    finally:
        view.viewport().removeEventFilter(painted)
    return painted.region


def test_a_click_a_hover_and_find_repaint_the_places_of_the_cards_they_change(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    card, other, third = (scene.card_item(journey_map.card(title)) for title in (
        "Offer e-mail", "Electronic contract signature", "Welcome e-mail"))
    mouse.move(view, QPointF(view.viewport().width() - 4, view.viewport().height() - 4).toPoint(),
               buttons=mouse.Button.NoButton)
    # Selecting a card by a click repaints it (its ring), though Qt repaints no item without contents.
    region = _painted_after(view, lambda: mouse.click(view, mouse.scene_point(view, card.sceneBoundingRect().center())))
    assert card.isSelected() and _covers(region, _view_rect(view, card))
    # Hovering another card repaints it (its link handle).
    region = _painted_after(view, lambda: mouse.move(view, mouse.scene_point(view, other.sceneBoundingRect().center()),
                                                     buttons=mouse.Button.NoButton))
    assert other.hovered and _covers(region, _view_rect(view, other))
    # A Find match repaints the card found (its ring), and only around it.
    region = _painted_after(view, lambda: scene.set_found({third.card_id}))
    assert third.found and _covers(region, _view_rect(view, third))
    assert not _covers(region, view.viewport().rect())


def test_a_card_moved_by_an_edit_above_it_is_drawn_at_its_new_place_only(window, journey_map, qtbot) -> None:
    from app.ui.commands import EditCardCommand, push

    view, scene = window.canvas_view, window.canvas_view.scene()
    above, below = (scene.card_item(journey_map.card(title)) for title in (
        "Offer e-mail", "Electronic contract signature"))
    before = below.sceneBoundingRect()
    push(window.document, EditCardCommand(window.document, above.card_id,
                                          body="A body long enough to wrap onto more lines " * 3))
    qtbot.wait(300)  # the window lays out what the edit changed (the viewport's size may change)
    after = below.sceneBoundingRect()
    assert after.top() > before.top()
    image = _screen(view)
    scene.card_layer.hide()
    for item in scene.cards.values():
        item.setFlag(_NO_CONTENTS, False)
    assert _screen(view) == image


def test_the_cards_found_for_a_part_of_the_map_are_those_drawn_there(window, monkeypatch) -> None:
    import random

    from PySide6.QtCore import QRectF

    from app.ui.canvas import card_layer

    scene = window.canvas_view.scene()
    layout = scene.layout
    reach = card_layer._REACH
    chance = random.Random(12)

    def expected(rect: QRectF) -> set[int]:
        return {card_id for card_id, item in scene.cards.items() if QRectF(
            item.box.rect.x, item.box.rect.y, item.box.rect.w, item.box.rect.h).adjusted(
            -reach, -reach, reach, reach).intersects(rect)}

    rects = [QRectF(chance.uniform(-50, layout.width), chance.uniform(-50, layout.height),
                    chance.uniform(1, 700), chance.uniform(1, 700)) for _ in range(40)]
    for bisect_from in (24, 0):  # cells scanned, then every cell bisected for its first card in the rect
        monkeypatch.setattr(card_layer, "_BISECT_FROM", bisect_from)
        for rect in rects:
            found = scene.card_layer.cards_in(rect.adjusted(0.37, 0.37, 0.37, 0.37))
            assert {item.card_id for item in found} == expected(rect.adjusted(0.37, 0.37, 0.37, 0.37))
            assert [item.serial for item in found] == sorted(item.serial for item in found)
    assert any(scene.card_layer.cards_in(rect) for rect in rects)
