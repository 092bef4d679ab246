"""What the method's screens and the CLI read about actions, irritants, KPIs and measurement points.

Plain readers over a session (no Qt): each returns frozen rows of plain
values, so a view can compare what it shows with what the model says, and
``parcours info --json`` prints the same figures as the editor.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.model.enums import ActionStatus, Direction, Horizon, LaneKind, MeasureMethod
from app.model.priority import IrritantFacts, RankedIrritant, action_priority, is_quick_win, rank_irritants
from app.model.schema import KPI, Action, Card, Department, Journey, Lane, MeasurementPoint, Stage, action_card

#: Lane kinds whose cards are pain points (employee irritants become customer irritants later).
PAIN_LANES = frozenset({LaneKind.IRRITANTS, LaneKind.EMPLOYEE})


@dataclass(frozen=True)
class ActionRow:
    """One action with what the table, the matrix and the road map show."""

    id: int
    position: int
    title: str
    department_id: int | None
    impact: int
    effort: int
    affected_share: float | None
    risk: int | None
    status: ActionStatus
    horizon: Horizon | None
    due_date: dt.date | None
    journey_id: int | None
    card_ids: tuple[int, ...]
    #: Titles of the linked cards, in the same order.
    card_titles: tuple[str, ...]
    #: Names of the KPIs measured on the linked cards (how the action plan links KPIs to actions).
    kpi_names: tuple[str, ...]
    priority: float
    quick_win: bool


def _card_title(card: Card) -> str:
    return (card.title or card.body or "").strip().splitlines()[0] if (card.title or card.body or "").strip() else "-"


def read_actions(session: Session, journey_id: int | None = None) -> list[ActionRow]:
    """The project's actions in their order; with ``journey_id``, those of that journey.

    An action belongs to a journey when it says so, when one of its cards is
    on that map, or when it names no journey and no card (a project-wide one).
    """
    actions = session.scalars(select(Action).options(selectinload(Action.cards).selectinload(Card.lane))
                              .order_by(Action.position)).all()
    kpis: dict[int | None, list[str]] = defaultdict(list)
    for card_id, name in session.execute(select(KPI.card_id, KPI.name).where(KPI.card_id.is_not(None))
                                         .order_by(KPI.position)):
        kpis[card_id].append(name)
    rows = []
    for action in actions:
        card_journeys = {card.lane.journey_id for card in action.cards}
        if journey_id is not None and not (action.journey_id == journey_id or journey_id in card_journeys
                                           or (action.journey_id is None and not action.cards)):
            continue
        names = tuple(dict.fromkeys(name for card in action.cards for name in kpis.get(card.id, ())))
        rows.append(ActionRow(
            action.id, action.position, action.title, action.department_id, action.impact, action.effort,
            action.affected_share, action.risk, ActionStatus(action.status),
            Horizon(action.horizon) if action.horizon is not None else None, action.due_date, action.journey_id,
            tuple(card.id for card in action.cards), tuple(_card_title(card) for card in action.cards), names,
            action_priority(action.impact, action.effort, action.affected_share, action.risk),
            is_quick_win(action.impact, action.effort)))
    return rows


@dataclass(frozen=True)
class PainPoint:
    """A pain point card of a journey, where it sits, for pickers and the top irritants."""

    id: int
    title: str
    stage: str
    lane_kind: LaneKind


def read_pain_points(session: Session, journey_id: int) -> list[PainPoint]:
    """The pain point cards of a journey in reading order (stage by stage, then lane, then place)."""
    rows = session.execute(
        select(Card, Stage.name, Lane.kind).join(Lane, Card.lane_id == Lane.id).join(Stage, Card.stage_id == Stage.id)
        .where(Lane.journey_id == journey_id, Lane.kind.in_(list(PAIN_LANES)))
        .order_by(Stage.position, Lane.position, Card.position)).all()
    return [PainPoint(card.id, _card_title(card), stage, LaneKind(kind)) for card, stage, kind in rows]


def irritant_facts(session: Session, journey_id: int) -> list[IrritantFacts]:
    """What :func:`~app.model.priority.rank_irritants` needs of each pain point of a journey, in reading order."""
    points = read_pain_points(session, journey_id)
    cards = {card.id: card for card in session.scalars(select(Card).where(Card.id.in_([p.id for p in points])))}
    answers: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for card_id, impact, effort in session.execute(
            select(action_card.c.card_id, Action.impact, Action.effort)
            .join(Action, Action.id == action_card.c.action_id)
            .where(action_card.c.card_id.in_(list(cards)), Action.status != ActionStatus.DROPPED)):
        answers[card_id].append((impact, effort))
    return [IrritantFacts(point.id, point.title, cards[point.id].affected_share, cards[point.id].severity,
                          tuple(answers.get(point.id, ()))) for point in points]


def top_irritants(session: Session, journey_id: int, *, votes: dict[int, int] | None = None,
                  count: int | None = 3) -> list[RankedIrritant]:
    """The irritants of a journey that matter most (see :func:`~app.model.priority.rank_irritants`).

    Without ``votes``, the dots of the journey's latest workshop vote round
    (:mod:`app.model.votes`) weigh in when there is one, so the room's vote
    reaches the Top irritants view, the action plan, the deck and ``info --json`` alike.
    """
    if votes is None:
        from app.model.votes import latest_round

        latest = latest_round(session, journey_id)
        votes = dict(latest.counts) if latest is not None and latest.counts else None
    return rank_irritants(irritant_facts(session, journey_id), votes=votes, count=count)


def kpi_progress(direction: Direction | str, baseline: float | None, target: float | None,
                 actual: float | None) -> float | None:
    """How far ``actual`` has gone from ``baseline`` toward ``target`` (0 = baseline, 1 = target reached).

    Works both ways: for a KPI that should go down the target is below the
    baseline. Not clamped (below 0: worse than the baseline; above 1: beyond
    the target). None when one of the three values is missing. When the
    target equals the baseline: 1 once the actual meets it in the KPI's
    direction, else 0.
    """
    if baseline is None or target is None or actual is None:
        return None
    if target == baseline:
        higher = Direction(direction) is Direction.HIGHER
        return 1.0 if (actual >= target if higher else actual <= target) else 0.0
    return round((actual - baseline) / (target - baseline), 4)


@dataclass(frozen=True)
class KpiRow:
    """One KPI with its progress."""

    id: int
    name: str
    unit: str
    direction: Direction
    baseline: float | None
    target: float | None
    actual: float | None
    journey_id: int | None
    stage_id: int | None
    card_id: int | None
    progress: float | None


def read_kpis(session: Session, journey_id: int | None = None) -> list[KpiRow]:
    """The KPIs in their order; with ``journey_id``, those of that journey and the project-wide ones."""
    query = select(KPI).order_by(KPI.position)
    if journey_id is not None:
        query = query.where((KPI.journey_id == journey_id) | KPI.journey_id.is_(None))
    return [KpiRow(k.id, k.name, k.unit, Direction(k.direction), k.baseline, k.target, k.actual, k.journey_id,
                   k.stage_id, k.card_id, kpi_progress(k.direction, k.baseline, k.target, k.actual))
            for k in session.scalars(query)]


@dataclass(frozen=True)
class MeasurementRow:
    """One measurement point of a journey."""

    id: int
    journey_id: int
    name: str
    method: MeasureMethod
    card_id: int | None
    stage_id: int | None
    channel_id: int | None
    timing: str


def read_measurement_points(session: Session, journey_id: int | None = None) -> list[MeasurementRow]:
    """The measurement points of a journey (or of all journeys), in their order."""
    query = select(MeasurementPoint).order_by(MeasurementPoint.journey_id, MeasurementPoint.position)
    if journey_id is not None:
        query = query.where(MeasurementPoint.journey_id == journey_id)
    return [MeasurementRow(m.id, m.journey_id, m.name, MeasureMethod(m.method), m.card_id, m.stage_id,
                           m.channel_id, m.timing) for m in session.scalars(query)]


def method_summary(session: Session) -> dict[str, object]:
    """Actions (with priority and horizon), KPIs (with progress), measurement points and top irritants, as JSON data."""
    departments: dict[int | None, str] = dict(session.execute(select(Department.id, Department.name)).all())
    actions = [{"id": a.id, "title": a.title, "status": a.status.value,
                "horizon": a.horizon.value if a.horizon else None, "priority": a.priority, "quick_win": a.quick_win,
                "impact": a.impact, "effort": a.effort, "affected_share": a.affected_share, "risk": a.risk,
                "department": departments.get(a.department_id),
                "due_date": a.due_date.isoformat() if a.due_date else None,
                "journey_id": a.journey_id, "card_ids": list(a.card_ids), "kpis": list(a.kpi_names)}
               for a in read_actions(session)]
    kpis = [{"id": k.id, "name": k.name, "unit": k.unit, "direction": k.direction.value, "baseline": k.baseline,
             "target": k.target, "actual": k.actual, "progress": k.progress, "journey_id": k.journey_id,
             "stage_id": k.stage_id, "card_id": k.card_id} for k in read_kpis(session)]
    points = [{"id": m.id, "journey_id": m.journey_id, "name": m.name, "method": m.method.value,
               "card_id": m.card_id, "stage_id": m.stage_id, "channel_id": m.channel_id, "timing": m.timing}
              for m in read_measurement_points(session)]
    top = {str(journey_id): [{"card_id": r.facts.card_id, "title": r.facts.title, "score": r.score,
                              "quick_win": r.quick_win, "unaddressed": r.unaddressed}
                             for r in top_irritants(session, journey_id)]
           for journey_id in session.scalars(select(Journey.id).order_by(Journey.position))}
    return {"actions": actions, "kpis": kpis, "measurement_points": points, "top_irritants": top}


@dataclass(frozen=True, slots=True)
class PlanIrritant:
    """A pain point as the action plan and the deck print it: where, how much, and the actions answering it."""

    card_id: int
    title: str
    body: str
    stage: str
    severity: int | None
    affected_share: float | None
    #: Actions addressing it (ids, in plan order, dropped ones included).
    action_ids: tuple[int, ...]
    #: Its score in :func:`~app.model.priority.rank_irritants` (0..100).
    score: float
    #: Dots it received in the journey's latest workshop vote (0 without a vote).
    votes: int = 0


def ranked_pain_points(session: Session, journey_id: int, *,
                       votes: dict[int, int] | None = None) -> list[PlanIrritant]:
    """Every pain point of a journey, the one that matters most first (the ranking of :func:`top_irritants`)."""
    ranked = top_irritants(session, journey_id, votes=votes, count=None)
    cards = {card.id: card for card in session.scalars(
        select(Card).where(Card.id.in_([item.facts.card_id for item in ranked])))}
    stages = dict(session.execute(select(Stage.id, Stage.name).where(Stage.journey_id == journey_id)).all())
    addressing: dict[int, list[int]] = defaultdict(list)
    for card_id, action_id in session.execute(
            select(action_card.c.card_id, action_card.c.action_id).join(Action, Action.id == action_card.c.action_id)
            .where(action_card.c.card_id.in_(list(cards))).order_by(Action.position)):
        addressing[card_id].append(action_id)
    return [PlanIrritant(card_id=item.facts.card_id, title=cards[item.facts.card_id].title or "",
                         body=cards[item.facts.card_id].body or "",
                         stage=stages.get(cards[item.facts.card_id].stage_id, "") or "",
                         severity=item.facts.severity, affected_share=item.facts.affected_share,
                         action_ids=tuple(addressing.get(item.facts.card_id, ())), score=item.score,
                         votes=item.votes)
            for item in ranked]
