"""Inspector fields that never cut a value off silently: an elided text ("Ressources hu…"), the whole as tooltip.

French labels take room; at the dock's default width a value may not fit.
:class:`ElidingCombo` draws its current text elided with "…" and
:func:`show_start` puts a one-line field's start in view; both give the
full value as tooltip when it does not fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyle, QStyleOptionComboBox, QStylePainter


class ElidingCombo(QComboBox):
    """A combo box whose current text is elided to its width, the full text in the tooltip."""

    def _label_width(self, option: QStyleOptionComboBox) -> int:
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        icon = option.iconSize.width() + 4 if not option.currentIcon.isNull() else 0
        return max(0, field.width() - icon - 2)

    def shown_text(self) -> str:
        """The current text as drawn (elided with "…" when it does not fit)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                             self._label_width(option))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        full = option.currentText
        option.currentText = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight,
                                                           self._label_width(option))
        self.setToolTip(full if option.currentText != full else "")
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class StartLineEdit(QLineEdit):
    """A one-line field that, when its text is wider than itself, shows the text's beginning until used.

    The cursor is only parked at the start for the eye: the first key typed
    or focus by keyboard puts it back at the end, as in any field.
    """

    _parked = False

    def show_start(self) -> None:
        """Put the beginning of a long text in view; the whole text is the tooltip."""
        text = self.text()
        self.setToolTip(text)
        if not self.hasFocus() and self.fontMetrics().horizontalAdvance(text) > self.contentsRect().width() - 8:
            self.setCursorPosition(0)
            self._parked = True

    def _unpark(self) -> None:
        if self._parked and not self.hasSelectedText():
            self.end(False)
        self._parked = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.MouseFocusReason:
            self._parked = False  # the click placed the cursor
        else:
            self._unpark()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._unpark()
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.show_start()
