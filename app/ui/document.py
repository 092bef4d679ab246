"""One open project: its store, its undo stack, and signals that say what changed.

Every edit reaches the model through :meth:`ProjectDocument.apply`, called by
the commands of :mod:`app.ui.commands`: one op, one transaction, committed to
the working copy before the call returns (that is the autosave). The document
then emits past-tense signals chosen by the :class:`~app.model.ops.Change`
itself (:attr:`~app.model.ops.Change.map_effect`...), each carrying the change,
and each view connects to the ones it shows and re-reads only what changed.

Undo and Redo go through :meth:`ProjectDocument.undo` and
:meth:`ProjectDocument.redo`: the whole step (one command, or every command
of a macro) is one transaction. When it cannot be written (a full disk, an
I/O error...), nothing is changed, the stack keeps its index, and
:attr:`ProjectDocument.undo_failed` carries one sentence for the user.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.model import ops
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.ops import Change, MapEffect, Op
from app.model.store import ProjectStore


class EditError(ParcoursError):
    """An edit, undo or redo that could not be written to the working copy; nothing was changed."""


def _sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code behind ``error`` (raw or wrapped by SQLAlchemy), if any."""
    cause = error.orig if isinstance(error, DBAPIError) else error
    if isinstance(cause, sqlite3.Error):
        code = getattr(cause, "sqlite_errorcode", None)
        if code is not None:
            return code & 0xFF
        if "disk is full" in str(cause):  # errors raised by hand (tests) carry no code
            return sqlite3.SQLITE_FULL
        return sqlite3.SQLITE_ERROR
    return None


def _inside(path: object, folder: Path) -> bool:
    try:
        return Path(str(path)).resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError):
        return False


def edit_error(error: BaseException, folder: Path | None = None) -> ParcoursError:
    """``error``, met while writing an edit to the working copy in ``folder``, as one sentence for the user.

    A :class:`~app.model.errors.ParcoursError` (an edit the model refuses)
    stays as it is; a full disk, an I/O error or anything unexpected becomes
    an :class:`EditError` saying that nothing was changed.
    """
    if isinstance(error, ParcoursError):
        return error
    where = str(folder) if folder is not None else ""
    code = _sqlite_code(error)
    if code == sqlite3.SQLITE_FULL or (isinstance(error, OSError) and error.errno in (errno.ENOSPC, errno.EDQUOT)):
        return EditError(QT_TRANSLATE_NOOP(
            "errors", "The disk is full ({folder}): nothing was changed. Free some space, then try again."),
            folder=where)
    if isinstance(error, OSError) and error.filename and (folder is None or not _inside(error.filename, folder)):
        # A file outside the working copy (an importer's source, say): name it.
        return EditError(QT_TRANSLATE_NOOP("errors", "{path}: {reason}."), path=str(error.filename),
                         reason=error.strerror or str(error))
    if code is not None or isinstance(error, OSError):
        reason = " ".join(str(getattr(error, "orig", None) or error).split())[:200]
        return EditError(QT_TRANSLATE_NOOP(
            "errors", "Parcours could not write this change to its working copy ({reason}): nothing was changed."),
            reason=reason)
    detail = " ".join(f"{type(error).__name__}: {error}".split())[:200]
    return EditError(QT_TRANSLATE_NOOP(
        "errors", "This change stopped on an unexpected problem ({detail}): nothing was changed."), detail=detail)


@dataclass
class _Step:
    """One undo or redo under way: what its commands changed, and how each takes its part back."""

    changes: list[Change] = field(default_factory=list)
    take_backs: list[Callable[[], None]] = field(default_factory=list)
    error: BaseException | None = None


