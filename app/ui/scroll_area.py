"""The scroll area the side docks wrap their forms in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QWidget


def form_scroll_area(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` in a frameless area that scrolls down only: a narrow dock wraps its form instead of cutting it."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
