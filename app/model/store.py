"""The project file: open and validate, migrate, working copy, save, recover, lock.

A ``.parcours`` document is a SQLite database (``application_id`` "PARC",
``user_version`` = schema version, DELETE journal mode). Nobody edits it
directly: :meth:`ProjectStore.open` checks it (:mod:`app.model.storefile`),
copies it with the backup API into a private **working copy** in the user's
data folder, upgrades the copy if it is older (:mod:`app.model.migrations`),
and locks the document (:mod:`app.model.recovery`) - the lock first, so that
nobody saves between the checks and the copy. Objects in the file that
Parcours did not make (triggers, views...) are dropped from the copy and
named in :attr:`ProjectStore.warnings`. Callers commit every edit
to the working copy through :attr:`ProjectStore.session` - that is the
autosave - and :meth:`ProjectStore.save` writes the working copy back over the
document atomically. A working copy left behind by a crash is offered by
:func:`list_recoverable`. Read-only commands use :meth:`ProjectStore.read`:
no working copy, no lock, no recovery record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.model import inspection, integrity, leftovers, migrations, schema
from app.model.data_folder import data_dir
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError, ProjectFileError
from app.model.filecheck import CheckResult, check_file, upgraded_in_memory, validate_file
from app.model.integrity import SchemaObject
from app.model.recovery import DocumentLock, RecoveryRecord, WorkingCopy, list_recoverable
from app.model.schema import Project, utcnow
from app.model.storefile import (
    APPLICATION_ID,
    SUFFIX,
    can_write,
    open_for_reading,
    read_header,
    write_document,
)
from app.model.workingcopy import (
    clean_copy,
    configure_working_connection,
    connect_working_copy,
    copy_into,
    new_working_copy,
    storage_failure,
    title_of,
)

__all__ = ["APPLICATION_ID", "SUFFIX", "CheckResult", "CheckedCopy", "ProjectStore", "RecoveryRecord",
           "check_and_copy", "check_file", "configure_working_connection", "connect_working_copy", "data_dir",
           "list_recoverable", "validate_file"]


def _absolute(path: Path | str) -> Path:
    return Path(path).expanduser().absolute()


@dataclass(frozen=True)
class CheckedCopy:
    """A document checked, locked and copied into its working copy, not yet opened (:func:`check_and_copy`)."""

    document: Path
    working: WorkingCopy
    lock: DocumentLock | None
    read_only: bool
    #: Objects Parcours did not make, removed from the copy (named in the store's warnings).
    removed: list[SchemaObject]

    def discard(self) -> None:
        """Give up: remove the working copy and release the lock."""
        self.working.remove()
        if self.lock is not None:
            self.lock.release()


def check_and_copy(path: Path | str, *, read_only: bool = False, force: bool = False) -> CheckedCopy:
    """What :meth:`ProjectStore.open` does before it makes the store: the checks, the lock, the working copy.

    Only sqlite3 and the file system, no SQLAlchemy: the window runs it in a
    thread after the map's first paint (both release the GIL while they
    work). Raises as :meth:`ProjectStore.open` does; on failure nothing is
    left behind.
    """
    document = _absolute(path)
    read_header(document)  # missing, folder, not ours...: refused before a lock is written beside it
    writable = can_write(document)
    lock: DocumentLock | None = None
    working: WorkingCopy | None = None
    source: sqlite3.Connection | None = None
    try:
        if writable and not read_only:
            lock = DocumentLock.acquire(document, force=force)
        source, version, _foreign = open_for_reading(document, thorough=False)
        working = new_working_copy(document, title_of(source))
        copy_into(source, working.path, document)
        source.close()
        removed = clean_copy(working.path, version, document)
    except BaseException:
        if source is not None:
            source.close()
        if working is not None:
            working.remove()
        if lock is not None:
            lock.release()
        raise
    return CheckedCopy(document, working, lock, read_only or not writable, removed)


class ProjectStore:
    """One open project: its document on disk, its working copy, the session on it, its lock.

    Build one with :meth:`create`, :meth:`open` or :meth:`recover`;
    close it with :meth:`close` (or use it as a context manager).
    """

    def __init__(self, working: WorkingCopy | None, document: Path | None, *, read_only: bool,
                 lock: DocumentLock | None, engine: Engine | None = None) -> None:
        #: The document on disk (None while untitled).
        self.path: Path | None = document
        #: The private database every edit is committed to (None for a :meth:`read` snapshot).
        self.working_path: Path | None = working.path if working is not None else None
        #: True when the document cannot be written in place (Save As still works).
        self.read_only: bool = read_only
        #: What the user should know about the file once it is open (objects removed...), one sentence each.
        self.warnings: list[ParcoursError] = []
        if engine is None:
            if working is None:
                raise ValueError("a store needs an engine or a working copy")
            engine = connect_working_copy(working.path)
        self.engine: Engine = engine
        self._working = working
        self._lock = lock
        self._session = Session(self.engine)
        self._closed = False
        self._title: str | None = None
        event.listen(self._session, "after_flush", self._on_session_flushed)
        event.listen(self._session, "after_commit", self._on_session_committed)
        event.listen(self._session, "before_commit", self._on_session_committing)
        #: True while the working copy is marked as holding nothing the user changed (see WorkingCopy.untouched_path).
        self._untouched = False

    # ------------------------------------------------------------------ building

    @classmethod
    def create(cls, path: Path | str | None = None, *,
               populate: Callable[[Session], None] | None = None) -> ProjectStore:
        """A new project in a fresh working copy; ``populate(session)`` fills it (templates).

        ``path`` is where :meth:`save` will write (None: untitled, save needs a
        path). Nothing is written beside ``path`` before the first save.
        """
        document = _absolute(path) if path is not None else None
        working = new_working_copy(document, "")
        try:
            store = cls(working, document, read_only=False, lock=None)
        except BaseException:
            working.remove()
            raise
        try:
            schema.Base.metadata.create_all(store.engine)
            with store.engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                connection.exec_driver_sql(f"PRAGMA user_version = {int(schema.SCHEMA_VERSION)}")
            session = store.session
            project = Project()
            session.add(project)
            if populate is not None:
                populate(session)
            session.commit()  # the record follows the title (see _on_session_committed)
        except BaseException:
            store.close()
            raise
        store._mark_untouched()  # a template nobody changed is not "unsaved work" after a crash
        return store

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False, force: bool = False) -> ProjectStore:
        """Open the document ``path`` after checking it; edits go to a private working copy.

        Raises ProjectFileError for anything but a sound Parcours project of
        this or an older version (then upgraded in the copy), and ``locked``
        when someone else has it open, unless ``read_only`` (no lock is taken)
        or ``force`` (the lock is taken over). A read-only file or folder
        opens with :attr:`read_only` set. The lock is taken before the file
        is read, so nobody can save it between the checks and the copy.
        Stale temporary files of earlier crashed saves are removed. On
        failure nothing is left behind. (:func:`check_and_copy` then
        :meth:`from_checked`: the first may run in another thread.)
        """
        return cls.from_checked(check_and_copy(path, read_only=read_only, force=force))

    @classmethod
    def from_checked(cls, checked: CheckedCopy) -> ProjectStore:
        """The store on a document :func:`check_and_copy` checked and copied (in the thread that will use it)."""
        try:
            store = cls(checked.working, checked.document, read_only=checked.read_only, lock=checked.lock)
        except BaseException:
            checked.discard()
            raise
        if checked.removed:
            store.warnings.append(inspection.foreign_objects_warning(checked.document, checked.removed,
                                                                     removed=True))
        if checked.lock is not None:
            leftovers.remove_stale_saves(checked.document)
        store._mark_untouched()  # a migration or a clean-up of the copy is not the user's work
        return store

    @classmethod
    def read(cls, path: Path | str) -> ProjectStore:
        """Open ``path`` only to read it (``info``, ``export``): no working copy, no lock, no recovery record.

        The same checks as :meth:`open`; an older file is upgraded in memory.
        Objects Parcours did not make are never run (reading runs no
        trigger) and are named in :attr:`warnings`. The session reads the
        document itself through a read-only connection: committing a change
        fails, and :meth:`save` is refused.
        """
        document = _absolute(path)
        source, version, foreign = open_for_reading(document, thorough=False)
        try:
            if version < schema.SCHEMA_VERSION:
                upgraded, foreign = upgraded_in_memory(source, version, document)
                source.close()
                source = upgraded
            # the very connection that was checked: a file saved over this one meanwhile is not read unchecked
            engine = create_engine("sqlite+pysqlite://", creator=lambda: source, poolclass=StaticPool)
        except BaseException:
            source.close()
            raise
        store = cls(None, document, read_only=True, lock=None, engine=engine)
        if foreign:
            store.warnings.append(inspection.foreign_objects_warning(document, foreign, removed=False))
        return store

    @classmethod
    def recover(cls, record: RecoveryRecord, *, force: bool = False) -> ProjectStore:
        """Adopt a left-behind working copy: content from the copy, Save writes to its document."""
        working = WorkingCopy(record.working_path)
        document = record.document
        damaged = ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "These unsaved changes cannot be recovered because their copy is damaged."))
        try:
            connection = integrity.hardened_connect(working.path.absolute().as_uri() + "?mode=rw", uri=True)
        except sqlite3.Error as error:
            raise damaged from error
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            if application_id != APPLICATION_ID or not 1 <= version <= schema.SCHEMA_VERSION:
                raise damaged
            inspection.remove_foreign_objects(connection, document or working.path, tables=False)
            if version < schema.SCHEMA_VERSION:
                migrations.upgrade(connection, version, document or record.title)
            inspection.remove_foreign_objects(connection, document or working.path)
        except sqlite3.Error as error:
            raise damaged from error
        finally:
            connection.close()
        writable = document is None or can_write(document)
        lock = DocumentLock.acquire(document, force=force) if document is not None and writable else None
        try:
            store = cls(working, document, read_only=not writable, lock=lock)
            working.write_record(document, record.title)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return store

    # ------------------------------------------------------------------ use

    @property
    def session(self) -> Session:
        """The long-lived session on the working copy; commit after every edit (the autosave)."""
        return self._session

    @property
    def closed(self) -> bool:
        """True once :meth:`close` has run."""
        return self._closed

    def save(self, path: Path | str | None = None) -> Path:
        """Write the project to ``path`` (default: its own document) and return where.

        Increments ``Project.revision`` and sets ``modified_at``; commits any
        pending change of the session first. Saving elsewhere (Save As) makes
        that file the document and moves the lock to it. The target is replaced
        atomically: on failure it is untouched and an ``io`` error is raised.
        """
        if self._closed:
            raise RuntimeError("the project store is closed")
        if self._working is None:
            raise RuntimeError("a project opened with ProjectStore.read cannot be saved")
        target = _absolute(path) if path is not None else self.path
        if target is None:
            raise ProjectFileError("missing", QT_TRANSLATE_NOOP(
                "errors", "This project has not been saved yet; use Save As to choose a file."))
        in_place = target == self.path
        if target.is_dir():
            raise ProjectFileError("directory", QT_TRANSLATE_NOOP(
                "errors", "{path} is a folder; choose a file name to save to."), path=str(target))
        if in_place and (self.read_only or not can_write(target)):
            raise ProjectFileError("read_only", QT_TRANSLATE_NOOP(
                "errors", "{path} is read-only; use Save As to keep your changes elsewhere."), path=str(target))
        if not in_place and not can_write(target):
            raise ProjectFileError("read_only", QT_TRANSLATE_NOOP(
                "errors", "{path} is read-only; choose another name or folder."), path=str(target))
        keeps_lock = self._lock is not None and self._lock.document == target
        new_lock = self._lock if keeps_lock else DocumentLock.acquire(target)
        session = self.session
        project = session.get_one(Project, 1)
        before = (project.revision, project.modified_at)
        project.revision += 1
        project.modified_at = utcnow()
        title = project.title or ""
        session.commit()
        if new_lock is not None:
            leftovers.remove_stale_saves(target)
        try:
            with self.engine.connect() as connection:
                raw = connection.connection.driver_connection
                assert isinstance(raw, sqlite3.Connection)  # pysqlite's own connection
                write_document(raw, target.resolve())
        except BaseException:
            project = session.get_one(Project, 1)
            project.revision, project.modified_at = before
            session.commit()
            if new_lock is not None and not keeps_lock:
                new_lock.release()
            raise
        if not keeps_lock and self._lock is not None:
            self._lock.release()
        self._lock, self.path, self.read_only = new_lock, target, False
        self._working.write_record(target, title)
        self._mark_untouched()
        return target

    def write_failure(self, error: BaseException) -> ProjectFileError | None:
        """One sentence for a database error met while writing to the working copy, when the disk is to blame.

        Follows the error's causes and context (after a full disk, a failed
        rollback reports "no such savepoint"): a full disk or an I/O error
        gives an ``io`` ProjectFileError; anything else gives None. The
        caller has rolled the session back or will close it: nothing of the
        change stays, and the document on disk was never touched.
        """
        return storage_failure(error, self.working_path.parent if self.working_path else data_dir())

    def _on_session_flushed(self, session: Session, _context: Any) -> None:
        for instance in (*session.new, *session.dirty):
            if isinstance(instance, Project) and inspect(instance).attrs.title.history.has_changes():
                self._title = instance.title or ""

    def _mark_untouched(self) -> None:
        if self._working is not None:
            self._untouched = self._working.mark_untouched()

    def _on_session_committing(self, _session: Session) -> None:
        # The mark goes before the change is committed: a crash in between leaves work offered, never lost.
        if self._untouched and self._working is not None:
            self._working.mark_touched()  # an OSError here stops the commit: the change is refused, not lost
            self._untouched = False

    def _on_session_committed(self, _session: Session) -> None:
        # The recovery record shows the title: keep it current when the title changes.
        if self._title is not None:
            title, self._title = self._title, None
            try:
                if self._working is not None:
                    self._working.write_record(self.path, title)
            except OSError:
                pass  # the record is a convenience; the edit itself is committed

    def close(self) -> None:
        """Close the session and delete the working copy, its record and the lock. Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            self._session.close()
        finally:
            self.engine.dispose()
            if self._working is not None:
                self._working.remove()
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 traceback: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else ("read-only" if self.read_only else "open")
        return f"<ProjectStore {self.path or 'untitled'} {state}>"
