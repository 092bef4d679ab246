"""A first-steps hint under an empty map: how to add the first cards (hidden once there is one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from app.ui.canvas.scene import MapScene


class FirstStepsHint(QLabel):
    """Shown while the journey on the map has no card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("First steps: double-click a cell to add a card and type its title; drag a kind of "
                             "card or a channel from the palette; right-click a lane or stage header to add, "
                             "rename or delete it."))
        self.setWordWrap(True)
        self.setObjectName("first_steps_hint")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setContentsMargins(12, 6, 12, 6)
        # Palette roles, not a style sheet: they follow a theme switch (a style sheet keeps the colours it began with).
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.hide()

    def follow(self, scene: MapScene | None) -> None:
        """Show the hint when ``scene`` shows a journey without cards; hide it otherwise."""
        empty = scene is not None and scene.data is not None and not scene.data.cards
        self.setVisible(empty)
