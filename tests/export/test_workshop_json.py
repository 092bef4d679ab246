"""Votes and comments in the JSON export: carried both ways; a document written before them still imports."""

from __future__ import annotations

from sqlalchemy import select

from app.export.project_json import OPTIONAL_LISTS, export_project
from app.export.read.project_json import import_project
from app.model import ops, templates
from app.model.schema import Card, Comment, Journey, Lane, Vote


def test_votes_and_comments_go_out_and_come_back(new_session) -> None:
    source = new_session()
    templates.populate(source, "onboarding", "fr")
    journey = source.scalars(select(Journey).order_by(Journey.position)).first()
    card = source.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                          .where(Lane.journey_id == journey.id)).first()
    change = ops.add_vote_round(source, journey.id, ["Léa", "Tom"], dots=2)
    person = min(change.created["vote_participant"])
    ops.add_vote(source, person, card)
    thread = ops.add_comment(source, journey.id, "Qui commande ?", author="Léa", card_id=card).result
    ops.add_comment(source, journey.id, "La DSI", parent_id=thread)
    source.commit()
    data = export_project(source)
    assert [len(data[key]) for key in OPTIONAL_LISTS] == [1, 2, 1, 2]
    target = new_session()
    import_project(target, data)
    target.commit()
    assert target.scalars(select(Vote.card_id)).all() == [card]
    assert target.scalars(select(Comment.text).order_by(Comment.id)).all() == ["Qui commande ?", "La DSI"]
    assert export_project(target) == data


def test_a_document_without_the_workshop_lists_still_imports(new_session) -> None:
    source = new_session()
    templates.populate(source, "blank", "en")
    source.commit()
    data = export_project(source)
    for key in OPTIONAL_LISTS:
        del data[key]
    target = new_session()
    report = import_project(target, data)
    target.commit()
    assert report.added["vote_rounds"] == 0 and report.added["comments"] == 0
    assert target.scalars(select(Journey.title)).all() == [j["title"] for j in data["journeys"]]
