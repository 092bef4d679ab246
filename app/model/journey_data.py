"""Reading one journey from the project file into its plain, read-only snapshot, for drawing it.

The canvas, the emotion pane and the poster draw from :class:`JourneyData`
(defined in :mod:`app.model.journey_snapshot`, re-exported here), never from
ORM objects: the snapshot is a handful of frozen dataclasses read in four
queries (journey, stages, lanes, cards with their channel icon, links), fast
enough for a 10,000-card map. A view that learns that a few cards changed
re-reads only those with :func:`read_cards` and swaps them in with
:meth:`JourneyData.with_cards`; a removed card leaves with
:meth:`JourneyData.without_cards`. Both return a new snapshot and leave the
old one untouched.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Select, Text, select, type_coerce
from sqlalchemy.orm import Session

from app.model.enums import Scale
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.journey_snapshot import (
    CardData,
    CellKey,
    JourneyData,
    LaneData,
    LinkData,
    StageData,
    _new_card,
    renumber_cards,
)
from app.model.schema import Card, Channel, Journey, Lane, Link, Project, Stage

__all__ = [
    "CardData", "CellKey", "JourneyData", "LaneData", "LinkData", "StageData", "drop_threshold_of",
    "journey_or_first", "read_cards", "read_journey", "renumber_cards",
]

_CARD_COLUMNS = (
    Card.id, Card.lane_id, Card.stage_id, Card.position, Card.title, Card.body, Card.colour,
    # Raw JSON text: decoded below once per distinct value, most cards share "[]".
    type_coerce(Card.tags, Text), Card.channel_id, Channel.icon, Card.department_id, Card.score,
    Card.emotion, Card.interaction, Card.is_first, Card.is_last, Card.moment_of_truth,
    Card.severity, Card.affected_share, Card.evidence, Card.evidence_status, Card.note,
    Card.duration,
)


def _read_cards(session: Session, statement: Select[*tuple[Any, ...]]) -> list[CardData]:
    """Run a card query on the session's connection: its plain rows, converted column by column.

    The hot path of opening a map: the driver's rows are taken as they are,
    and each column whose type converts its values (enums, booleans) gets its
    type's own conversion once per distinct value, not once per row. Tags are
    raw JSON text, decoded once per distinct value (most cards share "[]").
    """
    connection = session.connection()
    dialect = connection.dialect
    result = connection.execute(statement)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    if not rows:
        return []
    columns: list[Iterable[Any]] = list(zip(*rows, strict=True))
    for index, expression in enumerate(statement.selected_columns):
        process: Callable[[Any], Any] | None = (
            _decode_tags if index == _TAGS_COLUMN
            else dialect.type_descriptor(expression.type).result_processor(dialect, None))
        if process is not None:
            converted = {value: process(value) for value in set(columns[index])}
            columns[index] = map(converted.__getitem__, columns[index])
    return list(map(_new_card, *columns))


#: Where the tags' JSON text is in :data:`_CARD_COLUMNS`.
_TAGS_COLUMN = 7


def _decode_tags(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def read_journey(session: Session, journey_id: int) -> JourneyData:
    """Read one journey into a :class:`JourneyData` snapshot, in a few queries.

    Raises :class:`ModelError` when there is no journey with this id.
    """
    journey = session.execute(
        select(Journey.id, Journey.title, Journey.state, Journey.target_score)
        .where(Journey.id == journey_id)).one_or_none()
    if journey is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no journey {journey_id}."),
                         journey_id=journey_id)
    project = session.execute(select(Project.scale, Project.target_score).where(Project.id == 1)).one_or_none()
    scale = project[0] if project is not None else None
    # A journey without a target of its own aims at the project's (Project > Properties).
    target = journey.target_score if journey.target_score is not None or project is None else project[1]
    stages = [StageData(*row) for row in session.execute(
        select(Stage.id, Stage.position, Stage.name, Stage.description, Stage.duration,
               Stage.waiting_time, Stage.colour)
        .where(Stage.journey_id == journey_id).order_by(Stage.position))]
    lanes = [LaneData(*row) for row in session.execute(
        select(Lane.id, Lane.position, Lane.kind, Lane.name, Lane.colour, Lane.department_id,
               Lane.collapsed)
        .where(Lane.journey_id == journey_id).order_by(Lane.position))]
    cards = _read_cards(session, select(*_CARD_COLUMNS)
                        .join(Lane, Lane.id == Card.lane_id)
                        .outerjoin(Channel, Channel.id == Card.channel_id)
                        .where(Lane.journey_id == journey_id))  # in cells by position: from_parts sorts
    links = [LinkData(*row) for row in session.execute(
        select(Link.id, Link.source_id, Link.target_id, Link.kind, Link.label)
        .join(Card, Card.id == Link.source_id).join(Lane, Lane.id == Card.lane_id)
        .where(Lane.journey_id == journey_id).order_by(Link.id))]
    return JourneyData.from_parts(stages, lanes, cards, links, journey_id=journey.id,
                                  title=journey.title, state=journey.state,
                                  target_score=target,
                                  scale=scale or Scale.ZERO_TEN)


def read_cards(session: Session, card_ids: Iterable[int]) -> list[CardData]:
    """Read these cards (unknown ids are skipped), ordered by id, for :meth:`JourneyData.with_cards`."""
    ids = sorted(set(card_ids))
    if not ids:
        return []
    if session.autoflush:  # session.execute would flush; the raw connection does not
        session.flush()
    return _read_cards(session, select(*_CARD_COLUMNS)
                       .outerjoin(Channel, Channel.id == Card.channel_id)
                       .where(Card.id.in_(ids)).order_by(Card.id))


def drop_threshold_of(session: Session, journey_id: int) -> float | None:
    """The journey's drop threshold for moments of truth, else the project's (None: the curve's default)."""
    own = session.execute(select(Journey.drop_threshold).where(Journey.id == journey_id)).scalar_one_or_none()
    if own is not None:
        return own
    return session.execute(select(Project.drop_threshold).where(Project.id == 1)).scalar_one_or_none()


def journey_or_first(session: Session, journey_id: int | None) -> Journey:
    """The journey ``journey_id``, or the project's first one when None: what exporters write by default.

    Raises :class:`ModelError` with one sentence when there is no such journey
    or the project has none.
    """
    if journey_id is None:
        journey = session.scalars(select(Journey).order_by(Journey.position).limit(1)).first()
        if journey is None:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "The project has no journey to export."))
        return journey
    journey = session.get(Journey, journey_id)
    if journey is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no such journey in this project."))
    return journey
