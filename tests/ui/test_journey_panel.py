"""The journey panel: the journey's fields and personas, edited through commands, following the model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.model import ops
from app.model.enums import JourneyState
from app.model.ops import Op
from app.model.schema import Journey, Persona
from app.model.store import ProjectStore
from app.ui.commands import EditJourneyCommand, GenericCommand, push
from app.ui.journey_panel import JourneyPanel


def _reread(document, journey_id: int) -> Journey:
    document.session.expire_all()
    return document.session.get(Journey, journey_id)


@pytest.fixture
def journey_id(document) -> int:
    return document.session.scalars(select(Journey.id).order_by(Journey.position)).first()


@pytest.fixture
def panel(qtbot, document, journey_id: int) -> JourneyPanel:
    widget = JourneyPanel()
    qtbot.addWidget(widget)
    widget.set_document(document)
    widget.show_journey(journey_id)
    return widget


def test_typing_the_title_is_one_undo_step(qtbot, document, panel, journey_id: int) -> None:
    original = _reread(document, journey_id).title
    title = panel.field_widget("title")
    assert title.text() == original
    qtbot.keyClicks(title, " (2025)")
    assert _reread(document, journey_id).title == original + " (2025)"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert _reread(document, journey_id).title == original
    assert title.text() == original
    document.undo_stack.redo()
    assert title.text() == original + " (2025)"


def test_state_and_target_score(document, panel, journey_id: int) -> None:
    state = panel.field_widget("state")
    state.setCurrentIndex(state.findText("To-be (target)"))
    panel.field_widget("target_score").setValue(8.5)
    journey = _reread(document, journey_id)
    assert (journey.state, journey.target_score) == (JourneyState.TO_BE, 8.5)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert state.currentText() == "As-is (lived today)"


def test_personas_are_checked_in_a_list(document, panel, journey_id: int) -> None:
    personas = panel.field_widget("personas")
    assert personas.count() == len(document.session.scalars(select(Persona)).all())
    before = [p.id for p in _reread(document, journey_id).personas]
    first = personas.item(0)
    assert first.checkState() == Qt.CheckState.Checked
    first.setCheckState(Qt.CheckState.Unchecked)
    after = [p.id for p in _reread(document, journey_id).personas]
    assert after == [i for i in before if i != first.data(Qt.ItemDataRole.UserRole)]
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Change the journey's personas"
    document.undo_stack.undo()
    assert [p.id for p in _reread(document, journey_id).personas] == before
    assert first.checkState() == Qt.CheckState.Checked


def test_a_refused_target_shows_the_models_sentence(document, panel, journey_id: int) -> None:
    target = panel.field_widget("target_score")
    original = _reread(document, journey_id).target_score
    target.setMaximum(42)
    target.setValue(42)
    assert not panel.error_label.isHidden()
    assert "between 0 and 10" in panel.error_label.text()
    assert _reread(document, journey_id).target_score == original
    assert target.value() == original
    assert document.undo_stack.count() == 0


def test_the_panel_follows_edits_made_elsewhere(document, panel, journey_id: int) -> None:
    push(document, EditJourneyCommand(document, journey_id, customer_goal="Feel welcome", merge=False))
    assert panel.field_widget("customer_goal").toPlainText() == "Feel welcome"
    push(document, GenericCommand(document, Op(ops.delete_journey, {"journey_id": journey_id}), "Delete"))
    assert panel.journey_id is None


def test_edits_are_saved(qtbot, document, panel, journey_id: int, sample_path: Path) -> None:
    scope = panel.field_widget("scope")
    scope.clear()
    qtbot.keyClicks(scope, "From the offer to week 4")
    panel.field_widget("personas").item(1).setCheckState(Qt.CheckState.Unchecked)
    document.save()
    with ProjectStore.open(sample_path, read_only=True) as reopened:
        journey = reopened.session.get(Journey, journey_id)
        assert journey.scope == "From the offer to week 4"
        assert len(journey.personas) == 1


def test_no_journey_shows_nothing(document, panel) -> None:
    panel.show_journey(None)
    assert panel.journey_id is None
    panel.set_document(None)
    assert panel.journey_id is None
