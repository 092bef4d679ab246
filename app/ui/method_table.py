"""An editable table of model rows (actions, KPIs, measurement points) and its cell editors.

:class:`RowTable` shows frozen rows (dataclasses with an ``id``) column by
column, as :class:`Column` specs describe them. It never writes the model:
an edit in a cell emits :attr:`RowTable.edit_requested` (row id, field,
plain value) and the owning view pushes the undoable command; the table is
refreshed from the model when the document announces the change.
:class:`CellDelegate` gives each kind of column its editor: a line, a
number with an "unknown" step, a choice list, an ISO date, a checklist of
cards, and draws progress as a bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.ui.method_labels import date_text, number_text, typed_date

#: Role of the value a column sorts by (numbers as numbers, unknowns last).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role of a progress fraction (0..1, may overshoot) drawn as a bar.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2

Choices = Callable[[], Sequence[tuple[str, Any]]]
#: The invalid index: the parent of a table's rows.
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    """One column: the field it edits, its header, its kind of editor and how it reads a row.

    ``kind`` is ``text``, ``int`` (1..5), ``optional_int`` (unknown or 1..5),
    ``share`` (unknown or 0..100), ``number`` (unknown or any), ``choice``,
    ``date``, ``cards`` (a checklist from ``choices``), ``progress`` or
    ``readonly``.
    """

    field: str
    header: str
    kind: str
    display: Callable[[Any], str]
    value: Callable[[Any], Any]
    sort: Callable[[Any], Any] | None = None
    choices: Choices | None = None
    tooltip: str = ""

    @property
    def editable(self) -> bool:
        """True when the cell is edited in place."""
        return self.kind not in {"readonly", "progress"}


class RowTable(QAbstractTableModel):
    """Rows of the model as a table; edits come out as :attr:`edit_requested`."""

    #: The user changed a cell: (row id, field, plain value).
    edit_requested = Signal(int, str, object)

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show ``rows``; only what changed is announced when the same ids stay in the same order."""
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self.rows]:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        old, self.rows = self.rows, rows
        for number, (before, after) in enumerate(zip(old, rows, strict=True)):
            if before != after:
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self.columns) - 1))

    def row_of(self, row_id: int) -> int:
        """The row number of ``row_id`` (-1 when absent)."""
        return next((n for n, row in enumerate(self.rows) if row.id == row_id), -1)

    def column_of(self, field: str) -> int:
        """The column number of ``field``."""
        return next(n for n, column in enumerate(self.columns) if column.field == field)

    # ------------------------------------------------------------------ Qt

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole and self.columns[section].tooltip:
                return self.columns[section].tooltip
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.display(row)
            return text if len(text) > 24 else (column.tooltip or None)
        if role == Qt.ItemDataRole.EditRole:
            return column.value(row)
        if role == SORT_ROLE:
            key = (column.sort or column.value)(row)
            return key if isinstance(key, (int, float)) else ("" if key is None else str(key).casefold())
        if role == PROGRESS_ROLE and column.kind == "progress":
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in {"int", "optional_int", "share", "number"}:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = self.rows[index.row()], self.columns[index.column()]
        if not column.editable or value == column.value(row):
            return False
        self.edit_requested.emit(row.id, column.field, value)
        return True


def _number(text: str) -> float | str | None:
    """A typed number ("12", "12.5" or "12,5"); None when empty; the text itself when it is not one (refused then)."""
    text = text.strip().replace("\u202f", "").replace(" ", "")
    if not text:
        return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return text


class _CardList(QListWidget):
    """A checklist of cards opened over a cell; Return or leaving it commits."""

    def checked(self) -> list[int]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]


