"""Plain, read-only snapshots of one journey, for drawing it.

The canvas, the emotion pane and the poster draw from :class:`JourneyData`,
never from ORM objects: the snapshot is a handful of frozen dataclasses read
in four queries (journey, stages, lanes, cards with their channel icon,
links), fast enough for a 10,000-card map. A view that learns that a few
cards changed re-reads only those with :func:`read_cards` and swaps them in
with :meth:`JourneyData.with_cards`; a removed card leaves with
:meth:`JourneyData.without_cards`. Both return a new snapshot and leave the
old one untouched.
"""

from __future__ import annotations

import dataclasses
import json
import operator
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.enums import (
    Emotion,
    EvidenceSource,
    EvidenceStatus,
    Interaction,
    JourneyState,
    LaneKind,
    LinkKind,
    Scale,
)
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.frozen import fast_constructor
from app.model.schema import Card, Channel, Journey, Lane, Link, Project, Stage

#: A cell of the grid: (lane id, stage id).
CellKey = tuple[int, int]


@dataclass(frozen=True, slots=True)
class StageData:
    """One column of the map."""

    id: int
    position: int
    name: str
    description: str = ""
    duration: str = ""
    waiting_time: str = ""
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class LaneData:
    """One row of the map, of one kind."""

    id: int
    position: int
    kind: LaneKind
    name: str = ""
    colour: str | None = None
    department_id: int | None = None
    collapsed: bool = False


@dataclass(frozen=True, slots=True)
class CardData:
    """One card and everything a view may show of it (touchpoint and irritant fields included)."""

    id: int
    lane_id: int
    stage_id: int
    position: int
    title: str = ""
    body: str = ""
    colour: str | None = None
    tags: tuple[str, ...] = ()
    channel_id: int | None = None
    #: The icon key of the card's channel, None when the card has no channel.
    channel_icon: str | None = None
    department_id: int | None = None
    #: Satisfaction in the project's scale; None = not scored (a gap in the curve).
    score: float | None = None
    emotion: Emotion | None = None
    interaction: Interaction | None = None
    is_first: bool = False
    is_last: bool = False
    moment_of_truth: bool | None = None
    severity: int | None = None
    affected_share: float | None = None
    evidence: EvidenceSource | None = None
    evidence_status: EvidenceStatus | None = None
    note: str = ""
    duration: str = ""

    def at_position(self, position: int) -> CardData:
        """The same card at another position (a delete renumbers thousands: faster than dataclasses.replace)."""
        values = list(_CARD_VALUES(self))
        values[_POSITION] = position
        return _new_card(*values)


#: Cards sort by this within their cell.
_POSITION_AND_ID = operator.attrgetter("position", "id")
#: CardData(...), made faster: a map's cards are made by the ten thousand (see app/model/frozen.py).
_new_card = fast_constructor(CardData)
#: A card's field values, in the order of CardData's fields (and of its constructor's arguments).
_CARD_VALUES = operator.attrgetter(*(f.name for f in dataclasses.fields(CardData)))
_POSITION = [f.name for f in dataclasses.fields(CardData)].index("position")
#: The ``position`` slot's own setter (a frozen dataclass's ``__setattr__`` refuses every write).
_SET_POSITION = CardData.__dict__["position"].__set__


def renumber_cards(cards: Mapping[int, CardData], positions: Mapping[int, int]) -> set[CellKey]:
    """Give the cards of ``cards`` named in ``positions`` their new position, in place; the cells they are in.

    Only for a renumbering that keeps the order of every cell (a delete closing
    its gaps, its undo opening them again): the cells' lists stay right as they
    are. It is the one write to a :class:`CardData` after it is made, because
    a delete spread over a big map renumbers thousands of cards and a copy of
    each costs more than the rest of the edit; the card keeps its identity, so a
    view comparing the cards it drew by identity sees nothing to draw again.
    """
    cells: set[CellKey] = set()
    for card_id, position in positions.items():
        card = cards.get(card_id)
        if card is not None and card.position != position:
            _SET_POSITION(card, position)
            cells.add((card.lane_id, card.stage_id))
    return cells


