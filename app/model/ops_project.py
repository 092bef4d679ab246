"""Project-wide edits: the project's fields and scale, and its ordered lists of rows.

Objectives, personas, departments, channels, actions and KPIs are each
ordered across the project and have the same four ops (``add_``,
``update_``, ``move_``, ``delete_``); the links between rows (a persona's
channels, a journey's personas...) are set whole. Same contract as every op
(:mod:`app.model.ops_core`): ``fn(session, ...) -> Change`` with an exact
inverse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.model.enums import Scale
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.fields import check_fields, editable_fields
from app.model.ops_core import (
    Change,
    Op,
    OpFunction,
    by_table,
    delete_rows,
    get,
    insert_row,
    move_in_order,
    update_row,
)
from app.model.schema import (
    KPI,
    Action,
    Base,
    Card,
    CardPersona,
    Channel,
    Department,
    Journey,
    Objective,
    Persona,
    Project,
)

# ----------------------------------------------------------------- the project


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
    return Change({}, by_table(project={1}), {}, Op(update_project, old))


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
    # (The queries above leave out unscored rows: ``s is not None`` only tells the type checker.)
    card_scores = values["cards"] if values else {i: old_scale.rescale(s, new) for i, s in cards if s is not None}
    targets = values["journeys"] if values else {
        i: [None if t is None else old_scale.rescale(t, new), None if d is None else round(d * ratio, 2)]
        for i, t, d in journeys if t is not None or d is not None}
    persona_scores = (values.get("personas", {}) if values else
                      {i: old_scale.rescale(s, new) for i, s in personas if s is not None})
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
    return Change({}, by_table(project={1}, card=set(map(int, card_scores)), journey=set(map(int, targets))), {},
                  Op(set_scale, {"scale": old_scale.value, "values": before}))


# ----------------------------------------------------------------- links between rows


def _set_links(session: Session, owner_cls: type[Base], owner_id: int, attribute: str, item_cls: type[Base],
               item_ids: list[int], inverse: OpFunction, key: str) -> Change:
    owner = get(session, owner_cls, owner_id)
    items = [get(session, item_cls, i) for i in dict.fromkeys(item_ids)]
    old = [item.id for item in getattr(owner, attribute)]
    setattr(owner, attribute, items)
    session.flush()
    return Change({}, by_table(**{owner_cls.__tablename__: {owner_id}}), {},
                  Op(inverse, {key: owner_id, "ids": old}))


def set_persona_channels(session: Session, persona_id: int, ids: list[int]) -> Change:
    """The channels a persona prefers."""
    return _set_links(session, Persona, persona_id, "channels", Channel, ids, set_persona_channels, "persona_id")


def set_journey_personas(session: Session, journey_id: int, ids: list[int]) -> Change:
    """The personas a journey is for."""
    return _set_links(session, Journey, journey_id, "personas", Persona, ids, set_journey_personas, "journey_id")


def set_journey_objectives(session: Session, journey_id: int, ids: list[int]) -> Change:
    """The objectives a journey serves."""
    return _set_links(session, Journey, journey_id, "objectives", Objective, ids, set_journey_objectives,
                      "journey_id")


def set_action_cards(session: Session, action_id: int, ids: list[int]) -> Change:
    """The irritants (or other cards) an action answers."""
    return _set_links(session, Action, action_id, "cards", Card, ids, set_action_cards, "action_id")


# ----------------------------------------------------------------- objectives


def add_objective(session: Session, *, index: int | None = None, objective_id: int | None = None,
                  **fields: Any) -> Change:
    """A new objective at ``index`` of the project's objectives (``objective_id``: the id an undo brings back)."""
    return insert_row(session, Objective, {}, index, fields, objective_id)


def update_objective(session: Session, objective_id: int, **fields: Any) -> Change:
    """Change fields of an objective."""
    return update_row(session, Objective, objective_id, fields, update_objective, "objective_id")


def move_objective(session: Session, objective_id: int, index: int) -> Change:
    """Move an objective to ``index`` of the project's objectives."""
    return move_in_order(session, Objective, objective_id, index, move_objective, "objective_id")


def delete_objective(session: Session, objective_id: int) -> Change:
    """Delete an objective (restorable; what named it keeps None)."""
    get(session, Objective, objective_id)
    return delete_rows(session, {"objective": (objective_id,)})

# ----------------------------------------------------------------- personas


def add_persona(session: Session, *, index: int | None = None, persona_id: int | None = None,
                **fields: Any) -> Change:
    """A new persona at ``index`` of the project's personas (``persona_id``: the id an undo brings back)."""
    return insert_row(session, Persona, {}, index, fields, persona_id)


def update_persona(session: Session, persona_id: int, **fields: Any) -> Change:
    """Change fields of a persona."""
    return update_row(session, Persona, persona_id, fields, update_persona, "persona_id")


def move_persona(session: Session, persona_id: int, index: int) -> Change:
    """Move a persona to ``index`` of the project's personas."""
    return move_in_order(session, Persona, persona_id, index, move_persona, "persona_id")


