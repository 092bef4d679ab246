"""The dialog that opens a dot-vote round: its title, the dots each, and who votes (named or numbered)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)


class VoteRoundDialog(QDialog):
    """Participants (one name a line, or just a number of them) and the dots each may place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dot vote"))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Which pain points first?"))
        self.dots = QSpinBox(self)
        self.dots.setRange(1, 99)
        self.dots.setValue(3)
        self.participants = QPlainTextEdit(self)
        self.participants.setPlaceholderText(self.tr("One name a line, or a number (8 numbered participants)"))
        self.participants.setPlainText("5")
        self.participants.setTabChangesFocus(True)
        # The placeholder hides behind the default "5": the same advice stays in sight under the box.
        self.participants_hint = QLabel(self.tr("One name a line, or how many take part (numbered 1, 2, 3…)."), self)
        self.participants_hint.setWordWrap(True)
        self.participants_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint = QLabel(self.tr("Click a card to place a dot; Tab passes to the next participant."), self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Dots each"), self.dots)
        form.addRow(self.tr("Participants"), self.participants)
        form.addRow("", self.participants_hint)
        form.addRow(self.hint)
        form.addRow(buttons)

    def round_spec(self) -> tuple[list[str], int, str]:
        """(participant names, dots each, title); a lone number n gives participants "1".."n"."""
        lines = [line.strip() for line in self.participants.toPlainText().splitlines() if line.strip()]
        if len(lines) == 1 and lines[0].isdigit():
            names = [str(number) for number in range(1, min(int(lines[0]), 200) + 1)]
        else:
            names = lines
        return names, self.dots.value(), self.title.text().strip()
