"""The team library against a real PostgreSQL: publish, list, pull, conflicts, rights, failures."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from app.cli import main
from app.export.project_json import export_project
from app.library.connection import LibraryConflict, LibraryError, library_url
from app.library.publish import publish_session
from app.library.tables import library_project, library_revision, metadata
from app.model.schema import Card, LibraryLink
from app.model.store import ProjectStore


def exported(path: Path) -> dict:
    """The project's JSON export, without what every save changes (revision, modification time)."""
    with ProjectStore.open(path, read_only=True) as store:
        data = export_project(store.session)
    data["project"].pop("revision", None)
    data["project"].pop("modified_at", None)
    return data


def head(library, name: str) -> int | None:
    engine = create_engine(library_url(library.url("parcours_admin", password="admin-secret")))
    try:
        with engine.connect() as connection:
            return connection.execute(select(library_project.c.head_revision).where(
                library_project.c.name == name)).scalar()
    finally:
        engine.dispose()


def revisions(library) -> int:
    engine = create_engine(library_url(library.url("parcours_admin", password="admin-secret")))
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(library_revision)).scalar()
    finally:
        engine.dispose()


def rename_first_card(path: Path, title: str) -> None:
    with ProjectStore.open(path) as store:
        card = store.session.scalars(select(Card).order_by(Card.id)).first()
        card.title = title
        store.session.commit()
        store.save()


def test_publish_then_pull_gives_the_same_project_field_by_field(library, sample, tmp_path, capsys) -> None:
    before = exported(sample)
    assert main(["library", "--url", library.url(), "publish", str(sample)]) == 0
    assert "revision 1" in capsys.readouterr().out
    copy = tmp_path / "copie.parcours"
    name = json.loads(_list(library, capsys))[0]["name"]
    assert main(["library", "--url", library.url("rita"), "pull", name, str(copy)]) == 0
    assert exported(copy) == before
    with ProjectStore.open(copy, read_only=True) as store:
        link = store.session.get(LibraryLink, 1)
        assert (link.name, link.revision) == (name, 1)
        assert "secret" not in link.url  # the password never goes into a file


def _list(library, capsys, *extra: str) -> str:
    capsys.readouterr()
    assert main(["library", "--url", library.url("rita"), "list", "--json", *extra]) == 0
    return capsys.readouterr().out


def test_list_searches_titles_personas_and_organisation(library, sample, capsys) -> None:
    assert main(["library", "--url", library.url(), "publish", str(sample)]) == 0
    entries = json.loads(_list(library, capsys))
    assert len(entries) == 1 and entries[0]["revision"] == 1 and entries[0]["published_by"] == "alice"
    persona = entries[0]["personas"][0]
    assert json.loads(_list(library, capsys, "--search", persona.upper()))  # search ignores case
    assert json.loads(_list(library, capsys, "--search", "no such words")) == []


def test_every_revision_stays_and_can_be_pulled(library, sample, tmp_path, capsys) -> None:
    first = exported(sample)
    assert main(["library", "--url", library.url(), "publish", str(sample)]) == 0
    rename_first_card(sample, "Changed after the first publish")
    assert main(["library", "--url", library.url(), "publish", str(sample)]) == 0
    name = json.loads(_list(library, capsys))[0]["name"]
    assert head(library, name) == 2
    old = tmp_path / "old.parcours"
    assert main(["library", "--url", library.url(), "pull", name, str(old), "--revision", "1"]) == 0
    assert exported(old)["cards"] == first["cards"]
    assert main(["library", "--url", library.url(), "pull", name, str(old), "--revision", "9", "--force"]) == 1
    assert "no revision 9" in capsys.readouterr().err


