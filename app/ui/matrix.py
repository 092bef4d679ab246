"""The impact x effort matrix (pyqtgraph): one dot per action, the quick-win quadrant shaded.

Effort runs left to right (1..5), impact bottom to top (1..5); the quick
wins (impact 3-5, effort 1-2, as the action plan prints them) are the
top-left quadrant. Dragging a dot moves it live and pushes one undoable
command on release that sets both impact and effort (rounded to whole
steps). Actions sharing a cell are spread around its centre so each stays
reachable. A click on a dot selects the action (:attr:`MatrixView.action_clicked`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app import i18n
from app.model import ops
from app.model.errors import ParcoursError
from app.model.method_data import ActionRow, read_actions
from app.model.ops import Op
from app.ui.commands import EditCommand, push
from app.ui.method_labels import HORIZON_COLOURS, number_text
from app.ui.method_view import JourneyView

if TYPE_CHECKING:  # pyqtgraph is imported when the matrix is first shown
    import pyqtgraph as pg
    from pyqtgraph.GraphicsScene.mouseEvents import MouseDragEvent

    from app.ui.matrix_plot import MatrixBox

#: Distance (pixels) within which a press takes a dot.
HIT_RADIUS = 12.0
_QUICK = "#2E9E50"


class MatrixView(JourneyView):
    """The actions on the impact x effort matrix; drag a dot to re-assess an action."""

    #: A dot was clicked: the action's id.
    action_clicked = Signal(int)
    watched = frozenset({"action", "journey"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActionRow] = []
        #: Action id -> (x, y) where its dot is drawn (effort, impact plus the spread of a shared cell).
        self.dots: dict[int, tuple[float, float]] = {}
        #: The dot being dragged: (action id, where it started, where it is now).
        self._dragged: tuple[int, tuple[float, float], tuple[float, float]] | None = None
        self._box: MatrixBox | None = None
        self._plot: pg.PlotWidget | None = None
        self._labels: list[pg.TextItem] = []
        self.hint = QLabel(self.tr("Drag a dot to change an action's impact and effort."), self)
        self.hint.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addWidget(self.hint)

    # ------------------------------------------------------------------ the plot, built when first needed

    @property
    def plot(self) -> pg.PlotWidget:
        """The pyqtgraph plot (built on first use: pyqtgraph is not imported at start)."""
        if self._plot is None:
            self._build()
        assert self._plot is not None
        return self._plot

    @property
    def box(self) -> MatrixBox:
        """The plot's view box (effort x impact)."""
        if self._box is None:
            self._build()
        assert self._box is not None
        return self._box

    def showEvent(self, event) -> None:  # Qt's name
        if self._plot is None:
            self._build()
        super().showEvent(event)

    def _build(self) -> None:
        import pyqtgraph as pg

        from app.ui.matrix_plot import MatrixBox

        self._box = MatrixBox(self)
        self._plot = pg.PlotWidget(self, viewBox=self._box, background="w")
        self._layout.insertWidget(0, self._plot, 1)
        item = self._plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.setLabel("bottom", self.tr("Effort"))
        item.setLabel("left", self.tr("Impact"))
        ticks = [[(value, str(value)) for value in range(1, 6)]]
        item.getAxis("bottom").setTicks(ticks)
        item.getAxis("left").setTicks(ticks)
        self._box.setRange(xRange=(0.5, 5.5), yRange=(0.5, 5.5), padding=0)
        self._box.setLimits(xMin=0.5, xMax=5.5, yMin=0.5, yMax=5.5)
        quick = QColor(_QUICK)
        quick.setAlpha(40)
        self.quick_zone = pg.QtWidgets.QGraphicsRectItem(0.5, 2.5, 2.0, 3.0)
        self.quick_zone.setBrush(quick)
        self.quick_zone.setPen(pg.mkPen(None))
        self._box.addItem(self.quick_zone)
        for x in (2.5,):
            self._box.addItem(pg.InfiniteLine(pos=x, angle=90, pen=pg.mkPen("#9AA3AD", style=Qt.PenStyle.DashLine)))
        self._box.addItem(pg.InfiniteLine(pos=2.5, angle=0, pen=pg.mkPen("#9AA3AD", style=Qt.PenStyle.DashLine)))
        self.quick_label = pg.TextItem(self.tr("Quick wins"), color=_QUICK, anchor=(0, 0))
        font = QFont()
        font.setBold(True)
        self.quick_label.setFont(font)
        self.quick_label.setPos(0.55, 5.45)
        self._box.addItem(self.quick_label)
        for text, x, y in ((self.tr("Major projects"), 5.45, 5.45),
                           (self.tr("Fill-ins"), 0.55, 0.55),
                           (self.tr("Thankless tasks"), 5.45, 0.55)):
            label = pg.TextItem(text, color="#8A939C", anchor=(1 if x > 3 else 0, 0 if y > 3 else 1))
            label.setPos(x, y)
            self._box.addItem(label)
        self.scatter = pg.ScatterPlotItem(size=16, pen=pg.mkPen("#FFFFFF", width=1.5), hoverable=True,
                                          tip=self._tip)
        self._box.addItem(self.scatter)
        self._box.sigResized.connect(lambda _box: self._draw())
        self._draw()

    # ------------------------------------------------------------------ document

    def refresh(self) -> None:
        """Re-read the actions and redraw the dots."""
        self.rows = [] if self.document is None else read_actions(self.document.session, self.journey_id)
        self._draw()

    def _draw(self) -> None:
        cells: dict[tuple[int, int], list[ActionRow]] = {}
        for row in self.rows:
            cells.setdefault((row.effort, row.impact), []).append(row)
        self.dots = {}
        for (effort, impact), rows in cells.items():
            for number, row in enumerate(rows):
                dx = dy = 0.0
                if len(rows) > 1:
                    angle = 2 * math.pi * number / len(rows)
                    dx, dy = 0.28 * math.cos(angle), 0.28 * math.sin(angle)
                self.dots[row.id] = (effort + dx, impact + dy)
        if self._dragged is not None:
            action_id, _before, now = self._dragged
            self.dots[action_id] = now
        if self._box is None:  # drawn when the plot is built
            return
        import pyqtgraph as pg

        spots = [{"pos": self.dots[row.id], "data": row.id,
                  "brush": pg.mkBrush(HORIZON_COLOURS.get(row.horizon, "#B0B7BF"))} for row in self.rows]
        self.scatter.setData(spots)
        for label in self._labels:
            self.box.removeItem(label)
        self._labels = []
        # A label may use the rest of its cell: elided to the cell's width in pixels (one unit of effort).
        metrics = QFontMetrics(self.font())
        room = max(24, round(self.box.width() / 5.0) - 24)
        for row in self.rows:
            x, y = self.dots[row.id]
            text = metrics.elidedText(" ".join(row.title.split()), Qt.TextElideMode.ElideRight, room)
            label = pg.TextItem(text, color="#1F2328", anchor=(0, 0.5))
            label.setPos(x + 0.05, y)
            self.box.addItem(label)
            self._labels.append(label)

    def _tip(self, x: float, y: float, data: int) -> str:
        row = next((r for r in self.rows if r.id == data), None)
        if row is None:
            return ""
        return self.tr("%1\nimpact %2, effort %3, priority %4").replace("%1", row.title).replace(
            "%2", str(row.impact)).replace("%3", str(row.effort)).replace("%4", number_text(row.priority))

    # ------------------------------------------------------------------ mouse

    def dot_at(self, scene_pos: QPointF) -> int | None:
        """The action whose dot is under ``scene_pos`` (plot scene coordinates), or None."""
        best, best_distance = None, HIT_RADIUS
        for action_id, (x, y) in self.dots.items():
            point = self.box.mapViewToScene(QPointF(x, y))
            distance = math.hypot(point.x() - scene_pos.x(), point.y() - scene_pos.y())
            if distance <= best_distance:
                best, best_distance = action_id, distance
        return best

    def drag_dot(self, ev: MouseDragEvent) -> bool:
        """Move a dot with the mouse (live) and push one command on release; False when not on a dot."""
        if ev.isStart():
            action_id = self.dot_at(ev.buttonDownScenePos())
            if action_id is None:
                return False
            self._dragged = (action_id, self.dots[action_id], self.dots[action_id])
        if self._dragged is None:
            return False
        action_id, before, _now = self._dragged
        point = self.box.mapSceneToView(ev.scenePos())
        now = (min(5.4, max(0.6, point.x())), min(5.4, max(0.6, point.y())))
        if not ev.isFinish():
            self._dragged = (action_id, before, now)
            self._draw()
            return True
        self._dragged = None
        effort, impact = round(now[0]), round(now[1])
        effort, impact = min(5, max(1, effort)), min(5, max(1, impact))
        row = next((r for r in self.rows if r.id == action_id), None)
        if row is not None and self.document is not None and (effort, impact) != (row.effort, row.impact):
            try:
                push(self.document, EditCommand(self.document, Op(ops.update_action, {
                    "action_id": action_id, "impact": impact, "effort": effort}), self.tr("Move action on the matrix"),
                    merge=False))
            except ParcoursError as error:
                self.hint.setText(error.message(i18n.translate))
        self.refresh()
        return True

