"""A map above ON_DEMAND_CARDS makes its card items only around the view and when something needs one.

Each test opens such a map (the threshold lowered to a few dozen cards), lets
its layout finish, checks that the far cards have no item yet (else it proves
nothing), then does what a user does with those cards: Select all, a rubber
band over the whole map zoomed out, a click and a drag on a far card, Find,
a delete and its undo. Each fails if the item the scene skipped was needed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF

from app.model.journey_data import read_journey
from app.model.layout import MapLayout, TextWrapper, compute_layout
from app.model.schema import Card
from app.ui.canvas import lazy as lazy_module
from app.ui.canvas import scene as scene_module
from app.ui.canvas.controller import CanvasController
from app.ui.canvas.metrics import QtTextMetrics
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from tests.ui.canvas.extra_cards import card_rows, first_journey
from tests.ui.canvas.mouse import click, drag, scene_point

WORDS = ("welcome", "badge", "e-mail", "contract", "first", "day", "laptop", "manager", "coffee", "HR", "a",
         "signature", "kit", "parking")
#: A word no card of the sample holds: two cards of the last card lane hold it.
NEEDLE = "zanzibar"


@pytest.fixture
def big_journey(document) -> int:
    """The sample's first journey with 500 more cards: far more than the view shows."""
    session = document.session
    journey_id = first_journey(session)
    rows, card_lanes, _stages = card_rows(session, journey_id, 500, seed=5, words=WORDS, title_words=10,
                                          body_words=16)
    last_lane = [row for row in rows if row["lane_id"] == card_lanes[-1][0]]
    for row in (last_lane[-1], last_lane[-2]):
        row["title"] += f" {NEEDLE}"
    session.execute(Card.__table__.insert(), rows)
    session.commit()
    return journey_id


@pytest.fixture
def canvas(qtbot, document, monkeypatch):
    """A shown 900 x 600 canvas whose maps above 100 cards make their items on demand."""
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 50)
    monkeypatch.setattr(lazy_module, "ON_DEMAND_CARDS", 100)
    scene = MapScene(document)
    view = CanvasView(scene)
    controller = CanvasController(document, scene, view)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return scene, view, controller


def open_on_demand(qtbot, scene: MapScene, journey_id: int) -> None:
    """Show the journey, let its layout finish, and check that most cards have no item (or the test proves nothing)."""
    scene.set_journey(journey_id)
    qtbot.waitUntil(lambda: not scene.filling, timeout=20000)
    assert scene.layout is not None and len(scene.layout.cards) > 500
    assert 0 < len(scene.cards) < len(scene.layout.cards) / 2


def full_layout(document, journey_id: int) -> MapLayout:
    """What a full layout of the journey, made afresh, gives."""
    metrics = QtTextMetrics()
    return compute_layout(read_journey(document.session, journey_id), metrics, wrapper=TextWrapper(metrics))


def far_cards(layout: MapLayout, count: int = 1) -> list[int]:
    """The last ``count`` cards of the map's lowest, rightmost cells."""
    order = sorted(layout.cards, key=lambda card_id: (layout.cards[card_id].rect.bottom, layout.cards[card_id].rect.x))
    return order[-count:]


def box_of(scene: MapScene, card_id: int) -> QRectF:
    rect = scene.layout.cards[card_id].rect
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def show(view: CanvasView, rect: QRectF) -> None:
    """Scroll until ``rect`` is in view, as a user drags the scroll bars (their ends move as lanes are laid out)."""
    for _ in range(30):
        if view.visible_scene_rect().adjusted(20, 20, -20, -20).contains(rect):
            return
        view.ensureVisible(rect, 40, 40)
    raise AssertionError(f"{rect} never came into view")


def test_a_far_card_gets_its_item_where_a_full_layout_puts_it_when_asked(qtbot, document, canvas,
                                                                         big_journey) -> None:
    scene, _view, _controller = canvas
    open_on_demand(qtbot, scene, big_journey)
    fresh = full_layout(document, big_journey)
    far_id = far_cards(fresh)[0]
    assert far_id not in scene.cards

    item = scene.card_item(far_id)

    assert item is not None and item.card_id == far_id
    assert (item.pos().x(), item.pos().y()) == (fresh.cards[far_id].rect.x, fresh.cards[far_id].rect.y)
    assert item.box.rect == fresh.cards[far_id].rect
    assert scene.card_at(item.sceneBoundingRect().center()) is item


def test_select_all_selects_the_cards_that_had_no_item(qtbot, canvas, big_journey) -> None:
    scene, _view, controller = canvas
    open_on_demand(qtbot, scene, big_journey)

    controller.select_all()

    assert scene.selected_card_ids() == scene.reading_order()
    assert len(scene.selected_card_ids()) == len(scene.layout.cards)


