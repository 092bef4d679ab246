"""A big map opens on what the first frame needs; after the fill, it is the map a full layout gives.

Before the first paint the scene lays out heights only (text is wrapped
when a card is drawn) and makes the items in view; these tests fail if any
of that skipped work was needed: every item ends where a fresh full layout
puts it, showing the same lines, and a card far off-screen, clicked right
after opening, is the card that gets selected.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import select

from app.model.enums import LaneKind
from app.model.journey_data import read_journey
from app.model.layout import TextWrapper, compute_layout
from app.model.schema import Card, Journey, Lane, Stage
from app.ui.canvas import lazy as lazy_module
from app.ui.canvas import scene as scene_module
from app.ui.canvas.metrics import QtTextMetrics
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from tests.ui.canvas.mouse import click, scene_point

WORDS = ("welcome", "badge", "e-mail", "contract", "first", "day", "laptop", "manager", "coffee", "HR", "a",
         "extraordinarily-long-hyphenated-word", "signature", "kit", "parking")


def _text(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(1, 24))]
    if rng.random() < 0.15:
        return "\n".join(words[:3])
    if rng.random() < 0.1:
        words.append("x" * rng.randint(30, 60))
    return " ".join(words)


@pytest.fixture
def big_journey(document) -> int:
    """The sample's first journey with 600 more cards of varied text in its card lanes."""
    session = document.session
    journey_id = session.scalar(select(Journey.id).order_by(Journey.position))
    lanes = session.execute(select(Lane.id, Lane.kind).where(Lane.journey_id == journey_id)).all()
    stages = session.scalars(select(Stage.id).where(Stage.journey_id == journey_id)).all()
    rng = random.Random(12)
    rows = []
    card_lanes = [(lane_id, kind) for lane_id, kind in lanes if kind is not LaneKind.EMOTIONS]
    for n in range(600):
        lane_id, kind = card_lanes[n % len(card_lanes)]
        touchpoint = kind is LaneKind.TOUCHPOINTS
        rows.append({"lane_id": lane_id, "stage_id": rng.choice(stages), "position": 1000 + n,
                     "title": _text(rng), "body": _text(rng) if rng.random() < 0.6 else "", "tags": [],
                     "note": "", "duration": "", "is_first": False, "is_last": False,
                     "score": rng.choice([None, 3.0, 8.0]) if touchpoint else None})
    session.execute(Card.__table__.insert(), rows)
    session.commit()
    return journey_id


@pytest.fixture
def canvas(qtbot, document, monkeypatch):
    """A shown 900 x 600 canvas, empty: a test opens the big journey in its body, so that no event
    runs the fill between the opening and what the test does (pytest-qt runs events between phases)."""
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 50)
    monkeypatch.setattr(lazy_module, "FILL_CHUNK", 40)
    scene = MapScene(document)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return scene, view


def test_before_the_fill_only_the_cards_in_view_have_items(canvas, big_journey) -> None:
    scene, view = canvas
    shown = view.visible_scene_rect()
    scene.set_journey(big_journey)

    assert scene.filling and 0 < len(scene.cards) < len(scene.layout.cards) / 4
    for card_id, item in scene.cards.items():
        box = scene.layout.cards[card_id].rect
        assert shown.intersects(item.sceneBoundingRect()), (card_id, box)


def test_after_the_fill_every_card_is_where_a_full_layout_puts_it(qtbot, document, canvas, big_journey) -> None:
    scene, _view = canvas
    scene.set_journey(big_journey)
    qtbot.waitUntil(lambda: not scene.filling, timeout=20000)
    fresh = compute_layout(read_journey(document.session, scene.journey_id), QtTextMetrics(), scene.style,
                           wrapper=TextWrapper(QtTextMetrics()))

    assert set(scene.cards) == set(fresh.cards) and len(fresh.cards) > 600
    assert [lane.rect for lane in scene.layout.lanes] == [lane.rect for lane in fresh.lanes]
    assert scene.layout.height == fresh.height
    for card_id, item in scene.cards.items():
        box = fresh.cards[card_id]
        assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y), card_id
        assert item.box.rect == box.rect
        assert (item.box.title_lines, item.box.body_lines) == (box.title_lines, box.body_lines), card_id
    assert any(box.title_elided or box.body_elided for box in fresh.cards.values())  # the map tests cut text


def test_a_click_on_a_card_far_off_screen_right_after_opening_selects_it(canvas, big_journey) -> None:
    scene, view = canvas
    scene.set_journey(big_journey)
    # The last card of the map's bottom right cell, nowhere near the first view.
    far_id = max(scene.layout.cards, key=lambda card_id: (scene.layout.cards[card_id].rect.bottom,
                                                          scene.layout.cards[card_id].rect.x))
    box = scene.layout.cards[far_id].rect
    assert far_id not in scene.cards and not view.visible_scene_rect().contains(box.x, box.y)

    view.ensureVisible(box.x, box.y, box.w, box.h, 20, 20)
    click(view, scene_point(view, scene_module.QPointF(box.x + box.w / 2, box.y + 6)))

    assert scene.filling  # still right after opening: the fill has not run
    assert scene.selected_card_ids() == [far_id]
    assert scene.cards[far_id].isSelected()


def test_a_link_moved_before_its_first_paint_is_flattened_where_it_now_is(qtbot) -> None:
    from PySide6.QtCore import QRectF

    from app.model.enums import LinkKind
    from app.ui.canvas.items import LinkItem

    link = LinkItem(1, 1, 2, LinkKind.FLOW)
    link.set_ends(QRectF(0, 9000, 176, 60), QRectF(400, 0, 176, 60))
    link.set_ends(QRectF(0, 9500, 176, 60), QRectF(400, 500, 176, 60))  # its lanes moved down: the route moves

    fresh = LinkItem(2, 1, 2, LinkKind.FLOW)
    fresh.set_ends(QRectF(0, 9500, 176, 60), QRectF(400, 500, 176, 60))
    runs = [(bounds, [run.at(n) for n in range(run.size())]) for bounds, run in link._runs]
    assert runs and runs == [(bounds, [run.at(n) for n in range(run.size())]) for bounds, run in fresh._runs]


def test_laying_the_map_out_again_wraps_only_the_cards_drawn(qtbot, document, canvas, big_journey) -> None:
    from app.model import ops
    from app.model.ops_core import Op

    scene, view = canvas
    scene.set_journey(big_journey)
    qtbot.waitUntil(lambda: not scene.filling, timeout=20000)
    lane_id = scene.layout.lanes[0].lane_id
    document.apply(Op(ops.update_lane, {"lane_id": lane_id, "name": "Renamed"}))  # the whole map again
    qtbot.wait(50)  # a paint
    visible = view.visible_scene_rect()

    unread = [card_id for card_id, box in scene.layout.cards.items()
              if box._text is not None and not visible.intersects(scene.cards[card_id].sceneBoundingRect())]
    assert len(unread) > len(scene.layout.cards) / 2  # nobody read the lines of the cards out of view
    fresh = compute_layout(read_journey(document.session, scene.journey_id), QtTextMetrics(), scene.style)
    for card_id, item in scene.cards.items():
        assert item.box.rect == fresh.cards[card_id].rect
        if visible.intersects(item.sceneBoundingRect()):
            assert item.box.title_lines == fresh.cards[card_id].title_lines
