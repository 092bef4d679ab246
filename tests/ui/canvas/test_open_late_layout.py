"""A big map lays out the lanes below the view after its first paint: nothing the user does sees the difference.

The scene measures the text of the lanes in and above the view before the
first paint and the others later, in slices (late_layout.py). Each test does
something right after opening, before any slice has run, that needs a lane
not laid out yet (a click on a far card, Select all, Find, Fit, a scroll, an
edit), and checks the result against a fresh full layout: it fails if the
scene answered from the lanes laid out so far. The others check that the
shortcut is taken at all, that the first frame is the one a full layout
draws, and that once done the map is the full layout, the view unmoved.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from sqlalchemy import select

from app.model import ops
from app.model.enums import LinkKind
from app.model.journey_data import read_journey
from app.model.layout import MapLayout, TextWrapper, compute_layout
from app.model.ops_core import Op
from app.model.schema import Card, Link
from app.ui.canvas import lazy as lazy_module
from app.ui.canvas import scene as scene_module
from app.ui.canvas.controller import CanvasController
from app.ui.canvas.metrics import QtTextMetrics
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from tests.ui.canvas.extra_cards import card_rows, first_journey
from tests.ui.canvas.mouse import click, scene_point

WORDS = ("welcome", "badge", "e-mail", "contract", "first", "day", "laptop", "manager", "coffee", "HR", "a",
         "signature", "kit", "parking", "extraordinarily-long-hyphenated-word")
#: A word no card of the sample holds: Find looks for it in one card of the last card lane.
NEEDLE = "zanzibar"


@pytest.fixture
def tall_journey(document) -> int:
    """The sample's first journey with 400 more cards: each card lane is taller than the view, so most
    lanes start below it."""
    session = document.session
    journey_id = first_journey(session)
    rows, card_lanes, stages = card_rows(session, journey_id, 400, seed=7, words=WORDS, title_words=14,
                                         body_words=20)
    last = max((row for row in rows if row["lane_id"] == card_lanes[-1][0]), key=lambda row: row["position"])
    last["title"] += f" {NEEDLE}"
    session.execute(Card.__table__.insert(), rows)
    # The sample's links join its lanes from top to bottom: a link crossing the view has its two ends laid out
    # before the first paint, so they would leave nothing for later. One link, to the third card lane, stays.
    session.execute(Link.__table__.delete())
    first = session.scalar(select(Card.id).where(Card.lane_id == card_lanes[0][0], Card.stage_id == stages[0])
                           .order_by(Card.position))
    far = session.scalar(select(Card.id).where(Card.lane_id == card_lanes[2][0], Card.stage_id == stages[1])
                         .order_by(Card.position.desc()))
    session.execute(Link.__table__.insert(), [{"source_id": first, "target_id": far, "kind": LinkKind.FLOW,
                                               "label": ""}])
    session.commit()
    return journey_id


@pytest.fixture
def canvas(qtbot, document, monkeypatch):
    """A shown 900 x 600 canvas, empty: each test opens the journey in its body, so that no event runs a
    slice of the layout (or the fill) between the opening and what the test does."""
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 50)
    monkeypatch.setattr(lazy_module, "FILL_CHUNK", 40)
    scene = MapScene(document)
    view = CanvasView(scene)
    controller = CanvasController(document, scene, view)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return scene, view, controller


def full_layout(document, journey_id: int) -> MapLayout:
    """What a full layout of the journey, made afresh, gives."""
    metrics = QtTextMetrics()
    return compute_layout(read_journey(document.session, journey_id), metrics, wrapper=TextWrapper(metrics))


def open_late(scene: MapScene, journey_id: int) -> None:
    """Show the journey and check that lanes are left for later (else the tests below prove nothing)."""
    scene.set_journey(journey_id)
    so_far = scene.layout_so_far
    assert scene.layout_pending and so_far is not None
    assert 0 < len(so_far.cards) < len(scene.data.cards) / 2


def shown_whole(qtbot, document, view: CanvasView, journey_id: int, monkeypatch) -> tuple[MapScene, CanvasView]:
    """The journey in a second view of ``view``'s size, laid out whole before its first paint."""
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 100_000)
    whole = MapScene(document)
    other = CanvasView(whole)
    qtbot.addWidget(other)
    other.resize(view.size())
    other.show()
    qtbot.waitExposed(other)
    whole.set_journey(journey_id)
    return whole, other


def scroll_to(view: CanvasView, x: float, y: float) -> None:
    """Scroll until the scene point is in view, as a user drags the scroll bars (their ends move as lanes are
    laid out)."""
    for _ in range(30):
        if view.visible_scene_rect().adjusted(20, 20, -20, -20).contains(QPointF(x, y)):
            return
        view.ensureVisible(x, y, 1, 1, 40, 40)
    raise AssertionError(f"({x}, {y}) never came into view")


