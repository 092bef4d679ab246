"""Migration steps are frozen: an old step does what it did when it was written, whatever the schema is now."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model import migrations, ops, schema, templates
from app.model.schema import Card, CardPersona, Project
from app.model.store import ProjectStore, check_file
from app.model.storefile import read_header as header_of
from tests.fixtures.make_schema_v1 import TRICKY_TITLE

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.parcours"


def test_the_workspace_step_reads_nothing_of_the_current_schema(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v1.parcours"
    shutil.copyfile(FIXTURE, path)
    connection = sqlite3.connect(path)
    # Today's tables are out of reach: the 1 -> 2 step must carry its own statements.
    monkeypatch.setattr(migrations, "schema", None)
    migrations.add_workspace(connection)
    tables = dict(connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE name IN ('card_persona', 'card_image', 'project')"))
    connection.close()
    assert "score BETWEEN -5.0 AND 10.0" in tables["card_persona"]
    assert "length(image) <= 4194304" in tables["card_image"]
    assert "drop_threshold BETWEEN 0 AND 15.0" in tables["project"]


def test_a_schema_v1_file_still_opens_and_takes_workspace_rows(tmp_path: Path) -> None:
    path = tmp_path / "v1.parcours"
    shutil.copyfile(FIXTURE, path)
    with ProjectStore.open(path) as store:
        session = store.session
        assert session.get(Project, 1).title == TRICKY_TITLE
        # The tables the frozen step made take rows as the current model writes them.
        card_id = session.scalars(select(Card.id).order_by(Card.id)).first()
        persona_id = ops.add_persona(session, name="Léa").result
        ops.set_card_personas(session, card_id, {persona_id: 7})
        session.commit()
        store.save()
    assert check_file(path).code == 0
    with ProjectStore.open(path, read_only=True) as reopened:
        rows = reopened.session.execute(select(CardPersona.card_id, CardPersona.persona_id, CardPersona.score)).all()
        assert rows == [(card_id, persona_id, 7)]


# --------------------------------------------------------------------------- 4 -> 5: faster card deletes

CARD_REFERENCE_INDEXES = {"ix_action_card_card_id", "ix_kpi_card_id", "ix_measurement_point_card_id"}


def _schema_sql(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))
    finally:
        connection.close()


def _as_version_4(path: Path) -> Path:
    """A current file turned back into what schema version 4 wrote: no card indexes, the former trigger."""
    with ProjectStore.create(populate=lambda session: templates.populate(session, "onboarding", "en")) as store:
        store.save(path)
    connection = sqlite3.connect(path)
    connection.executescript(
        "".join(f"DROP INDEX {name};" for name in sorted(CARD_REFERENCE_INDEXES))
        + "DROP TRIGGER card_UPDATE_same_journey;"
        + schema.FORMER_TRIGGERS[0].replace("IF NOT EXISTS ", "") + ";"
        + "PRAGMA user_version = 4;")
    connection.close()
    return path


def test_a_version_4_file_opens_without_warning_and_gets_the_indexes_and_the_narrower_trigger(
        tmp_path: Path) -> None:
    path = _as_version_4(tmp_path / "v4.parcours")
    assert "UPDATE OF" not in _schema_sql(path)["card_UPDATE_same_journey"]
    with ProjectStore.open(path) as store:
        # The former trigger is ours: nothing is named as foreign and removed.
        assert store.warnings == []
        session = store.session
        card_id = session.scalars(select(Card.id).order_by(Card.id)).first()
        ops.delete_rows(session, {"card": (card_id,)})
        session.commit()
        store.save()
    sql = _schema_sql(path)
    assert CARD_REFERENCE_INDEXES <= set(sql)
    assert "BEFORE UPDATE OF lane_id, stage_id ON card" in sql["card_UPDATE_same_journey"]
    assert header_of(path).user_version == schema.SCHEMA_VERSION
    assert check_file(path).code == 0


def test_a_schema_v1_file_reaches_the_card_indexes_and_the_narrower_trigger(tmp_path: Path) -> None:
    path = tmp_path / "v1.parcours"
    shutil.copyfile(FIXTURE, path)
    with ProjectStore.open(path) as store:
        assert store.warnings == []
        store.save()
    sql = _schema_sql(path)
    assert CARD_REFERENCE_INDEXES <= set(sql)
    assert "UPDATE OF lane_id, stage_id" in sql["card_UPDATE_same_journey"]


def test_the_narrower_trigger_still_refuses_a_card_whose_lane_and_stage_are_in_two_journeys(tmp_path: Path) -> None:
    # The check no longer runs when only a position changes; it must still run when the lane or the stage does.
    with ProjectStore.create(populate=lambda session: templates.populate(session, "onboarding", "en")) as store:
        path = store.save(tmp_path / "two.parcours")
    connection = sqlite3.connect(path)
    try:
        (card_id, lane_id, stage_id) = connection.execute(
            "SELECT id, lane_id, stage_id FROM card ORDER BY id LIMIT 1").fetchone()
        other_stage, other_lane = connection.execute(
            "SELECT s.id, l.id FROM stage s, lane l, lane mine WHERE mine.id = ? AND s.journey_id <> mine.journey_id "
            "AND l.journey_id = s.journey_id LIMIT 1", (lane_id,)).fetchone()
        for statement, value in (("UPDATE card SET stage_id = ? WHERE id = ?", other_stage),
                                 ("UPDATE card SET lane_id = ? WHERE id = ?", other_lane)):
            with pytest.raises(sqlite3.IntegrityError, match="different journeys"):
                connection.execute(statement, (value, card_id))
        # Both at once into the other journey is sound; a position alone never asks.
        connection.execute("UPDATE card SET lane_id = ?, stage_id = ?, position = 1000 WHERE id = ?",
                           (other_lane, other_stage, card_id))
        connection.execute("UPDATE card SET position = 1001 WHERE id = ?", (card_id,))
    finally:
        connection.rollback()
        connection.close()
