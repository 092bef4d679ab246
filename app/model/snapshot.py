"""Exact deletion and restoration of rows, for undo.

Deleting a row deletes more than the row: the database cascades to its
children (a lane's cards, a card's links, association rows) and sets some
references to NULL (a KPI's card). :func:`collect` walks the schema's
foreign keys to find all of it *before* the delete, and also records the
positions of the surviving siblings whose sequence the delete compacts (a
user's delete of cards leaves gaps instead: nothing to record or renumber).
:func:`restore_rows` puts everything back with the original ids, positions
and references, so undo restores exactly.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, ForeignKey, Table, delete
from sqlalchemy.orm import Session

from app.model import ordering
from app.model.schema import ORDER_SCOPES, Base, table_of

_CLASSES = {cls.__tablename__: cls for cls in ORDER_SCOPES}
_CHUNK = 900


@dataclass(frozen=True)
class Snapshot:
    """Everything a delete removed or changed, as plain data."""

    #: The rows deleted explicitly, by table (the rest went by cascade).
    roots: dict[str, tuple[int, ...]]
    #: Every removed row (association rows included) by table, as column dicts.
    rows: dict[str, tuple[dict[str, Any], ...]]
    #: References the delete set to NULL: (table, column, row id, old value).
    nulled: tuple[tuple[str, str, int, Any], ...] = ()
    #: Positions of the surviving siblings in the sequences the delete touched, by table.
    positions: dict[str, dict[int, int]] = field(default_factory=dict)
    #: The new positions of those that move: each moves down by the number of deleted rows before it in
    #: its sequence (a dense sequence stays dense; gaps left by a user's earlier delete of cards stay).
    closed: dict[str, dict[int, int]] = field(default_factory=dict)
    #: Tables whose sequences keep the deleted rows' gaps (no survivor renumbered, none recorded).
    gaps: tuple[str, ...] = ()

    def ids(self) -> dict[str, set[int]]:
        """Ids of the removed rows of tables that have an ``id``."""
        return {name: {row["id"] for row in rows} for name, rows in self.rows.items()
                if rows and "id" in rows[0]}


@cache
def _sorted_tables() -> tuple[Table, ...]:
    """The schema's tables, referenced ones first (SQLAlchemy sorts them again at each ``sorted_tables``)."""
    return tuple(Base.metadata.sorted_tables)


@cache
def _referrers(name: str) -> tuple[tuple[Table, ForeignKey], ...]:
    """The foreign keys that point at table ``name``, with their tables, in the schema's order."""
    return tuple((other, fk) for other in _sorted_tables() for fk in other.foreign_keys
                 if fk.column.table.name == name)


def _chunks(values: list[Any]) -> list[list[Any]]:
    return [values[i:i + _CHUNK] for i in range(0, len(values), _CHUNK)] or [[]]


def _marks(count: int) -> str:
    return ", ".join("?" * count)


def _rows_where(connection: Connection, table: Table, column: str, values: list[Any],
                columns: Sequence[str] | None = None) -> list[tuple[Any, ...]]:
    """The rows of ``table`` whose ``column`` is one of ``values``, raw from the driver (a query per 900 values).

    Raw values go back into the file as they came out (no type converts them twice), and a delete of 1,000
    cards spread over a big map reads thousands of rows: SQLAlchemy's handling of each costs more than SQLite's.
    """
    names = ", ".join(f'"{name}"' for name in (columns or [c.name for c in table.columns]))
    found: list[tuple[Any, ...]] = []
    for chunk in _chunks(values):
        if chunk:
            found += _fetch(connection, f'SELECT {names} FROM "{table.name}" WHERE "{column}" IN '
                                        f"({_marks(len(chunk))})", tuple(chunk))
    return found