def far_card(fresh: MapLayout) -> int:
    """The last card of the map's lowest, rightmost cell."""
    return max(fresh.cards, key=lambda card_id: (fresh.cards[card_id].rect.bottom, fresh.cards[card_id].rect.x))


def test_the_lanes_in_view_are_laid_out_exactly_and_the_rest_after_the_first_paint(qtbot, document, canvas,
                                                                                      tall_journey) -> None:
    scene, view, _controller = canvas
    fresh = full_layout(document, tall_journey)
    open_late(scene, tall_journey)
    so_far = scene.layout_so_far
    shown = view.visible_scene_rect()

    done = [lane for lane in so_far.lanes if so_far.cells and any(
        card_id in so_far.cards for stage in so_far.stages
        for card_id in so_far.cell_cards.get((lane.lane_id, stage.stage_id), ()))]
    assert done and all(lane == fresh.lanes[lane.index] for lane in done)
    for card_id, box in so_far.cards.items():
        assert box.rect == fresh.cards[card_id].rect
    # Every card the view shows has its item, where the full layout puts it.
    in_view = [card_id for card_id, box in fresh.cards.items()
               if shown.intersects(scene_module.QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h))]
    assert in_view and all(card_id in scene.cards for card_id in in_view)

    qtbot.waitUntil(lambda: not scene.filling, timeout=20000)
    assert not scene.layout_pending
    assert scene.layout == fresh
    assert list(scene.layout.cards) == list(fresh.cards)  # the reading order
    assert view.visible_scene_rect().topLeft() == QPointF(-40.0, -40.0)  # nothing in view moved: still the top left
    rect = scene.sceneRect()
    assert (rect.width(), rect.height()) == (fresh.width + 80.0, fresh.height + 80.0)  # the scroll range
    for card_id, item in scene.cards.items():
        assert (item.pos().x(), item.pos().y()) == (fresh.cards[card_id].rect.x, fresh.cards[card_id].rect.y)
    for lane_id, header in scene.lane_headers.items():
        lane = next(box for box in fresh.lanes if box.lane_id == lane_id)
        assert header.sceneBoundingRect().top() == pytest.approx(lane.rect.y, abs=1.0)


def test_the_first_frame_is_the_one_a_full_layout_draws(qtbot, document, canvas, tall_journey,
                                                         monkeypatch) -> None:
    scene, view, _controller = canvas
    open_late(scene, tall_journey)
    late = view.viewport().grab().toImage()

    whole, other = shown_whole(qtbot, document, view, tall_journey, monkeypatch)
    assert not whole.layout_pending
    assert other.visible_scene_rect() == view.visible_scene_rect()
    assert late == other.viewport().grab().toImage()
    crossing = [link for link in scene.data.links if link.source_id in scene.cards]
    assert any(link.id in scene.links for link in crossing)  # the link into a lane below is drawn


def test_a_click_on_a_far_card_right_after_opening_selects_it(document, canvas, tall_journey) -> None:
    scene, view, _controller = canvas
    fresh = full_layout(document, tall_journey)
    far_id = far_card(fresh)
    open_late(scene, tall_journey)
    box = fresh.cards[far_id].rect
    assert far_id not in scene.layout_so_far.cards

    scroll_to(view, box.x + box.w / 2, box.y + 6)  # the lanes coming into view are laid out first
    click(view, scene_point(view, QPointF(box.x + box.w / 2, box.y + 6)))

    assert scene.selected_card_ids() == [far_id]
    assert scene.cards[far_id].pos() == QPointF(box.x, box.y)


def test_a_scroll_to_the_bottom_right_after_opening_shows_the_cards_where_they_belong(qtbot, document, canvas,
                                                                                       tall_journey) -> None:
    scene, view, _controller = canvas
    fresh = full_layout(document, tall_journey)
    open_late(scene, tall_journey)

    for _ in range(30):  # the scroll bar's end moves as lanes are laid out: scroll until it stays
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum())
    shown = view.visible_scene_rect()
    in_view = [card_id for card_id, box in fresh.cards.items()
               if shown.intersects(scene_module.QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h))]
    assert in_view
    for card_id in in_view:
        item = scene.cards.get(card_id)
        assert item is not None, card_id
        assert (item.pos().x(), item.pos().y()) == (fresh.cards[card_id].rect.x, fresh.cards[card_id].rect.y)
    assert shown.bottom() >= fresh.height  # the whole map can be scrolled to


