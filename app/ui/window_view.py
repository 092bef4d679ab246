"""Fitting the map to the window's width or height, and keeping the window on its screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.model.layout import MapLayout
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView

#: Room left around the map when fitting (view pixels).
_FIT_MARGIN = 8


def _layout(view: CanvasView) -> MapLayout | None:
    """The layout of the map ``view`` shows (None before it has one)."""
    scene = view.scene()
    return scene.layout if isinstance(scene, MapScene) else None


def fit_width(view: CanvasView) -> None:
    """Zoom so that the map's whole width fills the view; keep the top of the map in view."""
    layout = _layout(view)
    area = view.viewport().rect().adjusted(_FIT_MARGIN, _FIT_MARGIN, -_FIT_MARGIN, -_FIT_MARGIN)
    if layout is None or area.width() <= 0:
        return
    top = view.visible_scene_rect().top()
    view.set_zoom(area.width() / max(1.0, layout.width))
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.centerOn(layout.width / 2.0, max(top, 0.0) + view.visible_scene_rect().height() / 2.0)


def fit_height(view: CanvasView) -> None:
    """Zoom so that the map's whole height (every lane) fills the view; keep the left of the view."""
    layout = _layout(view)
    area = view.viewport().rect().adjusted(_FIT_MARGIN, _FIT_MARGIN, -_FIT_MARGIN, -_FIT_MARGIN)
    if layout is None or area.height() <= 0:
        return
    left = view.visible_scene_rect().left()
    view.set_zoom(area.height() / max(1.0, layout.height))
    view.centerOn(max(left, 0.0) + view.visible_scene_rect().width() / 2.0, layout.height / 2.0)


def available_geometry(window: QWidget) -> QRect:
    """The usable part of the screen the window is on (or the primary screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 720)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so that its frame lies within its screen's available geometry.

    The default size or a geometry saved on a bigger screen (or on a screen
    no longer plugged in) must never leave the window running off the screen.
    """
    area = available_geometry(window)
    frame = window.frameGeometry()
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    width = min(window.width(), area.width() - extra_w)
    height = min(window.height(), area.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(200, width), max(150, height))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class _FirstShow(QObject):
    """Keeps a window on its screen once more when it first shows: only then is its frame known.

    A size the program gave the window after it was made (a test or a
    benchmark asking for 1920x1080) is left alone.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._size = window.size()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            if watched.size() == self._size:
                QTimer.singleShot(0, watched, lambda: keep_on_screen(watched))
            self.deleteLater()
        return False


def keep_on_screen_when_shown(window: QWidget) -> None:
    """:func:`keep_on_screen` now, and again when the window first shows with its frame."""
    keep_on_screen(window)
    window.installEventFilter(_FirstShow(window))
