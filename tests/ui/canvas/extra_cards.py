"""More cards for the sample's journey, made up from a few words: maps taller than the view for the canvas tests."""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.enums import LaneKind
from app.model.schema import Journey, Lane, Stage


def first_journey(session: Session) -> int:
    """The id of the project's first journey."""
    journey_id = session.scalar(select(Journey.id).order_by(Journey.position))
    assert journey_id is not None
    return journey_id


def card_rows(session: Session, journey_id: int, count: int, *, seed: int, words: tuple[str, ...],
              title_words: int, body_words: int) -> tuple[list[dict[str, Any]], list[tuple[int, LaneKind]], list[int]]:
    """``count`` card rows dealt over the journey's card lanes and stages (positions from 1000), and those lanes
    (id, kind) and stages, top to bottom and left to right. Titles have 1 to ``title_words`` words, bodies 0 to
    ``body_words``; touchpoints get a score now and then. The rows are not inserted."""
    lanes = session.execute(select(Lane.id, Lane.kind).where(Lane.journey_id == journey_id)
                            .order_by(Lane.position)).all()
    stages = list(session.scalars(select(Stage.id).where(Stage.journey_id == journey_id).order_by(Stage.position)))
    card_lanes = [(lane_id, kind) for lane_id, kind in lanes if kind is not LaneKind.EMOTIONS]
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        lane_id, kind = card_lanes[n % len(card_lanes)]
        title = " ".join(rng.choice(words) for _ in range(rng.randint(1, title_words)))
        rows.append({"lane_id": lane_id, "stage_id": stages[n % len(stages)], "position": 1000 + n, "title": title,
                     "body": " ".join(rng.choice(words) for _ in range(rng.randint(0, body_words))), "tags": [],
                     "note": "", "duration": "", "is_first": False, "is_last": False,
                     "score": rng.choice([None, 2.0, 9.0]) if kind is LaneKind.TOUCHPOINTS else None})
    return rows, card_lanes, stages
