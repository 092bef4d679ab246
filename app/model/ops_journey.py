"""Edits inside journeys: journeys, stages, lanes, cards, links, measurement points.

Listed in :mod:`app.model.ops`; the contract of :mod:`app.model.ops_core`
holds: ``fn(session, ...) -> Change`` with an exact inverse.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ordering, templates
from app.model.enums import JourneyState, LinkKind
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.fields import check_fields
from app.model.ops_core import (
    Change,
    Op,
    by_table,
    check_ids,
    delete_rows,
    get,
    insert_row,
    move_in_order,
    move_row,
    update_row,
)
from app.model.schema import Card, Journey, Lane, Link, MeasurementPoint, Project, Stage

_CARD_COPY = ("title", "body", "colour", "tags", "note", "channel_id", "department_id", "score", "emotion",
              "interaction", "duration", "is_first", "is_last", "moment_of_truth", "severity", "affected_share",
              "evidence", "evidence_status")


# ----------------------------------------------------------------- journeys


def add_journey(session: Session, title: str, *, state: Any = JourneyState.AS_IS, with_default_lanes: bool = False,
                index: int | None = None, journey_id: int | None = None, **fields: Any) -> Change:
    """A new journey (map); with default lanes named in the project's language when asked."""
    change = insert_row(session, Journey, {}, index, {"title": title, "state": state, **fields}, journey_id)
    if with_default_lanes:
        project = session.get(Project, 1)
        language = project.language.value if project is not None else "en"
        for position, (kind, name) in enumerate(templates.default_lanes(language)):
            session.add(Lane(journey_id=change.result, position=position, kind=kind, name=name))
        session.flush()
    return change


def update_journey(session: Session, journey_id: int, **fields: Any) -> Change:
    """Change journey fields (title, goal, expectations, scope, state, target score, notes...)."""
    if fields.get("derived_from_id") is not None and fields["derived_from_id"] == journey_id:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A journey cannot be derived from itself."))
    return update_row(session, Journey, journey_id, fields, update_journey, "journey_id")


def delete_journey(session: Session, journey_id: int) -> Change:
    """Delete a journey with its stages, lanes, cards and links."""
    get(session, Journey, journey_id)
    return delete_rows(session, {"journey": (journey_id,)})


def move_journey(session: Session, journey_id: int, index: int) -> Change:
    """Change a journey's priority rank."""
    return move_in_order(session, Journey, journey_id, index, move_journey, "journey_id")


def derive_journey(session: Session, journey_id: int, *, title: str | None = None) -> Change:
    """A to-be copy of a journey (stages, lanes, cards, links, measurement points) linked back to it."""
    source = get(session, Journey, journey_id)
    copied = {key: getattr(source, key) for key in ("customer_goal", "expectations", "scope", "target_score",
                                                     "drop_threshold", "notes")}
    change = insert_row(session, Journey, {}, None, {"title": title if title is not None else source.title,
                                               "state": JourneyState.TO_BE, "derived_from_id": source.id,
                                               **copied}, None)
    new = get(session, Journey, change.result)
    source = get(session, Journey, journey_id)
    new.personas = list(source.personas)
    new.objectives = list(source.objectives)
    stage_map: dict[int | None, int] = {}
    lane_map: dict[int, int] = {}
    for stage in source.stages:
        stage_copy = Stage(journey_id=new.id, position=stage.position, name=stage.name, description=stage.description,
                     duration=stage.duration, waiting_time=stage.waiting_time, colour=stage.colour)
        session.add(stage_copy)
        session.flush()
        stage_map[stage.id] = stage_copy.id
    for lane in source.lanes:
        lane_copy = Lane(journey_id=new.id, position=lane.position, kind=lane.kind, name=lane.name, colour=lane.colour,
                    department_id=lane.department_id, collapsed=lane.collapsed)
        session.add(lane_copy)
        session.flush()
        lane_map[lane.id] = lane_copy.id
    card_map: dict[int | None, int] = {}
    cards = session.scalars(select(Card).where(Card.lane_id.in_(list(lane_map))).order_by(Card.id)).all()
    for card in cards:
        card_copy = Card(lane_id=lane_map[card.lane_id], stage_id=stage_map[card.stage_id], position=card.position,
                         **{key: getattr(card, key) for key in _CARD_COPY})
        session.add(card_copy)
        session.flush()
        card_map[card.id] = card_copy.id
    for link in session.scalars(select(Link).where(Link.source_id.in_(list(card_map)))).all():
        if link.target_id in card_map:
            session.add(Link(source_id=card_map[link.source_id], target_id=card_map[link.target_id],
                             kind=link.kind, label=link.label))
    points = session.scalars(select(MeasurementPoint).where(MeasurementPoint.journey_id == journey_id)).all()
    for point in points:
        session.add(MeasurementPoint(
            journey_id=new.id, position=point.position, name=point.name, method=point.method,
            stage_id=stage_map.get(point.stage_id), card_id=card_map.get(point.card_id),
            channel_id=point.channel_id, timing=point.timing, description=point.description))
    session.flush()
    return Change(by_table(journey={new.id}, stage=set(stage_map.values()), lane=set(lane_map.values()),
                       card=set(card_map.values())), {}, {},
                  Op(delete_rows, {"roots": {"journey": (new.id,)}}), new.id)


