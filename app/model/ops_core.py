"""What every op shares: :class:`Op`, :class:`Change`, and the generic row verbs the ops are made of.

An op is a plain function ``fn(session, **kwargs) -> Change`` of one of the
``ops_*`` modules (:mod:`app.model.ops` lists them all). :class:`Op` holds
the function itself and its keyword arguments, so a reader (or an editor's
go-to-definition) follows an edit from the command that holds it to the code
that runs; each op builds its exact inverse the same way, naming the function
that undoes it.

Each op changes the session and flushes, but does not commit: the caller
commits, one transaction per user verb. The :class:`Change` it returns names
what changed (ids by table) and sorts itself for the views
(:attr:`Change.map_effect`, :attr:`Change.touches_journeys`,
:attr:`Change.touches_project`). Deletions go through :func:`delete_rows`,
whose inverse :func:`restore` puts the rows back with their ids from a
:class:`~app.model.snapshot.Snapshot`.

Indexes past the end of a sequence (or None) mean the end.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app.model import ordering
from app.model import snapshot as snapshots
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.fields import check_fields
from app.model.schema import (
    KPI,
    Action,
    Base,
    Card,
    CardImage,
    CardPersona,
    Channel,
    Comment,
    Department,
    Journey,
    Lane,
    Link,
    MeasurementPoint,
    Objective,
    Persona,
    Stage,
    Vote,
    VoteParticipant,
    VoteRound,
    table_of,
)
from app.model.snapshot import Snapshot
from app.model.text import clean_text

#: A row of some table.
RowT = TypeVar("RowT", bound=Base)
#: Ids by table name.
Ids = dict[str, set[int]]
#: An op: ``fn(session, **kwargs) -> Change``.
OpFunction = Callable[..., "Change"]


@dataclass(frozen=True)
class Op:
    """An edit as plain data: the op function to call and its keyword arguments."""

    fn: OpFunction
    kwargs: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Op({self.fn.__module__}.{self.fn.__qualname__}, {self.kwargs!r})"


#: Tables that shape a journey's map: when one changes, a map reads its journey again.
MAP_STRUCTURE_TABLES = frozenset({"stage", "lane", "journey", "project", "channel"})
#: Project-wide tables: the project's panes and palettes follow them.
PROJECT_TABLES = frozenset({"project", "persona", "department", "channel", "action", "kpi", "measurement_point",
                            "objective"})


class MapEffect(enum.Enum):
    """What a change means for a journey's map, from the most to the least it asks of the map."""

    #: Stages, lanes, journeys, project fields or channels changed: read the journey again.
    STRUCTURE = "structure"
    #: Cards (and perhaps the links that come and go with them) changed: follow those cards.
    CARDS = "cards"
    #: Only links changed: read the links again.
    LINKS = "links"
    #: Nothing a map shows.
    NONE = "none"


@dataclass
class Change:
    """What an op did: ids created, updated and deleted by table name, and how to undo it."""

    created: Ids
    updated: Ids
    deleted: Ids
    inverse: Op
    #: The op's answer, e.g. the new id of ``add_card``.
    result: Any = None
    #: Rows of ``updated`` whose only change is their position, by table: id -> new position.
    #: A view may move them instead of reading them again (a delete renumbers thousands of cards).
    positions: dict[str, dict[int, int]] = field(default_factory=dict)

    @property
    def tables(self) -> frozenset[str]:
        """Every table with a row created, updated or deleted."""
        return frozenset(self.created) | frozenset(self.updated) | frozenset(self.deleted)

    @property
    def map_effect(self) -> MapEffect:
        """What a map must do to follow this change (one answer: the biggest that applies)."""
        tables = self.tables
        if tables & MAP_STRUCTURE_TABLES:
            return MapEffect.STRUCTURE
        if "card" in tables:
            return MapEffect.CARDS
        if "link" in tables:
            return MapEffect.LINKS
        return MapEffect.NONE

    @property
    def touches_journeys(self) -> bool:
        """Whether journeys were added, removed or changed (their list, titles, order...)."""
        return "journey" in self.tables

    @property
    def touches_project(self) -> bool:
        """Whether project-wide data changed (:data:`PROJECT_TABLES`)."""
        return bool(self.tables & PROJECT_TABLES)


#: Every table an op adds rows to, by name (what :func:`delete_rows` may be given).
TABLES: dict[str, type[Base]] = {cls.__tablename__: cls for cls in (
    Objective, Persona, Department, Channel, Journey, Stage, Lane, Card, Link, Action, KPI, MeasurementPoint,
    CardPersona, CardImage, VoteRound, VoteParticipant, Vote, Comment)}


def apply(session: Session, op: Op) -> Change:
    """Run ``op.fn`` with ``op.kwargs``."""
    return op.fn(session, **op.kwargs)


def by_table(**tables: Iterable[int]) -> Ids:
    """``{table: set(ids)}`` for the tables given a non-empty collection of ids."""
    return {name: set(row_ids) for name, row_ids in tables.items() if row_ids}


