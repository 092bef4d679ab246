"""A lane far taller than the view: before the first paint only the tops of its cells are laid out.

A lane of 1,000 cards is some 5,000 pixels tall and the view shows a tenth of
it: the cards of each cell that start below the view (and a margin) wait for
the slices after the first paint (LayoutBuilder.run's ``tops``). Nothing the
user sees may differ: the first frame is the one a full layout draws (a link
from a card in view to a card deep in the lane included), the cards laid out
are where the full layout puts them, and once done the map is the full
layout, in the same reading order.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from sqlalchemy import select

from app.model.enums import LinkKind
from app.model.schema import Card, Link
from tests.ui.canvas import test_open_late_layout as late
from tests.ui.canvas.extra_cards import card_rows, first_journey
from tests.ui.canvas.test_open_late_layout import WORDS, full_layout

#: The shown 900 x 600 canvas, empty, of the late layout's tests (a fixture).
canvas = late.canvas


@pytest.fixture
def tall_lane(document) -> tuple[int, int, int]:
    """The sample's first journey with 300 more cards, all in its first card lane (far taller than the view),
    and one link from that lane's first card to a card near its bottom: (journey, source, target)."""
    session = document.session
    journey_id = first_journey(session)
    rows, card_lanes, stages = card_rows(session, journey_id, 300, seed=11, words=WORDS, title_words=10,
                                         body_words=12)
    lane_id = card_lanes[0][0]
    for row in rows:
        row["lane_id"] = lane_id
    session.execute(Card.__table__.insert(), rows)
    session.execute(Link.__table__.delete())
    source = session.scalar(select(Card.id).where(Card.lane_id == lane_id, Card.stage_id == stages[0])
                            .order_by(Card.position))
    target = session.scalar(select(Card.id).where(Card.lane_id == lane_id, Card.stage_id == stages[1])
                            .order_by(Card.position.desc()))
    session.execute(Link.__table__.insert(), [{"source_id": source, "target_id": target, "kind": LinkKind.FLOW,
                                               "label": ""}])
    session.commit()
    return journey_id, source, target


def test_only_the_tops_of_a_tall_lane_s_cells_are_laid_out_before_the_paint_and_exactly(
        qtbot, document, canvas, tall_lane) -> None:
    scene, view, _controller = canvas
    journey_id, source, target = tall_lane
    fresh = full_layout(document, journey_id)
    scene.set_journey(journey_id)
    so_far = scene.layout_so_far
    lane_id = fresh.cards[source].lane_id
    in_lane = [card_id for card_id, box in fresh.cards.items() if box.lane_id == lane_id]
    laid = [card_id for card_id in in_lane if card_id in so_far.cards]

    assert scene.layout_pending
    assert 0 < len(laid) < len(in_lane) / 2  # the shortcut is taken: most of the lane waits
    for card_id in laid:
        assert so_far.cards[card_id] == fresh.cards[card_id]
    shown = view.visible_scene_rect()
    lane = next(box for box in so_far.lanes if box.lane_id == lane_id)
    assert lane.rect.y == fresh.lanes[lane.index].rect.y and lane.rect.bottom > shown.bottom()
    assert target in so_far.cards and so_far.cards[target] == fresh.cards[target]  # the link's far end
    assert len(scene.links) == 1  # drawn in the first frame

    qtbot.waitUntil(lambda: not scene.filling, timeout=20000)
    assert scene.layout == fresh
    assert list(scene.layout.cards) == list(fresh.cards)  # the reading order


def test_the_first_frame_of_a_tall_lane_is_the_one_a_full_layout_draws(
        qtbot, document, canvas, tall_lane, monkeypatch) -> None:
    scene, view, _controller = canvas
    journey_id, source, _target = tall_lane
    scene.set_journey(journey_id)
    assert scene.layout_pending
    late_frame = view.viewport().grab().toImage()

    whole, other = late.shown_whole(qtbot, document, view, journey_id, monkeypatch)
    assert not whole.layout_pending
    assert other.visible_scene_rect() == view.visible_scene_rect()
    assert late_frame == other.viewport().grab().toImage()


def test_the_rest_of_a_tall_lane_laid_out_after_the_paint_repaints_nothing_of_the_view(qtbot, document, canvas,
                                                                                      tall_lane) -> None:
    """Nothing above the tops' reach moves when the lane is done: the view is not painted again whole."""
    scene, view, _controller = canvas
    journey_id, _source, _target = tall_lane
    paints = _Paints()
    view.viewport().installEventFilter(paints)
    scene.set_journey(journey_id)
    assert scene.layout_pending
    qtbot.waitUntil(lambda: bool(paints.rects))  # the first paint
    first = len(paints.rects)

    qtbot.waitUntil(lambda: not scene.filling, timeout=20000)
    qtbot.wait(50)
    assert not scene.layout_pending
    area = view.viewport().width() * view.viewport().height()
    assert [rect for rect in paints.rects[first:] if rect.width() * rect.height() > area / 4] == []


class _Paints(QObject):
    """The rectangles of the paint events of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(QRect(event.rect()))
        return False
