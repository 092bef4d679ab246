"""Bringing a project file of an older schema version up to date, in the working copy only.

``PRAGMA user_version`` is the schema version of a file. :data:`MIGRATIONS`
maps a version ``n`` to the function that turns a version-``n`` database into
a version ``n + 1`` one; :func:`upgrade` runs them in order, one transaction
per step, so a file of any released version reaches
:data:`app.model.schema.SCHEMA_VERSION`. The user's document is never
migrated in place: :mod:`app.model.store` runs this on its private copy.

This module also knows what a current database must contain
(:func:`missing_schema`), which is checked after every upgrade and on every open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.model import schema
from app.model.errors import QT_TRANSLATE_NOOP, ProjectFileError

Migration = Callable[[sqlite3.Connection], None]

def add_library_link(connection: sqlite3.Connection) -> None:
    """Version 1 -> 2: the ``library_link`` table (where a project came from in a team library)."""
    connection.execute(
        "CREATE TABLE library_link (id INTEGER NOT NULL, url TEXT NOT NULL, project_key TEXT NOT NULL, "
        "name TEXT NOT NULL, revision INTEGER NOT NULL, linked_at DATETIME NOT NULL, "
        "CONSTRAINT pk_library_link PRIMARY KEY (id), "
        "CONSTRAINT ck_library_link_singleton CHECK (id = 1), "
        "CONSTRAINT ck_library_link_revision CHECK (revision >= 1))")


#: ``{n: step}``: ``step`` upgrades a database of schema version ``n`` to ``n + 1``.
MIGRATIONS: dict[int, Migration] = {1: add_library_link}


def expected_schema() -> dict[str, set[str]]:
    """Every table of the current schema with the names of its columns."""
    return {table.name: {column.name for column in table.columns}
            for table in schema.Base.metadata.tables.values()}


def missing_schema(connection: sqlite3.Connection) -> list[str]:
    """``table`` or ``table.column`` for each part of the current schema the database lacks.

    Extra tables and columns are allowed: a later release may add some.
    """
    found: dict[str, set[str]] = {}
    rows = connection.execute(
        "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
        "WHERE m.type = 'table'")
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    missing = []
    for table, columns in sorted(expected_schema().items()):
        if table not in found:
            missing.append(table)
        else:
            missing.extend(f"{table}.{column}" for column in sorted(columns - found[table]))
    return missing


def verify_structure(connection: sqlite3.Connection, path: Path | str) -> None:
    """Raise a ``damaged`` ProjectFileError unless the database has the whole current schema."""
    missing = missing_schema(connection)
    if missing:
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged: part of the project's structure is missing ({missing})."),
            path=str(path), missing=", ".join(missing[:5]))


def upgrade(connection: sqlite3.Connection, version: int, path: Path | str) -> int:
    """Run the migrations from ``version`` up to the current schema version and check the result.

    ``connection`` is a read-write connection to a private copy (or an
    in-memory one); ``path`` names the user's document in messages. Each step
    and its new ``user_version`` commit together, so a failed step leaves the
    copy at the previous version. Returns the version reached.
    """
    target, start = schema.SCHEMA_VERSION, version
    previous_isolation = connection.isolation_level
    connection.isolation_level = None  # explicit BEGIN/COMMIT around each step
    try:
        while version < target:
            step = MIGRATIONS.get(version)
            if step is None:
                raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
                    "errors", "{path} uses file version {version}, which this version of Parcours "
                              "cannot bring up to date."), path=str(path), version=version)
            connection.execute("BEGIN IMMEDIATE")
            try:
                step(connection)
                connection.execute(f"PRAGMA user_version = {int(version) + 1}")
                connection.execute("COMMIT")
            except BaseException as error:
                connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
                        "errors", "{path} could not be brought up to date from file version {version}."),
                        path=str(path), version=version) from error
                raise
            version += 1
    finally:
        connection.isolation_level = previous_isolation
    verify_structure(connection, path)
    if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} could not be brought up to date from file version {version}."),
            path=str(path), version=start)
    return version
