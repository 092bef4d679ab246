"""How a big map stays fast: card items made in chunks, and far zoom handed to the overview.

:class:`LazyCards` is mixed into :class:`~app.ui.canvas.scene.MapScene`. A map
with thousands of cards gets the items near the view first and the others from
a timer, so its first paint waits for none of them; :meth:`MapScene.card_item`
and scrolling make a pending item at once. Zoomed out below the text level,
the card items keep their place, selection and mouse handling but paint
nothing, and one :class:`~app.ui.canvas.overview.OverviewItem` draws them all.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from app.ui.canvas.items import CardItem

#: Card items made per tick of the background fill.
FILL_CHUNK = 600


class LazyCards:
    """Item creation and far-zoom drawing for a :class:`~app.ui.canvas.scene.MapScene`."""

    def _near_view(self) -> QRectF:
        """The part of the map whose items should exist now: the view and a margin around it."""
        visible = self._pinned if not self._pinned.isNull() else QRectF(0.0, 0.0, 1920.0, 1080.0)
        return visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2,
                                visible.height() / 2)

    def _make_items(self, card_ids) -> None:
        """Make the items of these laid-out cards (filled before they join the scene: no index update)."""
        layout, data = self.layout, self.data
        if layout is None or data is None:
            return
        for card_id in card_ids:
            self._pending.pop(card_id, None)
            box = layout.cards.get(card_id)
            if box is None or card_id in self.cards:
                continue
            item = self.cards[card_id] = CardItem(card_id, self.style)
            item.set_content(box, data.cards[card_id], data.scale)
            if card_id in self._found:
                item.set_found(True)
            if card_id in self.moments:
                item.set_moment(self.moments[card_id])
            if self.far:
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
            self.addItem(item)

    def _on_fill_timer_timeout(self) -> None:
        if not self._pending:
            self._fill_timer.stop()
            return
        near = self._near_view()
        boxes = self.layout.cards if self.layout is not None else {}
        chunk = [card_id for card_id in self._pending
                 if card_id in boxes and box_rect(boxes[card_id]).intersects(near)][:FILL_CHUNK]
        if len(chunk) < FILL_CHUNK:
            chosen = set(chunk)
            chunk += [card_id for card_id in list(self._pending)[:FILL_CHUNK] if card_id not in chosen]
        self._make_items(chunk[:FILL_CHUNK])

    def set_far(self, far: bool) -> None:
        """Let the overview draw the cards (far zoom) or each card draw itself."""
        if far == self.far:
            return
        self.far = far
        flag = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
        for item in self.cards.values():
            item.setFlag(flag, far and not item.dragging)
        if far:
            self.overview.set_layout(self.layout, self.data)
            self.overview.selected = set(self.selected_card_ids())
        self.overview.setVisible(far)

    @property
    def filling(self) -> bool:
        """Whether card items are still being made in the background."""
        return bool(self._pending)


def box_rect(box) -> QRectF:
    """A layout box's rectangle as a QRectF."""
    return QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
