"""The first journey read with the sqlite3 driver alone: the same snapshot as the ORM's, or None when in doubt."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import templates
from app.model.enums import (
    Emotion,
    EvidenceSource,
    EvidenceStatus,
    Interaction,
    JourneyState,
    LaneKind,
    LinkKind,
    Scale,
)
from app.model.first_read import read_first_journey
from app.model.journey_data import (
    CardData,
    JourneyData,
    LaneData,
    LinkData,
    StageData,
    drop_threshold_of,
    read_journey,
)
from app.model.schema import Card, Channel, Journey, Lane, Link, Project, Stage
from app.model.store import ProjectStore

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _every_field(session: Session) -> None:
    """Two journeys (the second first by position), a card with every field set, one with none, a link."""
    project = session.get(Project, 1)
    assert project is not None
    project.scale, project.target_score, project.drop_threshold = Scale.MINUS_TWO_TWO, 1.5, 0.75
    later = Journey(position=1, title="Later", state=JourneyState.AS_IS)
    shown = Journey(position=0, title="Premier jour", state=JourneyState.TO_BE, drop_threshold=None)
    channel = Channel(position=0, key="kiosk", name="Borne", icon="kiosk")
    session.add_all([later, shown, channel])
    session.flush()
    stage = Stage(journey_id=shown.id, position=0, name="Accueil", description="d", duration="1 h",
                  waiting_time="5 min", colour="#112233")
    lane = Lane(journey_id=shown.id, position=0, kind=LaneKind.TOUCHPOINTS, name="Points", colour="#445566",
                collapsed=True)
    other = Lane(journey_id=shown.id, position=1, kind=LaneKind.IRRITANTS, name="Irritants")
    session.add_all([stage, lane, other, Stage(journey_id=later.id, position=0, name="x")])
    session.flush()
    full = Card(lane_id=lane.id, stage_id=stage.id, position=0, title="Badge ✓", body="corps", colour="#abcdef",
                tags=["vip", "accès"], channel_id=channel.id, score=-1.5, emotion=Emotion.ANGER,
                interaction=Interaction.HUMAN, is_first=True, is_last=True, moment_of_truth=False, severity=4,
                affected_share=12.5, evidence=EvidenceSource.SURVEY, evidence_status=EvidenceStatus.ASSUMED,
                note="n", duration="2 min")
    pinned = Card(lane_id=lane.id, stage_id=stage.id, position=1, title="Second", moment_of_truth=True)
    bare = Card(lane_id=other.id, stage_id=stage.id, position=0)
    session.add_all([full, pinned, bare])
    session.flush()
    session.add(Link(source_id=full.id, target_id=bare.id, kind=LinkKind.CAUSES, label="parce que"))


def _project(path: Path, populate) -> Path:
    store = ProjectStore.create(path, populate=populate)
    try:
        store.save()
    finally:
        store.close()
    return path


def _as_the_orm_reads_it(path: Path) -> tuple[int, JourneyData, float | None]:
    """The first journey's snapshot made from the ORM's objects (not from the plain-SQL reader both paths use)."""
    store = ProjectStore.read(path)
    try:
        session = store.session
        journey = session.scalars(select(Journey).order_by(Journey.position)).first()
        project = session.get(Project, 1)
        assert journey is not None and project is not None
        stages = [StageData(s.id, s.position, s.name, s.description, s.duration, s.waiting_time, s.colour)
                  for s in journey.stages]
        lanes = [LaneData(lane.id, lane.position, lane.kind, lane.name, lane.colour, lane.department_id,
                          lane.collapsed) for lane in journey.lanes]
        lane_ids = {lane.id for lane in lanes}
        cards = [CardData(c.id, c.lane_id, c.stage_id, c.position, c.title, c.body, c.colour, tuple(c.tags),
                          c.channel_id, c.channel.icon if c.channel is not None else None, c.department_id,
                          c.score, c.emotion, c.interaction, c.is_first, c.is_last, c.moment_of_truth, c.severity,
                          c.affected_share, c.evidence, c.evidence_status, c.note, c.duration)
                 for c in session.scalars(select(Card)) if c.lane_id in lane_ids]
        card_ids = {card.id for card in cards}
        links = [LinkData(link.id, link.source_id, link.target_id, link.kind, link.label)
                 for link in session.scalars(select(Link).order_by(Link.id)) if link.source_id in card_ids]
        target = journey.target_score if journey.target_score is not None else project.target_score
        data = JourneyData.from_parts(stages, lanes, cards, links, journey_id=journey.id, title=journey.title,
                                      state=journey.state, target_score=target, scale=project.scale)
        threshold = journey.drop_threshold if journey.drop_threshold is not None else project.drop_threshold
        assert read_journey(session, journey.id) == data  # the editor's reader on the session: the same
        assert drop_threshold_of(session, journey.id) == threshold
        return journey.id, data, threshold
    finally:
        store.close()


@pytest.mark.parametrize("populate", [_every_field, templates.populate], ids=["every field", "sample"])
def test_the_first_read_is_the_snapshot_the_orm_reads(tmp_path: Path, populate) -> None:
    path = _project(tmp_path / "p.parcours", populate)
    first = read_first_journey(path)
    assert first is not None
    assert (first.journey_id, first.data, first.drop_threshold) == _as_the_orm_reads_it(path)
    assert first.data.cards and first.data.lanes


def test_the_first_read_takes_the_first_journey_by_position_with_the_project_s_defaults(tmp_path: Path) -> None:
    first = read_first_journey(_project(tmp_path / "p.parcours", _every_field))
    assert first is not None and first.data.title == "Premier jour"
    assert first.data.scale is Scale.MINUS_TWO_TWO and first.data.target_score == 1.5 and first.drop_threshold == 0.75
    card = next(card for card in first.data.cards.values() if card.title == "Badge ✓")
    assert card.tags == ("vip", "accès") and card.channel_icon == "kiosk" and card.moment_of_truth is False
    assert card.emotion is Emotion.ANGER and card.evidence_status is EvidenceStatus.ASSUMED
    # Stored as 0 and 1, which equal False and True: the types are checked apart.
    assert card.is_first is True and card.is_last is True and first.data.lanes[0].collapsed is True
    assert all(type(card.is_first) is bool and type(card.moment_of_truth) in (bool, type(None))
               for card in first.data.cards.values())


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE journey (id INTEGER)")


def _locked(path: Path) -> None:
    path.with_name(f".~lock.{path.name}#").write_text("someone")


def _journal(path: Path) -> None:
    path.with_name(path.name + "-journal").write_bytes(b"\x01" * 512)


def _text(path: Path) -> None:
    path.write_text("hello")


def _no_journey(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("DELETE FROM journey")


def _unknown_emotion(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("UPDATE card SET emotion = 'elation' WHERE emotion IS NOT NULL")


@pytest.mark.parametrize("spoil", [_foreign, _locked, _journal, _text, _no_journey, _unknown_emotion, Path.unlink],
                         ids=["foreign database", "locked", "unfinished change", "text", "no journey",
                              "unknown value", "missing"])
def test_anything_but_a_plain_closed_project_is_left_to_the_ordinary_opening(tmp_path: Path, spoil) -> None:
    path = _project(tmp_path / "p.parcours", templates.populate)
    if spoil is _foreign:
        path.unlink()
    spoil(path)
    assert read_first_journey(path) is None


def test_an_older_file_is_left_to_the_ordinary_opening_which_upgrades_it(tmp_path: Path) -> None:
    old = shutil.copyfile(FIXTURES / "schema_v1.parcours", tmp_path / "old.parcours")
    assert read_first_journey(old) is None
    assert read_first_journey(tmp_path) is None  # a folder


def test_the_first_read_imports_no_sqlalchemy(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.parcours", templates.populate)
    code = ("import sys\nfrom pathlib import Path\nfrom app.model.first_read import read_first_journey\n"
            f"assert read_first_journey(Path({str(path)!r})) is not None\n"
            "print(sorted(name for name in sys.modules if name.startswith('sqlalchemy')))")
    root = Path(__file__).resolve().parent.parent.parent
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root,
                               env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"}, timeout=60, check=True)
    assert completed.stdout.strip() == "[]"


def test_the_first_read_says_when_it_starts_fetching_the_cards_and_reads_the_same(tmp_path: Path) -> None:
    """The window waits for that moment before doing its own work beside the read (app/ui/first_open.py)."""
    path = _project(tmp_path / "p.parcours", templates.populate)
    seen: list[bool] = []

    def fetching() -> None:
        seen.append(True)

    first = read_first_journey(path, fetching=fetching)

    assert seen == [True]  # once
    assert first is not None and first == read_first_journey(path)  # the same read, told or not
