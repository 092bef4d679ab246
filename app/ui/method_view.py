"""What the method's views share: following the document for the journey on the map, and an editable table.

:class:`JourneyView` is the base of the action plan's and the KPIs' pages
(actions, top irritants, matrix, road map, KPIs, measurement points): it
follows one document and the journey on the map, and a change heard while
out of sight is read when the page comes into sight. :class:`TableView`
adds a :class:`~app.ui.method_table.RowTable` shown sorted and filtered in
a ``QTableView`` and edited in place, with Delete on the keyboard; the
actions and the rows views build on it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.model.errors import ParcoursError
from app.model.ops import Change
from app.ui.commands import OpCommand, push
from app.ui.document import ProjectDocument
from app.ui.method_table import SORT_ROLE, CellDelegate, Column, RowTable
from app.ui.panels import follow_changes, touched_tables


class JourneyView(QWidget):
    """A page showing the model for the journey on the map; a change heard out of sight is read when seen.

    Out of sight is hidden (another page of a tab widget) or with nothing on
    screen (a dock behind another dock's tab: Qt moves it off screen instead
    of hiding it; its dock's ``visibilityChanged`` then calls :meth:`catch_up`).
    A view out of sight costs nothing per edit of a large map; it is up to
    date the moment it is seen. A subclass says how it reads the model
    (:meth:`refresh`) and which tables it shows (:attr:`watched`).
    """

    #: Tables whose changes the view shows.
    watched: frozenset[str] = frozenset()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ProjectDocument | None = None
        self.journey_id: int | None = None
        self._stale = False
        #: True while reads wait for the map's first paint (see :meth:`hold_reading`), and whether the view
        #: came into sight meanwhile (it reads then).
        self._held = False
        self._seen = False

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow ``document`` (or none)."""
        self.document = follow_changes(self.document, document, self._on_document_changed)
        self.refresh_when_shown()  # a hidden view reads when it is first seen

    def set_journey(self, journey_id: int | None) -> None:
        """Show the model for ``journey_id`` (the journey on the map)."""
        self.journey_id = journey_id
        self.refresh_when_shown()  # a hidden view reads when it is first seen

    def refresh(self) -> None:
        """Read the model again."""
        raise NotImplementedError

    def _on_document_changed(self, change: Change) -> None:
        if self.watched & touched_tables(change):
            self.refresh_when_shown()

    def on_screen(self) -> bool:
        """True when some of the view is on screen."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def refresh_when_shown(self) -> None:
        """Refresh now if the view is on screen (once :meth:`read_held` if held), else when it comes into sight."""
        if self.on_screen():
            if self._held:
                self._stale = self._seen = True
                return
            self._stale = False
            self.refresh()
        else:
            self._stale = True

    def hold_reading(self) -> None:
        """Keep reads from running until :meth:`read_held` (a project opening: once the map has painted)."""
        self._held = True

    def read_held(self) -> None:
        """Do now the read :meth:`hold_reading` held back if the view came into sight meanwhile (else it reads
        when it comes into sight, as for any change heard out of sight)."""
        self._held = False
        if self._seen:
            self._seen = False
            self.catch_up()

    def catch_up(self) -> None:
        """Refresh if a change was heard while out of sight (once :meth:`read_held` if held)."""
        if self._held:
            self._seen = True
            return
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)


class TableView(JourneyView):
    """A journey page whose rows are a :class:`RowTable`, sorted, filtered and edited in place.

    A subclass gives the columns (:meth:`columns`), lays its buttons out in
    :attr:`bar` and handles :meth:`delete_selected` (Delete in the table) and
    the edits of a cell (:meth:`_on_table_edit_requested`).
    """

    #: The model refused an edit: the sentence to show.
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel(self)
        #: The row of buttons above the table (the subclass fills it).
        self.bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self.bar)
        layout.addWidget(self.view, 1)

    def columns(self) -> list[Column]:
        """The table's columns."""
        raise NotImplementedError

    def delete_selected(self) -> None:
        """Delete the selected rows (one undo step)."""
        raise NotImplementedError

    def _on_table_edit_requested(self, row_id: int, field: str, value: Any) -> None:
        raise NotImplementedError

    def edit_row(self, row_id: int) -> None:
        """Select row ``row_id`` (the filter cleared) and open its first cell for typing."""
        self.filter.clear()
        row = self.table.row_of(row_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.table.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        self.view.edit(index)

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in the table's order."""
        rows = sorted({self.proxy.mapToSource(index).row() for index in self.view.selectionModel().selectedRows()})
        return [self.table.rows[row].id for row in rows]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.view.hasFocus():
            self.delete_selected()
            return
        super().keyPressEvent(event)

    def _push(self, command: OpCommand) -> Any:
        """Push ``command``; its result, or None when the model refused it (the sentence goes to :attr:`message`)."""
        try:
            return push(command.document, command)
        except ParcoursError as error:
            self.message.emit(error.message(i18n.translate))
            return None
