"""Edits of the action plan that the generic project-wide ops do not cover.

Listed in :mod:`app.model.ops`; the contract of :mod:`app.model.ops_core`
holds: ``fn(session, ...) -> Change`` with an exact inverse. Plain field
edits of actions and KPIs are ``update_action`` / ``update_kpi`` in
:mod:`app.model.ops_project`; measurement points are in
:mod:`app.model.ops_journey`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.ops_core import Change, get, insert_row
from app.model.schema import Action, Card, Lane


def create_action(session: Session, title: str, card_ids: list[int] | tuple[int, ...] = (), *,
                  index: int | None = None, action_id: int | None = None, **fields: Any) -> Change:
    """A new action answering ``card_ids`` (pain points, usually), in one step.

    Without a ``journey_id`` the action belongs to the journey of its cards
    (when they all share one). Undo deletes it with its links to the cards.
    """
    cards = [get(session, Card, card_id) for card_id in dict.fromkeys(card_ids)]
    if not isinstance(title, str):
        raise ModelError(QT_TRANSLATE_NOOP("errors", "{value} is not a valid value for {field}."),
                         value=repr(title), field="title")
    if "journey_id" not in fields and cards:
        journeys = set(session.scalars(select(Lane.journey_id).where(Lane.id.in_({c.lane_id for c in cards}))))
        if len(journeys) == 1:
            fields["journey_id"] = journeys.pop()
    change = insert_row(session, Action, {}, index, {"title": title, **fields}, action_id)
    if cards:
        action = get(session, Action, change.result)
        action.cards = [get(session, Card, card.id) for card in cards]
        session.flush()
    return change
