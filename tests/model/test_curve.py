"""The emotion curve: reading order, gaps, rescaling, moments of truth and summaries."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app.model.curve import (
    CurvePoint,
    CurveSummary,
    Moment,
    MomentKind,
    Touchpoint,
    compare,
    curve_points,
    default_drop_threshold,
    moment_overrides,
    moments_of_truth,
    reading_order,
    rescale_points,
    segments,
    summarize,
)
from app.model.curve_reading import read_touchpoints
from app.model.enums import Emotion, LaneKind, Scale
from app.model.errors import ModelError
from app.model.schema import Card, Channel, Journey, Lane, Stage

ZERO_TEN = Scale.ZERO_TEN


def touchpoint(card_id: int, stage: int = 0, lane: int = 0, position: int = 0,
               score: float | None = 5.0, moment_of_truth: bool | None = None) -> Touchpoint:
    """A touchpoint in stage ``stage``, lane ``lane``, place ``position`` of its cell."""
    return Touchpoint(card_id=card_id, stage_id=stage + 100, stage_position=stage, lane_position=lane,
                      position=position, title=f"card {card_id}", score=score, emotion=None,
                      channel_id=None, moment_of_truth=moment_of_truth)


def curve(*scores: float | None) -> list[CurvePoint]:
    """Points with these scores in reading order; card ids are 10 + index, to tell them apart."""
    return [CurvePoint(10 + index, index, score) for index, score in enumerate(scores)]


def kinds(moments: list[Moment]) -> list[tuple[int, MomentKind]]:
    """The moments as (card id, kind) pairs, the shape most tests compare."""
    return [(moment.card_id, moment.kind) for moment in moments]


# --------------------------------------------------------------------------- reading the project


@pytest.fixture
def journey(session: Session) -> Journey:
    """Two stages and two touchpoint lanes inserted out of order, an irritants lane, another journey."""
    phone = Channel(position=0, key="phone", name="Phone")
    journey = Journey(position=0, title="Mon nouvel emploi")
    other = Journey(position=1, title="Other")
    session.add_all([phone, journey, other])
    session.flush()
    day_one = Stage(journey_id=journey.id, position=1, name="Day one")
    application = Stage(journey_id=journey.id, position=0, name="Application")
    human = Lane(journey_id=journey.id, position=2, kind=LaneKind.TOUCHPOINTS)
    irritants = Lane(journey_id=journey.id, position=1, kind=LaneKind.IRRITANTS)
    digital = Lane(journey_id=journey.id, position=0, kind=LaneKind.TOUCHPOINTS)
    other_stage = Stage(journey_id=other.id, position=0, name="Elsewhere")
    other_lane = Lane(journey_id=other.id, position=0, kind=LaneKind.TOUCHPOINTS)
    session.add_all([day_one, application, human, irritants, digital, other_stage, other_lane])
    session.flush()
    session.add_all([
        Card(lane_id=human.id, stage_id=day_one.id, position=0, title="Welcome meeting", score=9.0,
             moment_of_truth=True),
        Card(lane_id=digital.id, stage_id=day_one.id, position=1, title="First log-in", score=2.0),
        Card(lane_id=digital.id, stage_id=day_one.id, position=0, title="Laptop"),
        Card(lane_id=irritants.id, stage_id=application.id, position=0, title="No laptop", score=1.0),
        Card(lane_id=human.id, stage_id=application.id, position=0, title="Contract", score=6.5,
             emotion=Emotion.RELIEF, moment_of_truth=False),
        Card(lane_id=digital.id, stage_id=application.id, position=0, title="Offer e-mail", score=8.0,
             emotion=Emotion.JOY, channel_id=phone.id),
        Card(lane_id=other_lane.id, stage_id=other_stage.id, position=0, title="Not this journey"),
    ])
    session.commit()
    return journey


def test_read_touchpoints_follows_stages_then_lanes_then_positions(session: Session,
                                                                   journey: Journey) -> None:
    points = read_touchpoints(session, journey.id)

    assert [point.title for point in points] == [
        "Offer e-mail", "Contract", "Laptop", "First log-in", "Welcome meeting"]
    offer, contract, laptop, _, welcome = points
    assert offer.emotion is Emotion.JOY and offer.channel_id is not None and offer.score == 8.0
    assert (offer.stage_position, offer.lane_position, offer.position) == (0, 0, 0)
    assert offer.stage_id == journey.stages[0].id
    assert laptop.score is None and laptop.moment_of_truth is None
    assert contract.moment_of_truth is False and welcome.moment_of_truth is True


def test_read_touchpoints_runs_one_query_for_a_filled_journey(session: Session, engine: Engine,
                                                              journey: Journey) -> None:
    journey_id = journey.id  # before listening: reading it after the commit refreshes the row
    session.expunge_all()  # so that any look-up of the journey would reach the database
    statements: list[str] = []

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", record)
    try:
        read_touchpoints(session, journey_id)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert len(statements) == 1


def test_read_touchpoints_of_a_journey_without_cards_is_empty(session: Session) -> None:
    empty = Journey(position=0, title="Empty")
    session.add(empty)
    session.commit()
    assert read_touchpoints(session, empty.id) == []


def test_read_touchpoints_of_an_unknown_journey_is_refused(session: Session) -> None:
    with pytest.raises(ModelError) as raised:
        read_touchpoints(session, 404)
    assert raised.value.params == {"journey_id": 404}
    assert str(raised.value) == "There is no journey 404."


# --------------------------------------------------------------------------- points and gaps


def test_reading_order_goes_stage_then_lane_then_position() -> None:
    shuffled = [touchpoint(1, stage=1, lane=0, position=0), touchpoint(2, stage=0, lane=1, position=0),
                touchpoint(3, stage=0, lane=0, position=1), touchpoint(4, stage=0, lane=0, position=0),
                touchpoint(5, stage=1, lane=1, position=0)]
    assert [point.card_id for point in reading_order(shuffled)] == [4, 3, 2, 1, 5]


def test_unscored_touchpoints_are_gaps_not_zeros() -> None:
    points = curve_points([touchpoint(7, stage=2, score=4.0), touchpoint(8, stage=1, score=None),
                           touchpoint(9, stage=0, score=0.0)])
    assert points == [CurvePoint(9, 0, 0.0), CurvePoint(8, 1, None), CurvePoint(7, 2, 4.0)]


def test_a_score_that_is_not_a_number_is_a_gap() -> None:
    points = curve_points([touchpoint(1, score=math.nan), touchpoint(2, position=1, score=math.inf)])
    assert [point.score for point in points] == [None, None]


def test_curve_points_rescale_when_given_both_scales() -> None:
    points = curve_points([touchpoint(1, score=7.0), touchpoint(2, position=1, score=None)],
                          source=ZERO_TEN, target=Scale.ONE_FIVE)
    assert points == [CurvePoint(1, 0, 3.8), CurvePoint(2, 1, None)]


@pytest.mark.parametrize("scales", [{"source": ZERO_TEN}, {"target": Scale.ONE_FIVE}])
def test_curve_points_refuse_a_single_scale(scales: dict[str, Scale]) -> None:
    with pytest.raises(ValueError):
        curve_points([touchpoint(1)], **scales)


def test_segments_split_at_gaps() -> None:
    runs = segments(curve(5, 6, None, 7, None, None, 8, 9, 4))
    assert [[point.score for point in run] for run in runs] == [[5, 6], [7], [8, 9, 4]]


def test_segments_split_where_indexes_jump() -> None:
    runs = segments([CurvePoint(1, 0, 5.0), CurvePoint(2, 1, 6.0), CurvePoint(3, 3, 7.0)])
    assert [[point.card_id for point in run] for run in runs] == [[1, 2], [3]]


def test_segments_of_an_unscored_or_empty_curve_are_none() -> None:
    assert segments(curve(None, None)) == []
    assert segments([]) == []


# --------------------------------------------------------------------------- rescaling


def test_seven_out_of_ten_is_three_point_eight_out_of_five() -> None:
    assert rescale_points(curve(7.0), ZERO_TEN, Scale.ONE_FIVE)[0].score == 3.8


@pytest.mark.parametrize("source", list(Scale))
@pytest.mark.parametrize("target", list(Scale))
def test_rescaling_maps_low_neutral_and_high_between_every_preset(source: Scale, target: Scale) -> None:
    points = rescale_points(curve(source.low, source.neutral, None, source.high), source, target)
    assert [point.score for point in points] == [target.low, target.neutral, None, target.high]
    assert [point.card_id for point in points] == [10, 11, 12, 13]


@given(source=st.sampled_from(Scale), target=st.sampled_from(Scale), ratio=st.integers(0, 100))
def test_rescaling_there_and_back_stays_within_a_hundredth(source: Scale, target: Scale,
                                                           ratio: int) -> None:
    # Scores as users type them: one decimal (0..10 in steps of 0.1, 1..5 in steps of 0.04...).
    score = round(source.low + ratio / 100 * (source.high - source.low), 2)
    there = rescale_points(curve(score), source, target)
    back = rescale_points(there, target, source)[0].score
    assert back == pytest.approx(score, abs=0.01 + 1e-9)


@given(source=st.sampled_from(Scale), target=st.sampled_from(Scale), ratio=st.floats(0, 1))
def test_rescale_points_agrees_with_the_scale(source: Scale, target: Scale, ratio: float) -> None:
    score = source.low + ratio * (source.high - source.low)
    assert rescale_points(curve(score), source, target)[0].score == source.rescale(score, target)


# --------------------------------------------------------------------------- peaks and troughs


def test_a_v_has_its_trough_at_the_bottom_and_its_peak_at_the_first_top() -> None:
    assert kinds(moments_of_truth(curve(8, 6, 5, 6, 8), ZERO_TEN)) == [
        (10, MomentKind.PEAK), (12, MomentKind.TROUGH)]


def test_an_inverted_v_has_its_peak_at_the_top_and_its_trough_at_the_first_foot() -> None:
    assert kinds(moments_of_truth(curve(2, 4, 5, 4, 2), ZERO_TEN)) == [
        (10, MomentKind.TROUGH), (12, MomentKind.PEAK)]


@pytest.mark.parametrize("scores", [(6, 6, 6, 6), (6, None, 6), (6,), (None, 4, None), ()])
def test_a_flat_curve_or_a_single_point_has_no_moment(scores: tuple[float | None, ...]) -> None:
    assert moments_of_truth(curve(*scores), ZERO_TEN) == []


def test_equal_troughs_go_to_the_earlier_one() -> None:
    assert kinds(moments_of_truth(curve(7, 3, 6, 3, 7), ZERO_TEN)) == [
        (10, MomentKind.PEAK), (11, MomentKind.TROUGH)]


def test_a_plateau_counts_once_at_its_first_card() -> None:
    moments = moments_of_truth(curve(6, 3, 3, 3, 5, 4, 5), ZERO_TEN, extremes=2)
    assert kinds(moments) == [(10, MomentKind.PEAK), (11, MomentKind.TROUGH),
                              (14, MomentKind.PEAK), (15, MomentKind.TROUGH)]


def test_a_plateau_whose_first_card_is_suppressed_is_marked_at_the_next_one() -> None:
    assert kinds(moments_of_truth(curve(6, 3, 3, 6), ZERO_TEN, suppressed={11})) == [
        (10, MomentKind.PEAK), (12, MomentKind.TROUGH)]


def test_extremes_picks_the_lowest_troughs_and_highest_peaks() -> None:
    # Local minima 4, 3.5, 5, 6 and maxima 5, 6, 7, 8, 6.5; no fall reaches the drop threshold.
    scores = (5, 4, 6, 3.5, 7, 5, 8, 6, 6.5)
    assert kinds(moments_of_truth(curve(*scores), ZERO_TEN, extremes=1)) == [
        (13, MomentKind.TROUGH), (16, MomentKind.PEAK)]
    assert kinds(moments_of_truth(curve(*scores), ZERO_TEN, extremes=2)) == [
        (11, MomentKind.TROUGH), (13, MomentKind.TROUGH), (14, MomentKind.PEAK), (16, MomentKind.PEAK)]
    assert moments_of_truth(curve(*scores), ZERO_TEN, extremes=0) == []


def test_extremes_bridge_gaps() -> None:
    assert kinds(moments_of_truth(curve(6, None, 5, None, 6), ZERO_TEN)) == [
        (10, MomentKind.PEAK), (12, MomentKind.TROUGH)]


# --------------------------------------------------------------------------- drops


def test_the_default_drop_threshold_is_thirty_percent_of_the_span() -> None:
    assert default_drop_threshold(ZERO_TEN) == pytest.approx(3.0)
    assert default_drop_threshold(Scale.ONE_FIVE) == pytest.approx(1.2)
    assert default_drop_threshold(Scale.MINUS_FIVE_FIVE) == pytest.approx(3.0)


def test_a_fall_larger_than_three_points_out_of_ten_is_a_drop() -> None:
    # 10 peak, 11 trough; 9 -> 5.9 (3.1) is a drop, 9 -> 6 (3.0) is not.
    moments = moments_of_truth(curve(10, 1, 9, 5.9, 9, 6, 9), ZERO_TEN)
    assert [(m.card_id, m.kind, m.delta) for m in moments] == [
        (10, MomentKind.PEAK, None), (11, MomentKind.TROUGH, pytest.approx(9.0)),
        (13, MomentKind.DROP, pytest.approx(3.1))]


def test_a_fall_equal_to_the_threshold_is_not_a_drop_despite_float_noise() -> None:
    # 3.2 - 2.0 is 1.2000000000000002 in floats: equal to 30 % of 1..5, not larger.
    moments = moments_of_truth(curve(1.0, 3.2, 2.0, 5.0), Scale.ONE_FIVE)
    assert MomentKind.DROP not in {moment.kind for moment in moments}
    assert 12 not in {moment.card_id for moment in moments}


def test_a_custom_drop_threshold_replaces_the_default() -> None:
    scores = (1, 9, 7.5, 9, 8, 10)
    assert kinds(moments_of_truth(curve(*scores), ZERO_TEN, drop_threshold=1.0)) == [
        (10, MomentKind.TROUGH), (12, MomentKind.DROP), (15, MomentKind.PEAK)]
    assert kinds(moments_of_truth(curve(*scores), ZERO_TEN)) == [
        (10, MomentKind.TROUGH), (15, MomentKind.PEAK)]


def test_a_drop_across_a_gap_counts_between_the_scored_neighbours() -> None:
    moments = moments_of_truth(curve(1, 9, None, None, 5, 10), ZERO_TEN)
    assert [(m.card_id, m.kind, m.delta) for m in moments] == [
        (10, MomentKind.TROUGH, None), (14, MomentKind.DROP, pytest.approx(4.0)),
        (15, MomentKind.PEAK, None)]


def test_a_trough_at_the_end_of_a_drop_is_reported_once_with_its_fall() -> None:
    moments = moments_of_truth(curve(8, 2, 9), ZERO_TEN)
    assert moments == [Moment(11, MomentKind.TROUGH, 2.0, 6.0), Moment(12, MomentKind.PEAK, 9.0, None)]


@pytest.mark.parametrize("arguments", [{"extremes": -1}, {"drop_threshold": -0.5}])
def test_negative_extremes_or_threshold_are_refused(arguments: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        moments_of_truth(curve(1, 5), ZERO_TEN, **arguments)


# --------------------------------------------------------------------------- the user's choices


def test_pinned_cards_are_moments_and_peaks_stay_peaks() -> None:
    moments = moments_of_truth(curve(5, 6, 6.5, 9, 7), ZERO_TEN, pinned={11, 13})
    assert kinds(moments) == [(10, MomentKind.TROUGH), (11, MomentKind.PINNED), (13, MomentKind.PEAK)]


def test_a_pinned_card_ending_a_drop_is_pinned_with_its_fall() -> None:
    moments = moments_of_truth(curve(1, 9, 4, 10), ZERO_TEN, pinned={12})
    assert moments[1] == Moment(12, MomentKind.PINNED, 4.0, 5.0)


def test_a_pinned_card_without_a_score_has_no_point_to_mark() -> None:
    assert moments_of_truth(curve(5, None, 5), ZERO_TEN, pinned={11}) == []


def test_suppressed_cards_are_never_moments_and_yield_their_rank() -> None:
    moments = moments_of_truth(curve(9, 1, 8, 3, 7), ZERO_TEN, suppressed={11})
    assert kinds(moments) == [(10, MomentKind.PEAK), (13, MomentKind.TROUGH)]
    assert 11 not in {moment.card_id for moment in moments}


def test_suppressed_wins_over_pinned_and_over_drops() -> None:
    assert kinds(moments_of_truth(curve(2, 9, 4, 10), ZERO_TEN, pinned={12}, suppressed={12})) == [
        (10, MomentKind.TROUGH), (13, MomentKind.PEAK)]


def test_moment_overrides_read_the_users_choices() -> None:
    points = [touchpoint(1, moment_of_truth=True), touchpoint(2, moment_of_truth=False), touchpoint(3)]
    assert moment_overrides(points) == (frozenset({1}), frozenset({2}))


@given(st.lists(st.one_of(st.none(), st.floats(0, 10)), max_size=30), st.integers(0, 3),
       st.sets(st.integers(10, 40)), st.sets(st.integers(10, 40)))
def test_moments_are_scored_unsuppressed_unique_and_in_reading_order(
        scores: list[float | None], extremes: int, pinned: set[int], suppressed: set[int]) -> None:
    points = curve(*scores)
    moments = moments_of_truth(points, ZERO_TEN, extremes=extremes, pinned=pinned, suppressed=suppressed)
    ids = [moment.card_id for moment in moments]
    scored = {point.card_id for point in points if point.score is not None}
    assert set(ids) <= scored - suppressed
    assert ids == sorted(set(ids))
    assert (pinned & scored) - suppressed <= set(ids)
    assert sum(moment.kind is MomentKind.TROUGH for moment in moments) <= extremes
    assert sum(moment.kind is MomentKind.PEAK for moment in moments) <= extremes


# --------------------------------------------------------------------------- summaries


def test_summary_of_a_small_curve_by_hand() -> None:
    summary = summarize(curve(None, 8, 3, None, 4, 9), ZERO_TEN, target=7.0)
    # scores 8, 3, 4, 9: mean 6, below the neutral 5: 3 and 4.
    assert summary == CurveSummary(count=6, scored=4, mean=6.0, minimum=3, maximum=9, spread=6,
                                   below_neutral=2, gap_to_target=-1.0, first_score=8, last_score=9)


def test_below_neutral_counts_negative_scores_on_minus_two_two() -> None:
    summary = summarize(curve(-2, -0.5, 0, 0.5, 2), Scale.MINUS_TWO_TWO)
    assert summary.below_neutral == 2 and summary.gap_to_target is None


@pytest.mark.parametrize("scores", [(), (None, None)])
def test_summary_of_an_empty_or_unscored_curve_is_zeros_and_nones(scores: tuple[None, ...]) -> None:
    summary = summarize(curve(*scores), ZERO_TEN, target=7.0)
    assert summary == CurveSummary(count=len(scores), scored=0, mean=None, minimum=None, maximum=None,
                                   spread=None, below_neutral=0, gap_to_target=None,
                                   first_score=None, last_score=None)


def test_compare_summarizes_as_is_and_to_be_on_one_scale() -> None:
    as_is, to_be = compare(curve(4, 2, 6), curve(7, None, 9), ZERO_TEN, target=7.0)
    assert (as_is.mean, as_is.gap_to_target, as_is.below_neutral) == (4.0, -3.0, 2)
    assert (to_be.mean, to_be.gap_to_target, to_be.count, to_be.scored) == (8.0, 1.0, 3, 2)


def test_touchpoints_of_a_snapshot_match_the_ones_read_from_the_project(session) -> None:
    from app.model import templates
    from app.model.curve import touchpoints_of
    from app.model.curve_reading import read_touchpoints
    from app.model.journey_data import read_journey

    templates.populate(session, "onboarding", "en")
    session.flush()
    assert touchpoints_of(read_journey(session, 1)) == read_touchpoints(session, 1)