def test_a_rubber_band_over_the_whole_map_zoomed_out_selects_every_card(qtbot, canvas, big_journey) -> None:
    scene, view, _controller = canvas
    open_on_demand(qtbot, scene, big_journey)
    view.fit()
    qtbot.wait(30)
    made = len(scene.cards)
    assert scene.far and made < len(scene.layout.cards) / 2  # far out, nothing is made for the view
    start = QPoint(2, 2)
    end = QPoint(view.viewport().width() - 3, view.viewport().height() - 3)
    assert scene.card_at(view.mapToScene(start)) is None and scene.header_at(view.mapToScene(start)) is None
    map_rect = QRectF(0, 0, scene.layout.width, scene.layout.height)
    assert QRectF(view.mapToScene(start), view.mapToScene(end)).contains(map_rect)

    drag(view, start, end, steps=4)

    assert len(scene.selected_card_ids()) == len(scene.layout.cards)


def test_a_click_on_a_far_card_zoomed_out_selects_it(qtbot, canvas, big_journey) -> None:
    scene, view, _controller = canvas
    open_on_demand(qtbot, scene, big_journey)
    view.fit()
    far_id = far_cards(scene.layout)[0]
    assert scene.far and far_id not in scene.cards

    click(view, scene_point(view, box_of(scene, far_id).center()))

    assert scene.selected_card_ids() == [far_id]


def test_a_drag_of_a_far_card_moves_it_to_the_cell_dropped_on(qtbot, document, canvas, big_journey) -> None:
    scene, view, _controller = canvas
    open_on_demand(qtbot, scene, big_journey)
    far_id = far_cards(scene.layout)[0]
    card = scene.data.cards[far_id]
    stages = [stage.id for stage in scene.data.stages]
    target_stage = stages[stages.index(card.stage_id) - 1]
    box = box_of(scene, far_id)
    target = QPointF(scene.cell_rect(card.lane_id, target_stage).center().x(), box.center().y())
    show(view, box.united(QRectF(target, target)))

    drag(view, scene_point(view, box.center()), scene_point(view, target), steps=8)

    moved = document.session.get(Card, far_id)
    document.session.refresh(moved)
    assert (moved.lane_id, moved.stage_id) == (card.lane_id, target_stage)
    assert scene.layout.cards[far_id].stage_id == target_stage


def test_find_rings_a_far_match_when_its_item_comes(qtbot, canvas, big_journey) -> None:
    scene, view, controller = canvas
    open_on_demand(qtbot, scene, big_journey)
    matches = [card_id for card_id, data in scene.data.cards.items() if NEEDLE in data.title]
    assert len(matches) == 2

    assert controller.find(NEEDLE) == 2
    first, second = sorted(matches, key=scene.reading_order().index)
    assert scene.selected_card_ids() == [first]
    view.centerOn(QPointF(0, 0))
    show(view, box_of(scene, second))

    item = scene.cards.get(second)
    assert item is not None and item.found
    assert scene.card_item(first).found


def test_undo_of_a_delete_of_far_cards_brings_them_back_where_they_were(qtbot, document, canvas,
                                                                        big_journey) -> None:
    scene, _view, controller = canvas
    open_on_demand(qtbot, scene, big_journey)
    gone = far_cards(scene.layout, 3)
    before = {card_id: scene.layout.cards[card_id].rect for card_id in gone}
    scene.select_cards(gone)
    assert sorted(scene.selected_card_ids()) == sorted(gone)

    controller.delete_selection()
    assert not any(card_id in scene.layout.cards or card_id in scene.cards for card_id in gone)
    document.undo_stack.undo()

    fresh = full_layout(document, big_journey)
    for card_id in gone:
        assert scene.layout.cards[card_id].rect == before[card_id] == fresh.cards[card_id].rect
        item = scene.card_item(card_id)
        assert item is not None and (item.pos().x(), item.pos().y()) == (before[card_id].x, before[card_id].y)


def test_a_click_on_a_far_card_right_after_opening_selects_it(qtbot, document, canvas, big_journey) -> None:
    scene, view, _controller = canvas
    scene.set_journey(big_journey)  # no event runs: neither the late layout nor the fill
    assert scene.layout_pending and len(scene.cards) < 100
    fresh = full_layout(document, big_journey)
    far_id = far_cards(fresh)[0]
    box = fresh.cards[far_id].rect
    target = QRectF(box.x, box.y, box.w, box.h)
    show(view, target)

    click(view, scene_point(view, target.center()))

    assert scene.selected_card_ids() == [far_id]
    assert scene.cards[far_id].isSelected() and scene.cards[far_id].box.rect == box
