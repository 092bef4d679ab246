"""The presenter's notes: what the laptop shows while the projector shows the stage.

With a second screen the map goes to the projector and the editor stays on
the laptop with this panel: the stage in focus, its cards, its pain points
and the actions on them, and what comes next.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.ui.document import ProjectDocument
from app.ui.presentation_details import stage_notes


class PresenterNotes(QWidget):
    """Notes on the stage in focus (a dock of the main window during a presentation)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenter_notes")
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)

    def show_stage(self, document: ProjectDocument, stages: list[tuple[int, str]], index: int) -> None:
        """Notes for stage ``index`` of ``stages`` ((id, name) in order)."""
        if not stages:
            self.heading.setText(self.tr("This journey has no stage."))
            self.text.clear()
            return
        stage_id, name = stages[index]
        self.heading.setText(self.tr("Stage %1 of %2: %3").replace("%1", str(index + 1))
                             .replace("%2", str(len(stages))).replace("%3", name))
        notes = stage_notes(document.session, stage_id)
        parts = []
        nothing = html.escape(self.tr("None"))
        for title, lines in ((self.tr("Pain points"), notes["irritants"]), (self.tr("Actions"), notes["actions"]),
                             (self.tr("Cards"), notes["cards"])):
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines) or f"<li>{nothing}</li>"
            parts.append(f"<h3>{html.escape(title)}</h3><ul>{items}</ul>")
        if index + 1 < len(stages):
            parts.append("<p><b>" + html.escape(self.tr("Next: %1").replace("%1", stages[index + 1][1])) + "</b></p>")
        self.text.setHtml("".join(parts))

    def plain_text(self) -> str:
        """The notes as plain text (what a test reads)."""
        return self.heading.text() + "\n" + self.text.toPlainText()
