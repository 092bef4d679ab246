"""Editing a title in place, over the canvas: Enter commits, Escape cancels, leaving commits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class InlineEditor(QLineEdit):
    """A line edit laid over a card or a header; emits one of its two signals, once."""

    #: The edit ended with this text (Enter, Tab or leaving the field).
    committed = Signal(str)
    #: The edit was abandoned (Escape).
    cancelled = Signal()

    def __init__(self, parent: QWidget, text: str, rect: QRect, font: QFont) -> None:
        super().__init__(text, parent)
        self._done = False
        self.setFont(font)
        self.setGeometry(rect)
        self.setFrame(True)
        self.setStyleSheet("QLineEdit { background: #FFFFFF; border: 2px solid #1A73E8; padding: 1px 3px; }")
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish(commit=True)
        elif event.key() == Qt.Key.Key_Escape:
            self._finish(commit=False)
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        # Tab would move the focus away: treat it as Enter.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)):
            self._finish(commit=True)
            return True
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._finish(commit=True)

    def _finish(self, *, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        if commit:
            self.committed.emit(self.text())
        else:
            self.cancelled.emit()
        self.hide()
        self.deleteLater()
