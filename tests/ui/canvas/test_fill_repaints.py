"""A big map's background fill repaints only what it changes in view, and the map paints once with its scroll bars.

The card layer draws only the cards that have an item, so a card made in view
must repaint its place; cards made around the view change nothing shown and
must not repaint it (their bounding rectangle used to span the view: a whole
repaint right after the first paint). These tests fail if either shortcut
was wrong: a card made as the view reaches it, unrepainted, would stay blank.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from sqlalchemy import select

from app.model.enums import LaneKind
from app.model.schema import Card, Journey, Lane, Stage
from app.ui.canvas import lazy as lazy_module
from app.ui.canvas import scene as scene_module
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from tests.ui.canvas.mouse import click, scene_point


@pytest.fixture
def tall_journey(document) -> int:
    """The sample's first journey with 400 more cards spread over its card lanes and stages."""
    session = document.session
    journey_id = session.scalar(select(Journey.id).order_by(Journey.position))
    lanes = [lane_id for lane_id, kind in session.execute(
        select(Lane.id, Lane.kind).where(Lane.journey_id == journey_id)).all() if kind is not LaneKind.EMOTIONS]
    stages = session.scalars(select(Stage.id).where(Stage.journey_id == journey_id)).all()
    session.execute(Card.__table__.insert(), [
        {"lane_id": lanes[n % len(lanes)], "stage_id": stages[n % len(stages)], "position": 1000 + n,
         "title": f"Card {n}", "body": "", "tags": [], "note": "", "duration": "", "is_first": False,
         "is_last": False} for n in range(400)])
    session.commit()
    return journey_id


@pytest.fixture
def opened(qtbot, document, tall_journey, monkeypatch):
    """A shown 700 x 500 canvas on the tall journey, right after it opened (the fill has not run)."""
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 50)
    monkeypatch.setattr(lazy_module, "FILL_CHUNK", 40)
    scene = MapScene(document)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    scene.set_journey(tall_journey)
    # The lanes below the view are laid out after the first paint (late_layout.py): lay them out now, so that
    # what follows is the item fill alone (the layout growing repaints the layer's old and new extent, once).
    scene.finish_layout()
    repainted: list[QRectF] = []
    layer_update = scene.card_layer.update

    def recorded(*args) -> None:
        repainted.append(QRectF(args[0]) if len(args) == 1 else QRectF(*args) if args else QRectF(scene.sceneRect()))
        layer_update(*args)

    monkeypatch.setattr(scene.card_layer, "update", recorded)
    return scene, view, repainted


def _rect(scene: MapScene, card_id: int) -> QRectF:
    box = scene.layout.cards[card_id].rect
    return QRectF(box.x, box.y, box.w, box.h)


def test_cards_made_around_the_view_repaint_nothing_of_it(opened) -> None:
    scene, view, repainted = opened
    shown = view.visible_scene_rect()
    waiting = [card_id for card_id in scene.layout.cards if card_id not in scene.cards]
    # The lanes near the view have their items at once; of those waiting, one right of the view, one far below it.
    right = sorted((c for c in waiting if _rect(scene, c).left() > shown.right() + 20),
                   key=lambda c: _rect(scene, c).top())
    below = sorted((c for c in waiting if _rect(scene, c).top() > shown.bottom() + 20
                    and _rect(scene, c).left() < shown.left() + 400), key=lambda c: -_rect(scene, c).top())
    assert right and below
    made = [right[0], below[0]]
    around = _rect(scene, made[0]).united(_rect(scene, made[1]))
    assert around.height() > shown.height() and around.width() > shown.width() / 2  # a box around both is large

    scene._make_items(made)

    assert all(card_id in scene.cards for card_id in made) and not any(card_id in scene._pending for card_id in made)
    assert not [rect for rect in repainted if rect.intersects(shown)]
    places = [_rect(scene, card_id).adjusted(-8, -8, 8, 8) for card_id in made]
    assert all(any(place.contains(rect) for place in places) for rect in repainted)  # each its own place, if any


def test_a_card_made_as_the_view_reaches_it_repaints_its_place(opened) -> None:
    scene, view, repainted = opened
    shown = view.visible_scene_rect()
    far = max((c for c in scene.layout.cards if c not in scene.cards), key=lambda c: _rect(scene, c).bottom())
    box = _rect(scene, far)
    assert not box.intersects(shown)

    view.ensureVisible(box, 20, 20)

    assert far in scene.cards
    assert any(rect.contains(box) for rect in repainted)
    click(view, scene_point(view, box.center()))
    assert scene.selected_card_ids() == [far]


