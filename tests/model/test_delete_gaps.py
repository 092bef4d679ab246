"""A user's delete of cards leaves gaps in their cells (no renumbering); every edit after it still works by index.

Deleting 1,000 cards spread over a big map used to renumber the thousands of cards after them. The cards
left now keep their positions: each test here fails if an edit took a position for an index (an add, a
move, a duplicate landing in the wrong place), if an undo is not exact, or if an export shows the gaps.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export import card_table, project_json
from app.model import ops
from app.model.curve import touchpoints_of
from app.model.curve_reading import read_touchpoints
from app.model.journey_data import read_journey
from app.model.ops import Op
from app.model.schema import Card
from tests.model.helpers import assert_dense_positions, dump_tables


@pytest.fixture
def gapped(session: Session) -> tuple[Session, int, int, int, list[int], list[int]]:
    """Two cells (one lane, two stages) of six cards; cards 1 and 3 of the first deleted: positions 0, 2, 4, 5."""
    journey = ops.add_journey(session, "J").result
    stage = ops.add_stage(session, journey, "S").result
    other = ops.add_stage(session, journey, "T").result
    lane = ops.add_lane(session, journey, "steps", name="L").result
    cards = [ops.add_card(session, lane, stage, title=f"card {n}").result for n in range(6)]
    for n in range(6):
        ops.add_card(session, lane, other, title=f"other {n}")
    session.commit()
    ops.apply(session, Op(ops.delete_cards, {"card_ids": [cards[1], cards[3]]}))
    session.commit()
    left = [cards[0], cards[2], cards[4], cards[5]]
    return session, lane, stage, other, cards, left


def _cell(session: Session, lane: int, stage: int) -> list[tuple[int, int]]:
    session.expire_all()
    return [tuple(row) for row in session.execute(select(Card.id, Card.position).where(
        Card.lane_id == lane, Card.stage_id == stage).order_by(Card.position))]


def _order(session: Session, lane: int, stage: int) -> list[int]:
    return [card_id for card_id, _position in _cell(session, lane, stage)]


def test_a_delete_keeps_the_positions_of_the_cards_left_and_its_undo_is_exact(session: Session) -> None:
    journey = ops.add_journey(session, "J").result
    stage = ops.add_stage(session, journey, "S").result
    lane = ops.add_lane(session, journey, "steps", name="L").result
    cards = [ops.add_card(session, lane, stage, title=f"card {n}").result for n in range(6)]
    session.commit()
    before = dump_tables(session)
    change = ops.apply(session, Op(ops.delete_cards, {"card_ids": [cards[4], cards[1]]}))
    assert _cell(session, lane, stage) == [(cards[0], 0), (cards[2], 2), (cards[3], 3), (cards[5], 5)]
    assert "card" not in change.positions  # nothing renumbered: the scene renumbers nothing either
    assert not change.updated.get("card")
    assert change.deleted["card"] == {cards[1], cards[4]}
    gapped = dump_tables(session)
    undo = ops.apply(session, change.inverse)
    assert dump_tables(session) == before
    redo = ops.apply(session, undo.inverse)  # a redo leaves the same gaps
    assert dump_tables(session) == gapped
    ops.apply(session, redo.inverse)
    session.commit()
    assert dump_tables(session) == before


@pytest.mark.parametrize("index", [0, 1, 2, 3, 4, None])
def test_a_card_added_at_an_index_of_a_gapped_cell_lands_there(gapped, index) -> None:
    session, lane, stage, _other, _cards, left = gapped
    before = dump_tables(session)
    change = ops.apply(session, Op(ops.add_card, {"lane_id": lane, "stage_id": stage, "index": index,
                                                  "title": "new"}))
    expected = list(left)
    expected.insert(len(left) if index is None else index, change.result)
    assert _order(session, lane, stage) == expected
    assert_dense_positions(session)
    ops.apply(session, change.inverse)
    assert dump_tables(session) == before


@pytest.mark.parametrize("index", [0, 1, 2, 3])
def test_a_card_moved_within_a_gapped_cell_lands_at_its_index_and_undo_is_exact(gapped, index) -> None:
    session, lane, stage, _other, _cards, left = gapped
    before = dump_tables(session)
    moved = left[-1]
    change = ops.apply(session, Op(ops.move_cards, {"moves": [(moved, lane, stage, index)]}))
    expected = [card_id for card_id in left if card_id != moved]
    expected.insert(index, moved)
    assert _order(session, lane, stage) == expected
    after = dump_tables(session)
    undo = ops.apply(session, change.inverse)
    assert dump_tables(session) == before
    ops.apply(session, undo.inverse)
    assert dump_tables(session) == after


@pytest.mark.parametrize("index", [0, 2, 4])
def test_cards_moved_between_a_gapped_cell_and_another_land_at_their_index(gapped, index) -> None:
    session, lane, stage, other, _cards, left = gapped
    before = dump_tables(session)
    incoming = _order(session, lane, other)[-1]
    outgoing = left[1]
    change = ops.apply(session, Op(ops.move_cards, {"moves": [(incoming, lane, stage, index),
                                                               (outgoing, lane, other, 0)]}))
    expected = list(left)  # the moves one after the other: in at the index, then one out
    expected.insert(index, incoming)
    expected.remove(outgoing)
    assert _order(session, lane, stage) == expected
    assert _order(session, lane, other)[0] == outgoing
    ops.apply(session, change.inverse)
    assert dump_tables(session) == before


def test_a_duplicate_in_a_gapped_cell_comes_right_after_its_original(gapped) -> None:
    session, lane, stage, _other, _cards, left = gapped
    before = dump_tables(session)
    change = ops.apply(session, Op(ops.duplicate_cards, {"card_ids": [left[1], left[2]]}))
    first, second = change.result
    assert _order(session, lane, stage) == [left[0], left[1], first, left[2], second, left[3]]
    ops.apply(session, change.inverse)
    assert dump_tables(session) == before


def test_undoing_edits_made_after_a_delete_then_the_delete_is_exact(session: Session) -> None:
    journey = ops.add_journey(session, "J").result
    stage = ops.add_stage(session, journey, "S").result
    lane = ops.add_lane(session, journey, "steps", name="L").result
    cards = [ops.add_card(session, lane, stage, title=f"card {n}").result for n in range(7)]
    session.commit()
    states, inverses = [dump_tables(session)], []
    for op in (Op(ops.delete_cards, {"card_ids": [cards[1], cards[2], cards[5]]}),
               Op(ops.add_card, {"lane_id": lane, "stage_id": stage, "index": 1, "title": "x"}),
               Op(ops.move_cards, {"moves": [(cards[6], lane, stage, 0)]}),
               Op(ops.delete_cards, {"card_ids": [cards[3]]})):
        inverses.append(ops.apply(session, op).inverse)
        states.append(dump_tables(session))
    assert_dense_positions(session)
    for inverse in reversed(inverses):
        states.pop()
        ops.apply(session, inverse)
        assert dump_tables(session) == states[-1]


def test_the_exports_number_a_gapped_cell_from_one_without_gaps(gapped) -> None:
    session, lane, stage, _other, _cards, left = gapped
    rows = [row for card, row in card_table.table(session) if card.stage_id == stage]
    assert [row["position"] for row in rows] == [1, 2, 3, 4]
    assert [row["title"] for row in rows] == [f"card {n}" for n in (0, 2, 4, 5)]
    data = json.loads(project_json.dumps(project_json.export_project(session)))
    cell = sorted((card["position"], card["id"]) for card in data["cards"] if card["stage_id"] == stage)
    assert cell == [(n, card_id) for n, card_id in enumerate(left)]


def test_the_curve_read_from_the_file_is_the_one_drawn_from_the_map_after_a_delete(session: Session) -> None:
    journey = ops.add_journey(session, "J").result
    stages = [ops.add_stage(session, journey, name).result for name in "ST"]
    lane = ops.add_lane(session, journey, "touchpoints", name="L").result
    cards = [ops.add_card(session, lane, stages[n % 2], title=f"t{n}", score=float(n % 5)).result
             for n in range(8)]
    ops.apply(session, Op(ops.delete_cards, {"card_ids": [cards[0], cards[3]]}))
    session.commit()
    read = read_touchpoints(session, journey)
    assert read == touchpoints_of(read_journey(session, journey))
    assert [point.position for point in read] == [0, 1, 2, 0, 1, 2]  # places in the cells, not positions
