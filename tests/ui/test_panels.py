"""What the panels share: a refused edit is said once and nothing is stacked; following moves between documents."""

from __future__ import annotations

from sqlalchemy import select

from app.model import ops
from app.model.ops import Op
from app.model.schema import Department
from app.ui.commands import EditCommand, GenericCommand
from app.ui.panels import RefusalLabel, follow_changes, touched_tables


def test_a_refused_edit_is_said_and_a_good_one_hides_the_sentence(qtbot, document) -> None:
    label = RefusalLabel()
    qtbot.addWidget(label)
    department = document.session.scalar(select(Department.id).order_by(Department.position))
    refused: list[bool] = []
    count = document.undo_stack.count()
    bad = EditCommand(document, Op(ops.update_department, {"department_id": department, "colour": "red"}), "Edit")
    assert label.push(bad, lambda: refused.append(True)) is None
    assert not label.isHidden() and label.text() == "red is not a colour such as #1A2B3C."
    assert refused == [True] and document.undo_stack.count() == count
    good = GenericCommand(document, Op(ops.add_department, {"name": "Legal"}), "Add department")
    new_id = label.push(good, lambda: refused.append(True))
    assert label.isHidden() and refused == [True] and document.undo_stack.count() == count + 1
    assert document.session.get(Department, new_id).name == "Legal"


def test_following_moves_the_slot_to_the_new_document_only(qtbot, document) -> None:
    heard: list[set[str]] = []

    def slot(change) -> None:
        heard.append(touched_tables(change))

    assert follow_changes(None, document, slot) is document
    label = RefusalLabel()
    qtbot.addWidget(label)
    label.push(GenericCommand(document, Op(ops.add_department, {"name": "Legal"}), "Add department"))
    assert heard == [{"department"}]
    assert follow_changes(document, None, slot) is None
    document.undo_stack.undo()
    assert heard == [{"department"}]
