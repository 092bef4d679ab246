"""The Comments dock: threads on the selected card or stage (or the whole journey); add, answer, resolve.

Anyone in the room can leave a comment (author, date, text) on a card, a
stage or the journey. Each is an undoable command; cards show the number of
open comments as a badge (:mod:`app.ui.votes_badges`). Comments are kept in
the project and exported to JSON, never printed on the poster.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.model import comments as queries
from app.model import dates, ops
from app.model.errors import ParcoursError
from app.model.ops import Change, Op
from app.model.schema import Card, Journey, Stage
from app.ui import settings
from app.ui.commands import GenericCommand, push
from app.ui.document import ProjectDocument
from app.ui.panels import touched_tables

if TYPE_CHECKING:
    from app.ui.canvas.scene import MapScene

translate = QCoreApplication.translate


class CommentsHost(Protocol):
    """What the panel uses of the window: its map and document (None on the start screen), its status bar."""

    @property
    def scene(self) -> MapScene | None:
        """The scene of the map shown."""

    @property
    def document(self) -> ProjectDocument | None:
        """The open document."""

    def statusBar(self) -> QStatusBar:  # noqa: N802 - QMainWindow's name, which the window provides
        """Where a refused edit is said."""


def default_author() -> str:
    """The name last used for a comment, else the user's login."""
    stored = settings.settings().value("comments/author", "")
    if isinstance(stored, str) and stored:
        return stored
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


