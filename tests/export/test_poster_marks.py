"""What the method puts on the wall: goal band, durations, severity, first/last, channel kind, KPIs, the to-be curve."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.__main__ import main
from app.export.poster import PosterError, export_poster
from app.export.poster_options import PosterContent
from app.model.enums import LaneKind
from app.model.schema import Card, Journey, Lane, Project
from tests.export.conftest import onboarding_sample

CREATED = dt.date(2026, 1, 2)
NOTHING = PosterContent(header=False, durations=False, severity=False, first_last=False, interaction=False,
                        kpis=False)


@pytest.fixture(scope="module")
def english() -> Iterator[Session]:
    yield from onboarding_sample("en")


def _text(path: Path) -> str:
    return " ".join(pypdf.PdfReader(path).pages[0].extract_text().split())


def _journeys(session: Session) -> list[Journey]:
    return session.scalars(select(Journey).order_by(Journey.position)).all()


def test_every_mark_is_printed_and_each_can_be_left_off(english, tmp_path):
    journey = _journeys(english)[0]
    full, bare = tmp_path / "full.pdf", tmp_path / "bare.pdf"
    export_poster(english, None, full, paper="A1", created=CREATED)
    export_poster(english, None, bare, paper="A1", created=CREATED, content=NOTHING)
    printed, plain = _text(full), _text(bare)
    goal = " ".join(journey.customer_goal.split())[:30]
    duration = next(stage.duration for stage in journey.stages if stage.duration)
    share = english.scalars(select(Card.affected_share).join(Lane).where(
        Lane.journey_id == journey.id, Lane.kind == LaneKind.IRRITANTS, Card.affected_share.is_not(None))).first()
    expected = {"goal": goal, "objectives": "Objectives served", "duration": duration,
                "share": f"{share:g} %", "first": "first", "kpi": "KPI", "digital": "Digital touchpoint"}
    for name, words in expected.items():
        assert words in printed, name
    for name in ("goal", "objectives", "duration", "share", "kpi", "digital"):
        assert expected[name] not in plain, name


@pytest.mark.parametrize("field", ["header", "durations", "severity", "first_last", "interaction", "kpis"])
def test_leaving_off_one_mark_leaves_the_others(english, tmp_path, field):
    out = tmp_path / "poster.pdf"
    only = PosterContent(**{name: name != field for name in PosterContent.__dataclass_fields__})
    export_poster(english, None, out, paper="A1", created=CREATED, content=only)
    printed = _text(out)
    words = {"header": "Customer goal", "durations": "Duration and waiting time",
             "severity": "Severity (1 to 5)", "first_last": "First / last touchpoint",
             "interaction": "Digital touchpoint", "kpis": "Satisfaction measured here"}
    assert words[field] not in printed
    assert all(text in printed for name, text in words.items() if name != field)


def test_the_to_be_curve_is_overlaid_and_named_in_the_legend(english, tmp_path):
    as_is, to_be = _journeys(english)[:2]
    out = tmp_path / "compare.pdf"
    export_poster(english, as_is.id, out, paper="A1", created=CREATED, compare=to_be.id)
    assert f"Curve of {to_be.title}" in _text(out)
    with pytest.raises(PosterError):
        export_poster(english, as_is.id, tmp_path / "self.pdf", paper="A1", compare=as_is.id)
    assert not (tmp_path / "self.pdf").exists()


def test_the_stamp_shows_the_projects_revision_and_date(english, tmp_path):
    out = tmp_path / "poster.pdf"
    project = english.get(Project, 1)
    export_poster(english, None, out, paper="A2", created=CREATED)
    assert f"Revision {project.revision} of {project.modified_at.date().isoformat()}" in _text(out)


def test_the_command_line_flags_and_the_comparison(tmp_path, capsys):
    project = tmp_path / "p.parcours"
    assert main(["new", str(project)]) == 0
    out = tmp_path / "p.pdf"
    assert main(["export", str(project), str(out), "--paper", "A1", "--no-kpis", "--no-goal",
                 "--compare", "My new job — tomorrow"]) == 0
    printed = _text(out)
    assert "Customer goal" not in printed and "Satisfaction measured here" not in printed
    assert "Curve of My new job — tomorrow" in printed and "Duration and waiting time" in printed
    capsys.readouterr()
    assert main(["export", str(project), str(tmp_path / "x.pdf"), "--compare", "No such journey"]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


@pytest.mark.parametrize("option", [["--paper", "A0"], ["--tile", "A4"], ["--no-goal"], ["--landscape"]])
def test_a_report_refuses_poster_options_in_one_sentence(tmp_path, capsys, option):
    project = tmp_path / "p.parcours"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    out = tmp_path / "plan.pdf"
    assert main(["export", str(project), str(out), "--report", "actions", *option]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "A4" in err and option[0] in err
    assert not out.exists()


def test_links_run_through_the_gutters_never_across_another_card(english):
    from app.export.fonts import ReportLabMetrics
    from app.export.poster_draw import gutter_route
    from app.model.journey_data import read_journey
    from app.model.layout import compute_layout

    for journey in _journeys(english):
        data = read_journey(english, journey.id)
        layout = compute_layout(data, ReportLabMetrics())
        columns = {stage.stage_id: stage.rect for stage in layout.stages}
        rows = {lane.lane_id: lane.rect for lane in layout.lanes}
        routed = 0
        for index, link in enumerate(data.links):
            source, target = layout.cards.get(link.source_id), layout.cards.get(link.target_id)
            if source is None or target is None:
                continue
            points = gutter_route(source, target, columns, rows, (index % 3 - 1) * 3.0)
            routed += 1
            assert points[0][0] in (source.rect.x, source.rect.right)
            assert points[-1][0] in (target.rect.x, target.rect.right)
            for (x1, y1), (x2, y2) in pairwise(points):
                assert x1 == x2 or y1 == y2  # along a gutter, never diagonally
                left, right, top, bottom = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
                for card_id, box in layout.cards.items():
                    if card_id in (link.source_id, link.target_id):
                        continue
                    rect = box.rect
                    crosses = left < rect.right - 0.5 and rect.x + 0.5 < right and top < rect.bottom - 0.5 \
                        and rect.y + 0.5 < bottom
                    assert not crosses, (link, card_id)
        assert routed or not data.links
