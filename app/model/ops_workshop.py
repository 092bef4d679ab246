"""Workshop edits: dot-vote rounds, the dots placed in them, and comments.

Listed in :mod:`app.model.ops`; the contract of :mod:`app.model.ops_core`
holds: ``fn(session, ...) -> Change`` with an exact inverse. Deleting a
round or a comment goes through :func:`app.model.ops_core.delete_rows`,
so undo brings back its dots or its answers with their ids.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.fields import check_fields
from app.model.ops_core import Change, Op, by_table, delete_rows, get, update_row
from app.model.schema import Base, Card, Comment, Journey, Lane, Stage, Vote, VoteParticipant, VoteRound, utcnow

#: Most participants a round may have (a meeting room, not a survey).
MAX_PARTICIPANTS = 200


def _new_id(session: Session, cls: type[Base], row_id: int | None) -> int | None:
    if row_id is not None and session.get(cls, row_id) is not None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is already a {table} {value}."),
                         table=cls.__tablename__, value=row_id)
    return row_id


# ----------------------------------------------------------------- vote rounds


def add_vote_round(session: Session, journey_id: int, participants: list[str], *, dots: int = 3, title: str = "",
                   held_at: dt.datetime | str | None = None, round_id: int | None = None,
                   participant_ids: list[int] | None = None) -> Change:
    """A new dot-vote round on a journey with its participants (names; "" is numbered by the caller)."""
    get(session, Journey, journey_id)
    names = [str(name) for name in participants]
    if not names:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A vote needs at least one participant."))
    if len(names) > MAX_PARTICIPANTS:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A vote may have at most {value} participants."),
                         value=MAX_PARTICIPANTS)
    if isinstance(dots, bool) or not isinstance(dots, int) or not 1 <= dots <= 99:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "{field} must be between {low} and {high}, not {value}."),
                         field="dots", low="1", high="99", value=repr(dots))
    values = check_fields(session, VoteRound, {"title": title, "held_at": held_at or utcnow()})
    row = VoteRound(id=_new_id(session, VoteRound, round_id), journey_id=journey_id, dots=dots, **values)
    session.add(row)
    session.flush()
    people = []
    for index, name in enumerate(names):
        wanted = participant_ids[index] if participant_ids is not None and index < len(participant_ids) else None
        people.append(VoteParticipant(id=_new_id(session, VoteParticipant, wanted), round_id=row.id, name=name))
    session.add_all(people)
    session.flush()
    return Change(by_table(vote_round={row.id}, vote_participant={p.id for p in people}), {}, {},
                  Op(delete_vote_round, {"round_id": row.id}), row.id)


def update_vote_round(session: Session, vote_round_id: int, **fields: Any) -> Change:
    """Change a round's title, date or number of dots."""
    return update_row(session, VoteRound, vote_round_id, fields, update_vote_round, "vote_round_id")


def delete_vote_round(session: Session, round_id: int) -> Change:
    """Delete a round with its participants and dots."""
    get(session, VoteRound, round_id)
    return delete_rows(session, {"vote_round": (round_id,)})


def add_vote(session: Session, participant_id: int, card_id: int, *, vote_id: int | None = None) -> Change:
    """One dot of a participant on a card of the round's journey (refused when their dots are spent)."""
    person = get(session, VoteParticipant, participant_id)
    card = get(session, Card, card_id)
    round_ = get(session, VoteRound, person.round_id)
    journey_id = session.scalar(select(Lane.journey_id).where(Lane.id == card.lane_id))
    if journey_id != round_.journey_id:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "This card is not on the journey of the vote."))
    placed = session.scalar(select(func.count(Vote.id)).where(Vote.participant_id == participant_id)) or 0
    if placed >= round_.dots:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "{name} has placed all {value} dots."),
                         name=person.name, value=round_.dots)
    vote = Vote(id=_new_id(session, Vote, vote_id), round_id=round_.id, participant_id=participant_id,
                card_id=card_id)
    session.add(vote)
    session.flush()
    return Change(by_table(vote={vote.id}), {}, {}, Op(remove_vote, {"vote_id": vote.id}), vote.id)


def remove_vote(session: Session, vote_id: int) -> Change:
    """Take one dot back."""
    vote = get(session, Vote, vote_id)
    inverse = Op(add_vote, {"participant_id": vote.participant_id, "card_id": vote.card_id, "vote_id": vote.id})
    session.delete(vote)
    session.flush()
    return Change({}, {}, by_table(vote={vote_id}), inverse)


# ----------------------------------------------------------------- comments


def add_comment(session: Session, journey_id: int, text: str, *, author: str = "", stage_id: int | None = None,
                card_id: int | None = None, parent_id: int | None = None,
                created_at: dt.datetime | str | None = None, resolved: bool = False,
                comment_id: int | None = None) -> Change:
    """A comment on the journey, one of its stages or one of its cards; with ``parent_id``, an answer."""
    get(session, Journey, journey_id)
    if not str(text).strip():
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A comment needs some text."))
    if card_id is not None:
        card = get(session, Card, card_id)
        if session.scalar(select(Lane.journey_id).where(Lane.id == card.lane_id)) != journey_id:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "This card is not on the journey of the comment."))
    if stage_id is not None and get(session, Stage, stage_id).journey_id != journey_id:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "This stage is not on the journey of the comment."))
    if parent_id is not None:
        parent = get(session, Comment, parent_id)
        # An answer belongs to the thread of what it answers.
        journey_id, stage_id, card_id = parent.journey_id, parent.stage_id, parent.card_id
    values = check_fields(session, Comment, {"text": text, "author": author, "resolved": resolved,
                                             "created_at": created_at or utcnow()})
    row = Comment(id=_new_id(session, Comment, comment_id), journey_id=journey_id, stage_id=stage_id,
                  card_id=card_id, parent_id=parent_id, **values)
    session.add(row)
    session.flush()
    return Change(by_table(comment={row.id}), {}, {}, Op(delete_rows, {"roots": {"comment": (row.id,)}}), row.id)


def update_comment(session: Session, comment_id: int, **fields: Any) -> Change:
    """Change a comment's text or author, or resolve it (``resolved=True``) or open it again."""
    allowed = {"text", "author", "resolved"}
    unknown = set(fields) - allowed
    if unknown:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A {table} has no field named {field}."),
                         table="comment", field=sorted(unknown)[0])
    if "text" in fields and not str(fields["text"]).strip():
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A comment needs some text."))
    return update_row(session, Comment, comment_id, fields, update_comment, "comment_id")


def delete_comment(session: Session, comment_id: int) -> Change:
    """Delete a comment with its answers."""
    get(session, Comment, comment_id)
    return delete_rows(session, {"comment": (comment_id,)})
