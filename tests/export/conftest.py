"""What the exporters' tests share: fresh in-memory projects and the onboarding sample."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from app.model import templates
from app.model.enums import Scale
from app.model.errors import ParcoursError
from app.model.schema import Base, Card, Journey, Lane, Persona, Project, Stage
from tests.database_copies import fill_once, new_engine


@pytest.fixture
def new_session() -> Iterator[Callable[..., Session]]:
    """Make sessions on fresh in-memory projects holding only their Project row (foreign keys on)."""
    made: list[tuple[Any, Session]] = []

    def make(scale: Scale = Scale.ZERO_TEN) -> Session:
        engine = new_engine()  # a copy of an empty database made once per run, foreign keys on
        session = Session(engine)
        session.add(Project(title="Empty", scale=scale))
        session.commit()
        made.append((engine, session))
        return session

    yield make
    for engine, session in made:
        session.close()
        engine.dispose()


@pytest.fixture
def session(new_session: Callable[..., Session]) -> Session:
    """A fresh project holding only its Project row (modules may define their own ``session``)."""
    return new_session()


def _onboarding_en(session: Session) -> None:
    templates.populate(session, "onboarding", "en")
    session.commit()


@pytest.fixture
def sample(new_session: Callable[..., Session]) -> Session:
    """The English onboarding sample project (filled once per run, copied per test)."""
    return fill_once(new_session(), "tests/export new_session() + onboarding en", _onboarding_en)


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


def counts(session: Session) -> tuple[int, ...]:
    """Journeys, stages, lanes, cards and personas: what a refused import must leave alone."""
    return tuple(session.scalar(select(func.count()).select_from(model))
                 for model in (Journey, Stage, Lane, Card, Persona))


def refused(session: Session, importer: Callable[[Session, bytes], Any], data: bytes) -> ParcoursError:
    """Import ``data`` with ``importer``, expect a refusal, and check that nothing was written."""
    before = counts(session)
    with pytest.raises(ParcoursError) as caught:
        importer(session, data)
    assert counts(session) == before
    return caught.value


def cards_of(session: Session, journey_id: int) -> list[Card]:
    """The cards of a journey, oldest first."""
    return list(session.scalars(select(Card).join(Lane, Lane.id == Card.lane_id)
                                .where(Lane.journey_id == journey_id).order_by(Card.id)))
