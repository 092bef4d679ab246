"""Big maps get their card items in chunks after the first paint; nothing behaves differently."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.model.schema import Journey
from app.ui.canvas import lazy as lazy_module
from app.ui.canvas import scene as scene_module
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView


@pytest.fixture
def lazy_scene(qtbot, document, monkeypatch):
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 5)
    monkeypatch.setattr(lazy_module, "FILL_CHUNK", 7)
    scene = MapScene(document)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    scene.set_journey(document.session.scalar(select(Journey.id).order_by(Journey.position)))
    yield scene, view
    # As the window does before dropping a map: else Qt, destroying the scene whenever the collector frees it
    # (in a later test), clears its selection into a Python side already gone ('Slot MapScene:: not found').
    scene.detach()


def test_items_near_the_view_come_first_and_the_rest_follow(qtbot, lazy_scene) -> None:
    scene, view = lazy_scene
    laid_out = set(scene.layout.cards)
    assert 0 < len(scene.cards) < len(laid_out) and scene.filling
    visible = view.visible_scene_rect()
    for card_id, box in scene.layout.cards.items():
        if visible.contains(box.rect.x + 1, box.rect.y + 1):
            assert card_id in scene.cards
    # Asking for an item makes it at once.
    pending = next(card_id for card_id in laid_out if card_id not in scene.cards)
    assert scene.card_item(pending) is not None
    qtbot.waitUntil(lambda: not scene.filling, timeout=5000)
    assert set(scene.cards) == laid_out


def test_scrolling_makes_the_items_that_come_into_view(lazy_scene) -> None:
    scene, view = lazy_scene
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    visible = view.visible_scene_rect()
    for card_id, box in scene.layout.cards.items():
        if visible.contains(box.rect.x + 1, box.rect.y + 1):
            assert card_id in scene.cards


def test_find_and_selection_reach_cards_without_items_yet(lazy_scene) -> None:
    scene, _view = lazy_scene
    pending = [card_id for card_id in scene.layout.cards if card_id not in scene.cards]
    scene.set_found(set(pending))
    scene.select_cards(pending[:2])
    assert scene.selected_card_ids() == [c for c in scene.reading_order() if c in pending[:2]]
    scene._make_items(list(scene._pending))
    assert all(scene.cards[card_id].found for card_id in pending)


def test_the_items_the_fill_makes_leave_the_collectors_sight_tick_by_tick(qtbot, lazy_scene) -> None:
    import gc

    scene, _view = lazy_scene
    gc.unfreeze()
    made = len(scene.cards)
    qtbot.waitUntil(lambda: len(scene.cards) > made, timeout=5000)  # one tick of the fill
    tracked = {id(item) for item in gc.get_objects()}
    # Each tick freezes what it made: a full collection during the fill no longer walks every item so far.
    assert not any(id(item) in tracked for item in scene.cards.values())
    assert gc.get_freeze_count() > 0
    qtbot.waitUntil(lambda: not scene.filling, timeout=5000)
    scene.set_journey(None)  # the map goes: its objects are the collector's again
    assert gc.get_freeze_count() == 0
