"""What a window shows with no project: New, Open, templates with thumbnails, recent projects.

The built-in templates (:mod:`app.model.templates`) and the user's own
(:mod:`app.ui.user_templates`) are listed with a thumbnail and a one-line
description; recent projects with a thumbnail of their first journey.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.model import templates as builtin
from app.ui import settings, theme, thumbnails, user_templates

_DATA = Qt.ItemDataRole.UserRole + 1

_MOUSE_BUTTON_EVENTS = frozenset((QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                                  QEvent.Type.MouseButtonRelease))


class _GestureSwallower(QObject):
    """Eats the mouse buttons meant for ``window`` for one double-click interval, then removes itself.

    The interval is counted twice: in the process's time from now, and in the
    events' own time from ``since_ms`` (the timestamp of the click that opened
    the page). Opening a project can block for longer than the interval; the
    second click then arrives late, but its timestamp still says it belongs
    to the double-click.
    """

    def __init__(self, app: QCoreApplication, window: QWidget, since_ms: int | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self._interval_ms = QApplication.doubleClickInterval() + 50
        self._until = time.monotonic() + self._interval_ms / 1000.0
        self._since_ms = since_ms
        app.installEventFilter(self)

    def _within(self, event: QEvent) -> bool:
        if time.monotonic() < self._until:
            return True
        if self._since_ms is None or not isinstance(event, QMouseEvent):
            return False
        # Timestamps from another clock (events made by a program) come out negative: they do not count.
        return 0 <= event.timestamp() - self._since_ms <= self._interval_ms

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _MOUSE_BUTTON_EVENTS:
            return False
        if self._within(event):
            return isinstance(watched, QWidget) and watched.window() is self._window
        self._app.removeEventFilter(self)
        self.deleteLater()
        return False


def swallow_gesture(window: QWidget, since_ms: int | None = None) -> None:
    """Ignore mouse buttons on ``window`` until a double-click begun now (or at event time ``since_ms``) is over.

    What opens a page swallows the rest of the gesture: the second click of a
    double-click must not land on the page that took the first one's place.
    """
    app = QApplication.instance()
    if app is not None:
        _GestureSwallower(app, window, since_ms)


class StartScreen(QWidget):
    """The empty window's page; it only asks, the window acts."""

    #: New blank project.
    new_requested = Signal()
    #: Show the Open dialog.
    open_requested = Signal()
    #: Open this recent file.
    recent_requested = Signal(object)
    #: A new untitled project from a built-in template: (template, language).
    sample_requested = Signal(str, str)
    #: A new untitled project from one of the user's templates (its file).
    user_template_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Parcours"), self)
        font = theme.bold(title.font())  # not a style sheet: it would keep the old theme's colour
        font.setPixelSize(28)
        title.setFont(font)
        subtitle = QLabel(self.tr("Customer journey maps, offline."), self)
        self.new_button = QPushButton(self.tr("New project"), self)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if i18n.current_language() == "fr" else 1)
        self.language_combo.setToolTip(self.tr("The language of the template's content"))
        self.language_combo.currentIndexChanged.connect(self._fill_templates)
        #: Templates, built-in then the user's own (``samples`` is its older name).
        self.templates = self.samples = QListWidget(self)
        self.templates.setViewMode(QListView.ViewMode.IconMode)
        self.templates.setIconSize(thumbnails.SIZE)
        self.templates.setGridSize(QSize(thumbnails.SIZE.width() + 24, thumbnails.SIZE.height() + 78))
        self.templates.setWordWrap(True)
        self.templates.setResizeMode(QListView.ResizeMode.Adjust)
        self.templates.setMovement(QListView.Movement.Static)
        self.templates.setSpacing(4)
        self.recent = QListWidget(self)
        self.recent.setIconSize(QSize(thumbnails.SIZE.width() // 2, thumbnails.SIZE.height() // 2))
        self.recent.setSpacing(2)
        #: When (in the events' time) the last mouse button went down or up on a list: where a gesture began.
        self._click_ms: int | None = None
        for entries in (self.recent, self.templates):
            entries.itemActivated.connect(self._on_entries_item_activated)
            entries.itemClicked.connect(self._on_entries_item_clicked)
            entries.viewport().installEventFilter(self)
        self.hint = QLabel(self.tr("Tip: open a template, make it yours, then keep it for next time with "
                                   "File > Save as template."), self)
        self.hint.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        language = QHBoxLayout()
        language.addWidget(QLabel(self.tr("Start from a template"), self), 1)
        language.addWidget(QLabel(self.tr("Content in:"), self))
        language.addWidget(self.language_combo)
        grid = QGridLayout()
        grid.addLayout(language, 0, 0)
        grid.addWidget(QLabel(self.tr("Recent projects"), self), 0, 1)
        grid.addWidget(self.templates, 1, 0)
        grid.addWidget(self.recent, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addLayout(grid, 1)
        column.addWidget(self.hint)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 12)
        outer.addStretch(1)
        theme.signals().changed.connect(self._on_theme_changed)  # thumbnails in the map's colours
        #: Whether the lists wait for the screen to be shown to be filled again (see :meth:`refresh_when_shown`).
        self.stale = True
        self.refresh_when_shown()

    def _on_theme_changed(self, _dark: bool) -> None:
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Fill the lists asked for while the screen was hidden, before it is painted."""
        if self.stale:
            self._refill()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _MOUSE_BUTTON_EVENTS and isinstance(event, QMouseEvent):
            self._click_ms = event.timestamp()
        return False

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
        swallow_gesture(self.window(), self._click_ms)
        if item.listWidget() is self.recent:
            self.recent_requested.emit(Path(data))
        elif data[0] == "user":
            self.user_template_requested.emit(Path(data[1]))
        else:
            self.sample_requested.emit(*data)

    def template_language(self) -> str:
        """The language chosen for a built-in template's content."""
        return self.language_combo.currentData() or "en"

    def refresh(self) -> None:
        """List the templates and the recent files again (missing ones are gone)."""
        self._refill()

    def refresh_when_shown(self) -> None:
        """:meth:`refresh` now if the screen is visible, else when it is next shown.

        The thumbnails read files and paint sketches: a hidden screen (a map is
        shown, or the window not yet) must not make a map's first paint wait.
        """
        if self.isVisible():
            self._refill()
        else:
            self.stale = True

    def _refill(self) -> None:
        self.stale = False
        self._fill_templates()
        self.recent.clear()
        dark = theme.is_dark()
        for path in settings.recent_files():
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setIcon(QIcon(thumbnails.paint(thumbnails.sketch_of_file(path), dark=dark)))
            item.setData(_DATA, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if self.recent.count() == 0:
            item = QListWidgetItem(self.tr("No recent projects yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

    def _fill_templates(self) -> None:
        language = self.template_language()
        dark = theme.is_dark()
        self.templates.clear()
        for name in builtin.CONTENT:
            title, line = builtin.describe(name, language)
            item = QListWidgetItem(f"{title}\n{line}")
            item.setIcon(QIcon(thumbnails.paint(thumbnails.sketch_of_template(builtin.CONTENT[name]), dark=dark)))
            item.setData(_DATA, (name, language))
            item.setToolTip(line)
            self.templates.addItem(item)
        yours = self.tr("Your template")
        for name, path in user_templates.listed():
            try:
                sketch = thumbnails.sketch_of_json(user_templates.read(path))
            except Exception:  # a damaged template still shows, without its picture
                sketch = None
            item = QListWidgetItem(f"{name}\n{yours}")
            item.setIcon(QIcon(thumbnails.paint(sketch, dark=dark)))
            item.setData(_DATA, ("user", str(path)))
            item.setToolTip(str(path))
            self.templates.addItem(item)
