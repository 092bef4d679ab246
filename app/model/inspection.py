"""Judging the content of a project database that SQLite has opened: one sentence per kind of damage.

:mod:`app.model.storefile` checks a file from the outside (header, length,
journals); this module reads its inside, in the same order for ``parcours
check``, the read-only commands and the editor's open, so they all agree:
SQLite's ``integrity_check`` (pages *and* indexes: a flipped bit in a row
leaves its indexes stale, which ``quick_check`` does not see), the foreign
keys, the structure of our tables (:mod:`app.model.integrity`), and every
row (:mod:`app.model.validation`). Objects that Parcours did not make
(triggers, views, tables, indexes) are not damage that stops reading: they
are returned, for the caller to remove from a working copy and warn about.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.model import integrity, migrations, validation
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError, ProjectFileError
from app.model.integrity import SchemaObject

#: Foreign objects named in one warning at most; the rest are counted.
NAMED_OBJECTS = 4


def damaged(path: Path) -> ProjectFileError:
    """The sentence for a file that fails SQLite's own integrity check."""
    return ProjectFileError("damaged", QT_TRANSLATE_NOOP(
        "errors", "{path} is damaged: its content fails the database's own integrity check."), path=str(path))


def row_damage_error(path: Path, damage: validation.RowDamage) -> ProjectFileError:
    """The sentence naming the first unreadable value: table, row and column."""
    if damage.column is None:
        return ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged: its project record is missing."), path=str(path))
    return ProjectFileError("damaged", QT_TRANSLATE_NOOP(
        "errors", "{path} is damaged: the value of {column} in row {row} of its {table} table cannot be read."),
        path=str(path), table=damage.table, row="?" if damage.row is None else damage.row, column=damage.column)


def foreign_objects_warning(path: Path, objects: list[SchemaObject], *, removed: bool) -> ProjectFileError:
    """One sentence naming the objects Parcours did not make, and what became of them.

    ``removed``: they were dropped from the working copy (the editor, an
    import); otherwise they were only left unused (``check``, read-only commands).
    """
    names = ", ".join(str(item) for item in objects[:NAMED_OBJECTS])
    if len(objects) > NAMED_OBJECTS:
        names += f", +{len(objects) - NAMED_OBJECTS}"
    text = (QT_TRANSLATE_NOOP("errors", "{path} holds database objects that Parcours did not make ({objects}); "
                                        "they were not run and have been removed from the open copy.")
            if removed else
            QT_TRANSLATE_NOOP("errors", "{path} holds database objects that Parcours did not make ({objects}); "
                                        "they are never run, and opening the file in Parcours removes them."))
    return ProjectFileError("foreign", text, path=str(path), objects=names)


def check_pages(connection: sqlite3.Connection, path: Path) -> None:
    """SQLite's integrity check and the foreign keys; raise ``damaged`` when either fails."""
    # as bytes: the report quotes damaged content, which need not be UTF-8
    report = connection.execute("SELECT CAST(integrity_check AS BLOB) FROM pragma_integrity_check(1)").fetchall()
    if report != [(b"ok",)]:
        raise damaged(path)
    if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged: some of its records point to records that do not exist."),
            path=str(path))


def check_current(connection: sqlite3.Connection, path: Path, *, rows: bool = True) -> list[SchemaObject]:
    """Check a database of the current schema version; return the objects that are not ours.

    Raises a ``damaged`` ProjectFileError for a missing or altered table or
    column and (unless ``rows`` is False: a file known sound) for the first
    value the model cannot read. ``sqlite3.Error`` passes through (the
    caller turns it into a sentence).
    """
    migrations.verify_structure(connection, path)
    table = integrity.structure_damage(connection)
    if table is not None:
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged: the structure of its {table} table is not the one Parcours made."),
            path=str(path), table=table)
    damage = validation.first_damage(connection) if rows else None
    if damage is not None:
        raise row_damage_error(path, damage)
    return integrity.foreign_objects(connection)


def remove_foreign_objects(connection: sqlite3.Connection, path: Path, *, tables: bool = True) -> list[SchemaObject]:
    """Drop what Parcours did not make from a working copy; return what was dropped.

    ``tables=False`` drops only triggers and views (before an older file is
    migrated, when its tables are not yet ours). A failure is ``damaged``.
    """
    objects = integrity.foreign_objects(connection, tables=tables)
    if objects:
        try:
            integrity.drop_foreign_objects(connection, objects)
        except sqlite3.Error as error:
            raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
                "errors", "{path} is damaged: it holds database objects that Parcours did not make and "
                          "cannot remove."), path=str(path)) from error
    return objects


def warning_text(warning: ParcoursError) -> str:
    """A warning as one line of English (for logs and tests)."""
    return " ".join(str(warning).split())
