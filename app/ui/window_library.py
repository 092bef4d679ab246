"""File > Publish to the team library and File > Open from the team library.

:class:`LibraryController` is made by the main window and adds the two
entries to its File menu. The network is used only while one of them runs
(with a wait cursor); editing never waits on it. A conflict shows what
differs and offers keep mine, keep the library's, or publish a new copy.
"""

from __future__ import annotations

import getpass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from app import i18n
from app.library.browse import list_projects, pull, read_revision
from app.library.connection import LibraryConflict, LibraryError
from app.library.diff import diff_rows
from app.library.publish import Published, publish_session
from app.library.rows import read_rows
from app.library.thumbnail import thumbnail_png
from app.model.errors import ParcoursError
from app.model.schema import LibraryLink
from app.ui.library_dialogs import ConflictDialog, OpenFromLibraryDialog, PublishDialog


class _Waiting:
    """A wait cursor for the time of a network call."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *_exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class LibraryController(QObject):
    """The team-library verbs of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.publish_action = QAction(self.tr("&Publish to the team library..."), window)
        self.open_action = QAction(self.tr("Open from the team &library..."), window)
        self.publish_action.triggered.connect(self.publish)
        self.open_action.triggered.connect(self.open_from_library)
        file_menu = window.menuBar().actions()[0].menu()
        anchor = next((action for action in file_menu.actions() if action.isSeparator()), None)
        file_menu.insertAction(anchor, self.open_action)
        file_menu.insertAction(anchor, self.publish_action)
        file_menu.aboutToShow.connect(self._on_file_menu_about_to_show)
        #: The last published revision (for tests and the status bar).
        self.last_published: Published | None = None

    def _on_file_menu_about_to_show(self) -> None:
        # Publishing needs an open project.
        self.publish_action.setEnabled(self.window.document is not None)

    def _warn(self, error: ParcoursError) -> None:
        QMessageBox.warning(self.window, "Parcours", error.message(i18n.translate))

    # ------------------------------------------------------------------ open

    def open_from_library(self) -> Path | None:
        """Browse the library, pull the chosen project into a new file and open it."""
        dialog = OpenFromLibraryDialog(self.window)

        def search(text: str) -> None:
            try:
                with _Waiting():
                    dialog.show_entries(list_projects(dialog.address.url(), text or None, thumbnails=True))
            except ParcoursError as error:
                dialog.status.setText(error.message(i18n.translate))

        dialog.search_requested.connect(search)
        if dialog.address.address.text():
            search("")
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen_name():
            return None
        name = dialog.chosen_name()
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        target, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the copy as"),
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
        self.window.open_interactive(path)
        return path

    # ------------------------------------------------------------------ publish

    def publish(self) -> Published | None:
        """Publish the open project (saved first) as a new revision of the library."""
        document = self.window.document
        if document is None:
            return None
        if document.path is None and not self.window.save_as_dialog():
            return None
        dialog = PublishDialog(document.path.stem, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        try:
            url = dialog.address.url()
            return self._publish(url)
        except ParcoursError as error:
            self._warn(error)
            return None

    def _publish(self, url, *, keep_mine: bool = False, as_new: bool = False) -> Published | None:
        document = self.window.document
        try:
            with _Waiting():
                published = publish_session(document.session, url, published_by=url.username or getpass.getuser(),
                                            keep_mine=keep_mine, as_new=as_new,
                                            thumbnail=thumbnail_png(document.session))
        except LibraryConflict as conflict:
            return self._resolve(url, conflict)
        document.save()
        self.last_published = published
        self.window.statusBar().showMessage(self.tr("Published %1, revision %2.").replace(
            "%1", published.name).replace("%2", str(published.revision)), 8000)
        return published

    def _resolve(self, url, conflict: LibraryConflict) -> Published | None:
        document = self.window.document
        link = document.session.get(LibraryLink, 1)
        try:
            with _Waiting():
                _key, _name, _head, theirs = read_revision(url, link.project_key)
        except ParcoursError as error:
            self._warn(error)
            return None
        mine = read_rows(document.session.connection().connection.driver_connection)
        lines = []
        for table in diff_rows(mine, theirs):
            lines += [f"+ {label}" for label in table.added] + [f"- {label}" for label in table.removed]
            lines += [f"~ {label}: {', '.join(fields)}" for label, fields in table.changed]
        dialog = ConflictDialog(conflict.message(i18n.translate), "\n".join(lines) or self.tr("No difference."),
                                self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if dialog.choice == "keep_mine":
            return self._publish(url, keep_mine=True)
        if dialog.choice == "as_new":
            return self._publish(url, as_new=True)
        if dialog.choice == "keep_theirs":
            target = document.path.with_name(f"{document.path.stem} ({link.name} r{conflict.head}).parcours")
            try:
                with _Waiting():
                    path = pull(url, link.project_key, target, force=False)
            except ParcoursError as error:
                self._warn(error)
                return None
            self.window.open_interactive(path)
        return None
