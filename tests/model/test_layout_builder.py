"""A map laid out lane by lane (the view's lanes first, the rest later in slices) ends as the whole layout.

:class:`~app.model.layout.LayoutBuilder` skips, for a while, measuring the
text of the lanes below the view. These tests compare what it gives once done,
however its work was cut (by height, by a deadline, cell by cell), with the
plain one-pass layout written out below, and check what it promises meanwhile:
the lanes done never move again, the cards of the lanes not done have no box,
and the guessed lanes fill the rest of the map in order.
"""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.card_geometry import _CardSizer
from app.model.enums import LaneKind, Scale
from app.model.journey_data import CardData, JourneyData, LaneData, StageData
from app.model.layout import (
    LaneBox,
    LayoutBuilder,
    LayoutStyle,
    MapLayout,
    Rect,
    StageBox,
    TextWrapper,
    _curves,
    _touchpoint_xs,
    _visibility_line,
    compute_layout,
)
from tests.model.test_layout_lazy import METRICS, varied_text

STYLE = LayoutStyle()
KINDS = [LaneKind.STEPS, LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS, LaneKind.FRONT_STAGE, LaneKind.BACK_STAGE,
         LaneKind.IRRITANTS, LaneKind.EMOTIONS]


def one_pass_layout(data: JourneyData) -> MapLayout:
    """The layout as it was made in one loop before lanes could be left for later (the reference)."""
    style = STYLE
    column = style.column_width
    width = style.lane_header_width + column * len(data.stages)
    stage_x = {stage.id: style.lane_header_width + column * index for index, stage in enumerate(data.stages)}
    sizer = _CardSizer(METRICS, style, TextWrapper(METRICS))
    lanes, cards, cells, cell_cards = [], {}, {}, {}
    y = style.stage_header_height
    for lane_index, lane in enumerate(data.lanes):
        if lane.kind is LaneKind.EMOTIONS:
            height = style.min_lane_height if lane.collapsed else style.emotion_lane_height
        else:
            fullest = 0.0
            for stage in data.stages:
                ids = data.cells[(lane.id, stage.id)]
                cell_cards[(lane.id, stage.id)] = tuple(ids)
                if lane.collapsed:
                    continue
                x = stage_x[stage.id] + style.cell_padding
                card_y = y + style.cell_padding
                for index, card_id in enumerate(ids):
                    box = sizer.card_box(data.cards[card_id], lane.kind, index, x, card_y)
                    cards[card_id] = box
                    card_y += box.rect.h + style.card_gap
                if ids:
                    fullest = max(fullest, card_y - style.card_gap + style.cell_padding - y)
            height = max(style.min_lane_height, fullest)
            for stage in data.stages:
                cells[(lane.id, stage.id)] = Rect(stage_x[stage.id], y, column, height)
        lanes.append(LaneBox(lane.id, lane.kind, lane.name, Rect(0.0, y, width, height),
                             Rect(0.0, y, style.lane_header_width, height), lane_index))
        y += height
    stages = [StageBox(stage.id, stage.name, Rect(stage_x[stage.id], 0.0, column, y),
                       Rect(stage_x[stage.id], 0.0, column, style.stage_header_height), index)
              for index, stage in enumerate(data.stages)]
    touchpoint_x = _touchpoint_xs(data, stage_x, column)
    return MapLayout(style=style, stages=stages, lanes=lanes, cards=cards, cells=cells,
                     visibility_line_y=_visibility_line(lanes), width=width, height=y,
                     curve=_curves(data, lanes, touchpoint_x, style), touchpoint_x=touchpoint_x,
                     cell_cards=cell_cards)


def a_map(seed: int, stages: int = 4, collapsed: int | None = None, most: int = 6) -> JourneyData:
    """Lanes of every kind (two emotions lanes), cells of 0 to ``most`` cards of varied text."""
    rng = random.Random(seed)
    stage_list = [StageData(100 + n, n, f"Stage {n}") for n in range(stages)]
    lanes = [LaneData(10 + n, n, kind, kind.value, collapsed=(n == collapsed)) for n, kind in enumerate(KINDS)]
    cards = []
    next_id = 1
    for lane in lanes:
        if lane.kind is LaneKind.EMOTIONS:
            continue
        for stage in stage_list:
            for position in range(rng.randint(0, most)):
                touchpoint = lane.kind is LaneKind.TOUCHPOINTS
                cards.append(CardData(id=next_id, lane_id=lane.id, stage_id=stage.id, position=position,
                                      title=varied_text(rng), body=varied_text(rng) if rng.random() < 0.5 else "",
                                      channel_id=1 if touchpoint and rng.random() < 0.5 else None,
                                      score=float(rng.randint(0, 10)) if touchpoint else None))
                next_id += 1
    return JourneyData.from_parts(stage_list, lanes, cards, scale=Scale.ZERO_TEN)


def test_compute_layout_is_the_one_pass_layout() -> None:
    for seed in range(6):
        data = a_map(seed, collapsed=seed % 4 if seed % 2 else None)
        assert compute_layout(data, METRICS, STYLE, wrapper=TextWrapper(METRICS)) == one_pass_layout(data)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 10_000), stages=st.integers(0, 5), collapsed=st.one_of(st.none(), st.integers(0, 6)),
       until=st.floats(0.0, 3000.0), slices=st.integers(0, 60))
