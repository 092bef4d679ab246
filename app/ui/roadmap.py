"""The road map: actions by department (rows) and horizon (columns); drag a card between cells to re-plan.

Columns: not scheduled, quick win, < 3 months, < 12 months, later. Rows:
every department of the project in its order, then "No department". Each
action is a chip in its cell, coloured by its status. Dragging a chip shows
where it would land and pushes one undoable command on release that sets
the action's department and horizon together; Escape cancels the drag.
The grid is painted (no QDrag), so the mouse stays responsive and tests can
drive it with plain mouse events.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget
from sqlalchemy import select

from app import i18n
from app.model import ops
from app.model.enums import ActionStatus, Horizon
from app.model.errors import ParcoursError
from app.model.method_data import ActionRow, read_actions
from app.model.ops import Op
from app.model.schema import Department
from app.ui.commands import EditCommand, push
from app.ui.method_labels import HORIZON_COLOURS, horizon_name, number_text, status_name
from app.ui.method_view import JourneyView

#: The columns, left to right (None: not scheduled).
HORIZONS: tuple[Horizon | None, ...] = (None, Horizon.QUICK_WIN, Horizon.MONTHS_3, Horizon.MONTHS_12, Horizon.LATER)
_HEADER_H, _GAP, _MIN_COLUMN = 30, 4, 140
#: Lines of an action's title on its chip (the rest is elided; the tooltip has it whole).
CHIP_LINES = 2
#: Width of the department names' column: fits the longest name, within these bounds.
_NAMES_MIN, _NAMES_MAX = 120, 240
_STATUS_FILL = {ActionStatus.IDEA: "#FFFFFF", ActionStatus.PLANNED: "#EAF3FB", ActionStatus.DOING: "#FFF4D6",
                ActionStatus.DONE: "#E3F4E8", ActionStatus.DROPPED: "#F1F3F5"}


# Called by this name with literal strings so that lupdate finds them.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class _Row:
    department_id: int | None
    name: str
    colour: str | None


class RoadmapGrid(QWidget):
    """The painted grid of the road map."""

    #: A chip was dropped in another cell: (action id, department id or None, horizon value or None).
    move_requested = Signal(int, object, object)
    #: A chip was clicked: the action's id.
    action_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self.action_rows: list[ActionRow] = []
        self._chips: dict[int, QRect] = {}
        self._row_tops: list[tuple[int, int]] = []
        self._press: tuple[int, QPoint] | None = None
        self._drag_at: QPoint | None = None
        self._names_width = _NAMES_MIN
        self.setMouseTracking(False)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMinimumHeight(_HEADER_H + 60)

    def set_content(self, rows: list[_Row], actions: list[ActionRow]) -> None:
        """Show ``actions`` in the grid of ``rows`` x :data:`HORIZONS`."""
        self.rows, self.action_rows = rows, actions
        bold = self.font()
        bold.setBold(True)
        widest = max((QFontMetrics(bold).horizontalAdvance(row.name) for row in rows), default=0)
        self._names_width = max(_NAMES_MIN, min(_NAMES_MAX, widest + 24))
        self._layout()
        self.update()

    # ------------------------------------------------------------------ geometry

    def _column_width(self) -> int:
        return max(_MIN_COLUMN, (self.width() - self._names_width) // len(HORIZONS))

    def _cell_actions(self) -> dict[tuple[int | None, Horizon | None], list[ActionRow]]:
        known = {row.department_id for row in self.rows}
        cells: dict[tuple[int | None, Horizon | None], list[ActionRow]] = {}
        for action in self.action_rows:
            department = action.department_id if action.department_id in known else None
            cells.setdefault((department, action.horizon), []).append(action)
        return cells

    def _chip_height(self) -> int:
        return CHIP_LINES * QFontMetrics(self.font()).lineSpacing() + 8

    def _layout(self) -> None:
        cells = self._cell_actions()
        width = self._column_width()
        self._chips, self._row_tops = {}, []
        y = _HEADER_H
        chip_height = self._chip_height()
        for row in self.rows:
            most = max((len(cells.get((row.department_id, h), [])) for h in HORIZONS), default=0)
            height = max(chip_height + 2 * _GAP + 4, most * (chip_height + _GAP) + 2 * _GAP + 4)
            self._row_tops.append((y, height))
            for column, horizon in enumerate(HORIZONS):
                x = self._names_width + column * width
                for number, action in enumerate(cells.get((row.department_id, horizon), [])):
                    self._chips[action.id] = QRect(x + 6, y + _GAP + 2 + number * (chip_height + _GAP), width - 12,
                                                   chip_height)
            y += height
        self.setMinimumSize(self._names_width + len(HORIZONS) * _MIN_COLUMN, y + 2)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout()
        super().resizeEvent(event)

    def chip_rect(self, action_id: int) -> QRect:
        """Where the chip of ``action_id`` is drawn (widget coordinates; empty when absent)."""
        return QRect(self._chips.get(action_id, QRect()))

    def cell_rect(self, department_id: int | None, horizon: Horizon | None) -> QRect:
        """The cell of a department (None: no department) and a horizon (None: not scheduled)."""
        number = next((n for n, row in enumerate(self.rows) if row.department_id == department_id), None)
        if number is None:
            return QRect()
        top, height = self._row_tops[number]
        width = self._column_width()
        return QRect(self._names_width + HORIZONS.index(horizon) * width, top, width, height)

    def cell_at(self, pos: QPoint) -> tuple[int | None, Horizon | None] | None:
        """(department id, horizon) of the cell under ``pos``, or None outside the cells."""
        if pos.x() < self._names_width:
            return None
        column = (pos.x() - self._names_width) // self._column_width()
        if not 0 <= column < len(HORIZONS):
            return None
        for row, (top, height) in zip(self.rows, self._row_tops, strict=False):
            if top <= pos.y() < top + height:
                return row.department_id, HORIZONS[column]
        return None

    def chip_at(self, pos: QPoint) -> int | None:
        """The action whose chip is under ``pos``, or None."""
        return next((action_id for action_id, rect in self._chips.items() if rect.contains(pos)), None)

    # ------------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        action_id = self.chip_at(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and action_id is not None:
            self._press = (action_id, event.position().toPoint())
            self._drag_at = None
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        pos = event.position().toPoint()
        if self._drag_at is not None or (pos - self._press[1]).manhattanLength() >= 4:
            self._drag_at = pos
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        action_id, _start = self._press
        dragged = self._drag_at is not None
        self._press = self._drag_at = None
        self.unsetCursor()
        self.update()
        if not dragged:
            self.action_clicked.emit(action_id)
            return
        cell = self.cell_at(event.position().toPoint())
        action = next((a for a in self.action_rows if a.id == action_id), None)
        if cell is None or action is None:
            return
        known = {row.department_id for row in self.rows}
        current = (action.department_id if action.department_id in known else None, action.horizon)
        if cell != current:
            department, horizon = cell
            self.move_requested.emit(action_id, department, horizon.value if horizon else None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            action_id = self.chip_at(event.pos())
            action = next((a for a in self.action_rows if a.id == action_id), None)
            if action is None:
                QToolTip.hideText()
                event.ignore()
                return True
            QToolTip.showText(event.globalPos(), "\n".join((
                action.title, f"{status_name(action.status)} · {horizon_name(action.horizon)}",
                translate("RoadmapView", "Priority %1").replace("%1", number_text(action.priority)))), self)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._press is not None:
            self._press = self._drag_at = None
            self.unsetCursor()
            self.update()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        width = self._column_width()
        grid = QPen(QColor("#D5DAE0"))
        bold = painter.font()
        bold.setBold(True)
        normal = painter.font()
        for column, horizon in enumerate(HORIZONS):
            rect = QRect(self._names_width + column * width, 0, width, _HEADER_H)
            painter.fillRect(rect.adjusted(1, 1, -1, -1), QColor(HORIZON_COLOURS[horizon]))
            painter.setPen(QColor("#FFFFFF"))
            painter.setFont(bold)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, horizon_name(horizon))
        target = self.cell_at(self._drag_at) if self._drag_at is not None else None
        for row, (top, height) in zip(self.rows, self._row_tops, strict=False):
            header = QRect(0, top, self._names_width, height)
            painter.fillRect(header.adjusted(1, 1, -1, -1), QColor("#F1F3F5"))
            if row.colour:
                painter.fillRect(QRect(1, top + 1, 5, height - 2), QColor(row.colour))
            painter.setPen(QColor("#1F2328"))
            painter.setFont(bold)
            metrics = QFontMetrics(bold)
            painter.drawText(header.adjusted(12, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, self._names_width - 20))
            for column, horizon in enumerate(HORIZONS):
                cell = QRect(self._names_width + column * width, top, width, height)
                if target == (row.department_id, horizon):
                    painter.fillRect(cell, QColor("#DCEBFA"))
                painter.setPen(grid)
                painter.drawRect(cell.adjusted(0, 0, -1, -1))
        painter.setFont(normal)
        metrics = QFontMetrics(normal)
        dragged, offset = None, QPoint()
        if self._press is not None and self._drag_at is not None:
            dragged, offset = self._press[0], self._drag_at - self._press[1]
        for action in self.action_rows:
            chip = self._chips.get(action.id)
            if chip is None:
                continue
            if action.id == dragged:
                chip = chip.translated(offset)
            self._paint_chip(painter, metrics, chip, action, action.id == dragged)
        painter.end()

    def _paint_chip(self, painter: QPainter, metrics: QFontMetrics, rect: QRect, action: ActionRow,
                    dragged: bool) -> None:
        painter.setPen(QPen(QColor("#2F80C0" if dragged else "#9AA3AD"), 2 if dragged else 1))
        painter.setBrush(QColor(_STATUS_FILL[action.status]))
        painter.drawRoundedRect(rect, 4, 4)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 1, 4, rect.height() - 1),
                         QColor("#2E9E50" if action.quick_win else "#9AA3AD"))
        painter.setPen(QColor("#8A939C" if action.status is ActionStatus.DROPPED else "#1F2328"))
        lines = chip_lines(metrics, f"{action.title}  ·  {status_name(action.status)}", rect.width() - 14)
        painter.drawText(rect.adjusted(10, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         "\n".join(lines))


def chip_lines(metrics: QFontMetrics, text: str, width: int, count: int = CHIP_LINES) -> list[str]:
    """``text`` broken between words into at most ``count`` lines of ``width`` pixels, the last one elided."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < count - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line += " " + words.pop(0)
        if metrics.horizontalAdvance(line) > width:  # one word wider than the chip: cut it there
            lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
            return lines + ([metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)] if words else [])
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class RoadmapView(JourneyView):
    """The road map of the actions (of the journey on the map and the project-wide ones)."""

    #: The model refused an edit: the sentence to show.
    message = Signal(str)
    watched = frozenset({"action", "department", "journey"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = RoadmapGrid()
        self.grid.move_requested.connect(self._on_grid_move_requested)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        self.hint = QLabel(translate("RoadmapView", "Drag an action to another department or horizon to re-plan it."),
                           self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)

    def refresh(self) -> None:
        """Re-read departments and actions."""
        if self.document is None:
            self.grid.set_content([], [])
            return
        session = self.document.session
        rows = [_Row(d.id, d.name, d.colour) for d in session.scalars(select(Department).order_by(Department.position))]
        rows.append(_Row(None, translate("RoadmapView", "No department"), None))
        self.grid.set_content(rows, read_actions(session, self.journey_id))

    def _on_grid_move_requested(self, action_id: int, department_id: int | None, horizon: str | None) -> None:
        if self.document is None:
            return
        try:
            push(self.document, EditCommand(self.document, Op(ops.update_action, {
                "action_id": action_id, "department_id": department_id, "horizon": horizon}),
                translate("RoadmapView", "Re-plan action"), merge=False))
        except ParcoursError as error:
            self.message.emit(error.message(i18n.translate))
