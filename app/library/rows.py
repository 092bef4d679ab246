"""A project's rows as the file stores them: read from a working copy, written into a new one.

Rows are plain tuples of the values SQLite holds (text, integers, reals,
bytes), so what the library keeps is exactly what the file had.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from app.library.tables import DATA_TABLES

Rows = dict[str, list[dict[str, Any]]]


@dataclass
class ProjectRows:
    """Every published table of one project, by file table name."""

    tables: Rows = field(default_factory=dict)

    @property
    def project(self) -> dict[str, Any]:
        """The project row (title, organisation, author...)."""
        rows = self.tables.get("project") or [{}]
        return rows[0]

    def count(self, table: str) -> int:
        """How many rows ``table`` has."""
        return len(self.tables.get(table, ()))

    def summary(self) -> dict[str, Any]:
        """What a library listing shows: journeys, personas, tags and counts."""
        tags: set[str] = set()
        for card in self.tables.get("card", ()):
            try:
                tags.update(str(tag) for tag in json.loads(card.get("tags") or "[]"))
            except (TypeError, ValueError):
                continue
        return {
            "journeys": [row.get("title") or "" for row in self.tables.get("journey", ())],
            "personas": [row.get("name") or "" for row in self.tables.get("persona", ())],
            "tags": sorted(tags),
            "cards": self.count("card"), "actions": self.count("action"), "kpis": self.count("kpi"),
        }

    def search_text(self) -> str:
        """Lower-cased words a search matches: titles, organisation, author, personas, tags."""
        project, summary = self.project, self.summary()
        words = [project.get("title"), project.get("organisation"), project.get("author"),
                 *summary["journeys"], *summary["personas"], *summary["tags"]]
        return "\n".join(str(word) for word in words if word).casefold()


def sqlite_connection(owner: Session | Connection) -> sqlite3.Connection:
    """The SQLite connection under a project's session or connection: rows go through the driver itself."""
    driver = (owner.connection() if isinstance(owner, Session) else owner).connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError(f"a project's database is SQLite, not {type(driver).__name__}")
    return driver


def _columns(table: Table) -> list[str]:
    return [column.name for column in table.columns]


def read_rows(connection: sqlite3.Connection) -> ProjectRows:
    """Every published table's rows from an open project database (a working copy)."""
    rows = ProjectRows()
    for table, _copy in DATA_TABLES:
        names = _columns(table)
        order = ", ".join(column.name for column in table.primary_key.columns)
        cursor = connection.execute(
            f"SELECT {', '.join(names)} FROM {table.name} ORDER BY {order}")  # our own names
        rows.tables[table.name] = [dict(zip(names, values, strict=True)) for values in cursor]
    return rows


def write_rows(connection: sqlite3.Connection, rows: ProjectRows) -> None:
    """Replace the project in an open, freshly created database with ``rows`` (parents first).

    The caller commits. Columns the rows lack (a revision published by an
    older version) take the column's default.
    """
    for table, _copy in reversed(DATA_TABLES):
        connection.execute(f"DELETE FROM {table.name}")  # our own names
    for table, _copy in DATA_TABLES:
        names = _columns(table)
        batch = [[_value(table, name, row) for name in names] for row in rows.tables.get(table.name, ())]
        if batch:
            marks = ", ".join("?" for _ in names)
            connection.executemany(
                f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})", batch)


def _value(table: Table, name: str, row: dict[str, Any]) -> Any:
    value = row.get(name)
    if value is None:
        column = table.columns[name]
        default = column.default
        if not column.nullable and isinstance(default, ScalarElementColumnDefault):
            return default.arg.value if hasattr(default.arg, "value") else default.arg
    return value
