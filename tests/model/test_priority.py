"""The action priority score, the irritant ranking, KPI progress and creating an action from pain points."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import method_data, ops, templates
from app.model.enums import ActionStatus, LaneKind
from app.model.errors import ModelError
from app.model.ops import Op
from app.model.priority import IrritantFacts, action_priority, irritant_score, is_quick_win, rank_irritants
from app.model.schema import Action, Card, Journey, Lane
from tests.model.helpers import dump_tables

# ----------------------------------------------------------------- action priority


def test_priority_spans_0_to_100_and_orders_by_each_factor() -> None:
    assert action_priority(5, 1, 100, 1) == 100.0
    assert action_priority(1, 5, 0, 5) == 0.0
    base = action_priority(3, 3, 50, 3)
    assert action_priority(4, 3, 50, 3) > base  # more impact
    assert action_priority(3, 2, 50, 3) > base  # less effort
    assert action_priority(3, 3, 80, 3) > base  # more customers helped
    assert action_priority(3, 3, 50, 1) > base  # less risk


def test_priority_treats_unknowns_as_middling_and_clamps_out_of_range() -> None:
    assert action_priority(3, 3, None, None) == action_priority(3, 3, 50, 3)
    assert action_priority(9, -2, 150, 0) == action_priority(5, 1, 100, 1)


def test_a_quick_win_helping_everyone_scores_80() -> None:
    assert action_priority(5, 2, 100, 1) == 80.0
    assert is_quick_win(5, 2) and is_quick_win(3, 1)
    assert not is_quick_win(2, 1) and not is_quick_win(5, 3)


# ----------------------------------------------------------------- irritants


def test_irritant_score_weighs_share_severity_and_ease() -> None:
    assert irritant_score(100, 5, 1) == 100.0
    assert irritant_score(0, 1, 5) == 0.0
    assert irritant_score(80, 3, None) > irritant_score(20, 3, None)
    assert irritant_score(50, 5, None) > irritant_score(50, 2, None)
    assert irritant_score(50, 3, 1) > irritant_score(50, 3, 4)


def test_rank_irritants_keeps_three_flags_unaddressed_and_quick_wins() -> None:
    facts = [IrritantFacts(1, "rare", 5, 2), IrritantFacts(2, "everyone", 90, 4),
             IrritantFacts(3, "quick", 40, 3, ((4, 1),)), IrritantFacts(4, "severe", 60, 5),
             IrritantFacts(5, "mild", 10, 1)]
    top = rank_irritants(facts)
    assert [r.facts.card_id for r in top] == [2, 4, 3]
    assert [r.rank for r in top] == [1, 2, 3]
    assert top[0].unaddressed and not top[2].unaddressed
    assert top[2].quick_win and "quick_win" in top[2].reasons
    assert len(rank_irritants(facts, count=None)) == 5


def test_votes_can_lift_an_irritant_into_the_top() -> None:
    facts = [IrritantFacts(1, "a", 50, 3), IrritantFacts(2, "b", 50, 3), IrritantFacts(3, "c", 45, 3)]
    assert [r.facts.card_id for r in rank_irritants(facts, count=1)] == [1]
    voted = rank_irritants(facts, votes={3: 6, 1: 1}, count=1)
    assert voted[0].facts.card_id == 3 and voted[0].votes == 6 and "votes" in voted[0].reasons


def test_kpi_progress_both_directions() -> None:
    assert method_data.kpi_progress("higher", 10, 20, 15) == 0.5
    assert method_data.kpi_progress("lower", 40, 20, 30) == 0.5
    assert method_data.kpi_progress("lower", 40, 20, 50) == -0.5
    assert method_data.kpi_progress("higher", 10, 20, None) is None
    assert method_data.kpi_progress("higher", 10, 10, 12) == 1.0
    assert method_data.kpi_progress("lower", 10, 10, 12) == 0.0


# ----------------------------------------------------------------- the model


@pytest.fixture
def blank(session: Session) -> tuple[Session, int, list[int]]:
    journey = ops.apply(session, Op(ops.add_journey, {"title": "J", "with_default_lanes": True})).result
    stage = ops.apply(session, Op(ops.add_stage, {"journey_id": journey, "name": "S"})).result
    lane = session.scalars(select(Lane.id).where(Lane.journey_id == journey, Lane.kind == LaneKind.IRRITANTS)).one()
    cards = [ops.apply(session, Op(ops.add_card, {"lane_id": lane, "stage_id": stage, "title": f"P{i}",
                                                "affected_share": share, "severity": 3})).result
             for i, share in enumerate((10.0, 70.0, 40.0))]
    session.commit()
    return session, journey, cards


def test_create_action_links_cards_takes_their_journey_and_undoes_exactly(blank) -> None:
    session, journey, cards = blank
    before = dump_tables(session)
    change = ops.apply(session, Op(ops.create_action, {"title": "Fix", "card_ids": [cards[1], cards[1]],
                                                     "impact": 4, "effort": 1}))
    action = session.get(Action, change.result)
    assert [c.id for c in action.cards] == [cards[1]] and action.journey_id == journey
    after = dump_tables(session)
    undo = ops.apply(session, change.inverse)
    assert dump_tables(session) == before
    ops.apply(session, undo.inverse)
    assert dump_tables(session) == after


def test_create_action_refuses_a_missing_card_and_a_bad_field(blank) -> None:
    session, _journey, _cards = blank
    with pytest.raises(ModelError):
        ops.apply(session, Op(ops.create_action, {"title": "x", "card_ids": [999]}))
    with pytest.raises(ModelError):
        ops.apply(session, Op(ops.create_action, {"title": "x", "impact": 9}))
    with pytest.raises(ModelError):
        ops.apply(session, Op(ops.create_action, {"title": None}))


def test_top_irritants_follow_the_actions_of_the_journey(blank) -> None:
    session, journey, cards = blank
    top = method_data.top_irritants(session, journey)
    assert [r.facts.card_id for r in top] == [cards[1], cards[2], cards[0]]
    assert all(r.unaddressed for r in top)
    ops.apply(session, Op(ops.create_action, {"title": "Quick", "card_ids": [cards[0]], "impact": 5, "effort": 1}))
    top = {r.facts.card_id: r for r in method_data.top_irritants(session, journey)}
    assert not top[cards[0]].unaddressed and top[cards[0]].quick_win
    dropped = ops.apply(session, Op(ops.create_action, {"title": "No", "card_ids": [cards[1]],
                                                      "status": ActionStatus.DROPPED})).result
    assert method_data.top_irritants(session, journey, count=1)[0].unaddressed
    assert [a.id for a in method_data.read_actions(session, journey)][-1] == dropped


def test_summary_of_the_sample_has_priorities_and_top_irritants(session: Session) -> None:
    templates.populate(session, "onboarding", "en")
    summary = method_data.method_summary(session)
    assert summary["actions"] and all(0 <= a["priority"] <= 100 for a in summary["actions"])
    first = session.scalars(select(Journey.id).order_by(Journey.position)).first()
    assert 1 <= len(summary["top_irritants"][str(first)]) <= 3
    linked = {c for a in summary["actions"] for c in a["card_ids"]}
    assert linked <= set(session.scalars(select(Card.id)))
