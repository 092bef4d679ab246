"""Markers of the method on the map: the actions answering a pain point, the measurement points of a touchpoint.

Fills the scene's ``card_markers`` (a hook of :class:`~app.ui.canvas.scene.MapScene`
drawn by :class:`~app.ui.canvas.items.CardItem`) for the journey shown, and
repaints only the cards whose markers changed.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.model.enums import ActionStatus
from app.model.ops import Change
from app.model.schema import Action, Card, Lane, MeasurementPoint, action_card
from app.ui.method_labels import method_name

ACTION_COLOUR = "#2F80C0"
DONE_COLOUR = "#2E9E50"
MEASURE_COLOUR = "#8E5BB5"
#: Tables whose rows, added or removed, may change the markers.
WATCHED = {"action", "measurement_point", "card", "lane", "journey"}


def read_markers(session, journey_id: int | None) -> dict[int, tuple[tuple[str, str], ...]]:
    """Card id -> its pills (text, colour) for the journey ``journey_id``."""
    if journey_id is None:
        return {}
    in_journey = select(Card.id).join(Lane, Card.lane_id == Lane.id).where(Lane.journey_id == journey_id)
    actions: dict[int, list[ActionStatus]] = defaultdict(list)
    for card_id, status in session.execute(
            select(action_card.c.card_id, Action.status).join(Action, Action.id == action_card.c.action_id)
            .where(action_card.c.card_id.in_(in_journey), Action.status != ActionStatus.DROPPED)):
        actions[card_id].append(ActionStatus(status))
    measures: dict[int, list[str]] = defaultdict(list)
    for card_id, method in session.execute(
            select(MeasurementPoint.card_id, MeasurementPoint.method)
            .where(MeasurementPoint.journey_id == journey_id, MeasurementPoint.card_id.is_not(None))
            .order_by(MeasurementPoint.position)):
        measures[card_id].append(method_name(method))
    markers: dict[int, tuple[tuple[str, str], ...]] = {}
    for card_id in set(actions) | set(measures):
        pills = []
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
    """Keeps a scene's ``card_markers`` in step with the document."""

    def __init__(self, document, scene) -> None:
        self.document = document
        self.scene = scene
        document.changed.connect(self._on_document_changed)
        self.update()

    def detach(self) -> None:
        """Stop following the document."""
        self.document.changed.disconnect(self._on_document_changed)

    def _on_document_changed(self, change: Change) -> None:
        # Editing a card's text or moving it changes no marker: only what adds or removes links does.
        added_or_removed = set(change.created) | set(change.deleted)
        if {"action", "measurement_point"} & (added_or_removed | set(change.updated)) or WATCHED & added_or_removed:
            self.update()

    def update(self) -> None:
        """Read the markers of the scene's journey; repaint the cards whose markers changed."""
        scene = self.scene
        new = read_markers(self.document.session, scene.journey_id)
        old, scene.card_markers = scene.card_markers, new
        for card_id in set(old) | set(new):
            if old.get(card_id) != new.get(card_id):
                item = scene.card_item(card_id)
                if item is not None:
                    item.update()
