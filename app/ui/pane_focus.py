"""View > Maximise the bottom pane: the curve, the action plan or the KPIs take the map's place for a while.

On a 1280x720 laptop the bottom pane shows three rows of the action plan, or one department of the road
map. Toggling this folds the map (the window's central widget) to no height: the bottom dock area takes its
height, and the docks beside it keep their widths.
Toggling again, or anything that needs the map (a zoom, Fit, Find, "Show on map", the start screen, another
project), brings the map back at the pane height the user had.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QTabBar


class BottomPaneFocus(QObject):
    """A checkable action folding the window's central widget so the bottom docks fill its height."""

    def __init__(self, window: QMainWindow, docks: Iterable[QDockWidget]) -> None:
        super().__init__(window)
        self._window = window
        self._docks = tuple(docks)
        # The bottom pane's height before it filled the window (restored with the map).
        self._height_before: tuple[QDockWidget, int] | None = None
        # The map page's height limits while it is folded.
        self._limits_before = (0, 16777215)
        self.action = QAction(QCoreApplication.translate("PaneFocus", "Maximise the bottom pane"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.action.setToolTip(QCoreApplication.translate(
            "PaneFocus", "The curve, action plan or KPIs fill the window; again to bring the map back"))
        self.action.toggled.connect(self._set)

    @property
    def maximised(self) -> bool:
        """True while the bottom pane fills the window."""
        return self.action.isChecked()

    def restore(self) -> None:
        """Bring the map back (a no-op when it is shown)."""
        self.action.setChecked(False)

    def follow_pages(self, pages: QStackedWidget) -> None:
        """Give the map back whenever the central pages change (the start screen, another project)."""
        pages.currentChanged.connect(lambda _index: self.restore())

    def follow(self, actions: Iterable[QAction]) -> None:
        """``actions`` act on the map: triggering one first brings the map back."""
        for action in actions:
            action.triggered.connect(self.restore)

    def _shown_dock(self) -> QDockWidget | None:
        shown = [dock for dock in self._docks if dock.isVisible() and not dock.isFloating()]
        return shown[0] if shown else None

    def _set(self, maximised: bool) -> None:
        central = self._window.centralWidget()
        if central is None:
            return
        if maximised:
            dock = self._shown_dock()
            if dock is None:  # nothing at the bottom to give the room to: the map stays
                self.action.setChecked(False)
                return
            self._height_before = (dock, dock.height())
            # The map's page folds to no height (not hidden: the docks beside it keep their widths, and the room
            # goes to the bottom pane alone).
            self._limits_before = (central.minimumHeight(), central.maximumHeight())
            central.setMinimumHeight(0)
            central.setMaximumHeight(0)
        else:
            low, high = self._limits_before
            central.setMinimumHeight(low)
            central.setMaximumHeight(high)
            if self._height_before is not None:
                dock, height = self._height_before
                self._height_before = None
                # After the layout has taken the map back: before, the area's new share is not known yet.
                QTimer.singleShot(0, lambda: self._give_back(dock, height))

    def _give_back(self, dock: QDockWidget, height: int) -> None:
        """Size ``dock`` back to ``height``: Qt sizes a tabbed dock's group, its tab bar included."""
        bar = next((bar for bar in self._window.findChildren(QTabBar) if bar.isVisible() and dock.windowTitle() in {
            bar.tabText(index) for index in range(bar.count())}), None)
        extra = bar.height() if bar is not None else 0
        self._window.resizeDocks([dock], [height + extra], Qt.Orientation.Vertical)
