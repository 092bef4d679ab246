"""A table view of model rows with New, Delete and a filter: the base of the KPI and measurement views.

A subclass names its columns, how it reads its rows for the journey on the
map, the op that adds a row and the ops that edit one; the base pushes one
undoable command per edit (consecutive edits of one field merge) and
follows the document's changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from app import i18n
from app.model import ops
from app.model.errors import ParcoursError
from app.model.ops import Change, Op
from app.ui.commands import EditCommand, GenericCommand, push
from app.ui.document import ProjectDocument
from app.ui.method_table import CellDelegate, Column, RefreshWhenShown, RowTable, SORT_ROLE


class RowsView(RefreshWhenShown, QWidget):
    """Rows of one table for the journey on the map, edited in place."""

    #: The model refused an edit: the sentence to show.
    message = Signal(str)
    #: The table (``kpi``, ``measurement_point``) and the tables whose changes it shows.
    table_name = ""
    watched: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ProjectDocument | None = None
        self.journey_id: int | None = None
        self.table = RowTable(self.columns(), self)
        self.table.edit_requested.connect(self._on_table_edit_requested)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CellDelegate(self.table, self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    # ------------------------------------------------------------------ what a subclass says

    def columns(self) -> list[Column]:
        """The table's columns."""
        raise NotImplementedError

    def read_rows(self) -> list[Any]:
        """The rows for the journey on the map."""
        raise NotImplementedError

    def add_op(self) -> Op | None:
        """The op that adds a row (None: cannot add now)."""
        raise NotImplementedError

    def edit_op(self, row_id: int, field: str, value: Any) -> Op:
        """The op that sets ``field`` of row ``row_id``."""
        raise NotImplementedError

    def texts(self) -> dict[str, str]:
        """Translated texts: add, delete, delete_many (with %n), edit, count (with %n), filter."""
        raise NotImplementedError

    # ------------------------------------------------------------------ document

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow ``document`` (or none)."""
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        self.document = document
        if document is not None:
            document.changed.connect(self._on_document_changed)
        self.refresh_when_shown()  # a hidden view reads when it is first seen

    def set_journey(self, journey_id: int | None) -> None:
        """Show the rows of ``journey_id``."""
        self.journey_id = journey_id
        self.refresh_when_shown()  # a hidden view reads when it is first seen

    def refresh(self) -> None:
        """Re-read the rows from the model."""
        texts = self.texts()
        self.add_button.setText(texts["add"])
        self.delete_button.setText(texts["delete"])
        self.filter.setPlaceholderText(texts["filter"])
        self.table.set_rows(self.read_rows() if self.document is not None else [])
        self.count_label.setText(texts["count"].replace("%n", str(len(self.table.rows))))
        ready = self.document is not None and self.journey_id is not None
        self.add_button.setEnabled(ready)
        self.delete_button.setEnabled(ready)

    def _on_document_changed(self, change: Change) -> None:
        if self.watched & (set(change.created) | set(change.updated) | set(change.deleted)):
            self.refresh_when_shown()

    # ------------------------------------------------------------------ verbs

    def add_row(self) -> int | None:
        """Add a row (one undo step) and open its first cell for typing."""
        op = self.add_op() if self.document is not None else None
        if op is None:
            return None
        row_id = self._push(GenericCommand(self.document, op, self.texts()["add"]))
        if row_id is not None:
            self.filter.clear()
            row = self.table.row_of(row_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.table.index(row, 0))
                self.view.setCurrentIndex(index)
                self.view.setFocus()
                self.view.edit(index)
        return row_id

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows."""
        rows = sorted({self.proxy.mapToSource(index).row() for index in self.view.selectionModel().selectedRows()})
        return [self.table.rows[row].id for row in rows]

    def delete_selected(self) -> None:
        """Delete the selected rows (one undo step)."""
        ids = self.selected_ids()
        if self.document is None or not ids:
            return
        texts = self.texts()
        text = texts["delete"] if len(ids) == 1 else texts["delete_many"].replace("%n", str(len(ids)))
        self._push(GenericCommand(self.document, Op(ops.delete_rows, {"roots": {self.table_name: tuple(ids)}}), text))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Delete and self.view.hasFocus():
            self.delete_selected()
            return
        super().keyPressEvent(event)

    def _on_table_edit_requested(self, row_id: int, field: str, value: Any) -> None:
        if self.document is not None:
            self._push(EditCommand(self.document, self.edit_op(row_id, field, value), self.texts()["edit"]))

    def _push(self, command) -> Any:
        try:
            return push(self.document, command)
        except ParcoursError as error:
            self.message.emit(error.message(i18n.translate))
            return None
