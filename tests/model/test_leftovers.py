"""Temporary files crashed saves and exports leave behind are cleaned: only ours, only stale ones."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.export.files import write_bytes_atomically
from app.model import leftovers
from app.model.store import ProjectStore


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The pid of a process that runs for the whole test."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "plan.parcours"
    with ProjectStore.create() as store:
        store.save(path)
    return path


def make(path: Path, *, age: float = 0.0) -> Path:
    path.write_bytes(b"half a project")
    if age:
        past = time.time() - age
        os.utime(path, (past, past))
    return path


def test_open_removes_the_stale_save_copies_of_that_document_only(document, dead_pid, live_pid):
    folder = document.parent
    stale = make(folder / f".~saving.{dead_pid}-0a1b2c3d.plan.parcours")
    stale_journal = make(folder / f".~saving.{dead_pid}-0a1b2c3d.plan.parcours-journal")
    old_style = make(folder / ".~saving.0a1b2c3d.plan.parcours", age=leftovers.STALE_AFTER + 60)
    kept = [make(folder / f".~saving.{live_pid}-0a1b2c3d.plan.parcours"),
            make(folder / ".~saving.4e5f6a7b.plan.parcours"),  # old style, but recent
            make(folder / f".~saving.{dead_pid}-0a1b2c3d.other.parcours"),
            make(folder / ".~saving.notes.plan.parcours"),
            make(folder / f"~saving.{dead_pid}-0a1b2c3d.plan.parcours")]
    with ProjectStore.open(document):
        assert not stale.exists() and not stale_journal.exists() and not old_style.exists()
        assert all(path.exists() for path in kept)


def test_save_removes_stale_copies_beside_its_target(document, dead_pid, tmp_path):
    target = tmp_path / "elsewhere" / "copy.parcours"
    target.parent.mkdir()
    stale = make(target.parent / f".~saving.{dead_pid}-0a1b2c3d.copy.parcours")
    with ProjectStore.open(document) as store:
        store.save(target)
    assert not stale.exists()
    assert os.listdir(target.parent) == ["copy.parcours"]


def test_a_read_only_open_takes_no_lock_and_removes_nothing(document, dead_pid):
    stale = make(document.parent / f".~saving.{dead_pid}-0a1b2c3d.plan.parcours")
    with ProjectStore.open(document, read_only=True):
        pass
    with ProjectStore.read(document):
        pass
    assert stale.exists()


def test_an_export_removes_the_stale_partial_files_of_its_output(tmp_path, dead_pid, live_pid):
    out = tmp_path / "map.json"
    stale = make(tmp_path / f".map.json.{dead_pid}.part")
    kept = [make(tmp_path / f".map.json.{live_pid}.part"), make(tmp_path / f".other.json.{dead_pid}.part"),
            make(tmp_path / ".map.json.draft.part")]
    write_bytes_atomically(out, b"{}")
    assert out.read_bytes() == b"{}"
    assert not stale.exists() and all(path.exists() for path in kept)


def test_the_save_copy_carries_this_process_id(tmp_path):
    name = leftovers.saving_path(tmp_path / "plan.parcours").name
    assert name.startswith(f".~saving.{os.getpid()}-") and name.endswith(".plan.parcours")
