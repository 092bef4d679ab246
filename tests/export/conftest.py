"""What the exporters' tests share: fresh in-memory projects and the onboarding sample."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.model import templates
from app.model.enums import Scale
from app.model.schema import Base, Project


def foreign_keys_on(dbapi_connection: Any, _record: Any) -> None:
    """SQLite forgets foreign keys between connections: turn them on for each."""
    dbapi_connection.execute("PRAGMA foreign_keys=ON")


@pytest.fixture
def new_session() -> Iterator[Callable[..., Session]]:
    """Make sessions on fresh in-memory projects holding only their Project row (foreign keys on)."""
    made: list[tuple[Any, Session]] = []

    def make(scale: Scale = Scale.ZERO_TEN) -> Session:
        engine = create_engine("sqlite://", poolclass=StaticPool)
        event.listen(engine, "connect", foreign_keys_on)
        Base.metadata.create_all(engine)
        session = Session(engine)
        session.add(Project(title="Empty", scale=scale))
        session.commit()
        made.append((engine, session))
        return session

    yield make
    for engine, session in made:
        session.close()
        engine.dispose()


def onboarding_sample(language: str) -> Iterator[Session]:
    """The onboarding sample in ``language``, in memory, for a fixture to yield (flushed, not committed)."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Project(title="Exemple"))
        session.flush()
        templates.populate(session, "onboarding", language)
        session.flush()
        yield session
    engine.dispose()
