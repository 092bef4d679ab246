"""The workspace's ops (catalogue merges, personas on cards, evidence images, project defaults): exact undo, redo."""

from __future__ import annotations

import shutil
import sqlite3
import struct
import zlib
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import images, ops
from app.model.errors import ModelError
from app.model.journey_data import drop_threshold_of, read_journey
from app.model.ops import Op
from app.model.schema import Action, Card, CardImage, CardPersona, Channel, Department, Journey, Lane, Persona, Project
from app.model.store import ProjectStore
from tests.database_copies import fill_once
from tests.model.helpers import assert_dense_positions, dump_tables, onboarding_en

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def png(width: int, height: int) -> bytes:
    """A tiny valid PNG header claiming ``width`` x ``height`` (enough for the header checks)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", len(header)) + chunk
            + struct.pack(">I", zlib.crc32(chunk)))


@pytest.fixture
def sample(session: Session) -> Session:
    return fill_once(session, "tests/model session + onboarding en", onboarding_en)


def _round_trip(session: Session, op: Op) -> ops.Change:
    before = dump_tables(session)
    change = ops.apply(session, op)
    session.commit()
    after = dump_tables(session)
    back = ops.apply(session, change.inverse)
    session.commit()
    assert dump_tables(session) == before
    ops.apply(session, back.inverse)
    session.commit()
    assert dump_tables(session) == after
    assert_dense_positions(session)
    return change


def test_merging_departments_moves_cards_lanes_and_actions_and_undo_restores_all(sample):
    departments = sample.scalars(select(Department).order_by(Department.position)).all()
    source, target = departments[0], departments[1]
    cards = set(sample.scalars(select(Card.id).where(Card.department_id == source.id)))
    assert cards
    source_id, target_id = source.id, target.id
    _round_trip(sample, Op(ops.merge_department, {"source_id": source_id, "target_id": target_id}))
    assert sample.get(Department, source_id) is None
    assert cards <= set(sample.scalars(select(Card.id).where(Card.department_id == target_id)))
    assert not sample.scalars(select(Lane.id).where(Lane.department_id == source_id)).all()
    assert not sample.scalars(select(Action.id).where(Action.department_id == source_id)).all()


def test_merging_channels_keeps_the_personas_preferences(sample):
    channels = sample.scalars(select(Channel).order_by(Channel.position)).all()
    persona = sample.scalars(select(Persona)).first()
    source_id, target_id, persona_id = channels[0].id, channels[1].id, persona.id
    ops.apply(sample, Op(ops.set_persona_channels, {"persona_id": persona_id, "ids": [source_id]}))
    sample.commit()
    _round_trip(sample, Op(ops.merge_channel, {"source_id": source_id, "target_id": target_id}))
    assert [c.id for c in sample.get(Persona, persona_id).channels] == [target_id]


def test_a_channel_cannot_merge_into_itself(sample):
    channel = sample.scalars(select(Channel)).first()
    with pytest.raises(ModelError, match="two different"):
        ops.apply(sample, Op(ops.merge_channel, {"source_id": channel.id, "target_id": channel.id}))


def test_deleting_a_department_leaves_cards_with_none_and_undo_puts_it_back(sample):
    department_id = sample.scalars(select(Department.id)).first()
    cards = set(sample.scalars(select(Card.id).where(Card.department_id == department_id)))
    change = _round_trip(sample, Op(ops.delete_department, {"department_id": department_id}))
    assert change.deleted["department"] == {department_id} and cards
    assert all(sample.get(Card, card_id).department_id is None for card_id in cards)


def test_per_persona_scores_undo_and_redo(sample):
    personas = sample.scalars(select(Persona.id)).all()
    card = sample.scalars(select(Card).where(Card.score.is_not(None))).first()
    _round_trip(sample, Op(ops.set_card_personas, {"card_id": card.id, "scores": {personas[0]: 2.5}}))
    _round_trip(sample, Op(ops.set_persona_score, {"card_id": card.id, "persona_id": personas[0], "score": 9.0}))
    with pytest.raises(ModelError):
        ops.apply(sample, Op(ops.set_persona_score, {"card_id": card.id, "persona_id": personas[0], "score": 11.0}))


def test_changing_the_scale_rescales_persona_scores_and_project_defaults(sample):
    card = sample.scalars(select(Card).where(Card.score.is_not(None))).first()
    persona = sample.scalars(select(Persona.id)).first()
    ops.apply(sample, Op(ops.set_persona_score, {"card_id": card.id, "persona_id": persona, "score": 5.0}))
    ops.apply(sample, Op(ops.update_project, {"target_score": 8.0, "drop_threshold": 2.0}))
    sample.commit()
    _round_trip(sample, Op(ops.set_scale, {"scale": "1..5"}))
    ops.apply(sample, Op(ops.set_scale, {"scale": "1..5"}))
    assert sample.scalar(select(CardPersona.score)) == 3.0
    project = sample.get(Project, 1)
    assert (project.target_score, project.drop_threshold) == (4.2, 0.8)


def test_a_journey_without_its_own_target_or_threshold_uses_the_projects(sample):
    journey = sample.scalars(select(Journey)).first()
    journey.target_score, journey.drop_threshold = None, None
    ops.apply(sample, Op(ops.update_project, {"target_score": 6.5, "drop_threshold": 1.5}))
    sample.commit()
    assert read_journey(sample, journey.id).target_score == 6.5
    assert drop_threshold_of(sample, journey.id) == 1.5
    journey.drop_threshold = 4.0
    assert drop_threshold_of(sample, journey.id) == 4.0


def test_evidence_images_add_caption_move_delete_exactly(sample):
    card = sample.scalars(select(Card)).first()
    picture = png(10, 10)
    first = _round_trip(sample, Op(ops.add_card_image, {"card_id": card.id, "image": picture,
                                                      "image_type": "image/png"}))
    assert first.created == {"card_image": {first.result}}
    second = ops.apply(sample, Op(ops.add_card_image, {"card_id": card.id, "image": picture, "index": 0}))
    sample.commit()
    _round_trip(sample, Op(ops.update_card_image, {"card_image_id": second.result, "caption": "Mur de post-its"}))
    _round_trip(sample, Op(ops.move_card_image, {"card_image_id": second.result, "index": 1}))
    _round_trip(sample, Op(ops.delete_card_image, {"card_image_id": second.result}))
    # Deleting the card takes its images; undo brings them back.
    card_id = card.id
    change = _round_trip(sample, Op(ops.delete_cards, {"card_ids": [card_id]}))
    assert sample.scalars(select(CardImage.id)).all() == []
    ops.apply(sample, change.inverse)
    assert len(sample.scalars(select(CardImage.id).where(CardImage.card_id == card_id)).all()) == 1


def test_an_image_that_is_not_png_or_jpeg_is_not_stored(sample):
    card = sample.scalars(select(Card)).first()
    with pytest.raises(ModelError, match="PNG, JPEG or WebP"):
        ops.apply(sample, Op(ops.add_card_image, {"card_id": card.id, "image": b"GIF89a" + bytes(20)}))


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"GIF89a" + bytes(40), "not a PNG, JPEG or WebP"),
    (b"\x89PNG\r\n\x1a\n" + bytes(4), "damaged"),
    (png(0, 10), "damaged"),
    (png(60_000, 60_000), "too big"),
    (png(10_000, 6_000), "too big"),
    (png(4000, 100), "too narrow"),
    (b"\xff\xd8\xff\xe0" + bytes(3), "damaged"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8X" + bytes(8) + b"\xff\xff\xff\xff\xff\xff", "too big"),
])
def test_image_headers_are_refused_with_one_sentence(data, message):
    with pytest.raises(ModelError, match=message) as caught:
        images.inspect(data)
    assert str(caught.value).count(".") >= 1 and "\n" not in str(caught.value)


def test_stored_size_keeps_the_proportions_within_1024():
    assert images.stored_size(4000, 3000) == (1024, 768)
    assert images.stored_size(800, 600) == (800, 600)
    assert images.stored_size(300, 6000) == (51, 1024)


def test_a_version_1_file_is_upgraded_with_the_workspace(tmp_path):
    path = tmp_path / "old.parcours"
    shutil.copyfile(FIXTURES / "schema_v1.parcours", path)
    with ProjectStore.open(path) as store:
        session = store.session
        ops.apply(session, Op(ops.add_department, {"name": "Partenaire", "origin": "partner"}))
        ops.apply(session, Op(ops.update_project, {"target_score": 7.0}))
        card = session.scalars(select(Card.id)).first()
        ops.apply(session, Op(ops.add_card_image, {"card_id": card, "image": png(4, 4)}))
        session.commit()
        store.save(tmp_path / "new.parcours")
    connection = sqlite3.connect(tmp_path / "new.parcours")
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("SELECT origin FROM department WHERE name = 'Partenaire'").fetchone() == ("partner",)
    connection.close()
    with ProjectStore.open(tmp_path / "new.parcours") as store:
        assert store.session.get(Project, 1).target_score == 7.0
        assert len(store.session.scalars(select(CardImage)).all()) == 1


def test_info_json_lists_objectives_personas_and_catalogues(sample):
    import json

    from app.model.workspace_summary import workspace_summary

    persona = sample.scalars(select(Persona).order_by(Persona.position)).first()
    card = sample.scalars(select(Card).where(Card.score.is_not(None))).first()
    ops.apply(sample, Op(ops.set_persona_score, {"card_id": card.id, "persona_id": persona.id, "score": 4.0}))
    ops.apply(sample, Op(ops.add_department, {"name": "Agence partenaire", "origin": "partner"}))
    sample.commit()
    summary = json.loads(json.dumps(workspace_summary(sample)))
    assert summary["personas"][0]["name"] == persona.name and summary["personas"][0]["scores"] == 1
    assert summary["personas"][0]["journeys"] and summary["personas"][0]["channels"]
    assert summary["objectives"][0]["journeys"] and summary["objectives"][0]["kind"]
    assert summary["departments"][-1] == {"id": summary["departments"][-1]["id"], "name": "Agence partenaire",
                                          "origin": "partner", "side": "front", "colour": None}
    assert {c["key"] for c in summary["channels"]} >= {"phone", "email"}
    assert summary["evidence_images"] == 0


def test_persona_curves_exist_only_for_personas_with_scores_of_their_own(sample):
    from app.model.curve_reading import read_touchpoints
    from app.model.persona_curves import persona_curves

    journey = sample.scalars(select(Journey).order_by(Journey.position)).first()
    touchpoints = read_touchpoints(sample, journey.id)
    assert persona_curves(sample, touchpoints) == []
    first, second = sample.scalars(select(Persona.id).order_by(Persona.position)).all()[:2]
    scored = [t for t in touchpoints if t.score is not None]
    a, b, c = scored[0], scored[1], scored[2]
    ops.apply(sample, Op(ops.set_card_personas, {"card_id": a.card_id, "scores": {second: 1.0}}))
    ops.apply(sample, Op(ops.set_card_personas, {"card_id": b.card_id, "scores": {first: None}}))
    ops.apply(sample, Op(ops.set_card_personas, {"card_id": c.card_id, "scores": {second: None}}))
    sample.commit()
    curves = persona_curves(sample, read_touchpoints(sample, journey.id))
    assert [curve.persona_id for curve in curves] == [second]
    points = {p.card_id: p.score for p in curves[0].points}
    # Its own score; a gap where the card is another persona's only; the card's score where it has none of its own.
    assert (points[a.card_id], points[b.card_id], points[c.card_id]) == (1.0, None, c.score)
    assert len(curves[0].points) == len(touchpoints) and curves[0].colour.startswith("#")
