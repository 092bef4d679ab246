"""Fixtures for model tests: an in-memory project database. No Qt here."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.model.schema import Project
from tests.database_copies import new_engine


def _foreign_keys_on(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


@pytest.fixture
def engine() -> Iterator[Engine]:
    """A fresh in-memory database with the current schema and foreign keys on (a copy of one made once per run)."""
    engine = new_engine()
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on :func:`engine` holding the project row."""
    with Session(engine) as session:
        session.add(Project(title="Test"))
        session.commit()
        yield session


@pytest.fixture
def dead_pid() -> int:
    """The pid of a process that has ended (a crashed owner of a working copy or a lock)."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid
