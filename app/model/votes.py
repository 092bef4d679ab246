"""Dot-vote results, read without Qt: counts per card, rounds, and the top irritants.

The method picks the 2 or 3 major irritants of a journey to work on first.
:func:`top_irritants` ranks the irritant cards of a journey by the dots of
its latest vote round, then by severity and share of customers affected;
the action-plan report, the spreadsheet export and ``parcours info --json``
all call it, so the room's vote reads the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model.enums import LaneKind
from app.model.schema import Card, Lane, Stage, Vote, VoteParticipant, VoteRound

#: How many irritants the method works on first.
TOP_IRRITANTS = 3


@dataclass(frozen=True)
class RoundSummary:
    """One vote round: when, on which journey, who voted, and the dots per card."""

    id: int
    journey_id: int
    title: str
    held_at: dt.datetime
    dots: int
    participants: tuple[str, ...]
    #: Card id -> dots, most voted first.
    counts: dict[int, int]

    @property
    def dots_placed(self) -> int:
        """All the dots placed in the round."""
        return sum(self.counts.values())


@dataclass(frozen=True)
class RankedIrritant:
    """An irritant card with what ranks it: dots first, then severity, then share affected."""

    rank: int
    card_id: int
    title: str
    stage: str
    votes: int
    severity: int | None
    affected_share: float | None


def counts(session: Session, round_id: int) -> dict[int, int]:
    """Dots per card in a round (cards without dots are left out), most voted first, then by card id."""
    rows = session.execute(select(Vote.card_id, func.count(Vote.id)).where(Vote.round_id == round_id)
                           .group_by(Vote.card_id)).all()
    return dict(sorted(rows, key=lambda row: (-row[1], row[0])))


def dots_left(session: Session, participant_id: int) -> int:
    """How many dots a participant may still place."""
    person = session.get(VoteParticipant, participant_id)
    if person is None:
        return 0
    round_ = session.get(VoteRound, person.round_id)
    if round_ is None:
        return 0
    placed = session.scalar(select(func.count(Vote.id)).where(Vote.participant_id == participant_id)) or 0
    return max(0, round_.dots - placed)


def rounds(session: Session, journey_id: int | None = None) -> list[RoundSummary]:
    """The rounds of a journey (or of every journey), oldest first."""
    query = select(VoteRound).order_by(VoteRound.held_at, VoteRound.id)
    if journey_id is not None:
        query = query.where(VoteRound.journey_id == journey_id)
    result = []
    for row in session.scalars(query):
        people = tuple(session.scalars(select(VoteParticipant.name).where(VoteParticipant.round_id == row.id)
                                       .order_by(VoteParticipant.id)))
        result.append(RoundSummary(row.id, row.journey_id, row.title, row.held_at, row.dots, people,
                                   counts(session, row.id)))
    return result


def latest_round(session: Session, journey_id: int) -> RoundSummary | None:
    """The journey's most recent round, or None when the room never voted on it."""
    found = rounds(session, journey_id)
    return found[-1] if found else None


def top_irritants(session: Session, journey_id: int, limit: int | None = TOP_IRRITANTS) -> list[RankedIrritant]:
    """The journey's irritant cards, most important first: dots of the latest round, severity, share affected.

    Without any vote the order is by severity and share alone. ``limit=None``
    ranks them all. This is the function the exporters and reports call.
    """
    latest = latest_round(session, journey_id)
    dots = latest.counts if latest is not None else {}
    rows = session.execute(
        select(Card.id, Card.title, Stage.name, Card.severity, Card.affected_share, Stage.position, Card.position)
        .join(Lane, Lane.id == Card.lane_id).join(Stage, Stage.id == Card.stage_id)
        .where(Lane.journey_id == journey_id, Lane.kind == LaneKind.IRRITANTS)).all()
    ordered = sorted(rows, key=lambda r: (-dots.get(r[0], 0), -(r[3] or 0), -(r[4] or 0.0), r[5], r[6], r[0]))
    if limit is not None:
        ordered = ordered[:limit]
    return [RankedIrritant(rank, card_id, title, stage, dots.get(card_id, 0), severity, share)
            for rank, (card_id, title, stage, severity, share, _s, _p) in enumerate(ordered, start=1)]


def summary(session: Session) -> list[dict[str, object]]:
    """Every round as plain data for ``parcours info --json``: date, participants, counts, top irritants."""
    result = []
    for round_ in rounds(session):
        top = [{"rank": item.rank, "card_id": item.card_id, "title": item.title, "votes": item.votes}
               for item in top_irritants(session, round_.journey_id)] if round_ == latest_round(
            session, round_.journey_id) else []
        result.append({"id": round_.id, "journey_id": round_.journey_id, "title": round_.title,
                       "held_at": round_.held_at.isoformat(), "dots": round_.dots,
                       "participants": list(round_.participants),
                       "votes": [{"card_id": card_id, "dots": count} for card_id, count in round_.counts.items()],
                       "top_irritants": top})
    return result
