"""Live edit in presentation mode: quick edits the room asks for, as ordinary undoable commands.

Off by default, so a stray click never changes the map on the wall; E
switches it on and off. While off, every edit gesture is refused with a
sentence and nothing is written. While on: a click marks a card, a
double-click types its title (or, on an empty part of a cell, a new card's),
F2 types the marked card's title, Insert adds a card after it, + and -
change its score. Ctrl+Z undoes, as in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from app import i18n
from app.model.enums import LaneKind
from app.model.errors import ParcoursError
from app.ui import theme as fonts
from app.ui.commands import AddCardCommand, EditCardCommand, push
from app.ui.presentation_host import LiveEditHost

translate = QCoreApplication.translate

#: Lanes a new card may go into from presentation mode (the emotion curve holds none).
_NO_CARDS = {LaneKind.EMOTIONS}


class TitleEditor(QLineEdit):
    """A one-line editor over the map: Enter commits, Esc cancels (and never leaves the presentation)."""

    #: The text to keep.
    committed = Signal(str)
    #: Editing was given up.
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit(self.text())
            return
        super().keyPressEvent(event)


class LiveEdits:
    """The live-edit switch of a :class:`~app.ui.presentation.PresentationView` and its gestures."""

    def __init__(self, view: LiveEditHost, editor_parent: QWidget) -> None:
        self.view = view
        #: The widget the title editor is drawn on (the presentation itself).
        self._editor_parent = editor_parent
        self.enabled = False
        #: The card + and - and F2 act on.
        self.marked: int | None = None
        self.editor: TitleEditor | None = None

    # ------------------------------------------------------------------ state

    def editing(self) -> bool:
        """Whether a title is being typed."""
        return self.editor is not None

    def toggle(self) -> None:
        """Live edit on or off."""
        self.enabled = not self.enabled
        if not self.enabled:
            self.cancel()
            self.marked = None
        self.view.show_message(translate("Presentation", "Live edit on: changes are saved as you make them.")
                               if self.enabled else translate("Presentation", "Live edit off: the map is read-only."))

    def refuse(self) -> None:
        """Say why nothing happened."""
        self.view.show_message(translate("Presentation", "The presentation is read-only: press E for live edit."))

    def undo_or_redo(self, undo: bool) -> None:
        """Ctrl+Z / Ctrl+Y in the room: only while editing live or voting (the map is read-only otherwise)."""
        view = self.view
        if not (self.enabled or view.votes.active):
            self.refuse()
            return
        stack = view.document.undo_stack
        if undo and stack.canUndo():
            view.show_message(translate("Presentation", "Undone: %1").replace("%1", stack.undoText()))
            stack.undo()
        elif not undo and stack.canRedo():
            view.show_message(translate("Presentation", "Redone: %1").replace("%1", stack.redoText()))
            stack.redo()

    # ------------------------------------------------------------------ gestures

    def handle_key(self, event: QKeyEvent) -> bool:
        """E, F2, Insert, + and -; True when the key was one of them."""
        key = event.key()
        if key == Qt.Key.Key_E:
            self.toggle()
            return True
        if key not in (Qt.Key.Key_F2, Qt.Key.Key_Insert, Qt.Key.Key_Plus, Qt.Key.Key_Minus, Qt.Key.Key_Equal):
            return False
        if not self.enabled:
            self.refuse()
            return True
        if self.marked is None:
            self.view.show_message(translate("Presentation", "Click a card first."))
        elif key == Qt.Key.Key_F2:
            self.edit_title(self.marked)
        elif key == Qt.Key.Key_Insert:
            data = self.view.data
            card = data.cards.get(self.marked) if data else None
            if data is not None and card is not None:  # right after it (by index: positions may have gaps)
                cell = data.cells[(card.lane_id, card.stage_id)]
                self.new_card(card.lane_id, card.stage_id, cell.index(card.id) + 1)
        else:
            self.change_score(self.marked, -1.0 if key == Qt.Key.Key_Minus else 1.0)
        return True

    def click(self, card_id: int | None) -> None:
        """Mark ``card_id`` (live edit on)."""
        self.marked = card_id

    def double_click(self, pos: QPointF) -> None:
        """Type the title of the card under ``pos``, or of a new card in the cell under it."""
        if not self.enabled:
            self.refuse()
            return
        view = self.view
        card_id = view.card_at(pos)
        if card_id is not None:
            self.marked = card_id
            self.edit_title(card_id)
            return
        scene = view.to_scene(pos)
        cell = view.map_layout.cell_at(scene.x(), scene.y()) if view.map_layout else None
        kinds = {lane.id: lane.kind for lane in view.data.lanes} if view.data else {}
        if cell is None or kinds.get(cell[0]) in _NO_CARDS:
            return
        self.new_card(cell[0], cell[1], None)

    # ------------------------------------------------------------------ edits

    def change_score(self, card_id: int, step: float) -> None:
        """Raise or lower a card's score by one (an unscored card starts at the middle of the scale)."""
        data = self.view.data
        card = data.cards.get(card_id) if data else None
        if data is None or card is None:
            return
        low, high = data.scale.low, data.scale.high
        score = data.scale.neutral if card.score is None else card.score + step
        self._push(EditCardCommand(self.view.document, card_id, merge=False, score=min(high, max(low, score))))

    def edit_title(self, card_id: int) -> None:
        """Type the title of a card over it."""
        box = self.view.map_layout.cards.get(card_id) if self.view.map_layout else None
        card = self.view.data.cards.get(card_id) if self.view.data else None
        if box is None or card is None:
            return
        self._open_editor(self.view.to_screen(box.rect), card.title,
                          lambda text: text != card.title and self._push(
                              EditCardCommand(self.view.document, card_id, merge=False, title=text)))

    def new_card(self, lane_id: int, stage_id: int, index: int | None) -> None:
        """Type the title of a new card for a cell; the card is made when Enter is pressed."""
        rect = self.view.map_layout.cells.get((lane_id, stage_id)) if self.view.map_layout else None
        if rect is None:
            return
        area = self.view.to_screen(rect)
        area.setHeight(min(area.height(), 60.0 * self.view.zoom))
        self._open_editor(area, "", lambda text: text.strip() and self._push(
            AddCardCommand(self.view.document, lane_id, stage_id, index=index, title=text)))

    def _open_editor(self, rect: QRectF, text: str, commit) -> None:
        self.cancel()
        editor = TitleEditor(self._editor_parent)
        editor.setFont(fonts.pixel_font(20.0 * self.view.zoom, True))
        editor.setText(text)
        editor.selectAll()
        editor.setGeometry(rect.toAlignedRect().adjusted(0, 0, 0, 0))
        editor.setMinimumHeight(int(34 * self.view.zoom))

        def finish(value: str | None) -> None:
            self.cancel()
            if value is not None:
                commit(value)

        editor.committed.connect(lambda value: finish(value))
        editor.cancelled.connect(lambda: finish(None))
        self.editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel(self) -> None:
        """Close the title editor without changing anything."""
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.hide()
            editor.deleteLater()
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _push(self, command) -> bool:
        try:
            push(self.view.document, command)
        except ParcoursError as error:
            self.view.show_message(error.message(i18n.translate))
            return False
        return True
