"""What a project database may hold, so that a file can never act when it is opened.

A ``.parcours`` file is untrusted: anyone can add triggers, views, tables or
indexes to it with any SQLite tool, and a trigger would run inside Parcours on
the user's next edit. This module knows Parcours's own schema objects
(:func:`expected_objects`), finds the others (:func:`foreign_objects`), checks
that our tables still have our columns, keys and unique constraints
(:func:`structure_damage`), and removes the foreign objects from a *working
copy* (:func:`drop_foreign_objects`) - never from the user's document.

:func:`harden` sets SQLite's defensive options on a raw connection; every
connection Parcours opens goes through it (the store's engines call it from a
``connect`` event).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import cache
from typing import Literal, TypedDict, Unpack

from sqlalchemy import Table, UniqueConstraint
from sqlalchemy.dialects import sqlite as sqlite_dialect
from sqlalchemy.schema import CreateIndex, CreateTable

from app.model import schema

#: ``sqlite3.SQLITE_DBCONFIG_DEFENSIVE`` (Python 3.12+), the value of the C constant otherwise.
_DBCONFIG_DEFENSIVE = getattr(sqlite3, "SQLITE_DBCONFIG_DEFENSIVE", 1010)


#: SQL functions no project file may make Parcours call, whatever the SQLite build offers.
BLOCKED_FUNCTIONS = frozenset({"load_extension", "fts3_tokenizer", "readfile", "writefile", "edit"})


def harden(connection: sqlite3.Connection) -> None:
    """Make ``connection`` refuse what a hostile file could ask of it.

    - ``trusted_schema=OFF``: triggers, views, CHECK constraints and index
      expressions may call only harmless functions. Set where the SQLite
      library counts the functions of our own schema as harmless (the
      ``json_valid`` of ``card.tags`` is not, before SQLite 3.45):
      see :func:`schema_trust_can_be_off`.
    - defensive mode (``setconfig``, Python 3.12+): no hand-written schema.
    - extension loading off, where the build has it at all.
    - an authorizer that refuses, while a statement is prepared, anything a
      trigger or view not of our schema would do (none should remain: they
      are dropped from working copies) and the functions of
      :data:`BLOCKED_FUNCTIONS`.
    """
    if schema_trust_can_be_off():
        connection.execute("PRAGMA trusted_schema=OFF")
    setconfig = getattr(connection, "setconfig", None)
    if setconfig is not None:
        setconfig(_DBCONFIG_DEFENSIVE, True)
    enable_load_extension = getattr(connection, "enable_load_extension", None)
    if enable_load_extension is not None:
        enable_load_extension(False)
    connection.set_authorizer(_authorize)


def _authorize(action: int, first: str | None, second: str | None, database: str | None,
               source: str | None) -> int:
    """SQLite's authorizer callback: ``source`` is the trigger or view the access comes from, if any."""
    if source is not None and source not in _our_triggers():
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and (second or "").casefold() in BLOCKED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@cache
def schema_trust_can_be_off() -> bool:
    """True when this SQLite library reads and writes our schema with ``trusted_schema=OFF``."""
    dialect = sqlite_dialect.dialect()
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("PRAGMA trusted_schema=OFF")
        for table in schema.Base.metadata.sorted_tables:
            probe.execute(str(CreateTable(table).compile(dialect=dialect)))
        probe.execute("INSERT INTO project (id, title, organisation, author, language, scale, notes, revision, "
                      "created_at, modified_at) VALUES (1, '', '', '', 'en', '0..10', '', 0, '', '')")
        probe.execute("SELECT * FROM card").fetchall()
    except sqlite3.Error:
        return False
    finally:
        probe.close()
    return True