class CellDelegate(QStyledItemDelegate):
    """Editors by column kind, and the progress bar of ``progress`` columns."""

    def __init__(self, table: RowTable, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table

    def _column(self, index: QModelIndex | QPersistentModelIndex) -> Column:
        return self.table.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = self._editor(self._column(index), parent)
        editor.setAutoFillBackground(True)
        return editor

    def _editor(self, column: Column, parent: QWidget) -> QWidget:
        """A new editor for a cell of ``column``."""
        unknown = self.tr("Unknown")
        if column.kind in {"int", "optional_int"}:
            spin = QSpinBox(parent)
            spin.setRange(1 if column.kind == "int" else 0, 5)
            if column.kind == "optional_int":
                spin.setSpecialValueText(unknown)
            return spin
        if column.kind == "share":
            share = QDoubleSpinBox(parent)
            share.setDecimals(1)
            share.setRange(-1.0, 100.0)
            share.setSingleStep(5.0)
            share.setSpecialValueText(unknown)
            return share
        if column.kind == "choice":
            combo = QComboBox(parent)
            for text, value in column.choices() if column.choices else ():
                combo.addItem(text, value)
            combo.activated.connect(lambda _i, e=combo: self._commit(e))
            return combo
        if column.kind == "cards":
            cards = _CardList(parent)
            for text, value in column.choices() if column.choices else ():
                item = QListWidgetItem(text, cards)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            return cards
        line = QLineEdit(parent)
        if column.kind == "date":
            line.setPlaceholderText(self.tr("YYYY-MM-DD"))
        elif column.kind == "number":
            line.setPlaceholderText(unknown)
        return line

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        column, value = self._column(index), index.data(Qt.ItemDataRole.EditRole)
        if column.kind == "number" and isinstance(editor, QLineEdit):
            editor.setText(number_text(value))  # "5,8" in French: typed back as it is shown
            editor.selectAll()
        elif isinstance(editor, QSpinBox):
            editor.setValue(value if value is not None else editor.minimum())
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(value if value is not None else editor.minimum())
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, _CardList):
            chosen = set(value or ())
            for i in range(editor.count()):
                item = editor.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                                   else Qt.CheckState.Unchecked)
        elif isinstance(editor, QLineEdit):
            editor.setText(date_text(value) if isinstance(value, dt.date) else (value or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        column = self._column(index)
        value: Any
        if isinstance(editor, QSpinBox):
            value = None if column.kind == "optional_int" and editor.value() == 0 else editor.value()
        elif isinstance(editor, QDoubleSpinBox):
            value = None if editor.value() < 0 else editor.value()
        elif isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, _CardList):
            value = editor.checked()
        elif not isinstance(editor, QLineEdit):
            return
        elif column.kind == "number":
            value = _number(editor.text())
        elif column.kind == "date":
            value = typed_date(editor.text())
        else:
            value = editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: QModelIndex | QPersistentModelIndex) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, _CardList):
            rows = max(1, min(8, editor.count()))
            rect.setWidth(max(rect.width(), 320))
            rect.setHeight(editor.sizeHintForRow(0) * rows + 6 if editor.count() else rect.height())
        editor.setGeometry(rect)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if self._column(index).kind != "progress":
            super().paint(painter, option, index)
            return
        progress = index.data(PROGRESS_ROLE)
        super().paint(painter, option, index)
        if progress is None:
            return
        cell = option.rect.adjusted(4, 5, -4, -5)
        bar = QRect(cell.left(), cell.top(), max(20, min(140, cell.width() - 52)), cell.height())
        painter.save()
        painter.setPen(QColor("#B0B7BF"))
        painter.setBrush(QColor("#F1F3F5"))
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        share = max(0.0, min(1.0, progress))
        filled = QRect(bar.left(), bar.top(), round(bar.width() * share), bar.height())
        painter.fillRect(filled.adjusted(1, 1, -1, -1), QColor("#2E9E50" if progress >= 1 else
                                                               "#C0392B" if progress < 0 else "#2F80C0"))
        painter.setPen(option.palette.text().color())
        painter.drawText(QRect(bar.right() + 6, cell.top(), cell.right() - bar.right() - 6, cell.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, f"{round(progress * 100)} %")
        painter.restore()
