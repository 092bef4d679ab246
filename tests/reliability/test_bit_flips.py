"""Random bit flips in a project file: every command either works or gives one sentence, and agrees with ``check``.

Each case flips one bit of a fresh copy of the sample (a fixed seed, so a
failure can be replayed by its number). ``check`` judges the file; then
``info``, ``export`` to JSON and CSV, and the store's open must all work
when ``check`` says sound, and all refuse with ``check``'s very sentence
when it does not - never an "Internal error", never a traceback.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.model.errors import ProjectFileError
from app.model.store import ProjectStore, check_file
from tests.reliability.conftest import run_cli

SEED = 20261206


def flipped(sample: Path, sample_bytes: bytes, case: int) -> Path:
    """The sample with bit ``case`` of the seeded sequence flipped."""
    generator = random.Random(SEED + case)
    position = generator.randrange(len(sample_bytes) * 8)
    data = bytearray(sample_bytes)
    data[position // 8] ^= 1 << (position % 8)
    sample.write_bytes(bytes(data))
    return sample


def judge(capsys, path: Path, out_folder: Path) -> list[str]:
    """Run every command on ``path``; return what disagrees with ``check`` (empty when all agree).

    Agreement: ``check`` sound -> every command works, silently; ``check``
    damaged -> every command fails with ``check``'s sentence; ``check``
    finding objects Parcours did not make (a flipped bit in one of our
    triggers' text makes it foreign) -> every command works and warns with
    ``check``'s sentence, and the store opens without them.
    """
    code, out, err = run_cli(capsys, "check", path)
    verdict = (out.strip() if code == 0 else err[0]) if (out.strip() or err) else ""
    if code not in (0, 1, 2) or len(out.splitlines()) + len(err) != 1:
        return [f"check: exit {code}, {out!r} {err!r}"]
    result = check_file(path)
    repairable = result.error is not None and result.error.kind == "foreign"
    problems = []
    runs = {"info": ("info", path), "json": ("export", path, out_folder / "out.json"),
            "csv": ("export", path, out_folder / "out.csv")}
    for name, args in runs.items():
        status, _out, lines = run_cli(capsys, *args)
        wanted = (0, []) if code == 0 else (0, [verdict]) if repairable else (1, [verdict])
        if (status, lines) != wanted:
            problems.append(f"{name}: exit {status} {lines!r}, check says {verdict!r}")
    try:
        with ProjectStore.open(path) as store:
            if bool(store.warnings) != repairable:
                problems.append(f"open warned {store.warnings!r}, check says {verdict!r}")
    except ProjectFileError as error:
        if code == 0 or repairable or " ".join(str(error).split()) != verdict:
            problems.append(f"open: {error!r}, check says {verdict!r}")
    except Exception as error:  # the point of the test
        problems.append(f"open: {type(error).__name__}: {error}")
    else:
        if code != 0 and not repairable:
            problems.append(f"open worked, check says {verdict!r}")
    return problems


def flip_cases(capsys, tmp_path: Path, sample: Path, sample_bytes: bytes, cases: range) -> dict[int, list[str]]:
    failures = {}
    for case in cases:
        out_folder = tmp_path / f"out{case}"
        out_folder.mkdir()
        problems = judge(capsys, flipped(sample, sample_bytes, case), out_folder)
        if problems:
            failures[case] = problems
    return failures


def test_fifty_bit_flips_agree_with_check(capsys, tmp_path, sample, sample_bytes):
    assert flip_cases(capsys, tmp_path, sample, sample_bytes, range(50)) == {}


@pytest.mark.slow
def test_a_thousand_bit_flips_agree_with_check(capsys, tmp_path, sample, sample_bytes):
    assert flip_cases(capsys, tmp_path, sample, sample_bytes, range(50, 1050)) == {}
