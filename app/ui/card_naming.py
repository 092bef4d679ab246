"""Create-and-name as one undo step: a new card and the title typed into it right away.

A card made by a double-click, a palette drop or Edit > Add card opens its
title for typing. :class:`AddNamedCardCommand` creates it and
:class:`NameNewCardCommand` carries the title typed then; the undo stack
merges the second into the first (same ``id()``), so one Ctrl+Z removes the
card with its title. Undoing the add deletes the card whatever its title, and
the delete's inverse restores the row as it was, title included: the merged
command needs nothing more.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from app.ui.commands import AddCardCommand, EditCardCommand
from app.ui.document import ProjectDocument

#: ``QUndoCommand.id()`` shared by the two commands, so the stack tries to merge them.
CREATE_AND_NAME_ID = 1013


class AddNamedCardCommand(AddCardCommand):
    """Create one card whose title is typed next (the title edit merges into this step)."""

    def __init__(self, document: ProjectDocument, lane_id: int, stage_id: int, *,
                 index: int | None = None, **fields: Any) -> None:
        super().__init__(document, lane_id, stage_id, index=index, **fields)
        self._named = False

    def id(self) -> int:
        return CREATE_AND_NAME_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (self._named or not isinstance(other, NameNewCardCommand) or other.error is not None
                or other.card_id != self.result):
            return False
        self._named = True  # one title only: a later rename is a step of its own
        return True


class NameNewCardCommand(EditCardCommand):
    """The first title of a card just created (merges into its :class:`AddNamedCardCommand`)."""

    def __init__(self, document: ProjectDocument, card_id: int, title: str) -> None:
        super().__init__(document, card_id, merge=False, title=title)
        self.card_id = card_id

    def id(self) -> int:
        return CREATE_AND_NAME_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        return False
