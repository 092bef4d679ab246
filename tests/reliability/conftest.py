"""Fixtures of the reliability suite: the sample project as bytes, and running commands in-process or as children."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.__main__ import main
from app.model import templates
from app.model.store import ProjectStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def sample_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The onboarding sample, in English, as ``parcours new`` saves it."""
    folder = tmp_path_factory.mktemp("sample")
    previous = os.environ.get("PARCOURS_DATA_DIR")
    os.environ["PARCOURS_DATA_DIR"] = str(folder / "data")
    try:
        with ProjectStore.create(populate=lambda session: templates.populate(session, "onboarding", "en")) as store:
            return store.save(folder / "sample.parcours").read_bytes()
    finally:
        if previous is None:
            del os.environ["PARCOURS_DATA_DIR"]
        else:
            os.environ["PARCOURS_DATA_DIR"] = previous


@pytest.fixture
def sample(tmp_path: Path, sample_bytes: bytes) -> Path:
    """A fresh copy of the sample in its own folder."""
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "sample.parcours"
    path.write_bytes(sample_bytes)
    return path


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Commands install the catalogue of the environment's language; leave English for the next test."""
    yield
    i18n.install("en")


def run_cli(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, list[str]]:
    """``parcours args`` in-process: (exit status, stdout, stderr lines)."""
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def child(*args: object, **env: str) -> subprocess.Popen[str]:
    """``python -m app args`` (or ``python args`` when the first is a script) as a child process, pipes open."""
    command = [sys.executable, *map(str, args)] if str(args[0]).endswith(".py") else [
        sys.executable, "-m", "app", *map(str, args)]
    return subprocess.Popen(command, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **env})