@dataclass(frozen=True, slots=True)
class LinkData:
    """A directed link between two cards of the journey."""

    id: int
    source_id: int
    target_id: int
    kind: LinkKind = LinkKind.RELATES
    label: str = ""


@dataclass
class JourneyData:
    """Everything needed to draw one journey map, as plain values.

    ``stages`` and ``lanes`` are in position order. ``cells`` has an entry for
    every (lane id, stage id) pair of the grid, empty cells included, listing
    the cell's card ids in position order.
    """

    journey_id: int
    title: str
    state: JourneyState
    target_score: float | None
    scale: Scale
    stages: list[StageData]
    lanes: list[LaneData]
    cards: dict[int, CardData]
    cells: dict[CellKey, list[int]]
    links: list[LinkData] = field(default_factory=list)

    @classmethod
    def from_parts(cls, stages: Iterable[StageData], lanes: Iterable[LaneData],
                   cards: Iterable[CardData], links: Iterable[LinkData] = (), *,
                   journey_id: int = 0, title: str = "", state: JourneyState = JourneyState.AS_IS,
                   target_score: float | None = None, scale: Scale = Scale.ZERO_TEN) -> JourneyData:
        """Assemble a snapshot from loose parts: sorts stages, lanes and cells by position.

        Raises ``ValueError`` when a card names a lane or a stage that is not among the parts.
        """
        ordered_stages = sorted(stages, key=lambda stage: (stage.position, stage.id))
        ordered_lanes = sorted(lanes, key=lambda lane: (lane.position, lane.id))
        cells: dict[CellKey, list[int]] = {(lane.id, stage.id): [] for lane in ordered_lanes
                                           for stage in ordered_stages}
        by_id: dict[int, CardData] = {}
        for card in sorted(cards, key=_POSITION_AND_ID):
            cell = cells.get((card.lane_id, card.stage_id))
            if cell is None:
                raise ValueError(f"card {card.id} lies outside the grid "
                                 f"(lane {card.lane_id}, stage {card.stage_id})")
            cell.append(card.id)
            by_id[card.id] = card
        return cls(journey_id=journey_id, title=title, state=state, target_score=target_score,
                   scale=scale, stages=ordered_stages, lanes=ordered_lanes, cards=by_id,
                   cells=cells, links=list(links))

    def cell_cards(self, lane_id: int, stage_id: int) -> list[CardData]:
        """The cards of one cell, in position order (empty for an unknown cell)."""
        return [self.cards[card_id] for card_id in self.cells.get((lane_id, stage_id), ())]

    def touchpoint_ids(self) -> list[int]:
        """Cards of the touchpoint lanes in reading order: stage, then lane, then card position."""
        touchpoint_lanes = [lane.id for lane in self.lanes if lane.kind is LaneKind.TOUCHPOINTS]
        return [card_id for stage in self.stages for lane_id in touchpoint_lanes
                for card_id in self.cells[(lane_id, stage.id)]]

    def with_cards(self, cards: Iterable[CardData]) -> JourneyData:
        """A new snapshot where ``cards`` are added or replace the cards with the same ids.

        Cells the cards leave or enter are re-sorted by position, so pass every
        card whose position changed (a move shifts its neighbours too).
        Raises ``ValueError`` for a card outside the grid.
        """
        new_cards = dict(self.cards)
        new_cells = dict(self.cells)
        arriving: dict[CellKey, list[int]] = {}
        for card in cards:
            key = (card.lane_id, card.stage_id)
            if key not in new_cells:
                raise ValueError(f"card {card.id} lies outside the grid "
                                 f"(lane {card.lane_id}, stage {card.stage_id})")
            old = new_cards.get(card.id)
            if old is not None:
                arriving.setdefault((old.lane_id, old.stage_id), [])
            arriving.setdefault(key, []).append(card.id)
            new_cards[card.id] = card
        for key, incoming in arriving.items():
            staying = [card_id for card_id in self.cells[key] if card_id not in incoming
                       and (new_cards[card_id].lane_id, new_cards[card_id].stage_id) == key]
            new_cells[key] = sorted(set(staying) | set(incoming),
                                    key=lambda card_id: (new_cards[card_id].position, card_id))
        return dataclasses.replace(self, cards=new_cards, cells=new_cells, links=list(self.links))

    def without_cards(self, card_ids: Iterable[int]) -> JourneyData:
        """A new snapshot without these cards and their links (unknown ids are ignored)."""
        gone = {card_id for card_id in card_ids if card_id in self.cards}
        new_cards = {card_id: card for card_id, card in self.cards.items() if card_id not in gone}
        new_cells = dict(self.cells)
        for key in {(self.cards[card_id].lane_id, self.cards[card_id].stage_id) for card_id in gone}:
            new_cells[key] = [card_id for card_id in self.cells[key] if card_id not in gone]
        links = [link for link in self.links if link.source_id not in gone and link.target_id not in gone]
        return dataclasses.replace(self, cards=new_cards, cells=new_cells, links=links)


