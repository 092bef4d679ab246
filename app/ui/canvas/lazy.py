"""How a big map stays fast: card items made in chunks or on demand, and far zoom handed to the overview.

:class:`LazyCards` is mixed into :class:`~app.ui.canvas.scene.MapScene`. A map
with thousands of cards gets the items near the view first and the others from
a timer, so its first paint waits for none of them; :meth:`MapScene.card_item`
and scrolling make a pending item at once. A map of more than
:data:`ON_DEMAND_CARDS` cards makes none in the background: only the items in
and around the view, and those something asks for (``card_item``, a click or
hover through ``card_at``, a rubber band through :meth:`LazyCards.make_items_in`,
a selection through ``select_cards``). Nothing needs the item of a card nobody
sees: the card layer draws from the layout, Find and the moments of truth mark
an item when it is made, and every selected card has its item. The pending cards are kept in a
grid of buckets by position (:class:`PendingCards`): a tick takes the chunk
nearest the view, and a scroll the cards that came into it, in time that
grows with the chunk, not with the map; the ticks follow one another as soon
as the user's events are handled. Zoomed out below the text level,
the card items keep their place, selection and mouse handling but paint
nothing, and one :class:`~app.ui.canvas.overview.OverviewItem` draws them all.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsSceneHelpEvent, QToolTip

from app.ui import turns
from app.ui.canvas.items import HANDLE_RADIUS, CardItem
from app.ui.canvas.scene_parts import SceneParts

if TYPE_CHECKING:
    from app.model.card_geometry import CardBox

#: Card items made per tick of the background fill, at most (a fast machine makes them in less than a tick)...
FILL_CHUNK = 4000
#: ...and for no longer than this (ms), nor past the turn's share (app/ui/turns.py): the user's events come
#: between two ticks...
FILL_TICK_MS = 15.0
#: ...looking at the clock after each few (on a busy machine a batch can take several times as long).
_BATCH = 40
#: A rectangle far off any map: asking Qt for the items there brings its index up to date, and finds none.
_INDEX_PROBE = QRectF(-1.0e9, -1.0e9, 1.0, 1.0)
#: The next tick comes as soon as the events that came meanwhile are handled: no idle wait between ticks...
FILL_INTERVAL_MS = 0
#: ...but the first waits this long (ms), so the map's first paint comes first (ticks made before it
#: were followed by a second full repaint of the view, a freeze of a few hundred ms on a big map).
FILL_FIRST_TICK_MS = 15
#: How far a card's drawing reaches past its box (ring, handle): a card this close to the view repaints when made.
_REACH = 8.0 + HANDLE_RADIUS
#: A fill of more cards than this fixes the depth of Qt's index beforehand (see :meth:`LazyCards._fit_index`).
_FIXED_INDEX_CARDS = 1000
#: How many levels shallower than Qt's own choice the index of a big map is (see _fit_index).
_INDEX_SHALLOWER = 3
#: A map with more cards than this gets its card items on demand (see the module's docstring): making
#: 100,000 of them took a second and a half after the first paint, and some 270 MB.
ON_DEMAND_CARDS = 20_000


class LazyCards(SceneParts):
    """Item creation and far-zoom drawing for a :class:`~app.ui.canvas.scene.MapScene`."""

    def _in_view(self) -> QRectF:
        """The part of the map the view shows (before the view has told: the top left of a large screen)."""
        return self._pinned if not self._pinned.isNull() else QRectF(0.0, 0.0, 1920.0, 1080.0)

    #: The card count Qt's index depth was fixed for (0: Qt chooses it).
    _index_cards = 0

    def _near_view(self) -> QRectF:
        """The part of the map whose items should exist now: the view and a margin around it."""
        visible = self._in_view()
        return visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2,
                                visible.height() / 2)

    def _make_items(self, card_ids: Iterable[int]) -> None:
        """Make the items of these laid-out cards (filled before they join the scene: no index update).

        A big map makes 100,000 of them, so the loop does per card only what each needs: the
        pending cards are dropped in one call, and only the cards in the view repaint their place
        (the card layer draws only cards with an item; one rectangle around all the cards made
        would span the view whenever cards on both sides of it came: a whole repaint for nothing).
        """
        layout, data = self.layout, self.data
        if layout is None or data is None:
            return
        if self._index_cards and not self._pending and len(layout.cards) <= _FIXED_INDEX_CARDS:
            self._fit_index(0)  # a small map again: Qt chooses the depth
        card_ids = self._pending.pop_all(card_ids)
        boxes, cards, snapshot, scale, style = layout.cards, self.cards, data.cards, data.scale, self.style
        found, moments, add = self._found, self.moments, self.addItem
        view = self._pinned
        everywhere = view.isNull()  # before the view has told what it shows: every card made repaints
        left, top, right, bottom = view.left(), view.top(), view.right(), view.bottom()
        shown: list[CardBox] = []
        for card_id in card_ids:
            box = boxes.get(card_id)
            if box is None or card_id in cards:
                continue
            item = cards[card_id] = CardItem(card_id, style, box, snapshot[card_id], scale)
            if found and card_id in found:
                item.set_found(True)
            if moments and card_id in moments:
                item.set_moment(moments[card_id])
            add(item)
            rect = box.rect
            if everywhere or (rect.x - _REACH < right and rect.x + rect.w + _REACH > left
                              and rect.y - _REACH < bottom and rect.y + rect.h + _REACH > top):
                shown.append(box)
        if shown:
            # Items have no contents (the card layer draws them): the part of the view they appeared in is repainted.
            rects = [box.rect for box in shown]
            x0, y0 = min(rect.x for rect in rects), min(rect.y for rect in rects)
            x1, y1 = max(rect.x + rect.w for rect in rects), max(rect.y + rect.h for rect in rects)
            area = QRectF(x0, y0, x1 - x0, y1 - y0).adjusted(-_REACH, -_REACH, _REACH, _REACH)
            if not everywhere:
                area &= view
            if not area.isEmpty():
                self.card_layer.update(area)

    def _add_pending(self, card_ids: Iterable[int]) -> None:
        """Make these cards' items later, from the timer (those in view now: the next paint waits for no others)."""
        boxes = self.layout.cards if self.layout is not None else {}
        pending, cards = self._pending, self.cards
        card_ids = list(card_ids)
        if not pending and not cards and len(card_ids) == len(boxes) and all(map(boxes.__contains__, card_ids)):
            pending.add_all(boxes.items())  # every card of the layout (a map opened): no filter to run card by card
        else:
            pending.add_all((card_id, boxes[card_id]) for card_id in card_ids
                            if card_id in boxes and card_id not in cards and card_id not in pending)
        if len(pending) > _FIXED_INDEX_CARDS:
            self._fit_index(len(boxes))
        self._make_items(pending.in_rect(self._in_view(), boxes))
        if pending:
            # The first tick leaves the first paint room; the next ones follow back to back (see the timeout).
            self._fill_timer.start(FILL_FIRST_TICK_MS)
    def _fit_index(self, cards: int) -> None:
        """Fix the depth of Qt's index (a BSP tree) for ``cards`` cards (0: let Qt choose it again).

        Left to itself, Qt chooses the depth from the count of items it holds and,
        each time the count passes a power of two, builds the whole tree again:
        while a big map fills in, that is a freeze that grows with the items made
        so far (some 150 ms at 65,000 cards). A depth fixed before the fill puts
        each item in the tree once. It is three below Qt's choice (log2 of the
        count): leaves of about ten cards rather than one, so a card lies in a
        few leaves, not a dozen (some 270 bytes a card less); a hit test looks
        at ten cards more, a few microseconds.
        """
        depth = max(5, math.ceil(math.log2(cards)) - _INDEX_SHALLOWER) if cards > 0 else 0
        self._index_cards = cards
        if self.bspTreeDepth() != depth:
            self.setBspTreeDepth(depth)

    def _make_visible(self, visible: QRectF) -> None:
        """Make the pending items that ``visible`` shows (the view scrolled or zoomed).

        Far out the overview draws the cards, and the view shows the whole map:
        nothing is made then (a map made on demand would make every item at once).
        """
        if self._pending and not visible.isNull() and not self.far:
            self.make_items_in(visible)
            if self._on_demand() and not self._fill_timer.isActive():
                self._fill_timer.start(FILL_FIRST_TICK_MS)  # and the margin around the view, after the frame

    def make_items_in(self, rect: QRectF) -> None:
        """Make the pending items whose box meets ``rect`` (scene coordinates): something is about to use them."""
        if self._pending and not rect.isNull():
            boxes = self.layout.cards if self.layout is not None else {}
            self._make_items(self._pending.in_rect(rect, boxes))

    def _on_demand(self) -> bool:
        """Whether this map makes its card items only where they are needed (see :data:`ON_DEMAND_CARDS`)."""
        data = self.data
        return data is not None and len(data.cards) > ON_DEMAND_CARDS

    def _on_fill_timer_timeout(self) -> None:
        if not self._pending:
            self._fill_timer.stop()
            freeze_long_lived()
            return
        if self._fill_timer.interval() != FILL_INTERVAL_MS:
            self._fill_timer.setInterval(FILL_INTERVAL_MS)
        boxes = self.layout.cards if self.layout is not None else {}
        if self._on_demand():  # only the view's surroundings, then the timer rests until the view moves
            chunk = [] if self.far else self._pending.in_rect(self._near_view(), boxes)[:FILL_CHUNK]
            if not chunk:
                self._fill_timer.stop()
                freeze_long_lived()
                return
        else:
            chunk = self._pending.take(FILL_CHUNK, self._near_view(), boxes)
        deadline = turns.deadline(FILL_TICK_MS)
        for start in range(0, len(chunk), _BATCH):
            self._make_items(chunk[start:start + _BATCH])
            # Qt indexes new items later, all at once (on the next hit test or paint, or from a timer after
            # the fill): indexed now, the work is counted in this tick, and no later event waits for it.
            self.items(_INDEX_PROBE)
            if time.perf_counter() > deadline:
                break
        # The items just made live as long as the map: out of the collector's sight at once, or the
        # full collections the fill sets off walk every item made so far (a freeze that grows with the map).
        freeze_long_lived()

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Show the whole text of an elided card under the mouse (a card makes its tooltip only when asked)."""
        item = self.card_at(event.scenePos())
        text = item.toolTip() if item is not None else ""
        if not text:
            super().helpEvent(event)
            return
        QToolTip.showText(event.screenPos(), text, event.widget())
        event.setAccepted(True)

    def set_far(self, far: bool) -> None:
        """Let the overview draw the cards (far zoom) or each card draw itself."""
        if far == self.far:
            return
        self.far = far
        if far:
            self.overview.set_layout(self.layout, self.data)
            self.overview.selected = set(self.selected_card_ids())
        self.overview.setVisible(far)
        self.card_layer.setVisible(not far)

    @property
    def filling(self) -> bool:
        """Whether card items are still being made in the background."""
        return self._filling_items()

    def _filling_items(self) -> bool:
        """Whether card items are still being made in the background (a map made on demand: around the view).

        The fill's timer runs while it has work: a map made on demand keeps cards waiting for good.
        """
        return bool(self._pending) and self._fill_timer.isActive()


def freeze_long_lived() -> None:
    """Keep what a big map holds (snapshot, layout, items) out of Python's full collections.

    A full collection walks every tracked object: with a 10,000-card map open it
    takes hundreds of milliseconds, a freeze the user feels. These objects live as
    long as the map, so they are moved to the collector's permanent generation;
    :func:`thaw_long_lived` puts them back when the map goes (another journey or
    document), so their cycles are collected then.
    """
    gc.freeze()


def thaw_long_lived() -> None:
    """Let the collector see the frozen objects again (the map they belonged to is going)."""
    gc.unfreeze()
