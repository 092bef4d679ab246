"""File > Publish to the team library and File > Open from the team library.

:class:`LibraryController` is made by the main window (its
:class:`LibraryHost`) and adds the two entries to its File menu. The network is used only while one of them runs
(with a wait cursor); editing never waits on it. A conflict shows what
differs and offers keep mine, keep the library's, or publish a new copy.
"""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from app import i18n
from app.model.errors import ParcoursError
from app.ui.document import ProjectDocument

if TYPE_CHECKING:  # the library's modules are imported when a verb runs: they are not on the editor's start path
    from sqlalchemy.engine import URL

    from app.library.connection import LibraryConflict
    from app.library.publish import Published


class _Waiting:
    """A wait cursor for the time of a network call."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class LibraryHost(Protocol):
    """What the team-library verbs use of their window."""

    @property
    def document(self) -> ProjectDocument | None: ...

    def open_interactive(self, path: Path | str) -> None:
        """Open ``path`` (asking to save the current project first)."""

    def save_as_dialog(self) -> bool:
        """Ask where to save the project and save it there; False when it was not saved."""

    def show_status(self, text: str, msecs: int) -> None:
        """Say something in the status bar for ``msecs``."""


class LibraryController(QObject):
    """The team-library verbs of one main window."""

    def __init__(self, host: LibraryHost, window: QWidget, file_menu: QMenu) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self.publish_action = QAction(self.tr("&Publish to the team library..."), window)
        self.open_action = QAction(self.tr("Open from the team &library..."), window)
        self.publish_action.triggered.connect(self.publish)
        self.open_action.triggered.connect(self.open_from_library)
        anchor = next((action for action in file_menu.actions() if action.isSeparator()), None)
        if anchor is not None:
            file_menu.insertActions(anchor, [self.open_action, self.publish_action])
        else:
            file_menu.addActions([self.open_action, self.publish_action])
        file_menu.aboutToShow.connect(self._on_file_menu_about_to_show)
        #: The last published revision (for tests and the status bar).
        self.last_published: Published | None = None

    def _on_file_menu_about_to_show(self) -> None:
        # Publishing needs an open project.
        self.publish_action.setEnabled(self._host.document is not None)

    def _warn(self, error: ParcoursError) -> None:
        QMessageBox.warning(self._window, "Parcours", error.message(i18n.translate))

    # ------------------------------------------------------------------ open

    def open_from_library(self) -> Path | None:
        """Browse the library, pull the chosen project into a new file and open it."""
        from app.library.browse import list_projects, pull
        from app.ui.library_dialogs import OpenFromLibraryDialog

        dialog = OpenFromLibraryDialog(self._window)

        def search(text: str) -> None:
            try:
                with _Waiting():
                    dialog.show_entries(list_projects(dialog.address.url(), text or None, thumbnails=True))
            except ParcoursError as error:
                dialog.status.setText(error.message(i18n.translate))

        dialog.search_requested.connect(search)
        if dialog.address.address.text():
            search("")
        name = dialog.chosen_name() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if not name:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(self._window, self.tr("Save the copy as"),
                                                str(Path(folder) / f"{name}.parcours"),
                                                self.tr("Parcours projects (*.parcours)"))
        if not target:
            return None
        try:
            with _Waiting():
                path = pull(dialog.address.url(), name, Path(target), force=True)
        except ParcoursError as error:
            self._warn(error)
            return None
        self._host.open_interactive(path)
        return path

    # ------------------------------------------------------------------ publish

    def publish(self) -> Published | None:
        """Publish the open project (saved first) as a new revision of the library."""
        document = self._host.document
        if document is None:
            return None
        if document.path is None and not self._host.save_as_dialog():
            return None
        if document.path is None:
            return None
        from app.ui.library_dialogs import PublishDialog

        dialog = PublishDialog(document.path.stem, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            url = dialog.address.url()
            return self._publish(document, url)
        except ParcoursError as error:
            self._warn(error)
            return None

    def _publish(self, document: ProjectDocument, url: URL, *, keep_mine: bool = False,
                 as_new: bool = False) -> Published | None:
        from app.library.connection import LibraryConflict
        from app.library.publish import publish_session
        from app.library.thumbnail import thumbnail_png

        try:
            with _Waiting():
                published = publish_session(document.session, url, published_by=url.username or getpass.getuser(),
                                            keep_mine=keep_mine, as_new=as_new,
                                            thumbnail=thumbnail_png(document.session))
        except LibraryConflict as conflict:
            return self._resolve(document, url, conflict)
        document.save()
        self.last_published = published
        self._host.show_status(self.tr("Published %1, revision %2.").replace(
            "%1", published.name).replace("%2", str(published.revision)), 8000)
        return published

    def _resolve(self, document: ProjectDocument, url: URL, conflict: LibraryConflict) -> Published | None:
        from app.library.browse import pull, read_revision
        from app.library.diff import diff_rows
        from app.library.rows import read_rows
        from app.model.schema import LibraryLink
        from app.ui.library_dialogs import ConflictDialog

        link = document.session.get(LibraryLink, 1)
        if link is None or document.path is None:  # a conflict comes only with a pulled, saved project
            self._warn(conflict)
            return None
        try:
            with _Waiting():
                _key, _name, _head, theirs = read_revision(url, link.project_key)
        except ParcoursError as error:
            self._warn(error)
            return None
        mine = read_rows(cast(sqlite3.Connection, document.session.connection().connection.driver_connection))
        lines: list[str] = []
        for table in diff_rows(mine, theirs):
            lines += [f"+ {label}" for label in table.added] + [f"- {label}" for label in table.removed]
            lines += [f"~ {label}: {', '.join(fields)}" for label, fields in table.changed]
        dialog = ConflictDialog(conflict.message(i18n.translate), "\n".join(lines) or self.tr("No difference."),
                                self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.choice == "keep_mine":
            return self._publish(document, url, keep_mine=True)
        if dialog.choice == "as_new":
            return self._publish(document, url, as_new=True)
        if dialog.choice == "keep_theirs":
            target = document.path.with_name(f"{document.path.stem} ({link.name} r{conflict.head}).parcours")
            try:
                with _Waiting():
                    path = pull(url, link.project_key, target, force=False)
            except ParcoursError as error:
                self._warn(error)
                return None
            self._host.open_interactive(path)
        return None