def test_select_all_right_after_opening_selects_every_card(canvas, tall_journey) -> None:
    scene, _view, controller = canvas
    open_late(scene, tall_journey)

    controller.select_all()  # Edit > Select all (the window's action: see test_select_all_in_the_window)

    assert len(scene.selected_card_ids()) == len(scene.data.cards)
    assert scene.selected_card_ids() == list(scene.layout.cards)


def test_find_right_after_opening_finds_and_shows_a_card_of_a_lane_not_laid_out(document, canvas,
                                                                                 tall_journey) -> None:
    scene, view, controller = canvas
    fresh = full_layout(document, tall_journey)
    matches = [card_id for card_id, card in scene.document.session.execute(select(Card.id, Card.title)).all()
               if NEEDLE in card]
    open_late(scene, tall_journey)
    assert matches and not any(card_id in scene.layout_so_far.cards for card_id in matches)

    assert controller.find(NEEDLE) == len(matches)

    assert scene.selected_card_ids() == matches[:1]
    box = fresh.cards[matches[0]].rect
    assert view.visible_scene_rect().contains(QPointF(box.x + 1, box.y + 1))


def test_fit_right_after_opening_fits_the_whole_map(document, canvas, tall_journey) -> None:
    scene, view, _controller = canvas
    fresh = full_layout(document, tall_journey)
    open_late(scene, tall_journey)
    assert scene.layout_so_far.height != fresh.height  # the guess is a guess

    view.fit()

    area = view.viewport().rect().adjusted(8, 8, -8, -8)
    assert view.zoom == pytest.approx(min(area.width() / fresh.width, area.height() / fresh.height))
    shown = view.visible_scene_rect()
    assert shown.top() <= 0.0 and shown.bottom() >= fresh.height and shown.right() >= fresh.width


def test_an_edit_right_after_opening_lays_out_the_map_it_makes(qtbot, document, canvas, tall_journey) -> None:
    scene, _view, _controller = canvas
    fresh = full_layout(document, tall_journey)
    far_id = far_card(fresh)
    open_late(scene, tall_journey)

    document.apply(Op(ops.update_card, {"card_id": far_id, "title": "Short", "body": ""}))
    qtbot.waitUntil(lambda: not scene.filling, timeout=20000)

    assert scene.layout == full_layout(document, tall_journey)
    assert scene.cards[far_id].box.rect.h < fresh.cards[far_id].rect.h  # the edit changed its height


def test_selecting_a_far_card_by_its_id_right_after_opening_selects_it(document, canvas, tall_journey) -> None:
    scene, _view, _controller = canvas
    far_id = far_card(full_layout(document, tall_journey))
    open_late(scene, tall_journey)
    assert far_id not in scene.layout_so_far.cards

    scene.select_cards([far_id])  # as a click on its point of the emotion curve does

    assert scene.selected_card_ids() == [far_id] and scene.cards[far_id].isSelected()


def test_the_item_of_a_far_card_asked_for_right_after_opening_is_where_it_belongs(document, canvas,
                                                                                   tall_journey) -> None:
    scene, _view, _controller = canvas
    fresh = full_layout(document, tall_journey)
    far_id = far_card(fresh)
    open_late(scene, tall_journey)

    item = scene.card_item(far_id)

    assert item is not None and item.pos() == QPointF(fresh.cards[far_id].rect.x, fresh.cards[far_id].rect.y)


def test_the_lanes_laid_out_after_the_paint_keep_qt_s_item_index(qtbot, document, canvas, tall_journey) -> None:
    """Laying out the last lanes changes the map's height a little: the views follow, Qt's index stays (100,000
    cards: a 200 ms freeze to index every item again), and every card is still found where it is drawn."""
    scene, view, _controller = canvas
    fresh = full_layout(document, tall_journey)
    open_late(scene, tall_journey)
    guessed = scene.sceneRect()
    changes: list[object] = []
    scene.sceneRectChanged.connect(changes.append)
    qtbot.waitUntil(lambda: not scene.layout_pending)
    exact = fresh.height + 2 * scene_module._MARGIN
    assert abs(exact - guessed.height()) > 1  # the guess was not exact (else nothing is proven)
    assert exact <= guessed.height() * 1.5
    assert changes == []  # no new index
    assert scene.sceneRect().height() == pytest.approx(exact) and view.sceneRect() == scene.sceneRect()
    target = far_card(fresh)
    scroll_to(view, fresh.cards[target].rect.x + 10, fresh.cards[target].rect.y + 10)
    box = fresh.cards[target].rect
    found = scene.card_at(QPointF(box.x + box.w / 2, box.y + box.h / 2))
    assert found is not None and found.card_id == target
