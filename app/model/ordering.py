"""0-based ``position`` sequences within a parent (schema.ORDER_SCOPES).

Positions are unique within their parent and read in increasing order. They
are dense (0, 1, 2...) except in the cells of cards a user deleted:
deleting 1,000 cards of a big map leaves the gaps where they were rather
than renumbering the thousands of cards after them (see
:func:`app.model.ops_journey.delete_cards`). So an *index* (the place in the
sequence an edit asks for) becomes a position through :func:`position_at`,
never by taking one for the other.

SQLite checks UNIQUE constraints row by row during an UPDATE and the schema
forbids negative positions, so shifting a run of rows goes through a
temporary offset far above any real position: first every shifted row is
lifted by ``OFFSET`` (+1 when opening a gap), then brought back down.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, and_, func, select, update
from sqlalchemy.orm import Session

from app.model.schema import ORDER_SCOPES, Base, table_of

#: Far above any real position: rows parked here never collide with real ones.
OFFSET = 1_000_000


def scope_of(cls: type[Base], obj_or_values: Any) -> dict[str, Any]:
    """The scope column values of a row (an ORM object or a dict)."""
    columns = ORDER_SCOPES[cls]
    if isinstance(obj_or_values, dict):
        return {c: obj_or_values[c] for c in columns}
    return {c: getattr(obj_or_values, c) for c in columns}


def position_of(cls: type[Base]) -> Column[Any]:
    """The ``position`` column of an ordered class (every class of ``ORDER_SCOPES`` has one)."""
    return table_of(cls).c.position


def _where(cls: type[Base], scope: dict[str, Any]) -> Any:
    return and_(True, *(getattr(cls, c) == v for c, v in scope.items()))


def count(session: Session, cls: type[Base], scope: dict[str, Any]) -> int:
    """How many rows share ``scope`` (a parked row does not count)."""
    return session.scalar(select(func.count()).select_from(cls).where(
        _where(cls, scope), position_of(cls) < OFFSET)) or 0


def position_at(session: Session, cls: type[Base], scope: dict[str, Any], index: int | None) -> int:
    """The position a row inserted at ``index`` of ``scope`` takes (after :func:`open_gap` there).

    That of the row now ``index``-th in the sequence, or one past the last row when ``index`` is None
    or past the end (0 in an empty sequence); a negative index means the start. In a dense sequence,
    ``index`` itself (limited to 0..size).
    """
    position = position_of(cls)
    where = and_(_where(cls, scope), position < OFFSET)
    if index is not None:
        found = session.scalar(select(position).where(where).order_by(position)
                               .limit(1).offset(max(0, index)))
        if found is not None:
            return int(found)
    last = session.scalar(select(func.max(position)).where(where))
    return 0 if last is None else int(last) + 1


def index_of(session: Session, cls: type[Base], scope: dict[str, Any], position: int) -> int:
    """The index (place in the sequence) of the row at ``position`` of ``scope``: how many come before it."""
    return session.scalar(select(func.count()).select_from(cls).where(
        _where(cls, scope), position_of(cls) < position)) or 0


def clamp(index: int | None, size: int) -> int:
    """``index`` limited to 0..size; None or past the end means the end."""
    return size if index is None or index > size else max(0, index)


def _shift(session: Session, cls: type[Base], scope: dict[str, Any], start: int, delta: int) -> None:
    where = _where(cls, scope)
    opts = {"synchronize_session": False}
    session.execute(update(cls).where(where, position_of(cls) >= start, position_of(cls) < OFFSET)
                    .values(position=position_of(cls) + OFFSET + delta), execution_options=opts)
    session.execute(update(cls).where(where, position_of(cls) >= OFFSET, position_of(cls) < 2 * OFFSET)
                    .values(position=position_of(cls) - OFFSET),
                    execution_options=opts)


def open_gap(session: Session, cls: type[Base], scope: dict[str, Any], position: int) -> None:
    """Make room at ``position``: rows at or after it move one place later."""
    _shift(session, cls, scope, position, 1)


def close_gap(session: Session, cls: type[Base], scope: dict[str, Any], position: int) -> None:
    """Fill the hole at ``position``: rows after it move one place earlier."""
    _shift(session, cls, scope, position + 1, -1)


def park(session: Session, obj: Base) -> None:
    """Take ``obj`` out of its sequence (to a temporary position) before it moves."""
    session.execute(update(type(obj)).where(type(obj).id == obj.id).values(position=3 * OFFSET),
                    execution_options={"synchronize_session": False})


def set_positions(session: Session, cls: type[Base], positions: dict[int, int]) -> None:
    """Give rows exact positions (all rows of a scope whose positions change at once)."""
    if not positions:
        return
    opts = {"synchronize_session": False}
    ids = list(positions)
    for start in range(0, len(ids), 900):  # SQLite's limit on bound parameters
        session.execute(update(cls).where(cls.id.in_(ids[start:start + 900]))
                        .values(position=position_of(cls) + OFFSET),
                        execution_options=opts)
    write_positions(session, cls, positions)


def write_positions(session: Session, cls: type[Base], positions: dict[int, int]) -> None:
    """Write ``positions`` (row id -> position) in one executemany: deleting 1,000 cards moves thousands."""
    if not positions:
        return
    table = table_of(cls)
    # Straight to the driver, in the dict's order: SQLAlchemy's handling of each of thousands of
    # parameter sets costs more than SQLite's update.
    session.connection().exec_driver_sql(f'UPDATE "{table.name}" SET position = ? WHERE id = ?',
                                         [(position, row_id) for row_id, position in positions.items()])
