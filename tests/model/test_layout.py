"""The geometry of a map: wrapping, lanes, stages, hit tests, the curve, the line of visibility."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.model.enums import LaneKind, Scale
from app.model.journey_data import CardData, JourneyData, LaneData, StageData
from app.model.layout import ELLIPSIS, LayoutStyle, Rect, TextWrapper, compute_layout, update_cards, wrap_text


class Monospace:
    """Every character is half the font size wide; lines are 1.5 sizes apart."""

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return len(text) * size / 2.0

    def line_height(self, size: float) -> float:
        return size * 1.5


class WideSpaces(Monospace):
    """A space between two words is wider than a space measured alone, as with some shaping."""

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return super().width(text, size) + 8.0 * len(text.strip().split(" ")[1:])


MONO = Monospace()
STYLE = LayoutStyle()

# size 10 in Monospace: 5 px a character, so a width of 50 holds 10 characters.


def wrap10(text: str, max_lines: int = 5) -> tuple[tuple[str, ...], bool]:
    return wrap_text(text, MONO, 10, 50, max_lines)


# --------------------------------------------------------------------------- wrapping


def test_short_text_is_one_line():
    assert wrap10("hello") == (("hello",), False)


def test_empty_text_has_no_lines():
    assert wrap10("") == ((), False)


def test_long_text_breaks_between_words():
    assert wrap10("the quick brown fox jumps") == (("the quick", "brown fox", "jumps"), False)


def test_a_word_longer_than_a_line_is_broken_by_characters():
    assert wrap10("hi abcdefghijklmnopqrstuvwxy") == (("hi", "abcdefghij", "klmnopqrst", "uvwxy"), False)


def test_the_end_of_a_broken_word_shares_its_line_with_the_next_words():
    assert wrap10("abcdefghijkl mn op") == (("abcdefghij", "kl mn op"), False)


def test_explicit_newlines_start_new_lines_and_blank_lines_are_kept():
    assert wrap10("one\n\ntwo") == (("one", "", "two"), False)


def test_runs_of_spaces_count_as_one():
    assert wrap10("a    b\tc") == (("a b c",), False)


def test_exactly_max_lines_is_not_elided():
    assert wrap10("aaaaaaaa bbbbbbbb cccccccc", max_lines=3) == (("aaaaaaaa", "bbbbbbbb", "cccccccc"), False)


def test_too_many_lines_end_with_an_ellipsis_and_say_so():
    lines, elided = wrap10("aaaaaaaa bbbbbbbbbb cccccccc dddd", max_lines=2)

    assert elided
    assert lines == ("aaaaaaaa", "bbbbbbbbb" + ELLIPSIS)
    assert all(MONO.width(line, 10) <= 50 for line in lines)


def test_too_many_paragraphs_are_elided_too():
    assert wrap10("a\nb\nc", max_lines=2) == (("a", "b" + ELLIPSIS), True)


def test_max_lines_below_one_is_refused():
    with pytest.raises(ValueError):
        wrap10("text", max_lines=0)


def test_lines_fit_even_when_words_do_not_add_up_to_the_line():
    metrics = WideSpaces()

    lines, elided = wrap_text("aa bb cc dd", metrics, 10, 50, 5)

    assert not elided
    assert all(metrics.width(line, 10) <= 50 for line in lines)
    assert " ".join(lines) == "aa bb cc dd"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab é\n", max_size=60), st.integers(min_value=1, max_value=8))
def test_wrapping_loses_no_text_and_overflows_no_line(text, max_lines):
    lines, elided = wrap10(text, max_lines)

    assert len(lines) <= max_lines
    assert all(MONO.width(line, 10) <= 50 for line in lines)
    if not elided:
        assert "".join("".join(lines).split()) == "".join(text.split())
    else:
        assert lines[-1].endswith(ELLIPSIS)


# --------------------------------------------------------------------------- the grid


def card(card_id: int, lane_id: int, stage_id: int, position: int, title: str = "Card", **fields) -> CardData:
    return CardData(id=card_id, lane_id=lane_id, stage_id=stage_id, position=position, title=title, **fields)


def journey(stages, lanes, cards, scale: Scale = Scale.ZERO_TEN) -> JourneyData:
    return JourneyData.from_parts(stages, lanes, cards, scale=scale)


@pytest.fixture
def grid() -> JourneyData:
    """Two stages; a steps lane whose first cell holds three cards; an empty notes lane."""
    return journey(
        [StageData(2, 1, "Day one"), StageData(1, 0, "Application")],
        [LaneData(20, 1, LaneKind.NOTES, "Notes"), LaneData(10, 0, LaneKind.STEPS, "Steps")],
        [card(1, 10, 1, 0, "One"), card(2, 10, 1, 1, "Two " * 40), card(3, 10, 1, 2, "Three"),
         card(4, 10, 2, 0, "Four")])


def test_stages_are_columns_in_position_order_after_the_lane_headers(grid):
    layout = compute_layout(grid, MONO)
    column = STYLE.card_width + 2 * STYLE.cell_padding

    assert [(stage.stage_id, stage.index) for stage in layout.stages] == [(1, 0), (2, 1)]
    assert [stage.rect.x for stage in layout.stages] == [STYLE.lane_header_width,
                                                         STYLE.lane_header_width + column]
    assert all(stage.rect.w == column and stage.rect.h == layout.height for stage in layout.stages)
    assert layout.stages[0].header_rect == Rect(STYLE.lane_header_width, 0, column, STYLE.stage_header_height)
    assert layout.width == STYLE.lane_header_width + 2 * column


def test_lanes_are_rows_in_position_order_under_the_stage_headers(grid):
    layout = compute_layout(grid, MONO)
    steps, notes = layout.lanes

    assert [(steps.lane_id, steps.index), (notes.lane_id, notes.index)] == [(10, 0), (20, 1)]
    assert steps.rect.y == STYLE.stage_header_height
    assert notes.rect.y == steps.rect.bottom
    assert layout.height == notes.rect.bottom
    assert steps.header_rect == Rect(0, steps.rect.y, STYLE.lane_header_width, steps.rect.h)
    assert steps.rect.w == layout.width


def test_a_lane_grows_to_its_fullest_cell_and_an_empty_lane_keeps_the_minimum(grid):
    layout = compute_layout(grid, MONO)
    steps, notes = layout.lanes
    one, two, three = (layout.cards[card_id].rect for card_id in (1, 2, 3))

    assert steps.rect.h == STYLE.cell_padding * 2 + one.h + two.h + three.h + 2 * STYLE.card_gap
    assert steps.rect.h > STYLE.min_lane_height
    assert notes.rect.h == STYLE.min_lane_height


def test_cards_stack_down_their_cell_and_grow_with_their_text(grid):
    layout = compute_layout(grid, MONO)
    one, two, three = (layout.cards[card_id] for card_id in (1, 2, 3))
    stage = layout.stages[0].rect

    assert one.rect.x == stage.x + STYLE.cell_padding and one.rect.w == STYLE.card_width
    assert one.rect.y == STYLE.stage_header_height + STYLE.cell_padding
    assert two.rect.y == one.rect.bottom + STYLE.card_gap
    assert three.rect.y == two.rect.bottom + STYLE.card_gap
    assert one.rect.h == STYLE.min_card_height
    assert len(two.title_lines) > 1 and two.rect.h > one.rect.h
    assert [box.index for box in (one, two, three)] == [0, 1, 2]
    assert two.title_elided  # "Two " * 40 needs more than max_title_lines lines


def test_card_text_fits_inside_the_card(grid):
    layout = compute_layout(grid, MONO)
    room = STYLE.card_width - 2 * STYLE.card_padding

    for box in layout.cards.values():
        assert all(MONO.width(line, STYLE.title_size) <= room for line in box.title_lines)


def test_touchpoints_show_their_channel_icon_and_score_badge_inside_the_card():
    data = journey([StageData(1, 0, "S")],
                   [LaneData(10, 0, LaneKind.TOUCHPOINTS), LaneData(20, 1, LaneKind.IRRITANTS)],
                   [card(1, 10, 1, 0, channel_id=7, score=8.0), card(2, 10, 1, 1),
                    card(3, 20, 1, 0, channel_id=7, score=2.0)])
    layout = compute_layout(data, MONO)
    scored, plain, irritant = (layout.cards[card_id] for card_id in (1, 2, 3))

    assert scored.icon_rect is not None and scored.badge_rect is not None
    for mark in (scored.icon_rect, scored.badge_rect):
        assert scored.rect.x <= mark.x and mark.right <= scored.rect.right
        assert scored.rect.y <= mark.y and mark.bottom <= scored.rect.bottom
    assert not scored.icon_rect.intersects(scored.badge_rect)
    assert (plain.icon_rect, plain.badge_rect) == (None, None)
    assert (irritant.icon_rect, irritant.badge_rect, irritant.kind) == (None, None, LaneKind.IRRITANTS)


def test_a_collapsed_lane_keeps_the_minimum_height_and_draws_no_cards(grid):
    collapsed = journey(grid.stages, [LaneData(10, 0, LaneKind.STEPS, collapsed=True)],
                        [grid.cards[card_id] for card_id in (1, 2, 3, 4)])
    layout = compute_layout(collapsed, MONO)

    assert layout.lanes[0].rect.h == STYLE.min_lane_height
    assert layout.cards == {}
    assert layout.cell_at(layout.stages[0].rect.x + 5, layout.lanes[0].rect.y + 5) == (10, 1)
    assert layout.drop_index((10, 1), layout.lanes[0].rect.y) == 3  # a drop in a folded lane goes last


def test_an_empty_journey_is_just_the_corner():
    layout = compute_layout(journey([], [], []), MONO)

    assert (layout.width, layout.height) == (STYLE.lane_header_width, STYLE.stage_header_height)
    assert layout.cell_at(10, 10) is None


# --------------------------------------------------------------------------- hit tests


def test_cell_at_finds_cells_and_nothing_on_headers_or_outside(grid):
    layout = compute_layout(grid, MONO)
    steps, notes = layout.lanes
    first, second = layout.stages
    one, two = layout.cards[1].rect, layout.cards[2].rect

    assert layout.cell_at(first.rect.x + 1, steps.rect.y + 1) == (10, 1)
    assert layout.cell_at(second.rect.right - 0.5, notes.rect.bottom - 0.5) == (20, 2)
    assert layout.cell_at(one.x + 1, one.bottom + STYLE.card_gap / 2) == (10, 1)  # gap between cards
    assert layout.cell_at(first.rect.x + 1, 1) is None  # stage header
    assert layout.cell_at(STYLE.lane_header_width / 2, two.y) is None  # lane header
    assert layout.cell_at(-1, steps.rect.y + 1) is None
    assert layout.cell_at(layout.width, steps.rect.y + 1) is None
    assert layout.cell_at(first.rect.x + 1, layout.height) is None
    assert layout.stage_at_x(second.rect.x) == 2 and layout.stage_at_x(STYLE.lane_header_width - 1) is None
    assert layout.lane_at_y(notes.rect.y) == 20 and layout.lane_at_y(STYLE.stage_header_height - 1) is None


def test_an_emotions_lane_is_not_a_drop_target():
    data = journey([StageData(1, 0, "S")], [LaneData(10, 0, LaneKind.EMOTIONS)], [])
    layout = compute_layout(data, MONO)
    lane = layout.lanes[0].rect

    assert lane.h == STYLE.emotion_lane_height
    assert layout.lane_at_y(lane.y + 1) == 10
    assert layout.cell_at(layout.stages[0].rect.x + 1, lane.y + 1) is None
    assert layout.cells == {}


def test_drop_index_at_the_top_middle_and_bottom_of_a_cell(grid):
    layout = compute_layout(grid, MONO)
    one, two, three = (layout.cards[card_id].rect for card_id in (1, 2, 3))

    assert layout.drop_index((10, 1), one.y - 5) == 0
    assert layout.drop_index((10, 1), one.y + 2) == 0
    assert layout.drop_index((10, 1), one.bottom - 2) == 1
    assert layout.drop_index((10, 1), two.center[1] + 1) == 2
    assert layout.drop_index((10, 1), three.bottom + 50) == 3
    assert layout.drop_index((20, 1), 0) == 0  # an empty cell


def test_drop_index_leaves_out_the_dragged_cards(grid):
    layout = compute_layout(grid, MONO)
    three = layout.cards[3].rect

    assert layout.drop_index((10, 1), three.bottom + 50, {1}) == 2
    assert layout.drop_index((10, 1), layout.cards[2].rect.y, {1}) == 0
    assert layout.drop_index((10, 1), three.bottom + 50, {1, 2, 3}) == 0


def test_a_drop_in_a_cell_not_on_the_map_is_a_key_error(grid):
    with pytest.raises(KeyError):
        compute_layout(grid, MONO).drop_index((10, 99), 0)


def test_the_drop_bar_lies_in_the_gap_above_its_card_below_the_last_or_atop_an_empty_cell(grid):
    layout = compute_layout(grid, MONO)
    one, two, three = (layout.cards[card_id].rect for card_id in (1, 2, 3))
    cell = layout.cells[(10, 1)]
    x, width = cell.x + STYLE.cell_padding - 2.0, STYLE.card_width + 4.0

    assert layout.drop_bar((10, 1), 1) == Rect(x, two.y - STYLE.card_gap / 2.0 - 2.0, width, 4.0)
    assert layout.drop_bar((10, 1), 3) == Rect(x, three.bottom + STYLE.card_gap / 2.0 - 2.0, width, 4.0)
    # The dragged card leaves its place: index 0 is then above the second card.
    assert layout.drop_bar((10, 1), 0, {1}) == Rect(x, two.y - STYLE.card_gap / 2.0 - 2.0, width, 4.0)
    empty = layout.cells[(20, 1)]
    assert layout.drop_bar((20, 1), 0) == Rect(x, empty.y + STYLE.cell_padding - 2.0, width, 4.0)
    assert one.y < two.y < three.y


def test_rect_geometry():
    rect = Rect(10, 20, 30, 40)

    assert (rect.right, rect.bottom, rect.center) == (40, 60, (25, 40))
    assert rect.contains(10, 20) and not rect.contains(40, 30) and not rect.contains(20, 60)
    assert rect.intersects(Rect(39, 59, 5, 5)) and not rect.intersects(Rect(40, 20, 5, 5))


# --------------------------------------------------------------------------- curve and visibility


def curve_journey(scale: Scale = Scale.ZERO_TEN) -> JourneyData:
    """Stage 1 holds touchpoints scored 2 and unscored and 9 (two lanes); stage 2 one scored at 5."""
    return journey(
        [StageData(1, 0, "A"), StageData(2, 1, "B")],
        [LaneData(10, 0, LaneKind.TOUCHPOINTS), LaneData(30, 1, LaneKind.EMOTIONS),
         LaneData(40, 2, LaneKind.TOUCHPOINTS)],
        [card(1, 10, 1, 0, score=2.0), card(2, 10, 1, 1), card(3, 40, 1, 0, score=9.0),
         card(4, 10, 2, 0, score=5.0)],
        scale)


def test_curve_points_follow_reading_order_and_skip_unscored_touchpoints():
    layout = compute_layout(curve_journey(), MONO)

    assert [point.card_id for point in layout.curve[30]] == [1, 3, 4]
    assert list(layout.touchpoint_x) == [1, 2, 3, 4]


def test_curve_points_sit_under_their_stage_column_spread_evenly():
    layout = compute_layout(curve_journey(), MONO)
    first, second = (stage.rect for stage in layout.stages)
    xs = layout.touchpoint_x

    assert [xs[1], xs[2], xs[3]] == [first.x + first.w * k / 6 for k in (1, 3, 5)]
    assert xs[4] == second.x + second.w / 2
    assert all(first.x < xs[card_id] < first.right for card_id in (1, 2, 3))
    assert {point.card_id: point.x for point in layout.curve[30]} == {1: xs[1], 3: xs[3], 4: xs[4]}


def test_higher_scores_sit_higher_within_the_lane_margin():
    layout = compute_layout(curve_journey(), MONO)
    lane = layout.lanes[1].rect
    y = {point.card_id: point.y for point in layout.curve[30]}

    assert y[3] < y[4] < y[1]  # 9, 5, 2
    assert all(lane.y + STYLE.curve_margin <= value <= lane.bottom - STYLE.curve_margin for value in y.values())
    assert y[4] == lane.y + lane.h / 2  # 5 is the middle of 0..10


@pytest.mark.parametrize(("scale", "top", "bottom"), [(Scale.ONE_FIVE, 5.0, 1.0), (Scale.MINUS_TWO_TWO, 2.0, -2.0)])
def test_the_scale_decides_where_the_top_and_bottom_are(scale, top, bottom):
    data = journey([StageData(1, 0, "A")],
                   [LaneData(10, 0, LaneKind.TOUCHPOINTS), LaneData(30, 1, LaneKind.EMOTIONS)],
                   [card(1, 10, 1, 0, score=top), card(2, 10, 1, 1, score=bottom),
                    card(3, 10, 1, 2, score=top + 4)], scale)
    layout = compute_layout(data, MONO)
    lane = layout.lanes[1].rect
    y = {point.card_id: point.y for point in layout.curve[30]}

    assert y[1] == lane.y + STYLE.curve_margin
    assert y[2] == lane.bottom - STYLE.curve_margin
    assert y[3] == y[1]  # a score off the scale is held at its edge


def test_the_line_of_visibility_is_the_top_of_the_first_back_stage_after_a_front_stage():
    lanes = [LaneData(1, 0, LaneKind.BACK_STAGE), LaneData(2, 1, LaneKind.FRONT_STAGE),
             LaneData(3, 2, LaneKind.NOTES), LaneData(4, 3, LaneKind.BACK_STAGE),
             LaneData(5, 4, LaneKind.BACK_STAGE)]
    layout = compute_layout(journey([StageData(1, 0, "A")], lanes, []), MONO)

    assert layout.visibility_line_y == layout.lanes[3].rect.y


@pytest.mark.parametrize("kinds", [
    [LaneKind.STEPS, LaneKind.NOTES],
    [LaneKind.BACK_STAGE, LaneKind.FRONT_STAGE],
    [LaneKind.FRONT_STAGE, LaneKind.SUPPORT_SYSTEMS],
])
def test_no_line_of_visibility_without_a_back_stage_below_a_front_stage(kinds):
    lanes = [LaneData(index + 1, index, kind) for index, kind in enumerate(kinds)]

    assert compute_layout(journey([StageData(1, 0, "A")], lanes, []), MONO).visibility_line_y is None


def test_the_same_input_gives_identical_geometry(grid):
    data = curve_journey()

    assert compute_layout(data, MONO) == compute_layout(data, MONO)
    assert repr(compute_layout(grid, MONO)) == repr(compute_layout(grid, MONO))


def test_update_cards_redraws_a_card_in_place_when_its_height_holds(grid):
    wrapper = TextWrapper(MONO)
    layout = compute_layout(grid, MONO, STYLE, wrapper=wrapper)
    card_id = next(iter(layout.cards))
    old = layout.cards[card_id]
    changed = grid.with_cards([dataclasses.replace(grid.cards[card_id], title="Other")])
    assert update_cards(layout, changed, [card_id], MONO, wrapper=wrapper)
    assert layout.cards[card_id].title_lines == ("Other",) and layout.cards[card_id].rect == old.rect
    assert layout == compute_layout(changed, MONO, STYLE)


def test_update_cards_asks_for_a_full_layout_when_a_card_grows_or_moves(grid):
    layout = compute_layout(grid, MONO, STYLE)
    card_id = next(iter(layout.cards))
    before = dict(layout.cards)
    taller = grid.with_cards([dataclasses.replace(grid.cards[card_id], title="word " * 30)])
    assert not update_cards(layout, taller, [card_id], MONO)
    other_stage = next(stage.id for stage in grid.stages if stage.id != grid.cards[card_id].stage_id)
    moved = grid.with_cards([dataclasses.replace(grid.cards[card_id], stage_id=other_stage)])
    assert not update_cards(layout, moved, [card_id], MONO)
    assert layout.cards == before
