"""The frozen snapshot of one journey (stages, lanes, cards, links) as plain values: no database here.

:class:`JourneyData` and its parts are what the canvas, the emotion pane and
the poster draw from; :mod:`app.model.journey_data` reads them from a
project file. This module imports no SQLAlchemy, so the editor can paint its
first frame before the ORM is loaded.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

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
from app.model.frozen import fast_constructor

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
new_card = fast_constructor(CardData)
_new_card = new_card
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
