"""A dot vote in presentation mode: three participants place their dots with clicks and keys; the file keeps it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from app.cli import project_summary
from app.model import votes
from app.model.enums import LaneKind
from app.model.schema import Card, Lane, Vote, VoteRound
from app.model.store import ProjectStore
from app.ui.main_window import MainWindow
from app.ui.presentation import PresentationView

K = Qt.Key


@pytest.fixture
def window(make_window, sample_path: Path) -> MainWindow:
    window = make_window(sample_path, show=True)
    window.activateWindow()
    return window


def card_point(view: PresentationView, card_id: int) -> QPoint:
    view.ensure_visible(card_id)
    return view.to_screen(view.map_layout.cards[card_id].rect).center().toPoint()


def irritant_stage(window: MainWindow) -> tuple[int, list[int]]:
    """A stage of the shown journey with at least two pain points, and those cards in reading order."""
    session = window.document.session
    rows = session.execute(select(Card.stage_id, Card.id).join(Lane, Lane.id == Card.lane_id)
                           .where(Lane.journey_id == window.journey_id, Lane.kind == LaneKind.IRRITANTS)
                           .order_by(Card.position)).all()
    by_stage: dict[int, list[int]] = {}
    for stage_id, card_id in rows:
        by_stage.setdefault(stage_id, []).append(card_id)
    stage_id = next(stage for stage, cards in by_stage.items() if len(cards) >= 2)
    return stage_id, by_stage[stage_id]


def test_three_participants_vote_and_the_ranking_survives_save_and_reopen(qtbot, window: MainWindow,
                                                                            tmp_path: Path) -> None:
    stage_id, (first, second) = irritant_stage(window)[0], irritant_stage(window)[1][:2]
    view = window.start_presentation(stage_id)
    assert view.current_stage_id() == stage_id
    qtbot.keyClick(view, K.Key_V)
    dialog = window.workshop.vote_dialog
    dialog.participants.setPlainText("Ana\nBen\nChloé")
    dialog.dots.setValue(2)
    dialog.title.setText("Atelier RH")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert view.votes.active and view.votes.current()[1] == "Ana"
    # Ana: two clicks on the first pain point; her dots spent, the turn passes to Ben.
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, first))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, first))
    assert view.votes.current()[1] == "Ben"
    # Ben: one click on each.
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, first))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, second))
    assert view.votes.current()[1] == "Chloé"
    # Chloé with the keyboard: Down picks the second pain point, Enter places a dot, - takes it back,
    # Enter again; then Up picks the first one for her last dot.
    view.votes.marked = first
    while view.votes.marked != second:
        qtbot.keyClick(view, K.Key_Down)
    qtbot.keyClick(view, K.Key_Return)
    qtbot.keyClick(view, K.Key_Minus)
    assert votes.counts(window.document.session, view.votes.round_id) == {first: 3, second: 1}
    qtbot.keyClick(view, K.Key_Return)
    while view.votes.marked != first:
        qtbot.keyClick(view, K.Key_Up)
    qtbot.keyClick(view, K.Key_Return)
    assert not view.votes.active  # everyone has voted: the ranking is shown
    assert view.votes.counts == {first: 4, second: 2}
    assert [(item.card_id, item.votes) for item in view.votes.results[:2]] == [(first, 4), (second, 2)]
    qtbot.keyClick(view, K.Key_Escape)  # closes the ranking, not the presentation
    assert view.votes.results is None and window.presentation is view
    qtbot.keyClick(view, K.Key_R)
    assert view.votes.results is not None
    window.document.undo_stack.undo()  # Chloé's last dot taken back...
    assert votes.counts(window.document.session, view.votes.round_id) == {first: 3, second: 2}
    window.document.undo_stack.redo()  # ...and placed again
    qtbot.keyClick(view, K.Key_Escape)
    window.save_as(tmp_path / "voted.parcours")
    with ProjectStore.open(tmp_path / "voted.parcours", read_only=True) as store:
        session = store.session
        [round_] = session.scalars(select(VoteRound)).all()
        assert (round_.title, round_.dots) == ("Atelier RH", 2)
        assert round_.held_at is not None
        assert votes.counts(session, round_.id) == {first: 4, second: 2}
        assert session.scalar(select(Vote.id).where(Vote.card_id == first)) is not None
        top = votes.top_irritants(session, round_.journey_id)
        assert [(item.rank, item.card_id, item.votes) for item in top[:2]] == [(1, first, 4), (2, second, 2)]
        summary = json.loads(json.dumps(project_summary(session), default=str))
        [shown] = summary["vote_rounds"]
        assert shown["participants"] == ["Ana", "Ben", "Chloé"]
        assert shown["top_irritants"][0]["card_id"] == first


def test_a_participant_without_dots_left_is_refused_and_nothing_is_written(qtbot, window: MainWindow) -> None:
    stage_id, cards = irritant_stage(window)
    view = window.start_presentation(stage_id)
    round_id = view.votes.start_round(["1"], dots=1)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, cards[0]))
    assert not view.votes.active
    view.votes.start(round_id)  # voting again in the same round: the only participant has no dot left
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, cards[1]))
    assert votes.counts(window.document.session, round_id) == {cards[0]: 1}
    assert "placed all 1 dots" in window.statusBar().currentMessage()


def test_the_editor_cards_show_the_dots_of_the_latest_round(qtbot, window: MainWindow) -> None:
    stage_id, cards = irritant_stage(window)
    view = window.start_presentation(stage_id)
    view.votes.start_round(["Ana"], dots=3)
    view.votes.place(cards[0])
    view.votes.place(cards[0])
    assert window.scene.workshop_badges.votes == {cards[0]: 2}
    window.document.undo_stack.undo()
    assert window.scene.workshop_badges.votes == {cards[0]: 1}


@pytest.mark.parametrize("typed", ["", "   \n  "])
def test_a_round_without_participants_is_refused_in_one_sentence(qtbot, window: MainWindow, typed: str) -> None:
    view = window.start_presentation()
    qtbot.keyClick(view, K.Key_V)
    dialog = window.workshop.vote_dialog
    dialog.participants.setPlainText(typed)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not view.votes.active
    assert window.statusBar().currentMessage() == "A vote needs at least one participant."
    assert window.document.session.scalars(select(VoteRound.id)).all() == []
    assert window.document.undo_stack.count() == 0


def test_a_number_of_participants_numbers_them(qtbot, window: MainWindow) -> None:
    view = window.start_presentation()
    qtbot.keyClick(view, K.Key_V)
    dialog = window.workshop.vote_dialog
    dialog.participants.setPlainText("4")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert [name for _id, name in view.votes.participants] == ["1", "2", "3", "4"]


def test_the_dialog_says_what_the_participants_box_takes_and_tab_leaves_it(qtbot, window: MainWindow) -> None:
    view = window.start_presentation()
    qtbot.keyClick(view, K.Key_V)
    dialog = window.workshop.vote_dialog
    qtbot.waitExposed(dialog)
    assert dialog.participants.toPlainText() == "5"  # the default hides the box's placeholder...
    assert dialog.participants_hint.isVisible() and "1, 2, 3" in dialog.participants_hint.text()  # ...not its advice
    dialog.participants.setFocus()
    qtbot.keyClick(dialog.participants, K.Key_Tab)
    assert dialog.participants.toPlainText() == "5"  # Tab moves on: no tab character in a name
    assert not dialog.participants.hasFocus()
