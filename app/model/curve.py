"""The emotion curve of a journey: points, gaps, moments of truth, summaries.

The curve joins the satisfaction scores of a journey's touchpoints in reading
order (stage by stage, then lane by lane, then card by card). An unscored
touchpoint is a *gap* in the curve, never a zero: it keeps its place (its
``index``) but has no score, and the line is drawn through the runs of scored
points on either side (:func:`segments`).

Moments of truth are the points a consultant should look at first
(:func:`moments_of_truth`): the lowest troughs, the highest peaks, every big
drop between two consecutive scored touchpoints, plus the cards the user
pinned, minus the ones the user dismissed.

Everything here is pure, O(n) or O(n log n), and free of Qt, so the emotion
pane can recompute it on every score change and the poster prints the same
thing. :func:`app.model.curve_reading.read_touchpoints` reads the touchpoints from the project.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter

from app.model.enums import Emotion, LaneKind, Scale
from app.model.journey_snapshot import JourneyData

#: Default drop threshold, as a share of the scale's span (3 points on 0..10).
DEFAULT_DROP_SHARE = 0.3

# Differences of rounded scores carry float noise (3.2 - 2.0 = 1.2000000000000002):
# a fall must beat the threshold by more than this to be "larger than" it.
_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Touchpoint:
    """One card of a touchpoints lane, with what the curve needs to know of it."""

    card_id: int
    stage_id: int
    stage_position: int
    lane_position: int
    #: Position of the card within its cell.
    position: int
    title: str
    #: Satisfaction in the project's scale; None = not scored (a gap in the curve).
    score: float | None
    emotion: Emotion | None
    channel_id: int | None
    #: None: decided by the curve; True: pinned as a moment of truth; False: never one.
    moment_of_truth: bool | None


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """One touchpoint on the curve: its place in reading order and its score (None for a gap)."""

    card_id: int
    #: 0-based place in reading order, unscored touchpoints counted.
    index: int
    score: float | None


class MomentKind(StrEnum):
    """Why a point of the curve is a moment of truth."""

    PEAK = "peak"
    TROUGH = "trough"
    DROP = "drop"
    PINNED = "pinned"


@dataclass(frozen=True, slots=True)
class Moment:
    """A moment of truth: a card, why it stands out, its score and the fall that led to it."""

    card_id: int
    kind: MomentKind
    score: float
    #: The fall from the previous scored point when this card ends a big drop, else None.
    delta: float | None = None


@dataclass(frozen=True, slots=True)
class CurveSummary:
    """Figures describing one curve; None where there is no scored point to compute from."""

    #: Touchpoints on the curve, unscored ones included.
    count: int
    #: Touchpoints with a score.
    scored: int
    mean: float | None
    minimum: float | None
    maximum: float | None
    #: maximum - minimum.
    spread: float | None
    #: Scores strictly below the scale's neutral middle.
    below_neutral: int
    #: mean - target (negative: below the target experience); None without a target.
    gap_to_target: float | None
    #: Score of the first and of the last scored touchpoint in reading order.
    first_score: float | None
    last_score: float | None


_reading_key = attrgetter("stage_position", "lane_position", "position", "card_id")
_index_key = attrgetter("index")


def reading_order(points: Iterable[Touchpoint]) -> list[Touchpoint]:
    """The touchpoints sorted as the map is read: stage, then lane, then position in the cell."""
    return sorted(points, key=_reading_key)


def moment_overrides(touchpoints: Iterable[Touchpoint]) -> tuple[frozenset[int], frozenset[int]]:
    """The user's choices as ``(pinned, suppressed)`` card ids, for :func:`moments_of_truth`."""
    pinned: set[int] = set()
    suppressed: set[int] = set()
    for point in touchpoints:
        if point.moment_of_truth is True:
            pinned.add(point.card_id)
        elif point.moment_of_truth is False:
            suppressed.add(point.card_id)
    return frozenset(pinned), frozenset(suppressed)


# --------------------------------------------------------------------------- points


def curve_points(touchpoints: Iterable[Touchpoint], *, source: Scale | None = None,
                 target: Scale | None = None) -> list[CurvePoint]:
    """One point per touchpoint in reading order; an unscored touchpoint is a gap (score None).

    With ``source`` and ``target`` both given, scores are rescaled from one
    scale to the other (see :func:`rescale_points`). Giving only one of them
    is a programming error (:class:`ValueError`). A score that is not a finite
    number is treated as a gap, so nothing downstream ever computes a NaN.
    """
    if (source is None) != (target is None):
        raise ValueError("curve_points needs both source and target scales, or neither")
    rescale = None
    if source is not None and target is not None and source is not target:
        rescale = _rescaler(source, target)
    points = []
    for index, touchpoint in enumerate(reading_order(touchpoints)):
        score = touchpoint.score
        if score is not None:
            if not math.isfinite(score):
                score = None
            elif rescale is not None:
                score = rescale(score)
        points.append(CurvePoint(touchpoint.card_id, index, score))
    return points


