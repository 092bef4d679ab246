"""Project databases filled once per test run, then handed to each test as an exact copy.

Filling an in-memory project with the onboarding sample takes a tenth of a
second, and hundreds of tests start from it. :func:`fill_once` fills the
first test's database for real, keeps a copy of the result (SQLite's backup
API), and later writes that copy over the database of each test that asks
for the same filling: every table, row and id is as the filling left it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import cast

from sqlalchemy.orm import Session

#: The databases as each filling left them, by name.
_FILLED: dict[str, sqlite3.Connection] = {}


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
