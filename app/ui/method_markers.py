"""Markers of the method on the map: the actions answering a pain point, the measurement points of a touchpoint.

:class:`MapMarkers` reads the pills of the journey shown, draws them over
the cards (a :class:`~app.ui.canvas.overlays.CardOverlay`, the scene's
``method_markers``) and repaints only the cards whose markers changed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.enums import ActionStatus
from app.model.journey_snapshot import CardData
from app.model.ops import Change
from app.model.schema import Action, Card, Lane, MeasurementPoint, action_card
from app.ui import theme
from app.ui.canvas.overlays import attach
from app.ui.document import ProjectDocument
from app.ui.method_labels import method_name
from app.ui.panels import touched_tables

if TYPE_CHECKING:
    from app.ui.canvas.scene import MapScene

#: A card's pills: (text, fill colour) each.
Pills = tuple[tuple[str, str], ...]

ACTION_COLOUR = "#2F80C0"
DONE_COLOUR = "#2E9E50"
MEASURE_COLOUR = "#8E5BB5"
#: Tables whose rows, added or removed, may change the markers.
WATCHED = {"action", "measurement_point", "card", "lane", "journey"}


def read_markers(session: Session, journey_id: int | None) -> dict[int, Pills]:
    """Card id -> its pills (text, colour) for the journey ``journey_id``."""
    if journey_id is None:
        return {}
    actions: dict[int, list[ActionStatus]] = defaultdict(list)
    # Joined from the (few) action links to their cards: a subquery of the journey's cards read all
    # 10,000 of a big map on each card edit.
    for card_id, status in session.execute(
            select(action_card.c.card_id, Action.status).join(Action, Action.id == action_card.c.action_id)
            .join(Card, Card.id == action_card.c.card_id).join(Lane, Lane.id == Card.lane_id)
            .where(Lane.journey_id == journey_id, Action.status != ActionStatus.DROPPED)):
        actions[card_id].append(ActionStatus(status))
    measures: dict[int, list[str]] = defaultdict(list)
    for measured, method in session.execute(
            select(MeasurementPoint.card_id, MeasurementPoint.method)
            .where(MeasurementPoint.journey_id == journey_id, MeasurementPoint.card_id.is_not(None))
            .order_by(MeasurementPoint.position)):
        if measured is not None:  # always, by the query: for the type checker
            measures[measured].append(method_name(method))
    markers: dict[int, Pills] = {}
    for card_id in set(actions) | set(measures):
        pills: list[tuple[str, str]] = []
        statuses = actions.get(card_id)
        if statuses:
            text = (QCoreApplication.translate("method", "1 action") if len(statuses) == 1 else
                    QCoreApplication.translate("method", "%n actions").replace("%n", str(len(statuses))))
            done = all(status is ActionStatus.DONE for status in statuses)
            pills.append(("▸ " + text, DONE_COLOUR if done else ACTION_COLOUR))
        names = measures.get(card_id)
        if names:
            kinds = list(dict.fromkeys(names))
            pills.append(("◉ " + kinds[0] + (f" +{len(kinds) - 1}" if len(kinds) > 1 else ""), MEASURE_COLOUR))
        markers[card_id] = tuple(pills)
    return markers


class MapMarkers:
    """The method's pills on a scene's cards, kept in step with the document."""

    def __init__(self, document: ProjectDocument, scene: MapScene) -> None:
        self.document = document
        self.scene = scene
        #: Card id -> its pills (text, fill colour): the actions answering a pain point, a touchpoint's measures.
        self.markers: dict[int, Pills] = {}
        attach(scene, "method_markers", self)
        document.changed.connect(self._on_document_changed)
        self.update()

    def detach(self) -> None:
        """Stop following the document."""
        self.document.changed.disconnect(self._on_document_changed)

    def _on_document_changed(self, change: Change) -> None:
        # Editing a card's text or moving it changes no marker: only what adds or removes links does.
        added_or_removed = set(change.created) | set(change.deleted)
        if {"action", "measurement_point"} & touched_tables(change) or WATCHED & added_or_removed:
            self.update()

    def update(self) -> None:
        """Read the markers of the scene's journey; repaint the cards whose markers changed."""
        scene = self.scene
        new = read_markers(self.document.session, scene.journey_id)
        old, self.markers = self.markers, new
        for card_id in set(old) | set(new):
            if old.get(card_id) != new.get(card_id):
                item = scene.cards.get(card_id)  # a card without its item yet draws its pills when made
                if item is not None:
                    item.update()

    def paint(self, painter: QPainter, card_id: int, data: CardData | None, rect: QRectF) -> None:
        """The card's pills, left-aligned on its bottom edge.

        They straddle the edge, below the text's padding and inside the item's bounds, left of the score badge.
        """
        pills = self.markers.get(card_id)
        if not pills:
            return
        painter.setFont(theme.pixel_font(9.0, True))
        metrics = painter.fontMetrics()
        x, right = 10.0, rect.width() - 30.0
        for text, fill in pills:
            width = min(metrics.horizontalAdvance(text) + 10.0, right - x)
            if width < 24.0:
                break
            pill = QRectF(x, rect.height() - 7.0, width, 11.0)
            painter.setPen(QPen(QColor("#FFFFFF"), 1.0))
            painter.setBrush(theme.colour(fill))
            painter.drawRoundedRect(pill, 5.5, 5.5)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(pill.adjusted(5.0, 0.0, -4.0, 0.0), Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, round(width - 9.0)))
            x += width + 3.0
