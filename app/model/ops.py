"""Every edit of a project, as a function ``fn(session, ...) -> Change``.

The editor's commands, the CLI and the importers all edit through these.
Each function changes the session and flushes, but does not commit: the
caller commits, one transaction per user verb. Each returns a
:class:`Change` naming what changed (ids by table, so views refresh only
that) and its exact :attr:`Change.inverse`, an :class:`Op` of plain data:
``apply(session, change.inverse)`` undoes the change, and the inverse of
that redoes it, with the original ids (deletions come back through
:func:`restore` from a :class:`~app.model.snapshot.Snapshot`).

Indexes past the end of a sequence (or None) mean the end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app.model import ordering, snapshot as snapshots
from app.model.enums import Scale
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.fields import check_fields, editable_fields
from app.model.schema import (
    KPI, Action, Base, Card, CardImage, CardPersona, Channel, Department, Journey, Lane, Link, MeasurementPoint,
    Objective, Persona, Project, Stage,
)
from app.model.snapshot import Snapshot
from app.model.text import clean_text

Ids = dict[str, set[int]]


@dataclass(frozen=True)
class Op:
    """An edit as plain data: the name of a function of this module and its keyword arguments."""

    name: str
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Change:
    """What an op did: ids created, updated and deleted by table name, and how to undo it."""

    created: Ids
    updated: Ids
    deleted: Ids
    inverse: Op
    #: The op's answer, e.g. the new id of ``add_card``.
    result: Any = None


TABLES: dict[str, type[Base]] = {cls.__tablename__: cls for cls in (
    Objective, Persona, Department, Channel, Journey, Stage, Lane, Card, Link, Action, KPI, MeasurementPoint,
    CardPersona, CardImage)}

_REGISTRY: dict[str, Callable[..., Change]] = {}


def _op(fn: Callable[..., Change]) -> Callable[..., Change]:
    _REGISTRY[fn.__name__] = fn
    return fn


def apply(session: Session, op: Op) -> Change:
    """Run the op named ``op.name`` with ``op.kwargs``."""
    fn = _REGISTRY.get(op.name)
    if fn is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no edit named {name}."), name=op.name)
    return fn(session, **op.kwargs)


def _ids(**tables: Any) -> Ids:
    return {name: set(ids) for name, ids in tables.items() if ids}


def get(session: Session, cls: type[Base], row_id: Any) -> Any:
    """The row ``row_id`` of ``cls``, or ModelError."""
    row = session.get(cls, row_id) if isinstance(row_id, int) and not isinstance(row_id, bool) else None
    if row is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no {table} {value}."),
                         table=cls.__tablename__, value=row_id)
    return row


# ----------------------------------------------------------------- generic verbs


def _add(session: Session, cls: type[Base], scope: dict[str, Any], index: int | None, fields: dict[str, Any],
         row_id: int | None) -> Change:
    name = cls.__tablename__
    values = check_fields(session, cls, fields)
    if row_id is not None and session.get(cls, row_id) is not None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is already a {table} {value}."), table=name,
                         value=row_id)
    position = ordering.clamp(index, ordering.count(session, cls, scope))
    ordering.open_gap(session, cls, scope, position)
    session.expire_all()
    row = cls(**scope, **values, position=position)
    if row_id is not None:
        row.id = row_id
    session.add(row)
    session.flush()
    return Change(_ids(**{name: {row.id}}), _siblings(session, cls, scope), {},
                  Op("delete_rows", {"roots": {name: (row.id,)}}), row.id)


def _siblings(session: Session, cls: type[Base], scope: dict[str, Any]) -> Ids:
    if cls is not Card:
        return {}
    ids = set(session.scalars(select(Card.id).where(Card.lane_id == scope["lane_id"],
                                                    Card.stage_id == scope["stage_id"])))
    return _ids(card=ids)


def _update(session: Session, cls: type[Base], row_id: int, fields: dict[str, Any]) -> Change:
    # One column SELECT and one UPDATE: an edit must commit in under 2 ms on a large file.
    name = cls.__tablename__
    if not isinstance(row_id, int) or isinstance(row_id, bool):
        get(session, cls, row_id)
    values = check_fields(session, cls, fields)
    session.flush()
    table = cls.__table__
    connection = session.connection()
    columns = [table.c[key] for key in values] or [table.c.id]
    row = connection.execute(select(*columns).where(table.c.id == row_id)).first()
    if row is None:
        get(session, cls, row_id)
    old = dict(zip(values, row)) if values else {}
    values = {key: clean_text(value) if isinstance(value, str) else value for key, value in values.items()}
    if values:
        connection.execute(table.update().where(table.c.id == row_id).values(**values))
        loaded = session.identity_map.get(identity_key(cls, row_id))
        if loaded is not None:
            session.expire(loaded)
    return Change({}, _ids(**{name: {row_id}}), {}, Op(f"update_{name}", {f"{name}_id": row_id, **old}))


def _move(session: Session, row: Any, scope: dict[str, Any], index: int | None) -> tuple[dict[str, Any], int]:
    """Move ``row`` to ``index`` of ``scope``; returns its old scope and position."""
    cls = type(row)
    old_scope, old_position = ordering.scope_of(cls, row), row.position
    session.flush()
    ordering.park(session, row)
    ordering.close_gap(session, cls, old_scope, old_position)
    position = ordering.clamp(index, ordering.count(session, cls, scope))
    ordering.open_gap(session, cls, scope, position)
    session.execute(update(cls).where(cls.id == row.id).values(**scope, position=position),
                    execution_options={"synchronize_session": False})
    session.expire_all()
    return old_scope, old_position


def _move_ordered(session: Session, cls: type[Base], row_id: int, index: int) -> Change:
    row = get(session, cls, row_id)
    scope = ordering.scope_of(cls, row)
    _, old_position = _move(session, row, scope, index)
    name = cls.__tablename__
    moved = set(session.scalars(select(cls.id).where(*(getattr(cls, c) == v for c, v in scope.items()))))
    return Change({}, _ids(**{name: moved}), {}, Op(f"move_{name}", {f"{name}_id": row_id, "index": old_position}))


def _check_ids(session: Session, cls: type[Base], ids: Any) -> None:
    """ModelError for the first of ``ids`` with no row (one query per 900 ids, not one per id)."""
    ids = list(ids)
    valid = [i for i in ids if isinstance(i, int) and not isinstance(i, bool)]
    found: set[int] = set()
    for start in range(0, len(valid), 900):
        found.update(session.scalars(select(cls.id).where(cls.id.in_(valid[start:start + 900]))))
    for row_id in ids:
        if row_id not in found:
            get(session, cls, row_id)  # raises the one-sentence error


@_op
def delete_rows(session: Session, roots: dict[str, Any]) -> Change:
    """Delete rows by table name (with what cascades); the inverse restores them exactly."""
    for name, ids in roots.items():
        cls = TABLES.get(name)
        if cls is None:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no edit named {name}."), name=name)
        _check_ids(session, cls, ids)
    session.flush()
    snap = snapshots.collect(session, {name: set(ids) for name, ids in roots.items()})
    snapshots.delete_rows(session, snap)
    updated = {name: set(ids) for name, ids in snap.positions.items()}
    for table, _column, row_id, _value in snap.nulled:
        updated.setdefault(table, set()).add(row_id)
    return Change({}, updated, snap.ids(), Op("restore", {"snapshot": snap}))


@_op
def restore(session: Session, snapshot: Snapshot) -> Change:
    """Put back what a delete removed, with the original ids, positions and references."""
    session.flush()
    snapshots.restore_rows(session, snapshot)
    updated = {name: set(ids) for name, ids in snapshot.positions.items()}
    for table, _column, row_id, _value in snapshot.nulled:
        updated.setdefault(table, set()).add(row_id)
    return Change(snapshot.ids(), updated, {}, Op("delete_rows", {"roots": dict(snapshot.roots)}))


# ----------------------------------------------------------------- project-wide rows


def _register_simple(cls: type[Base]) -> None:
    """add_/update_/delete_/move_ ops for a row ordered across the project."""
    name = cls.__tablename__

    def add(session: Session, *, index: int | None = None, row_id: int | None = None, **fields: Any) -> Change:
        row_id = fields.pop(f"{name}_id", row_id)
        return _add(session, cls, {}, index, fields, row_id)

    def update_(session: Session, **fields: Any) -> Change:
        return _update(session, cls, fields.pop(f"{name}_id", None), fields)

    def delete_(session: Session, **kwargs: Any) -> Change:
        row_id = kwargs[f"{name}_id"]
        get(session, cls, row_id)
        return delete_rows(session, {name: (row_id,)})

    def move(session: Session, index: int, **kwargs: Any) -> Change:
        return _move_ordered(session, cls, kwargs[f"{name}_id"], index)

    for verb, fn in (("add", add), ("update", update_), ("delete", delete_), ("move", move)):
        fn.__name__ = f"{verb}_{name}"
        fn.__doc__ = f"{verb.capitalize()} a {name} (see the module docstring)."
        globals()[fn.__name__] = _op(fn)


for _cls in (Objective, Persona, Department, Channel, Action, KPI):
    _register_simple(_cls)


@_op
def update_project(session: Session, **fields: Any) -> Change:
    """Change project fields (title, organisation, author, language, notes); the scale has :func:`set_scale`."""
    if "scale" in fields:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A {table} has no field named {field}."),
                         table="project", field="scale")
    allowed = {k: v for k, v in editable_fields(Project).items() if k != "scale"}
    project = get(session, Project, 1)
    values = check_fields(session, Project, fields, allowed)
    old = {key: getattr(project, key) for key in values}
    for key, value in values.items():
        setattr(project, key, value)
    session.flush()
    return Change({}, _ids(project={1}), {}, Op("update_project", old))


@_op
def set_scale(session: Session, scale: Any, values: dict[str, Any] | None = None) -> Change:
    """Change the satisfaction scale, rescaling every score and target linearly.

    ``values`` (what the inverse carries) gives exact scores instead:
    ``{"cards": {id: score}, "journeys": {id: [target, threshold]}}``.
    """
    try:
        new = Scale(scale)
    except ValueError:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "{value} is not a valid value for {field}."),
                         value=repr(scale), field="scale") from None
    project = get(session, Project, 1)
    old_scale = Scale(project.scale)
    cards = session.execute(select(Card.id, Card.score).where(Card.score.is_not(None))).all()
    journeys = session.execute(select(Journey.id, Journey.target_score, Journey.drop_threshold)).all()
    personas = session.execute(select(CardPersona.id, CardPersona.score).where(CardPersona.score.is_not(None))).all()
    own = session.execute(select(Project.target_score, Project.drop_threshold).where(Project.id == 1)).one()
    before = {"cards": {i: s for i, s in cards},
              "journeys": {i: [t, d] for i, t, d in journeys if t is not None or d is not None},
              "personas": {i: s for i, s in personas}, "project": list(own)}
    ratio = (new.high - new.low) / (old_scale.high - old_scale.low)
    card_scores = values["cards"] if values else {i: old_scale.rescale(s, new) for i, s in cards}
    targets = values["journeys"] if values else {
        i: [None if t is None else old_scale.rescale(t, new), None if d is None else round(d * ratio, 2)]
        for i, t, d in journeys if t is not None or d is not None}
    persona_scores = values.get("personas", {}) if values else {i: old_scale.rescale(s, new) for i, s in personas}
    project_values = (values.get("project", [None, None]) if values else
                      [None if own[0] is None else old_scale.rescale(own[0], new),
                       None if own[1] is None else round(own[1] * ratio, 2)])
    opts = {"synchronize_session": False}
    for row_id, score in persona_scores.items():
        session.execute(update(CardPersona).where(CardPersona.id == int(row_id)).values(score=score),
                        execution_options=opts)
    session.execute(update(Project).where(Project.id == 1).values(
        target_score=project_values[0], drop_threshold=project_values[1]), execution_options=opts)
    for card_id, score in card_scores.items():
        session.execute(update(Card).where(Card.id == int(card_id)).values(score=score), execution_options=opts)
    for journey_id, (target, threshold) in targets.items():
        session.execute(update(Journey).where(Journey.id == int(journey_id))
                        .values(target_score=target, drop_threshold=threshold), execution_options=opts)
    session.execute(update(Project).where(Project.id == 1).values(scale=new.value), execution_options=opts)
    session.expire_all()
    return Change({}, _ids(project={1}, card=set(map(int, card_scores)), journey=set(map(int, targets))), {},
                  Op("set_scale", {"scale": old_scale.value, "values": before}))


def _set_links(session: Session, owner_cls: type[Base], owner_id: int, attribute: str, item_cls: type[Base],
               ids: list[int], op_name: str, key: str) -> Change:
    owner = get(session, owner_cls, owner_id)
    items = [get(session, item_cls, i) for i in dict.fromkeys(ids)]
    old = [item.id for item in getattr(owner, attribute)]
    setattr(owner, attribute, items)
    session.flush()
    return Change({}, _ids(**{owner_cls.__tablename__: {owner_id}}), {},
                  Op(op_name, {key: owner_id, "ids": old}))


@_op
def set_persona_channels(session: Session, persona_id: int, ids: list[int]) -> Change:
    """The channels a persona prefers."""
    return _set_links(session, Persona, persona_id, "channels", Channel, ids, "set_persona_channels", "persona_id")


@_op
def set_journey_personas(session: Session, journey_id: int, ids: list[int]) -> Change:
    """The personas a journey is for."""
    return _set_links(session, Journey, journey_id, "personas", Persona, ids, "set_journey_personas", "journey_id")


@_op
def set_journey_objectives(session: Session, journey_id: int, ids: list[int]) -> Change:
    """The objectives a journey serves."""
    return _set_links(session, Journey, journey_id, "objectives", Objective, ids, "set_journey_objectives",
                      "journey_id")


@_op
def set_action_cards(session: Session, action_id: int, ids: list[int]) -> Change:
    """The irritants (or other cards) an action answers."""
    return _set_links(session, Action, action_id, "cards", Card, ids, "set_action_cards", "action_id")


from app.model.ops_journey import *  # noqa: E402,F401,F403 - journeys, stages, lanes, cards, links
from app.model import ops_journey as _journey_ops  # noqa: E402

for _name in _journey_ops.__all__:
    _REGISTRY[_name] = getattr(_journey_ops, _name)

from app.model.ops_workspace import *  # noqa: E402,F401,F403 - catalogue merges, personas on cards, evidence
from app.model import ops_workspace as _workspace_ops  # noqa: E402

for _name in _workspace_ops.__all__:
    _REGISTRY[_name] = getattr(_workspace_ops, _name)

from app.model.ops_actions import *  # noqa: E402,F401,F403 - creating actions from pain points
from app.model import ops_actions as _action_ops  # noqa: E402

for _name in _action_ops.__all__:
    _REGISTRY[_name] = getattr(_action_ops, _name)

from app.model.ops_workshop import *  # noqa: E402,F401,F403 - dot votes and comments
from app.model import ops_workshop as _workshop_ops  # noqa: E402
from app.model.schema import Comment, Vote, VoteParticipant, VoteRound  # noqa: E402

TABLES.update({cls.__tablename__: cls for cls in (VoteRound, VoteParticipant, Vote, Comment)})
for _name in _workshop_ops.__all__:
    _REGISTRY[_name] = getattr(_workshop_ops, _name)
