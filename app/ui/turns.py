"""The event loop's turns, shared by the work done in the background: no turn is a long freeze.

The editor does much of its work a few milliseconds at a time, from timers
that fire at every turn of the event loop: card items made (lazy.py), the
layout finished (late_layout.py), card pixmaps rendered (render_queue.py),
titles laid out ahead, the miniature drawn... Each slice alone is short, but
Qt runs every timer that is due in the same turn, and after a paint or a
document handed over: a 100,000-card map opened was one turn of 80 ms.

Each slice asks :func:`deadline` when it must stop: what it wants, or what is
left of the turn's :data:`TURN_BUDGET_MS` after what ran before it in that turn
(a paint, another slice), but never less than :data:`MIN_SLICE_MS`, so that the
work still goes on under a long paint at every turn. A turn starts when Qt's
event dispatcher wakes up (its ``awake`` signal).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication

#: The time a turn of the loop gives to what ran before a slice and to the slice (ms).
TURN_BUDGET_MS = 20.0
#: What a slice gets in a turn already spent (ms): the work goes on, a little at each turn.
MIN_SLICE_MS = 1.0
#: A turn older than this is not watched (no dispatcher, or a slice run outside the loop): the slice gets its own.
_STALE_S = 0.25


class _Turn:
    """When the current turn of the loop started, from the dispatcher's ``awake``."""

    def __init__(self) -> None:
        self.start = 0.0
        self.dispatcher: QAbstractEventDispatcher | None = None

    def on_awake(self) -> None:
        self.start = time.perf_counter()

    def watch(self) -> None:
        """Follow the main thread's dispatcher (again when the application was made anew)."""
        app = QCoreApplication.instance()
        dispatcher = QAbstractEventDispatcher.instance(app.thread()) if app is not None else None
        if dispatcher is not None and dispatcher is not self.dispatcher:
            self.dispatcher = dispatcher
            dispatcher.awake.connect(self.on_awake)
            self.start = time.perf_counter()


_TURN = _Turn()


def watch() -> None:
    """Follow the turns of the application's event loop from now (the first slice does it otherwise, mid-turn)."""
    _TURN.watch()


def deadline(slice_ms: float) -> float:
    """The ``time.perf_counter()`` at which a background slice that wants ``slice_ms`` stops, in this turn.

    ``slice_ms`` from now, or the end of the turn's budget if sooner, but at least :data:`MIN_SLICE_MS` from now
    (or ``slice_ms``, if less).
    """
    if _TURN.dispatcher is None:
        _TURN.watch()
    now = time.perf_counter()
    wanted = now + slice_ms / 1000.0
    if now - _TURN.start > _STALE_S:
        return wanted
    least = now + min(slice_ms, MIN_SLICE_MS) / 1000.0
    return max(least, min(wanted, _TURN.start + TURN_BUDGET_MS / 1000.0))


def slice_ms(wanted_ms: float) -> float:
    """How long (ms) a background slice that wants ``wanted_ms`` may run now (see :func:`deadline`)."""
    return (deadline(wanted_ms) - time.perf_counter()) * 1000.0
