"""Every op, done, undone through its inverse, redone, undone again: the whole file comes back exactly."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops
from app.model.ops import Op
from app.model.schema import KPI, Action, Card, Journey, Lane, Link, MeasurementPoint, Project
from tests.database_copies import fill_once
from tests.model.helpers import assert_dense_positions, dump_tables, onboarding_en


@pytest.fixture
def sample(session: Session) -> Session:
    return fill_once(session, "tests/model session + onboarding en", onboarding_en)


def _journey(s: Session) -> Journey:
    return s.scalars(select(Journey).order_by(Journey.position)).first()


def _touchpoints(s: Session) -> list[int]:
    lane = _journey(s).lanes[1]
    return s.scalars(select(Card.id).where(Card.lane_id == lane.id).order_by(Card.stage_id, Card.position)).all()


def _cell(s: Session, stage: int) -> tuple[int, int]:
    j = _journey(s)
    return j.lanes[1].id, j.stages[stage].id


OPS: dict[str, Callable[[Session], Op]] = {
    "add card in the middle of a cell": lambda s: Op(ops.add_card, {
        "lane_id": _cell(s, 3)[0], "stage_id": _cell(s, 3)[1], "title": "Nouvelle carte « test »", "index": 1}),
    "add cards": lambda s: Op(ops.add_cards, {"specs": [
        {"lane_id": _cell(s, 0)[0], "stage_id": _cell(s, 0)[1], "title": "a"},
        {"lane_id": _cell(s, 0)[0], "stage_id": _cell(s, 0)[1], "title": "b", "index": 0}]}),
    "move two cards to another cell": lambda s: Op(ops.move_cards, {"moves": [
        (_touchpoints(s)[0], *_cell(s, 3), 0), (_touchpoints(s)[1], *_cell(s, 3), 1)]}),
    "move a card within its cell": lambda s: Op(ops.move_cards, {"moves": [
        (_touchpoints(s)[7], *_cell(s, 3), 3)]}),
    "delete cards with links": lambda s: Op(ops.delete_cards, {"card_ids": _touchpoints(s)[4:9]}),
    "duplicate cards": lambda s: Op(ops.duplicate_cards, {"card_ids": _touchpoints(s)[:3]}),
    "edit a card": lambda s: Op(ops.update_card, {"card_id": _touchpoints(s)[0], "title": "🎉 RTL שלום",
                                                "score": 3, "emotion": "anger", "tags": ["a", "b"]}),
    "delete a lane": lambda s: Op(ops.delete_lane, {"lane_id": _journey(s).lanes[1].id}),
    "delete a stage": lambda s: Op(ops.delete_stage, {"stage_id": _journey(s).stages[3].id}),
    "delete a journey": lambda s: Op(ops.delete_journey, {"journey_id": _journey(s).id}),
    "derive a journey": lambda s: Op(ops.derive_journey, {"journey_id": _journey(s).id}),
    "move a stage": lambda s: Op(ops.move_stage, {"stage_id": _journey(s).stages[3].id, "index": 0}),
    "move a lane down": lambda s: Op(ops.move_lane, {"lane_id": _journey(s).lanes[1].id, "index": 8}),
    "add a stage": lambda s: Op(ops.add_stage, {"journey_id": _journey(s).id, "name": "S", "index": 2}),
    "add a lane": lambda s: Op(ops.add_lane, {"journey_id": _journey(s).id, "kind": "kpis", "index": 0}),
    "add a journey with lanes": lambda s: Op(ops.add_journey, {"title": "J", "with_default_lanes": True}),
    "move a journey": lambda s: Op(ops.move_journey, {"journey_id": _journey(s).id, "index": 1}),
    "rescale": lambda s: Op(ops.set_scale, {"scale": "1..5"}),
    "delete a persona": lambda s: Op(ops.delete_persona, {"persona_id": 1}),
    "delete a department": lambda s: Op(ops.delete_department, {"department_id": 1}),
    "delete a channel": lambda s: Op(ops.delete_channel, {"channel_id": 1}),
    "add a persona first": lambda s: Op(ops.add_persona, {"name": "P", "index": 0}),
    "link two cards": lambda s: Op(ops.add_link, {"source_id": _touchpoints(s)[0], "target_id": _touchpoints(s)[2]}),
    "delete a link": lambda s: Op(ops.delete_link, {"link_id": s.scalars(select(Link.id)).first()}),
    "edit an action's cards": lambda s: Op(ops.set_action_cards, {"action_id": 1, "ids": _touchpoints(s)[:2]}),
    "delete an action": lambda s: Op(ops.delete_action, {"action_id": s.scalars(select(Action.id)).first()}),
    "edit a kpi": lambda s: Op(ops.update_kpi, {"kpi_id": s.scalars(select(KPI.id)).first(), "actual": 99.5}),
    "delete a measurement point": lambda s: Op(ops.delete_measurement_point, {
        "measurement_point_id": s.scalars(select(MeasurementPoint.id)).first()}),
    "edit the project": lambda s: Op(ops.update_project, {"title": "T", "language": "fr"}),
    "journey personas": lambda s: Op(ops.set_journey_personas, {"journey_id": _journey(s).id, "ids": [2]}),
    "persona channels": lambda s: Op(ops.set_persona_channels, {"persona_id": 1, "ids": [1, 2, 3]}),
}


@pytest.mark.parametrize("name", list(OPS))
def test_do_undo_redo_restores_exactly(sample: Session, name: str) -> None:
    s = sample
    before = dump_tables(s)
    change = ops.apply(s, OPS[name](s))
    s.commit()
    after = dump_tables(s)
    assert after != before
    assert_dense_positions(s)
    undone = ops.apply(s, change.inverse)
    s.commit()
    assert dump_tables(s) == before
    redone = ops.apply(s, undone.inverse)
    s.commit()
    assert dump_tables(s) == after
    ops.apply(s, redone.inverse)
    s.commit()
    assert dump_tables(s) == before
    assert_dense_positions(s)


def test_deleting_a_lane_takes_its_cards_and_links_and_undo_brings_back_ids(sample: Session) -> None:
    s = sample
    lane = _journey(s).lanes[1]
    ids = set(s.scalars(select(Card.id).where(Card.lane_id == lane.id)))
    links = set(s.scalars(select(Link.id).where(Link.source_id.in_(ids) | Link.target_id.in_(ids))))
    change = ops.delete_lane(s, lane.id)
    s.commit()
    assert change.deleted["card"] == ids and change.deleted["link"] == links
    assert s.scalars(select(Card.id).where(Card.id.in_(ids))).all() == []
    ops.apply(s, change.inverse)
    s.commit()
    assert set(s.scalars(select(Card.id).where(Card.lane_id == lane.id))) == ids
    assert set(s.scalars(select(Link.id).where(Link.id.in_(links)))) == links


def test_deleting_a_card_nulls_kpi_references_and_undo_puts_them_back(sample: Session) -> None:
    s = sample
    kpi = s.scalars(select(KPI).where(KPI.card_id.is_not(None))).first()
    card_id = kpi.card_id
    change = ops.delete_cards(s, [card_id])
    s.commit()
    assert s.get(KPI, kpi.id).card_id is None
    ops.apply(s, change.inverse)
    s.commit()
    assert s.get(KPI, kpi.id).card_id == card_id


def test_rescale_maps_scores_and_undo_restores_exact_values(sample: Session) -> None:
    s = sample
    card = s.scalars(select(Card).where(Card.score == 7)).first()
    change = ops.set_scale(s, "1..5")
    s.commit()
    assert s.get(Card, card.id).score == pytest.approx(3.8)
    assert s.get(Project, 1).scale.value == "1..5"
    ops.apply(s, change.inverse)
    s.commit()
    assert s.get(Card, card.id).score == 7 and s.get(Project, 1).scale.value == "0..10"


def test_derived_journey_is_a_to_be_copy(sample: Session) -> None:
    s = sample
    source = _journey(s)
    change = ops.derive_journey(s, source.id, title="Demain")
    s.commit()
    new = s.get(Journey, change.result)
    assert new.derived_from_id == source.id and new.state.value == "to_be" and new.title == "Demain"
    assert [x.name for x in new.stages] == [x.name for x in source.stages]
    assert [x.kind for x in new.lanes] == [x.kind for x in source.lanes]
    count = lambda j: len(s.scalars(select(Card.id).join(Lane).where(Lane.journey_id == j.id)).all())  # noqa: E731
    assert count(new) == count(source)



def test_an_edit_and_its_undo_carry_every_kind_of_column_as_its_type_gives_it(sample: Session) -> None:
    """update_row writes SQL text it made once: enums, dates, lists and numbers go and come back as their types."""
    import datetime as dt

    from app.model.enums import ActionStatus, Horizon

    action = sample.scalars(select(Action).order_by(Action.position)).first()
    before = (action.status, action.horizon, action.due_date, action.affected_share, action.effort)
    change = ops.apply(sample, Op(ops.update_action, {
        "action_id": action.id, "status": ActionStatus.DROPPED, "horizon": Horizon.LATER,
        "due_date": dt.date(2031, 12, 31), "affected_share": 12.5, "effort": 5}))
    sample.expire_all()
    changed = sample.get(Action, action.id)
    assert (changed.status, changed.horizon, changed.due_date, changed.affected_share, changed.effort) == \
        (ActionStatus.DROPPED, Horizon.LATER, dt.date(2031, 12, 31), 12.5, 5)
    assert sample.connection().exec_driver_sql(
        "SELECT due_date, status FROM action WHERE id = ?", (action.id,)).one() == ("2031-12-31", "dropped")
    ops.apply(sample, change.inverse)  # the old values, read back through the columns' types
    sample.expire_all()
    back = sample.get(Action, action.id)
    assert (back.status, back.horizon, back.due_date, back.affected_share, back.effort) == before
    card = sample.get(Card, _touchpoints(sample)[0])
    tags = list(card.tags)
    change = ops.apply(sample, Op(ops.update_card, {"card_id": card.id, "tags": ["un", "deux « trois »"]}))
    sample.expire_all()
    assert sample.get(Card, card.id).tags == ["un", "deux « trois »"]
    ops.apply(sample, change.inverse)
    sample.expire_all()
    assert sample.get(Card, card.id).tags == tags
