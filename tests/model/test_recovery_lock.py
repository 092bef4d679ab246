"""Recovery of work left by a crash, and the lock that tells others a document is open."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.model import recovery
from app.model.errors import ProjectFileError
from app.model.schema import Project
from app.model.store import ProjectStore, data_dir, list_recoverable

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "schema_v1.parcours"


@pytest.fixture
def document(tmp_path) -> Path:
    path = tmp_path / "journey.parcours"
    shutil.copyfile(FIXTURE, path)
    return path


def lock_file(document: Path) -> Path:
    return document.with_name(f".~lock.{document.name}#")


def rewrite_json(path: Path, **changes) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), encoding="utf-8")


def abandon(store: ProjectStore, dead_pid: int) -> None:
    """What a crash leaves: the working copy, its record and the lock, owned by a process that is gone."""
    store.session.close()
    store.engine.dispose()
    rewrite_json(store.working_path.with_suffix(".json"), pid=dead_pid)
    if store.path is not None and lock_file(store.path).exists():
        rewrite_json(lock_file(store.path), pid=dead_pid)


# --------------------------------------------------------------------------- data folder


def test_the_data_folder_follows_parcours_data_dir_then_xdg_then_home(monkeypatch, tmp_path):
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(tmp_path / "override"))
    assert data_dir() == tmp_path / "override"
    monkeypatch.delenv("PARCOURS_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "parcours"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert data_dir() == tmp_path / "home" / ".local" / "share" / "parcours"


def test_a_working_copy_has_a_record_naming_its_document_and_owner(document):
    with ProjectStore.open(document) as store:
        record = json.loads(store.working_path.with_suffix(".json").read_text(encoding="utf-8"))
        assert store.working_path.parent == data_dir() / "working"
        assert record["document"] == str(document)
        assert record["title"] == "Mon nouvel emploi « premier jour »"
        assert (record["pid"], record["host"]) == (os.getpid(), socket.gethostname())
        assert record["user"] and record["opened_at"]


# --------------------------------------------------------------------------- recovery


def test_a_copy_whose_owner_still_runs_is_not_offered(document):
    with ProjectStore.open(document), ProjectStore.create():
        assert list_recoverable() == []


def test_work_committed_before_a_real_crash_is_recovered_into_the_original_document(document):
    crash = (
        "import os, sys\n"
        "from app.model.schema import Project\n"
        "from app.model.store import ProjectStore\n"
        "store = ProjectStore.open(sys.argv[1])\n"
        "store.session.get(Project, 1).notes = 'typed just before the crash'\n"
        "store.session.commit()\n"
        "os._exit(3)\n"
    )
    before = document.read_bytes()
    result = subprocess.run([sys.executable, "-c", crash, str(document)], cwd=ROOT, timeout=60)
    assert result.returncode == 3
    assert document.read_bytes() == before

    [record] = list_recoverable()
    assert record.document == document
    assert record.title == "Mon nouvel emploi « premier jour »"
    assert record.opened_at is not None
    with ProjectStore.recover(record) as store:
        assert store.path == document and not store.read_only
        assert store.session.get(Project, 1).notes == "typed just before the crash"
        assert lock_file(document).exists()  # the dead process's lock was taken over
        store.save()
    assert list_recoverable() == []
    assert os.listdir(data_dir() / "working") == []
    with ProjectStore.open(document) as reopened:
        assert reopened.session.get(Project, 1).notes == "typed just before the crash"


def test_a_recoverable_copy_is_kept_until_recovered_or_discarded(document, dead_pid):
    store = ProjectStore.open(document)
    store.session.get(Project, 1).title = "Unsaved"
    store.session.commit()
    abandon(store, dead_pid)
    assert len(list_recoverable()) == 1
    assert len(list_recoverable()) == 1
    [record] = list_recoverable()
    record.discard()
    assert list_recoverable() == [] and os.listdir(data_dir() / "working") == []
    with ProjectStore.open(document) as reopened:  # the stale lock is taken over silently
        assert reopened.session.get(Project, 1).title == "Mon nouvel emploi « premier jour »"


def test_an_untitled_project_is_recovered_untitled(dead_pid, tmp_path):
    store = ProjectStore.create()
    store.session.get(Project, 1).title = "Brouillon"
    store.session.commit()
    abandon(store, dead_pid)
    [record] = list_recoverable()
    assert (record.document, record.title) == (None, "Brouillon")
    with ProjectStore.recover(record) as recovered:
        assert recovered.path is None
        assert recovered.session.get(Project, 1).title == "Brouillon"
        recovered.save(tmp_path / "brouillon.parcours")
    assert list_recoverable() == []


def test_a_damaged_copy_cannot_be_recovered_but_can_be_discarded(dead_pid):
    store = ProjectStore.create()
    store.session.get(Project, 1).title = "Typed"  # a copy nobody changed is not offered at all
    store.session.commit()
    abandon(store, dead_pid)
    Path(store.working_path).write_bytes(b"SQLite format 3\x00" + b"\xff" * 200)
    [record] = list_recoverable()
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.recover(record)
    assert caught.value.kind == "damaged"
    record.discard()
    assert list_recoverable() == []


def test_records_from_another_host_unreadable_records_and_orphans_are_not_offered(dead_pid):
    folder = data_dir() / "working"
    store = ProjectStore.create()
    store.session.get(Project, 1).title = "Typed on another laptop"
    store.session.commit()
    abandon(store, dead_pid)
    rewrite_json(store.working_path.with_suffix(".json"), host="another-laptop")
    (folder / "garbage.json").write_text("{not json", encoding="utf-8")
    orphan = folder / "orphan.json"
    orphan.write_text(json.dumps({"document": None, "title": "", "user": "u", "host": socket.gethostname(),
                                  "pid": dead_pid, "opened_at": "2024-01-01T10:00:00+00:00"}), encoding="utf-8")
    assert list_recoverable() == []
    assert not orphan.exists()  # a record without its copy holds nothing to recover
    assert (folder / "garbage.json").exists()


# --------------------------------------------------------------------------- lock


def test_an_open_document_is_locked_with_who_and_since_when(document):
    with ProjectStore.open(document):
        owner = json.loads(lock_file(document).read_text(encoding="utf-8"))
        assert (owner["pid"], owner["host"]) == (os.getpid(), socket.gethostname())
        assert owner["user"] and owner["opened_at"]
    assert not lock_file(document).exists()


def test_a_second_open_of_a_locked_document_names_who_has_it(document):
    lock_file(document).write_text(json.dumps({
        "user": "camille", "host": "laptop-camille", "pid": 4242,
        "opened_at": "2024-05-02T09:30:00+00:00"}), encoding="utf-8")
    before = lock_file(document).read_bytes()
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.open(document)
    assert caught.value.kind == "locked"
    since = recovery.Owner("camille", "laptop-camille", 4242, "2024-05-02T09:30:00+00:00").since
    assert str(caught.value) == (f"{document} is already open by camille on laptop-camille since {since}; "
                                 "open it read-only, or wait until it is closed.")
    assert lock_file(document).read_bytes() == before
    assert not (data_dir() / "working").exists() or os.listdir(data_dir() / "working") == []


def test_the_same_document_twice_in_one_process_is_locked(document):
    with ProjectStore.open(document):
        with pytest.raises(ProjectFileError) as caught:
            ProjectStore.open(document)
        assert caught.value.kind == "locked"


def test_a_locked_document_opens_read_only_without_touching_the_lock(document):
    with ProjectStore.open(document):
        before = lock_file(document).read_bytes()
        with ProjectStore.open(document, read_only=True) as reader:
            assert reader.read_only
            with pytest.raises(ProjectFileError) as caught:
                reader.save()
            assert caught.value.kind == "read_only"
        assert lock_file(document).read_bytes() == before


def test_force_takes_the_lock_over_and_the_first_owner_leaves_it_alone(document):
    first = ProjectStore.open(document)
    with ProjectStore.open(document, force=True) as second:
        taken = lock_file(document).read_bytes()
        first.close()
        assert lock_file(document).read_bytes() == taken
        assert not second.read_only
    assert not lock_file(document).exists()


def test_a_stale_lock_from_a_dead_process_is_taken_over_silently(document, dead_pid):
    lock_file(document).write_text(json.dumps({
        "user": "me", "host": socket.gethostname(), "pid": dead_pid, "opened_at": "2024-05-02T09:30:00"}),
        encoding="utf-8")
    with ProjectStore.open(document):
        assert json.loads(lock_file(document).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_an_unreadable_lock_is_taken_over(document):
    lock_file(document).write_text("half-written", encoding="utf-8")
    with ProjectStore.open(document):
        assert json.loads(lock_file(document).read_text(encoding="utf-8"))["pid"] == os.getpid()


def test_save_as_onto_a_document_someone_has_open_is_refused(document, tmp_path):
    other = tmp_path / "theirs.parcours"
    shutil.copyfile(FIXTURE, other)
    with ProjectStore.open(other), ProjectStore.open(document) as mine:
        before = other.read_bytes()
        with pytest.raises(ProjectFileError) as caught:
            mine.save(other)
        assert caught.value.kind == "locked"
        assert other.read_bytes() == before and mine.path == document


def test_recovering_a_document_a_colleague_has_opened_since_needs_force(document, dead_pid):
    store = ProjectStore.open(document)
    store.session.get(Project, 1).notes = "mine"
    store.session.commit()
    abandon(store, dead_pid)
    lock_file(document).write_text(json.dumps({
        "user": "camille", "host": "laptop-camille", "pid": 4242, "opened_at": "2024-05-02T09:30:00"}),
        encoding="utf-8")
    [record] = list_recoverable()
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.recover(record)
    assert caught.value.kind == "locked"
    assert list_recoverable() == [record]
    with ProjectStore.recover(record, force=True) as recovered:
        assert recovered.session.get(Project, 1).notes == "mine"


def test_an_unwritable_data_folder_is_one_sentence_and_leaves_nothing(document, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(blocker))
    for attempt in (lambda: ProjectStore.open(document), ProjectStore.create):
        with pytest.raises(ProjectFileError) as caught:
            attempt()
        assert caught.value.kind == "io"
        assert str(caught.value).startswith(f"Parcours could not write its working files in {blocker}: ")
    assert sorted(os.listdir(document.parent)) == sorted([document.name, blocker.name])
