"""Which pain points matter most, and which actions address them (for the deck and the action plan).

:func:`rank_irritants` orders a journey's pain points the way DOMAIN.md
picks "the 2 or 3 major irritants": by how many customers they touch and how
badly (severity 1..5 times the share of customers, in percent), then by
severity, then by share, then in map order. A pain point without a severity
counts as 3 (middling), one without a share as unknown and ranks after the
measured ones of the same severity.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.model.enums import LaneKind
from app.model.schema import Action, Card, Lane, Stage

#: The severity assumed for a pain point that has none.
DEFAULT_SEVERITY = 3


@dataclass(frozen=True, slots=True)
class RankedIrritant:
    """A pain point, where it is, how much it weighs, and the actions that address it (ids, in plan order)."""

    card_id: int
    title: str
    body: str
    stage: str
    severity: int | None
    affected_share: float | None
    action_ids: tuple[int, ...]

    @property
    def weight(self) -> float:
        """Severity times share of customers (the share counts as 0 when unknown)."""
        return (self.severity or DEFAULT_SEVERITY) * (self.affected_share or 0.0)


def rank_irritants(session: Session, journey_id: int) -> list[RankedIrritant]:
    """Every pain point of journey ``journey_id``, weightiest first (see the module's rule)."""
    rows = session.execute(
        select(Card, Stage.name, Stage.position, Lane.position)
        .join(Lane, Card.lane_id == Lane.id).join(Stage, Card.stage_id == Stage.id)
        .where(Lane.journey_id == journey_id, Lane.kind == LaneKind.IRRITANTS)).all()
    addressing: dict[int, list[int]] = {}
    for action in session.scalars(select(Action).options(selectinload(Action.cards)).order_by(Action.position)):
        for card in action.cards:
            addressing.setdefault(card.id, []).append(action.id)
    ranked = []
    for card, stage_name, stage_position, lane_position in rows:
        ranked.append(((stage_position, lane_position, card.position), RankedIrritant(
            card_id=card.id, title=card.title or "", body=card.body or "", stage=stage_name or "",
            severity=card.severity, affected_share=card.affected_share,
            action_ids=tuple(addressing.get(card.id, ())))))
    ranked.sort(key=lambda pair: (-pair[1].weight, -(pair[1].severity or DEFAULT_SEVERITY),
                                  pair[1].affected_share is None, -(pair[1].affected_share or 0.0), pair[0]))
    return [irritant for _order, irritant in ranked]
