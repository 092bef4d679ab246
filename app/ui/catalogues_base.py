"""What the workspace's editors share: an ordered list edited through commands, and the labels of its enums.

:class:`OrderedList` is a list whose rows the user reorders by drag or
Alt+Up / Alt+Down; it never moves a row itself, it asks
(:attr:`OrderedList.move_requested`) and is refilled from the model.
:class:`RowListEditor` puts such a list of one table's rows (objectives,
departments, channels...) beside a :class:`~app.ui.inspector_fields.FieldForm`
of the selected row, with Add and Delete: every edit one command, typing
merged per field, the whole following the document's changes.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QDropEvent, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.enums import Interaction, Language, ObjectiveKind, Origin, ServicePreference, StageSide
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.ops import Change, Op, RowOps
from app.model.schema import Channel, Department, Objective, Persona
from app.ui.commands import EditCommand, GenericCommand, OpCommand
from app.ui.document import ProjectDocument
from app.ui.inspector_fields import FieldForm
from app.ui.panels import RefusalLabel, follow_changes, touched_tables

_LABELS: dict[type[enum.Enum], dict[str, str]] = {
    ObjectiveKind: {
        "acquisition": QT_TRANSLATE_NOOP("labels", "Win new customers"),
        "satisfaction": QT_TRANSLATE_NOOP("labels", "Raise satisfaction"),
        "retention": QT_TRANSLATE_NOOP("labels", "Improve retention"),
        "loyalty": QT_TRANSLATE_NOOP("labels", "Build loyalty"),
        "employee_ease": QT_TRANSLATE_NOOP("labels", "Make life easier for staff"),
        "custom": QT_TRANSLATE_NOOP("labels", "Other objective"),
    },
    Origin: {
        "internal": QT_TRANSLATE_NOOP("labels", "Internal"),
        "supplier": QT_TRANSLATE_NOOP("labels", "Supplier"),
        "partner": QT_TRANSLATE_NOOP("labels", "Partner"),
    },
    StageSide: {
        "front": QT_TRANSLATE_NOOP("labels", "Front stage (seen by the customer)"),
        "back": QT_TRANSLATE_NOOP("labels", "Back stage (unseen)"),
    },
    ServicePreference: {
        "self_service": QT_TRANSLATE_NOOP("labels", "Helps themselves"),
        "done_for_me": QT_TRANSLATE_NOOP("labels", "Wants it done for them"),
        "either": QT_TRANSLATE_NOOP("labels", "Either"),
    },
    Language: {"fr": "Français", "en": "English"},
    Interaction: {
        "digital": QT_TRANSLATE_NOOP("labels", "Digital"),
        "human": QT_TRANSLATE_NOOP("labels", "Human"),
    },
}


def workspace_label(member: enum.Enum) -> str:
    """The translated label of a workspace enum member."""
    text = _LABELS.get(type(member), {}).get(member.value)
    return QCoreApplication.translate("labels", text) if text else str(member.value)


def workspace_choices(cls: type[enum.Enum]) -> list[tuple[str, Any]]:
    """(label, stored value) for every member of ``cls``."""
    return [(workspace_label(member), member.value) for member in cls]


class OrderedList(QListWidget):
    """A list reordered by drag or Alt+Up / Alt+Down: it asks, the model answers."""

    #: The user wants row ``row_id`` at ``index``.
    move_requested = Signal(int, int)
    #: The user pressed Delete on the current row.
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Narrow docks: long names wrap rather than scroll sideways.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(2)

    def row_id(self, row: int) -> int | None:
        """The id stored on row ``row``."""
        item = self.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_id(self) -> int | None:
        """The id of the current row, or None."""
        return self.row_id(self.currentRow())

    def select_id(self, row_id: int | None) -> None:
        """Make the row holding ``row_id`` current (none when absent)."""
        for row in range(self.count()):
            if self.row_id(row) == row_id:
                self.setCurrentRow(row)
                return

    def drop_index(self, event: QDropEvent) -> int:
        """Where a drop at the event's position puts the dragged row (an index after its removal)."""
        source = self.currentRow()
        target = self.indexAt(event.position().toPoint())
        if not target.isValid():
            index = self.count()
        else:
            index = target.row()
            rect = self.visualRect(target)
            if event.position().y() > rect.center().y():
                index += 1
        return index - 1 if index > source else index

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self or self.currentRow() < 0:
            event.ignore()
            return
        row_id, index = self.current_id(), self.drop_index(event)
        # The list is not changed here: the model moves the row and the list is refilled.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if row_id is not None and index != self.currentRow():
            self.move_requested.emit(row_id, index)

    def event(self, event: QEvent) -> bool:
        # Delete here means this row, not the map's selection (the window's Delete shortcut).
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Delete
                and self.currentRow() >= 0):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.currentRow() >= 0:
            self.delete_requested.emit()
            event.accept()
            return
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step and event.modifiers() & Qt.KeyboardModifier.AltModifier and self.currentRow() >= 0:
            index = self.currentRow() + step
            if 0 <= index < self.count():
                self.move_requested.emit(self.current_id(), index)
            event.accept()
            return
        super().keyPressEvent(event)


#: The tables a :class:`RowListEditor` lists (rows ordered by ``position``).
ListedRow = Objective | Department | Channel | Persona


