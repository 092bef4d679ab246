"""The project file: create, open, autosave to the working copy, save atomically, migrate."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.model import migrations, schema, storefile
from app.model.errors import ProjectFileError
from app.model.schema import Card, Journey, Lane, Project, Stage
from app.model.store import (
    APPLICATION_ID,
    SUFFIX,
    ProjectStore,
    check_file,
    configure_working_connection,
    data_dir,
    validate_file,
)
from tests.fixtures.make_schema_v1 import TRICKY_NOTE, TRICKY_TITLE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def header_of(path: Path) -> storefile.FileHeader:
    return storefile.FileHeader.parse(path.read_bytes()[:100])


def working_files() -> list[str]:
    folder = data_dir() / "working"
    return sorted(os.listdir(folder)) if folder.exists() else []


def add_journey(session) -> Card:
    journey = Journey(position=0, title="Onboarding")
    stage = Stage(journey=journey, position=0, name="Day one")
    lane = Lane(journey=journey, position=0, kind="touchpoints")
    session.add_all([journey, stage, lane])
    session.flush()
    card = Card(lane_id=lane.id, stage_id=stage.id, position=0, title="Badge", score=7)
    session.add(card)
    return card


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A saved project with one journey and one card."""
    path = tmp_path / f"project{SUFFIX}"
    with ProjectStore.create(populate=add_journey) as store:
        store.save(path)
    return path


# --------------------------------------------------------------------------- create


def test_a_new_project_lives_in_a_working_copy_until_it_is_saved(tmp_path):
    with ProjectStore.create() as store:
        assert store.path is None
        assert store.working_path.parent == data_dir() / "working"
        assert store.working_path.suffix == SUFFIX and store.working_path.exists()
        assert store.session.get(Project, 1).revision == 0
        with pytest.raises(ProjectFileError) as caught:
            store.save()
        assert caught.value.kind == "missing"
    assert os.listdir(tmp_path) == []


def test_create_runs_populate_and_commits_it():
    seen = []

    def populate(session):
        seen.append(session)
        session.get(Project, 1).title = "Mon nouvel emploi"
        add_journey(session)

    with ProjectStore.create(populate=populate) as store:
        assert seen == [store.session]
        store.session.rollback()  # nothing pending: populate's work is committed
        assert store.session.get(Project, 1).title == "Mon nouvel emploi"
        assert store.session.scalar(select(Card.title)) == "Badge"
        record = json.loads(store.working_path.with_suffix(".json").read_text(encoding="utf-8"))
        assert record["title"] == "Mon nouvel emploi" and record["document"] is None


def test_create_with_a_path_writes_nothing_there_before_the_first_save(tmp_path):
    path = tmp_path / f"later{SUFFIX}"
    with ProjectStore.create(path) as store:
        assert store.path == path and not path.exists()
        assert store.save() == path
    assert validate_file(path) == schema.SCHEMA_VERSION


def test_a_failing_populate_leaves_no_working_copy():
    def populate(session):
        raise ValueError("template bug")

    with pytest.raises(ValueError):
        ProjectStore.create(populate=populate)
    assert working_files() == []


# --------------------------------------------------------------------------- the working copy


def test_every_connection_to_the_working_copy_has_foreign_keys_wal_and_full_sync():
    with ProjectStore.create() as store:
        for _round in range(2):
            with store.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            store.engine.dispose()  # the next connection is a new one


def test_the_working_copy_settings_override_whatever_a_connection_started_with(tmp_path):
    connection = sqlite3.connect(tmp_path / "any.db")
    connection.executescript("PRAGMA foreign_keys=OFF; PRAGMA synchronous=OFF; PRAGMA journal_mode=DELETE;")
    configure_working_connection(connection)
    settings = [connection.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("foreign_keys", "synchronous", "journal_mode")]
    connection.close()
    assert settings == [1, 2, "wal"]


def test_the_working_copy_refuses_a_card_in_a_lane_that_does_not_exist():
    with ProjectStore.create() as store:
        card = add_journey(store.session)
        store.session.commit()
        store.session.add(Card(lane_id=999, stage_id=card.stage_id, position=1))
        with pytest.raises(IntegrityError):
            store.session.commit()
        store.session.rollback()


