"""A project file must not act: triggers, views, tables and indexes Parcours did not make never run and never stay.

Every hostile file is built here from a sound project; each trigger would
leave a mark (rewritten titles, deleted cards, a note) if it ran.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.model import integrity, ops, schema, templates
from app.model.errors import ProjectFileError
from app.model.schema import Card, Project
from app.model.store import ProjectStore, check_file

TITLES_REWRITTEN = "CREATE TRIGGER rewrite AFTER UPDATE ON card BEGIN UPDATE card SET title = 'pwned'; END"
CARDS_DELETED = "CREATE TRIGGER wipe AFTER UPDATE ON project BEGIN DELETE FROM card; END"
EXTENSION_LOADED = ("CREATE TRIGGER load AFTER UPDATE ON card "
                    "BEGIN SELECT load_extension('/tmp/evil.so'); UPDATE project SET notes = 'loaded'; END")
VIEW = "CREATE VIEW every_card AS SELECT id, title FROM card"
TABLE_AND_INDEXES = ("CREATE TABLE spy (x TEXT); CREATE INDEX spy_x ON spy (x); "
                     "CREATE INDEX card_titles ON card (title)")
OUR_NAME_OTHER_BODY = ("DROP TRIGGER card_UPDATE_same_journey; CREATE TRIGGER card_UPDATE_same_journey "
                       "AFTER UPDATE ON card BEGIN UPDATE card SET title = 'pwned'; END")

HOSTILE = {
    "trigger_rewriting_titles": (TITLES_REWRITTEN, ["trigger rewrite"]),
    "trigger_deleting_cards_on_save": (CARDS_DELETED, ["trigger wipe"]),
    "trigger_loading_an_extension": (EXTENSION_LOADED, ["trigger load"]),
    "view": (VIEW, ["view every_card"]),
    "foreign_table_and_indexes": (TABLE_AND_INDEXES, ["index card_titles", "index spy_x", "table spy"]),
    "our_trigger_name_with_another_body": (OUR_NAME_OTHER_BODY, ["trigger card_UPDATE_same_journey"]),
}


_SAMPLE: dict[str, bytes] = {}


def sound_project(path: Path) -> Path:
    """The onboarding sample saved at ``path`` (built once, then copied)."""
    if "bytes" not in _SAMPLE:
        with ProjectStore.create(populate=lambda session: templates.populate(session, "onboarding", "en")) as store:
            _SAMPLE["bytes"] = store.save(path).read_bytes()
    path.write_bytes(_SAMPLE["bytes"])
    return path


def add_sql(path: Path, script: str) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript(script)
    connection.close()
    return path


def schema_objects(path: Path) -> set[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return set(connection.execute("SELECT type, name FROM sqlite_master WHERE sql IS NOT NULL"))
    finally:
        connection.close()


def rows(path: Path) -> tuple[list[str], str]:
    """Every card title (by id) and the project notes, read without Parcours."""
    connection = sqlite3.connect(path)
    try:
        titles = [title for (title,) in connection.execute("SELECT title FROM card ORDER BY id")]
        (notes,) = connection.execute("SELECT notes FROM project").fetchone()
    finally:
        connection.close()
    return titles, notes


@pytest.fixture(params=sorted(HOSTILE), ids=str)
def hostile(request, tmp_path):
    script, named = HOSTILE[request.param]
    clean = sound_project(tmp_path / "clean.parcours")
    path = add_sql(sound_project(tmp_path / "hostile.parcours"), script)
    return path, named, schema_objects(clean)


def test_open_edit_save_runs_nothing_and_the_saved_file_has_none_of_it(hostile):
    path, named, ours = hostile
    titles, notes = rows(path)
    with ProjectStore.open(path) as store:
        assert [str(warning) for warning in store.warnings] == [
            f"{path} holds database objects that Parcours did not make ({', '.join(named)}); "
            "they were not run and have been removed from the open copy."]
        first = store.session.scalars(select(Card).order_by(Card.id)).first()
        ops.update_card(store.session, first.id, title="Edited")
        store.session.commit()
        store.save()
    assert rows(path) == (["Edited", *titles[1:]], notes)
    assert schema_objects(path) == ours
    assert check_file(path).code == 0


def test_check_names_the_foreign_objects_and_changes_nothing(hostile):
    path, named, _ours = hostile
    before = path.read_bytes()
    result = check_file(path)
    assert (result.code, result.error.kind) == (1, "foreign")
    assert str(result.message) == (
        f"{path} holds database objects that Parcours did not make ({', '.join(named)}); "
        "they are never run, and opening the file in Parcours removes them.")
    assert path.read_bytes() == before


def test_reading_runs_nothing_and_warns(hostile):
    path, named, _ours = hostile
    before = path.read_bytes()
    with ProjectStore.read(path) as store:
        assert len(store.warnings) == 1 and ", ".join(named) in str(store.warnings[0])
        assert store.session.scalar(select(func.count(Card.id))) == len(rows(path)[0])
    assert path.read_bytes() == before


def test_a_hardened_connection_refuses_what_a_foreign_trigger_would_do(tmp_path):
    path = add_sql(sound_project(tmp_path / "hostile.parcours"), TITLES_REWRITTEN)
    connection = integrity.hardened_connect(str(path))
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            connection.execute("UPDATE card SET body = 'x' WHERE id = 1")
    finally:
        connection.close()
    assert "pwned" not in rows(path)[0]


def test_a_hardened_connection_never_calls_load_extension(tmp_path):
    connection = integrity.hardened_connect(":memory:")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
            connection.execute("SELECT load_extension('/tmp/evil.so')")
    finally:
        connection.close()


def test_trusted_schema_is_off_wherever_our_schema_allows_it(tmp_path):
    connection = integrity.hardened_connect(str(sound_project(tmp_path / "p.parcours")))
    try:
        (trusted,) = connection.execute("PRAGMA trusted_schema").fetchone()
    finally:
        connection.close()
    assert trusted == (0 if integrity.schema_trust_can_be_off() else 1)


def test_the_save_path_after_a_wipe_trigger_keeps_every_card(tmp_path):
    path = add_sql(sound_project(tmp_path / "hostile.parcours"), CARDS_DELETED)
    count = len(rows(path)[0])
    with ProjectStore.open(path) as store:
        store.session.get(Project, 1).title = "Renamed"
        store.session.commit()
        store.save()
        assert store.session.scalar(select(func.count(Card.id))) == count
    assert len(rows(path)[0]) == count


def test_our_own_triggers_are_restored_when_a_foreign_one_took_a_name(tmp_path):
    path = add_sql(sound_project(tmp_path / "hostile.parcours"), OUR_NAME_OTHER_BODY)
    with ProjectStore.open(path) as store:
        lanes = store.session.execute(select(schema.Lane.id, schema.Lane.journey_id)).all()
        stages = store.session.execute(select(schema.Stage.id, schema.Stage.journey_id)).all()
        lane, stage = next((lane, stage) for lane, journey in lanes for stage, other in stages if journey != other)
        card = store.session.scalars(select(Card)).first()
        card.lane_id, card.stage_id = lane, stage
        with pytest.raises(Exception, match="different journeys"):
            store.session.commit()
        store.session.rollback()


def test_an_object_that_cannot_be_dropped_refuses_the_file(tmp_path, monkeypatch):
    path = add_sql(sound_project(tmp_path / "hostile.parcours"), VIEW)

    def cannot_drop(connection, objects):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(integrity, "drop_foreign_objects", cannot_drop)
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.open(path)
    assert caught.value.kind == "damaged"
    assert str(caught.value) == (f"{path} is damaged: it holds database objects that Parcours did not make and "
                                 "cannot remove.")
