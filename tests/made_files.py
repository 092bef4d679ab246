"""Project files made once per test run, and handed to each test as a copy it could have made itself.

Making the sample project (``parcours new``, ``ProjectStore.create`` then
``save``) takes a quarter of a second; a test that only needs such a file
gets a copy of one made earlier in the run. Parcours remembers the digest of
every file it saves in the user's data folder (:mod:`app.model.known_files`,
which lets a reopening skip the slow checks), so the copy is remembered in
the test's own data folder too: it opens exactly as the file made in the test
would have.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from app.model import known_files


class MadeFiles:
    """Files made once per run by name, each in a folder and a data folder of its own."""

    def __init__(self, factory: pytest.TempPathFactory) -> None:
        self._factory = factory
        self._made: dict[str, Path] = {}

    def get(self, name: str, make: Callable[[Path], object]) -> Path:
        """The file ``make(path)`` writes at ``path``, made the first time ``name`` is asked for."""
        if name not in self._made:
            folder = self._factory.mktemp("made")
            path = folder / "project.parcours"
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv("PARCOURS_DATA_DIR", str(folder / "data"))
                make(path)
            assert path.is_file(), f"making {name} wrote no file"
            self._made[name] = path
        return self._made[name]

    def copy(self, name: str, make: Callable[[Path], object], target: Path) -> Path:
        """A copy of the file made for ``name`` at ``target``, known as saved by Parcours in this data folder."""
        shutil.copyfile(self.get(name, make), target)
        known_files.remember(known_files.file_digest(target))
        return target

    def new_project(self, target: Path, language: str) -> Path:
        """What ``parcours new TARGET --lang LANGUAGE`` makes (the onboarding sample), as a copy at ``target``."""
        def make(path: Path) -> None:
            from app.__main__ import main

            assert main(["new", str(path), "--lang", language]) == 0

        return self.copy(f"parcours new --lang {language}", make, target)