# ----------------------------------------------------------------- stages and lanes


def add_stage(session: Session, journey_id: int, name: str, *, index: int | None = None,
              stage_id: int | None = None, **fields: Any) -> Change:
    """Insert a stage (column) at ``index`` of a journey."""
    get(session, Journey, journey_id)
    return insert_row(session, Stage, {"journey_id": journey_id}, index, {"name": name, **fields}, stage_id)


def update_stage(session: Session, stage_id: int, **fields: Any) -> Change:
    """Change stage fields (name, description, duration, waiting time, colour)."""
    return update_row(session, Stage, stage_id, fields, update_stage, "stage_id")


def move_stage(session: Session, stage_id: int, index: int) -> Change:
    """Move a stage to ``index`` of its journey."""
    return move_in_order(session, Stage, stage_id, index, move_stage, "stage_id")


def delete_stage(session: Session, stage_id: int) -> Change:
    """Delete a stage and its cards (restorable)."""
    get(session, Stage, stage_id)
    return delete_rows(session, {"stage": (stage_id,)})


def add_lane(session: Session, journey_id: int, kind: Any, *, name: str = "", index: int | None = None,
             lane_id: int | None = None, **fields: Any) -> Change:
    """Insert a lane (row) of ``kind`` at ``index`` of a journey."""
    get(session, Journey, journey_id)
    return insert_row(session, Lane, {"journey_id": journey_id}, index, {"kind": kind, "name": name, **fields}, lane_id)


def update_lane(session: Session, lane_id: int, **fields: Any) -> Change:
    """Change lane fields (name, kind, colour, department, collapsed)."""
    return update_row(session, Lane, lane_id, fields, update_lane, "lane_id")


def move_lane(session: Session, lane_id: int, index: int) -> Change:
    """Move a lane to ``index`` of its journey."""
    return move_in_order(session, Lane, lane_id, index, move_lane, "lane_id")


def delete_lane(session: Session, lane_id: int) -> Change:
    """Delete a lane and its cards (restorable)."""
    get(session, Lane, lane_id)
    return delete_rows(session, {"lane": (lane_id,)})


# ----------------------------------------------------------------- cards


def _cell(session: Session, lane_id: int, stage_id: int) -> dict[str, int]:
    lane, stage = get(session, Lane, lane_id), get(session, Stage, stage_id)
    if lane.journey_id != stage.journey_id:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "The lane and the stage belong to different journeys."))
    return {"lane_id": lane_id, "stage_id": stage_id}


def add_card(session: Session, lane_id: int, stage_id: int, *, title: str = "", index: int | None = None,
             card_id: int | None = None, **fields: Any) -> Change:
    """A new card in a cell, at ``index`` of the cell."""
    return insert_row(session, Card, _cell(session, lane_id, stage_id), index, {"title": title, **fields}, card_id)


def add_cards(session: Session, specs: list[dict[str, Any]]) -> Change:
    """Several new cards at once (paste, duplicate, import); each spec holds lane_id, stage_id and fields."""
    created: set[int] = set()
    updated: set[int] = set()
    for spec in specs:
        spec = dict(spec)
        change = add_card(session, spec.pop("lane_id"), spec.pop("stage_id"), **spec)
        created.add(change.result)
        updated |= change.updated.get("card", set())
    ids = [c for c in created]
    return Change(by_table(card=created), by_table(card=updated - created), {},
                  Op(delete_rows, {"roots": {"card": tuple(sorted(ids))}}), sorted(ids))


def update_card(session: Session, card_id: int, **fields: Any) -> Change:
    """Change any field of a card (its place changes with :func:`move_cards`)."""
    return update_row(session, Card, card_id, fields, update_card, "card_id")


def move_cards(session: Session, moves: list[Any], exact: bool = False) -> Change:
    """Move cards one after the other; the inverse puts each back, in reverse order.

    Each move is (card id, lane id, stage id, index in the cell); with ``exact``, the last is the
    card's position itself, as the inverse gives it (the cell may keep a delete's gaps: the card goes
    back to the very position it left, and the undo is exact).
    """
    back: list[tuple[int, int, int, int]] = []
    touched: set[int] = set()
    for card_id, lane_id, stage_id, index in moves:
        card = get(session, Card, card_id)
        scope = _cell(session, lane_id, stage_id)
        if get(session, Lane, lane_id).journey_id != card.lane.journey_id:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "A card cannot move to another journey."))
        touched.add(card_id)
        old_scope, old_position = move_row(session, card, scope, index, exact=exact)
        back.append((card_id, old_scope["lane_id"], old_scope["stage_id"], old_position))
        for cell in (old_scope, scope):
            touched |= set(session.scalars(select(Card.id).where(Card.lane_id == cell["lane_id"],
                                                                 Card.stage_id == cell["stage_id"])))
    return Change({}, by_table(card=touched), {}, Op(move_cards, {"moves": list(reversed(back)), "exact": True}))


