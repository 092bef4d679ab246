"""plan_moves gives move_cards indexes that put a group of cards where it was dropped, in order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.model.placement import plan_moves


def _apply(cells: dict, moves: list) -> dict:
    """What move_cards does: each move removes the card, then inserts it at the index."""
    cells = {cell: list(ids) for cell, ids in cells.items()}
    for card_id, lane_id, stage_id, index in moves:
        for ids in cells.values():
            if card_id in ids:
                ids.remove(card_id)
        cells.setdefault((lane_id, stage_id), []).insert(index, card_id)
    return cells


def test_a_group_moved_down_in_its_own_cell_lands_in_order() -> None:
    cells = {(1, 1): [10, 11, 12, 13]}
    moves = plan_moves(cells, {(1, 1): (1, [10, 11])})  # after 12, among the cards that stay (12, 13)
    assert _apply(cells, moves)[(1, 1)] == [12, 10, 11, 13]


def test_a_group_moved_across_cells() -> None:
    cells = {(1, 1): [10, 11], (1, 2): [20, 21]}
    moves = plan_moves(cells, {(1, 2): (1, [11, 10])})
    result = _apply(cells, moves)
    assert result[(1, 1)] == [] and result[(1, 2)] == [20, 11, 10, 21]


def test_nothing_to_do_when_in_place() -> None:
    assert plan_moves({(1, 1): [10, 11, 12]}, {(1, 1): (0, [10])}) == []


@given(st.lists(st.integers(0, 2), min_size=1, max_size=12), st.data())
def test_any_drop_gives_the_expected_final_order(cell_of: list[int], data) -> None:
    cells: dict = {(1, c): [] for c in range(3)}
    for card_id, cell in enumerate(cell_of):
        cells[(1, cell)].append(card_id)
    moving = data.draw(st.lists(st.sampled_from(range(len(cell_of))), min_size=1, unique=True))
    target = (1, data.draw(st.integers(0, 2)))
    staying = [c for c in cells[target] if c not in moving]
    index = data.draw(st.integers(0, len(staying)))
    result = _apply(cells, plan_moves(cells, {target: (index, moving)}))
    assert result[target] == staying[:index] + moving + staying[index:]
    assert sorted(c for ids in result.values() for c in ids) == list(range(len(cell_of)))

