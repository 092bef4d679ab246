"""Reading a journey into plain data, and updating that data card by card."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy.orm import Session

from app.model.enums import Emotion, JourneyState, LaneKind, LinkKind, Scale
from app.model.errors import ModelError
from app.model.journey_data import (
    CardData,
    JourneyData,
    LaneData,
    LinkData,
    StageData,
    read_cards,
    read_journey,
    renumber_cards,
)
from app.model.schema import Card, Channel, Journey, Lane, Link, Project, Stage


@pytest.fixture
def journey(session: Session) -> Journey:
    """A journey whose rows were inserted out of position order, to prove the reader sorts."""
    session.get(Project, 1).scale = Scale.ONE_FIVE
    email = Channel(position=0, key="email", name="E-mail", icon="mail")
    journey = Journey(position=0, title="Mon nouvel emploi", state=JourneyState.TO_BE, target_score=4.0)
    session.add_all([email, journey])
    session.flush()
    session.add_all([
        Stage(journey_id=journey.id, position=1, name="Day one"),
        Stage(journey_id=journey.id, position=0, name="Application", duration="2 weeks"),
        Lane(journey_id=journey.id, position=1, kind=LaneKind.EMOTIONS, name="Feelings"),
        Lane(journey_id=journey.id, position=0, kind=LaneKind.TOUCHPOINTS, name="Touchpoints"),
    ])
    session.flush()
    application, day_one = journey.stages
    touchpoints, _ = journey.lanes
    session.add_all([
        Card(lane_id=touchpoints.id, stage_id=application.id, position=2, title="Third"),
        Card(lane_id=touchpoints.id, stage_id=application.id, position=0, title="First",
             channel_id=email.id, score=4.5, emotion=Emotion.JOY, tags=["hr", "e-mail"]),
        Card(lane_id=touchpoints.id, stage_id=application.id, position=1, title="Second"),
        Card(lane_id=touchpoints.id, stage_id=day_one.id, position=0, title="Badge"),
    ])
    session.commit()
    return journey


def _card_id(session: Session, title: str) -> int:
    return session.query(Card.id).filter(Card.title == title).scalar()


def test_read_journey_gives_the_journey_fields_and_the_project_scale(session, journey):
    data = read_journey(session, journey.id)

    assert (data.journey_id, data.title, data.state, data.target_score, data.scale) == (
        journey.id, "Mon nouvel emploi", JourneyState.TO_BE, 4.0, Scale.ONE_FIVE)


def test_stages_and_lanes_come_in_position_order(session, journey):
    data = read_journey(session, journey.id)

    assert [stage.name for stage in data.stages] == ["Application", "Day one"]
    assert [stage.position for stage in data.stages] == [0, 1]
    assert data.stages[0].duration == "2 weeks"
    assert [(lane.kind, lane.name) for lane in data.lanes] == [
        (LaneKind.TOUCHPOINTS, "Touchpoints"), (LaneKind.EMOTIONS, "Feelings")]


def test_cells_list_their_cards_in_position_order_and_empty_cells_exist(session, journey):
    data = read_journey(session, journey.id)
    touchpoints, emotions = data.lanes
    application, day_one = data.stages

    titles = [data.cards[card_id].title for card_id in data.cells[(touchpoints.id, application.id)]]
    assert titles == ["First", "Second", "Third"]
    assert [card.title for card in data.cell_cards(touchpoints.id, day_one.id)] == ["Badge"]
    assert data.cells[(emotions.id, application.id)] == []
    assert len(data.cells) == 4


def test_card_fields_are_plain_values(session, journey):
    data = read_journey(session, journey.id)
    first = data.cards[_card_id(session, "First")]

    assert first.tags == ("hr", "e-mail")
    assert first.channel_icon == "mail"
    assert (first.score, first.emotion, first.position) == (4.5, Emotion.JOY, 0)
    second = data.cards[_card_id(session, "Second")]
    assert (second.tags, second.channel_id, second.channel_icon, second.score) == ((), None, None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.title = "changed"  # type: ignore[misc]


def test_links_of_the_journey_are_read(session, journey):
    first, second = _card_id(session, "First"), _card_id(session, "Second")
    session.add(Link(source_id=first, target_id=second, kind=LinkKind.FLOW, label="then"))
    session.commit()

    (link,) = read_journey(session, journey.id).links

    assert (link.source_id, link.target_id, link.kind, link.label) == (first, second, LinkKind.FLOW, "then")


def test_another_journeys_rows_stay_out(session, journey):
    other = Journey(position=1, title="Other")
    session.add(other)
    session.flush()
    stage = Stage(journey_id=other.id, position=0, name="Elsewhere")
    lane = Lane(journey_id=other.id, position=0, kind=LaneKind.NOTES)
    session.add_all([stage, lane])
    session.flush()
    session.add(Card(lane_id=lane.id, stage_id=stage.id, position=0, title="Not mine"))
    session.commit()

    data = read_journey(session, journey.id)

    assert "Not mine" not in {card.title for card in data.cards.values()}
    assert len(data.cards) == 4
    assert [card.title for card in read_journey(session, other.id).cards.values()] == ["Not mine"]


def test_unknown_journey_is_a_model_error(session):
    with pytest.raises(ModelError) as caught:
        read_journey(session, 404)

    assert caught.value.message() == "There is no journey 404."


def test_touchpoints_are_in_reading_order(session, journey):
    data = read_journey(session, journey.id)

    assert [data.cards[card_id].title for card_id in data.touchpoint_ids()] == [
        "First", "Second", "Third", "Badge"]


def test_read_cards_rereads_only_the_named_cards(session, journey):
    first, badge = _card_id(session, "First"), _card_id(session, "Badge")

    cards = read_cards(session, [badge, first, 999])

    assert [card.id for card in cards] == sorted([first, badge])
    assert {card.title for card in cards} == {"First", "Badge"}
    assert read_cards(session, []) == []


def test_read_cards_reads_thousands_of_ids_and_edits_not_yet_flushed(session, journey):
    first = _card_id(session, "First")
    session.get(Card, first).title = "Renamed, not flushed"  # the plain SQL read must see it (autoflush)

    cards = read_cards(session, [first, *range(10_000, 12_000)])  # more ids than SQLite's old 999 parameters

    assert [(card.id, card.title) for card in cards] == [(first, "Renamed, not flushed")]
    assert read_journey(session, journey.id).cards[first].title == "Renamed, not flushed"


def test_a_journey_without_cards_is_read_with_its_empty_cells(session):
    journey = Journey(position=0, title="Empty")
    session.add(journey)
    session.flush()
    session.add_all([Stage(journey_id=journey.id, position=0, name="Only"),
                     Lane(journey_id=journey.id, position=0, kind=LaneKind.STEPS, name="Steps")])
    session.commit()

    data = read_journey(session, journey.id)

    assert data.cards == {} and data.links == [] and list(data.cells.values()) == [[]]
    assert read_cards(session, [1, 2]) == []


def test_with_cards_moves_a_card_between_cells_and_keeps_the_old_snapshot(session, journey):
    data = read_journey(session, journey.id)
    touchpoints = data.lanes[0]
    application, day_one = data.stages
    second = session.get(Card, _card_id(session, "Second"))
    third = session.get(Card, _card_id(session, "Third"))
    badge = session.get(Card, _card_id(session, "Badge"))
    # What a move of "Second" to the top of "Day one" does to the rows.
    second.stage_id, second.position = day_one.id, 5
    session.flush()
    badge.position, third.position = 1, 1
    session.flush()
    second.position = 0
    session.commit()

    moved = data.with_cards(read_cards(session, [second.id, third.id, badge.id]))

    assert moved.cells[(touchpoints.id, day_one.id)] == [second.id, badge.id]
    assert moved.cells[(touchpoints.id, application.id)] == [_card_id(session, "First"), third.id]
    assert moved.cards[second.id].stage_id == day_one.id
    assert moved.cells == read_journey(session, journey.id).cells
    assert data.cells[(touchpoints.id, day_one.id)] == [badge.id]
    assert data.cards[second.id].stage_id == application.id


def test_with_cards_adds_a_new_card_in_its_place():
    data = _small_data()
    added = data.with_cards([CardData(id=9, lane_id=10, stage_id=1, position=1, title="Middle")])

    assert added.cells[(10, 1)] == [1, 9, 2]
    assert 9 not in data.cards


def test_with_cards_outside_the_grid_is_refused():
    with pytest.raises(ValueError):
        _small_data().with_cards([CardData(id=9, lane_id=10, stage_id=77, position=0)])


def test_without_cards_removes_the_card_and_its_links():
    data = dataclasses.replace(_small_data(), links=[LinkData(id=1, source_id=1, target_id=2)])

    smaller = data.without_cards([1])

    assert 1 not in smaller.cards
    assert smaller.cells[(10, 1)] == [2]
    assert smaller.links == []
    assert data.cells[(10, 1)] == [1, 2] and len(data.links) == 1
    assert smaller.without_cards([404]).cards == smaller.cards


def test_from_parts_refuses_a_card_outside_the_grid():
    with pytest.raises(ValueError):
        JourneyData.from_parts([StageData(1, 0, "S")], [LaneData(10, 0, LaneKind.NOTES)],
                               [CardData(id=1, lane_id=10, stage_id=2, position=0)])


def _small_data() -> JourneyData:
    return JourneyData.from_parts(
        [StageData(1, 0, "S")], [LaneData(10, 0, LaneKind.NOTES)],
        [CardData(id=2, lane_id=10, stage_id=1, position=2), CardData(id=1, lane_id=10, stage_id=1, position=0)])


def test_every_card_field_is_read_as_the_mapped_card_gives_it_with_its_type(session, journey):
    from app.model.enums import EvidenceSource, EvidenceStatus, Interaction

    touchpoints = journey.lanes[0]
    application = journey.stages[0]
    session.add_all([
        Card(lane_id=touchpoints.id, stage_id=application.id, position=3, title="Full", body="Body\ntwo",
             colour="#aabbcc", tags=["a", "b"], score=2, emotion=Emotion.TRUST, interaction=Interaction.HUMAN,
             is_first=True, is_last=False, moment_of_truth=False, severity=3, affected_share=0.25,
             evidence=EvidenceSource.INTERVIEW, evidence_status=EvidenceStatus.ASSUMED, note="n", duration="1 h"),
        Card(lane_id=touchpoints.id, stage_id=application.id, position=4, title="Truth", tags=[],
             moment_of_truth=True, is_last=True, interaction=Interaction.DIGITAL,
             evidence_status=EvidenceStatus.OBSERVED),
    ])
    session.commit()
    data = read_journey(session, journey.id)
    checked = 0
    for card in session.query(Card).all():
        read = data.cards[card.id]
        for column in dataclasses.fields(CardData):
            expected = (card.channel.icon if card.channel is not None else None) if column.name == "channel_icon" \
                else getattr(card, column.name)
            expected = tuple(expected) if column.name == "tags" else expected
            value = getattr(read, column.name)
            assert value == expected and type(value) is type(expected), (card.title, column.name, value)
            checked += 1
    assert checked == 6 * len(dataclasses.fields(CardData))
    assert data.cards[_card_id(session, "Full")].tags == ("a", "b")
    assert data.cards[_card_id(session, "Truth")].moment_of_truth is True


def test_renumber_cards_gives_new_positions_in_place_and_names_their_cells(session, journey):
    data = read_journey(session, journey.id)
    by_position = sorted(data.cards.values(), key=lambda card: (card.lane_id, card.stage_id, card.position))
    moved, kept = by_position[-1], by_position[0]
    cells_before = {key: list(ids) for key, ids in data.cells.items()}
    old = moved.position
    cells = renumber_cards(data.cards, {moved.id: old + 5, kept.id: kept.position, 999_999: 3})
    # The same object, its new position (a view comparing the cards it drew by identity sees no new card)...
    assert data.cards[moved.id] is moved and moved.position == old + 5
    assert cells == {(moved.lane_id, moved.stage_id)}  # ...the cell of the card that changed, not of the other
    assert data.cards[kept.id] is kept
    assert data.cells == cells_before  # a renumbering keeps the cells' order
    with pytest.raises(dataclasses.FrozenInstanceError):
        moved.position = 0  # still frozen for everyone else
