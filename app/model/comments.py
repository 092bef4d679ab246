"""Comments read without Qt: threads of a journey and the count badges of its cards and stages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.schema import Comment


@dataclass
class Thread:
    """A comment and its answers (oldest first)."""

    id: int
    target: tuple[str, int]
    author: str
    text: str
    created_at: dt.datetime
    resolved: bool
    answers: list[Thread] = field(default_factory=list)


def target_of(comment: Comment) -> tuple[str, int]:
    """What a comment is on: ("card", id), ("stage", id) or ("journey", id)."""
    if comment.card_id is not None:
        return ("card", comment.card_id)
    if comment.stage_id is not None:
        return ("stage", comment.stage_id)
    return ("journey", comment.journey_id)


def threads(session: Session, journey_id: int, target: tuple[str, int] | None = None) -> list[Thread]:
    """The journey's threads (or those on ``target``), oldest first, each with its answers."""
    rows = session.scalars(select(Comment).where(Comment.journey_id == journey_id)
                           .order_by(Comment.created_at, Comment.id)).all()
    by_id: dict[int, Thread] = {}
    roots: list[Thread] = []
    for row in rows:
        thread = Thread(row.id, target_of(row), row.author, row.text, row.created_at, row.resolved)
        by_id[row.id] = thread
        parent = by_id.get(row.parent_id) if row.parent_id is not None else None
        if parent is not None:
            parent.answers.append(thread)
        elif row.parent_id is None:
            roots.append(thread)
    return [thread for thread in roots if target is None or thread.target == target]


def open_counts(session: Session, journey_id: int) -> dict[tuple[str, int], int]:
    """Comments of threads not resolved, answers included, by target: what the count badges show."""
    result: dict[tuple[str, int], int] = {}
    for thread in threads(session, journey_id):
        if not thread.resolved:
            result[thread.target] = result.get(thread.target, 0) + _size(thread)
    return result


def _size(thread: Thread) -> int:
    return 1 + sum(_size(answer) for answer in thread.answers)
