"""The Find bar above the map: type to highlight matching cards, Enter walks through them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from app.ui.canvas.controller import CanvasController


class FindBar(QWidget):
    """A search field with previous/next buttons and a count; Escape closes it.

    It finds through the canvas controller given to :meth:`set_controller`
    (the controller highlights the matches and selects them one by one).
    """

    #: The text to find changed.
    text_changed = Signal(str)
    #: Go to the next (1) or previous (-1) match.
    step_requested = Signal(int)
    #: The bar was closed.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller: CanvasController | None = None
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find cards…"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        previous = QToolButton(self)
        previous.setText("▲")
        previous.setToolTip(self.tr("Previous match"))
        following = QToolButton(self)
        following.setText("▼")
        following.setToolTip(self.tr("Next match"))
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.field.textChanged.connect(self.text_changed)
        self.field.textChanged.connect(self._on_field_text_changed)
        self.field.returnPressed.connect(lambda: self.step(1))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        close.clicked.connect(self.close_bar)
        self.hide()

    def set_controller(self, controller: CanvasController | None) -> None:
        """Find on the canvas of ``controller`` (None: no project; the bar hides and forgets its text)."""
        self._controller = controller
        if controller is None:
            self.hide()
            self.field.clear()

    def refresh(self) -> None:
        """Find the text again (the map shows another journey)."""
        if not self.isHidden():
            self._on_field_text_changed(self.field.text())

    def step(self, step: int) -> None:
        """Select the next (1) or previous (-1) match."""
        self.step_requested.emit(step)
        if self._controller is not None:
            self._controller.find_next(step)

    def _on_field_text_changed(self, text: str) -> None:
        if self._controller is not None:
            self.show_count(self._controller.find(text))

    def open_bar(self) -> None:
        """Show the bar and put the cursor in the field."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and clear the highlight."""
        self.hide()
        if self._controller is not None:
            self._controller.find("")
        self.closed.emit()

    def show_count(self, count: int) -> None:
        """Say how many cards match."""
        if not self.field.text().strip():
            self.count.setText("")
        elif count == 0:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(self.tr("%n match(es)").replace("%n", str(count)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
