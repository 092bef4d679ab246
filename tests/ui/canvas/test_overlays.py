"""What other views draw over the cards: each overlay the scene holds, in order, for the card painted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from app.model.journey_data import CardData
from app.ui.canvas.overlays import OVERLAYS, attach, card_overlays
from app.ui.evidence_badges import CardExtras
from app.ui.method_markers import MapMarkers
from app.ui.votes_badges import WorkshopBadges
from tests.ui.canvas import mouse
from tests.ui.painting import paint_item


class _Recorder:
    """An overlay that writes down what it was asked to draw."""

    def __init__(self, name: str, calls: list[tuple[str, int, int | None]]) -> None:
        self.name, self.calls = name, calls

    def paint(self, painter: QPainter, card_id: int, data: CardData | None, rect: QRectF) -> None:
        self.calls.append((self.name, card_id, data.id if data is not None else None))


def test_the_workspace_method_and_workshop_overlays_are_what_the_scene_holds(window) -> None:
    from app.ui.votes_badges import install_badges

    scene = window.canvas_view.scene()
    install_badges(scene)
    held = list(card_overlays(scene))
    assert [type(overlay) for overlay in held] == [CardExtras, MapMarkers, WorkshopBadges]


def test_a_card_paints_each_overlay_in_order_and_only_its_own(window, journey_map) -> None:
    scene, view = window.canvas_view.scene(), window.canvas_view
    calls: list[tuple[str, int, int | None]] = []
    for name in reversed(OVERLAYS):  # attached out of order: the order painted is the module's
        attach(scene, name, _Recorder(name, calls))
    card = journey_map.card("Offer e-mail")
    item = scene.card_item(card)
    paint_item(item)
    assert calls == [(name, card, card) for name in OVERLAYS]
    calls.clear()
    # The view paints the card it shows: moving the mouse over it repaints it with its overlays.
    view.ensureVisible(item.sceneBoundingRect())
    mouse.move(view, mouse.scene_point(view, item.sceneBoundingRect().center()), buttons=mouse.Button.NoButton)
    view.viewport().repaint()
    assert (OVERLAYS[0], card, card) in calls
    assert {name for name, _card, _data in calls} == set(OVERLAYS)


def test_only_the_named_overlays_can_be_attached(window) -> None:
    scene = window.canvas_view.scene()
    with pytest.raises(ValueError, match="not a card overlay"):
        attach(scene, "card_badges", _Recorder("card_badges", []))
    assert not hasattr(scene, "card_badges")
