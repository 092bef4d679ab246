"""Read-only commands open the file read-only: ``info``, ``check`` and ``export`` write nothing but their output.

Each command runs on a project whose file, or whose whole folder, cannot be
written: the file's bytes and modification time, its folder and the user's
data folder (working copies, recovery records) stay as they were, and no
lock is left or taken. The one file a command may touch in the data folder
is the list of files known to be sound (``known-files.json``, a cache that
``check`` fills so that the next opening skips the slow checks). Tests run as root, which ignores permission bits, so
the file is made immutable (``chattr +i``) and the folder a read-only bind
mount; where neither can be done the case is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.cli import main
from app.model import templates
from app.model.recovery import DocumentLock, data_dir, list_recoverable, lock_path
from app.model.store import ProjectStore
from tests.made_files import MadeFiles

#: The cache of files known to be sound (:mod:`app.model.known_files`), the one file ``check`` may write.
KNOWN_FILES = ("known-files.json",)
#: Every read-only command, with what it prints (a fragment) or the file it writes beside the project's folder.
COMMANDS = [
    pytest.param(["info"], "Journeys: 2", None, id="info"),
    pytest.param(["info", "--json"], '"journeys"', None, id="info --json"),
    pytest.param(["check"], "is a sound Parcours project", None, id="check"),
    pytest.param(["export", "{out}"], "Exported", "map.json", id="export json"),
    pytest.param(["export", "{out}", "--csv-dialect", "excel-fr"], "Exported", "map.csv", id="export csv"),
    pytest.param(["export", "{out}", "--no-kpis"], "Exported", "map.pdf", id="export pdf"),
]


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Commands install the catalogue of the environment's language; leave English for the next test."""
    yield
    i18n.install("en")


def _save_onboarding(path: Path) -> None:
    with ProjectStore.create(populate=lambda session: templates.populate(session, "onboarding", "en")) as store:
        store.save(path)


@pytest.fixture
def project(tmp_path: Path, made_files: MadeFiles) -> Path:
    """The onboarding sample as the store saves it (made once, copied per test), alone in its folder."""
    folder = tmp_path / "shared"
    folder.mkdir()
    return made_files.copy("store onboarding en", _save_onboarding, folder / "project.parcours")


def _run(command: list[str]) -> bool:
    return shutil.which(command[0]) is not None and subprocess.run(command, capture_output=True).returncode == 0


@pytest.fixture(params=["file", "folder"])
def read_only(request: pytest.FixtureRequest, project: Path) -> Iterator[tuple[Path, Path]]:
    """``project`` made read-only: the file itself (immutable), or its whole folder (a read-only mount).

    Yields the project and a path that must now refuse writing (the file, or a new file in the folder).
    """
    folder = project.parent
    if request.param == "file":
        project.chmod(0o444)
        immutable = _run(["chattr", "+i", str(project)])
        if os.geteuid() == 0 and not immutable:
            project.chmod(0o644)
            pytest.skip("cannot make a file read-only for root here (chattr)")
        yield project, project
        if immutable:
            _run(["chattr", "-i", str(project)])
        project.chmod(0o644)
    else:
        if not (_run(["mount", "--bind", str(folder), str(folder)])):
            pytest.skip("cannot mount a read-only folder here (needs root)")
        if not _run(["mount", "-o", "remount,bind,ro", str(folder), str(folder)]):
            _run(["umount", str(folder)])
            pytest.skip("cannot remount a folder read-only here")
        yield project, folder / "probe"
        _run(["umount", str(folder)])


def snapshot(folder: Path, *, besides: tuple[str, ...] = ()) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` but ``besides``: (size, modification time in ns)."""
    if not folder.exists():
        return {}
    return {str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns)
            for path in sorted(folder.rglob("*")) if path.name not in besides}


@pytest.mark.parametrize(("arguments", "says", "output"), COMMANDS)
def test_a_read_only_command_works_on_a_read_only_project_and_writes_nothing_there(
        capsys, tmp_path, read_only, monkeypatch, arguments, says, output):
    project, unwritable = read_only
    with pytest.raises(OSError), open(unwritable, "ab"):  # the place really refuses writes, even to root
        pass
    locks: list[Path] = []
    real_acquire = DocumentLock.acquire

    def watching_acquire(document: Path, **kwargs: object) -> DocumentLock:
        locks.append(document)
        return real_acquire(document, **kwargs)

    monkeypatch.setattr(DocumentLock, "acquire", watching_acquire)
    out = tmp_path / (output or "unused")
    before_file = (project.read_bytes(), project.stat().st_mtime_ns)
    before_folder, before_data = snapshot(project.parent), snapshot(data_dir(), besides=KNOWN_FILES)
    command, *rest = arguments
    code = main([command, str(project), *(argument.format(out=out) for argument in rest)])
    printed, errors = capsys.readouterr()
    assert (code, errors) == (0, "")
    assert says in printed
    if output is not None:
        assert out.stat().st_size > 0
    assert (project.read_bytes(), project.stat().st_mtime_ns) == before_file
    assert snapshot(project.parent) == before_folder  # no lock, no temporary file beside the project
    assert snapshot(data_dir(), besides=KNOWN_FILES) == before_data  # no working copy, no recovery record
    assert list_recoverable() == []
    assert locks == [] and not lock_path(project).exists()
