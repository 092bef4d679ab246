"""Test-wide set-up: Qt runs offscreen, user data goes to a temporary folder.

``QT_QPA_PLATFORM`` must be set before anything imports Qt, so it is set
here, at the top of the first file pytest reads.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ["PARCOURS_LANG"] = os.environ.get("PARCOURS_TEST_LANG", "en")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

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
