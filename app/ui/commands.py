"""One QUndoCommand per user verb.

Every command holds an :class:`~app.model.ops.Op` (an op function of
:mod:`app.model.ops` and its arguments) and makes one
document call in ``redo`` and one in ``undo``: each application of an op
returns its exact inverse, so undo applies the inverse of the last redo and
redo applies the inverse of the last undo - the same swap both ways. Commands
never push other commands; a multi-item edit is one op.

Repeated edits of the same fields of the same object merge into one undo step
(``id()``/``mergeWith``), and a merged edit that ends where it started is
marked obsolete so the stack drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy import select

from app.model import ops
from app.model.errors import ParcoursError
from app.model.ops import TABLES, Change, Op
from app.ui.document import ProjectDocument

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate

#: ``QUndoCommand.id()`` of commands that merge field edits.
EDIT_MERGE_ID = 1001


class OpCommand(QUndoCommand):
    """Apply one op on redo and its inverse on undo.

    The first application is :meth:`apply_first`: :func:`push` calls it
    before it puts the command on the stack, so an edit that fails leaves
    the stack exactly as it was. A command pushed straight on a stack (inside
    a macro) applies itself on the stack's first ``redo`` instead; if that
    fails, it marks itself obsolete so that ``QUndoStack.push`` drops it.
    Either way a failure of any kind (an edit the model refuses, a full
    disk, a database error...) is kept in :attr:`error` as one sentence.

    Later undos and redos go through
    :meth:`~app.ui.document.ProjectDocument.apply_step`: when the document
    cannot write the step it takes the command back to where it was, and the
    command lets the stack's next call pass without applying anything.
    """

    def __init__(self, document: ProjectDocument, op: Op | None, text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.document = document
        #: What the next undo or redo applies: the op, then the inverse of the last application.
        self._next: Op | None = op
        #: Why the first application failed (one sentence for the user), or None.
        self.error: ParcoursError | None = None
        #: The op's result on its first application (e.g. the ids it created).
        self.result: Any = None
        self._applied = False
        #: Applied by push() before QUndoStack.push: the stack's first redo has nothing to do.
        self._ahead = False
        #: A failed undo or redo was taken back: the stack's next call, in the other direction, only passes.
        self._skip = False

    def apply_first(self) -> None:
        """Apply the op for the first time; on failure keep the error in :attr:`error` (nothing is changed)."""
        try:
            change = self._first_change()
        except Exception as error:  # any failure becomes one sentence, never an escaped error
            self.error = self.document.user_error(error)
            return
        self.result = change.result
        self._next = change.inverse
        self._applied = self._ahead = True

    def _first_change(self) -> Change:
        assert self._next is not None
        return self.document.apply(self._next)

    def redo(self) -> None:
        if self._ahead:
            self._ahead = False
        elif not self._applied:
            self.apply_first()
            self._ahead = False
            if self.error is not None:
                self.setObsolete(True)
        else:
            self._swap()

    def undo(self) -> None:
        self._swap()

    def _swap(self) -> None:
        if self._skip:
            self._skip = False
            return
        previous = self._next
        assert previous is not None

        def take_back() -> None:
            self._next = previous
            self._skip = True

        change = self.document.apply_step(previous, take_back)
        if change is not None:
            self._next = change.inverse


class EditCommand(OpCommand):
    """Change some fields of one object (``update_<table>``); consecutive edits of the same fields merge."""

    def __init__(self, document: ProjectDocument, op: Op, text: str, *, merge: bool = True) -> None:
        super().__init__(document, op, text)
        self._merge = merge
        self._key = (op.fn, frozenset(op.kwargs))
        self._target = {k: v for k, v in op.kwargs.items() if k.endswith("_id") or k == "id"}
        self._fields = {k: v for k, v in op.kwargs.items() if k not in self._target}
        self._original: dict[str, Any] | None = None

    def apply_first(self) -> None:
        super().apply_first()
        if self.error is None and self._next is not None:
            # self._next is now the inverse: the values before the first edit.
            self._original = {k: v for k, v in self._next.kwargs.items() if k in self._fields}

    def id(self) -> int:
        return EDIT_MERGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.error is not None:
            return False
        if (other._key != self._key or other._target != self._target
                or set(other._fields) != set(self._fields)):
            return False
        # PySide deletes ``other`` when this call returns: copy plain values now.
        self._fields = dict(other._fields)
        if self._original is not None and self._fields == self._original:
            self.setObsolete(True)
        # Undo must restore the values from before the first edit, which self._next holds.
        return True


# ---------------------------------------------------------------- card verbs


class AddCardCommand(OpCommand):
    """Create one card in a cell."""

    def __init__(self, document: ProjectDocument, lane_id: int, stage_id: int, *,
                 index: int | None = None, **fields: Any) -> None:
        super().__init__(document, Op(ops.add_card, {"lane_id": lane_id, "stage_id": stage_id,
                                                   "index": index, **fields}), translate("commands", "Add card"))


class AddCardsCommand(OpCommand):
    """Create several cards at once (paste, import of lines)."""

    def __init__(self, document: ProjectDocument, specs: list[dict[str, Any]], text: str | None = None) -> None:
        super().__init__(document, Op(ops.add_cards, {"specs": specs}),
                         text or translate("commands", "Paste %n card(s)").replace("%n", str(len(specs))))


class MoveCardsCommand(OpCommand):
    """Move one or several cards to cells and places in those cells (one undo step)."""

    def __init__(self, document: ProjectDocument, moves: list[tuple[int, int, int, int]]) -> None:
        text = (translate("commands", "Move card") if len(moves) == 1
                else translate("commands", "Move %n cards").replace("%n", str(len(moves))))
        super().__init__(document, Op(ops.move_cards, {"moves": [tuple(m) for m in moves]}), text)


class DuplicateCardsCommand(OpCommand):
    """Duplicate cards, each copy right after its original."""

    def __init__(self, document: ProjectDocument, card_ids: list[int]) -> None:
        super().__init__(document, Op(ops.duplicate_cards, {"card_ids": list(card_ids)}),
                         translate("commands", "Duplicate cards") if len(card_ids) > 1
                         else translate("commands", "Duplicate card"))


class EditCardCommand(EditCommand):
    """Change fields of one card (title, score, channel...)."""

    def __init__(self, document: ProjectDocument, card_id: int, *, merge: bool = True, **fields: Any) -> None:
        super().__init__(document, Op(ops.update_card, {"card_id": card_id, **fields}),
                         translate("commands", "Edit card"),
                         merge=merge)


# ---------------------------------------------------------------- structure verbs


class AddStageCommand(OpCommand):
    """Insert a stage (column)."""

    def __init__(self, document: ProjectDocument, journey_id: int, name: str, index: int | None = None) -> None:
        super().__init__(document, Op(ops.add_stage, {"journey_id": journey_id, "name": name, "index": index}),
                         translate("commands", "Add stage"))


class MoveStageCommand(OpCommand):
    """Move a stage to another place in its journey."""

    def __init__(self, document: ProjectDocument, stage_id: int, index: int) -> None:
        super().__init__(document, Op(ops.move_stage, {"stage_id": stage_id, "index": index}),
                         translate("commands", "Move stage"))


class DeleteStageCommand(OpCommand):
    """Delete a stage and its cards."""

    def __init__(self, document: ProjectDocument, stage_id: int) -> None:
        super().__init__(document, Op(ops.delete_stage, {"stage_id": stage_id}), translate("commands", "Delete stage"))


class AddLaneCommand(OpCommand):
    """Insert a lane (row) of some kind."""

    def __init__(self, document: ProjectDocument, journey_id: int, kind: Any, name: str = "",
                 index: int | None = None) -> None:
        super().__init__(document, Op(ops.add_lane, {"journey_id": journey_id, "kind": kind, "name": name,
                                                   "index": index}), translate("commands", "Add lane"))


class MoveLaneCommand(OpCommand):
    """Move a lane to another place in its journey."""

    def __init__(self, document: ProjectDocument, lane_id: int, index: int) -> None:
        super().__init__(document, Op(ops.move_lane, {"lane_id": lane_id, "index": index}),
                         translate("commands", "Move lane"))


class DeleteLaneCommand(OpCommand):
    """Delete a lane and its cards."""

    def __init__(self, document: ProjectDocument, lane_id: int) -> None:
        super().__init__(document, Op(ops.delete_lane, {"lane_id": lane_id}), translate("commands", "Delete lane"))


class EditStageCommand(EditCommand):
    """Change fields of a stage (name, description, durations, colour)."""

    def __init__(self, document: ProjectDocument, stage_id: int, *, merge: bool = True, **fields: Any) -> None:
        super().__init__(document, Op(ops.update_stage, {"stage_id": stage_id, **fields}),
                         translate("commands", "Edit stage"),
                         merge=merge)


class EditLaneCommand(EditCommand):
    """Change fields of a lane (name, kind, colour, department)."""

    def __init__(self, document: ProjectDocument, lane_id: int, *, merge: bool = True, **fields: Any) -> None:
        super().__init__(document, Op(ops.update_lane, {"lane_id": lane_id, **fields}),
                         translate("commands", "Edit lane"),
                         merge=merge)


class AddLinkCommand(OpCommand):
    """Link two cards."""

    def __init__(self, document: ProjectDocument, source_id: int, target_id: int, **fields: Any) -> None:
        super().__init__(document, Op(ops.add_link, {"source_id": source_id, "target_id": target_id, **fields}),
                         translate("commands", "Link cards"))


class EditJourneyCommand(EditCommand):
    """Change fields of a journey (title, goal, state, target...)."""

    def __init__(self, document: ProjectDocument, journey_id: int, *, merge: bool = True, **fields: Any) -> None:
        super().__init__(document, Op(ops.update_journey, {"journey_id": journey_id, **fields}),
                         translate("commands", "Edit journey"), merge=merge)


class GenericCommand(OpCommand):
    """Any other op, with a translated text given by the caller."""


#: Project-wide tables an importer may add rows to for its journey.
_SHARED_TABLES = ("persona", "department", "channel", "action", "kpi")


class ImportJourneyCommand(OpCommand):
    """Import a file as a new journey; undo deletes it, redo brings it back with the same ids.

    What the import added to the project for the journey (personas,
    departments, channels, and a workbook's actions and KPIs) goes and
    comes back with it.

    The first application runs ``importer(session)`` through
    :meth:`~app.ui.document.ProjectDocument.apply_external` (one transaction,
    rolled back on error: nothing half imported). If it fails, the error is
    kept in :attr:`error` and :func:`~app.ui.commands.push` raises it, with
    nothing left on the stack.
    """

    def __init__(self, document: ProjectDocument, importer: Callable[[Session], Any], text: str) -> None:
        super().__init__(document, None, text)
        self._importer = importer

    def _first_change(self) -> Change:
        return self.document.apply_external(self._first_import)

    def _first_import(self, session: Session) -> Change:
        before = {name: set(session.scalars(select(TABLES[name].id))) for name in _SHARED_TABLES}
        result = self._importer(session)
        session.flush()
        journey_id = result.journey_id
        created: dict[str, set[int]] = {"journey": {journey_id}}
        for name in _SHARED_TABLES:
            added = set(session.scalars(select(TABLES[name].id))) - before[name]
            if added:
                created[name] = added
        roots = {name: tuple(sorted(ids)) for name, ids in created.items()}
        # The command's result is what the importer returned (journey_id, cards, warnings).
        return Change(created=created, updated={}, deleted={}, inverse=Op(ops.delete_rows, {"roots": roots}),
                      result=result)


def push(document: ProjectDocument, command: OpCommand) -> Any:
    """Apply ``command``, put it on the document's stack and return its result.

    Raises a :class:`~app.model.errors.ParcoursError` (one sentence) when the
    edit was refused or could not be written; the stack and the data are then
    exactly as they were (the redo history included).
    """
    command.apply_first()
    if command.error is not None:
        raise command.error
    document.undo_stack.push(command)
    return command.result


class _Nothing(QUndoCommand):
    """A command that removes itself at once: pushing it cuts the redo history."""

    def redo(self) -> None:
        self.setObsolete(True)


def abandon_macro(stack: QUndoStack) -> None:
    """Take back a macro that was just closed after one of its steps was refused.

    The macro is undone (through its document, so an undo that cannot be
    written leaves it in place and is reported), then the redo history is
    cut, so no half-done step is left for Redo to replay.
    """
    document = stack.parent()
    if not isinstance(document, ProjectDocument):
        stack.undo()
    elif not document.undo():
        return  # the macro stays as it was written; the document said why
    stack.push(_Nothing())
