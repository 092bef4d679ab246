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
from collections.abc import Iterable
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.first_read import read_card_rows, read_journey_rows
from app.model.journey_snapshot import (
    CardData,
    CellKey,
    JourneyData,
    LaneData,
    LinkData,
    StageData,
    renumber_cards,
)
from app.model.schema import Journey, Project

__all__ = [
    "CardData", "CellKey", "JourneyData", "LaneData", "LinkData", "StageData", "drop_threshold_of",
    "journey_or_first", "read_cards", "read_journey", "renumber_cards",
]


def _driver(session: Session) -> sqlite3.Connection:
    """The session's own SQLite connection (a project's), its pending changes flushed as a query would."""
    if session.autoflush:  # session.execute would flush; the raw connection does not
        session.flush()
    return cast("sqlite3.Connection", session.connection().connection.driver_connection)


def read_journey(session: Session, journey_id: int) -> JourneyData:
    """Read one journey into a :class:`JourneyData` snapshot, in a few queries.

    The rows are read as plain SQL on the session's connection by the very
    reader of the editor's first paint (:func:`app.model.first_read.read_journey_rows`).
    Raises :class:`ModelError` when there is no journey with this id.
    """
    data = read_journey_rows(_driver(session), journey_id)
    if data is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no journey {journey_id}."),
                         journey_id=journey_id)
    return data


def read_cards(session: Session, card_ids: Iterable[int]) -> list[CardData]:
    """Read these cards (unknown ids are skipped), ordered by id, for :meth:`JourneyData.with_cards`."""
    ids = sorted(set(card_ids))
    if not ids:
        return []
    return read_card_rows(_driver(session), "WHERE card.id IN (SELECT value FROM json_each(?)) ORDER BY card.id",
                          (json.dumps(ids),))


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
