"""Real mouse events on a view's viewport: press, a few moves, release."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

Button = Qt.MouseButton
Modifier = Qt.KeyboardModifier


def _send(view: QGraphicsView, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton,
          buttons: Qt.MouseButton, modifiers: Qt.KeyboardModifier) -> None:
    viewport = view.viewport()
    local = QPointF(pos)
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def scene_point(view: QGraphicsView, point: QPointF) -> QPoint:
    """The viewport position of a scene point."""
    return view.mapFromScene(point)


def press(view, pos: QPoint, button=Button.LeftButton, modifiers=Modifier.NoModifier) -> None:
    _send(view, QEvent.Type.MouseButtonPress, pos, button, button, modifiers)


def move(view, pos: QPoint, buttons=Button.LeftButton, modifiers=Modifier.NoModifier) -> None:
    _send(view, QEvent.Type.MouseMove, pos, Button.NoButton, buttons, modifiers)


def release(view, pos: QPoint, button=Button.LeftButton, modifiers=Modifier.NoModifier) -> None:
    _send(view, QEvent.Type.MouseButtonRelease, pos, button, Button.NoButton, modifiers)


def click(view, pos: QPoint, modifiers=Modifier.NoModifier) -> None:
    press(view, pos, modifiers=modifiers)
    release(view, pos, modifiers=modifiers)


def double_click(view, pos: QPoint) -> None:
    press(view, pos)
    release(view, pos)
    _send(view, QEvent.Type.MouseButtonDblClick, pos, Button.LeftButton, Button.LeftButton, Modifier.NoModifier)
    release(view, pos)


def drag(view, start: QPoint, end: QPoint, *, steps: int = 6, button=Button.LeftButton,
         modifiers=Modifier.NoModifier) -> None:
    """Press at ``start``, move there in ``steps`` moves, release at ``end``."""
    press(view, start, button, modifiers)
    for step in range(1, steps + 1):
        point = start + (end - start) * (step / steps)
        move(view, point, button, modifiers)
    release(view, end, button, modifiers)
