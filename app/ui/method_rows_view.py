"""A table view of model rows with New, Delete and a filter: the base of the KPI and measurement views.

A subclass names its columns, how it reads its rows for the journey on the
map, the op that adds a row and the ops that edit one; the base pushes one
undoable command per edit (consecutive edits of one field merge) and
follows the document's changes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from app.model import ops
from app.model.ops import Op
from app.ui.commands import EditCommand, GenericCommand
from app.ui.method_view import TableView


class RowsView(TableView):
    """Rows of one table for the journey on the map, edited in place."""

    #: The table (``kpi``, ``measurement_point``) whose rows are shown.
    table_name = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.add_button.clicked.connect(self.add_row)
        self.bar.addWidget(self.add_button)
        self.bar.addWidget(self.delete_button)
        self.bar.addWidget(self.filter, 1)
        self.bar.addWidget(self.count_label)

    # ------------------------------------------------------------------ what a subclass says

    def read_rows(self, session: Session) -> list[Any]:
        """The rows for the journey on the map, read in ``session``."""
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

    def refresh(self) -> None:
        """Re-read the rows from the model."""
        texts = self.texts()
        self.add_button.setText(texts["add"])
        self.delete_button.setText(texts["delete"])
        self.filter.setPlaceholderText(texts["filter"])
        self.table.set_rows(self.read_rows(self.document.session) if self.document is not None else [])
        self.count_label.setText(texts["count"].replace("%n", str(len(self.table.rows))))
        ready = self.document is not None and self.journey_id is not None
        self.add_button.setEnabled(ready)
        self.delete_button.setEnabled(ready)

    # ------------------------------------------------------------------ verbs

    def add_row(self) -> int | None:
        """Add a row (one undo step) and open its first cell for typing."""
        op = self.add_op() if self.document is not None else None
        if op is None or self.document is None:
            return None
        row_id = self._push(GenericCommand(self.document, op, self.texts()["add"]))
        if row_id is not None:
            self.edit_row(row_id)
        return row_id

    def delete_selected(self) -> None:
        """Delete the selected rows (one undo step)."""
        ids = self.selected_ids()
        if self.document is None or not ids:
            return
        texts = self.texts()
        text = texts["delete"] if len(ids) == 1 else texts["delete_many"].replace("%n", str(len(ids)))
        self._push(GenericCommand(self.document, Op(ops.delete_rows, {"roots": {self.table_name: tuple(ids)}}), text))

    def _on_table_edit_requested(self, row_id: int, field: str, value: Any) -> None:
        if self.document is not None:
            self._push(EditCommand(self.document, self.edit_op(row_id, field, value), self.texts()["edit"]))