class CommentsPanel(QWidget):
    """Comments on the selection, with their answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comments_panel")
        self.window_: CommentsHost | None = None
        self._scene: MapScene | None = None
        self._document: ProjectDocument | None = None
        self._shown_journey: int | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.whole_journey = QCheckBox(self.tr("Whole journey"), self)
        self.whole_journey.toggled.connect(self.refresh)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("Author"), self.tr("Date")])
        self.tree.setWordWrap(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.author = QLineEdit(default_author(), self)
        self.author.setPlaceholderText(self.tr("Your name"))
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("Type a comment…"))
        self.text.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("Comment"), self)
        self.answer_button = QPushButton(self.tr("Answer"), self)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.add_comment)
        self.answer_button.clicked.connect(self.answer)
        self.resolve_button.clicked.connect(self.toggle_resolved)
        self.delete_button.clicked.connect(self.delete)
        # Two rows of two: four buttons side by side held the right docks 360 pixels wide.
        buttons = QGridLayout()
        for index, button in enumerate((self.add_button, self.answer_button, self.resolve_button,
                                        self.delete_button)):
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.whole_journey)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.author)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.set_window(None)

    # ------------------------------------------------------------------ following the window

    def set_window(self, window: CommentsHost | None) -> None:
        """Follow ``window``'s document and selection (None: nothing)."""
        if self.window_ is not None and self._scene is not None and self._document is not None:
            for signal, slot in ((self._scene.selectionChanged, self.refresh),
                                 (self._scene.header_selected, self._on_header_selected),
                                 (self._scene.layout_changed, self._on_layout_changed),
                                 (self._document.changed, self._on_document_changed)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self.window_ = window
        self._scene = window.scene if window is not None else None
        self._document = window.document if window is not None else None
        if self._scene is not None and self._document is not None:
            self._scene.selectionChanged.connect(self.refresh)
            self._scene.header_selected.connect(self._on_header_selected)
            self._scene.layout_changed.connect(self._on_layout_changed)
            self._document.changed.connect(self._on_document_changed)
        self.refresh()

    def _on_header_selected(self, *_args: object) -> None:
        self.refresh()

    def _on_layout_changed(self) -> None:
        if self._scene is not None and self._scene.journey_id != self._shown_journey:
            self.refresh()  # another journey is shown

    def _on_document_changed(self, change: Change) -> None:
        if touched_tables(change) & {"comment", "card", "stage", "journey"}:
            self.refresh()

    def target(self) -> tuple[str, int] | None:
        """What a new comment is on: the selected card, else the current stage, else the journey."""
        scene = self._scene
        if scene is None or scene.journey_id is None:
            return None
        cards = scene.selected_card_ids()
        if len(cards) == 1:
            return ("card", cards[0])
        if scene.current_header is not None and scene.current_header[0] == "stage":
            return ("stage", scene.current_header[1])
        return ("journey", scene.journey_id)

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Show the threads of the target (or of the whole journey)."""
        self.tree.clear()
        target = self.target()
        self._shown_journey = self._scene.journey_id if self._scene is not None else None
        enabled = target is not None
        for widget in (self.add_button, self.text, self.author, self.whole_journey):
            widget.setEnabled(enabled)
        journey_id = self._shown_journey
        if target is None or journey_id is None or self._document is None:
            self.heading.setText(self.tr("Open a project to comment on its journeys."))
            self._update_buttons()
            return
        session = self._document.session
        self.heading.setText(self.tr("Comments on %1").replace("%1", self._describe(session, target)))
        shown = None if self.whole_journey.isChecked() else target
        for thread in queries.threads(session, journey_id, shown):
            self.tree.addTopLevelItem(self._item(thread))
        self.tree.expandAll()
        self._update_buttons()

    def _describe(self, session: Session, target: tuple[str, int]) -> str:
        kind, item_id = target
        if kind == "card":
            name = session.scalar(select(Card.title).where(Card.id == item_id))
        elif kind == "stage":
            name = session.scalar(select(Stage.name).where(Stage.id == item_id))
        else:
            name = session.scalar(select(Journey.title).where(Journey.id == item_id))
        label = {"card": self.tr("the card “%1”"), "stage": self.tr("the stage “%1”"),
                 "journey": self.tr("the journey “%1”")}[kind]
        return label.replace("%1", name or "")

    def _item(self, thread: queries.Thread) -> QTreeWidgetItem:
        text = ("✓ " if thread.resolved else "") + thread.text
        when = dates.datetime_text(dates.local_time(thread.created_at), i18n.current_language())
        item = QTreeWidgetItem([text, thread.author, when])
        item.setData(0, Qt.ItemDataRole.UserRole, thread.id)
        item.setData(1, Qt.ItemDataRole.UserRole, thread.resolved)
        item.setToolTip(0, thread.text)
        if thread.resolved:
            font = QFont(item.font(0))
            font.setItalic(True)
            item.setFont(0, font)
        for answer in thread.answers:
            item.addChild(self._item(answer))
        return item

    def selected_comment(self) -> int | None:
        """The comment chosen in the list."""
        items = self.tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        chosen = self.selected_comment() is not None
        for button in (self.answer_button, self.resolve_button, self.delete_button):
            button.setEnabled(chosen)
        items = self.tree.selectedItems()
        resolved = bool(items and items[0].data(1, Qt.ItemDataRole.UserRole))
        self.resolve_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))

    def focus_new_comment(self) -> None:
        """Put the cursor in the comment box."""
        self.text.setFocus()

    # ------------------------------------------------------------------ edits

    def add_comment(self) -> None:
        """A new thread on the target, with the typed text."""
        target = self.target()
        if target is None or self._scene is None:
            return
        kind, item_id = target
        where = {"card_id": item_id} if kind == "card" else {"stage_id": item_id} if kind == "stage" else {}
        self._push(Op(ops.add_comment, {"journey_id": self._scene.journey_id, "text": self.text.toPlainText(),
                                      "author": self.author.text().strip(), **where}),
                   translate("commands", "Add comment"))

    def answer(self) -> None:
        """Answer the chosen comment with the typed text."""
        parent = self.selected_comment()
        if parent is not None and self._scene is not None:
            self._push(Op(ops.add_comment, {"journey_id": self._scene.journey_id, "text": self.text.toPlainText(),
                                          "author": self.author.text().strip(), "parent_id": parent}),
                       translate("commands", "Answer comment"))

    def toggle_resolved(self) -> None:
        """Resolve the chosen comment (or open it again)."""
        items = self.tree.selectedItems()
        if items:
            resolved = bool(items[0].data(1, Qt.ItemDataRole.UserRole))
            text = translate("commands", "Reopen comment") if resolved else translate("commands", "Resolve comment")
            self._push(Op(ops.update_comment, {"comment_id": items[0].data(0, Qt.ItemDataRole.UserRole),
                                             "resolved": not resolved}), text, keep_text=True)

    def delete(self) -> None:
        """Delete the chosen comment and its answers."""
        comment = self.selected_comment()
        if comment is not None:
            self._push(Op(ops.delete_comment, {"comment_id": comment}), translate("commands", "Delete comment"),
                       keep_text=True)

    def _push(self, op: Op, text: str, *, keep_text: bool = False) -> None:
        if self._document is None:
            return
        try:
            push(self._document, GenericCommand(self._document, op, text))
        except ParcoursError as error:
            if self.window_ is not None:
                self.window_.statusBar().showMessage(error.message(i18n.translate), 8000)
            return
        if self.author.text().strip():
            settings.settings().setValue("comments/author", self.author.text().strip())
        if not keep_text:
            self.text.clear()