class ProjectDocument(QObject):
    """A project open in the editor: store + session + QUndoStack + change signals."""

    #: Any change, with its record (created/updated/deleted ids by table): for views that show many tables.
    changed = Signal(Change)
    #: A map's structure changed (stages, lanes, journeys, project fields, channels): maps read their journey
    #: again. A change that emits this emits neither :attr:`cards_changed` nor :attr:`links_changed`.
    structure_changed = Signal(Change)
    #: Cards were created, updated or deleted (and perhaps the links that came or went with them).
    cards_changed = Signal(Change)
    #: Only links were created, updated or deleted.
    links_changed = Signal(Change)
    #: Journeys added, removed, renamed or reordered.
    journeys_changed = Signal()
    #: Project-wide data changed: project fields, personas, departments, channels, actions, KPIs...
    project_changed = Signal()
    #: The document was saved to this path.
    saved = Signal(object)
    #: Undo or Redo could not be written (a full disk...): nothing changed; the ParcoursError says why.
    undo_failed = Signal(object)

    def __init__(self, store: ProjectStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._step: _Step | None = None

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

    def user_error(self, error: BaseException) -> ParcoursError:
        """``error``, met while editing this document, as one sentence for the user (see :func:`edit_error`)."""
        working = self.store.working_path
        return edit_error(error, working.parent if working is not None else None)

    # ------------------------------------------------------------------ undo and redo

    def undo(self) -> bool:
        """Undo the last step of the stack; False when it could not be written.

        The step is one transaction: on failure nothing is changed, the
        stack keeps its index (Undo can be tried again), and
        :attr:`undo_failed` carries the sentence for the user.
        """
        return self._run_step(self.undo_stack.undo, self.undo_stack.redo)

    def redo(self) -> bool:
        """Redo the next step of the stack; False when it could not be written (as :meth:`undo`)."""
        return self._run_step(self.undo_stack.redo, self.undo_stack.undo)

    def apply_step(self, op: Op, take_back: Callable[[], None]) -> Change | None:
        """Apply ``op`` for a command that the stack undoes or redoes.

        Inside :meth:`undo` or :meth:`redo` the op joins the step's single
        transaction and its change is announced when the step commits. When
        the step fails (here or in another command of a macro), None is
        returned and ``take_back()`` is called - at once or when the step is
        rolled back - so that the command returns to its state before the
        step and lets the stack's next call in the other direction pass
        without applying anything. Outside a step (the stack called
        directly) this is :meth:`apply`.
        """
        step = self._step
        if step is None:
            return self.apply(op)
        if step.error is not None:  # an earlier command of this macro failed: the step is lost anyway
            take_back()
            return None
        try:
            change = ops.apply(self.session, op)
            self.session.flush()
        except Exception as error:  # any failure: the step is rolled back and reported
            step.error = error
            take_back()
            return None
        step.changes.append(change)
        step.take_backs.append(take_back)
        return change

    def _run_step(self, forward: Callable[[], None], back: Callable[[], None]) -> bool:
        if self._step is not None:
            return False  # an undo or redo asked for from a view that follows one under way
        step = self._step = _Step()
        session = self.session
        try:
            forward()
            if step.error is None and step.changes:
                try:
                    session.commit()
                except Exception as error:  # a full disk shows at commit
                    step.error = error
        finally:
            self._step = None
        if step.error is None:
            for change in step.changes:
                self._announce(change)
            return True
        try:
            session.rollback()
        except Exception:  # the connection rolls back by itself when SQLite gives up
            pass
        for take_back in step.take_backs:
            take_back()
        back()  # every command of the step now lets it pass: the stack's index returns, nothing is applied
        self.undo_failed.emit(self.user_error(step.error))
        return False

    def _announce(self, change: Change) -> None:
        """Emit the signals that ``change`` calls for, as it classifies itself (the one place that sorts it).

        The map's signal comes first, so that views drawn over the map (badges, markers) find it up to date.
        """
        effect = change.map_effect
        if effect is MapEffect.STRUCTURE:
            self.structure_changed.emit(change)
        elif effect is MapEffect.CARDS:
            self.cards_changed.emit(change)
        elif effect is MapEffect.LINKS:
            self.links_changed.emit(change)
        self.changed.emit(change)
        if change.touches_journeys:
            self.journeys_changed.emit()
        if change.touches_project:
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

    def __del__(self) -> None:
        # The stack must delete its commands before Python's garbage collector can. The commands (Python
        # objects) and this document form cycles; when a document is dropped without close(), the collector
        # may clear a command before the stack that holds it, and PySide then hands the command's C++ object
        # to Python, which deletes it while the stack still lists it: a double delete, and a segmentation
        # fault at some later push. Finalizers run before anything is cleared, so clearing here is safe.
        stack = self.__dict__.get("undo_stack")
        if stack is not None and shiboken6 is not None and shiboken6.isValid(stack):  # None: interpreter exit
            stack.blockSignals(True)  # nobody hears of a document that is going away
            stack.clear()
