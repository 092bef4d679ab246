"""Writing a workbook's other sheets (:class:`~app.export.read.workbook.Extras`) into the project.

See :mod:`app.export.read.workbook` for the two cases: the rest of a new
journey (:func:`write_rest`), or the Actions and KPIs sheets merged back
into the journey they came from (:func:`merge`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.read.journey_plan import name_key
from app.export.read.references import References
from app.export.read.workbook import Extras
from app.export.workbook import project_stamp
from app.model import ops
from app.model.errors import QT_TRANSLATE_NOOP, ModelError, ParcoursError
from app.model.schema import KPI, Action, Card, Journey, Lane, Persona


def same_journey(session: Session, extras: Extras) -> int | None:
    """The id of the journey the workbook came from when it is this project's (same creation, id and title), or None.

    Two projects made from the same template share journey ids and titles,
    so the project's creation time is compared too.
    """
    if extras.journey_id is None or "title" not in extras.journey or extras.project_created != project_stamp(session):
        return None
    journey = session.get(Journey, extras.journey_id)
    if journey is None or name_key(journey.title) != name_key(extras.journey["title"]):
        return None
    return journey.id


def write_rest(session: Session, journey_id: int, extras: Extras, card_ids: dict[int, int],
               stage_ids: dict[str, int], references: References, warnings: list[ParcoursError]) -> None:
    """Personas, links, actions and KPIs of a workbook, for the new journey ``journey_id``.

    ``card_ids`` maps the workbook's card ids to the new cards, ``stage_ids``
    stage names to the new stages.
    """
    _personas(session, journey_id, extras, references, warnings)
    lost: list[str] = []
    for number, source, target, fields in extras.links:
        if source not in card_ids or target not in card_ids:
            lost.append(str(number))
            continue
        try:
            ops.add_link(session, card_ids[source], card_ids[target], **fields)
        except ModelError:
            lost.append(str(number))
    if lost:
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "These rows of the Links sheet name cards the workbook does not hold, or repeat a link: "
                      "they were not imported: {rows}."), rows=", ".join(lost[:20])))
    missing: list[str] = []
    for _number, _ident, fields, cards, department in extras.actions:
        action = ops.apply(session, ops.Op(ops.add_action, {**fields, "journey_id": journey_id,
                                                          "department_id": references.department(department)})).result
        linked = [card_ids[card] for card in cards if card in card_ids]
        missing += [str(card) for card in cards if card not in card_ids]
        if linked:
            ops.set_action_cards(session, action, linked)
    for _number, _ident, fields, stage, card in extras.kpis:
        missing += [str(card)] if card is not None and card not in card_ids else []
        ops.apply(session, ops.Op(ops.add_kpi, {**fields, "journey_id": journey_id, "stage_id": stage_ids.get(stage),
                                              "card_id": card_ids.get(card) if card is not None else None}))
    if missing:
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "Some actions or KPIs point at cards the workbook does not hold ({ids}): "
                      "those links were not imported."), ids=", ".join(dict.fromkeys(missing))))


def _personas(session: Session, journey_id: int, extras: Extras, references: References,
              warnings: list[ParcoursError]) -> None:
    existing: dict[str, int] = {}
    for ident, name in session.execute(select(Persona.id, Persona.name).order_by(Persona.position)):
        existing.setdefault(name_key(name), ident)
    chosen: list[int] = []
    kept: list[str] = []
    for persona in extras.personas:
        fields = {key: value for key, value in persona.items() if key not in ("in_journey", "channels")}
        key = name_key(persona["name"])
        if key in existing:
            row = session.get(Persona, existing[key])
            if any((getattr(row, name) or None) != (value or None) for name, value in fields.items() if name != "name"):
                kept.append(persona["name"])
        else:
            existing[key] = ops.apply(session, ops.Op(ops.add_persona, fields)).result
            channels = [found for name in persona["channels"] if (found := references.channel(name)) is not None]
            if channels:
                ops.set_persona_channels(session, existing[key], list(dict.fromkeys(channels)))
            warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
                "errors", "The persona {name} was added to the project."), name=persona["name"]))
        if persona["in_journey"] and existing[key] not in chosen:
            chosen.append(existing[key])
    if chosen:
        ops.set_journey_personas(session, journey_id, chosen)
    if kept:
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "These personas were already in the project, so the workbook's description of them was not "
                      "imported: {names}."), names=", ".join(kept)))


# --------------------------------------------------------------------------- the same journey back


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "-"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(getattr(value, "value", value))


def _changes(row: Any, fields: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if getattr(row, key) != value}


def merge(session: Session, journey_id: int, extras: Extras, references: References,
          warnings: list[ParcoursError]) -> int:
    """Merge the Actions and KPIs sheets into the journey they came from; how many rows changed or were added."""
    journey_cards = set(session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                                        .where(Lane.journey_id == journey_id)))
    stages = {stage.name: stage.id for stage in session.get_one(Journey, journey_id).stages}
    count = 0
    for _number, ident, fields, cards, department in extras.actions:
        fields = {**fields, "department_id": references.department(department)}
        linked = [card for card in cards if card in journey_cards]
        action = session.get(Action, ident) if ident is not None else None
        if action is None:
            new = ops.apply(session, ops.Op(ops.add_action, {**fields, "journey_id": journey_id})).result
            if linked:
                ops.set_action_cards(session, new, linked)
            warnings.append(ParcoursError(QT_TRANSLATE_NOOP("errors", "Action added: {title}."), title=fields["title"]))
            count += 1
            continue
        changed = _changes(action, fields)
        before = {key: getattr(action, key) for key in changed}
        if changed:
            ops.apply(session, ops.Op(ops.update_action, {"action_id": action.id, **changed}))
        if sorted(linked) != sorted(card.id for card in action.cards):
            ops.set_action_cards(session, action.id, linked)
            before["cards"], changed["cards"] = len(action.cards), len(linked)
        if changed:
            warnings.append(ParcoursError(QT_TRANSLATE_NOOP("errors", "Action {id} ({title}) changed: {changes}."),
                                          id=action.id, title=fields["title"], changes=_listed(before, changed)))
            count += 1
    for _number, ident, fields, stage, card in extras.kpis:
        fields = {**fields, "stage_id": stages.get(stage), "card_id": card if card in journey_cards else None}
        kpi = session.get(KPI, ident) if ident is not None else None
        if kpi is None:
            ops.apply(session, ops.Op(ops.add_kpi, {**fields, "journey_id": journey_id}))
            warnings.append(ParcoursError(QT_TRANSLATE_NOOP("errors", "KPI added: {name}."), name=fields["name"]))
            count += 1
            continue
        changed = _changes(kpi, fields)
        if changed:
            before = {key: getattr(kpi, key) for key in changed}
            ops.apply(session, ops.Op(ops.update_kpi, {"kpi_id": kpi.id, **changed}))
            warnings.append(ParcoursError(QT_TRANSLATE_NOOP("errors", "KPI {id} ({name}) changed: {changes}."),
                                          id=kpi.id, name=fields["name"], changes=_listed(before, changed)))
            count += 1
    skipped = ["cards", *sorted(extras.sheets & {"stages", "lanes", "personas", "links", "channels"})]
    warnings.insert(0, ParcoursError(QT_TRANSLATE_NOOP(
        "errors", "The workbook is the journey {title} of this project: its Actions and KPIs sheets were merged "
                  "into it, and its other sheets ({sheets}) were not imported again."),
        title=extras.journey.get("title", ""), sheets=", ".join(skipped) or "-"))
    return count


def _listed(before: dict[str, Any], after: dict[str, Any]) -> str:
    return "; ".join(f"{key} {_shown(before[key])} → {_shown(after[key])}" for key in after)
