"""Laying out only the cells an edit touched gives the very layout a full layout gives."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.enums import LaneKind, Scale
from app.model.journey_data import CardData, JourneyData, LaneData, StageData
from app.model.layout import compute_layout
from app.model.layout_delta import relayout_cells
from tests.model.test_layout import MONO

KINDS = [LaneKind.STEPS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.FRONT_STAGE, LaneKind.BACK_STAGE,
         LaneKind.IRRITANTS]


def _map(collapsed: int | None = None) -> JourneyData:
    stages = [StageData(100 + n, n, f"Stage {n}") for n in range(3)]
    lanes = [LaneData(10 + n, n, kind, kind.value, collapsed=(n == collapsed)) for n, kind in enumerate(KINDS)]
    cards = []
    next_id = 1
    for lane in lanes:
        if lane.kind is LaneKind.EMOTIONS:
            continue
        for stage in stages:
            for position in range((lane.id + stage.id) % 3):
                cards.append(CardData(id=next_id, lane_id=lane.id, stage_id=stage.id, position=position,
                                      title=f"Card {next_id} " + "word " * (next_id % 5),
                                      score=float(next_id % 11) if lane.kind is LaneKind.TOUCHPOINTS else None))
                next_id += 1
    return JourneyData.from_parts(stages, lanes, cards, scale=Scale.ZERO_TEN)


_CARD_LANES = [10 + n for n, kind in enumerate(KINDS) if kind is not LaneKind.EMOTIONS]
edits = st.lists(st.one_of(
    st.tuples(st.just("title"), st.integers(1, 40), st.integers(0, 12)),
    st.tuples(st.just("delete"), st.integers(1, 40), st.just(0)),
    st.tuples(st.just("move"), st.integers(1, 40), st.integers(0, 14)),
    st.tuples(st.just("add"), st.integers(0, 14), st.integers(0, 12)),
), min_size=1, max_size=4)


def _apply(data: JourneyData, edit: tuple[str, int, int], fresh_id: int) -> tuple[JourneyData, set]:
    """``data`` after one edit, and the cells it touched."""
    kind, a, b = edit
    if kind == "add":
        lane_id, stage_id = _CARD_LANES[a % len(_CARD_LANES)], 100 + a % 3
        position = len(data.cells[(lane_id, stage_id)])
        card = CardData(id=fresh_id, lane_id=lane_id, stage_id=stage_id, position=position, title="new " * b)
        return data.with_cards([card]), {(lane_id, stage_id)}
    if a not in data.cards:
        return data, set()
    card = data.cards[a]
    old = (card.lane_id, card.stage_id)
    if kind == "title":
        return data.with_cards([dataclasses.replace(card, title="long " * b)]), {old}
    if kind == "delete":
        rest = [dataclasses.replace(data.cards[i], position=n)
                for n, i in enumerate(i for i in data.cells[old] if i != a)]
        return data.without_cards([a]).with_cards(rest), {old}
    lane_id, stage_id = _CARD_LANES[b % len(_CARD_LANES)], 100 + b % 3
    if (lane_id, stage_id) == old:
        return data, set()
    rest = [dataclasses.replace(data.cards[i], position=n) for n, i in enumerate(i for i in data.cells[old] if i != a)]
    moved = dataclasses.replace(card, lane_id=lane_id, stage_id=stage_id, position=-1)
    return data.with_cards([*rest, moved]), {old, (lane_id, stage_id)}


@settings(max_examples=60, deadline=None)
@given(edits, st.sampled_from([None, 0, 3]))
def test_an_incremental_layout_equals_the_full_one(steps, collapsed) -> None:
    data = _map(collapsed)
    layout = compute_layout(data, MONO)
    for n, edit in enumerate(steps):
        data, cells = _apply(data, edit, 1000 + n)
        before = dict(layout.cards)
        delta = relayout_cells(layout, data, cells, MONO)
        assert delta is not None
        expected = compute_layout(data, MONO)
        assert list(layout.cards) == list(expected.cards)  # the reading order too
        assert layout == expected
        # The delta names every box that changed, and only cards that moved are "shifted".
        for card_id, box in layout.cards.items():
            if before.get(card_id) != box:
                assert card_id in delta.redrawn or card_id in delta.shifted
        assert delta.removed == set(before) - set(layout.cards)


def test_a_taller_card_moves_the_lanes_below_and_nothing_above() -> None:
    data = _map()
    layout = compute_layout(data, MONO)
    first = next(card for card in data.cards.values() if card.lane_id == 11)
    above = {i: box for i, box in layout.cards.items() if box.lane_id == 10}
    data = data.with_cards([dataclasses.replace(first, title="a much longer title " * 6)])
    delta = relayout_cells(layout, data, {(first.lane_id, first.stage_id)}, MONO)
    assert delta.redrawn and delta.shifted and not delta.removed
    assert all(layout.cards[i] is box for i, box in above.items())
    assert all(layout.cards[i].lane_id not in (10, 11) for i in delta.shifted)
    assert layout == compute_layout(data, MONO)


def test_another_grid_asks_for_a_full_layout() -> None:
    data = _map()
    layout = compute_layout(data, MONO)
    fewer = dataclasses.replace(data, stages=data.stages[:2])
    assert relayout_cells(layout, fewer, set(), MONO) is None


def _content_changed(before: JourneyData, after: JourneyData) -> set[int]:
    """Cards new in ``after`` or changed in more than their position."""
    return {card_id for card_id, card in after.cards.items()
            if card_id not in before.cards or before.cards[card_id].at_position(0) != card.at_position(0)}


@settings(max_examples=60, deadline=None)
@given(edits, st.sampled_from([None, 0, 3]))
def test_cards_only_renumbered_keep_their_box_and_the_layout_equals_the_full_one(steps, collapsed) -> None:
    data = _map(collapsed)
    layout = compute_layout(data, MONO)
    for n, edit in enumerate(steps):
        before_data = data
        data, cells = _apply(data, edit, 1000 + n)
        before = dict(layout.cards)
        fresh = _content_changed(before_data, data)
        delta = relayout_cells(layout, data, cells, MONO, fresh=fresh)
        assert delta is not None
        expected = compute_layout(data, MONO)
        assert list(layout.cards) == list(expected.cards)
        assert layout == expected
        # Only cards whose content changed are made again; the others (renumbered or below) only move.
        assert delta.redrawn <= fresh
        for card_id, box in layout.cards.items():
            if before.get(card_id) != box:
                assert card_id in delta.redrawn or card_id in delta.shifted
            if card_id in delta.shifted:
                assert box.title_lines is before[card_id].title_lines  # the text was not wrapped again
        assert delta.removed == set(before) - set(layout.cards)


def test_a_delete_moves_the_cards_below_it_in_the_cell_without_measuring_them() -> None:
    data = _map()
    layout = compute_layout(data, MONO)
    cell = next(key for key, ids in data.cells.items() if len(ids) >= 2)
    first, *rest = data.cells[cell]
    after = data.without_cards([first]).with_cards(
        [data.cards[card_id].at_position(n) for n, card_id in enumerate(rest)])
    delta = relayout_cells(layout, after, {cell}, MONO, fresh=set())
    assert delta is not None and not delta.redrawn and delta.removed == {first}
    assert set(rest) <= delta.shifted
    assert [layout.cards[card_id].index for card_id in rest] == list(range(len(rest)))
    assert layout == compute_layout(after, MONO)


@settings(max_examples=40, deadline=None)
@given(st.sets(st.integers(1, 40), min_size=1, max_size=12), st.sampled_from([None, 0, 3]))
def test_cards_deleted_then_put_back_with_their_old_boxes_give_the_full_layout(doomed, collapsed) -> None:
    """An undone delete: the cards come back (``known``: their boxes from before), none measured again."""
    data = _map(collapsed)
    layout = compute_layout(data, MONO)
    boxes = dict(layout.cards)
    doomed = doomed & set(data.cards)
    cells = {(data.cards[i].lane_id, data.cards[i].stage_id) for i in doomed}
    fewer = data.without_cards(doomed)  # a delete leaves gaps: the others keep their positions
    delta = relayout_cells(layout, fewer, cells, MONO, fresh=set())
    assert delta is not None and not delta.redrawn
    assert list(layout.cards) == list(compute_layout(fewer, MONO).cards)  # only removals: the order kept
    assert layout == compute_layout(fewer, MONO)

    known = {card_id: boxes[card_id] for card_id in doomed if card_id in boxes}
    delta = relayout_cells(layout, data, cells, MONO, fresh=set(), known=known)
    assert delta is not None
    expected = compute_layout(data, MONO)
    assert list(layout.cards) == list(expected.cards)
    assert layout == expected
    assert delta.redrawn == set(known)  # the cards back are new to the scene: their items are made or put back
    for card_id in known:
        assert layout.cards[card_id].title_lines is boxes[card_id].title_lines  # not measured again


def test_a_known_box_of_another_cell_is_not_taken() -> None:
    data = _map()
    layout = compute_layout(data, MONO)
    cell, other = [key for key, ids in data.cells.items() if ids][:2]
    card_id = data.cells[cell][0]
    wrong = layout.cards[data.cells[other][0]]  # a box made for a card of another cell
    fewer = data.without_cards([card_id])
    relayout_cells(layout, fewer, {cell}, MONO, fresh=set())
    delta = relayout_cells(layout, data, {cell}, MONO, fresh=set(), known={card_id: wrong})
    assert delta is not None and card_id in delta.redrawn
    assert layout == compute_layout(data, MONO)
