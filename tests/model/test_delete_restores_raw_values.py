"""A delete reads the rows it removes straight from the driver; undo writes the very same values back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops, templates
from app.model.ops_workshop import add_comment
from app.model.ops_workspace import add_card_image, set_card_personas
from app.model.schema import KPI, Card, CardImage, Journey, Persona
from tests.model.helpers import assert_dense_positions, dump_tables

#: A PNG signature, then bytes a text conversion would spoil (NUL, invalid UTF-8, a quote).
_IMAGE = b"\x89PNG\r\n\x1a\n\x00\xff\xfe'\x00end"


def test_a_card_with_every_kind_of_value_comes_back_exactly(session: Session) -> None:
    templates.populate(session, "onboarding", "en")
    journey = session.scalars(select(Journey).order_by(Journey.position)).first()
    card_id = session.scalars(select(Card.id).where(Card.lane_id == journey.lanes[1].id)
                              .order_by(Card.stage_id, Card.position)).first()
    ops.update_card(session, card_id, title="« Été » 🎉 \"quoted\"", tags=["a", "b, c"], emotion="anger",
                    score=7.25, is_first=True, moment_of_truth=False, affected_share=12.5, colour="#A0b1C2",
                    note="line one\nline two", severity=3)
    add_card_image(session, card_id, _IMAGE, "image/png", caption="The form")
    persona = session.scalars(select(Persona.id)).first()
    set_card_personas(session, card_id, {persona: 2.5})
    add_comment(session, journey.id, "Why?", author="Léa", card_id=card_id,
                created_at=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    kpi = session.scalars(select(KPI)).first()
    ops.update_kpi(session, kpi.id, card_id=card_id)
    neighbours = session.scalars(select(Card.id).where(Card.lane_id == journey.lanes[1].id)
                                 .order_by(Card.stage_id, Card.position)).all()[1:4]
    session.commit()
    before = dump_tables(session)

    change = ops.delete_cards(session, [card_id, *neighbours[1:2]])
    session.commit()
    assert session.get(Card, card_id) is None and session.scalars(select(CardImage.id)
                                                                .where(CardImage.card_id == card_id)).all() == []
    assert session.get(KPI, kpi.id).card_id is None
    assert_dense_positions(session)

    redo = ops.apply(session, change.inverse)
    session.commit()
    assert dump_tables(session) == before
    assert session.get(CardImage, session.scalars(select(CardImage.id)
                                                  .where(CardImage.card_id == card_id)).one()).image == _IMAGE
    card = session.get(Card, card_id)
    assert card.tags == ["a", "b, c"] and card.is_first is True and card.moment_of_truth is False

    ops.apply(session, redo.inverse)
    session.commit()
    assert session.get(Card, card_id) is None
    assert_dense_positions(session)
