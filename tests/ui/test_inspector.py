"""The inspector: typing and choosing edit the model through commands, and the form follows the model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton, QToolButton
from sqlalchemy import select

from app.model import ops
from app.model.enums import Emotion, LaneKind
from app.model.fields import editable_fields
from app.model.ops import Op
from app.model.schema import Card, Lane, Stage
from app.model.store import ProjectStore
from app.ui import inspector_fields
from app.ui.commands import EditCardCommand, GenericCommand, push
from app.ui.inspector import Inspector


def _card(document, kind: LaneKind, index: int = 0) -> Card:
    """The ``index``-th card of the first lane of ``kind`` of the first journey."""
    return document.session.scalars(
        select(Card).join(Lane, Card.lane_id == Lane.id).where(Lane.kind == kind)
        .order_by(Lane.journey_id, Lane.position, Card.stage_id, Card.position)).all()[index]


def _reread(document, cls, row_id: int):
    document.session.expire_all()
    return document.session.get(cls, row_id)


@pytest.fixture
def inspector(qtbot, document) -> Inspector:
    widget = Inspector()
    qtbot.addWidget(widget)
    widget.set_document(document)
    return widget


def test_typing_a_title_is_one_undo_step(qtbot, document, inspector) -> None:
    card = _card(document, LaneKind.TOUCHPOINTS)
    card_id, original = card.id, card.title
    inspector.show_card(card_id)
    assert inspector.subject == ("card", card_id)
    title = inspector.field_widget("title")
    title.clear()  # not a user edit: no command
    qtbot.keyClicks(title, "Badge")
    assert _reread(document, Card, card_id).title == "Badge"
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Edit card"
    document.undo_stack.undo()
    assert _reread(document, Card, card_id).title == original
    assert title.text() == original
    document.undo_stack.redo()
    assert _reread(document, Card, card_id).title == "Badge"
    assert title.text() == "Badge"


def test_typing_in_the_middle_keeps_the_cursor(qtbot, document, inspector) -> None:
    card = _card(document, LaneKind.TOUCHPOINTS)
    inspector.show_card(card.id)
    title = inspector.field_widget("title")
    original = title.text()
    title.setCursorPosition(0)
    qtbot.keyClicks(title, "New ")
    assert _reread(document, Card, card.id).title == "New " + original
    assert title.cursorPosition() == 4


def test_every_editable_card_field_has_an_editor(document, inspector) -> None:
    inspector.show_card(_card(document, LaneKind.TOUCHPOINTS).id)
    for name in editable_fields(Card):
        assert inspector.field_widget(name) is not None, name


def test_fields_follow_the_kind_of_the_cards_lane(document, inspector) -> None:
    def shown(name: str) -> bool:
        return inspector.field_widget(name).isVisibleTo(inspector)

    inspector.show_card(_card(document, LaneKind.TOUCHPOINTS).id)
    assert shown("title") and shown("score") and shown("channel_id") and shown("emotion")
    assert not shown("severity")
    inspector.show_card(_card(document, LaneKind.IRRITANTS).id)
    assert shown("title") and shown("severity") and shown("evidence_status")
    assert not shown("score")
    inspector.show_card(_card(document, LaneKind.STEPS).id)
    assert shown("title") and shown("note") and not shown("score") and not shown("severity")


def test_another_card_shows_its_own_values(document, inspector) -> None:
    first, second = _card(document, LaneKind.TOUCHPOINTS, 0), _card(document, LaneKind.TOUCHPOINTS, 1)
    inspector.show_card(first.id)
    inspector.show_card(second.id)
    assert inspector.subject == ("card", second.id)
    assert inspector.field_widget("title").text() == second.title
    assert inspector.field_widget("score").value() == second.score
    assert inspector.field_widget("emotion").currentText() == inspector_fields.label(Emotion(second.emotion))
    assert inspector.field_widget("channel_id").currentText() == second.channel.name


def test_score_commits_each_change_and_can_be_cleared(document, inspector) -> None:
    card_id = _card(document, LaneKind.TOUCHPOINTS).id
    inspector.show_card(card_id)
    score = inspector.field_widget("score")
    score.setValue(9.5)
    assert _reread(document, Card, card_id).score == 9.5
    score.setValue(score.minimum())
    assert score.text() == "Not scored"
    assert _reread(document, Card, card_id).score is None
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert score.value() == 9.5


def test_a_refused_value_shows_the_models_sentence(document, inspector) -> None:
    card = _card(document, LaneKind.TOUCHPOINTS)
    card_id, original = card.id, card.score
    inspector.show_card(card_id)
    score = inspector.field_widget("score")
    score.setMaximum(42)  # a widget out of step with the scale
    score.setValue(42)
    assert not inspector.error_label.isHidden()
    assert "between 0 and 10" in inspector.error_label.text()
    assert _reread(document, Card, card_id).score == original
    assert document.undo_stack.count() == 0
    assert score.value() == original and score.maximum() == 10
    score.setValue(3)
    assert inspector.error_label.isHidden()


def test_choices_and_check_boxes_edit_the_card(qtbot, document, inspector) -> None:
    card = _card(document, LaneKind.TOUCHPOINTS)
    card_id, was_first = card.id, card.is_first
    inspector.show_card(card_id)
    emotion = inspector.field_widget("emotion")
    emotion.setCurrentIndex(emotion.findText("Anger"))
    channel = inspector.field_widget("channel_id")
    channel.setCurrentIndex(channel.findText("Phone"))
    qtbot.keyClick(inspector.field_widget("is_first"), Qt.Key.Key_Space)
    card = _reread(document, Card, card_id)
    assert (card.emotion, card.channel.key, card.is_first) == (Emotion.ANGER, "phone", not was_first)
    assert document.undo_stack.count() == 3
    channel.setCurrentIndex(0)
    assert _reread(document, Card, card_id).channel_id is None


def test_tags_are_typed_as_a_comma_separated_line(qtbot, document, inspector) -> None:
    card_id = _card(document, LaneKind.IRRITANTS).id
    inspector.show_card(card_id)
    tags = inspector.field_widget("tags")
    tags.clear()
    qtbot.keyClicks(tags, "IT, day one, ")
    assert _reread(document, Card, card_id).tags == ["IT", "day one"]
    assert tags.text() == "IT, day one, "
    assert document.undo_stack.count() == 1


def test_colour_is_chosen_and_reset(qtbot, document, inspector, monkeypatch) -> None:
    card_id = _card(document, LaneKind.IRRITANTS).id
    inspector.show_card(card_id)
    monkeypatch.setattr(inspector_fields, "pick_colour", lambda parent, current: "#123ABC")
    editor = inspector.field_widget("colour")
    button, reset = editor.findChildren(QPushButton)[0], editor.findChildren(QToolButton)[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert _reread(document, Card, card_id).colour == "#123ABC"
    assert button.text() == "#123ABC"
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert _reread(document, Card, card_id).colour is None
    assert document.undo_stack.count() == 2


def test_the_form_follows_edits_made_elsewhere(document, inspector) -> None:
    card_id = _card(document, LaneKind.TOUCHPOINTS).id
    inspector.show_card(card_id)
    push(document, EditCardCommand(document, card_id, title="From the canvas", merge=False))
    assert inspector.field_widget("title").text() == "From the canvas"
    document.undo_stack.undo()
    assert inspector.field_widget("title").text() == _reread(document, Card, card_id).title


def test_deleting_the_shown_card_empties_the_inspector(document, inspector) -> None:
    card_id = _card(document, LaneKind.TOUCHPOINTS).id
    inspector.show_card(card_id)
    # What the canvas's Delete pushes (CanvasController.delete_selection).
    push(document, GenericCommand(document, Op(ops.delete_rows, {"roots": {"card": (card_id,)}}), "Delete card"))
    assert inspector.subject is None
    assert inspector.field_widget("title") is None


def test_lane_name_kind_and_department(qtbot, document, inspector) -> None:
    lane = document.session.scalars(select(Lane).where(Lane.kind == LaneKind.OPPORTUNITIES)).first()
    lane_id = lane.id
    inspector.show_lane(lane_id)
    department = inspector.field_widget("department_id")
    assert not department.isVisibleTo(inspector)
    qtbot.keyClicks(inspector.field_widget("name"), "!")
    kind = inspector.field_widget("kind")
    kind.setCurrentIndex(kind.findText("Back stage"))
    assert department.isVisibleTo(inspector)
    department.setCurrentIndex(department.findText("Facilities"))
    lane = _reread(document, Lane, lane_id)
    assert (lane.name, lane.kind, lane.department.name) == ("Opportunities!", LaneKind.BACK_STAGE, "Facilities")
    assert document.undo_stack.count() == 3


def test_stage_fields_save_and_reopen(qtbot, document, inspector, sample_path: Path) -> None:
    stage = document.session.scalars(select(Stage).order_by(Stage.journey_id, Stage.position)).first()
    stage_id = stage.id
    inspector.show_stage(stage_id)
    assert inspector.subject == ("stage", stage_id)
    waiting = inspector.field_widget("waiting_time")
    waiting.clear()
    qtbot.keyClicks(waiting, "3 weeks")
    description = inspector.field_widget("description")
    description.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(description, " Long.")
    assert document.undo_stack.count() == 2
    document.save()
    with ProjectStore.open(sample_path, read_only=True) as reopened:
        saved = reopened.session.get(Stage, stage_id)
        assert saved.waiting_time == "3 weeks"
        assert saved.description.endswith(" Long.")


def test_no_document_shows_nothing(qtbot) -> None:
    widget = Inspector()
    qtbot.addWidget(widget)
    widget.show_card(1)
    assert widget.subject is None
