"""The main window's two pages: the start screen, and the map between the Find bar and the first-steps hint.

:class:`WindowPages` is the window's central widget. On the start screen the
docks have nothing to show: it hides them, and shows them again as they were
when a project opens.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDockWidget, QStackedWidget, QVBoxLayout, QWidget

from app.ui.find_bar import FindBar
from app.ui.first_steps import FirstStepsHint
from app.ui.start_screen import StartScreen


class WindowPages(QStackedWidget):
    """The start screen or the map page, and the docks hidden while the start screen shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_screen = StartScreen(self)
        self.map_page = QWidget(self)
        #: The map page's column: the Find bar, the map, then the first-steps hint. The hint is below the map:
        #: it goes when the first card is made, and the map must not move up under the double-click that made it.
        column = QVBoxLayout(self.map_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.find_bar = FindBar(self.map_page)
        column.addWidget(self.find_bar)
        #: Where the map's view goes (one per document).
        self.map_layout = QVBoxLayout()
        self.map_layout.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.map_layout, 1)
        self.first_steps = FirstStepsHint(self.map_page)  # issue 13: what to do on an empty map
        column.addWidget(self.first_steps)
        self.addWidget(self.start_screen)
        self.addWidget(self.map_page)
        #: Visibility of the docks while the start screen hides them (None: not on the start screen).
        self._docks_before_start: dict[QDockWidget, bool] | None = None

    def show_start(self, docks: Iterable[QDockWidget]) -> None:
        """The start screen, with ``docks`` hidden (they have nothing to show without a project)."""
        if self._docks_before_start is None:
            docks = tuple(docks)
            self._docks_before_start = {dock: not dock.isHidden() for dock in docks}
            for dock in docks:
                dock.hide()
        self.setCurrentWidget(self.start_screen)

    def show_map(self) -> None:
        """The map page, the docks as the user left them."""
        self.restore_docks()
        self.setCurrentWidget(self.map_page)

    def restore_docks(self) -> None:
        """Show the docks the start screen hid (closing remembers the docks as the user left them)."""
        if self._docks_before_start is not None:
            for dock, shown in self._docks_before_start.items():
                dock.setVisible(shown)
            self._docks_before_start = None
