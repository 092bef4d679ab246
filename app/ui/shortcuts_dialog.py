"""Help > Keyboard shortcuts: every key of the window, read from its actions, and of presentation mode."""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model.errors import QT_TRANSLATE_NOOP

#: The keys of the map that are not window actions: key, what it does.
MAP_KEYS = (
    ("Arrows, Shift+Arrows", QT_TRANSLATE_NOOP("Shortcuts", "Map: go from card to card, extend the selection")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "Map: walk the cards in reading order")),
    ("Enter, F2", QT_TRANSLATE_NOOP("Shortcuts", "Map: rename the card, lane or stage")),
    ("Insert", QT_TRANSLATE_NOOP("Shortcuts", "Map: add a card after the current one")),
    ("Alt+Arrows", QT_TRANSLATE_NOOP("Shortcuts", "Map: move the selected cards")),
    ("Ctrl+Wheel", QT_TRANSLATE_NOOP("Shortcuts", "Map: zoom around the mouse")),
    ("Space+Drag", QT_TRANSLATE_NOOP("Shortcuts", "Map: pan")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Map: cancel a drag or an edit")),
)

#: The keys of presentation mode (they are not window actions): key, what it does.
PRESENTATION_KEYS = (
    ("Right, PageDown, Space", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: next stage")),
    ("Left, PageUp, Backspace", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: previous stage")),
    ("Home, End", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: first, last stage")),
    ("1…9, Enter", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: go to the stage of that number")),
    ("Up, Down", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: scroll the lanes")),
    ("B, W", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: blank the screen black, white (any key comes back)")),
    ("L", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: laser pointer on or off")),
    ("D, P, I, C", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: only one department, one persona, "
                                                  "only pain points; clear the filters")),
    ("E", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: live edit on or off")),
    ("F2, Insert, +, -", QT_TRANSLATE_NOOP("Shortcuts", "Live edit: type the title, add a card, change the score")),
    ("V", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: start or end a dot vote")),
    ("R", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: show or hide the pain points ranked by the vote")),
    ("Tab, Up, Down, Enter, -", QT_TRANSLATE_NOOP("Shortcuts", "Dot vote: next participant, pick a card, "
                                                               "place a dot, take it back")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Presentation: close the enlarged card, end the vote, leave")),
)


#: The first of Qt's keys for dedicated keyboard buttons (Back, Open, Save, Copy...): not keys people type.
_FIRST_MEDIA_KEY = 0x01000061
#: Undo and Redo actions show the next command in their text: listed under their plain names.
_PLAIN_NAMES = {"undo": QT_TRANSLATE_NOOP("MainWindow", "&Undo"), "redo": QT_TRANSLATE_NOOP("MainWindow", "&Redo")}


class _KeyCombinations(Protocol):
    def __getitem__(self, index: int) -> QKeyCombination: ...


def _typed(key: QKeySequence) -> bool:
    # PySide6's stubs lack QKeySequence.__getitem__ (Qt's operator[], the n-th key combination).
    code = cast(_KeyCombinations, key)[0].key().value if key.count() else 0
    return not _FIRST_MEDIA_KEY <= code < Qt.Key.Key_unknown.value


def action_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(keys, what) of every window action that has a key, in the order the actions were made."""
    rows = []
    for name, action in actions.items():
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts() if _typed(key)]
        if keys:
            text = QCoreApplication.translate("MainWindow", _PLAIN_NAMES[name]) if name in _PLAIN_NAMES \
                else action.text()
            rows.append((", ".join(keys), text.replace("&", "").rstrip("…").strip()))
    return rows


class ShortcutsDialog(QDialog):
    """A table of keys and what they do."""

    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = action_rows(actions) + [(keys, QCoreApplication.translate("Shortcuts", text))
                                       for keys, text in MAP_KEYS + PRESENTATION_KEYS]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def rows(self) -> list[tuple[str, str]]:
        """The table's rows (keys, what)."""
        return [(self._text(row, 0), self._text(row, 1)) for row in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
