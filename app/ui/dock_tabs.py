"""The tabs of tabbed docks keep their whole titles: scroll arrows when they do not fit, never "Par…" / "P…".

Qt elides the titles of a tab group's tabs to share its width, so in a 1280x720 window in French the
right dock group read "Par… Insp… P… Per… Commen…": two tabs both began with "P", and none could be read.
Qt makes the group's tab bars itself, when docks are tabified (by the window, by a restored layout, or by
the user dropping one dock on another), as children of the main window: each one is set up once polished.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QTabBar


def _keep_titles_whole(bar: QTabBar) -> None:
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)


class _DockTabBars(QObject):
    """Sets up each tab bar the main window's dock layout makes, when it is polished (fully built)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QChildEvent) and event.type() == QEvent.Type.ChildPolished:
            child = event.child()
            if isinstance(child, QTabBar):
                _keep_titles_whole(child)
        return False


def keep_dock_tab_titles_whole(window: QMainWindow) -> QObject:
    """Every dock tab bar of ``window``, now and later, shows whole titles; returns the filter (owned by it)."""
    watcher = _DockTabBars(window)
    window.installEventFilter(watcher)
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        _keep_titles_whole(bar)
    return watcher
