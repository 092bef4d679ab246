"""Scoring the improvement actions and ranking the irritants: plain functions, no Qt, no database.

Two questions of the method (DOMAIN.md, step 11) get one documented answer each:

* **Which action first?** :func:`action_priority` scores an action from 0 to
  100 from its impact, the share of customers it helps, its delivery risk and
  its effort, in the spirit of RICE (reach x impact x confidence / effort).
* **Which 2 or 3 irritants matter most?** :func:`rank_irritants` picks them
  by the share of customers concerned, their severity (impact or risk for the
  customer) and how easily the actions answering them resolve them (quick
  wins rank higher), optionally with the workshop's dot-votes, and flags the
  irritants no action addresses yet.

Quick wins (``victoires rapides``) are high impact, low effort: on the 1..5
scales impact 3 to 5 and effort 1 or 2 (:func:`is_quick_win`), the same split
as the action plan's matrix.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

#: Share of customers assumed when it is unknown (percent): a middling guess, shown as unknown on screen.
UNKNOWN_SHARE = 50.0
#: Severity (1..5) assumed for a pain point nobody rated.
UNKNOWN_SEVERITY = 3
#: Delivery risk (1..5) assumed for an action whose risk is unknown.
UNKNOWN_RISK = 3
#: Effort (1..5) assumed to resolve a pain point no action answers yet.
UNKNOWN_EFFORT = 3
#: How many major irritants the method asks for ("the 2 or 3 major irritants").
TOP_IRRITANTS = 3


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def is_quick_win(impact: int, effort: int) -> bool:
    """True for a high-impact (3-5), low-effort (1-2) action: a quick win of the impact/effort matrix."""
    return impact >= 3 and effort <= 2


def action_priority(impact: int, effort: int, affected_share: float | None = None,
                    risk: int | None = None) -> float:
    """The priority score of an action, from 0 (last) to 100 (first), rounded to one decimal.

    ``score = 100 x (impact / 5) x reach x confidence x ease`` where

    * ``reach = affected_share / 100``, the share of customers the action
      helps (:data:`UNKNOWN_SHARE` when unknown);
    * ``confidence = 1 - (risk - 1) / 8``: 1.0 for no risk (1) down to 0.5 for a
      high delivery risk (5) (:data:`UNKNOWN_RISK` when unknown);
    * ``ease = (6 - effort) / 5``: 1.0 for the smallest effort (1) down to 0.2
      for the largest (5).

    Impact, effort and risk are on 1..5 and the share in percent; values out
    of range are clamped. The score only orders actions: a quick win that
    helps everyone with no risk scores 80 (impact 5, effort 2), a heavy
    project that helps few scores near 0.

    >>> action_priority(5, 1, 100, 1)
    100.0
    >>> action_priority(3, 3, 50, 3)
    13.5
    """
    impact_part = _clamp(impact, 1, 5) / 5.0
    reach = _clamp(UNKNOWN_SHARE if affected_share is None else affected_share, 0.0, 100.0) / 100.0
    confidence = 1.0 - (_clamp(UNKNOWN_RISK if risk is None else risk, 1, 5) - 1.0) / 8.0
    ease = (6.0 - _clamp(effort, 1, 5)) / 5.0
    return round(100.0 * impact_part * reach * confidence * ease, 1)


@dataclass(frozen=True)
class IrritantFacts:
    """What the ranking knows of one pain point card (plain data, read by the caller)."""

    card_id: int
    title: str = ""
    #: Share of customers affected, in percent (None: unknown).
    affected_share: float | None = None
    #: Severity for the customer, 1..5 (None: not rated).
    severity: int | None = None
    #: (impact, effort) of each action answering the card (dropped ones left out).
    actions: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class RankedIrritant:
    """One irritant as :func:`rank_irritants` ranks it."""

    facts: IrritantFacts
    score: float
    #: 1 for the irritant that matters most.
    rank: int
    #: One of its actions is a quick win.
    quick_win: bool
    #: No action (of any status but dropped) addresses it yet.
    unaddressed: bool
    #: Dot-votes it received (0 when no votes were given).
    votes: int = 0
    #: Reasons, as keys the view translates: "share", "severity", "quick_win", "votes".
    reasons: tuple[str, ...] = field(default=())


def irritant_score(affected_share: float | None, severity: int | None, easiest_effort: int | None,
                   vote_share: float | None = None) -> float:
    """How much an irritant matters, from 0 to 100 (rounded to one decimal).

    A weighted sum of the share of customers concerned (40 %), the severity
    for the customer (35 %) and the ease of resolving it (25 %), where ease is
    ``(5 - easiest_effort) / 4`` over the actions answering it
    (:data:`UNKNOWN_EFFORT` when none does). When the workshop voted,
    ``vote_share`` (the card's votes over the most votes any card got, 0..1)
    takes 20 % and the other three weights shrink in proportion.

    >>> irritant_score(100, 5, 1)
    100.0
    >>> irritant_score(0, 1, 5)
    0.0
    """
    reach = _clamp(UNKNOWN_SHARE if affected_share is None else affected_share, 0.0, 100.0) / 100.0
    harm = (_clamp(UNKNOWN_SEVERITY if severity is None else severity, 1, 5) - 1.0) / 4.0
    ease = (5.0 - _clamp(UNKNOWN_EFFORT if easiest_effort is None else easiest_effort, 1, 5)) / 4.0
    score = 0.40 * reach + 0.35 * harm + 0.25 * ease
    if vote_share is not None:
        score = 0.8 * score + 0.2 * _clamp(vote_share, 0.0, 1.0)
    return round(100.0 * score, 1)


def rank_irritants(irritants: Iterable[IrritantFacts], *, votes: Mapping[int, int] | None = None,
                   count: int | None = TOP_IRRITANTS) -> list[RankedIrritant]:
    """The irritants that matter most, first: the method's "2 or 3 major irritants".

    ``votes`` optionally maps a card id to its dot-votes from a workshop
    (cards absent from it have none); with votes, they weigh in the score
    (see :func:`irritant_score`). ``count`` limits the result (None: all, still
    ranked). Ties keep the order given (the map's reading order).
    """
    facts = list(irritants)
    most = max((votes or {}).values(), default=0) if votes is not None else 0
    ranked = []
    for order, item in enumerate(facts):
        efforts = [effort for _impact, effort in item.actions]
        easiest = min(efforts) if efforts else None
        card_votes = int((votes or {}).get(item.card_id, 0))
        vote_share = (card_votes / most if most else 0.0) if votes is not None else None
        score = irritant_score(item.affected_share, item.severity, easiest, vote_share)
        quick = any(is_quick_win(impact, effort) for impact, effort in item.actions)
        reasons = []
        if item.affected_share is not None and item.affected_share >= 30:
            reasons.append("share")
        if item.severity is not None and item.severity >= 4:
            reasons.append("severity")
        if quick:
            reasons.append("quick_win")
        if card_votes and card_votes == most:
            reasons.append("votes")
        ranked.append((-score, order, RankedIrritant(item, score, 0, quick, not item.actions,
                                                     card_votes, tuple(reasons))))
    ranked.sort(key=lambda entry: (entry[0], entry[1]))
    result = [RankedIrritant(entry.facts, entry.score, rank, entry.quick_win, entry.unaddressed, entry.votes,
                             entry.reasons) for rank, (_s, _o, entry) in enumerate(ranked, start=1)]
    return result if count is None else result[:count]