def get(session: Session, cls: type[RowT], row_id: Any) -> RowT:
    """The row ``row_id`` of ``cls``, or ModelError."""
    row = session.get(cls, row_id) if isinstance(row_id, int) and not isinstance(row_id, bool) else None
    if row is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no {table} {value}."),
                         table=cls.__tablename__, value=row_id)
    return row


# ----------------------------------------------------------------- generic verbs


def insert_row(session: Session, cls: type[Base], scope: dict[str, Any], index: int | None,
               fields: dict[str, Any], row_id: int | None) -> Change:
    """Add a row of ``cls`` at ``index`` of ``scope`` (checked fields); its inverse deletes it."""
    name = cls.__tablename__
    values = check_fields(session, cls, fields)
    if row_id is not None and session.get(cls, row_id) is not None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is already a {table} {value}."), table=name,
                         value=row_id)
    position = ordering.position_at(session, cls, scope, index)
    ordering.open_gap(session, cls, scope, position)
    session.expire_all()
    row = cls(**scope, **values, position=position)
    if row_id is not None:
        row.id = row_id
    session.add(row)
    session.flush()
    return Change(by_table(**{name: {row.id}}), _siblings(session, cls, scope), {},
                  Op(delete_rows, {"roots": {name: (row.id,)}}), row.id)


def _siblings(session: Session, cls: type[Base], scope: dict[str, Any]) -> Ids:
    if cls is not Card:
        return {}
    card_ids = set(session.scalars(select(Card.id).where(Card.lane_id == scope["lane_id"],
                                                         Card.stage_id == scope["stage_id"])))
    return by_table(card=card_ids)


@dataclass(frozen=True)
class _RowStatements:
    """The SQL that reads and writes some columns of one row, with the columns' own conversions.

    An edit is one SELECT and one UPDATE of a few columns; built by SQLAlchemy's expression
    language they cost more to compile than SQLite takes to run them (an edit is committed at each
    keystroke's end: budget 2 ms, and at most 3 times a raw update). The text is made once per
    table and set of columns; values pass through each column type's own bind and result processors.
    """

    columns: tuple[str, ...]
    read: str
    write: str
    binds: tuple[Callable[[Any], Any] | None, ...]
    results: tuple[Callable[[Any], Any] | None, ...]

    def old_values(self, row: Any) -> dict[str, Any]:
        """The columns' values read by :attr:`read`, as their types give them (enums, dates...)."""
        return {column: convert(value) if convert is not None and value is not None else value
                for column, convert, value in zip(self.columns, self.results, row, strict=True)}

    def parameters(self, values: dict[str, Any], row_id: int) -> tuple[Any, ...]:
        """The parameters of :attr:`write` for ``values`` of :attr:`columns` (in that order)."""
        return (*(convert(values[column]) if convert is not None else values[column]
                  for column, convert in zip(self.columns, self.binds, strict=True)), row_id)


@functools.lru_cache(maxsize=256)
def _row_statements(table: Table, columns: tuple[str, ...], dialect: Dialect) -> _RowStatements:
    quoted = [dialect.identifier_preparer.quote(column) for column in columns]
    name = dialect.identifier_preparer.format_table(table)
    types = [table.c[column].type for column in columns]
    return _RowStatements(
        columns,
        f"SELECT {', '.join(quoted) or 'id'} FROM {name} WHERE id = ?",
        f"UPDATE {name} SET {', '.join(f'{column} = ?' for column in quoted)} WHERE id = ?",
        tuple(kind.bind_processor(dialect) for kind in types),
        tuple(kind.result_processor(dialect, None) for kind in types))


def update_row(session: Session, cls: type[Base], row_id: int, fields: dict[str, Any], inverse: OpFunction,
               key: str) -> Change:
    """Change fields of one row; the inverse calls ``inverse`` with ``key=row_id`` and the old values."""
    # One column SELECT and one UPDATE: an edit must commit in under 2 ms on a large file.
    name = cls.__tablename__
    if not isinstance(row_id, int) or isinstance(row_id, bool):
        get(session, cls, row_id)
    values = check_fields(session, cls, fields)
    session.flush()
    connection = session.connection()
    statements = _row_statements(table_of(cls), tuple(values), connection.dialect)
    found = connection.exec_driver_sql(statements.read, (row_id,)).first()
    if found is None:
        get(session, cls, row_id)
    old = statements.old_values(found) if values and found is not None else {}
    values = {column: clean_text(value) if isinstance(value, str) else value for column, value in values.items()}
    if values:
        connection.exec_driver_sql(statements.write, statements.parameters(values, row_id))
        loaded = session.identity_map.get(identity_key(cls, row_id))
        if loaded is not None:
            session.expire(loaded)
    return Change({}, by_table(**{name: {row_id}}), {}, Op(inverse, {key: row_id, **old}))


