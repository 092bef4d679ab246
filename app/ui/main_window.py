"""The main window.

Until the swimlane canvas lands (the next issue), the central widget is an
outline of the project: its journeys with their stages, lanes and cards, read
from the document and refreshed when it changes. The window already owns a
:class:`~app.ui.document.ProjectDocument`, shows ``[*]`` from the undo
stack's clean state, and opens and saves files through the store.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QLabel, QMainWindow, QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget,
)
from sqlalchemy import func, select

from app import i18n
from app.model.errors import ParcoursError
from app.model.schema import Card, Journey, Lane
from app.model.store import ProjectStore
from app.ui.document import ProjectDocument


class MainWindow(QMainWindow):
    """One window, one project document (or none: an empty window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ProjectDocument | None = None
        self.journey_id: int | None = None
        self._outline = QTreeWidget(self)
        self._outline.setHeaderLabels([self.tr("Journey"), self.tr("Cards")])
        self._outline.setColumnWidth(0, 480)
        self._empty = QLabel(self.tr("Open a project or create one from the File menu."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self._empty)
        self._build_menus()
        self.resize(1100, 720)
        self._update_title()

    # ------------------------------------------------------------------ menus

    def _action(self, text: str, slot, shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&Open…"), self._on_open_triggered, QKeySequence.StandardKey.Open))
        self._save_action = self._action(self.tr("&Save"), self._on_save_triggered, QKeySequence.StandardKey.Save)
        file_menu.addAction(self._save_action)
        file_menu.addAction(self._action(self.tr("Save &As…"), self._on_save_as_triggered,
                                         QKeySequence.StandardKey.SaveAs))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        self._edit_menu = self.menuBar().addMenu(self.tr("&Edit"))

    # ------------------------------------------------------------------ documents

    def open_path(self, path: Path | str) -> None:
        """Open the project at ``path`` in this window (raises the store's error when it cannot)."""
        store = ProjectStore.open(path)
        self._set_document(ProjectDocument(store, self))

    def _set_document(self, document: ProjectDocument) -> None:
        if self.document is not None:
            self.document.close()
        self.document = document
        self._edit_menu.clear()
        undo = document.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = document.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        self._edit_menu.addActions([undo, redo])
        document.undo_stack.cleanChanged.connect(self._update_title)
        document.changed.connect(self._on_document_changed)
        document.saved.connect(self._update_title)
        self.setCentralWidget(self._outline)
        first = document.session.scalars(select(Journey.id).order_by(Journey.position)).first()
        self.show_journey(first)
        self._update_title()

    def show_journey(self, journey_id: int | None) -> None:
        """Make ``journey_id`` the current journey and show the outline."""
        self.journey_id = journey_id
        self._refresh_outline()

    def save(self) -> Path:
        """Save the document to its file."""
        assert self.document is not None
        return self.document.save()

    def save_as(self, path: Path | str) -> Path:
        """Save the document to ``path``, which becomes its file."""
        assert self.document is not None
        return self.document.save(path)

    # ------------------------------------------------------------------ view

    def _refresh_outline(self) -> None:
        self._outline.clear()
        if self.document is None:
            return
        session = self.document.session
        counts = dict(session.execute(select(Lane.journey_id, func.count(Card.id))
                                      .join(Card, Card.lane_id == Lane.id).group_by(Lane.journey_id)).all())
        for journey in session.scalars(select(Journey).order_by(Journey.position)):
            item = QTreeWidgetItem([journey.title, str(counts.get(journey.id, 0))])
            font = item.font(0)
            font.setBold(journey.id == self.journey_id)
            item.setFont(0, font)
            stages = QTreeWidgetItem([self.tr("Stages"), str(len(journey.stages))])
            stages.addChildren([QTreeWidgetItem([stage.name, ""]) for stage in journey.stages])
            lanes = QTreeWidgetItem([self.tr("Lanes"), str(len(journey.lanes))])
            lanes.addChildren([QTreeWidgetItem([lane.name, ""]) for lane in journey.lanes])
            item.addChildren([stages, lanes])
            self._outline.addTopLevelItem(item)
            item.setExpanded(journey.id == self.journey_id)

    def _update_title(self) -> None:
        name = self.tr("Untitled")
        if self.document is not None and self.document.path is not None:
            name = self.document.path.name
        self.setWindowTitle(f"{name}[*] — Parcours")
        self.setWindowModified(self.document is not None and self.document.modified)

    def _on_document_changed(self, _change: object) -> None:
        self._refresh_outline()

    def _show_error(self, error: ParcoursError) -> None:
        QMessageBox.warning(self, "Parcours", error.message(i18n.translate))

    def _on_open_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), "",
                                              self.tr("Parcours projects (*.parcours)"))
        if path:
            try:
                self.open_path(path)
            except ParcoursError as error:
                self._show_error(error)

    def _on_save_triggered(self) -> None:
        if self.document is None:
            return
        if self.document.path is None or self.document.read_only:
            self._on_save_as_triggered()
            return
        try:
            self.save()
        except ParcoursError as error:
            self._show_error(error)

    def _on_save_as_triggered(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the project as"), "",
                                              self.tr("Parcours projects (*.parcours)"))
        if path:
            if not path.endswith(".parcours"):
                path += ".parcours"
            try:
                self.save_as(path)
            except ParcoursError as error:
                self._show_error(error)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Close the document (its working copy goes away; edits were saved or are discarded)."""
        if self.document is not None:
            self.document.close()
            self.document = None
        super().closeEvent(event)


def run(path: Path | None) -> int:
    """Start the editor on ``path`` (or an empty window) and return the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Parcours")
    i18n.install()
    window = MainWindow()
    if path is not None:
        try:
            window.open_path(path)
        except ParcoursError as error:
            print(error.message(i18n.translate), file=sys.stderr)
            return 1
    window.show()
    return app.exec()
