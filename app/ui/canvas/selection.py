"""The selection of a map's cards: batched notifications and answers in O(selected).

Qt's ``QGraphicsScene.selectionChanged`` fires once per ``setSelected`` call and per
removed selected item, so selecting all 10,000 cards of a map would run every
listener 10,000 times. :class:`CardSelection` (mixed into
:class:`~app.ui.canvas.scene.MapScene`) turns that into one
:attr:`~app.ui.canvas.scene.MapScene.selection_changed` per user action: changes
made inside :meth:`CardSelection.batch` are announced once when it ends, and
changes made outside it (a click, a rubber band) at once. Listeners connect to
``selection_changed``, never to ``selectionChanged``.

:meth:`CardSelection.selected_card_ids` is remembered until the selection or
the layout changes, and sorted with an index of the reading order: asking it
twice costs nothing, and once costs O(selected), not O(map).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QGraphicsItem

from app.ui.canvas.items import CardItem, LinkItem
from app.ui.canvas.scene_parts import SceneParts


class CardSelection(SceneParts):
    """Batched selection notifications and cached selected ids for a :class:`MapScene`."""

    def _init_selection(self) -> None:
        self._selection_depth = 0
        self._selection_dirty = False
        self._selected_cards: list[int] | None = None
        self._selected_links: list[int] | None = None
        self._reading_index: dict[int, int] | None = None
        self.selectionChanged.connect(self._on_qt_selection_changed)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Announce the selection changes made inside the block once, when it ends."""
        self._selection_depth += 1
        try:
            yield
        finally:
            self._selection_depth -= 1
            if self._selection_depth == 0 and self._selection_dirty:
                self._selection_dirty = False
                self._announce_selection()

    def _on_qt_selection_changed(self) -> None:
        self._selected_cards = self._selected_links = None
        if self._selection_depth:
            self._selection_dirty = True
        else:
            self._announce_selection()

    def _announce_selection(self) -> None:
        if self.far:
            self.overview.selected = set(self.selected_card_ids())
            self.overview.update()
        else:
            self.card_layer.update()  # the card items have no contents: Qt repaints none of them
        self.selection_changed.emit()

    def _forget_reading_order(self) -> None:
        """The layout changed: the reading order (and the selection in it) is worked out again when asked."""
        self._reading_index = None
        self._selected_cards = None

    def _read_selection(self) -> None:
        cards, links = [], []
        for item in self.selectedItems():
            if isinstance(item, CardItem):
                cards.append(item.card_id)
            elif isinstance(item, LinkItem):
                links.append(item.link_id)
        if not cards:  # nothing to sort (the usual case after a delete): the map's order is not needed
            self._selected_cards, self._selected_links = [], sorted(links)
            return
        index = self._reading_index
        if index is None:
            index = self._reading_index = {card_id: n for n, card_id in enumerate(self.reading_order())}
        self._selected_cards = sorted((card_id for card_id in cards if card_id in index), key=index.__getitem__)
        self._selected_links = sorted(links)

    def selected_card_ids(self) -> list[int]:
        """Selected cards in reading order (lane by lane, stage by stage, top to bottom)."""
        if self._selected_cards is None or self._selected_links is None:
            self._read_selection()
        return list(self._selected_cards or ())

    def selected_link_ids(self) -> list[int]:
        """Selected links, by id."""
        if self._selected_cards is None or self._selected_links is None:
            self._read_selection()
        return list(self._selected_links or ())

    def remove_card_items(self, items: Iterable[QGraphicsItem]) -> None:
        """Take these items out of the scene: one ``selectionChanged`` however many were selected.

        Qt announces each selected item it removes; a delete of 1,000 selected cards
        would run every listener of ``selectionChanged`` 1,000 times.
        """
        selected = False
        blocked = self.blockSignals(True)
        try:
            for item in items:
                selected = selected or item.isSelected()
                self.removeItem(item)
        finally:
            self.blockSignals(blocked)
        if selected:
            self.selectionChanged.emit()

    def select_cards(self, card_ids: Iterable[int], *, clear: bool = True) -> None:
        """Select these cards (and, with ``clear``, only them): one notification."""
        with self.batch():
            if clear:
                self.clearSelection()
            # Qt's per-item selectionChanged is held back while the loop runs (10,000 Python calls for
            # nothing); one is sent after it, and the batch turns it into one selection_changed.
            blocked = self.blockSignals(True)
            try:
                cards, pending, last = self.cards, self._pending, None
                card_ids = list(card_ids)
                waiting = [card_id for card_id in card_ids if card_id in pending] if pending else []
                if waiting:  # every selected card has its item (a big map makes them on demand): made in one go
                    self._make_items(waiting)
                for card_id in card_ids:
                    item = cards.get(card_id)
                    if item is None and card_id in pending:
                        item = self.card_item(card_id)
                    if item is not None:
                        item.setSelected(True)
                        last = card_id
            finally:
                self.blockSignals(blocked)
            if last is not None:
                self.current_card = last
            self.selectionChanged.emit()
