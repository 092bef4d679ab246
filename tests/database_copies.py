"""Project databases made once per test run, then handed to each test as an exact copy.

Creating the schema of an in-memory project takes 15 ms and filling it with
the onboarding sample 50 ms more, and hundreds of tests start from one of
them. :func:`new_engine` copies an empty database made once per run (SQLite's
backup API); :func:`fill_once` fills the first test's database for real, keeps
a copy of the result, and later writes that copy over the database of each
test that asks for the same filling: every table, row and id is as the
filling left it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.model.schema import Base

#: The databases as each filling left them, by name.
_FILLED: dict[str, sqlite3.Connection] = {}
#: An in-memory database holding the current schema and nothing else, made on first use.
_EMPTY: list[sqlite3.Connection] = []


def foreign_keys_on(dbapi_connection: Any, _record: Any) -> None:
    """SQLite forgets foreign keys between connections: turn them on for each."""
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


def new_engine() -> Engine:
    """A fresh in-memory database with the current schema and foreign keys on (as ``create_all`` makes it)."""
    if not _EMPTY:
        made = create_engine("sqlite://", poolclass=StaticPool)
        Base.metadata.create_all(made)
        empty = sqlite3.connect(":memory:", check_same_thread=False)
        with made.connect() as connection:
            cast(sqlite3.Connection, connection.connection.driver_connection).backup(empty)
        made.dispose()
        _EMPTY.append(empty)
    database = sqlite3.connect(":memory:", check_same_thread=False)
    _EMPTY[0].backup(database)
    engine = create_engine("sqlite://", poolclass=StaticPool, creator=lambda: database)
    event.listen(engine, "connect", foreign_keys_on)
    return engine


def _driver(session: Session) -> sqlite3.Connection:
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def fill_once(session: Session, name: str, fill: Callable[[Session], object]) -> Session:
    """Make ``session``'s database what ``fill(session)`` makes of it, running ``fill`` once per run for ``name``.

    ``name`` must say everything the result depends on: the filling and the
    database it starts from (which fixture made it). ``fill`` must commit.
    The session's objects are expired, so they are read again from the copy.
    """
    session.commit()
    snapshot = _FILLED.get(name)
    if snapshot is None:
        fill(session)
        assert not session.new and not session.dirty and not session.deleted, f"{name}: fill did not commit"
        snapshot = sqlite3.connect(":memory:", check_same_thread=False)
        _driver(session).backup(snapshot)
        _FILLED[name] = snapshot
    else:
        target = _driver(session)
        assert not target.in_transaction
        snapshot.backup(target)
        session.expire_all()
    return session
