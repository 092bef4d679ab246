"""What the docks' panels share: following the open document, and saying what the model refused.

A panel (inspector, journey, evidence, project, catalogues, the method's
views...) listens to :attr:`~app.ui.document.ProjectDocument.changed` and
re-reads the model when a change touched the tables it shows; each user
edit is one command, and when the model refuses it, a :class:`RefusalLabel`
shows the model's sentence until the next edit goes through.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from app import i18n
from app.model.errors import ParcoursError
from app.model.ops import Change
from app.ui import theme
from app.ui.commands import OpCommand, push
from app.ui.document import ProjectDocument


def touched_tables(change: Change) -> set[str]:
    """The tables in which ``change`` created, updated or deleted rows."""
    return set(change.created) | set(change.updated) | set(change.deleted)


def follow_changes(old: ProjectDocument | None, new: ProjectDocument | None,
                   slot: Callable[[Change], None]) -> ProjectDocument | None:
    """Connect ``slot`` to the changes of ``new`` (none: to nothing) instead of ``old``'s; ``new``."""
    if old is not None:
        old.changed.disconnect(slot)
    if new is not None:
        new.changed.connect(slot)
    return new


def scrolled(widget: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` in a frameless scroll area that scrolls up and down only (the docks' forms)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


class RefusalLabel(QLabel):
    """The model's sentence when it refused the last edit, in red; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        theme.mark_alert(self)  # red that reads in the light and the dark theme
        self.hide()

    def say(self, error: ParcoursError) -> None:
        """Show why the model refused (in the user's language)."""
        self.setText(error.message(i18n.translate))
        self.show()

    def push(self, command: OpCommand, on_refused: Callable[[], None] | None = None) -> Any:
        """Push ``command`` and hide; on a refusal say why, call ``on_refused`` and return None.

        The command's result otherwise (e.g. the id of a new row).
        """
        try:
            result = push(command.document, command)
        except ParcoursError as error:
            self.say(error)
            if on_refused is not None:
                on_refused()
            return None
        self.hide()
        return result
