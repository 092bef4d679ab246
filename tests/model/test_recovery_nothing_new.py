"""A crash right after opening or saving leaves a working copy with nothing new: it is not offered for recovery."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.model.schema import Project
from app.model.store import ProjectStore, data_dir, list_recoverable
from tests.model.test_recovery_lock import abandon


@pytest.fixture
def document(tmp_path) -> Path:
    """A project saved at the current schema (opening it migrates nothing)."""
    path = tmp_path / "journey.parcours"
    with ProjectStore.create() as store:
        store.save(path)
    return path


def type_title(store: ProjectStore, title: str) -> None:
    """A change committed to the working copy, as an edit commits it."""
    store.session.get(Project, 1).title = title
    store.session.commit()


def recovered_title() -> str:
    """The title of the one working copy offered for recovery."""
    [record] = list_recoverable()
    with ProjectStore.recover(record) as recovered:
        return recovered.session.get(Project, 1).title


def working_files() -> list[str]:
    folder = data_dir() / "working"
    return sorted(os.listdir(folder)) if folder.is_dir() else []


def test_a_project_opened_then_killed_without_a_change_is_not_offered(document, dead_pid):
    store = ProjectStore.open(document)
    abandon(store, dead_pid)
    assert working_files()  # the crash left its copy behind...
    assert list_recoverable() == []  # ...with nothing in it that the file lacks
    assert working_files() == []  # and it is cleared, not offered again at each start


def test_a_project_saved_then_killed_without_a_change_is_not_offered(document, dead_pid):
    store = ProjectStore.open(document)
    type_title(store, "Saved before the crash")
    store.save()
    abandon(store, dead_pid)
    assert list_recoverable() == []


def test_one_change_still_in_the_log_is_offered(document, dead_pid):
    store = ProjectStore.open(document)
    type_title(store, "Typed, not saved")
    abandon(store, dead_pid)
    assert recovered_title() == "Typed, not saved"


def test_one_change_already_checkpointed_into_the_copy_is_offered(document, dead_pid):
    store = ProjectStore.open(document)
    type_title(store, "Typed, in the copy's pages")
    working = store.working_path
    abandon(store, dead_pid)
    with sqlite3.connect(working) as connection:  # the log folded into the copy: the sidecar is empty
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert not Path(f"{working}-wal").exists() or Path(f"{working}-wal").stat().st_size == 0
    assert len(list_recoverable()) == 1


def test_a_copy_whose_document_is_gone_is_offered(document, dead_pid):
    store = ProjectStore.open(document)
    abandon(store, dead_pid)
    document.unlink()
    assert len(list_recoverable()) == 1


def test_an_older_file_opened_then_killed_is_not_offered_though_its_copy_was_upgraded(tmp_path, dead_pid):
    """The copy of a version-1 file is migrated on open: its pages differ from the file's, yet nothing was typed."""
    old = tmp_path / "old.parcours"
    old.write_bytes((Path(__file__).parents[1] / "fixtures" / "schema_v1.parcours").read_bytes())
    store = ProjectStore.open(old)
    abandon(store, dead_pid)
    assert list_recoverable() == []
    assert working_files() == []


def test_an_older_file_changed_then_killed_is_offered(tmp_path, dead_pid):
    old = tmp_path / "old.parcours"
    old.write_bytes((Path(__file__).parents[1] / "fixtures" / "schema_v1.parcours").read_bytes())
    store = ProjectStore.open(old)
    type_title(store, "Typed in the upgraded copy")
    abandon(store, dead_pid)
    assert recovered_title() == "Typed in the upgraded copy"


def test_a_new_project_nobody_changed_is_not_offered_one_changed_is(dead_pid):
    untouched = ProjectStore.create(populate=lambda session: session.get(Project, 1))
    abandon(untouched, dead_pid)
    assert list_recoverable() == []
    changed = ProjectStore.create()
    type_title(changed, "A first title")
    abandon(changed, dead_pid)
    [record] = list_recoverable()
    assert record.title == "A first title"


def test_a_change_after_a_save_is_offered(document, dead_pid):
    store = ProjectStore.open(document)
    type_title(store, "Saved")
    store.save()
    type_title(store, "Typed after the save")
    abandon(store, dead_pid)
    assert recovered_title() == "Typed after the save"


def test_a_change_is_refused_when_the_untouched_mark_cannot_be_removed(document, monkeypatch):
    """Were the mark left while the change is committed, a crash would throw the change away: refuse it instead."""
    from app.model.recovery import WorkingCopy

    store = ProjectStore.open(document)
    try:
        def cannot(_self: WorkingCopy) -> None:
            raise PermissionError("read-only folder")

        monkeypatch.setattr(WorkingCopy, "mark_touched", cannot)
        store.session.get(Project, 1).title = "Not kept"
        with pytest.raises(PermissionError):
            store.session.commit()
        store.session.rollback()
        assert store.session.get(Project, 1).title != "Not kept"
    finally:
        monkeypatch.undo()
        store.close()
