"""Exact deletion and restoration of rows, for undo.

Deleting a row deletes more than the row: the database cascades to its
children (a lane's cards, a card's links, association rows) and sets some
references to NULL (a KPI's card). :func:`collect` walks the schema's
foreign keys to find all of it *before* the delete, and also records the
positions of the surviving siblings whose sequence the delete compacts.
:func:`restore_rows` puts everything back with the original ids, positions
and references, so undo restores exactly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from app.model import ordering
from app.model.schema import ORDER_SCOPES, Base

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
    #: Positions of surviving siblings before the delete compacted them, by table.
    positions: dict[str, dict[int, int]] = field(default_factory=dict)
    #: The surviving siblings of each touched sequence, in order, by table.
    sequences: dict[str, tuple[tuple[int, ...], ...]] = field(default_factory=dict)

    def ids(self) -> dict[str, set[int]]:
        """Ids of the removed rows of tables that have an ``id``."""
        return {name: {row["id"] for row in rows} for name, rows in self.rows.items()
                if rows and "id" in rows[0]}


def _chunks(values: list[Any]) -> list[list[Any]]:
    return [values[i:i + _CHUNK] for i in range(0, len(values), _CHUNK)] or [[]]


def collect(session: Session, roots: dict[str, set[int]]) -> Snapshot:
    """What deleting ``roots`` (table name -> ids) would remove or change."""
    tables = Base.metadata.tables
    rows: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = defaultdict(dict)
    nulled: list[tuple[str, str, int, Any]] = []
    pending: list[tuple[str, set[int]]] = [(name, set(ids)) for name, ids in roots.items() if ids]
    while pending:
        name, ids = pending.pop()
        table = tables[name]
        new = sorted(i for i in ids if (i,) not in rows[name])
        if not new:
            continue
        for chunk in _chunks(new):
            for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
                rows[name][(row["id"],)] = dict(row)
        for other in Base.metadata.sorted_tables:
            for fk in other.foreign_keys:
                if fk.column.table is not table:
                    continue
                column = fk.parent
                for chunk in _chunks(new):
                    if fk.ondelete == "CASCADE":
                        if "id" in other.c:
                            child = set(session.scalars(select(other.c.id).where(column.in_(chunk))))
                            if child:
                                pending.append((other.name, child))
                        else:
                            for row in session.execute(select(other).where(column.in_(chunk))).mappings():
                                key = tuple(row[c.name] for c in other.primary_key.columns)
                                rows[other.name][key] = dict(row)
                    elif fk.ondelete == "SET NULL":
                        for row_id, value in session.execute(
                                select(other.c.id, column).where(column.in_(chunk))):
                            nulled.append((other.name, column.name, row_id, value))
    removed = {name: {key[0] for key in found} for name, found in rows.items() if "id" in tables[name].c}
    nulled = [n for n in nulled if n[2] not in removed.get(n[0], set())]
    positions: dict[str, dict[int, int]] = {}
    sequences: dict[str, tuple[tuple[int, ...], ...]] = {}
    for name, found in rows.items():
        cls = _CLASSES.get(name)
        if cls is None:
            continue
        scopes = {tuple(row[c] for c in ORDER_SCOPES[cls]) for row in found.values()}
        survivors: dict[int, int] = {}
        runs: list[tuple[int, ...]] = []
        for scope in sorted(scopes, key=repr):
            where = and_(True, *(getattr(cls, c) == v for c, v in zip(ORDER_SCOPES[cls], scope, strict=True)))
            position = ordering.position_of(cls)
            run = [(row_id, row_position) for row_id, row_position in
                   session.execute(select(cls.id, position).where(where).order_by(position))
                   if row_id not in removed[name]]
            survivors.update(run)
            if run:
                runs.append(tuple(row_id for row_id, _ in run))
        if survivors:
            positions[name] = survivors
            sequences[name] = tuple(runs)
    ordered = {name: tuple(found[key] for key in sorted(found)) for name, found in rows.items() if found}
    return Snapshot(roots={name: tuple(sorted(ids)) for name, ids in roots.items() if ids}, rows=ordered,
                    nulled=tuple(nulled), positions=positions, sequences=sequences)


def delete_rows(session: Session, snapshot: Snapshot) -> None:
    """Delete the snapshot's roots (the database cascades) and compact the sequences they leave."""
    tables = Base.metadata.tables
    for name, ids in snapshot.roots.items():
        for chunk in _chunks(list(ids)):
            session.execute(delete(tables[name]).where(tables[name].c.id.in_(chunk)))
    for name, runs in snapshot.sequences.items():
        before = snapshot.positions[name]
        moved = {row_id: index for run in runs for index, row_id in enumerate(run) if before[row_id] != index}
        ordering.set_positions(session, _CLASSES[name], moved)
    session.expire_all()


def restore_rows(session: Session, snapshot: Snapshot) -> None:
    """Put back every row of ``snapshot`` with its ids, positions and references."""
    tables = Base.metadata.tables
    for name, before in snapshot.positions.items():
        cls = _CLASSES[name]
        for chunk in _chunks(list(before)):
            session.execute(update(cls).where(cls.id.in_(chunk))
                            .values(position=ordering.position_of(cls) + ordering.OFFSET),
                            execution_options={"synchronize_session": False})
    for table in Base.metadata.sorted_tables:
        rows = snapshot.rows.get(table.name)
        if rows:
            session.execute(insert(table), [dict(row) for row in _parents_first(table, rows)])
    for name, before in snapshot.positions.items():
        ordering.write_positions(session, _CLASSES[name], before)
    for name, column, row_id, value in snapshot.nulled:
        target = tables[name]
        session.execute(update(target).where(target.c.id == row_id).values({column: value}))
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
