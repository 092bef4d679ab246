"""The last lanes of a big map laid out in the background repaint nothing of the view, and draw right once shown.

When the layout's last slice ran, the grid, the card layer and every header
used to take new bounds and repaint the whole view (some 40 ms on a 100,000-card
map, with the links crossing it). Now they keep their bounds when the map fits
and repaint only what changed, below the part drawn. The first test fails if
anything in view repaints then; the second if that skipped work was needed:
scrolled down to the lanes laid out late, the view must show what a map laid
out whole at once shows, pixel for pixel.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import QImage
from sqlalchemy import select

from app.model.enums import LaneKind, LinkKind
from app.model.schema import Card, Journey, Lane, Link, Stage
from app.ui.canvas import scene as scene_module
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView

WORDS = ("welcome", "badge", "e-mail", "contract", "first", "day", "laptop", "manager", "coffee", "HR", "a",
         "signature", "kit", "parking")


@pytest.fixture
def tall_journey(document) -> int:
    """The sample's first journey with 400 more cards, and a link between two cards of its last card lane."""
    session = document.session
    journey_id = session.scalar(select(Journey.id).order_by(Journey.position))
    lanes = session.execute(select(Lane.id, Lane.kind).where(Lane.journey_id == journey_id)
                            .order_by(Lane.position)).all()
    stages = session.scalars(select(Stage.id).where(Stage.journey_id == journey_id).order_by(Stage.position)).all()
    card_lanes = [lane_id for lane_id, kind in lanes if kind is not LaneKind.EMOTIONS]
    rng = random.Random(3)
    session.execute(Card.__table__.insert(), [
        {"lane_id": card_lanes[n % len(card_lanes)], "stage_id": stages[n % len(stages)], "position": 1000 + n,
         "title": " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12))),
         "body": " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 14))), "tags": [], "note": "",
         "duration": "", "is_first": False, "is_last": False} for n in range(400)])
    session.execute(Link.__table__.delete())  # (the sample's links join lanes top to bottom: all laid out at once)
    last = session.scalars(select(Card.id).where(Card.lane_id == card_lanes[-1]).order_by(Card.id.desc())).all()
    session.execute(Link.__table__.insert(), [{"source_id": last[0], "target_id": last[5], "kind": LinkKind.FLOW,
                                               "label": ""}])
    session.commit()
    return journey_id


class Paints(QObject):
    """Counts the paint events of the widget it filters."""

    count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def shown_view(qtbot, document) -> tuple[MapScene, CanvasView]:
    scene = MapScene(document)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return scene, view


def settled(qtbot, scene: MapScene) -> None:
    """Wait until the items are made and the pixmaps rendered (the cards drawn for good)."""
    qtbot.waitUntil(lambda: not scene.filling and not scene.render_queue._timer.isActive(), timeout=20000)
    qtbot.wait(100)


def test_the_last_lanes_laid_out_in_the_background_repaint_nothing_in_view(qtbot, document, tall_journey,
                                                                           monkeypatch) -> None:
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 50)
    scene, view = shown_view(qtbot, document)
    paints = Paints()
    view.viewport().installEventFilter(paints)
    scene.set_journey(tall_journey)
    assert scene.layout_pending  # lanes are left for later (else the test proves nothing)
    qtbot.waitUntil(lambda: paints.count > 0)  # the first paint
    first = paints.count

    qtbot.waitUntil(lambda: not scene.layout_pending, timeout=20000)
    qtbot.wait(50)

    assert paints.count == first


def test_the_lanes_laid_out_late_look_as_a_map_laid_out_at_once_when_scrolled_to(qtbot, document, tall_journey,
                                                                                 monkeypatch) -> None:
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 50)
    late, late_view = shown_view(qtbot, document)
    late.set_journey(tall_journey)
    assert late.layout_pending
    qtbot.waitUntil(lambda: not late.layout_pending, timeout=20000)
    whole, whole_view = shown_view(qtbot, document)
    whole.set_journey(tall_journey)
    whole.finish_layout()
    assert whole.layout == late.layout

    links = list(late.links.values())
    assert len(links) == 1 and links[0].path() == whole.links[links[0].link_id].path()
    link_end = links[0].sceneBoundingRect().center()
    for view in (late_view, whole_view):
        view.centerOn(QPointF(link_end.x(), link_end.y()))
    settled(qtbot, late)
    settled(qtbot, whole)
    assert late_view.visible_scene_rect() == whole_view.visible_scene_rect()
    assert late_view.visible_scene_rect().top() > late.layout.lanes[2].rect.y  # lanes laid out late are in view

    def image(view: CanvasView) -> QImage:
        return view.viewport().grab().toImage()

    assert image(late_view) == image(whole_view)
