"""The Find bar above the map: type to highlight matching cards, Enter walks through them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    """A search field with previous/next buttons and a count; Escape closes it."""

    #: The text to find changed.
    text_changed = Signal(str)
    #: Go to the next (1) or previous (-1) match.
    step_requested = Signal(int)
    #: The bar was closed.
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.field.returnPressed.connect(lambda: self.step_requested.emit(1))
        previous.clicked.connect(lambda: self.step_requested.emit(-1))
        following.clicked.connect(lambda: self.step_requested.emit(1))
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar and put the cursor in the field."""
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and clear the highlight."""
        self.hide()
        self.closed.emit()

    def show_count(self, count: int) -> None:
        """Say how many cards match."""
        if not self.field.text().strip():
            self.count.setText("")
        elif count == 0:
            self.count.setText(self.tr("No match"))
        else:
            self.count.setText(self.tr("%n match(es)").replace("%n", str(count)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
