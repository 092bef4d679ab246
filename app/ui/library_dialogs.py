"""Dialogs of the team library: where it is, what it holds, and what to do after a conflict.

They only ask; :mod:`app.ui.window_library` does the work through
:mod:`app.library`. The password field is never saved in the settings: left
empty, the password comes from ``PGPASSWORD`` or the system keyring, and the
"remember" box puts a typed one in the keyring.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from app.library.browse import LibraryEntry
from app.library.connection import library_url, remember_password, with_password
from app.ui import settings

#: Settings key of the last library address (without password).
URL_KEY = "library/url"


class LibraryAddress(QWidget):
    """The library's address, the password, and whether to keep it in the keyring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = QLineEdit(str(settings.settings().value(URL_KEY, "") or ""), self)
        self.address.setPlaceholderText("postgresql://user@host/database")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("from the keyring or PGPASSWORD when empty"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Library:"), self.address)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.remember)

    def url(self) -> URL:
        """The address with its password; raises LibraryError for a bad address. Remembers what was asked."""
        url = library_url(self.address.text().strip())
        settings.settings().setValue(URL_KEY, self.address.text().strip())
        typed = self.password.text()
        if typed and self.remember.isChecked():
            remember_password(url, typed)
        return with_password(url, typed or None)


class OpenFromLibraryDialog(QDialog):
    """Browse and search the library; the chosen project is pulled by the caller."""

    #: The user asked to search for this text ("" lists everything).
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open from the team library"))
        self.resize(760, 560)
        self.address = LibraryAddress(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Client, title, persona, tag, author..."))
        self.search.setClearButtonEnabled(True)
        find = QPushButton(self.tr("Search"), self)
        find.setDefault(False)
        self.projects = QListWidget(self)
        self.projects.setIconSize(QSize(160, 90))
        self.projects.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(self.tr("Open a copy"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(find)
        layout = QVBoxLayout(self)
        layout.addWidget(self.address)
        layout.addLayout(row)
        layout.addWidget(self.projects, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        find.clicked.connect(lambda: self.search_requested.emit(self.search.text().strip()))
        self.search.returnPressed.connect(lambda: self.search_requested.emit(self.search.text().strip()))
        self.projects.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.projects.selectedItems())))
        self.projects.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def show_entries(self, entries: list[LibraryEntry]) -> None:
        """List ``entries``, each with its thumbnail, title, client, revision, author and date."""
        self.projects.clear()
        for entry in entries:
            personas = ", ".join(entry.summary.get("personas", [])[:4])
            text = self.tr("%1 — %2\nrevision %3, published by %4 on %5\n%6").replace(
                "%1", entry.title or entry.name).replace("%2", entry.organisation or "—").replace(
                "%3", str(entry.revision)).replace("%4", entry.published_by).replace(
                "%5", entry.published_at[:16].replace("T", " ")).replace("%6", personas)
            item = QListWidgetItem(text, self.projects)
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            if entry.thumbnail:
                pixmap = QPixmap()
                if pixmap.loadFromData(entry.thumbnail, "PNG"):
                    item.setIcon(QIcon(pixmap))
        self.status.setText(self.tr("Projects found: %1").replace("%1", str(len(entries))))
        if entries:
            self.projects.setCurrentRow(0)

    def chosen_name(self) -> str | None:
        """The library name of the selected project."""
        items = self.projects.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None


class PublishDialog(QDialog):
    """Where to publish the open project."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish to the team library"))
        self.address = LibraryAddress(self)
        text = QLabel(self.tr("Publish \u201c%1\u201d as a new revision: the library keeps every earlier one.")
                      .replace("%1", title), self)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.address)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


class ConflictDialog(QDialog):
    """Someone published in between: what differs, and keep mine / keep theirs / publish a copy."""

    def __init__(self, sentence: str, differences: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone published in the meantime"))
        self.resize(720, 520)
        self.choice: str | None = None
        label = QLabel(sentence, self)
        label.setWordWrap(True)
        view = QPlainTextEdit(differences, self)
        view.setReadOnly(True)
        buttons = QDialogButtonBox(self)
        choices: dict[QAbstractButton, str] = {
            buttons.addButton(self.tr("Keep mine (publish on top)"), QDialogButtonBox.ButtonRole.AcceptRole):
                "keep_mine",
            buttons.addButton(self.tr("Keep the library's (open a copy)"), QDialogButtonBox.ButtonRole.ActionRole):
                "keep_theirs",
            buttons.addButton(self.tr("Publish as a new copy"), QDialogButtonBox.ButtonRole.ActionRole): "as_new",
        }
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(QLabel(self.tr("What your file changes from the library's newest revision:"), self))
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

        def chosen(button: QAbstractButton) -> None:
            self.choice = choices.get(button)
            self.accept() if self.choice else self.reject()

        buttons.clicked.connect(chosen)
