"""How the scene follows a card edit without laying out the whole map again.

:class:`FollowCards` is mixed into :class:`~app.ui.canvas.scene.MapScene`.
When the document says cards changed, it swaps them into the scene's
snapshot, then, cheapest first: redraws the cards in place when their boxes
keep their place and height (:func:`~app.model.layout.update_cards`); else
lays out only the touched cells and shifts the lanes below
(:func:`~app.model.layout_delta.relayout_cells`), redrawing the touched cards
and moving the shifted ones without drawing them again. Links added or
removed with the cards (a delete cascades to them) are read again alone.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from app.model.enums import LaneKind
from app.model.journey_snapshot import LinkData, renumber_cards
from app.model.layout import update_cards
from app.model.layout_delta import LayoutDelta, relayout_cells
from app.ui.canvas.scene_parts import SceneParts

if TYPE_CHECKING:
    from app.model.ops import Change

#: Margin around the map (the scene rectangle), as in scene.py.
_MARGIN = 40.0
#: New cards made at once by an edit (more, such as an undone delete of thousands, are made in chunks).
_EAGER_NEW = 300


class FollowCards(SceneParts):
    """Card edits followed in O(cards touched + cards below them) for a :class:`MapScene`."""

    #: False while ``layout_changed`` announces an edit that redrew cards in place (no box came, went
    #: or moved): a listener drawing the boxes (the minimap) keeps what it drew.
    layout_moved = True

    def _init_follow_cards(self) -> None:
        #: The scene rectangle Qt's item index was last built for (see :meth:`_follow_map_rect`).
        self._indexed_rect = QRectF()
        self.sceneRectChanged.connect(self._on_scene_rect_changed)

    def _on_scene_rect_changed(self, rect: QRectF) -> None:
        self._indexed_rect = QRectF(rect)

    def _follow_map_rect(self, rect: QRectF, *, slack: float = 1.0) -> None:
        """Give the scene and its views the map's new rectangle, keeping Qt's item index when it fits inside.

        Qt's BSP index puts every item back into a new tree at the next paint
        whenever ``sceneRectChanged`` is emitted (10,000 cards: a long frame
        after each delete that shortens a lane). The tree finds items anywhere,
        inside its rectangle or not; it is only less balanced outside. So a map
        that shrinks inside the rectangle the index was built for tells its views
        directly and keeps the tree; one that grows out of it is indexed again.
        ``slack``: how much taller than that rectangle the map may grow first (a
        big map's guessed height laid out exactly, see late_layout.py).
        """
        if rect == self.sceneRect():
            return
        indexed = self._indexed_rect
        room = QRectF(indexed.x(), indexed.y(), indexed.width(), indexed.height() * slack)
        if not room.contains(rect):
            self.setSceneRect(rect)
            return
        blocked = self.blockSignals(True)
        try:
            self.setSceneRect(rect)
        finally:
            self.blockSignals(blocked)
        for view in self.views():
            view.updateSceneRect(rect)  # what the blocked signal would have done

    def _follow_links(self) -> None:
        """Read the journey's links again (they came or went with cards)."""
        from sqlalchemy import select  # here: the map paints its first frame before the ORM is loaded

        from app.model.schema import Card, Lane, Link

        session = self.document.session
        links = [LinkData(*row) for row in session.execute(
            select(Link.id, Link.source_id, Link.target_id, Link.kind, Link.label)
            .join(Card, Card.id == Link.source_id).join(Lane, Lane.id == Card.lane_id)
            .where(Lane.journey_id == self.journey_id).order_by(Link.id))]
        if self.data is not None:
            self.data = dataclasses.replace(self.data, links=links)

    def _follow_cards(self, change: Change) -> None:
        """Bring the snapshot, the layout and the items in line with a change of cards."""
        from app.model.journey_data import read_cards  # here: the ORM comes after the first paint

        old = self.data
        if old is None:  # no journey shown (the scene's slot checks it first)
            return
        lanes = {lane.id for lane in old.lanes}
        removed = set(change.deleted.get("card", ())) & set(old.cards)
        # Cards only renumbered (the neighbours of a delete): renumbered in the snapshot, in place (their
        # cells keep their order), not read again.
        renumbered = change.positions.get("card", {})
        touched = set(change.created.get("card", ())) | (set(change.updated.get("card", ())) - renumbered.keys())
        renumbered_cells = renumber_cards(old.cards, renumbered)  # none of them is in touched
        fresh = [card for card in read_cards(self.document.session, touched) if card.lane_id in lanes]
        gone = removed | {card_id for card_id in touched if card_id in old.cards} - {card.id for card in fresh}
        content = {card.id for card in fresh}
        if not fresh and not gone:
            return
        data = old.without_cards(gone) if gone else old
        if fresh:
            data = data.with_cards(fresh)
        self.data = data
        ids = [card.id for card in fresh]
        layout = self.layout
        if layout is None:
            self.relayout()
            return
        if not gone and all(card_id in self.cards or card_id in self._pending or card_id not in layout.cards
                            for card_id in ids) \
                and update_cards(layout, data, ids, self.metrics, wrapper=self.wrapper):
            # Same places, same heights: only these cards (and the curve) are drawn again.
            self._apply_delta(LayoutDelta(redrawn=set(ids) & set(layout.cards)), moved=False,
                              curve=_on_curve(old, data, ids))
            return
        cells = {(card.lane_id, card.stage_id) for card in fresh} | renumbered_cells
        cells |= {(old.cards[card_id].lane_id, old.cards[card_id].stage_id)
                  for card_id in gone | set(ids) if card_id in old.cards}
        delta = relayout_cells(layout, data, cells, self.metrics, wrapper=self.wrapper, fresh=content)
        if delta is None:
            self.relayout()
            return
        self._apply_delta(delta, moved=True, curve=_on_curve(old, data, [*ids, *gone]))

    def _apply_delta(self, delta: LayoutDelta, *, moved: bool, curve: bool = True) -> None:
        """Bring the items in line with a layout changed in place.

        ``moved``: boxes came, went or moved; ``curve``: a touchpoint changed, so
        the moments of truth are worked out again.
        """
        layout, data = self.layout, self.data
        if layout is None or data is None:  # only called with a layout in place (see _follow_cards)
            return
        boxes = layout.cards
        if moved:
            self._forget_reading_order()
        removed = []
        for card_id in delta.removed:
            self._pending.pop(card_id, None)
            item = self.cards.pop(card_id, None)
            if item is not None:
                self.render_queue.discard(item)
                removed.append(item)
        self.remove_card_items(removed)
        new = []
        for card_id in delta.redrawn:
            item = self.cards.get(card_id)
            if item is not None:
                item.set_content(boxes[card_id], data.cards[card_id], data.scale)
            elif card_id not in self._pending:
                new.append(card_id)
        # Near the view now, the others after the frame (a delete spread over a big map shifts thousands).
        self._shift_items(delta.shifted, boxes, data.cards)
        if len(new) > _EAGER_NEW:
            self._add_pending(new)
        else:
            self._make_items(new)
        if curve or moved:  # else the curve is as drawn (redrawing it would repaint its whole lane)
            self.curve.set_layout(layout, data.scale, data.target_score, _emotions(data, layout))
        if self.far:
            self.overview.set_layout(layout, data)
        if moved:
            self.grid.set_layout(layout, {lane.id: lane.colour for lane in data.lanes})
            if delta.lanes:
                self._sync_headers()
            self._sync_links()
            self._follow_map_rect(QRectF(-_MARGIN, -_MARGIN, layout.width + 2 * _MARGIN,
                                         layout.height + 2 * _MARGIN))
            self.pin_headers(self._pinned)
        if curve:
            self._update_moments()
        self.layout_moved = moved
        try:
            self.layout_changed.emit()
        finally:
            self.layout_moved = True


def _on_curve(old, new, card_ids) -> bool:
    """Whether any of these cards is (or was) a touchpoint, whose change may move the curve's moments."""
    touchpoint_lanes = {lane.id for lane in new.lanes if lane.kind is LaneKind.TOUCHPOINTS}
    for card_id in card_ids:
        for data in (old, new):
            card = data.cards.get(card_id)
            if card is not None and card.lane_id in touchpoint_lanes:
                return True
    return False


def _emotions(data, layout) -> dict:
    """The emotion of each touchpoint on the curve (card id -> Emotion) that has one."""
    return {card_id: data.cards[card_id].emotion for card_id in layout.touchpoint_x
            if data.cards[card_id].emotion is not None}
