"""Dot votes and comments: ops with exact undo, counts, the top-irritants ranking, the v1 -> v2 upgrade."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import comments, ops, votes
from app.model.enums import LaneKind
from app.model.errors import ModelError
from app.model.ops import Op
from app.model.schema import Card, Comment, Journey, Lane, Vote
from app.model.store import ProjectStore
from tests.database_copies import fill_once
from tests.model.helpers import dump_tables, onboarding_en

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v1.parcours"


@pytest.fixture
def sample(session: Session) -> Session:
    return fill_once(session, "tests/model session + onboarding en", onboarding_en)


def _journey(s: Session) -> Journey:
    return s.scalars(select(Journey).order_by(Journey.position)).first()


def _irritants(s: Session) -> list[int]:
    journey = _journey(s)
    return s.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                     .where(Lane.journey_id == journey.id, Lane.kind == LaneKind.IRRITANTS)
                     .order_by(Card.stage_id, Card.position)).all()


def _round(s: Session, names=("Ana", "Ben", "Chloé"), dots: int = 3) -> tuple[int, list[int]]:
    change = ops.add_vote_round(s, _journey(s).id, list(names), dots=dots, title="Atelier")
    people = sorted(change.created["vote_participant"])
    return change.result, people


def test_three_participants_vote_and_the_ranking_follows_the_dots(sample: Session) -> None:
    irritants = _irritants(sample)
    assert len(irritants) >= 3
    round_id, (ana, ben, chloe) = _round(sample)
    placed = [(ana, irritants[2]), (ana, irritants[2]), (ana, irritants[0]),
              (ben, irritants[2]), (ben, irritants[1]), (chloe, irritants[1])]
    for person, card in placed:
        ops.add_vote(sample, person, card)
    assert votes.counts(sample, round_id) == {irritants[2]: 3, irritants[1]: 2, irritants[0]: 1}
    top = votes.top_irritants(sample, _journey(sample).id)
    assert [(item.rank, item.card_id, item.votes) for item in top] == [
        (1, irritants[2], 3), (2, irritants[1], 2), (3, irritants[0], 1)]
    assert votes.dots_left(sample, ana) == 0 and votes.dots_left(sample, chloe) == 2


def test_a_participant_cannot_place_more_dots_than_the_round_allows(sample: Session) -> None:
    card = _irritants(sample)[0]
    _, (ana, *_others) = _round(sample, dots=2)
    ops.add_vote(sample, ana, card)
    ops.add_vote(sample, ana, card)
    with pytest.raises(ModelError) as refused:
        ops.add_vote(sample, ana, card)
    assert "Ana has placed all 2 dots." == refused.value.message()


@pytest.mark.parametrize("names, dots, sentence", [
    ([], 3, "A vote needs at least one participant."),
    (["A"], 0, "dots must be between 1 and 99, not 0."),
    (["A"], True, "dots must be between 1 and 99, not True."),
])
def test_a_bad_round_is_refused_in_one_sentence(sample: Session, names, dots, sentence) -> None:
    with pytest.raises(ModelError) as refused:
        ops.add_vote_round(sample, _journey(sample).id, names, dots=dots)
    assert refused.value.message() == sentence


def test_a_card_of_another_journey_cannot_get_a_dot(sample: Session) -> None:
    _, (ana, *_rest) = _round(sample)
    other = sample.scalars(select(Journey).order_by(Journey.position)).all()[1]
    card = sample.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                          .where(Lane.journey_id == other.id)).first()
    with pytest.raises(ModelError):
        ops.add_vote(sample, ana, card)


def test_without_votes_the_ranking_is_by_severity(sample: Session) -> None:
    irritants = _irritants(sample)
    ops.update_card(sample, irritants[1], severity=5, affected_share=100.0)
    top = votes.top_irritants(sample, _journey(sample).id, limit=None)
    assert top[0].card_id == irritants[1] and top[0].votes == 0
    assert len(top) == len(irritants)


@pytest.mark.parametrize("make", ["round", "vote", "comment", "answer", "resolve", "delete card", "delete stage",
                                  "delete journey", "delete round", "delete thread"])
def test_workshop_ops_undo_and_redo_exactly(sample: Session, make: str) -> None:
    irritants = _irritants(sample)
    journey_id = _journey(sample).id
    round_id, (ana, *_rest) = _round(sample)
    ops.add_vote(sample, ana, irritants[0])
    first = ops.add_comment(sample, journey_id, "Who sends the laptop?", author="Ana", card_id=irritants[0]).result
    ops.add_comment(sample, journey_id, "IT", author="Ben", parent_id=first)
    sample.commit()
    op = {
        "round": Op(ops.add_vote_round, {"journey_id": journey_id, "participants": ["1", "2"], "dots": 5}),
        "vote": Op(ops.add_vote, {"participant_id": ana, "card_id": irritants[1]}),
        "comment": Op(ops.add_comment, {"journey_id": journey_id, "text": "Stage too long",
                                      "stage_id": _journey(sample).stages[0].id}),
        "answer": Op(ops.add_comment, {"journey_id": journey_id, "text": "IT does", "parent_id": first}),
        "resolve": Op(ops.update_comment, {"comment_id": first, "resolved": True}),
        "delete card": Op(ops.delete_cards, {"card_ids": [irritants[0]]}),
        "delete stage": Op(ops.delete_stage, {"stage_id": sample.get(Card, irritants[0]).stage_id}),
        "delete journey": Op(ops.delete_journey, {"journey_id": journey_id}),
        "delete round": Op(ops.delete_vote_round, {"round_id": round_id}),
        "delete thread": Op(ops.delete_comment, {"comment_id": first}),
    }[make]
    before = dump_tables(sample)
    change = ops.apply(sample, op)
    after = dump_tables(sample)
    assert after != before
    again = ops.apply(sample, change.inverse)
    assert dump_tables(sample) == before
    ops.apply(sample, again.inverse)
    assert dump_tables(sample) == after


def test_threads_and_badge_counts(sample: Session) -> None:
    journey = _journey(sample)
    card = _irritants(sample)[0]
    first = ops.add_comment(sample, journey.id, "Laptop?", author="Ana", card_id=card).result
    ops.add_comment(sample, journey.id, "Ordered", author="IT", parent_id=first)
    ops.add_comment(sample, journey.id, "Whole journey is long", author="Ben")
    assert comments.open_counts(sample, journey.id) == {("card", card): 2, ("journey", journey.id): 1}
    [thread] = comments.threads(sample, journey.id, ("card", card))
    assert (thread.author, thread.text, [a.text for a in thread.answers]) == ("Ana", "Laptop?", ["Ordered"])
    ops.update_comment(sample, first, resolved=True)
    assert comments.open_counts(sample, journey.id) == {("journey", journey.id): 1}
    with pytest.raises(ModelError):
        ops.add_comment(sample, journey.id, "   ")


def test_a_schema_v1_file_opens_with_the_workshop_tables(tmp_path: Path, data_dir) -> None:
    path = tmp_path / "old.parcours"
    shutil.copyfile(FIXTURE, path)
    with ProjectStore.open(path) as store:
        session = store.session
        journey = session.scalars(select(Journey)).first()
        card = session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                               .where(Lane.journey_id == journey.id)).first()
        change = ops.add_vote_round(session, journey.id, ["Ana"], dots=1)
        ops.add_vote(session, min(change.created["vote_participant"]), card)
        ops.add_comment(session, journey.id, "Ok", card_id=card)
        session.commit()
        store.save(tmp_path / "new.parcours")
    with ProjectStore.open(tmp_path / "new.parcours") as store:
        assert store.session.scalars(select(Vote.card_id)).all() == [card]
        assert store.session.scalars(select(Comment.text)).all() == ["Ok"]


@pytest.mark.parametrize("where, sentence", [
    ({"card_id": 10**6}, "There is no card 1000000."),
    ({"stage_id": "other"}, "This stage is not on the journey of the comment."),
    ({"card_id": "other"}, "This card is not on the journey of the comment."),
    ({"parent_id": 10**6}, "There is no comment 1000000."),
])
def test_a_comment_on_something_elsewhere_is_refused(sample: Session, where, sentence) -> None:
    journeys = sample.scalars(select(Journey).order_by(Journey.position)).all()
    other = journeys[1]
    if where.get("stage_id") == "other":
        where = {"stage_id": other.stages[0].id}
    if where.get("card_id") == "other":
        where = {"card_id": sample.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                                           .where(Lane.journey_id == other.id)).first()}
    with pytest.raises(ModelError) as refused:
        ops.add_comment(sample, journeys[0].id, "Hello", **where)
    assert refused.value.message() == sentence
    assert sample.scalars(select(Comment.id)).all() == []


def test_the_rooms_dots_weigh_in_the_methods_ranking_everywhere(sample: Session) -> None:
    from app.model import method_data

    journey = _journey(sample).id
    before = [item.facts.card_id for item in method_data.top_irritants(sample, journey, count=None)]
    last = before[-1]
    round_id, people = _round(sample, names=[str(n) for n in range(1, 7)], dots=3)
    for person in people:
        for _ in range(3):
            ops.add_vote(sample, person, last)
    after = [item.facts.card_id for item in method_data.top_irritants(sample, journey, count=None)]
    assert after.index(last) < before.index(last)
    assert method_data.top_irritants(sample, journey, count=None)[after.index(last)].votes == 18
    plan = method_data.ranked_pain_points(sample, journey)
    assert [item.card_id for item in plan] == after  # the action plan and the deck print that order
