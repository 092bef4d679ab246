"""A delete and its undo say which rows only changed position, and renumber without a collision.

(The renumbering delete is ``delete_rows``, as an undone add or paste of cards runs it; a user's
``delete_cards`` leaves gaps instead: tests/model/test_delete_gaps.py.)
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops
from app.model.errors import ModelError
from app.model.schema import KPI, Card
from tests.model.helpers import assert_dense_positions, dump_tables


@pytest.fixture
def cell(session: Session) -> tuple[Session, int, int, list[int]]:
    """A journey with one lane and one stage holding eight cards, titled by their first position."""
    journey = ops.add_journey(session, "J").result
    stage = ops.add_stage(session, journey, "S").result
    lane = ops.add_lane(session, journey, "steps", name="L").result
    cards = [ops.add_card(session, lane, stage, title=f"card {n}").result for n in range(8)]
    session.commit()
    return session, lane, stage, cards


def _positions(session: Session, lane: int, stage: int) -> dict[int, int]:
    session.expire_all()
    return {card_id: position for card_id, position in session.execute(
        select(Card.id, Card.position).where(Card.lane_id == lane, Card.stage_id == stage).order_by(Card.position))}


def test_a_delete_names_the_survivors_it_renumbered_with_their_new_positions(cell) -> None:
    session, lane, stage, cards = cell
    before = dump_tables(session)
    change = ops.apply(session, ops.Op(ops.delete_rows, {"roots": {"card": (cards[1], cards[4])}}))
    session.commit()
    now = _positions(session, lane, stage)
    assert now == {cards[0]: 0, cards[2]: 1, cards[3]: 2, cards[5]: 3, cards[6]: 4, cards[7]: 5}
    # Only the cards below a deleted one moved; those are "positions only", and updated too.
    assert change.positions == {"card": {card_id: now[card_id] for card_id in cards[2:4] + cards[5:]}}
    assert set(change.positions["card"]) <= change.updated["card"]
    assert_dense_positions(session)

    undo = ops.apply(session, change.inverse)
    session.commit()
    assert dump_tables(session) == before
    assert undo.positions["card"] == {card_id: n for n, card_id in enumerate(cards)
                                      if card_id not in (cards[1], cards[4])}
    assert undo.created["card"] == {cards[1], cards[4]}


def test_deleting_the_first_and_last_cards_of_a_cell_and_undoing_twice(cell) -> None:
    session, lane, stage, cards = cell
    before = dump_tables(session)
    change = ops.apply(session, ops.Op(ops.delete_rows, {"roots": {"card": (cards[7], cards[0], cards[3])}}))
    assert list(_positions(session, lane, stage).values()) == list(range(5))
    redo = ops.apply(session, change.inverse)
    assert dump_tables(session) == before
    again = ops.apply(session, redo.inverse)
    assert sorted(_positions(session, lane, stage).values()) == list(range(5))
    ops.apply(session, again.inverse)
    session.commit()
    assert dump_tables(session) == before


def test_a_row_whose_reference_was_cleared_is_not_positions_only(cell) -> None:
    session, _lane, _stage, cards = cell
    first = ops.add_kpi(session, name="first").result
    second = ops.add_kpi(session, name="second").result
    ops.update_kpi(session, second, card_id=cards[2])
    session.commit()
    # Deleting the first KPI renumbers the second; deleting the card clears the second's reference.
    change = ops.apply(session, ops.Op(ops.delete_rows, {"roots": {"kpi": (first,), "card": (cards[2],)}}))
    assert session.scalar(select(KPI.card_id).where(KPI.id == second)) is None
    assert second in change.updated["kpi"]
    assert second not in change.positions.get("kpi", {})
    assert set(change.positions["card"]) == set(cards[3:])


@pytest.mark.parametrize("bad", [10**6, "x", None, True])
def test_deleting_an_unknown_card_changes_nothing(cell, bad) -> None:
    session, lane, stage, cards = cell
    before = dump_tables(session)
    with pytest.raises(ModelError):
        ops.apply(session, ops.Op(ops.delete_cards, {"card_ids": [cards[0], bad]}))
    session.rollback()
    assert dump_tables(session) == before
    assert len(_positions(session, lane, stage)) == 8
