"""Fixtures for UI tests: a sample project on disk and a document on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.model import templates
from app.model.store import ProjectStore


@pytest.fixture
def sample_path(tmp_path: Path) -> Path:
    """The onboarding sample saved as a .parcours file."""
    path = tmp_path / "sample.parcours"
    store = ProjectStore.create(populate=lambda s: templates.populate(s, "onboarding", "en"))
    store.save(path)
    store.close()
    return path


@pytest.fixture
def document(qtbot, sample_path: Path) -> Iterator:
    """A ProjectDocument on the sample."""
    from app.ui.document import ProjectDocument

    doc = ProjectDocument(ProjectStore.open(sample_path))
    yield doc
    doc.close()
