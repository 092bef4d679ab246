"""What other views draw over the map's cards: one interface for the workspace's, the method's and the workshop's.

Three providers draw over a card, live, above its cached pixmap (what they
show changes on its own, without the card's look changing): the
workspace's evidence badges, thumbnail and persona veil
(:class:`~app.ui.evidence_badges.CardExtras`), the method's action and
measure pills (:class:`~app.ui.method_markers.MapMarkers`) and the
workshop's vote dots and comment counts
(:class:`~app.ui.votes_badges.WorkshopBadges`). Each is a
:class:`CardOverlay` that its owner puts on the scene under its name in
:data:`OVERLAYS`; the card item paints them in that order.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsScene

from app.model.journey_snapshot import CardData

#: Where a scene holds its overlays, in painting order: the workspace's, the method's, the workshop's.
OVERLAYS = ("card_extras", "method_markers", "workshop_badges")


class CardOverlay(Protocol):
    """Something drawn over the cards of one scene."""

    def paint(self, painter: QPainter, card_id: int, data: CardData | None, rect: QRectF) -> None:
        """Draw over card ``card_id`` (its ``data`` when loaded) in ``rect``, in the card item's coordinates."""


def attach(scene: QGraphicsScene, name: str, overlay: CardOverlay) -> None:
    """Put ``overlay`` on ``scene`` under ``name`` (one of :data:`OVERLAYS`), replacing the one there."""
    if name not in OVERLAYS:
        raise ValueError(f"{name} is not a card overlay")
    setattr(scene, name, overlay)


def card_overlays(scene: QGraphicsScene | None) -> Iterator[CardOverlay]:
    """The overlays ``scene`` holds, in painting order."""
    for name in OVERLAYS:
        overlay: CardOverlay | None = getattr(scene, name, None)
        if overlay is not None:
            yield overlay
