"""Making and wiring a working copy: its connection settings, the copy of a checked document, its cleaning.

:class:`~app.model.store.ProjectStore` keeps every edit in a private working
copy (see :mod:`app.model.recovery` for where it lives). This module opens
connections to one (:func:`connect_working_copy`), fills a new one from a
checked document (:func:`copy_into`), makes it safe and current
(:func:`clean_copy`: foreign schema objects dropped, migrations run), and
words the failures of writing to it (:func:`storage_failure`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import StaticPool

from app.model import inspection, integrity, migrations, schema
from app.model.data_folder import data_dir
from app.model.errors import QT_TRANSLATE_NOOP, ProjectFileError
from app.model.recovery import WorkingCopy
from app.model.storefile import copy_database, sqlite_failure


def configure_working_connection(dbapi_connection: sqlite3.Connection, _record: Any = None) -> None:
    """Set what every connection to a working copy needs; SQLite forgets these between connections.

    SQLite's defensive options (:func:`app.model.integrity.harden`), foreign
    keys on, WAL journal, and FULL sync. :func:`connect_working_copy` runs it
    on each new connection (a SQLAlchemy ``connect`` event).
    """
    integrity.harden(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL syncs the WAL on every commit: an edit the user saw survives a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def connect_working_copy(path: Path) -> Engine:
    """An engine on the working copy ``path``: one shared connection, foreign keys on, WAL, FULL sync."""
    engine = create_engine(URL.create("sqlite", database=str(path)), poolclass=StaticPool,
                           connect_args={"check_same_thread": False})
    event.listen(engine, "connect", configure_working_connection)
    return engine


def storage_failure(error: BaseException, folder: Path) -> ProjectFileError | None:
    """The ``io`` sentence for a full disk or an I/O error anywhere in ``error``'s chain, else None."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        original = getattr(current, "orig", None)
        for candidate in (current, original):
            code = getattr(candidate, "sqlite_errorcode", 0) & 0xFF if candidate is not None else 0
            if code == sqlite3.SQLITE_FULL:
                return ProjectFileError("io", QT_TRANSLATE_NOOP(
                    "errors", "The disk holding Parcours's working files ({folder}) is full, so nothing was "
                              "changed."), folder=str(folder))
            if code == sqlite3.SQLITE_IOERR:
                return ProjectFileError("io", QT_TRANSLATE_NOOP(
                    "errors", "Parcours could not write its working files in {folder} ({reason}), so nothing "
                              "was changed."), folder=str(folder), reason=str(candidate))
        current = current.__cause__ or current.__context__
    return None


def title_of(source: sqlite3.Connection) -> str:
    """The project title of a checked document, for the recovery record."""
    try:
        row = source.execute("SELECT title FROM project WHERE id = 1").fetchone()
    except sqlite3.Error:
        return ""
    return str(row[0]) if row and row[0] else ""


def new_working_copy(document: Path | None, title: str) -> WorkingCopy:
    """A new working copy name with its record written, or an ``io`` ProjectFileError."""
    working: WorkingCopy | None = None
    try:
        working = WorkingCopy.new()
        working.write_record(document, title)
    except OSError as error:
        if working is not None:
            working.remove()
        raise ProjectFileError("io", QT_TRANSLATE_NOOP(
            "errors", "Parcours could not write its working files in {folder}: {reason}."),
            folder=str(data_dir()), reason=error.strerror or str(error)) from error
    return working


def copy_into(source: sqlite3.Connection, working_path: Path, document: Path) -> None:
    """Copy the checked document into its new working copy, or raise an ``io`` ProjectFileError."""
    try:
        copy_database(source, working_path)
    except (OSError, sqlite3.Error) as error:
        raise ProjectFileError("io", QT_TRANSLATE_NOOP(
            "errors", "Parcours could not make its working copy of {path} in {folder}: {reason}."),
            path=str(document), folder=str(working_path.parent),
            reason=getattr(error, "strerror", None) or str(error)) from error


def clean_copy(working_path: Path, version: int, document: Path) -> list[integrity.SchemaObject]:
    """Make a fresh working copy safe and current; return the foreign objects removed from it.

    Triggers and views Parcours did not make go first, so that no migration
    step can fire them; an older copy is then upgraded and checked like a
    current file; finally foreign tables and indexes go too. Runs on a
    hardened connection with foreign keys off (migrations may rebuild
    tables; dropping a table must delete nothing else).
    """
    connection = integrity.hardened_connect(str(working_path))
    try:
        removed = inspection.remove_foreign_objects(connection, document, tables=False)
        if version < schema.SCHEMA_VERSION:
            migrations.upgrade(connection, version, document)
            inspection.check_current(connection, document)
        removed += inspection.remove_foreign_objects(connection, document)
        for ddl in schema.TRIGGERS:  # ours again, if one was missing or replaced by a foreign one of its name
            connection.execute(ddl)
        connection.commit()
    except sqlite3.Error as error:
        raise sqlite_failure(document, error) from error
    finally:
        connection.close()
    return sorted(removed)
