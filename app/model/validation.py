"""Reading every row of a project database through the rules the model relies on.

SQLite's own checks (``quick_check``, ``foreign_key_check``) prove that the
file's pages and links are sound, not that its *values* are what the model can
read: a flipped bit turns ``quick_win`` into ``suick_win``, a date into
garbage, a text into bytes that are not UTF-8, an integer into a float. The
ORM then fails deep inside a command. :func:`first_damage` finds the first
such value - table, row and column - so that a file is refused with one
sentence before anything reads it.

The rules come from the schema itself (:mod:`app.model.schema`): each
column's type and nullability, its enum values, the tables' CHECK
constraints, JSON list columns, and SQLAlchemy's own result processors for
dates. Most of them run as one SQL query per table; only text encoding and
dates are read in Python. No Qt here.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
)
from sqlalchemy.dialects import sqlite as sqlite_dialect

from app.model import schema
from app.model.schema import JSONList

_DIALECT = sqlite_dialect.dialect()


@dataclass(frozen=True)
class RowDamage:
    """The first value the model cannot read: ``table``, the row's id (or rowid), and ``column``.

    ``column`` is None when the row itself is missing (the project row).
    """

    table: str
    row: int | None
    column: str | None


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _storage_rule(column: Column[Any]) -> str | None:
    """SQL true when ``column``'s value has a storage type or value the model cannot read."""
    name = _quoted(column.name)
    kind = column.type
    if isinstance(kind, JSONList):
        # CASE, not OR: SQLite may evaluate both sides of OR, and json_each fails on malformed JSON
        return (f"CASE WHEN typeof({name}) <> 'text' OR NOT json_valid({name}) THEN 1 "
                f"WHEN json_type({name}) <> 'array' THEN 1 "
                f"ELSE EXISTS (SELECT 1 FROM json_each({name}) WHERE json_each.type <> 'text') END")
    if isinstance(kind, Enum):
        values = ", ".join(_literal(value) for value in kind.enums)
        return f"typeof({name}) <> 'text' OR {name} NOT IN ({values})"
    if isinstance(kind, Boolean):
        return f"typeof({name}) <> 'integer' OR {name} NOT IN (0, 1)"
    if isinstance(kind, Integer):
        return f"typeof({name}) <> 'integer'"
    if isinstance(kind, Float):
        return f"typeof({name}) NOT IN ('integer', 'real')"
    if isinstance(kind, LargeBinary):
        return f"typeof({name}) <> 'blob'"
    if isinstance(kind, (String, DateTime, Date)):
        return f"typeof({name}) <> 'text'"
    return None


def _checks(table: Table) -> dict[str, list[str]]:
    """For each column, the SQL of the table's CHECK constraints that mention it first.

    The constraints SQLAlchemy derives from enum types are left out: the
    storage rule already says the same.
    """
    found: dict[str, list[str]] = {}
    for constraint in sorted((c for c in table.constraints if isinstance(c, CheckConstraint)
                              and not getattr(c, "_type_bound", False)), key=lambda c: str(c.name)):
        text = str(constraint.sqltext.compile(dialect=_DIALECT, compile_kwargs={"literal_binds": True}))
        mentioned = [column.name for column in table.columns if re.search(rf"\b{re.escape(column.name)}\b", text)]
        found.setdefault(mentioned[0] if mentioned else "", []).append(text)
    return found


def _column_rule(column: Column[Any], checks: list[str]) -> str | None:
    """SQL, 1 when the column's value breaks a rule: NULL where none is allowed, its type, its CHECKs.

    One CASE per column, so that a NULL or a sound value costs few steps
    (SQLite evaluates every side of an OR).
    """
    name = _quoted(column.name)
    storage = _storage_rule(column)
    branches = [f"WHEN {name} IS NULL THEN {0 if column.nullable else 1}"]
    if storage:
        branches.append(f"WHEN {storage} THEN 1")
    branches.extend(f"WHEN NOT ({check}) THEN 1" for check in checks)
    if len(branches) == 1 and column.nullable:
        return None
    return f"CASE {' '.join(branches)} ELSE 0 END"


