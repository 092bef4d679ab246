"""What the exchange formats cannot carry of a multi-persona map: which personas a card applies to, and their scores.

A card may apply to some personas only, with a score for each of them
(:class:`app.model.schema.CardPersona`). The project file and its JSON export
keep them; CSV, the workbook, OpenJourney and Mermaid have no place for them.
An export to one of those says so in a warning (no silent loss), naming how
many cards lose them.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.journey_data import journey_or_first
from app.model.schema import Card, CardPersona, Stage


def cards_with_persona_links(session: Session, journey_id: int | None) -> int:
    """How many cards of the journey (None: the first) apply to chosen personas or carry a persona's score."""
    journey = journey_or_first(session, journey_id)
    count = session.scalar(
        select(func.count(func.distinct(CardPersona.card_id)))
        .join(Card, Card.id == CardPersona.card_id)
        .join(Stage, Stage.id == Card.stage_id)
        .where(Stage.journey_id == journey.id))
    return int(count or 0)


def persona_links_left_out(session: Session, journey_id: int | None, format_name: str) -> list[ParcoursError]:
    """The warning of an export to ``format_name`` ("CSV", "OpenJourney"...) when cards lose their personas."""
    cards = cards_with_persona_links(session, journey_id)
    if not cards:
        return []
    return [ParcoursError(QT_TRANSLATE_NOOP(
        "errors", "{format} does not carry which personas {cards} cards apply to, nor their scores for each "
                  "persona: that was left out (a .parcours or .json file keeps it)."),
        format=format_name, cards=cards)]
