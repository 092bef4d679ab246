"""Commands under stress: read-only commands leave nothing behind, a reader gone away, a full disk."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from app.model.recovery import list_recoverable, lock_path
from app.model.store import data_dir
from tests.reliability.conftest import child, run_cli


def leftovers_of(folder: Path) -> list[str]:
    """Hidden temporary files of ours in ``folder``."""
    return sorted(name for name in os.listdir(folder) if name.endswith(".part") or name.startswith(".~"))


def working_files() -> list[str]:
    folder = data_dir() / "working"
    return sorted(os.listdir(folder)) if folder.is_dir() else []


# --------------------------------------------------------------------------- read-only commands


@pytest.mark.parametrize("args", [("info",), ("info", "--json"), ("check",), ("export", "out.json"),
                                  ("export", "out.csv")], ids=" ".join)
def test_a_read_only_command_takes_no_working_copy_no_record_and_no_lock(capsys, sample, monkeypatch, args):
    seen: list[list[str]] = []
    real_acquire = __import__("app.model.recovery", fromlist=["DocumentLock"]).DocumentLock.acquire

    def watching_acquire(document, **kwargs):
        seen.append(working_files())
        return real_acquire(document, **kwargs)

    monkeypatch.setattr("app.model.recovery.DocumentLock.acquire", watching_acquire)
    command, *rest = args
    extra = [sample.parent / rest[0]] if rest and rest[0].startswith("out") else rest
    before = sample.read_bytes()
    code, _out, err = run_cli(capsys, command, sample, *extra)
    assert (code, err) == (0, [])
    assert seen == [] and working_files() == [] and list_recoverable() == []
    assert not lock_path(sample).exists()
    assert leftovers_of(sample.parent) == []
    assert sample.read_bytes() == before


def test_a_killed_png_export_leaves_no_recovery_record_and_its_part_goes_at_the_next_export(sample, tmp_path):
    out = sample.parent / "map.png"
    process = child("export", sample, out, "--dpi", "600", PARCOURS_DATA_DIR=str(data_dir()))
    deadline = time.monotonic() + 60
    while not any(name.endswith(".part") for name in os.listdir(sample.parent)):
        assert process.poll() is None and time.monotonic() < deadline, process.communicate()
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert list_recoverable() == [] and working_files() == []
    assert not lock_path(sample).exists()
    assert len([name for name in leftovers_of(sample.parent) if name.endswith(".part")]) == 1
    finished = child("export", sample, out, PARCOURS_DATA_DIR=str(data_dir()))
    _out, err = finished.communicate(timeout=120)
    assert (finished.returncode, err) == (0, "")
    assert out.exists() and leftovers_of(sample.parent) == []


# --------------------------------------------------------------------------- a reader gone away


def test_info_into_a_closed_pipe_ends_quietly(capsys, sample):
    with __import__("sqlite3").connect(sample) as connection:  # a long list, longer than a pipe holds
        connection.executemany("INSERT INTO kpi (position, name, unit, direction, description) "
                               "VALUES (?, ?, '', 'higher', '')", [(100 + n, f"KPI number {n} " + "x" * 60)
                                                                   for n in range(3000)])
    connection.close()
    process = child("info", sample, PARCOURS_DATA_DIR=str(data_dir()))
    process.stdin.close()
    lines = [process.stdout.readline() for _ in range(3)]
    process.stdout.close()  # what `| head -3` does once it has its lines
    err = process.stderr.read()
    process.stderr.close()
    process.wait(timeout=60)
    assert lines[0].startswith("Project: ")
    assert process.returncode in (0, 141, -signal.SIGPIPE)
    assert err == ""


def test_a_broken_pipe_status_is_the_sigpipe_convention(capsys, sample, monkeypatch):
    def gone(*_args, **_kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("app.cli.print_summary", gone)
    code, _out, err = run_cli(capsys, "info", sample)
    assert (code, err) == (141, [])


# --------------------------------------------------------------------------- a full disk


@pytest.fixture
def tiny_data_disk(tmp_path, monkeypatch):
    """A 2 MB tmpfs as the user-data folder (working copies); skipped where it cannot be mounted."""
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(folder))
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def many_cards_csv(path: Path, rows: int) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["stage", "lane", "title", "body"])
        for n in range(rows):
            writer.writerow([f"Stage {n % 7}", f"Lane {n % 5}", f"Card {n}", "words " * 40])
    return path


def test_an_import_onto_a_full_disk_is_one_sentence_and_the_target_is_untouched(capsys, sample, tmp_path,
                                                                                 tiny_data_disk):
    source = many_cards_csv(tmp_path / "cards.csv", 12_000)
    before = sample.read_bytes()
    code, out, err = run_cli(capsys, "import", sample, source)
    assert (code, out) == (1, "")
    assert err == [f"The disk holding Parcours's working files ({tiny_data_disk / 'working'}) is full, "
                   "so nothing was changed."]
    assert sample.read_bytes() == before
    assert working_files() == [] and not lock_path(sample).exists()
    assert leftovers_of(sample.parent) == []
    code, out, _err = run_cli(capsys, "info", sample, "--json")
    assert code == 0 and len(json.loads(out)["journeys"]) == 2