def test_an_edit_is_committed_to_the_working_copy_not_to_the_document(saved):
    before = saved.read_bytes()
    with ProjectStore.open(saved) as store:
        store.session.get(Project, 1).title = "Edited"
        store.session.commit()
        with sqlite3.connect(store.working_path) as other:
            assert other.execute("SELECT title FROM project").fetchone() == ("Edited",)
        other.close()
        assert saved.read_bytes() == before


def test_the_session_belongs_to_the_store_for_its_whole_life(saved):
    with ProjectStore.open(saved) as store:
        session = store.session
        store.save()
        assert store.session is session


# --------------------------------------------------------------------------- save


def test_a_saved_file_is_a_parcours_database_in_delete_mode(saved):
    header = header_of(saved)
    assert header.application_id == APPLICATION_ID == 0x50415243
    assert header.user_version == schema.SCHEMA_VERSION
    assert not header.wal
    assert sorted(os.listdir(saved.parent)) == [saved.name]


def test_save_increments_the_revision_and_sets_modified_at(saved):
    with ProjectStore.open(saved) as store:
        project = store.session.get(Project, 1)
        first = project.revision
        project.modified_at = dt.datetime(2000, 1, 1)
        store.session.commit()
        store.save()
        assert project.revision == first + 1
        assert project.modified_at > dt.datetime(2020, 1, 1)
    with ProjectStore.open(saved) as reopened:
        assert reopened.session.get(Project, 1).revision == first + 1


def test_save_as_writes_a_new_document_and_leaves_the_old_one(saved, tmp_path):
    before = saved.read_bytes()
    other = tmp_path / "elsewhere" / f"copy{SUFFIX}"
    other.parent.mkdir()
    with ProjectStore.open(saved) as store:
        store.session.get(Project, 1).title = "Copy"
        store.session.commit()
        assert store.save(other) == other
        assert store.path == other
        assert not (tmp_path / f".~lock.{saved.name}#").exists()
        assert (other.parent / f".~lock.{other.name}#").exists()
        store.session.get(Project, 1).notes = "second save"
        store.session.commit()
        store.save()
    assert saved.read_bytes() == before
    with ProjectStore.open(other) as reopened:
        assert reopened.session.get(Project, 1).notes == "second save"


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_save_leaves_the_old_file_whole_and_no_temporary_file(saved, monkeypatch, failing):
    with ProjectStore.open(saved) as store:
        store.session.get(Project, 1).title = "Never written"
        store.session.commit()
        revision = store.session.get(Project, 1).revision
        before, listing = saved.read_bytes(), sorted(os.listdir(saved.parent))

        def fail(*args, **kwargs):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, failing, fail)
        with pytest.raises(ProjectFileError) as caught:
            store.save()
        monkeypatch.undo()
        assert caught.value.kind == "io"
        assert str(caught.value) == f"Parcours could not save {saved}: No space left on device."
        assert saved.read_bytes() == before
        assert sorted(os.listdir(saved.parent)) == listing
        assert store.session.get(Project, 1).revision == revision
        store.save()  # the store still works once the disk has room again
    with ProjectStore.open(saved) as reopened:
        assert reopened.session.get(Project, 1).title == "Never written"


def test_save_keeps_the_documents_permissions(saved):
    saved.chmod(0o640)
    with ProjectStore.open(saved) as store:
        store.save()
    assert saved.stat().st_mode & 0o777 == 0o640