def _rescaler(source: Scale, target: Scale) -> Callable[[float], float]:
    """:meth:`Scale.rescale` from ``source`` to ``target``, with the bounds read once.

    The enum parses its value on every ``.low``/``.high``, which would make
    rescaling the slowest part of the pane's update. Same arithmetic, same floats.
    """
    low, span = source.low, source.high - source.low
    to_low, to_span = target.low, target.high - target.low
    return lambda score: round(to_low + (score - low) / span * to_span, 2)


def rescale_points(points: Iterable[CurvePoint], source: Scale, target: Scale) -> list[CurvePoint]:
    """The same points with their scores mapped linearly from ``source`` onto ``target``.

    Scores are rounded to 2 decimals, exactly as :meth:`Scale.rescale` does;
    gaps stay gaps.
    """
    rescale = _rescaler(source, target)
    return [point if point.score is None else CurvePoint(point.card_id, point.index, rescale(point.score))
            for point in points]


def segments(points: Iterable[CurvePoint]) -> list[list[CurvePoint]]:
    """Runs of consecutive scored points: the pieces a line is drawn through.

    A run ends at an unscored point, and also where indexes jump (points
    left out by the caller are gaps too). A lone scored point is a run of one.
    """
    runs: list[list[CurvePoint]] = []
    current: list[CurvePoint] = []
    # Index of the previous point when it was scored, else None.
    previous_index: int | None = None
    for point in points:
        if point.score is None:
            previous_index = None
        else:
            if previous_index is not None and point.index == previous_index + 1:
                current.append(point)
            else:
                current = [point]
                runs.append(current)
            previous_index = point.index
    return runs


# --------------------------------------------------------------------------- moments of truth


def default_drop_threshold(scale: Scale) -> float:
    """The fall that makes a drop a moment of truth when the journey sets none: 30 % of the span."""
    return (scale.high - scale.low) * DEFAULT_DROP_SHARE


def _scored(points: Iterable[CurvePoint]) -> list[CurvePoint]:
    """The scored points, in index order."""
    scored = [point for point in points if point.score is not None]
    scored.sort(key=_index_key)  # linear when already in order, as from curve_points
    return scored


def _score_of(point: CurvePoint) -> float:
    """The score of a point that :func:`_scored` kept (never None there)."""
    assert point.score is not None
    return point.score


def _local_extremes(scored: Sequence[CurvePoint],
                    suppressed: Set[int]) -> tuple[list[CurvePoint], list[CurvePoint]]:
    """Candidate ``(minima, maxima)`` of the scored curve, gaps bridged.

    A run of equal scores (a plateau) counts once, represented by its first
    card the user did not suppress. A run is a minimum when its neighbours are
    higher (an end of the curve has one neighbour), a maximum when they are
    lower; a curve of a single run (one point, or flat) has neither.
    """
    runs: list[tuple[float, CurvePoint | None]] = []
    for point in scored:
        score = point.score
        assert score is not None
        candidate = None if point.card_id in suppressed else point
        if runs and runs[-1][0] == score:
            if runs[-1][1] is None:
                runs[-1] = (score, candidate)
        else:
            runs.append((score, candidate))
    minima: list[CurvePoint] = []
    maxima: list[CurvePoint] = []
    if len(runs) < 2:
        return minima, maxima
    last = len(runs) - 1
    for i, (score, candidate) in enumerate(runs):
        if candidate is None:
            continue
        before = runs[i - 1][0] if i > 0 else None
        after = runs[i + 1][0] if i < last else None
        if (before is None or before > score) and (after is None or after > score):
            minima.append(candidate)
        elif (before is None or before < score) and (after is None or after < score):
            maxima.append(candidate)
    return minima, maxima


