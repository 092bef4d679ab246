"""Test-wide set-up: Qt runs offscreen, user data goes to a temporary folder.

``QT_QPA_PLATFORM`` must be set before anything imports Qt, so it is set
here, at the top of the first file pytest reads.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Qt's offscreen screen is 800x800; give it a desktop's 1920x1080, on which windows keep their
    # default size (the editor never opens larger than its screen).
    import json
    import tempfile

    _screen = os.path.join(tempfile.gettempdir(), "parcours-test-screen-1920x1080.json")
    _partial = f"{_screen}.{os.getpid()}"
    with open(_partial, "w", encoding="utf-8") as _file:
        json.dump({"screens": [{"name": "test", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, _file)
    os.replace(_partial, _screen)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ["PARCOURS_LANG"] = os.environ.get("PARCOURS_TEST_LANG", "en")

from pathlib import Path

import pytest

from tests.made_files import MadeFiles

#: Third-party samples shared by the team (never copied into the project).
SAMPLES_DIR = Path(__file__).resolve().parents[2] / "shared" / "samples"


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private user-data folder (working copies, recovery records) for each test."""
    path = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(path))
    return path


@pytest.fixture
def samples_dir() -> Path:
    """The shared third-party samples folder; the test is skipped when it is absent."""
    if not SAMPLES_DIR.is_dir():
        pytest.skip("../shared/samples is not present")
    return SAMPLES_DIR


@pytest.fixture(scope="session")
def made_files(tmp_path_factory: pytest.TempPathFactory) -> MadeFiles:
    """Project files made once per run; each test takes a copy (see :mod:`tests.made_files`)."""
    return MadeFiles(tmp_path_factory)