class _Query:
    """A query of the snapshot, run on the session's own SQLite connection, without SQLAlchemy's layers.

    Opening a big map reads it first thing: the statements are written once
    from the schema's columns (names, and each type's own conversion of the
    values it reads, applied once per distinct value), and run as plain SQL.
    ``columns`` are the selected ORM attributes; ``rest`` the SQL after them.
    """

    def __init__(self, columns: tuple[Any, ...], rest: str, *, tags: int | None = None) -> None:
        self.columns = [attribute.property.columns[0] for attribute in columns]
        self.sql = "SELECT " + ", ".join(f'"{column.table.name}"."{column.name}"' for column in self.columns) + \
            " " + rest
        #: Where the tags' JSON text is (decoded once per distinct value, most cards share "[]").
        self.tags = tags
        self._processors: list[Callable[[Any], Any] | None] | None = None

    def _processors_for(self, dialect: Any) -> list[Callable[[Any], Any] | None]:
        if self._processors is None:
            self._processors = [_decode_tags if index == self.tags
                                else dialect.type_descriptor(column.type).result_processor(dialect, None)
                                for index, column in enumerate(self.columns)]
        return self._processors

    def columns_of(self, session: Session, parameters: tuple[Any, ...] = ()) -> list[Iterable[Any]]:
        """The result's values, column by column, converted as the ORM would (empty when no row)."""
        if session.autoflush:  # session.execute would flush; the raw connection does not
            session.flush()
        connection = session.connection()
        driver = cast("sqlite3.Connection", connection.connection.driver_connection)  # a SQLite project's
        rows = driver.execute(self.sql, parameters).fetchall()
        if not rows:
            return []
        values: list[Iterable[Any]] = list(zip(*rows, strict=True))
        for index, process in enumerate(self._processors_for(connection.dialect)):
            if process is not None:
                converted = {value: process(value) for value in set(values[index])}
                values[index] = map(converted.__getitem__, values[index])
        return values

    def rows(self, session: Session, parameters: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        """The result's rows, converted."""
        return list(zip(*self.columns_of(session, parameters), strict=True))


_CARD_COLUMNS = (
    Card.id, Card.lane_id, Card.stage_id, Card.position, Card.title, Card.body, Card.colour, Card.tags,
    Card.channel_id, Channel.icon, Card.department_id, Card.score, Card.emotion, Card.interaction, Card.is_first,
    Card.is_last, Card.moment_of_truth, Card.severity, Card.affected_share, Card.evidence, Card.evidence_status,
    Card.note, Card.duration,
)
#: The cards of a journey (in cells by position: from_parts sorts), and the cards of some ids.
_JOURNEY_CARDS = _Query(_CARD_COLUMNS, 'FROM "card" JOIN "lane" ON "lane"."id" = "card"."lane_id" '
                                       'LEFT OUTER JOIN "channel" ON "channel"."id" = "card"."channel_id" '
                                       'WHERE "lane"."journey_id" = ?', tags=7)
_SOME_CARDS = _Query(_CARD_COLUMNS, 'FROM "card" LEFT OUTER JOIN "channel" ON "channel"."id" = "card"."channel_id" '
                                    'WHERE "card"."id" IN (SELECT "value" FROM json_each(?)) ORDER BY "card"."id"',
                     tags=7)
_JOURNEY = _Query((Journey.id, Journey.title, Journey.state, Journey.target_score), 'FROM "journey" WHERE "id" = ?')
_PROJECT = _Query((Project.scale, Project.target_score), 'FROM "project" WHERE "id" = 1')
_STAGES = _Query((Stage.id, Stage.position, Stage.name, Stage.description, Stage.duration, Stage.waiting_time,
                  Stage.colour), 'FROM "stage" WHERE "journey_id" = ? ORDER BY "position"')
_LANES = _Query((Lane.id, Lane.position, Lane.kind, Lane.name, Lane.colour, Lane.department_id, Lane.collapsed),
                'FROM "lane" WHERE "journey_id" = ? ORDER BY "position"')
_LINKS = _Query((Link.id, Link.source_id, Link.target_id, Link.kind, Link.label),
                'FROM "link" JOIN "card" ON "card"."id" = "link"."source_id" '
                'JOIN "lane" ON "lane"."id" = "card"."lane_id" WHERE "lane"."journey_id" = ? ORDER BY "link"."id"')
def _cards(columns: list[Iterable[Any]]) -> list[CardData]:
    """The cards of a card query's columns (none when it found no row)."""
    return list(map(_new_card, *columns)) if columns else []


def _decode_tags(text: str | None) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text else ()


def read_journey(session: Session, journey_id: int) -> JourneyData:
    """Read one journey into a :class:`JourneyData` snapshot, in a few queries.

    Raises :class:`ModelError` when there is no journey with this id.
    """
    journeys = _JOURNEY.rows(session, (journey_id,))
    if not journeys:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no journey {journey_id}."),
                         journey_id=journey_id)
    _id, title, state, journey_target = journeys[0]
    projects = _PROJECT.rows(session)
    scale = projects[0][0] if projects else None
    # A journey without a target of its own aims at the project's (Project > Properties).
    target = journey_target if journey_target is not None or not projects else projects[0][1]
    stages = [StageData(*row) for row in _STAGES.rows(session, (journey_id,))]
    lanes = [LaneData(*row) for row in _LANES.rows(session, (journey_id,))]
    cards = _cards(_JOURNEY_CARDS.columns_of(session, (journey_id,)))
    links = [LinkData(*row) for row in _LINKS.rows(session, (journey_id,))]
    return JourneyData.from_parts(stages, lanes, cards, links, journey_id=journey_id, title=title, state=state,
                                  target_score=target, scale=scale or Scale.ZERO_TEN)


def read_cards(session: Session, card_ids: Iterable[int]) -> list[CardData]:
    """Read these cards (unknown ids are skipped), ordered by id, for :meth:`JourneyData.with_cards`."""
    ids = sorted(set(card_ids))
    if not ids:
        return []
    return _cards(_SOME_CARDS.columns_of(session, (json.dumps(ids),)))


def drop_threshold_of(session: Session, journey_id: int) -> float | None:
    """The journey's drop threshold for moments of truth, else the project's (None: the curve's default)."""
    own = session.execute(select(Journey.drop_threshold).where(Journey.id == journey_id)).scalar_one_or_none()
    if own is not None:
        return own
    return session.execute(select(Project.drop_threshold).where(Project.id == 1)).scalar_one_or_none()


def journey_or_first(session: Session, journey_id: int | None) -> Journey:
    """The journey ``journey_id``, or the project's first one when None: what exporters write by default.

    Raises :class:`ModelError` with one sentence when there is no such journey
    or the project has none.
    """
    if journey_id is None:
        journey = session.scalars(select(Journey).order_by(Journey.position).limit(1)).first()
        if journey is None:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "The project has no journey to export."))
        return journey
    journey = session.get(Journey, journey_id)
    if journey is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no such journey in this project."))
    return journey