def test_saving_onto_a_folder_is_refused(saved, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    with ProjectStore.open(saved) as store:
        with pytest.raises(ProjectFileError) as caught:
            store.save(folder)
    assert caught.value.kind == "directory"
    assert os.listdir(folder) == []


def test_close_is_idempotent_and_removes_working_copy_record_and_lock(saved):
    store = ProjectStore.open(saved)
    assert len(working_files()) >= 2
    store.close()
    store.close()
    assert store.closed and working_files() == []
    assert sorted(os.listdir(saved.parent)) == [saved.name]


# --------------------------------------------------------------------------- text


def test_text_round_trips_exactly_through_save_and_reopen(tmp_path):
    path = tmp_path / f"text{SUFFIX}"
    texts = {
        "title": "Été « à l'accueil » — déjà",
        "organisation": "Société\u00a0Générale\u202fSA",
        "author": "🎉 Zoë 👩🏽‍💼",
        "notes": "שלום עולם مرحبا بالعالم\nligne 2\t" + "x" * (1024 * 1024),
    }
    with ProjectStore.create() as store:
        project = store.session.get(Project, 1)
        for name, value in texts.items():
            setattr(project, name, value)
        store.session.commit()
        store.save(path)
    with ProjectStore.open(path) as reopened:
        project = reopened.session.get(Project, 1)
        assert {name: getattr(project, name) for name in texts} == texts


# --------------------------------------------------------------------------- released schemas


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob(f"schema_v*{SUFFIX}")), ids=lambda path: path.stem)
def test_every_released_schema_opens(fixture, tmp_path):
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    assert check_file(path).code == 0
    with ProjectStore.open(path) as store:
        project = store.session.get(Project, 1)
        assert (project.title, project.notes) == (TRICKY_TITLE, TRICKY_NOTE)
        assert [card.title for card in store.session.scalars(select(Card).order_by(Card.id))] == [
            "E-mail d'offre", "Remise du portable", "Pas de portable le jour\u00a01"]
        store.save()
    assert header_of(path).user_version == schema.SCHEMA_VERSION


def test_the_v1_fixture_is_schema_version_1():
    assert header_of(FIXTURES / f"schema_v1{SUFFIX}").user_version == 1


#: The schema version of the code, before the fixture below pretends two more.
REAL_VERSION = schema.SCHEMA_VERSION


@pytest.fixture
def schema_v3(monkeypatch):
    """Pretend the code is two schema versions ahead, with two more steps that record their order.

    The real migrations run first (the fixture file is version 1), then the two
    pretended ones, keyed ``REAL_VERSION`` and ``REAL_VERSION + 1``.
    """
    monkeypatch.setattr(schema, "SCHEMA_VERSION", REAL_VERSION + 2)
    steps = {**migrations.MIGRATIONS,
             REAL_VERSION: lambda db: db.execute("UPDATE project SET author = author || ' step 1'"),
             REAL_VERSION + 1: lambda db: db.execute("UPDATE project SET author = author || ' step 2'")}
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    return steps


def test_an_older_file_is_migrated_step_by_step_in_the_working_copy_only(tmp_path, schema_v3):
    path = tmp_path / "old.parcours"
    shutil.copyfile(FIXTURES / "schema_v1.parcours", path)
    before = path.read_bytes()
    with ProjectStore.open(path) as store:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA user_version").scalar() == REAL_VERSION + 2
            assert connection.exec_driver_sql("SELECT author FROM project").scalar().endswith(" step 1 step 2")
        assert store.session.get(Project, 1).title == TRICKY_TITLE
    assert path.read_bytes() == before
    assert check_file(path).code == 0
    assert path.read_bytes() == before


def test_a_missing_migration_step_is_refused_and_leaves_nothing(tmp_path, schema_v3):
    del schema_v3[REAL_VERSION + 1]
    path = tmp_path / "old.parcours"
    shutil.copyfile(FIXTURES / "schema_v1.parcours", path)
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.open(path)
    assert caught.value.kind == "damaged"
    assert f"file version {REAL_VERSION + 1}" in str(caught.value)
    assert working_files() == [] and os.listdir(tmp_path) == ["old.parcours"]
    assert check_file(path).code == 1


def test_a_failing_migration_is_reported_as_damage(tmp_path, schema_v3):
    schema_v3[REAL_VERSION + 1] = lambda db: db.execute("INSERT INTO no_such_table VALUES (1)")
    path = tmp_path / "old.parcours"
    shutil.copyfile(FIXTURES / "schema_v1.parcours", path)
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.open(path)
    assert caught.value.kind == "damaged"
    assert str(caught.value) == f"{path} could not be brought up to date from file version {REAL_VERSION + 1}."
    assert working_files() == []
