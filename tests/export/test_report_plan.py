"""The action plan's road map, top pain points with their actions, forgotten pain points and KPI table."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.report import export_action_plan
from app.model.method_data import ranked_pain_points
from app.model.schema import KPI, Action, Card, Department, Journey
from tests.export.conftest import onboarding_sample


@pytest.fixture
def english() -> Iterator[Session]:
    yield from onboarding_sample("en")


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(path).pages).split())


def _first_journey(session: Session) -> Journey:
    return session.scalars(select(Journey).order_by(Journey.position)).first()


def test_the_road_map_lists_each_owner_and_each_action_under_its_horizon(english, tmp_path):
    out = tmp_path / "plan.pdf"
    export_action_plan(english, out)
    text = _text(out)
    assert "Road map by owner and horizon" in text
    owners = english.scalars(select(Department.name).join(Action, Action.department_id == Department.id)).all()
    assert owners and all(name in text for name in owners)
    assert text.count("Laptop and accounts ready") >= 3  # the road map, the pain points, the list


def test_the_top_pain_points_come_with_their_actions_and_the_forgotten_ones_are_listed(english, tmp_path):
    journey = _first_journey(english)
    ranked = ranked_pain_points(english, journey.id)
    out = tmp_path / "plan.pdf"
    export_action_plan(english, out, journey_id=journey.id)
    text = _text(out)
    top = ranked[0]
    section = text.split("Top pain points and the actions addressing them")[1].split("Pain points no action")[0]
    assert section.index(top.title) < section.index(ranked[1].title)
    action = english.get(Action, top.action_ids[0])
    assert action.title[:20] in section
    forgotten = [irritant for irritant in ranked if not irritant.action_ids]
    rest = text.split("Pain points no action addresses")[1]
    assert forgotten and all(irritant.title in rest for irritant in forgotten)
    # An action for a forgotten pain point takes it off that list.
    card = english.get(Card, forgotten[0].card_id)
    action.cards.append(card)
    english.flush()
    export_action_plan(english, out, journey_id=journey.id)
    rest = _text(out).split("Pain points no action addresses")[1].split("Indicators")[0]
    assert forgotten[0].title not in rest


def test_the_kpi_table_shows_baseline_target_actual_and_progress(english, tmp_path):
    out = tmp_path / "plan.pdf"
    export_action_plan(english, out)
    section = _text(out).split("Progress")[1]
    for kpi in english.scalars(select(KPI)):
        assert kpi.name in section
        if None not in (kpi.baseline, kpi.target, kpi.actual) and kpi.target != kpi.baseline:
            progress = round(100 * (kpi.actual - kpi.baseline) / (kpi.target - kpi.baseline))
            assert f"{progress} %" in section
