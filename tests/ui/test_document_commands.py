"""Commands on the document: one op each, exact undo/redo, merged edits, refused edits leave no trace."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.model import ops
from app.model.errors import ModelError
from app.model.ops import Op
from app.model.schema import Card, Journey, Lane
from app.model.store import ProjectStore
from app.ui.commands import EditCardCommand, GenericCommand, MoveCardsCommand, push


def _touchpoints(document) -> list[Card]:
    journey = document.session.scalars(select(Journey).order_by(Journey.position)).first()
    lane = journey.lanes[1]
    return document.session.scalars(select(Card).where(Card.lane_id == lane.id)
                                    .order_by(Card.stage_id, Card.position)).all()


def test_move_undo_redo_save_and_reopen(document, tmp_path: Path) -> None:
    card = _touchpoints(document)[0]
    card_id, lane_id = card.id, card.lane_id
    journey = document.session.get(Lane, lane_id).journey
    target = journey.stages[3].id
    with_signal = []
    document.cards_changed.connect(with_signal.append)
    push(document, MoveCardsCommand(document, [(card_id, lane_id, target, 0)]))
    assert document.session.get(Card, card_id).stage_id == target
    assert with_signal and card_id in with_signal[-1].updated["card"]
    assert document.undo_stack.count() == 1 and document.undo_stack.undoText() == "Move card"
    document.undo_stack.undo()
    assert document.session.get(Card, card_id).stage_id != target
    document.undo_stack.redo()
    assert document.session.get(Card, card_id).stage_id == target
    assert document.modified
    path = document.save(tmp_path / "moved.parcours")
    assert not document.modified
    with ProjectStore.open(path, read_only=True) as reopened:
        assert reopened.session.get(Card, card_id).stage_id == target


def test_typing_in_one_field_merges_into_one_step(document) -> None:
    card = _touchpoints(document)[0]
    card_id, original = card.id, card.title
    for text in ("A", "Ab", "Abc"):
        push(document, EditCardCommand(document, card_id, title=text))
    assert document.undo_stack.count() == 1
    assert document.session.get(Card, card_id).title == "Abc"
    document.undo_stack.undo()
    assert document.session.get(Card, card_id).title == original
    document.undo_stack.redo()
    assert document.session.get(Card, card_id).title == "Abc"


def test_an_edit_that_returns_to_its_start_is_dropped(document) -> None:
    card = _touchpoints(document)[0]
    card_id, original = card.id, card.title
    push(document, EditCardCommand(document, card_id, title="X"))
    push(document, EditCardCommand(document, card_id, title=original))
    assert document.undo_stack.count() == 0
    assert document.session.get(Card, card_id).title == original


def test_a_refused_edit_raises_and_leaves_nothing_on_the_stack(document) -> None:
    card_id = _touchpoints(document)[0].id
    with pytest.raises(ModelError, match="between 0 and 10"):
        push(document, EditCardCommand(document, card_id, score=42))
    assert document.undo_stack.count() == 0


def test_delete_and_undo_restore_the_same_ids(document) -> None:
    ids = [c.id for c in _touchpoints(document)[:3]]
    # What the canvas's Delete pushes (CanvasController.delete_selection).
    push(document, GenericCommand(document, Op(ops.delete_rows, {"roots": {"card": tuple(ids)}}), "Delete"))
    assert document.session.scalars(select(Card.id).where(Card.id.in_(ids))).all() == []
    document.undo_stack.undo()
    assert sorted(document.session.scalars(select(Card.id).where(Card.id.in_(ids)))) == sorted(ids)


def test_an_abandoned_macro_leaves_nothing_to_redo(document) -> None:
    from app.ui.commands import GenericCommand, abandon_macro

    stack = document.undo_stack
    stack.beginMacro("Two edits")
    stack.push(GenericCommand(document, Op(ops.update_project, {"title": "Renamed"}), "Rename"))
    refused = GenericCommand(document, Op(ops.update_project, {"scale": "nonsense"}), "Refused")
    stack.push(refused)
    stack.endMacro()
    assert refused.error is not None
    abandon_macro(stack)
    assert not stack.canRedo() and stack.count() == 0
    from app.model.schema import Project

    document.session.expire_all()
    assert document.session.get(Project, 1).title != "Renamed"
