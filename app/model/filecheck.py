"""``parcours check`` and friends: judging a project file without writing anything.

:func:`check_file` runs every check the editor's open runs (the file from
the outside, :mod:`app.model.storefile`; its content,
:mod:`app.model.inspection`), upgrades an older file in memory to prove it
can be opened, and gives one verdict: 0 sound, 1 damaged, 2 not a Parcours
project, with one sentence.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.model import inspection, integrity, migrations, schema
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError, ProjectFileError
from app.model.integrity import SchemaObject
from app.model.storefile import open_for_reading, sqlite_failure


@dataclass(frozen=True)
class CheckResult:
    """The verdict of :func:`check_file`.

    ``code`` is what ``parcours check`` exits with: 0 sound, 1 damaged (ours
    but broken), 2 not a Parcours project. ``message`` is the sentence to show,
    translatable (a :class:`~app.model.errors.ParcoursError`; ``str()`` gives
    the English text). ``error`` is the ProjectFileError when the file is not sound.
    """

    code: int
    message: ParcoursError | None
    error: ProjectFileError | None = None


def upgraded_in_memory(connection: sqlite3.Connection, version: int, path: Path) -> tuple[sqlite3.Connection,
                                                                                          list[SchemaObject]]:
    """An in-memory copy of an older database, brought up to date and checked, and its foreign objects.

    Triggers and views that are not ours are dropped from the copy before
    the migrations run, so that none of them fires. Raises ProjectFileError.
    """
    scratch = integrity.hardened_connect(":memory:", check_same_thread=False)
    try:
        connection.backup(scratch)
        dropped = inspection.remove_foreign_objects(scratch, path, tables=False)
        migrations.upgrade(scratch, version, path)
        foreign = inspection.check_current(scratch, path)
    except sqlite3.Error as error:
        scratch.close()
        raise sqlite_failure(path, error) from error
    except BaseException:
        scratch.close()
        raise
    return scratch, sorted({*dropped, *foreign})


def validate_file(path: Path | str) -> int:
    """Check that ``path`` is a sound Parcours project this version can open; return its schema version.

    Raises ProjectFileError otherwise. Nothing is written. Objects Parcours
    did not make do not count here (opening removes them; see :func:`check_file`).
    An older file is upgraded in memory, as opening it would.
    """
    connection, version, _foreign = open_for_reading(path)
    try:
        if version < schema.SCHEMA_VERSION:
            scratch, _foreign = upgraded_in_memory(connection, version, Path(path))
            scratch.close()
    finally:
        connection.close()
    return version


def check_file(path: Path | str) -> CheckResult:
    """Judge ``path`` as ``parcours check`` does (0 sound, 1 damaged, 2 not a Parcours project).

    An older file is also upgraded in memory, to prove it can be opened.
    A file holding objects Parcours did not make is reported as damaged
    (``foreign``), although opening it works: they are removed from the copy.
    Nothing is written anywhere.
    """
    path = Path(path)
    try:
        connection, version, foreign = open_for_reading(path)
        try:
            if version < schema.SCHEMA_VERSION:
                scratch, foreign = upgraded_in_memory(connection, version, path)
                scratch.close()
        finally:
            connection.close()
        if foreign:
            raise inspection.foreign_objects_warning(path, foreign, removed=False)
    except ProjectFileError as error:
        return CheckResult(1 if error.damaged else 2, error, error)
    return CheckResult(0, ParcoursError(QT_TRANSLATE_NOOP(
        "errors", "{path} is a sound Parcours project (file version {version})."),
        path=str(path), version=version))
