"""Bad edits get one clear sentence and change nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops
from app.model.errors import ModelError
from app.model.ops import Op
from app.model.schema import Card, Journey
from tests.database_copies import fill_once
from tests.model.helpers import dump_tables, onboarding_en


@pytest.fixture
def sample(session: Session) -> Session:
    return fill_once(session, "tests/model session + onboarding en", onboarding_en)


def _ids(s: Session) -> dict[str, Any]:
    journeys = s.scalars(select(Journey).order_by(Journey.position)).all()
    a, b = journeys
    cards = s.scalars(select(Card.id).where(Card.lane_id == a.lanes[1].id).order_by(Card.id)).all()
    other = s.scalars(select(Card.id).where(Card.lane_id == b.lanes[1].id)).first()
    return {"a": a, "b": b, "card": cards[0], "card2": cards[1], "other": other}


BAD: dict[str, tuple[Any, str]] = {
    "unknown card": (lambda i: Op(ops.update_card, {"card_id": 99999, "title": "x"}), "There is no card 99999."),
    "unknown field": (lambda i: Op(ops.update_card, {"card_id": i["card"], "colour_name": "red"}), "no field"),
    "score above the scale": (lambda i: Op(ops.update_card, {"card_id": i["card"], "score": 11}), "between 0 and 10"),
    "score below the scale": (lambda i: Op(ops.update_card, {"card_id": i["card"], "score": -1}), "between 0 and 10"),
    "score as text": (lambda i: Op(ops.update_card, {"card_id": i["card"], "score": "7"}), "not a valid value"),
    "severity out of range": (lambda i: Op(ops.update_card, {"card_id": i["card"], "severity": 6}), "between 1 and 5"),
    "share out of range": (lambda i: Op(ops.update_card, {"card_id": i["card"], "affected_share": 101}), "0 and 100"),
    "bad colour": (lambda i: Op(ops.update_card, {"card_id": i["card"], "colour": "red"}), "not a colour"),
    "unknown emotion": (lambda i: Op(ops.update_card, {"card_id": i["card"], "emotion": "bliss"}), "not a valid"),
    "unknown channel": (lambda i: Op(ops.update_card, {"card_id": i["card"], "channel_id": 999}), "no channel 999"),
    "empty title set to None": (lambda i: Op(ops.update_card, {"card_id": i["card"], "title": None}), "not a valid"),
    "impact out of range": (lambda i: Op(ops.update_action, {"action_id": 1, "impact": 0}), "between 1 and 5"),
    "digital ease out of range": (lambda i: Op(ops.update_persona, {"persona_id": 1, "digital_ease": 9}), "1 and 5"),
    "cell across journeys": (lambda i: Op(ops.add_card, {"lane_id": i["a"].lanes[1].id,
                                                       "stage_id": i["b"].stages[0].id}), "different journeys"),
    "move to another journey": (lambda i: Op(ops.move_cards, {"moves": [
        (i["card"], i["b"].lanes[1].id, i["b"].stages[0].id, None)]}), "another journey"),
    "self link": (lambda i: Op(ops.add_link, {"source_id": i["card"], "target_id": i["card"]}), "itself"),
    "link across journeys": (lambda i: Op(ops.add_link, {"source_id": i["card"], "target_id": i["other"]}),
                             "same journey"),
    "duplicate id": (lambda i: Op(ops.add_card, {"lane_id": i["a"].lanes[1].id, "stage_id": i["a"].stages[0].id,
                                               "card_id": i["card"]}), "already a card"),
    "delete in an unknown table": (lambda i: Op(ops.delete_rows, {"roots": {"explode": (1,)}}), "no edit named"),
    # The delete checks its ids against the rows it collects: an unknown one among real ones still stops it.
    "delete an unknown card among real ones": (lambda i: Op(ops.delete_rows, {"roots": {
        "card": (i["card"], 99999, i["card2"])}}), "There is no card 99999."),
    "delete a card named by a boolean": (lambda i: Op(ops.delete_rows, {"roots": {"card": (i["card"], True)}}),
                                         "There is no card True."),
    "delete a card named by text": (lambda i: Op(ops.delete_rows, {"roots": {"card": ("1",)}}), "There is no card 1."),
    "unknown scale": (lambda i: Op(ops.set_scale, {"scale": "0..100"}), "not a valid value"),
    "target score out of scale": (lambda i: Op(ops.update_journey, {"journey_id": i["a"].id, "target_score": 12}),
                                  "between 0 and 10"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_edit_is_one_sentence_and_changes_nothing(sample: Session, name: str) -> None:
    make, fragment = BAD[name]
    op = make(_ids(sample))
    before = dump_tables(sample)
    with pytest.raises(ModelError) as raised:
        ops.apply(sample, op)
    sample.rollback()
    message = raised.value.message()
    assert fragment in message and message.count(". ") == 0 and "\n" not in message
    assert dump_tables(sample) == before


def test_a_duplicate_link_is_refused(sample: Session) -> None:
    i = _ids(sample)
    ops.add_link(sample, i["card"], i["card2"])
    sample.commit()
    with pytest.raises(ModelError, match="already linked"):
        ops.add_link(sample, i["card"], i["card2"])


def test_text_is_cleaned_at_the_boundary(sample: Session) -> None:
    card = _ids(sample)["card"]
    ops.update_card(sample, card, title="a\ud800b\x07c\r\nd")
    sample.commit()
    assert sample.get(Card, card).title == "abc\nd"


def test_index_past_the_end_means_the_end(sample: Session) -> None:
    i = _ids(sample)
    lane, stage = i["a"].lanes[1].id, i["a"].stages[3].id
    change = ops.add_card(sample, lane, stage, title="last", index=500)
    sample.commit()
    cell = sample.scalars(select(Card.id).where(Card.lane_id == lane, Card.stage_id == stage)
                          .order_by(Card.position)).all()
    assert cell[-1] == change.result


def test_scores_follow_the_project_scale(sample: Session) -> None:
    ops.set_scale(sample, "-2..2")
    sample.commit()
    card = _ids(sample)["card"]
    with pytest.raises(ModelError, match="between -2 and 2"):
        ops.update_card(sample, card, score=3)
    sample.rollback()
    ops.update_card(sample, card, score=-1.5)
    sample.commit()
    assert sample.get(Card, card).score == -1.5
