"""Reading the touchpoints of a journey from the project, for the emotion curve (:mod:`app.model.curve`).

Kept apart from the curve's pure computations so that the editor's first
paint, which draws the curve from its snapshot, needs no SQLAlchemy.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.curve import Touchpoint
from app.model.enums import LaneKind
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.schema import Card, Journey, Lane, Stage


def read_touchpoints(session: Session, journey_id: int) -> list[Touchpoint]:
    """The cards of the journey's touchpoints lanes, in reading order.

    Reading order is stage position, then lane position, then card position
    within the cell. One query, and a second only when the first finds no
    card, to tell an empty journey from a missing one. Raises
    :class:`ModelError` when there is no journey with this id.
    """
    rows = session.execute(
        select(Card.id, Card.stage_id, Stage.position, Lane.position, Card.position, Card.title,
               Card.score, Card.emotion, Card.channel_id, Card.moment_of_truth)
        .join(Lane, Lane.id == Card.lane_id)
        .join(Stage, Stage.id == Card.stage_id)
        .where(Lane.journey_id == journey_id, Lane.kind == LaneKind.TOUCHPOINTS)
        .order_by(Stage.position, Lane.position, Card.position)).all()
    if not rows and session.get(Journey, journey_id) is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no journey {journey_id}."),
                         journey_id=journey_id)
    # A card's position is its place in its cell (the positions in the file may have a delete's gaps).
    places: dict[tuple[int, int], int] = {}
    points = []
    for card_id, stage_id, stage_position, lane_position, _position, *fields in rows:  # the ten columns above
        cell = (stage_id, lane_position)
        place = places[cell] = places.get(cell, -1) + 1
        points.append(Touchpoint(card_id, stage_id, stage_position, lane_position, place, *fields))
    return points
