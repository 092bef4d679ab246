"""Fixtures for model tests: an in-memory project database. No Qt here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.model.schema import Base, Project


def _foreign_keys_on(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


@pytest.fixture
def engine() -> Iterator[Engine]:
    """A fresh in-memory database with the current schema and foreign keys on."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    event.listen(engine, "connect", _foreign_keys_on)
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """A session on :func:`engine` holding the project row."""
    with Session(engine) as session:
        session.add(Project(title="Test"))
        session.commit()
        yield session
