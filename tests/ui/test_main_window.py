"""The main window opens, shows and saves a project."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.errors import ProjectFileError
from app.model.schema import Card, Journey
from app.model.store import ProjectStore
from app.ui.commands import EditCardCommand, push
from app.ui.main_window import MainWindow


def test_the_window_opens_edits_and_saves_a_project(qtbot, sample_path: Path, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.document is None
    window.open_path(sample_path)
    assert window.windowTitle().startswith("sample.parcours[*]") and not window.isWindowModified()
    journeys = window.document.session.scalars(select(Journey).order_by(Journey.position)).all()
    window.show_journey(journeys[1].id)
    assert window.journey_id == journeys[1].id
    card_id = window.document.session.scalars(select(Card.id)).first()
    push(window.document, EditCardCommand(window.document, card_id, title="Édité « ici »"))
    assert window.isWindowModified()
    window.save()
    assert not window.isWindowModified()
    copy = window.save_as(tmp_path / "copy.parcours")
    assert window.windowTitle().startswith("copy.parcours")
    window.close()
    with ProjectStore.open(copy) as store:
        assert store.session.get(Card, card_id).title == "Édité « ici »"


def test_opening_a_bad_file_raises_one_sentence(qtbot, tmp_path: Path) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    bad = tmp_path / "notes.parcours"
    bad.write_text("hello")
    with pytest.raises(ProjectFileError) as raised:
        window.open_path(bad)
    assert "not a Parcours project" in raised.value.message()
    assert window.document is None
