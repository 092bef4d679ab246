"""What differs between a project file and a revision of it in the library.

Shown when a publish meets a conflict, so the user can choose with the facts
in front of them: rows added, removed and changed (with the changed fields),
table by table, named by their title where they have one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.library.rows import ProjectRows
from app.library.tables import DATA_TABLES

#: Columns that change on every save and say nothing about the content.
IGNORED = {"project": {"revision", "modified_at"}}


@dataclass
class TableDiff:
    """Rows of one table only in the file (added), only in the library (removed), or in both but different."""

    table: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, list[str]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _label(table: str, row: dict[str, Any], key: tuple[Any, ...]) -> str:
    name = row.get("title") or row.get("name")
    ident = "/".join(str(part) for part in key)
    return f"{table} {ident} «{name}»" if name else f"{table} {ident}"


def diff_rows(mine: ProjectRows, theirs: ProjectRows) -> list[TableDiff]:
    """Table by table, how ``mine`` (the file) differs from ``theirs`` (the library's revision)."""
    result = []
    for table, _copy in DATA_TABLES:
        keys = [column.name for column in table.primary_key.columns]
        ignored = IGNORED.get(table.name, set())
        ours = {tuple(row[k] for k in keys): row for row in mine.tables.get(table.name, ())}
        other = {tuple(row[k] for k in keys): row for row in theirs.tables.get(table.name, ())}
        entry = TableDiff(table.name)
        for key in sorted(ours.keys() - other.keys(), key=str):
            entry.added.append(_label(table.name, ours[key], key))
        for key in sorted(other.keys() - ours.keys(), key=str):
            entry.removed.append(_label(table.name, other[key], key))
        for key in sorted(ours.keys() & other.keys(), key=str):
            fields = [name for name, value in ours[key].items()
                      if name not in ignored and other[key].get(name) != value]
            if fields:
                entry.changed.append((_label(table.name, ours[key], key), fields))
        if entry:
            result.append(entry)
    return result
