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
from app.model.journey_snapshot import CardData, LinkData, renumber_cards
from app.model.layout import CardBox, MapLayout, update_cards
from app.model.layout_delta import LayoutDelta, relayout_cells
from app.ui.canvas.items import CardItem
from app.ui.canvas.scene_parts import SceneParts

if TYPE_CHECKING:
    from app.model.ops import Change

#: Margin around the map (the scene rectangle), as in scene.py.
_MARGIN = 40.0
#: New cards made at once by an edit (more, such as an undone delete of thousands, are made in chunks).
_EAGER_NEW = 300
#: The most items a delete keeps for its undo (see FollowCards._parked).
_PARKED_MOST = 5_000


class FollowCards(SceneParts):
    """Card edits followed in O(cards touched + cards below them) for a :class:`MapScene`."""

    #: False while ``layout_changed`` announces an edit that redrew cards in place (no box came, went
    #: or moved): a listener drawing the boxes (the minimap) keeps what it drew.
    layout_moved = True

    def _init_follow_cards(self) -> None:
        #: The scene rectangle Qt's item index was last built for (see :meth:`_follow_map_rect`).
        self._indexed_rect = QRectF()
        #: The items the last delete took out of the scene, by card: its undo puts the same items back,
        #: pixmaps and all (nothing made or drawn again). Used once, then dropped.
        self._parked: dict[int, CardItem] = {}
        #: The layout they were laid out in (their boxes serve again only in the same one, see _parked_boxes).
        self._parked_in: MapLayout | None = None
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
        known = self._parked_boxes(fresh, layout)
        delta = relayout_cells(layout, data, cells, self.metrics, wrapper=self.wrapper, fresh=content - known.keys(),
                               known=known)
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
        parked = self._parked
        if removed:
            self._parked = {item.card_id: item for item in removed} if len(removed) <= _PARKED_MOST else {}
            self._parked_in = layout
        new, back = [], []
        for card_id in delta.redrawn:
            item = self.cards.get(card_id)
            if item is not None:
                item.set_content(boxes[card_id], data.cards[card_id], data.scale)
            elif card_id not in self._pending:
                item = parked.pop(card_id, None) if parked else None
                if item is not None and item.style is self.style:
                    back.append(item)
                else:
                    new.append(card_id)
        if back:
            self._parked = {}
            self._put_back(back)
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


    def _parked_boxes(self, fresh: list[CardData], layout: MapLayout) -> dict[int, CardBox]:
        """The boxes of the parked items of cards that come back as they were (an undone delete).

        Only in the layout they were made in (laid out again whole, by new metrics or a new
        style, it is another), and only for cards whose snapshot is the one they showed.
        """
        parked = self._parked
        if not parked or self._parked_in is not layout:
            return {}
        known = {}
        for card in fresh:
            item = parked.get(card.id)
            if item is not None and item.box is not None and item.style is self.style and item.card_data == card:
                known[card.id] = item.box
        return known

    def _put_back(self, items: list[CardItem]) -> None:
        """Put items a delete took out back in the scene (its undo): the same items, in their new boxes.

        Each keeps its pixmaps when its card looks as it did (see :meth:`CardItem.set_content`);
        what it showed then and may not now (selected, hovered, found, a moment) is set again as
        a new item would have it.
        """
        layout, data = self.layout, self.data
        if layout is None or data is None:
            return
        boxes, snapshot, scale, cards = layout.cards, data.cards, data.scale, self.cards
        found, moments, add = self._found, self.moments, self.addItem
        view = self._pinned
        shown = QRectF()
        for item in items:
            card_id = item.card_id
            box = boxes[card_id]
            item.setSelected(False)  # out of the scene: only the item's flag (Qt keeps it when removing)
            if item.hovered:  # the mouse was on it: Qt forgot that when it left the scene, and sends no leave
                item._hovered = False
            item.set_found(bool(found) and card_id in found)
            item.set_moment(moments.get(card_id) if moments else None)
            item.set_content(box, snapshot[card_id], scale)
            cards[card_id] = item
            add(item)
            rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
            if view.isNull() or rect.intersects(view):
                shown = shown.united(rect)
        if not shown.isEmpty():
            self.card_layer.update(shown.adjusted(-8.0, -8.0, 8.0, 8.0))


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
