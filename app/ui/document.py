"""One open project: its store, its undo stack, and signals that say what changed.

Every edit reaches the model through :meth:`ProjectDocument.apply`, called by
the commands of :mod:`app.ui.commands`: one op, one transaction, committed to
the working copy before the call returns (that is the autosave). The document
then emits past-tense signals naming the ids that changed, and the views
re-read only those.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.orm import Session

from app.model import ops
from app.model.ops import Change, Op
from app.model.store import ProjectStore


class ProjectDocument(QObject):
    """A project open in the editor: store + session + QUndoStack + change signals."""

    #: Any change, with its record (created/updated/deleted ids by table).
    changed = Signal(object)
    #: Cards created or updated (a set of ids).
    cards_changed = Signal(object)
    #: Cards deleted (a set of ids).
    cards_removed = Signal(object)
    #: Stages, lanes or links of some journey changed: the map must be laid out again.
    structure_changed = Signal()
    #: Journeys added, removed, renamed or reordered.
    journeys_changed = Signal()
    #: Project-wide data changed: project fields, personas, departments, channels, actions, KPIs...
    project_changed = Signal()
    #: The document was saved to this path.
    saved = Signal(object)

    def __init__(self, store: ProjectStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)

    # ------------------------------------------------------------------ access

    @property
    def session(self) -> Session:
        """The store's long-lived session (read it; edit only through :meth:`apply`)."""
        return self.store.session

    @property
    def path(self) -> Path | None:
        """The document's file, or None while untitled."""
        return self.store.path

    @property
    def read_only(self) -> bool:
        """True when the file on disk cannot be written (Save As still works)."""
        return self.store.read_only

    @property
    def modified(self) -> bool:
        """True when there are changes since the last save (the undo stack is not clean)."""
        return not self.undo_stack.isClean()

    # ------------------------------------------------------------------ edits

    def apply(self, op: Op) -> Change:
        """Run ``op`` in one transaction committed to the working copy, then announce it.

        On any error the transaction is rolled back, nothing is announced and
        the error propagates (a :class:`~app.model.errors.ModelError` carries
        a sentence for the user).
        """
        return self.apply_external(lambda session: ops.apply(session, op))

    def apply_external(self, write: Callable[[Session], Change]) -> Change:
        """Run ``write`` (code outside :mod:`app.model.ops`, such as an importer) in one committed transaction.

        ``write`` edits the session and returns the :class:`~app.model.ops.Change`
        to announce. As with :meth:`apply`, on any error the transaction is
        rolled back, nothing is announced and the error propagates.
        """
        session = self.session
        try:
            change = write(session)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        self._announce(change)
        return change

    def _announce(self, change: Change) -> None:
        self.changed.emit(change)
        touched = {**change.created, **change.updated}
        card_ids = set(change.created.get("card", ())) | set(change.updated.get("card", ()))
        removed = set(change.deleted.get("card", ()))
        structural = any(
            table in mapping for mapping in (change.created, change.updated, change.deleted)
            for table in ("stage", "lane", "link")
        )
        if removed:
            self.cards_removed.emit(removed)
        if card_ids:
            self.cards_changed.emit(card_ids)
        if structural:
            self.structure_changed.emit()
        if any("journey" in mapping for mapping in (change.created, change.updated, change.deleted)):
            self.journeys_changed.emit()
        project_tables = {"project", "persona", "department", "channel", "action", "kpi",
                          "measurement_point", "objective"}
        if project_tables & (set(touched) | set(change.deleted)):
            self.project_changed.emit()

    # ------------------------------------------------------------------ file

    def save(self, path: Path | str | None = None) -> Path:
        """Save to ``path`` (default: the document's own file) and mark the undo stack clean."""
        written = self.store.save(path)
        self.undo_stack.setClean()
        self.saved.emit(written)
        return written

    def close(self) -> None:
        """Close the store: working copy, recovery record and lock go away."""
        self.undo_stack.clear()
        self.store.close()