def _fetch(connection: Connection, sql: str, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The driver's own rows of a query (plain tuples: no result row made for each)."""
    result = connection.exec_driver_sql(sql, parameters)
    try:
        return list(result.cursor.fetchall()) if result.cursor is not None else []
    finally:
        result.close()


def collect(session: Session, roots: dict[str, set[int]], gaps: tuple[str, ...] = ()) -> Snapshot:
    """What deleting ``roots`` (table name -> ids) would remove or change.

    The sequences of the tables in ``gaps`` are left with gaps by the delete: their survivors
    are not read (a delete of 1,000 cards spread over a big map would read every card).
    """
    tables = Base.metadata.tables
    connection = session.connection()
    rows: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
    nulled: list[tuple[str, str, int, Any]] = []
    pending: list[tuple[str, set[int]]] = [(name, set(ids)) for name, ids in roots.items() if ids]
    while pending:
        name, ids = pending.pop()
        table = tables[name]
        new = sorted(i for i in ids if (i,) not in rows[name])
        if not new:
            continue
        names = [c.name for c in table.columns]
        for row in _rows_where(connection, table, "id", new, names):
            values = dict(zip(names, row, strict=True))
            rows[name][(values["id"],)] = values
        for other, fk in _referrers(name):
            column = fk.parent
            if fk.ondelete == "CASCADE":
                if "id" in other.c:
                    child = {row[0] for row in _rows_where(connection, other, column.name, new, ["id"])}
                    if child:
                        pending.append((other.name, child))
                else:
                    other_names = [c.name for c in other.columns]
                    keys = [other_names.index(c.name) for c in other.primary_key.columns]
                    for row in _rows_where(connection, other, column.name, new, other_names):
                        rows[other.name][tuple(row[k] for k in keys)] = dict(zip(other_names, row, strict=True))
            elif fk.ondelete == "SET NULL":
                for row_id, value in _rows_where(connection, other, column.name, new, ["id", column.name]):
                    nulled.append((other.name, column.name, row_id, value))
    removed = {name: {key[0] for key in found} for name, found in rows.items() if "id" in tables[name].c}
    nulled = [n for n in nulled if n[2] not in removed.get(n[0], set())]
    positions: dict[str, dict[int, int]] = {}
    closed: dict[str, dict[int, int]] = {}
    for name, found in rows.items():
        cls = _CLASSES.get(name)
        if cls is None or name in gaps:
            continue
        columns = ORDER_SCOPES[cls]
        deleted: dict[tuple[Any, ...], list[int]] = {}
        for gone_row in found.values():
            deleted.setdefault(tuple(gone_row[c] for c in columns), []).append(gone_row["position"])
        by_scope = _sequences(connection, cls, set(deleted))
        before: dict[int, int] = {}
        after: dict[int, int] = {}
        gone = removed[name]
        for scope in sorted(deleted, key=repr):
            holes = sorted(deleted[scope])
            for row_id, position in by_scope.get(scope, ()):  # in position order
                if row_id not in gone:
                    before[row_id] = position
                    lower = position - bisect_left(holes, position)
                    if lower != position:
                        after[row_id] = lower
        if before:
            positions[name], closed[name] = before, after
    ordered = {name: tuple(found[key] for key in sorted(found)) for name, found in rows.items() if found}
    return Snapshot(roots={name: tuple(sorted(ids)) for name, ids in roots.items() if ids}, rows=ordered,
                    nulled=tuple(nulled), positions=positions, closed=closed,
                    gaps=tuple(sorted(set(gaps) & set(rows))))


def _sequences(connection: Connection, cls: type[Base], scopes: set[tuple[Any, ...]]) -> dict[tuple[Any, ...],
                                                                                            list[tuple[int, int]]]:
    """The (id, position) rows of each scope of ``scopes``, in position order, in a query per 900 scopes.

    One query per scope cost a round trip per cell: deleting 1,000 cards spread over a map touches hundreds.
    """
    columns = ORDER_SCOPES[cls]
    table = table_of(cls)
    width = len(columns)
    names = ", ".join(f'"{name}"' for name in (*columns, "id", "position"))
    statement = f'SELECT {names} FROM "{table.name}"'
    if not columns:
        rows = _fetch(connection, statement + " ORDER BY position")
    else:
        rows = []
        # In the order of the scope's unique index (scope columns, then position): read from it, no sort.
        order = ", ".join(f'"{name}"' for name in (*columns, "position"))
        for chunk in _chunks(sorted({scope[0] for scope in scopes}, key=repr)):
            rows += _fetch(connection, f'{statement} WHERE "{columns[0]}" IN ({_marks(len(chunk))}) ORDER BY {order}',
                           tuple(chunk))
    found: dict[tuple[Any, ...], list[tuple[int, int]]] = {}
    # The rows come scope by scope: one look-up per scope, not per row (a big map's lanes hold thousands).
    for key, group in groupby(rows, key=lambda row: row[:width]):
        if key in scopes:
            found.setdefault(key, []).extend([row[width:] for row in group])  # (id, position)
    return found


def delete_rows(session: Session, snapshot: Snapshot) -> dict[str, dict[int, int]]:
    """Delete the snapshot's roots (the database cascades) and close the gaps they leave in their sequences.

    Returns the new positions of the survivors that moved (table -> id -> position).
    """
    tables = Base.metadata.tables
    for name, ids in snapshot.roots.items():
        for chunk in _chunks(list(ids)):
            session.execute(delete(tables[name]).where(tables[name].c.id.in_(chunk)))
    renumbered: dict[str, dict[int, int]] = {}
    for name, moved in snapshot.closed.items():
        # Each survivor moves down, in order, into a place a deleted row or an earlier survivor left:
        # written one by one in that order, no two rows ever share a position (no lift above OFFSET needed).
        ordering.write_positions(session, _CLASSES[name], moved)
        renumbered[name] = dict(moved)
    session.expire_all()
    return renumbered


def restore_rows(session: Session, snapshot: Snapshot) -> None:
    """Put back every row of ``snapshot`` with its ids, positions and references."""
    for name, before in snapshot.positions.items():
        # The survivors move back up, the last first, each to a place above every survivor not yet moved
        # (the delete kept their order): no two rows ever share a position. Then the deleted rows fill the gaps.
        ordering.write_positions(session, _CLASSES[name],
                                 dict(sorted(before.items(), key=lambda item: item[1], reverse=True)))
    connection = session.connection()
    for table in _sorted_tables():
        rows = snapshot.rows.get(table.name)
        if rows:
            # The raw values read by collect, straight back through the driver.
            names = list(rows[0])
            columns = ", ".join(f'"{name}"' for name in names)
            connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) VALUES ({_marks(len(names))})',
                                       [tuple(row[name] for name in names) for row in _parents_first(table, rows)])
    for name, column, row_id, value in snapshot.nulled:
        connection.exec_driver_sql(f'UPDATE "{name}" SET "{column}" = ? WHERE id = ?', (value, row_id))
    session.expire_all()


def _parents_first(table: Table, rows: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
    """Rows of a self-referencing table (journey.derived_from_id) with referenced rows first."""
    if table.name != "journey":
        return list(rows)
    ids = {row["id"] for row in rows}
    done: set[int] = set()
    result: list[dict[str, Any]] = []
    remaining = list(rows)
    while remaining:
        progress = False
        for row in list(remaining):
            parent = row.get("derived_from_id")
            if parent is None or parent not in ids or parent in done:
                result.append(row)
                done.add(row["id"])
                remaining.remove(row)
                progress = True
        if not progress:
            result.extend(remaining)
            break
    return result