class ConnectOptions(TypedDict, total=False):
    """The options of :func:`sqlite3.connect` that Parcours passes."""

    uri: bool
    timeout: float
    check_same_thread: bool
    isolation_level: Literal["DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None


def hardened_connect(database: str, **options: Unpack[ConnectOptions]) -> sqlite3.Connection:
    """``sqlite3.connect(database, **options)``, then :func:`harden`."""
    connection = sqlite3.connect(database, **options)
    try:
        harden(connection)
    except BaseException:
        connection.close()
        raise
    return connection


@dataclass(frozen=True, order=True)
class SchemaObject:
    """One entry of ``sqlite_master``: its type (table, index, view, trigger) and name."""

    type: str
    name: str

    def __str__(self) -> str:
        return f"{self.type} {self.name}"


def _normalised(sql: str | None) -> str:
    return " ".join((sql or "").replace("IF NOT EXISTS ", "").split()).casefold()


@cache
def _our_triggers() -> dict[str, str]:
    triggers = {}
    for ddl in schema.TRIGGERS:
        triggers[_trigger_name(ddl)] = _normalised(ddl)
    return triggers


@cache
def _former_triggers() -> dict[str, str]:
    """Our triggers as an older schema version made them (an older file holds them until it is migrated)."""
    return {_trigger_name(ddl): _normalised(ddl) for ddl in schema.FORMER_TRIGGERS}


def _trigger_name(ddl: str) -> str:
    words = ddl.split()
    return words[words.index("EXISTS") + 1]


@cache
def _our_indexes() -> dict[str, str]:
    dialect = sqlite_dialect.dialect()
    # Every index is named (the metadata's naming convention): str() only tells the type checker.
    return {str(index.name): _normalised(str(CreateIndex(index).compile(dialect=dialect)))
            for table in schema.Base.metadata.tables.values() for index in table.indexes}


def expected_objects() -> set[SchemaObject]:
    """Parcours's own tables, named indexes and triggers (SQLite's automatic indexes aside)."""
    return ({SchemaObject("table", name) for name in schema.Base.metadata.tables}
            | {SchemaObject("index", name) for name in _our_indexes()}
            | {SchemaObject("trigger", name) for name in _our_triggers()})


def _is_ours(kind: str, name: str, table: str, sql: str | None) -> bool:
    if kind == "table":
        return name in schema.Base.metadata.tables
    if kind == "index":
        if sql is None:  # an automatic index of a table's UNIQUE or PRIMARY KEY constraint
            return table in schema.Base.metadata.tables
        return _our_indexes().get(name) == _normalised(sql)
    if kind == "trigger":
        return _normalised(sql) in (_our_triggers().get(name), _former_triggers().get(name))
    return False


def foreign_objects(connection: sqlite3.Connection, *, tables: bool = True) -> list[SchemaObject]:
    """The objects of ``sqlite_master`` that Parcours did not make, sorted.

    A trigger or index with one of our names but other SQL is foreign too.
    SQLite's internal tables (``sqlite_sequence``, ``sqlite_stat1``...) are
    left out: they hold no code. With ``tables=False`` only code-bearing
    objects (triggers and views) are listed: what matters before an older
    file, whose tables differ from ours, is migrated.
    """
    found = []
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    tables_present = {name for kind, name, _table, _sql in rows if kind == "table"}
    for kind, name, table, sql in rows:
        if name.startswith("sqlite_") and kind == "table":
            continue
        if sql is None and table in tables_present:
            continue  # an automatic index: it belongs to its table (judged by structure_damage), goes with it
        if not tables and kind not in ("trigger", "view"):
            continue
        if not _is_ours(kind, name, table, sql):
            found.append(SchemaObject(kind, name))
    return sorted(found)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def drop_foreign_objects(connection: sqlite3.Connection, objects: list[SchemaObject]) -> None:
    """Remove ``objects`` (from :func:`foreign_objects`) in one transaction, without running any of them.

    ``connection`` is a read-write, hardened connection to a working copy with
    foreign keys off, so that dropping a table deletes nothing else. Triggers
    go first: dropping a table never fires one, but nothing of theirs should
    outlive this call. Raises ``sqlite3.Error`` when an object cannot be dropped.
    """
    order = {"trigger": 0, "view": 1, "index": 2, "table": 3}
    previous = connection.isolation_level
    connection.isolation_level = None
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            for item in sorted(objects, key=lambda item: (order.get(item.type, 4), item.name)):
                if item.type not in order:
                    raise sqlite3.DatabaseError(f"cannot drop {item}")
                exists = connection.execute("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?",
                                            (item.type, item.name)).fetchone()
                if exists:  # an index goes with its table
                    connection.execute(f"DROP {item.type.upper()} {_quoted(item.name)}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.isolation_level = previous


# --------------------------------------------------------------------------- our tables' structure


def _unique_sets(table: Table) -> set[tuple[str, ...]]:
    return {tuple(column.name for column in constraint.columns)
            for constraint in table.constraints if isinstance(constraint, UniqueConstraint)}


def _foreign_keys(table: Table) -> set[tuple[str, str, str, str]]:
    return {(key.parent.name, key.column.table.name, key.column.name, (key.ondelete or "NO ACTION").upper())
            for key in table.foreign_keys}


def structure_damage(connection: sqlite3.Connection) -> str | None:
    """The name of the first of our tables whose columns, foreign keys or unique constraints were changed.

    Missing tables and columns are reported elsewhere
    (:func:`app.model.migrations.missing_schema`); this finds what was *added*
    or altered: an extra or generated column, a foreign key to somewhere
    else, a lost UNIQUE constraint, or a definition SQLite cannot compile
    (a read-only connection never compiles CHECK constraints, a writable one
    refuses the whole file: see :func:`uncompilable_table`). Returns None
    when every table is ours.
    """
    broken = uncompilable_table(connection) or _orphan_automatic_index(connection)
    if broken is not None:
        return broken
    for name, table in schema.Base.metadata.tables.items():
        rows = connection.execute("SELECT name, hidden FROM pragma_table_xinfo(?)", (name,)).fetchall()
        if not rows:
            continue  # missing: reported by missing_schema
        if {column for column, _hidden in rows} - set(table.columns.keys()) or any(hidden for _c, hidden in rows):
            return name
        keys = {(column, parent, target, on_delete.upper()) for _id, _seq, parent, column, target, _update,
                on_delete, _match in connection.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,))}
        if keys != _foreign_keys(table):
            return name
        uniques = set()
        for index_name, unique, origin in connection.execute(
                "SELECT name, \"unique\", origin FROM pragma_index_list(?)", (name,)):
            if unique and origin == "u":
                uniques.add(tuple(column for (column,) in connection.execute(
                    "SELECT name FROM pragma_index_info(?) ORDER BY seqno", (index_name,))))
        if uniques != _unique_sets(table):
            return name
    return None


def _orphan_automatic_index(connection: sqlite3.Connection) -> str | None:
    """The table named by an automatic index that does not belong to an existing table, or None."""
    row = connection.execute("SELECT tbl_name FROM sqlite_master AS m WHERE sql IS NULL AND type = 'index' "
                             "AND NOT EXISTS (SELECT 1 FROM sqlite_master AS t WHERE t.type = 'table' "
                             "AND t.name = m.tbl_name AND m.name LIKE 'sqlite\\_autoindex\\_' || t.name || '\\_%' "
                             "ESCAPE '\\') LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def uncompilable_table(connection: sqlite3.Connection) -> str | None:
    """The table of the first ``sqlite_master`` definition that SQLite cannot compile, or None.

    Every definition is run again in an empty in-memory database - no data,
    nothing executed but the definitions - in the order of ``sqlite_master``.
    """
    rows = connection.execute("SELECT tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                              "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid").fetchall()
    scratch = hardened_connect(":memory:")
    try:
        for table, sql in rows:
            try:
                scratch.execute(sql)
            except sqlite3.Error:
                return str(table)
    finally:
        scratch.close()
    return None
