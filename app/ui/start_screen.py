"""What a window shows with no project: New, Open, recent files and the built-in samples."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QStyle, QVBoxLayout, QWidget,
)

from app.ui import settings

_DATA = Qt.ItemDataRole.UserRole + 1


_MOUSE_BUTTON_EVENTS = frozenset((QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                                  QEvent.Type.MouseButtonRelease))


class _GestureSwallower(QObject):
    """Eats the mouse buttons for one double-click interval, then removes itself."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._until = time.monotonic() + (QApplication.doubleClickInterval() + 50) / 1000.0
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() not in _MOUSE_BUTTON_EVENTS:
            return False
        if time.monotonic() < self._until:
            return True
        self._app.removeEventFilter(self)
        self.deleteLater()
        return False


def swallow_gesture() -> None:
    """Ignore mouse buttons until a double-click begun now is over (what opens a page swallows the rest of the gesture)."""
    app = QApplication.instance()
    if app is not None:
        _GestureSwallower(app)


class StartScreen(QWidget):
    """The empty window's page; it only asks, the window acts."""

    #: New blank project.
    new_requested = Signal()
    #: Show the Open dialog.
    open_requested = Signal()
    #: Open this recent file.
    recent_requested = Signal(object)
    #: A new untitled project from a sample: (template, language).
    sample_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Parcours"), self)
        title.setStyleSheet("font-size: 28px; font-weight: bold;")
        subtitle = QLabel(self.tr("Customer journey maps, offline."), self)
        self.new_button = QPushButton(self.tr("New project"), self)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.recent = QListWidget(self)
        self.samples = QListWidget(self)
        for text, template, language in (
                (self.tr("Sample: “My new job” (English)"), "onboarding", "en"),
                (self.tr("Sample: « Mon nouvel emploi » (French)"), "onboarding", "fr")):
            item = QListWidgetItem(text)
            item.setData(_DATA, (template, language))
            self.samples.addItem(item)
        for entries in (self.recent, self.samples):
            entries.itemActivated.connect(self._on_entries_item_activated)
            entries.itemClicked.connect(self._on_entries_item_clicked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(QLabel(self.tr("Recent projects"), self))
        column.addWidget(self.recent, 2)
        column.addWidget(QLabel(self.tr("Samples"), self))
        column.addWidget(self.samples, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.refresh()

    def _on_entries_item_clicked(self, item: QListWidgetItem) -> None:
        # One click opens an entry, like a link. Where the style already turns that click
        # into an activation, itemActivated follows: acting here too would open it twice.
        entries = item.listWidget()
        if not entries.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick, None, entries):
            self._on_entries_item_activated(item)

    def _on_entries_item_activated(self, item: QListWidgetItem) -> None:
        data = item.data(_DATA)
        if data is None:  # "No recent projects yet."
            return
        # The map takes this screen's place at once: the rest of a double-click must not land on it.
        swallow_gesture()
        if item.listWidget() is self.recent:
            self.recent_requested.emit(Path(data))
        else:
            self.sample_requested.emit(*data)

    def refresh(self) -> None:
        """List the recent files again (missing ones are gone)."""
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(f"{path.name} — {path.parent}")
            item.setData(_DATA, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if self.recent.count() == 0:
            item = QListWidgetItem(self.tr("No recent projects yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