def move_row(session: Session, row: Any, scope: dict[str, Any], index: int | None, *,
             exact: bool = False) -> tuple[dict[str, Any], int]:
    """Move ``row`` to ``index`` of ``scope``; returns its old scope and position.

    ``exact``: ``index`` is the position itself (an undo putting a row back where it was, gaps and all:
    moving it back to that position undoes the move exactly, see :mod:`app.model.ordering`).
    """
    cls = type(row)
    old_scope, old_position = ordering.scope_of(cls, row), row.position
    session.flush()
    ordering.park(session, row)
    ordering.close_gap(session, cls, old_scope, old_position)
    if exact and isinstance(index, int) and index >= 0:
        position = index
    else:
        position = ordering.position_at(session, cls, scope, index)
    ordering.open_gap(session, cls, scope, position)
    session.execute(update(cls).where(cls.id == row.id).values(**scope, position=position),
                    execution_options={"synchronize_session": False})
    session.expire_all()
    return old_scope, old_position


def move_in_order(session: Session, cls: type[Base], row_id: int, index: int, inverse: OpFunction,
                  key: str) -> Change:
    """Move a row to ``index`` of its own sequence; the inverse calls ``inverse`` with ``key=row_id``."""
    row = get(session, cls, row_id)
    scope = ordering.scope_of(cls, row)
    _, old_position = move_row(session, row, scope, index)
    name = cls.__tablename__
    moved = set(session.scalars(select(cls.id).where(*(getattr(cls, c) == v for c, v in scope.items()))))
    return Change({}, by_table(**{name: moved}), {}, Op(inverse, {key: row_id, "index": old_position}))


def check_ids(session: Session, cls: type[Base], row_ids: Iterable[Any]) -> None:
    """ModelError for the first of ``row_ids`` with no row (one query per 900 ids, not one per id)."""
    wanted = list(row_ids)
    valid = [i for i in wanted if isinstance(i, int) and not isinstance(i, bool)]
    found: set[int] = set()
    for start in range(0, len(valid), 900):
        found.update(session.scalars(select(cls.id).where(cls.id.in_(valid[start:start + 900]))))
    for row_id in wanted:
        if row_id not in found or isinstance(row_id, bool):  # True == 1: a bool must not pass for an id
            get(session, cls, row_id)  # raises the one-sentence error


def delete_rows(session: Session, roots: dict[str, Any], gaps: tuple[str, ...] = ()) -> Change:
    """Delete rows by table name (with what cascades); the inverse restores them exactly.

    The rows left in the sequences the deleted ones leave are renumbered densely, except in the
    tables named in ``gaps`` (``("card",)`` for a user's delete of cards: they keep their positions,
    see :mod:`app.model.ordering`; the restore puts the deleted rows back in the gaps).
    """
    for name, row_ids in roots.items():
        cls = TABLES.get(name)
        if cls is None:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no edit named {name}."), name=name)
        for row_id in row_ids:
            if not isinstance(row_id, int) or isinstance(row_id, bool):  # True == 1: a bool is no id
                get(session, cls, row_id)  # raises the one-sentence error
    session.flush()
    snap = snapshots.collect(session, {name: set(row_ids) for name, row_ids in roots.items()}, gaps=gaps)
    # The rows collect found are those that exist: a root it did not find has no row (nothing written yet).
    found = snap.ids()
    for name, row_ids in roots.items():
        missing = [row_id for row_id in row_ids if row_id not in found.get(name, ())]
        if missing:
            get(session, TABLES[name], missing[0])
    moved = snapshots.delete_rows(session, snap)
    return Change({}, _reordered(snap), snap.ids(), Op(restore, {"snapshot": snap}),
                  positions=_positions_only(snap, moved))


def restore(session: Session, snapshot: Snapshot) -> Change:
    """Put back what a delete removed, with the original ids, positions and references."""
    session.flush()
    snapshots.restore_rows(session, snapshot)
    again = {"roots": dict(snapshot.roots), **({"gaps": snapshot.gaps} if snapshot.gaps else {})}
    return Change(snapshot.ids(), _reordered(snapshot), {}, Op(delete_rows, again),
                  positions=_positions_only(snapshot, snapshot.positions))


def _positions_only(snap: Snapshot, positions: dict[str, dict[int, int]]) -> dict[str, dict[int, int]]:
    """``positions`` (table -> id -> position written) less the rows whose references changed too."""
    if not snap.nulled:
        return {name: dict(written) for name, written in positions.items() if written}  # a copy: C-fast
    nulled: dict[str, set[int]] = {}
    for table, _column, row_id, _value in snap.nulled:
        nulled.setdefault(table, set()).add(row_id)
    return {name: {row_id: position for row_id, position in written.items() if row_id not in nulled.get(name, ())}
            for name, written in positions.items() if written}


def _reordered(snap: Snapshot) -> Ids:
    """The rows a delete (or its restore) renumbered or whose references it cleared (or set back)."""
    updated = {name: set(row_ids) for name, row_ids in snap.positions.items()}
    for table, _column, row_id, _value in snap.nulled:
        updated.setdefault(table, set()).add(row_id)
    return updated