def test_the_fill_makes_every_card_once_and_only_then_stops(qtbot, opened) -> None:
    scene, _view, _repainted = opened
    made_before = dict(scene.cards)
    assert scene.filling

    qtbot.waitUntil(lambda: not scene.filling, timeout=20000)

    assert set(scene.cards) == set(scene.layout.cards) and len(scene._pending) == 0
    assert all(scene.cards[card_id] is item for card_id, item in made_before.items())  # none made twice
    assert len([item for item in scene.items() if item in set(scene.cards.values())]) == len(scene.cards)


def test_an_opened_map_has_its_scroll_bars_before_its_first_paint(qtbot, sample_path) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(sample_path)
    view = window.canvas_view
    before = (view.verticalScrollBar().isVisibleTo(view), view.horizontalScrollBar().isVisibleTo(view),
              view.viewport().size())

    qtbot.wait(50)

    assert before == (view.verticalScrollBar().isVisibleTo(view), view.horizontalScrollBar().isVisibleTo(view),
                      view.viewport().size())
    assert before[0] or before[1]  # the sample is larger than this window: there are scroll bars to wait for
    window.ask_to_save = lambda: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard
    window.close()


def test_a_map_opened_afresh_waits_for_each_card_once_but_those_in_view(opened) -> None:
    scene, view, _repainted = opened
    waiting, made = set(scene._pending), set(scene.cards)

    assert waiting and made and not waiting & made
    assert waiting | made == set(scene.layout.cards)
    near = scene._in_view()  # what the view shows, as the scene last heard it
    assert near.intersects(view.visible_scene_rect())
    in_view = {card_id for card_id in scene.layout.cards if _rect(scene, card_id).intersects(near)}
    assert in_view and in_view <= made and not in_view & waiting  # (a link's ends may be made too)


def _add_cards(path, count: int) -> None:
    """Add ``count`` cards to the first journey of the project at ``path`` (saved)."""
    from app.model.store import ProjectStore

    store = ProjectStore.open(path)
    session = store.session
    journey_id = session.scalar(select(Journey.id).order_by(Journey.position))
    lanes = [lane_id for lane_id, kind in session.execute(
        select(Lane.id, Lane.kind).where(Lane.journey_id == journey_id)).all() if kind is not LaneKind.EMOTIONS]
    stages = session.scalars(select(Stage.id).where(Stage.journey_id == journey_id)).all()
    session.execute(Card.__table__.insert(), [
        {"lane_id": lanes[n % len(lanes)], "stage_id": stages[n % len(stages)], "position": 1000 + n,
         "title": f"Card {n}", "body": "", "tags": [], "note": "", "duration": "", "is_first": False,
         "is_last": False} for n in range(count)])
    session.commit()
    store.save()
    store.close()


def test_an_opened_big_map_paints_once_then_waits(qtbot, sample_path, monkeypatch) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    from app.ui.canvas.view import CanvasView
    from app.ui.main_window import MainWindow

    _add_cards(sample_path, 3000)  # a big map: its items come from the fill, after the first paint

    class Paints:  # the map's paints, counted from the first: open_path may paint it at once
        count = 0

    draw = CanvasView.drawForeground

    def draw_foreground(view, painter, rect) -> None:  # Qt's name; drawn once per paint of the map
        Paints.count += 1
        draw(view, painter, rect)

    monkeypatch.setattr(CanvasView, "drawForeground", draw_foreground)
    paints = Paints
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    for _ in range(5):
        QApplication.processEvents()
    assert paints.count == 0  # (no map yet: the window shows its start screen)
    window.open_path(sample_path)
    deadline = time.monotonic() + 20.0
    while paints.count == 0 and time.monotonic() < deadline:  # turns of the loop, as the editor runs them
        QApplication.processEvents()
    assert paints.count == 1

    scene = window.scene
    laid_out_after = None
    for _ in range(3):  # before the curve pane is built (it may move the map to align)
        pending = scene.layout_pending
        QApplication.processEvents()
        if pending and not scene.layout_pending:
            laid_out_after = paints.count  # the lanes below the view were laid out (late_layout.py) in this turn

    # The scene's queued changes and the scroll bars came with the first paint. The one paint more allowed is the
    # map growing when its last lanes are laid out (the card layer's extent changes, and Qt repaints it whole).
    assert 1 <= paints.count <= 1 + (laid_out_after is not None)
    window.ask_to_save = lambda: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard
    window.close()
