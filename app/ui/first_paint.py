"""Work left for after a widget's first paint: what the editor's start does not make the user wait for.

:func:`after_first_paint` calls back from the turn of the event loop that
follows the widget's first paint event. Qt paints a window and all its
children in one go, so a callback hooked on the top-level window runs once
the whole window is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QGraphicsView, QWidget


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once, from the event loop, after ``widget`` has next painted (never if it is deleted first)."""
    widget.installEventFilter(_FirstPaint(widget, then))


def settle_before_first_paint(view: QGraphicsView) -> None:
    """Apply now what Qt queued for ``view`` and its scene after their contents changed, not after the next paint.

    Qt decides whether the view shows scroll bars, and what of the scene is to be
    repainted, from queued calls, which came after the window's first paint: the map
    painted without scroll bars, then again whole when they appeared (a smaller
    viewport), and whole again for the scene's changes (some 50 ms for a 100,000-card
    map, in the turn of the loop right after the first paint). Applied before, they
    are part of the first paint.
    """
    QCoreApplication.sendPostedEvents(view, QEvent.Type.MetaCall)
    # Each widget shown posts itself a request to paint later (Qt's UpdateLater): taken now, the view's and its
    # viewport's are part of the paint about to come, not a second, identical paint of the map in the loop's next
    # turn (50 ms at 100,000 cards). (The scroll bars' stay for that turn: they do not cover the map.)
    for widget in (view, view.viewport()):
        QCoreApplication.sendPostedEvents(widget, QEvent.Type.UpdateLater)
    scene = view.scene()
    if scene is not None:
        QCoreApplication.sendPostedEvents(scene, QEvent.Type.MetaCall)


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