class RowListEditor(QWidget):
    """The rows of one table in an :class:`OrderedList`, with Add, Delete and a form for the selected row.

    ``row_ops`` holds the table's ops (:data:`app.model.ops.PERSONAS`...);
    ``model`` is the ORM class; ``describe(row)`` gives a row's text and
    icon; ``new_fields()`` the fields of a new row; ``watched`` the other
    tables whose changes the list or the form show.
    """

    #: The current row changed (its id, or None).
    current_changed = Signal(object)

    def __init__(self, row_ops: RowOps, model: type[ListedRow], form: FieldForm, *,
                 describe: Callable[[Any], tuple[str, QIcon]],
                 new_fields: Callable[[], dict[str, Any]], texts: dict[str, str], watched: frozenset[str] = frozenset(),
                 body: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ProjectDocument | None = None
        self.row_ops, self.table, self.model, self.form = row_ops, row_ops.table, model, form
        self._describe, self._new_fields, self._texts = describe, new_fields, texts
        self._watched = watched | {row_ops.table}
        self.list = OrderedList(self)
        self.list.setAccessibleName(texts["list"])
        self.add_button = QPushButton(texts["add"], self)
        self.delete_button = QPushButton(texts["delete"], self)
        self.error_label = RefusalLabel(self)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 3)
        layout.addLayout(self.buttons)
        layout.addWidget(self.error_label)
        layout.addWidget(body if body is not None else form, 2)
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.move_requested.connect(self._on_list_move_requested)
        self.list.delete_requested.connect(self.delete_current)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        form.edited.connect(self._on_form_edited)
        self._refresh()

    # ------------------------------------------------------------------ public API

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow ``document`` (or none)."""
        self.document = follow_changes(self.document, document, self._on_document_changed)
        self._refresh()

    def current_id(self) -> int | None:
        """The id of the selected row, or None."""
        return self.list.current_id()

    def add_row(self) -> int | None:
        """Add a row after the others (one undo step), select it and put the focus on its first field."""
        row_id = self._push_op(Op(self.row_ops.add, self._new_fields()), self._texts["add_command"])
        if row_id is not None:
            self.list.select_id(row_id)
            first = next(iter(self.form.editors.values()), None)
            if first is not None:
                first.widget.setFocus()
                if hasattr(first.widget, "selectAll"):
                    first.widget.selectAll()
        return row_id

    def delete_current(self) -> None:
        """Delete the selected row (undo restores it and whatever referred to it)."""
        row_id = self.current_id()
        if row_id is not None:
            self._push_op(Op(self.row_ops.delete, {f"{self.table}_id": row_id}), self._texts["delete_command"])

    # ------------------------------------------------------------------ reading the model

    def _rows(self) -> list[Any]:
        if self.document is None:
            return []
        return list(self.document.session.scalars(select(self.model).order_by(self.model.position)))

    def _refresh(self) -> None:
        rows = self._rows()
        current = self.current_id()
        previous = self.list.blockSignals(True)
        try:
            wanted = [(row.id, *self._describe(row)) for row in rows]
            shown = [(self.list.row_id(i), self.list.item(i).text()) for i in range(self.list.count())]
            if shown != [(ident, text) for ident, text, _icon in wanted]:
                self.list.clear()
                for ident, text, icon in wanted:
                    item = QListWidgetItem(icon, text, self.list)
                    item.setData(Qt.ItemDataRole.UserRole, ident)
            else:
                for row, (_ident, _text, icon) in enumerate(wanted):
                    self.list.item(row).setIcon(icon)
            self.list.select_id(current)
            if self.list.currentRow() < 0 and self.list.count():
                self.list.setCurrentRow(0)
        finally:
            self.list.blockSignals(previous)
        self._show_current()

    def _show_current(self) -> None:
        row_id = self.current_id()
        session = self.document.session if self.document is not None else None
        row = session.get(self.model, row_id) if session is not None and row_id is not None else None
        self.form.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.add_button.setEnabled(self.document is not None)
        if session is not None and row is not None:
            self.prepare_form(row, session)
            self.form.show_values(row)
        self.current_changed.emit(row_id if row is not None else None)

    def prepare_form(self, row: Any, session: Session) -> None:
        """Set choices that depend on the model (read in ``session``) before ``row`` is shown (override)."""

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self, change: Change) -> None:
        touched = touched_tables(change)
        if touched & self._watched:
            self._refresh()

    def _on_list_current_row_changed(self, _row: int) -> None:
        self.error_label.hide()
        self._show_current()

    def _on_list_move_requested(self, row_id: int, index: int) -> None:
        self._push_op(Op(self.row_ops.move, {f"{self.table}_id": row_id, "index": index}),
                      self._texts["move_command"])
        self.list.select_id(row_id)

    def _on_form_edited(self, name: str, value: Any) -> None:
        row_id = self.current_id()
        if row_id is None or self.document is None:
            return
        merge = self.form.editors[name].merge
        op = Op(self.row_ops.update, {f"{self.table}_id": row_id, name: value})
        self._push(EditCommand(self.document, op, self._texts["edit_command"], merge=merge))

    def _push_op(self, op: Op, text: str) -> Any:
        """Push ``op`` as one undo step named ``text``; its result, or None (no document, or refused)."""
        if self.document is None:
            return None
        return self._push(GenericCommand(self.document, op, text))

    def _push(self, command: OpCommand) -> Any:
        """Push ``command``; its result, or None when the model refused it (the sentence is shown)."""
        return self.error_label.push(command, self._refresh)
