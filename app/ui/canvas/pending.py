"""The cards of a big map still waiting for their item, indexed by where they are (see :mod:`.lazy`)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF

#: Side of a bucket of the pending cards' grid (scene pixels): a few columns and a few dozen cards.
_BUCKET = 512.0


class PendingCards:
    """Card ids waiting for their item, indexed by where their box is (a grid of buckets)."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], dict[int, None]] = {}
        self._where: dict[int, tuple[int, int]] = {}

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._where

    def __len__(self) -> int:
        return len(self._where)

    def __iter__(self):
        return iter(list(self._where))

    def add(self, card_id: int, box) -> None:
        """Wait for ``card_id``'s item; ``box`` is its layout box (a card already waiting is moved)."""
        self.pop(card_id)
        key = (int(box.rect.x // _BUCKET), int(box.rect.y // _BUCKET))
        self._where[card_id] = key
        self._buckets.setdefault(key, {})[card_id] = None

    def add_all(self, boxes) -> None:
        """Wait for the cards of ``boxes``, (card id, layout box) pairs none of which waits yet: :meth:`add` in bulk."""
        where, buckets = self._where, self._buckets
        last_x, column = None, 0
        for card_id, box in boxes:
            rect = box.rect
            if rect.x != last_x:  # a cell's cards share their x: its column is worked out once
                last_x = rect.x
                column = int(last_x // _BUCKET)
            key = (column, int(rect.y // _BUCKET))
            where[card_id] = key
            bucket = buckets.get(key)
            if bucket is None:
                bucket = buckets[key] = {}
            bucket[card_id] = None

    def pop(self, card_id: int, default=None):
        """Stop waiting for ``card_id``."""
        key = self._where.pop(card_id, None)
        if key is None:
            return default
        bucket = self._buckets[key]
        del bucket[card_id]
        if not bucket:
            del self._buckets[key]
            if not self._where:  # a dict keeps its size when emptied: a 100,000-card one some megabytes
                self._where = {}
        return None

    def pop_all(self, card_ids: Iterable[int]) -> Iterable[int]:
        """Stop waiting for each of ``card_ids`` (:meth:`pop` in bulk); returns them (a list if given an iterator)."""
        if not self._where:
            return card_ids
        if not isinstance(card_ids, (list, tuple)):
            card_ids = list(card_ids)
        where, buckets = self._where, self._buckets
        for card_id in card_ids:
            key = where.pop(card_id, None)
            if key is not None:
                bucket = buckets[key]
                del bucket[card_id]
                if not bucket:
                    del buckets[key]
        if not where:
            self._where = {}  # a dict keeps its size when emptied (see pop)
        return card_ids

    def clear(self) -> None:
        """Wait for nothing."""
        self._buckets.clear()
        self._where.clear()

    def in_rect(self, rect: QRectF, boxes) -> list[int]:
        """The waiting cards whose box (in ``boxes``) meets ``rect``: the buckets it covers, checked exactly."""
        if rect.isNull() or not self._where:
            return []
        left, right = int(rect.left() // _BUCKET) - 1, int(rect.right() // _BUCKET)
        top, bottom = int(rect.top() // _BUCKET) - 1, int(rect.bottom() // _BUCKET)
        found = []
        if (right - left + 1) * (bottom - top + 1) > len(self._buckets):
            keys = [key for key in self._buckets if left <= key[0] <= right and top <= key[1] <= bottom]
        else:
            keys = [(x, y) for x in range(left, right + 1) for y in range(top, bottom + 1) if (x, y) in self._buckets]
        for key in keys:
            for card_id in self._buckets[key]:
                box = boxes.get(card_id)
                if box is not None and box_rect(box).intersects(rect):
                    found.append(card_id)
        return found

    def take(self, count: int, near: QRectF, boxes) -> list[int]:
        """Up to ``count`` waiting cards, those near ``near`` first (they stay waiting until made)."""
        chosen = self.in_rect(near, boxes)[:count]
        if len(chosen) < count:
            picked = set(chosen)
            for bucket in self._buckets.values():
                for card_id in bucket:
                    if card_id not in picked:
                        chosen.append(card_id)
                        picked.add(card_id)
                        if len(chosen) >= count:
                            return chosen
        return chosen


def box_rect(box) -> QRectF:
    """A layout box's rectangle as a QRectF."""
    return QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
