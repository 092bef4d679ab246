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
import sqlite3
from collections.abc import Callable, Iterable
from typing import Any, cast

from sqlalchemy import select
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


class _Query:
    """A query of the snapshot, run on the session's own SQLite connection, without SQLAlchemy's layers.

    Opening a big map reads it first thing: the statements are written once
    from the schema's columns (names, and each type's own conversion of the
    values it reads, applied once per distinct value), and run as plain SQL.
    ``columns`` are the selected ORM attributes; ``rest`` the SQL after them.
    """

    def __init__(self, columns: tuple[Any, ...], rest: str, *, tags: int | None = None) -> None:
        self.columns = [attribute.property.columns[0] for attribute in columns]
        self.sql = "SELECT " + ", ".join(f'"{column.table.name}"."{column.name}"' for column in self.columns) + \
            " " + rest
        #: Where the tags' JSON text is (decoded once per distinct value, most cards share "[]").
        self.tags = tags
        self._processors: list[Callable[[Any], Any] | None] | None = None

    def _processors_for(self, dialect: Any) -> list[Callable[[Any], Any] | None]:
        if self._processors is None:
            self._processors = [_decode_tags if index == self.tags
                                else dialect.type_descriptor(column.type).result_processor(dialect, None)
                                for index, column in enumerate(self.columns)]
        return self._processors

    def columns_of(self, session: Session, parameters: tuple[Any, ...] = ()) -> list[Iterable[Any]]:
        """The result's values, column by column, converted as the ORM would (empty when no row)."""
        if session.autoflush:  # session.execute would flush; the raw connection does not
            session.flush()
        connection = session.connection()
        driver = cast("sqlite3.Connection", connection.connection.driver_connection)  # a SQLite project's
        rows = driver.execute(self.sql, parameters).fetchall()
        if not rows:
            return []
        values: list[Iterable[Any]] = list(zip(*rows, strict=True))
        for index, process in enumerate(self._processors_for(connection.dialect)):
            if process is not None:
                converted = {value: process(value) for value in set(values[index])}
                values[index] = map(converted.__getitem__, values[index])
        return values

    def rows(self, session: Session, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """The result's rows, converted."""
        return list(zip(*self.columns_of(session, parameters), strict=True))


_CARD_COLUMNS = (
    Card.id, Card.lane_id, Card.stage_id, Card.position, Card.title, Card.body, Card.colour, Card.tags,
    Card.channel_id, Channel.icon, Card.department_id, Card.score, Card.emotion, Card.interaction, Card.is_first,
    Card.is_last, Card.moment_of_truth, Card.severity, Card.affected_share, Card.evidence, Card.evidence_status,
    Card.note, Card.duration,
)
#: The cards of a journey (in cells by position: from_parts sorts), and the cards of some ids.
_JOURNEY_CARDS = _Query(_CARD_COLUMNS, 'FROM "card" JOIN "lane" ON "lane"."id" = "card"."lane_id" '
                                       'LEFT OUTER JOIN "channel" ON "channel"."id" = "card"."channel_id" '
                                       'WHERE "lane"."journey_id" = ?', tags=7)
_SOME_CARDS = _Query(_CARD_COLUMNS, 'FROM "card" LEFT OUTER JOIN "channel" ON "channel"."id" = "card"."channel_id" '
                                    'WHERE "card"."id" IN (SELECT "value" FROM json_each(?)) ORDER BY "card"."id"',
                     tags=7)
_JOURNEY = _Query((Journey.id, Journey.title, Journey.state, Journey.target_score), 'FROM "journey" WHERE "id" = ?')
_PROJECT = _Query((Project.scale, Project.target_score), 'FROM "project" WHERE "id" = 1')
_STAGES = _Query((Stage.id, Stage.position, Stage.name, Stage.description, Stage.duration, Stage.waiting_time,
                  Stage.colour), 'FROM "stage" WHERE "journey_id" = ? ORDER BY "position"')
_LANES = _Query((Lane.id, Lane.position, Lane.kind, Lane.name, Lane.colour, Lane.department_id, Lane.collapsed),
                'FROM "lane" WHERE "journey_id" = ? ORDER BY "position"')
_LINKS = _Query((Link.id, Link.source_id, Link.target_id, Link.kind, Link.label),
                'FROM "link" JOIN "card" ON "card"."id" = "link"."source_id" '
                'JOIN "lane" ON "lane"."id" = "card"."lane_id" WHERE "lane"."journey_id" = ? ORDER BY "link"."id"')
def _cards(columns: list[Iterable[Any]]) -> list[CardData]:
    """The cards of a card query's columns (none when it found no row)."""
    return list(map(_new_card, *columns)) if columns else []


def _decode_tags(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def read_journey(session: Session, journey_id: int) -> JourneyData:
    """Read one journey into a :class:`JourneyData` snapshot, in a few queries.

    Raises :class:`ModelError` when there is no journey with this id.
    """
    journeys = _JOURNEY.rows(session, (journey_id,))
    if not journeys:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no journey {journey_id}."),
                         journey_id=journey_id)
    _id, title, state, journey_target = journeys[0]
    projects = _PROJECT.rows(session)
    scale = projects[0][0] if projects else None
    # A journey without a target of its own aims at the project's (Project > Properties).
    target = journey_target if journey_target is not None or not projects else projects[0][1]
    stages = [StageData(*row) for row in _STAGES.rows(session, (journey_id,))]
    lanes = [LaneData(*row) for row in _LANES.rows(session, (journey_id,))]
    cards = _cards(_JOURNEY_CARDS.columns_of(session, (journey_id,)))
    links = [LinkData(*row) for row in _LINKS.rows(session, (journey_id,))]
    return JourneyData.from_parts(stages, lanes, cards, links, journey_id=journey_id, title=title, state=state,
                                  target_score=target, scale=scale or Scale.ZERO_TEN)


def read_cards(session: Session, card_ids: Iterable[int]) -> list[CardData]:
    """Read these cards (unknown ids are skipped), ordered by id, for :meth:`JourneyData.with_cards`."""
    ids = sorted(set(card_ids))
    if not ids:
        return []
    return _cards(_SOME_CARDS.columns_of(session, (json.dumps(ids),)))


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
