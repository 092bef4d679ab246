"""Work left for after a widget's first paint: what the editor's start does not make the user wait for.

:func:`after_first_paint` calls back from the turn of the event loop that
follows the widget's first paint event. Qt paints a window and all its
children in one go, so a callback hooked on the top-level window runs once
the whole window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, from the event loop, after ``widget`` has next painted (never if it is deleted first)."""
    widget.installEventFilter(_FirstPaint(widget, then))


def settle_scroll_bars(area: QAbstractScrollArea) -> None:
    """Show or hide ``area``'s scroll bars now, for the contents it was just given, not after its first paint.

    Qt decides it from a queued call: a big map's first paint came without scroll bars, and
    they appeared a moment later, shrinking the viewport (a second whole paint of the map).
    """
    QCoreApplication.sendPostedEvents(area, QEvent.Type.MetaCall)


class _FirstPaint(QObject):
    """Calls ``then`` once, from the event loop, after the widget it watches has painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the first paint event: let it paint, and call back from the next turn of the loop."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False