@cache
def _table_queries() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """For each table: its name, the column of each rule, and the query of its first bad row."""
    queries = []
    for table in schema.Base.metadata.sorted_tables:
        checks = _checks(table)
        rules = [(column.name, rule) for column in table.columns
                 if (rule := _column_rule(column, checks.get(column.name, []))) is not None]
        rules.extend(("", f"CASE WHEN NOT ({check}) THEN 1 ELSE 0 END") for check in checks.get("", []))
        cases = " ".join(f"WHEN {rule} THEN {index}" for index, (_column, rule) in enumerate(rules))
        key = "id" if "id" in table.columns else "rowid"
        query = (f"SELECT key, bad FROM (SELECT {key} AS key, CASE {cases} ELSE NULL END AS bad "
                 f"FROM {_quoted(table.name)} ORDER BY rowid) WHERE bad IS NOT NULL LIMIT 1")
        queries.append((table.name, tuple(column for column, _rule in rules), query))
    return tuple(queries)


#: Cross-row rules the model relies on that no constraint states: (table, column, query of the first bad id).
_RELATIONS = (
    ("project", None, "SELECT NULL WHERE NOT EXISTS (SELECT 1 FROM project WHERE id = 1)"),
    ("card", "stage_id", "SELECT c.id FROM card c JOIN lane l ON l.id = c.lane_id JOIN stage s ON s.id = c.stage_id "
                         "WHERE l.journey_id <> s.journey_id ORDER BY c.id LIMIT 1"),
    ("link", "target_id", "SELECT k.id FROM link k JOIN card a ON a.id = k.source_id JOIN lane la ON la.id = a.lane_id "
                          "JOIN card b ON b.id = k.target_id JOIN lane lb ON lb.id = b.lane_id "
                          "WHERE la.journey_id <> lb.journey_id ORDER BY k.id LIMIT 1"),
)


def _text_columns(table: Table) -> list[Column[Any]]:
    return [column for column in table.columns
            if isinstance(column.type, (String, DateTime, Date, JSONList)) and not isinstance(column.type, LargeBinary)]


def _bad_text(connection: sqlite3.Connection, table: Table) -> RowDamage | None:
    """The first text value of ``table`` that is not valid UTF-8 (one decode of the whole table first)."""
    columns = _text_columns(table)
    if not columns:
        return None
    joined = " || ".join(f"coalesce({_quoted(column.name)}, '')" for column in columns)
    (everything,) = connection.execute(
        f"SELECT CAST(group_concat({joined}, '') AS BLOB) FROM {_quoted(table.name)}").fetchone()
    try:
        (everything or b"").decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None
    key = "id" if "id" in table.columns else "rowid"
    selected = ", ".join(f"CAST({_quoted(column.name)} AS BLOB)" for column in columns)
    for row in connection.execute(f"SELECT {key}, {selected} FROM {_quoted(table.name)} ORDER BY rowid"):
        for column, value in zip(columns, row[1:], strict=True):
            try:
                (value or b"").decode("utf-8")
            except UnicodeDecodeError:
                return RowDamage(table.name, row[0], column.name)
    return None


def _bad_date(connection: sqlite3.Connection, table: Table) -> RowDamage | None:
    """The first date or time the ORM could not read (SQLAlchemy's own parser decides)."""
    key = "id" if "id" in table.columns else "rowid"
    for column in table.columns:
        if not isinstance(column.type, (DateTime, Date)):
            continue
        process = column.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None)
        if process is None:
            continue
        name = _quoted(column.name)
        query = f"SELECT {key}, {name} FROM {_quoted(table.name)} WHERE {name} IS NOT NULL"
        for ident, value in connection.execute(query):
            try:
                process(value)
            except (ValueError, TypeError, OverflowError):
                return RowDamage(table.name, ident, column.name)
    return None


def first_damage(connection: sqlite3.Connection) -> RowDamage | None:
    """The first value of the database (current schema) that the model cannot read, or None.

    ``connection`` may be read-only. Tables are read in the schema's order,
    rows by rowid; a row's columns in table order, then its CHECK constraints.
    """
    for table_name, columns, query in _table_queries():
        row = connection.execute(query).fetchone()
        if row is not None:
            return RowDamage(table_name, row[0], columns[row[1]] if row[1] is not None else None)
    for table in schema.Base.metadata.sorted_tables:
        damage = _bad_text(connection, table) or _bad_date(connection, table)
        if damage is not None:
            return damage
    for table_name, column, query in _RELATIONS:
        row = connection.execute(query).fetchone()
        if row is not None:
            return RowDamage(table_name, row[0], column)
    return None
