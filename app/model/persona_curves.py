"""Several personas on one map: one emotion curve per persona that has scores of its own.

A card applies to every persona unless it names some (``card_persona``
rows). A persona's curve runs through the journey's touchpoints in reading
order: its own score where it has one, the card's score where the card
applies to it without a score of its own, and a gap where the card does not
apply to it. Only personas with at least one score of their own get a
curve, at most :data:`MAX_CURVES` (UXPressia draws up to five), in the
project's persona order, so a map without per-persona scores draws exactly
one curve, as before. Qt-free; the emotion pane and the poster draw these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.curve import CurvePoint, Touchpoint, curve_points
from app.model.schema import CardPersona, Persona

#: The most persona curves drawn on one map.
MAX_CURVES = 5

#: Colours of persona curves for personas without a colour of their own.
PALETTE = ("#D35400", "#16A085", "#8E44AD", "#C0392B", "#2C3E50")


@dataclass(frozen=True)
class PersonaCurve:
    """One persona's curve: who, in which colour, and its points (gaps as None)."""

    persona_id: int
    name: str
    colour: str
    points: list[CurvePoint]


def persona_curves(session: Session, touchpoints: Sequence[Touchpoint], limit: int = MAX_CURVES) -> list[PersonaCurve]:
    """The curves of the personas with scores of their own on these touchpoints (none: an empty list)."""
    ids = [t.card_id for t in touchpoints]
    # The usual map has no per-persona row at all: one indexed probe, and the pane's budget is kept.
    if not ids or session.execute(select(CardPersona.id).limit(1)).first() is None:
        return []
    rows: list[tuple[int, int, float | None]] = []
    for start in range(0, len(ids), 900):
        rows += session.execute(select(CardPersona.card_id, CardPersona.persona_id, CardPersona.score)
                                .where(CardPersona.card_id.in_(ids[start:start + 900]))).all()
    scored = {persona_id for _card, persona_id, score in rows if score is not None}
    if not scored:
        return []
    personas = session.execute(select(Persona.id, Persona.name, Persona.colour, Persona.position)
                               .where(Persona.id.in_(scored)).order_by(Persona.position)).all()[:limit]
    by_card: dict[int, dict[int, float | None]] = {}
    for card_id, persona_id, score in rows:
        by_card.setdefault(card_id, {})[persona_id] = score
    curves = []
    for index, (persona_id, name, colour, _position) in enumerate(personas):
        own = []
        for touchpoint in touchpoints:
            named = by_card.get(touchpoint.card_id)
            if named is None:
                score = touchpoint.score
            elif persona_id in named:
                score = named[persona_id] if named[persona_id] is not None else touchpoint.score
            else:
                score = None
            own.append(_with_score(touchpoint, score))
        curves.append(PersonaCurve(persona_id, name, colour or PALETTE[index % len(PALETTE)], curve_points(own)))
    return curves


def _with_score(touchpoint: Touchpoint, score: float | None) -> Touchpoint:
    return Touchpoint(touchpoint.card_id, touchpoint.stage_id, touchpoint.stage_position, touchpoint.lane_position,
                      touchpoint.position, touchpoint.title, score, touchpoint.emotion, touchpoint.channel_id,
                      touchpoint.moment_of_truth)


def cards_not_for(session: Session, card_ids: Sequence[int], persona_id: int) -> frozenset[int]:
    """The cards that do not apply to ``persona_id``: those that name personas of their own, but not this one.

    A card that names no persona applies to every persona. The canvas's persona
    filter and the presentation's P filter both follow this rule.
    """
    named: dict[int, set[int]] = {}
    ids = list(card_ids)
    for start in range(0, len(ids), 900):
        for card_id, persona in session.execute(select(CardPersona.card_id, CardPersona.persona_id)
                                                .where(CardPersona.card_id.in_(ids[start:start + 900]))):
            named.setdefault(card_id, set()).add(persona)
    return frozenset(card_id for card_id, personas in named.items() if persona_id not in personas)
