"""The workspace of a project in plain data: objectives, personas, departments, channels (``parcours info --json``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model.schema import CardImage, CardPersona, Channel, Department, Journey, Objective, Persona


def workspace_summary(session: Session) -> dict[str, Any]:
    """Objectives (with the journeys serving them), personas (with their channels and journeys), catalogues."""
    journeys = session.scalars(select(Journey).order_by(Journey.position)).all()
    serving: dict[int, list[str]] = {}
    mapped_for: dict[int, list[str]] = {}
    for journey in journeys:
        for objective in journey.objectives:
            serving.setdefault(objective.id, []).append(journey.title)
        for persona in journey.personas:
            mapped_for.setdefault(persona.id, []).append(journey.title)
    scored = dict(session.execute(select(CardPersona.persona_id, func.count(CardPersona.id))
                                  .where(CardPersona.score.is_not(None)).group_by(CardPersona.persona_id)).all())
    objectives = [{"id": o.id, "kind": o.kind.value, "title": o.title, "journeys": serving.get(o.id, [])}
                  for o in session.scalars(select(Objective).order_by(Objective.position))]
    personas = [{"id": p.id, "name": p.name, "role": p.role, "segment": p.segment, "age_band": p.age_band,
                 "quote": p.quote, "photo": p.photo is not None,
                 "service_preference": p.service_preference.value if p.service_preference else None,
                 "digital_ease": p.digital_ease, "channels": [c.name for c in p.channels],
                 "journeys": mapped_for.get(p.id, []), "scores": scored.get(p.id, 0)}
                for p in session.scalars(select(Persona).order_by(Persona.position))]
    departments = [{"id": d.id, "name": d.name, "origin": d.origin.value, "side": d.side.value, "colour": d.colour}
                   for d in session.scalars(select(Department).order_by(Department.position))]
    channels = [{"id": c.id, "key": c.key, "name": c.name, "icon": c.icon, "nature": c.nature.value,
                 "colour": c.colour} for c in session.scalars(select(Channel).order_by(Channel.position))]
    images = session.scalar(select(func.count(CardImage.id))) or 0
    return {"objectives": objectives, "personas": personas, "departments": departments, "channels": channels,
            "evidence_images": images}
