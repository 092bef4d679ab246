"""Cards waiting for their pixmap at the zoom shown, rendered a few milliseconds at a time (see card_paint)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPixmapCache

from app.ui import turns
from app.ui.canvas.card_paint import PaintedCard, level_of, render

#: Time the render queue spends per tick (ms), less when the turn of the loop is spent (see app/ui/turns.py).
_TICK_BUDGET_MS = 8.0
#: The pixmap cache's size (KiB): a full screen of cards at two levels, with room (Qt's default, 10 MiB, holds
#: about a hundred cards: a screen of more renders every card again in every frame, each pushing out the next).
PIXMAP_CACHE_KIB = 64 * 1024


class RenderQueue(QObject):
    """Cards waiting for their pixmap at the current zoom level; rendered a few at a time, nearest first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Set here, not on import: the application, made after this module may be imported, sets Qt's default.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), PIXMAP_CACHE_KIB))
        #: Queued cards, each with whether it is repainted once rendered (a stand-in is on screen, not its look).
        self._items: dict[int, tuple[PaintedCard, bool]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def add(self, item: PaintedCard, repaint: bool = True) -> None:
        """Render ``item`` at the zoom of the views showing it, soon, and repaint it then.

        ``repaint`` False: the views show its look already (drawn in place), only its pixmap is missing.
        """
        queued = self._items.get(id(item))
        self._items[id(item)] = (item, repaint or (queued is not None and queued[1]))
        if not self._timer.isActive():
            self._timer.start()

    def discard(self, item: PaintedCard) -> None:
        """Forget ``item`` (it left the scene)."""
        self._items.pop(id(item), None)

    def repaints_pending(self) -> bool:
        """Whether a queued card shows a stand-in until it is rendered (the picture is not complete yet)."""
        return any(repaint for _item, repaint in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def flush(self) -> None:
        """Render every queued card now (tests, exports)."""
        while self._items:
            self._on_timer_timeout(budget=float("inf"))

    def _on_timer_timeout(self, budget: float | None = None) -> None:
        stop_at = turns.deadline(_TICK_BUDGET_MS) if budget is None else time.perf_counter() + budget / 1000.0
        while self._items:
            key = next(iter(self._items))
            item, repaint = self._items.pop(key)
            scene = item.scene()
            views = scene.views() if scene is not None else []
            if views:
                zoom = views[0].transform().m11()
                render(item, level_of(zoom), views[0].viewport().devicePixelRatioF())
                if repaint:
                    item.update()
            if time.perf_counter() >= stop_at:
                return
        self._timer.stop()
