"""What a card item no longer keeps (issue 12's memory) still works as before.

A card item keeps its state in slots, shares its size rectangles with every
card of the same size, makes its tooltip only when the mouse rests on it, and
the overview draws stripes without a rectangle of their own. A big map fixes
the depth of Qt's index before its fill, and the cards made late are hit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionGraphicsItem, QToolTip

from app.ui import theme
from app.ui.canvas import lazy as lazy_module
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.items import CardItem
from app.ui.canvas.overview import OverviewItem
from app.ui.commands import EditCardCommand, push

from .mouse import click, move, press, release, scene_point
from .test_big_map import lazy_scene  # noqa: F401  (a fixture, used by name below)


def _rest_the_mouse_on(view, scene_pos: QPointF) -> None:
    viewport = view.viewport()
    pos = view.mapFromScene(scene_pos)
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))


def test_an_elided_card_shows_its_whole_text_when_the_mouse_rests_on_it(window, journey_map, qtbot) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    card = journey_map.card("Offer e-mail")
    long_title = " ".join(["Offer e-mail with every detail of the salary, the start date and the benefits"] * 3)
    push(window.document, EditCardCommand(window.document, card, title=long_title))
    item = scene.card_item(card)
    assert item.box.title_elided
    view.centerOn(item)
    _rest_the_mouse_on(view, item.sceneBoundingRect().center())
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert long_title in QToolTip.text()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    # A card whose text fits shows no tooltip.
    push(window.document, EditCardCommand(window.document, card, merge=False, title="Short"))
    _rest_the_mouse_on(view, scene.card_item(card).sceneBoundingRect().center())
    QApplication.processEvents()
    assert not QToolTip.isVisible() or long_title not in QToolTip.text()


def test_cards_of_one_size_share_their_rectangles_and_a_card_that_grows_gets_its_own(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    by_size: dict[tuple[float, float], list[int]] = {}
    for card_id, box in scene.layout.cards.items():
        by_size.setdefault((box.rect.w, box.rect.h), []).append(card_id)
    first, second = next(ids for ids in by_size.values() if len(ids) >= 2)[:2]
    one, other = scene.card_item(first), scene.card_item(second)
    assert one.boundingRect() is other.boundingRect()
    before = QRectF(other.boundingRect())
    push(window.document, EditCardCommand(window.document, first, body="A body long enough to wrap " * 4))
    one, other = scene.card_item(first), scene.card_item(second)
    assert one.boundingRect().height() > before.height()
    assert other.boundingRect() == before and other.size_rect().height() == scene.layout.cards[second].rect.h
    # The grown card is hit over its new lower part.
    box = scene.layout.cards[first].rect
    view.centerOn(QPointF(box.x + box.w / 2, box.y + box.h - 4))
    click(view, scene_point(view, QPointF(box.x + box.w / 2, box.y + box.h - 4)))
    assert scene.selected_card_ids() == [first]


def test_a_card_item_keeps_its_state_in_slots(window, journey_map) -> None:
    item = window.canvas_view.scene().card_item(journey_map.card("Offer e-mail"))
    assert item.box is not None and item.card_data is not None and item.serial > 0
    assert not item.__dict__  # no attribute beyond the slots (a dictionary per item is memory on a big map)


def test_the_overview_draws_each_stripe_at_its_card_s_left_edge(window) -> None:
    scene = window.canvas_view.scene()
    layout, data = scene.layout, scene.data
    card_id, box = next(iter(layout.cards.items()))
    overview = OverviewItem()
    overview.set_layout(layout, data)
    overview._paint_titles = lambda *args: None  # blocks and stripes only
    rect = box.rect
    image = QImage(int(rect.w) + 20, int(rect.h) + 20, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.translate(10 - rect.x, 10 - rect.y)
    option = QStyleOptionGraphicsItem()
    option.exposedRect = QRectF(rect.x - 10, rect.y - 10, rect.w + 20, rect.h + 20)
    overview.paint(painter, option, None)
    painter.end()
    palette = canvas_palette.current()
    accent = theme.colour(palette.accent(box.kind)).name()
    fill = theme.colour(palette.card_fill(box.kind, data.cards[card_id].colour)).name()
    middle = 10 + int(rect.h / 2)
    assert [image.pixelColor(10 + x, middle).name() for x in range(4)] == [accent] * 4
    assert image.pixelColor(10 + 4, middle).name() == fill
    assert image.pixelColor(10 + int(rect.w) - 2, middle).name() == fill
    assert image.pixelColor(8, middle).name() == "#ffffff"


def test_a_big_map_fixes_its_index_before_the_fill_and_the_cards_made_last_are_hit(qtbot, lazy_scene,  # noqa: F811
                                                                                   monkeypatch) -> None:
    scene, view = lazy_scene
    monkeypatch.setattr(lazy_module, "_FIXED_INDEX_CARDS", 3)
    scene.set_journey(scene.journey_id)  # again, with the small threshold
    assert scene.filling and scene.bspTreeDepth() >= 5
    qtbot.waitUntil(lambda: not scene.filling, timeout=5000)
    last = list(scene.cards)[-1]
    box = scene.layout.cards[last].rect
    centre = QPointF(box.x + box.w / 2, box.y + box.h / 2)
    view.centerOn(centre)
    click(view, scene_point(view, centre))
    assert scene.selected_card_ids() == [last]
    assert [item for item in scene.items(centre) if getattr(item, "card_id", None) == last]
    # A map small enough again: Qt chooses the depth.
    monkeypatch.setattr(lazy_module, "_FIXED_INDEX_CARDS", 1000)
    scene.relayout()
    assert scene.bspTreeDepth() == 0


def test_a_dragged_card_passes_over_the_cards_it_covers(window) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    view.set_zoom(0.5)
    cards = [scene.card_item(card_id) for card_id in scene.layout.cards]
    dragged = cards[0]
    other = next(item for item in cards[1:] if item.box.stage_id != dragged.box.stage_id)
    start = dragged.sceneBoundingRect().center()
    target = other.mapToScene(other.size_rect().center())
    view.centerOn(QPointF((start.x() + target.x()) / 2, (start.y() + target.y()) / 2))
    press_at = scene_point(view, start)
    press(view, press_at)
    move(view, press_at + QPoint(12, 12))
    move(view, scene_point(view, target))
    under_mouse = [item for item in scene.items(target) if isinstance(item, CardItem)]
    assert under_mouse[0] is dragged and other in under_mouse  # drawn (and hit) over the card it covers
    release(view, scene_point(view, target))
