"""kill -9 at 25 points of editing and saving: the document stays sound and no returned edit is lost.

A child process (:mod:`tests.reliability.kill_child`) edits and saves the
sample and kills itself at one point. Then: ``check`` finds the document
sound; the document holds exactly the state of a save that had started; the
working copy left behind is offered for recovery and holds every edit that
had returned; the next open leaves no temporary file of the crashed save.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.recovery import list_recoverable
from app.model.schema import Card
from app.model.store import ProjectStore, check_file, data_dir
from tests.reliability import kill_child
from tests.reliability.conftest import child

SCRIPT = Path(kill_child.__file__)
#: (point, occurrence): 25 moments of editing, saving and opening.
KILLS = [("after_flush", n) for n in (1, 2, 3)] + [("before_commit", n) for n in (2, 6, 11)] + [
    ("after_commit", n) for n in (1, 5, 10)] + [("save_start", n) for n in (1, 2, 3)] + [
    ("save_copied", n) for n in (1, 3)] + [("save_fsync", n) for n in (1, 2)] + [
    ("before_rename", n) for n in (1, 3)] + [("after_rename", n) for n in (1, 2)] + [
    ("save_folder_sync", n) for n in (1, 3)] + [("save_record", n) for n in (1, 2, 3)]
#: The ones the default suite runs; CI runs all of them (-m slow).
QUICK = {("after_commit", 5), ("save_copied", 1), ("after_rename", 2), ("save_record", 1)}


def titles(path: Path) -> list[str]:
    with ProjectStore.read(path) as store:
        return list(store.session.scalars(select(Card.title).order_by(Card.id)))


def expected(original: list[str], last_edit: int) -> list[str]:
    """The card titles once edits 0..last_edit have been made (see kill_child)."""
    result = list(original)
    for index in range(last_edit + 1):
        result[index % len(result)] = f"edit {index}"
    return result


def numbers(lines: list[str], word: str) -> list[int]:
    return [int(line.split()[1]) for line in lines if line.startswith(word + " ")]


@pytest.mark.parametrize("point, count", [
    pytest.param(point, count, marks=() if (point, count) in QUICK else pytest.mark.slow) for point, count in KILLS],
    ids=[f"{point}-{count}" for point, count in KILLS])
def test_a_kill_loses_no_returned_edit_and_leaves_a_sound_document(sample, point, count):
    assert len(KILLS) == 25
    original = titles(sample)
    process = child(SCRIPT, sample, point, count, PARCOURS_DATA_DIR=str(data_dir()))
    out, err = process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL, (out, err)
    lines = out.splitlines()
    returned, saved = numbers(lines, "returned"), numbers(lines, "saved")
    last = returned[-1] if returned else -1

    assert check_file(sample).code == 0
    started = [*saved, last] if last % 4 == 3 and last not in saved else saved
    assert titles(sample) in [expected(original, edit) for edit in [-1, *started]]

    records = list_recoverable()
    if returned:
        assert len(records) == 1 and records[0].document == sample
    for record in records:
        with ProjectStore.recover(record) as store:
            recovered = list(store.session.scalars(select(Card.title).order_by(Card.id)))
        assert recovered in (expected(original, last), expected(original, last + 1))
        record.discard()

    with ProjectStore.open(sample):
        assert [name for name in os.listdir(sample.parent) if name.startswith(".~saving")] == []
    assert os.listdir(sample.parent) == [sample.name]