def test_a_publish_after_someone_elses_is_refused_with_exit_3_and_nothing_written(
        library, sample, tmp_path, capsys) -> None:
    assert main(["library", "--url", library.url(), "publish", str(sample)]) == 0
    name = json.loads(_list(library, capsys))[0]["name"]
    mine, theirs = tmp_path / "mine.parcours", tmp_path / "theirs.parcours"
    for path, user in ((mine, "alice"), (theirs, "bob")):
        assert main(["library", "--url", library.url(user), "pull", name, str(path)]) == 0
    rename_first_card(theirs, "Bob's change")
    assert main(["library", "--url", library.url("bob"), "publish", str(theirs)]) == 0
    rename_first_card(mine, "Alice's change")
    kept = mine.read_bytes()
    count = revisions(library)
    capsys.readouterr()
    assert main(["library", "--url", library.url(), "publish", str(mine)]) == 3
    error = capsys.readouterr().err
    assert "nothing was written" in error and error.count("\n") == 1
    assert revisions(library) == count and head(library, name) == 2 and mine.read_bytes() == kept
    # what differs, then the three ways out
    assert main(["library", "--url", library.url(), "diff", str(mine)]) == 0
    assert "~ card" in capsys.readouterr().out
    assert main(["library", "--url", library.url(), "publish", str(mine), "--keep-mine"]) == 0
    assert head(library, name) == 3
    assert main(["library", "--url", library.url(), "publish", str(theirs), "--as-new", "--name", "copie-bob"]) == 0
    assert head(library, "copie-bob") == 1


def test_two_concurrent_publishes_of_one_revision_one_wins_one_conflicts(library, sample, tmp_path) -> None:
    assert main(["library", "--url", library.url(), "publish", str(sample)]) == 0
    copies = [tmp_path / "a.parcours", tmp_path / "b.parcours"]
    for copy in copies:
        copy.write_bytes(sample.read_bytes())
    url = library_url(library.url())
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def publish(path: Path) -> None:
        with ProjectStore.open(path) as store:
            barrier.wait(timeout=30)  # both start together; the first to move the head holds it a while
            try:
                result = publish_session(store.session, url, published_by="alice",
                                         before_rows=lambda _connection: time.sleep(1.0))
                outcomes.append(result.revision)
            except LibraryConflict as conflict:
                outcomes.append(conflict)

    threads = [threading.Thread(target=publish, args=(copy,)) for copy in copies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(outcomes) == 2
    assert [type(outcome).__name__ for outcome in outcomes].count("LibraryConflict") == 1
    assert 2 in outcomes
    assert revisions(library) == 2


def test_a_reader_cannot_publish_and_the_server_refuses_writes(library, sample, capsys) -> None:
    assert main(["library", "--url", library.url("rita"), "publish", str(sample)]) == 1
    assert "may read the library but not publish" in capsys.readouterr().err
    assert revisions(library) == 0
    engine = create_engine(library_url(library.url("alice")))
    try:
        assert main(["library", "--url", library.url(), "publish", str(sample)]) == 0
        with engine.connect() as connection, pytest.raises(Exception, match="permission denied"):
            connection.execute(text("UPDATE lib_card SET title = 'rewritten'"))  # history is never rewritten
    finally:
        engine.dispose()


def test_a_connection_dropped_during_publish_leaves_the_library_as_it_was(library, sample) -> None:
    url = library_url(library.url())
    with ProjectStore.open(sample) as store:
        with pytest.raises(LibraryError, match="cannot be reached or closed the connection"):
            publish_session(store.session, url, published_by="alice", before_rows=lambda connection: connection.execute(
                text("SELECT pg_terminate_backend(pg_backend_pid())")))
        assert store.session.get(LibraryLink, 1) is None
    assert revisions(library) == 0


@pytest.mark.parametrize(("make_url", "expected"), [
    (lambda lib: "mysql://alice@127.0.0.1/library", "is not a library address"),
    (lambda lib: lib.url(password="wrong"), "refused the user name or password"),
    (lambda lib: lib.url().replace(f":{lib.cluster.port}/", ":1/"), "cannot be reached"),
    (lambda lib: lib.url(query="?sslmode=require"), "no encrypted connection"),
    (lambda lib: lib.url().rsplit("/", 1)[0] + "/nosuchdb", "no database nosuchdb"),
], ids=["bad-url", "wrong-password", "unreachable", "tls-required", "no-database"])
def test_each_connection_failure_is_one_sentence_and_nothing_is_written(
        library, sample, capsys, make_url, expected) -> None:
    kept = sample.read_bytes()
    capsys.readouterr()
    assert main(["library", "--url", make_url(library), "publish", str(sample)]) == 1
    error = capsys.readouterr().err
    assert expected in error and error.count("\n") == 1 and "Traceback" not in error
    assert sample.read_bytes() == kept
    assert revisions(library) == 0


def test_the_migrations_create_exactly_the_tables_the_code_describes(library) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(library_url(library.url("parcours_admin", password="admin-secret")))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "version_table": "library_alembic_version"})
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()
