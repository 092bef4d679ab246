"""Every untrusted file gets one clear sentence, the right kind and check code, and nothing is written."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from app.model import schema
from app.model.errors import ProjectFileError
from app.model.schema import Project
from app.model.store import ProjectStore, check_file, data_dir, validate_file

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.parcours"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\x00" * 40


def snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every entry of ``folder`` with its bytes (None for folders)."""
    return {entry.name: None if entry.is_dir() else entry.read_bytes() for entry in folder.iterdir()}


def sound_copy(path: Path) -> Path:
    shutil.copyfile(FIXTURE, path)
    return path


def write(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path
    return make


def with_sqlite(statements: str, *, from_fixture: bool = True) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        if from_fixture:
            sound_copy(path)
        connection = sqlite3.connect(path)
        connection.executescript(statements)
        connection.close()
        return path
    return make


def our_tables_without_application_id(path: Path) -> Path:
    connection = sqlite3.connect(path)
    connection.executescript("".join(f"{ddl};" for (ddl,) in sqlite3.connect(FIXTURE).execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")))
    connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    connection.close()
    return path


def truncated(path: Path) -> Path:
    data = FIXTURE.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def flipped_btree_page(path: Path) -> Path:
    sound_copy(path)
    with sqlite3.connect(FIXTURE) as source:
        # the project row: only SQLite's own check reads this page while opening
        (root,) = source.execute("SELECT rootpage FROM sqlite_master WHERE name = 'project'").fetchone()
        (page_size,) = source.execute("PRAGMA page_size").fetchone()
    source.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    for offset in range(start, start + 12):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def newer_version(path: Path) -> Path:
    sound_copy(path)
    data = bytearray(path.read_bytes())
    struct.pack_into(">i", data, 60, schema.SCHEMA_VERSION + 1)
    path.write_bytes(bytes(data))
    return path


def hot_journal(path: Path) -> Path:
    """A copy taken while another program was half-way through a change: the database and its journal."""
    work = path.with_name("elsewhere.db")
    sound_copy(work)
    connection = sqlite3.connect(work)
    connection.execute("PRAGMA cache_size = 1")  # spill to disk, so the journal is hot
    connection.execute("UPDATE project SET notes = notes || ?", ("x" * 30000,))
    shutil.copyfile(work, path)
    shutil.copyfile(f"{work}-journal", f"{path}-journal")
    connection.rollback()
    connection.close()
    work.unlink()
    return path


def leftover_wal(path: Path) -> Path:
    work = path.with_name("elsewhere.db")
    sound_copy(work)
    connection = sqlite3.connect(work)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("UPDATE project SET notes = 'unfinished'")
    connection.commit()
    shutil.copyfile(work, path)
    shutil.copyfile(f"{work}-wal", f"{path}-wal")
    connection.close()
    for leftover in path.parent.glob("elsewhere.db*"):
        leftover.unlink()
    return path


BAD_FILES = {
    "missing": (lambda path: path, "missing", 2),
    "directory": (lambda path: path.mkdir() or path, "directory", 2),
    "empty": (write(b""), "empty", 2),
    "text": (write("Titre;Étape\nAccueil;1\n".encode()), "not_sqlite", 2),
    "png": (write(PNG), "not_sqlite", 2),
    "random": (write(random.Random(7).randbytes(8192)), "not_sqlite", 2),
    "short_header": (write(b"SQLite format 3\x00\x10\x00"), "damaged", 1),
    "foreign_database": (with_sqlite("CREATE TABLE recipe (name TEXT); INSERT INTO recipe VALUES ('tarte');",
                                     from_fixture=False), "not_parcours", 2),
    "our_tables_without_application_id": (our_tables_without_application_id, "not_parcours", 2),
    "truncated": (truncated, "damaged", 1),
    "flipped_btree_page": (flipped_btree_page, "damaged", 1),
    "newer_version": (newer_version, "newer", 2),
    "version_zero": (with_sqlite("PRAGMA user_version = 0;"), "damaged", 1),
    # At the current version (an older file is judged after its upgrade, which would not miss it).
    "missing_table": (with_sqlite(f"DROP TABLE kpi; PRAGMA user_version = {schema.SCHEMA_VERSION};"), "damaged", 1),
    "dangling_reference": (with_sqlite("PRAGMA foreign_keys = OFF; UPDATE action_card SET card_id = 999;"),
                           "damaged", 1),
    "hot_journal": (hot_journal, "hot_journal", 1),
    "wal_beside_it": (leftover_wal, "hot_journal", 1),
}


@pytest.fixture(params=sorted(BAD_FILES), ids=str)
def bad_file(request, tmp_path):
    make, kind, code = BAD_FILES[request.param]
    folder = tmp_path / "documents"
    folder.mkdir()
    return make(folder / "project.parcours"), kind, code


def assert_one_sentence(message: str, path: Path) -> None:
    assert str(path) in message
    assert message.endswith(".") and "\n" not in message
    assert message.count(". ") == 0, message


def test_a_bad_file_is_refused_with_one_sentence_and_nothing_is_written(bad_file):
    path, kind, _code = bad_file
    before = snapshot(path.parent)
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.open(path)
    assert caught.value.kind == kind
    assert_one_sentence(str(caught.value), path)
    assert snapshot(path.parent) == before
    assert not (data_dir() / "working").exists() or os.listdir(data_dir() / "working") == []


def test_a_bad_file_is_refused_even_read_only_or_forced(bad_file):
    path, kind, _code = bad_file
    for options in ({"read_only": True}, {"force": True}):
        with pytest.raises(ProjectFileError) as caught:
            ProjectStore.open(path, **options)
        assert caught.value.kind == kind


def test_check_file_gives_the_exit_code_and_writes_nothing(bad_file):
    path, kind, code = bad_file
    before = snapshot(path.parent)
    result = check_file(path)
    assert (result.code, result.error.kind) == (code, kind)
    assert result.error.damaged == (code == 1)
    assert_one_sentence(str(result.message), path)
    with pytest.raises(ProjectFileError):
        validate_file(path)
    assert snapshot(path.parent) == before


def test_a_sound_file_checks_as_0(tmp_path):
    path = sound_copy(tmp_path / "sound.parcours")
    result = check_file(path)
    assert (result.code, result.error) == (0, None)
    assert str(result.message) == f"{path} is a sound Parcours project (file version 1)."


def test_a_pipe_is_not_read(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this system")
    path = tmp_path / "pipe.parcours"
    os.mkfifo(path)
    assert check_file(path).code == 2


def test_the_newer_version_message_names_the_version(tmp_path):
    path = newer_version(tmp_path / "future.parcours")
    assert str(check_file(path).message) == (
        f"{path} was saved by a newer version of Parcours (file version {schema.SCHEMA_VERSION + 1}); "
        "update Parcours to open it.")


def test_the_hot_journal_message_says_what_lies_beside_the_file(tmp_path):
    path = hot_journal(tmp_path / "busy.parcours")
    assert str(check_file(path).message) == (
        f"An interrupted change from another program lies beside {path} (busy.parcours-journal), so "
        "Parcours will not open it until that program has finished or undone it.")


def test_a_truncated_file_says_it_was_cut_off(tmp_path):
    path = truncated(tmp_path / "half.parcours")
    assert str(check_file(path).message) == (
        f"{path} is damaged: it is shorter than it should be, probably cut off during a copy or a download.")


def test_a_zeroed_journal_left_by_a_finished_change_is_harmless(tmp_path):
    path = sound_copy(tmp_path / "done.parcours")
    Path(f"{path}-journal").write_bytes(b"\x00" * 512)
    assert check_file(path).code == 0


# --------------------------------------------------------------------------- read-only places


@pytest.fixture
def deny_writes(monkeypatch):
    """Paths that ``os.access`` reports as not writable: tests run as root, which ignores permission bits."""
    denied: set[Path] = set()
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path).absolute() in denied:
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    return denied


@pytest.mark.parametrize("read_only_place", ["file", "folder"])
def test_a_read_only_file_or_folder_opens_read_only_and_saves_elsewhere(tmp_path, deny_writes, read_only_place):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = sound_copy(folder / "project.parcours")
    place = path if read_only_place == "file" else folder
    deny_writes.add(place)
    place.chmod(0o444 if place == path else 0o555)
    try:
        before = snapshot(folder)
        with ProjectStore.open(path) as store:
            assert store.read_only
            assert snapshot(folder) == before  # no lock in a place we may not write
            store.session.get(Project, 1).title = "Kept"
            store.session.commit()
            with pytest.raises(ProjectFileError) as caught:
                store.save()
            assert caught.value.kind == "read_only"
            assert str(caught.value) == f"{path} is read-only; use Save As to keep your changes elsewhere."
            assert snapshot(folder) == before
            elsewhere = store.save(tmp_path / "mine.parcours")
            assert not store.read_only and store.path == elsewhere
        assert snapshot(folder) == before
    finally:
        place.chmod(0o755 if place == folder else 0o644)
    with ProjectStore.open(elsewhere) as reopened:
        assert reopened.session.get(Project, 1).title == "Kept"


def test_save_as_into_a_read_only_folder_is_refused(tmp_path, deny_writes):
    locked_folder = tmp_path / "archive"
    locked_folder.mkdir()
    deny_writes.add(locked_folder)
    with ProjectStore.create() as store:
        with pytest.raises(ProjectFileError) as caught:
            store.save(locked_folder / "new.parcours")
    assert caught.value.kind == "read_only"
    assert os.listdir(locked_folder) == []
