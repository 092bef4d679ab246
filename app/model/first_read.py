"""The first journey of a project file read straight through the sqlite3 driver, for the editor's first paint.

``parcours FILE`` paints the map before SQLAlchemy is even imported (it costs
more than the rest of the start): :func:`read_first_journey` reads the
project's first journey into the very :class:`JourneyData` that
:func:`app.model.journey_data.read_journey` makes, with the standard library
alone. It is a shortcut, never the file's check: it returns None whenever the
file is anything but a plain, closed Parcours project (missing, foreign, an
unfinished change or a lock beside it, a column it does not know...), and the
editor then opens the file the ordinary way. The document opened right after
the paint re-reads the journey through the ORM, so what this read gets wrong
could only show for one frame.
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from app.model.enums import (
    Emotion,
    EvidenceSource,
    EvidenceStatus,
    Interaction,
    JourneyState,
    LaneKind,
    LinkKind,
    Scale,
)
from app.model.journey_snapshot import CardData, JourneyData, LaneData, LinkData, StageData, new_card

#: ``PRAGMA application_id`` of every project file: "PARC" in ASCII (as app.model.storefile checks it).
_APPLICATION_ID = 0x50415243
#: Sidecars whose presence means a change was not finished, or the file is open elsewhere.
_SIDECARS = ("-journal", "-wal")

_E = TypeVar("_E", bound=Enum)


#: What tells one state of a file from another: modification time (ns), size, inode, SQLite's change counter.
FileStamp = tuple[int, int, int, bytes]


@dataclass(frozen=True)
class FirstJourney:
    """The first journey of a project, as the map draws it."""

    journey_id: int
    data: JourneyData
    #: The journey's drop threshold for moments of truth, else the project's (None: the curve's default).
    drop_threshold: float | None
    #: The file as it was read (:func:`file_stamp`): the same stamp later means the same content.
    stamp: FileStamp | None = None
    #: The schema version the file says it has (``PRAGMA user_version``): an older one is upgraded when opened.
    version: int = 0


def file_stamp(path: Path) -> FileStamp | None:
    """The file's modification time, size, inode and SQLite change counter (None when it cannot be read).

    SQLite adds one to the change counter (header bytes 24-27) at every
    committed change of a file in rollback-journal mode, the only mode a
    first read accepts (no ``-wal`` beside the file).
    """
    try:
        status = path.stat()
        with open(path, "rb") as stream:
            counter = stream.read(28)[24:28]
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino, counter


def read_first_journey(path: Path, *, fetching: Callable[[], None] | None = None) -> FirstJourney | None:
    """The project's first journey (by position), or None when the file is not plainly readable here.

    Never raises for a bad file: None sends the caller down the ordinary
    path, which explains what is wrong with it. ``fetching`` is called when
    the card rows, the longest query, are about to be fetched (sqlite3 lets
    other threads run meanwhile).
    """
    header = _plain_project(path)
    if header is None:
        return None
    stamp = file_stamp(path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError, OSError):
        return None
    try:
        first = _read(connection, fetching)
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        connection.close()
    if first is None or stamp is None or file_stamp(path) != stamp:  # written to while it was read
        return None
    return dataclasses.replace(first, stamp=stamp, version=int.from_bytes(header[60:64], "big", signed=True))


def _plain_project(path: Path) -> bytes | None:
    """The header of a regular file with a Parcours header and no lock or unfinished change beside it, else None."""
    try:
        if not path.is_file() or os.path.lexists(path.with_name(f".~lock.{path.name}#")):
            return None
        if any(os.path.lexists(path.with_name(path.name + suffix)) for suffix in _SIDECARS):
            return None
        with open(path, "rb") as stream:
            header = stream.read(100)
    except OSError:
        return None
    plain = (len(header) == 100 and header.startswith(b"SQLite format 3\x00")
             and int.from_bytes(header[68:72], "big", signed=True) == _APPLICATION_ID)
    return header if plain else None


def _read(connection: sqlite3.Connection, fetching: Callable[[], None] | None = None) -> FirstJourney | None:
    first = connection.execute("SELECT id FROM journey ORDER BY position LIMIT 1").fetchone()
    if first is None:
        return None
    journey_id = first[0]
    data = read_journey_rows(connection, journey_id, fetching=fetching)
    if data is None:
        return None
    return FirstJourney(journey_id, data, read_drop_threshold(connection, journey_id))


def read_journey_rows(connection: sqlite3.Connection, journey_id: int, *,
                      fetching: Callable[[], None] | None = None) -> JourneyData | None:
    """The journey ``journey_id`` read into its snapshot on ``connection`` (None when there is no such journey).

    The one reader of a journey's rows: the first read here, and
    :func:`app.model.journey_data.read_journey` on the session's own
    connection. Raises ``ValueError`` (or ``KeyError``) for a value the model
    does not know, ``sqlite3.Error`` for a file it cannot read. ``fetching``: called before the card rows
    are fetched.
    """
    journey = connection.execute("SELECT title, state, target_score FROM journey WHERE id = ?",
                                 (journey_id,)).fetchone()
    if journey is None:
        return None
    project = connection.execute("SELECT scale, target_score FROM project WHERE id = 1").fetchone()
    scale = _enum(Scale)(project[0]) if project is not None and project[0] is not None else Scale.ZERO_TEN
    # A journey without a target of its own aims at the project's (Project > Properties).
    target = journey[2] if journey[2] is not None or project is None else project[1]
    stages = [StageData(*row) for row in connection.execute(
        "SELECT id, position, name, description, duration, waiting_time, colour FROM stage "
        "WHERE journey_id = ? ORDER BY position", (journey_id,))]
    lane_kind = _enum(LaneKind)
    lanes = [LaneData(row[0], row[1], lane_kind(row[2]), row[3], row[4], row[5], _bool(row[6]))
             for row in connection.execute(
                 "SELECT id, position, kind, name, colour, department_id, collapsed FROM lane "
                 "WHERE journey_id = ? ORDER BY position", (journey_id,))]
    if fetching is not None:
        fetching()
    cards = read_card_rows(connection, "JOIN lane ON lane.id = card.lane_id WHERE lane.journey_id = ?",
                           (journey_id,))
    link_kind = _enum(LinkKind)
    links = [LinkData(row[0], row[1], row[2], link_kind(row[3]), row[4]) for row in connection.execute(
        "SELECT link.id, link.source_id, link.target_id, link.kind, link.label FROM link "
        "JOIN card ON card.id = link.source_id JOIN lane ON lane.id = card.lane_id "
        "WHERE lane.journey_id = ? ORDER BY link.id", (journey_id,))]
    return JourneyData.from_parts(stages, lanes, cards, links, journey_id=journey_id, title=journey[0],
                                  state=_enum(JourneyState)(journey[1]), target_score=target, scale=scale)


def read_drop_threshold(connection: sqlite3.Connection, journey_id: int) -> float | None:
    """The journey's drop threshold for moments of truth, else the project's (None: the curve's default)."""
    own = connection.execute("SELECT drop_threshold FROM journey WHERE id = ?", (journey_id,)).fetchone()
    if own is not None and own[0] is not None:
        return float(own[0])
    project = connection.execute("SELECT drop_threshold FROM project WHERE id = 1").fetchone()
    return None if project is None or project[0] is None else float(project[0])


#: The card columns, in the order of :class:`CardData`'s fields (and of its constructor's arguments).
_CARD_COLUMNS = (
    "card.id", "card.lane_id", "card.stage_id", "card.position", "card.title", "card.body", "card.colour",
    "card.tags", "card.channel_id", "channel.icon", "card.department_id", "card.score", "card.emotion",
    "card.interaction", "card.is_first", "card.is_last", "card.moment_of_truth", "card.severity",
    "card.affected_share", "card.evidence", "card.evidence_status", "card.note", "card.duration",
)


def read_card_rows(connection: sqlite3.Connection, rest: str, parameters: tuple[Any, ...]) -> list[CardData]:
    """The cards of ``SELECT ... FROM card LEFT OUTER JOIN channel ... rest`` (``rest``: joins, WHERE, ORDER BY).

    Each column is converted once per distinct value (most cards share most values).
    """
    names = ", ".join(_CARD_COLUMNS)
    rows = connection.execute(f"SELECT {names} FROM card LEFT OUTER JOIN channel ON channel.id = card.channel_id "
                              f"{rest}", parameters).fetchall()
    if not rows:
        return []
    columns: list[Any] = list(zip(*rows, strict=True))
    for index, convert in _CONVERSIONS.items():
        converted = {value: convert(value) for value in set(columns[index])}
        columns[index] = map(converted.__getitem__, columns[index])
    return list(map(new_card, *columns))


def _enum(cls: type[_E]) -> Callable[[Any], _E]:
    """``cls``'s member of a stored value (the file stores each member's value); refuses unknown values."""
    by_value = {member.value: member for member in cls}
    return by_value.__getitem__


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


def _bool(value: Any) -> bool:
    if value not in (0, 1):
        raise ValueError(f"not a stored boolean: {value!r}")
    return bool(value)


def _tags(text: str | None) -> tuple[str, ...]:
    if not text or text == "[]":  # most cards: no JSON parser loaded for them
        return ()
    import json

    return tuple(json.loads(text))


#: Conversions of :data:`_CARD_COLUMNS`, by column index (the other columns are taken as stored).
_CONVERSIONS: dict[int, Callable[[Any], Any]] = {
    7: _tags,
    12: _optional(_enum(Emotion)),
    13: _optional(_enum(Interaction)),
    14: _bool,
    15: _bool,
    16: _optional(_bool),
    19: _optional(_enum(EvidenceSource)),
    20: _optional(_enum(EvidenceStatus)),
}