def test_a_layout_done_in_parts_ends_as_the_one_pass_layout(seed, stages, collapsed, until, slices) -> None:
    data = a_map(seed, stages, collapsed)
    builder = LayoutBuilder(data, METRICS, STYLE, wrapper=TextWrapper(METRICS))
    laid = builder.run(until)
    for _ in range(slices):  # a deadline already past: one cell at a time
        if builder.done:
            break
        laid += builder.run(deadline=0.0)
    laid += builder.run()
    assert builder.done
    expected = one_pass_layout(data)
    assert builder.layout == expected
    assert list(builder.layout.cards) == list(expected.cards)  # the reading order
    assert sorted(laid) == sorted(expected.cards)  # every box reported once, when made


def test_the_lanes_done_first_hold_the_view_and_never_move_again() -> None:
    data = a_map(3, stages=5, most=12)
    expected = one_pass_layout(data)
    builder = LayoutBuilder(data, METRICS, STYLE, wrapper=TextWrapper(METRICS))
    view_bottom = 400.0
    builder.run(view_bottom)
    partial = builder.layout
    done = [lane for lane in partial.lanes if lane.rect.y < view_bottom]
    assert done and builder.done_until >= view_bottom
    assert all(lane == expected.lanes[lane.index] for lane in done)
    # Every card in and above the view has its box, exactly; the cards below have none yet.
    for card_id, box in expected.cards.items():
        if box.rect.y < builder.done_until:
            assert partial.cards[card_id] == box
        else:
            assert card_id not in partial.cards
    # The guessed lanes follow one another down to the map's (guessed) height.
    bottoms = [lane.rect.y for lane in partial.lanes[1:]]
    assert bottoms == [lane.rect.bottom for lane in partial.lanes[:-1]]
    assert partial.height == partial.lanes[-1].rect.bottom
    assert [stage.rect.h for stage in partial.stages] == [partial.height] * len(partial.stages)
    before = list(partial.lanes[:len(done)])
    while not builder.done:
        builder.run(deadline=0.0)
        assert builder.layout.lanes[:len(done)] == before
    assert builder.layout == expected


def test_a_guessed_lane_is_as_tall_as_its_cards_count_suggests() -> None:
    data = a_map(5, stages=3, most=10)
    builder = LayoutBuilder(data, METRICS, STYLE, wrapper=TextWrapper(METRICS))
    builder.run(STYLE.stage_header_height + 1.0)  # the first lane only
    expected = one_pass_layout(data)
    for lane, guess, exact in zip(data.lanes[1:], builder.layout.lanes[1:], expected.lanes[1:], strict=True):
        if lane.kind is LaneKind.EMOTIONS or lane.collapsed:
            assert guess.rect.h == exact.rect.h
        else:
            most = max(len(data.cells[(lane.id, stage.id)]) for stage in data.stages)
            assert guess.rect.h >= max(STYLE.min_lane_height, most * STYLE.min_card_height)
            assert 0.5 * exact.rect.h <= guess.rect.h <= 2.0 * exact.rect.h


def test_the_curve_of_an_emotions_lane_comes_with_its_place() -> None:
    data = a_map(7, stages=4, most=8)
    builder = LayoutBuilder(data, METRICS, STYLE, wrapper=TextWrapper(METRICS))
    builder.run(STYLE.stage_header_height + 1.0)
    emotions = [lane.id for lane in data.lanes if lane.kind is LaneKind.EMOTIONS]
    assert builder.layout.curve == {}  # both emotions lanes are below lanes not done: not placed yet
    builder.run()
    assert set(builder.layout.curve) == set(emotions)
    assert builder.layout.curve == one_pass_layout(data).curve


def test_a_lane_asked_for_by_index_is_laid_out_with_every_lane_above_it() -> None:
    data = a_map(9, stages=3, most=8)
    expected = one_pass_layout(data)
    builder = LayoutBuilder(data, METRICS, STYLE, wrapper=TextWrapper(METRICS))
    builder.run(0.0, through=4)  # a link from the view ends in the fifth lane: it is drawn exactly

    assert builder.layout.lanes[:5] == expected.lanes[:5] and not builder.done
    assert builder.done_until == expected.lanes[4].rect.bottom
    assert all(card_id not in builder.layout.cards for lane in data.lanes[5:]
               for stage in data.stages for card_id in data.cells.get((lane.id, stage.id), ()))


def test_a_slice_whose_time_is_up_stops_in_the_middle_of_a_cell_and_the_next_goes_on_from_there(monkeypatch) -> None:
    from app.model import layout as layout_module

    monkeypatch.setattr(layout_module, "_CARDS_BETWEEN_CLOCKS", 2)
    data = a_map(11, stages=3, most=12)
    expected = one_pass_layout(data)
    builder = LayoutBuilder(data, METRICS, STYLE, wrapper=TextWrapper(METRICS))
    laid: list[int] = []
    halves = 0
    while not builder.done:
        made = builder.run(deadline=0.0)  # a deadline already past: two cards at a time
        assert 0 < len(made) <= 2 or not any(made)
        for card_id in made:  # a box made before its cell is done is already the final one
            assert builder.layout.cards[card_id] == expected.cards[card_id]
        halves += builder._card > 0
        laid += made
    assert halves > 0  # some slices did stop inside a cell
    assert builder.layout == expected
    assert list(builder.layout.cards) == list(expected.cards)
    assert sorted(laid) == sorted(expected.cards)
