"""A shown main window on the sample project, with the canvas at 100 %."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.schema import Card, Journey, Lane, Stage


@pytest.fixture
def window(qtbot, sample_path: Path) -> Iterator:
    """The sample open in a shown 1600 x 1000 window, first journey on the canvas."""
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.open_path(sample_path)
    window.show()
    qtbot.waitExposed(window)
    window.canvas_view.set_zoom(1.0)
    window.canvas_view.horizontalScrollBar().setValue(window.canvas_view.horizontalScrollBar().minimum())
    window.canvas_view.verticalScrollBar().setValue(window.canvas_view.verticalScrollBar().minimum())
    yield window
    window.ask_to_save = lambda: __import__("PySide6.QtWidgets").QtWidgets.QMessageBox.StandardButton.Discard
    window.close()


class Map:
    """Looks up the sample's journey by names, straight from the database."""

    def __init__(self, window) -> None:
        self.window = window
        self.session = window.document.session
        self.journey_id = window.journey_id

    def lane(self, name: str) -> int:
        return self.session.scalar(select(Lane.id).where(Lane.journey_id == self.journey_id, Lane.name == name))

    def stage(self, name: str) -> int:
        return self.session.scalar(select(Stage.id).where(Stage.journey_id == self.journey_id, Stage.name == name))

    def card(self, title: str) -> int:
        return self.session.scalar(select(Card.id).where(Card.title == title))

    def cell_of(self, card_id: int) -> tuple[int, int, int]:
        self.session.expire_all()
        card = self.session.get(Card, card_id)
        return card.lane_id, card.stage_id, card.position

    def cell_titles(self, lane_id: int, stage_id: int) -> list[str]:
        self.session.expire_all()
        return list(self.session.scalars(select(Card.title).where(Card.lane_id == lane_id, Card.stage_id == stage_id)
                                         .order_by(Card.position)))


@pytest.fixture
def journey_map(window) -> Map:
    return Map(window)


def first_journey(session) -> int:
    return session.scalar(select(Journey.id).order_by(Journey.position))
