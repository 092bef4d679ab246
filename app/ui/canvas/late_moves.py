"""Card items an edit moves far from the view are put in place after the frame, a few at a time.

A delete of 1,000 cards spread over a 10,000-card map moves nearly every
other card up, and their lanes too. :class:`LateMoves` (mixed into
:class:`~app.ui.canvas.scene.MapScene`) moves at once the items near the view
(where they are drawn now or where they go), so the next frame is right, and
puts the others in place from a timer, in slices short enough for the user's
events to come between them.

An item waiting for its move already knows its new box (``item.box``); only
its place in the scene is old, and that place is away from the view, where
nothing looks. Everything that could look settles first: a press in the
scene (clicks, drags, rubber bands), a scroll or a zoom (another part of the
map comes into view), :meth:`~app.ui.canvas.scene.MapScene.card_item`, and
a point query away from the view (:meth:`settle_near`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QPointF, QRectF, QTimer

from app.model.journey_snapshot import CardData
from app.model.layout import CardBox
from app.ui import turns
from app.ui.canvas.scene_parts import SceneParts

#: How often the late items are moved (ms), and for how long at most each time (less when the turn of the loop
#: is spent: app/ui/turns.py)...
LATE_TICK_MS = 15
#: ...from a first tick this long after the last edit: its frame is painted first (the moves are out of view).
LATE_FIRST_TICK_MS = 200
LATE_SLICE_MS = 8.0
#: ...looking at the clock after each few.
_BATCH = 100
#: Around the view, what a card's drawing reaches past its box (the selection ring, the link handle).
_REACH = 16.0


class LateMoves(SceneParts):
    """Items moved far from the view placed from idle ticks, for a :class:`MapScene`."""

    def _init_late_moves(self) -> None:
        #: Cards whose item has its new box but not yet its new place (ordered: the first moved first).
        self._late: dict[int, None] = {}
        self._late_timer = QTimer(self)
        self._late_timer.setInterval(LATE_TICK_MS)
        self._late_timer.timeout.connect(self._on_late_timer_timeout)

    @property
    def moves_pending(self) -> bool:
        """Whether some card items still wait for their place (away from the view)."""
        return bool(self._late)

    def _shift_items(self, card_ids: Iterable[int], boxes: Mapping[int, CardBox],
                     cards: Mapping[int, CardData]) -> None:
        """Follow these cards' new boxes: the items near the view move now, the others from the timer."""
        near = self._moved_now()
        left, top, right, bottom = near.left(), near.top(), near.right(), near.bottom()
        items, late, pending = self.cards, self._late, self._pending
        find = items.get
        for card_id in card_ids:  # thousands after a delete spread over a big map: locals, cheapest test first
            item = find(card_id)
            box = boxes[card_id]
            if item is None:
                if card_id in pending:
                    pending.add(card_id, box)  # into the bucket of its new place
                continue
            rect = box.rect
            x, y = rect.x, rect.y
            if x < right and y < bottom and x + rect.w > left and y + rect.h > top:
                late.pop(card_id, None)
                item.move_box(box, cards[card_id])
                continue
            # Where it is drawn now: its old box, unless it waits already (then away from the view).
            old = item.box
            if card_id not in late and old is not None:
                drawn = old.rect
                x, y = drawn.x, drawn.y
                if x < right and y < bottom and x + drawn.w > left and y + drawn.h > top:
                    item.move_box(box, cards[card_id])
                    continue
            if item.dragging:
                late.pop(card_id, None)
                item.move_box(box, cards[card_id])
            else:
                item.box = box  # its new box now, its new place later (see settle_moves)
                item.card_data = cards[card_id]
                late[card_id] = None
        if late:  # (again after each edit: its frame comes first, even in a quick run of edits)
            self._late_timer.start(LATE_FIRST_TICK_MS)

    def _moved_now(self) -> QRectF:
        """Where items are moved at once: the view (the card layer draws from the boxes; an item's place
        only serves Qt's look-ups, and those the view's mouse makes land in the view)."""
        return self._in_view().adjusted(-_REACH, -_REACH, _REACH, _REACH)

    def settle_moves(self) -> None:
        """Put every waiting item in its place now."""
        items = self.cards
        for card_id in self._late:
            item = items.get(card_id)
            if item is not None and item.box is not None:
                item.move_box(item.box)
        self._late.clear()
        self._late_timer.stop()

    def settle_card(self, card_id: int) -> None:
        """Put this card's item in its place now (someone is about to look at it)."""
        if self._late.pop(card_id, 0) is None:
            item = self.cards.get(card_id)
            if item is not None and item.box is not None:
                item.move_box(item.box)

    def settle_near(self, pos: QPointF) -> None:
        """Settle every waiting item when ``pos`` (scene) is away from the view, where they may be."""
        if self._late and not self._moved_now().contains(pos):
            self.settle_moves()

    def _settle_for_view(self, visible: QRectF) -> None:
        """The view shows ``visible`` from now: items were kept late for another view, so they all settle."""
        if self._late and visible != self._pinned:
            self.settle_moves()

    def _forget_late_moves(self) -> None:
        """Every item was just placed from the layout (a full sync): nothing waits any more."""
        self._late.clear()
        self._late_timer.stop()

    def _on_late_timer_timeout(self) -> None:
        if self._late_timer.interval() != LATE_TICK_MS:
            self._late_timer.setInterval(LATE_TICK_MS)
        late, items = self._late, self.cards
        deadline = turns.deadline(LATE_SLICE_MS)
        waiting = list(late)
        for start in range(0, len(waiting), _BATCH):
            for card_id in waiting[start:start + _BATCH]:
                del late[card_id]
                item = items.get(card_id)
                if item is not None and item.box is not None:
                    item.move_box(item.box)
            if time.perf_counter() > deadline:
                break
        if not late:
            self._late_timer.stop()