def delete_persona(session: Session, persona_id: int) -> Change:
    """Delete a persona (restorable; what named it keeps None)."""
    get(session, Persona, persona_id)
    return delete_rows(session, {"persona": (persona_id,)})

# ----------------------------------------------------------------- departments


def add_department(session: Session, *, index: int | None = None, department_id: int | None = None,
                   **fields: Any) -> Change:
    """A new department at ``index`` of the project's departments (``department_id``: the id an undo brings back)."""
    return insert_row(session, Department, {}, index, fields, department_id)


def update_department(session: Session, department_id: int, **fields: Any) -> Change:
    """Change fields of a department."""
    return update_row(session, Department, department_id, fields, update_department, "department_id")


def move_department(session: Session, department_id: int, index: int) -> Change:
    """Move a department to ``index`` of the project's departments."""
    return move_in_order(session, Department, department_id, index, move_department, "department_id")


def delete_department(session: Session, department_id: int) -> Change:
    """Delete a department (restorable; what named it keeps None)."""
    get(session, Department, department_id)
    return delete_rows(session, {"department": (department_id,)})

# ----------------------------------------------------------------- channels


def add_channel(session: Session, *, index: int | None = None, channel_id: int | None = None,
                **fields: Any) -> Change:
    """A new channel at ``index`` of the project's channels (``channel_id``: the id an undo brings back)."""
    return insert_row(session, Channel, {}, index, fields, channel_id)


def update_channel(session: Session, channel_id: int, **fields: Any) -> Change:
    """Change fields of a channel."""
    return update_row(session, Channel, channel_id, fields, update_channel, "channel_id")


def move_channel(session: Session, channel_id: int, index: int) -> Change:
    """Move a channel to ``index`` of the project's channels."""
    return move_in_order(session, Channel, channel_id, index, move_channel, "channel_id")


def delete_channel(session: Session, channel_id: int) -> Change:
    """Delete a channel (restorable; what named it keeps None)."""
    get(session, Channel, channel_id)
    return delete_rows(session, {"channel": (channel_id,)})

# ----------------------------------------------------------------- actions


def add_action(session: Session, *, index: int | None = None, action_id: int | None = None,
               **fields: Any) -> Change:
    """A new action at ``index`` of the project's actions (``action_id``: the id an undo brings back)."""
    return insert_row(session, Action, {}, index, fields, action_id)


def update_action(session: Session, action_id: int, **fields: Any) -> Change:
    """Change fields of an action."""
    return update_row(session, Action, action_id, fields, update_action, "action_id")


def move_action(session: Session, action_id: int, index: int) -> Change:
    """Move an action to ``index`` of the project's actions."""
    return move_in_order(session, Action, action_id, index, move_action, "action_id")


def delete_action(session: Session, action_id: int) -> Change:
    """Delete an action (restorable; what named it keeps None)."""
    get(session, Action, action_id)
    return delete_rows(session, {"action": (action_id,)})

# ----------------------------------------------------------------- KPIs


def add_kpi(session: Session, *, index: int | None = None, kpi_id: int | None = None,
            **fields: Any) -> Change:
    """A new kpi at ``index`` of the project's KPIs (``kpi_id``: the id an undo brings back)."""
    return insert_row(session, KPI, {}, index, fields, kpi_id)


def update_kpi(session: Session, kpi_id: int, **fields: Any) -> Change:
    """Change fields of a KPI."""
    return update_row(session, KPI, kpi_id, fields, update_kpi, "kpi_id")


def move_kpi(session: Session, kpi_id: int, index: int) -> Change:
    """Move a KPI to ``index`` of the project's KPIs."""
    return move_in_order(session, KPI, kpi_id, index, move_kpi, "kpi_id")


def delete_kpi(session: Session, kpi_id: int) -> Change:
    """Delete a KPI (restorable; what named it keeps None)."""
    get(session, KPI, kpi_id)
    return delete_rows(session, {"kpi": (kpi_id,)})


# ----------------------------------------------------------------- the four ops of each list


@dataclass(frozen=True)
class RowOps:
    """The four ops of one of the project's ordered lists, for views that edit any of them."""

    #: The table's name (``persona``...); the ops take the row id as ``<table>_id``.
    table: str
    add: OpFunction
    update: OpFunction
    move: OpFunction
    delete: OpFunction


OBJECTIVES = RowOps("objective", add_objective, update_objective, move_objective, delete_objective)
PERSONAS = RowOps("persona", add_persona, update_persona, move_persona, delete_persona)
DEPARTMENTS = RowOps("department", add_department, update_department, move_department, delete_department)
CHANNELS = RowOps("channel", add_channel, update_channel, move_channel, delete_channel)
ACTIONS = RowOps("action", add_action, update_action, move_action, delete_action)
KPIS = RowOps("kpi", add_kpi, update_kpi, move_kpi, delete_kpi)
