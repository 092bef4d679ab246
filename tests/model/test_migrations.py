"""Migration steps are frozen: an old step does what it did when it was written, whatever the schema is now."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model import migrations, ops
from app.model.schema import Card, CardPersona, Project
from app.model.store import ProjectStore, check_file
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
