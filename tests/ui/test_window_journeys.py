"""Several journeys in one project: the toolbar switcher and the Journey menu, all undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.model.enums import JourneyState
from app.model.schema import Journey, Stage
from app.ui.commands import EditJourneyCommand, push
from app.ui.main_window import MainWindow


@pytest.fixture
def window(make_window, sample_path: Path) -> MainWindow:
    """The sample, shown, first journey on the map."""
    return make_window(sample_path, show=True)


def _journeys(window: MainWindow) -> list[int]:
    return list(window.document.session.scalars(select(Journey.id).order_by(Journey.position)))


def _combo_ids(window: MainWindow) -> list[int]:
    combo = window.journey_combo
    return [combo.itemData(index) for index in range(combo.count())]


def _shown(window: MainWindow) -> int | None:
    """The journey the switcher, the window and the map agree on (fails when they do not)."""
    combo = window.journey_combo
    assert combo.currentData() == window.journey_id == window.canvas_view.scene().journey_id
    assert window.journey_panel.journey_id == window.journey_id
    return window.journey_id


def test_the_switcher_lists_the_journeys_and_shows_the_chosen_one(qtbot, window: MainWindow) -> None:
    journeys = _journeys(window)
    assert len(journeys) >= 2 and _combo_ids(window) == journeys
    assert _shown(window) == journeys[0]
    combo = window.journey_combo
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next journey in the switcher
    assert _shown(window) == journeys[1]
    titles = dict(window.document.session.execute(select(Journey.id, Journey.title)).all())
    assert combo.currentText().startswith(titles[journeys[1]])
    window.show_journey(journeys[0])
    assert _shown(window) == journeys[0]


def test_the_switcher_follows_a_renamed_journey(window: MainWindow) -> None:
    journey_id = _shown(window)
    push(window.document, EditJourneyCommand(window.document, journey_id, title="Renamed"))
    assert window.journey_combo.currentText().startswith("Renamed (")
    assert _shown(window) == journey_id


def test_new_journey_is_shown_with_three_stages_and_undo_goes_back(window: MainWindow) -> None:
    before = _journeys(window)
    window.show_journey(before[1])
    window.actions_by_name["new_journey"].trigger()
    [new] = set(_journeys(window)) - set(before)
    assert _shown(window) == new and new in _combo_ids(window)
    session = window.document.session
    assert session.scalar(select(func.count()).select_from(Stage).where(Stage.journey_id == new)) == 3
    assert window.canvas_view.scene().layout is not None
    assert window.document.undo_stack.count() == 1, "one undo step"
    assert window.actions_by_name["undo"].text().replace("&", "") == "Undo New journey"
    window.actions_by_name["undo"].trigger()
    assert _journeys(window) == before and _combo_ids(window) == before
    assert _shown(window) == before[1], "back to the journey shown before"
    window.actions_by_name["redo"].trigger()
    assert new in _combo_ids(window) and _shown(window) in _journeys(window)


def test_derive_makes_a_to_be_copy_and_shows_it(window: MainWindow) -> None:
    source = _shown(window)
    before = _journeys(window)
    window.actions_by_name["derive_journey"].trigger()
    [derived] = set(_journeys(window)) - set(before)
    assert _shown(window) == derived
    journey = window.document.session.get(Journey, derived)
    assert journey.state is JourneyState.TO_BE
    assert "(to be)" in window.journey_combo.currentText()
    assert len(window.canvas_view.scene().cards) > 0, "the cards came along"
    window.actions_by_name["undo"].trigger()
    assert _journeys(window) == before and _shown(window) == source


def test_delete_this_journey_shows_another_and_undo_brings_it_back(qtbot, window: MainWindow) -> None:
    journeys = _journeys(window)
    window.show_journey(journeys[1])
    card_count = len(window.canvas_view.scene().cards)
    window.actions_by_name["delete_journey"].trigger()
    assert journeys[1] not in _journeys(window) and journeys[1] not in _combo_ids(window)
    assert _shown(window) == journeys[0]
    qtbot.wait(1)  # let the map's deferred "journey lost" settle: it must not change what is shown
    assert _shown(window) == journeys[0]
    window.actions_by_name["undo"].trigger()
    assert _combo_ids(window) == journeys
    window.show_journey(journeys[1])
    assert len(window.canvas_view.scene().cards) == card_count


def test_deleting_every_journey_leaves_an_empty_map_and_undo_restores(qtbot, window: MainWindow) -> None:
    journeys = _journeys(window)
    for _ in journeys:
        window.actions_by_name["delete_journey"].trigger()
    qtbot.wait(1)
    assert _journeys(window) == [] and window.journey_combo.count() == 0
    assert window.journey_id is None and window.canvas_view.scene().layout is None
    assert not window.actions_by_name["delete_journey"].isEnabled()
    assert not window.actions_by_name["derive_journey"].isEnabled()
    assert window.actions_by_name["new_journey"].isEnabled()
    window.actions_by_name["undo"].trigger()
    assert _combo_ids(window) == [journeys[-1]] and _shown(window) == journeys[-1]