def delete_cards(session: Session, card_ids: list[int]) -> Change:
    """Delete cards with their links (restorable with their ids); an unknown id is refused before any change.

    The cards left in their cells keep their positions (gaps where the deleted ones were, see
    :mod:`app.model.ordering`): deleting 1,000 cards spread over a big map would renumber thousands.
    """
    check_ids(session, Card, card_ids)  # before the ids are made unique (True would pass for 1)
    return delete_rows(session, {"card": tuple(dict.fromkeys(card_ids))}, gaps=("card",))


def duplicate_cards(session: Session, card_ids: list[int]) -> Change:
    """Copy cards, each copy right after its original; the result lists the copies in the same order."""
    cards = [get(session, Card, card_id) for card_id in dict.fromkeys(card_ids)]
    specs = sorted(((c.id, c.lane_id, c.stage_id, c.position) for c in cards), key=lambda s: -s[3])
    copies: dict[int, int] = {}
    updated: set[int] = set()
    for card_id, lane_id, stage_id, position in specs:
        card = session.get(Card, card_id)
        fields = {key: getattr(card, key) for key in _CARD_COPY}
        # Right after the original: its index + 1 (positions may have gaps, see app.model.ordering).
        index = ordering.index_of(session, Card, {"lane_id": lane_id, "stage_id": stage_id}, position)
        change = add_card(session, lane_id, stage_id, index=index + 1, **fields)
        copies[card_id] = change.result
        updated |= change.updated.get("card", set())
    new = [copies[c.id] for c in cards]
    return Change(by_table(card=set(new)), by_table(card=updated - set(new)), {},
                  Op(delete_rows, {"roots": {"card": tuple(sorted(new))}}), new)


# ----------------------------------------------------------------- links


def add_link(session: Session, source_id: int, target_id: int, *, kind: Any = LinkKind.RELATES, label: str = "",
             link_id: int | None = None) -> Change:
    """Link two cards of the same journey (once per direction)."""
    source, target = get(session, Card, source_id), get(session, Card, target_id)
    if source_id == target_id:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A card cannot be linked to itself."))
    if source.lane.journey_id != target.lane.journey_id:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "Only cards of the same journey can be linked."))
    if session.scalar(select(Link.id).where(Link.source_id == source_id, Link.target_id == target_id)):
        raise ModelError(QT_TRANSLATE_NOOP("errors", "These two cards are already linked."))
    values = check_fields(session, Link, {"kind": kind, "label": label})
    link = Link(source_id=source_id, target_id=target_id, **values)
    if link_id is not None:
        link.id = link_id
    session.add(link)
    session.flush()
    return Change(by_table(link={link.id}), {}, {}, Op(delete_rows, {"roots": {"link": (link.id,)}}), link.id)


def update_link(session: Session, link_id: int, **fields: Any) -> Change:
    """Change a link's kind or label."""
    if set(fields) - {"kind", "label"}:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A {table} has no field named {field}."), table="link",
                         field=", ".join(sorted(set(fields) - {"kind", "label"})))
    return update_row(session, Link, link_id, fields, update_link, "link_id")


def delete_link(session: Session, link_id: int) -> Change:
    """Remove a link."""
    get(session, Link, link_id)
    return delete_rows(session, {"link": (link_id,)})


# ----------------------------------------------------------------- measurement points


def add_measurement_point(session: Session, journey_id: int, name: str, *, index: int | None = None,
                          measurement_point_id: int | None = None, **fields: Any) -> Change:
    """Where in a journey satisfaction is measured."""
    get(session, Journey, journey_id)
    return insert_row(session, MeasurementPoint, {"journey_id": journey_id}, index, {"name": name, **fields},
                measurement_point_id)


def update_measurement_point(session: Session, measurement_point_id: int, **fields: Any) -> Change:
    """Change a measurement point's fields."""
    return update_row(session, MeasurementPoint, measurement_point_id, fields, update_measurement_point,
                      "measurement_point_id")


def move_measurement_point(session: Session, measurement_point_id: int, index: int) -> Change:
    """Reorder a measurement point within its journey."""
    return move_in_order(session, MeasurementPoint, measurement_point_id, index, move_measurement_point,
                         "measurement_point_id")


def delete_measurement_point(session: Session, measurement_point_id: int) -> Change:
    """Remove a measurement point."""
    get(session, MeasurementPoint, measurement_point_id)
    return delete_rows(session, {"measurement_point": (measurement_point_id,)})