def moments_of_truth(points: Iterable[CurvePoint], scale: Scale, *, drop_threshold: float | None = None,
                     extremes: int = 1, pinned: Set[int] = frozenset(),
                     suppressed: Set[int] = frozenset()) -> list[Moment]:
    """The moments of truth of a curve, in reading order, one per card.

    - TROUGH / PEAK: the ``extremes`` lowest local minima and highest local
      maxima of the scored points (gaps bridged, ends of the curve included,
      ties going to the earlier point). A flat curve or a single point has none.
    - DROP: a fall larger than ``drop_threshold`` (in the points' scale; default
      :func:`default_drop_threshold`) from one scored point to the next, across
      gaps. ``delta`` holds the fall.
    - PINNED: cards in ``pinned`` that are not already a trough or a peak.

    A card that both ends a drop and is a trough, peak or pinned keeps that
    kind and has its ``delta`` filled. Cards in ``suppressed`` are never
    moments (suppressed wins over pinned) and leave their rank to the next
    trough or peak. Unscored cards are never moments: the curve has no point
    to mark. Raises :class:`ValueError` for a negative ``extremes`` or
    ``drop_threshold``.
    """
    if extremes < 0:
        raise ValueError(f"extremes must be 0 or more, not {extremes}")
    threshold = default_drop_threshold(scale) if drop_threshold is None else drop_threshold
    if threshold < 0:
        raise ValueError(f"drop_threshold must be 0 or more, not {threshold}")
    scored = _scored(points)

    minima, maxima = _local_extremes(scored, suppressed)
    troughs = {point.card_id for point in
               heapq.nsmallest(extremes, minima, key=lambda point: (point.score, point.index))}
    peaks = {point.card_id for point in
             heapq.nsmallest(extremes, maxima, key=lambda point: (-_score_of(point), point.index))}

    moments = []
    previous: float | None = None
    for point in scored:
        score = point.score
        assert score is not None
        card_id = point.card_id
        fall = previous - score if previous is not None else None
        previous = score
        if card_id in suppressed:
            continue
        delta = fall if fall is not None and fall > threshold + _TOLERANCE else None
        if card_id in troughs:
            kind = MomentKind.TROUGH
        elif card_id in peaks:
            kind = MomentKind.PEAK
        elif card_id in pinned:
            kind = MomentKind.PINNED
        elif delta is not None:
            kind = MomentKind.DROP
        else:
            continue
        moments.append(Moment(card_id, kind, score, delta))
    return moments


# --------------------------------------------------------------------------- summaries


def summarize(points: Iterable[CurvePoint], scale: Scale, target: float | None = None) -> CurveSummary:
    """Count, mean, extremes and position against neutral and target of one curve.

    First and last scores are those of the lowest and highest scored index.
    An empty or unscored curve gives zeros and Nones, never an error or a NaN.
    """
    count = 0
    scores: list[float] = []
    first_index = last_index = -1
    first_score = last_score = None
    for point in points:
        count += 1
        if point.score is None:
            continue
        scores.append(point.score)
        if first_score is None or point.index < first_index:
            first_index, first_score = point.index, point.score
        if last_score is None or point.index > last_index:
            last_index, last_score = point.index, point.score
    if not scores:
        return CurveSummary(count=count, scored=0, mean=None, minimum=None, maximum=None, spread=None,
                            below_neutral=0, gap_to_target=None, first_score=None, last_score=None)
    mean = math.fsum(scores) / len(scores)
    minimum, maximum = min(scores), max(scores)
    neutral = scale.neutral
    return CurveSummary(
        count=count, scored=len(scores), mean=mean, minimum=minimum, maximum=maximum,
        spread=maximum - minimum, below_neutral=sum(1 for score in scores if score < neutral),
        gap_to_target=None if target is None else mean - target,
        first_score=first_score, last_score=last_score)


def compare(a_points: Iterable[CurvePoint], b_points: Iterable[CurvePoint], scale: Scale,
            target: float | None = None) -> tuple[CurveSummary, CurveSummary]:
    """Summaries of two curves on one scale: as-is against to-be, or one persona against another."""
    return summarize(a_points, scale, target), summarize(b_points, scale, target)


def touchpoints_of(data: JourneyData) -> list[Touchpoint]:
    """The touchpoints of a :class:`~app.model.journey_data.JourneyData` snapshot, in reading order.

    The same list :func:`app.model.curve_reading.read_touchpoints` reads from the project, taken from
    what a view already holds, so a view redraws its curve without a query.
    """
    stage_position = {stage.id: index for index, stage in enumerate(data.stages)}
    points = []
    for lane_index, lane in enumerate(data.lanes):
        if lane.kind is not LaneKind.TOUCHPOINTS:
            continue
        for stage in data.stages:
            for position, card_id in enumerate(data.cells[(lane.id, stage.id)]):
                card = data.cards[card_id]
                points.append(Touchpoint(card.id, stage.id, stage_position[stage.id], lane_index, position,
                                         card.title, card.score, card.emotion, card.channel_id,
                                         card.moment_of_truth))
    return reading_order(points)
