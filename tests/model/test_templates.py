"""The built-in sample and the blank project: complete, realistic, same structure in both languages."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model import templates
from app.model.curve import curve_points
from app.model.curve_reading import read_touchpoints
from app.model.enums import JourneyState, LaneKind
from app.model.errors import ModelError
from app.model.schema import (
    KPI,
    Action,
    Card,
    Channel,
    Department,
    Journey,
    Lane,
    Link,
    MeasurementPoint,
    Persona,
    Stage,
)


def _count(session: Session, cls: type) -> int:
    return session.scalar(select(func.count()).select_from(cls))


@pytest.fixture(params=["fr", "en"])
def onboarding(request: pytest.FixtureRequest, session: Session) -> Session:
    templates.populate(session, "onboarding", request.param)
    session.commit()
    return session


def _as_is(session: Session) -> Journey:
    return session.scalars(select(Journey).where(Journey.state == JourneyState.AS_IS)).one()


def test_the_sample_meets_every_minimum(onboarding: Session) -> None:
    s = onboarding
    assert _count(s, Persona) == 2
    assert _count(s, Action) >= 5 and _count(s, KPI) >= 3 and _count(s, MeasurementPoint) >= 2
    assert _count(s, Channel) == 11 and _count(s, Department) == 5
    journey = _as_is(s)
    assert len(journey.stages) >= 6
    kinds = {lane.kind for lane in journey.lanes}
    assert len(journey.lanes) >= 8 and len(kinds) >= 8
    assert {LaneKind.FRONT_STAGE, LaneKind.BACK_STAGE} <= kinds
    cards = s.scalars(select(Card).join(Lane).where(Lane.journey_id == journey.id)).all()
    assert len(cards) >= 40
    irritants = [c for c in cards if c.lane.kind is LaneKind.IRRITANTS]
    assert irritants and all(c.evidence and c.severity and c.affected_share for c in irritants)
    quick_wins = [a for a in s.scalars(select(Action)) if a.impact >= 4 and a.effort <= 2]
    assert len(quick_wins) >= 2 and all(a.cards for a in s.scalars(select(Action)))
    assert _count(s, Link) > 0


def test_the_curve_has_its_trough_on_day_one_and_a_peak(onboarding: Session) -> None:
    journey = _as_is(onboarding)
    touchpoints = read_touchpoints(onboarding, journey.id)
    scores = [p.score for p in curve_points(touchpoints) if p.score is not None]
    lowest = min(touchpoints, key=lambda t: (t.score, t.stage_position))
    day_one = journey.stages[3]
    assert lowest.stage_id == day_one.id and lowest.score <= 3
    assert max(scores) >= 8
    assert touchpoints[0].title and onboarding.get(Card, touchpoints[0].card_id).is_first
    assert onboarding.get(Card, touchpoints[-1].card_id).is_last


def test_the_to_be_journey_is_derived_and_better(onboarding: Session) -> None:
    as_is = _as_is(onboarding)
    to_be = onboarding.scalars(select(Journey).where(Journey.state == JourneyState.TO_BE)).one()
    assert to_be.derived_from_id == as_is.id
    assert [s.name for s in to_be.stages] == [s.name for s in as_is.stages]

    def mean(journey: Journey) -> float:
        scores = [p.score for p in read_touchpoints(onboarding, journey.id) if p.score is not None]
        return sum(scores) / len(scores)

    assert mean(to_be) > mean(as_is) + 1


def test_both_languages_have_the_same_structure() -> None:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import StaticPool

    from app.model.schema import Base, Project
    from tests.model.conftest import _foreign_keys_on  # same set-up as the fixture

    shapes = {}
    texts = {}
    for lang in ("fr", "en"):
        engine = create_engine("sqlite://", poolclass=StaticPool)
        event.listen(engine, "connect", _foreign_keys_on)
        Base.metadata.create_all(engine)
        with Session(engine) as session:
            session.add(Project())
            templates.populate(session, "onboarding", lang)
            session.commit()
            shapes[lang] = [(c.lane.kind, c.stage.position, c.position, c.score, c.emotion)
                            for c in session.scalars(select(Card).order_by(Card.id))]
            texts[lang] = " ".join(s.name for s in session.scalars(select(Stage)))
        engine.dispose()
    assert shapes["fr"] == shapes["en"]
    assert "Premier jour" in texts["fr"] and "Day one" in texts["en"]
    assert "Day one" not in texts["fr"]


def test_blank_has_one_journey_with_default_lanes(session: Session) -> None:
    templates.populate(session, "blank", "fr")
    session.commit()
    journey = session.scalars(select(Journey)).one()
    assert journey.title == "Mon parcours" and len(journey.stages) == 3
    assert [lane.kind for lane in journey.lanes] == [k for k, _ in templates.default_lanes("fr")]
    assert _count(session, Channel) == 11 and _count(session, Card) == 0


@pytest.mark.parametrize(("template", "language"), [("trello", "en"), ("onboarding", "de")])
def test_unknown_template_or_language_is_refused(session: Session, template: str, language: str) -> None:
    with pytest.raises(ModelError):
        templates.populate(session, template, language)
