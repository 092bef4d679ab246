"""The other built-in templates (issue 13): each a realistic small journey, in French and English."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model import templates
from app.model.curve_reading import read_touchpoints
from app.model.enums import LaneKind
from app.model.schema import KPI, Action, Card, Journey, Lane, Link, MeasurementPoint, Persona, Project

NEW = ("ecommerce", "service_desk", "bank_account", "patient_visit")
ROOT = Path(__file__).resolve().parents[2]


def _count(session: Session, cls: type) -> int:
    return session.scalar(select(func.count()).select_from(cls))


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("template", NEW)
def test_each_template_is_a_small_complete_journey(session: Session, template: str, language: str) -> None:
    templates.populate(session, template, language)
    session.commit()
    assert _count(session, Persona) == 2 and _count(session, Action) >= 3 and _count(session, KPI) >= 3
    assert _count(session, MeasurementPoint) >= 1 and _count(session, Link) > 0
    journey = session.scalars(select(Journey)).one()
    assert len(journey.stages) >= 5 and journey.personas and journey.target_score is not None
    cards = session.scalars(select(Card).join(Lane).where(Lane.journey_id == journey.id)).all()
    assert len(cards) >= 20
    irritants = [c for c in cards if c.lane.kind is LaneKind.IRRITANTS]
    assert irritants and all(c.evidence and c.severity and c.affected_share for c in irritants)
    assert all(action.cards for action in session.scalars(select(Action)))
    touchpoints = read_touchpoints(session, journey.id)
    assert len([t for t in touchpoints if t.score is not None]) >= 8
    title, line = templates.describe(template, language)
    assert journey.title == title and line and session.get(Project, 1).title


@pytest.mark.parametrize("template", NEW)
def test_french_and_english_differ_in_words_not_in_shape(template: str) -> None:
    from app.model.templates import CONTENT

    content = CONTENT[template]
    for key, *_rest, title, _body, _fields in ((c[0], c[1], c[2], c[3], c[4], c[5]) for c in content.CARDS):
        assert title[0] and title[1], key
    french = " ".join(c[3][0] for c in content.CARDS)
    english = " ".join(c[3][1] for c in content.CARDS)
    assert french != english


def test_the_cli_creates_a_project_from_each_new_template(tmp_path: Path) -> None:
    # The four commands side by side: each is a fresh interpreter, and a second core is often idle.
    children = {template: subprocess.Popen([sys.executable, "-m", "app", "new", str(tmp_path / f"{template}.parcours"),
                                            "--template", template, "--lang", "fr"],
                                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                           env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
                for template in NEW}
    for template, child in children.items():
        _out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        assert (tmp_path / f"{template}.parcours").is_file()
