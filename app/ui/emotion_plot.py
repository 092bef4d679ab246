"""The emotion curve's plot: pyqtgraph, aligned with the canvas's stage columns (loaded on demand).

Its x axis *is* the canvas's horizontal axis (scene x), so each point sits
under its touchpoint's column, and it scrolls and zooms with the canvas (the
canvas follows when the plot is panned). One point per scored touchpoint in
reading order, joined by a line broken at unscored ones (a gap, never a zero);
the neutral and target lines; moments of truth ringed; another journey's
curve overlaid for comparison, with a summary of each curve.

A point dragged up or down changes its score live; one undoable command is
pushed on release. A click on a point selects its card on the map, and the
card selected on the map is ringed here. The pane reads what the canvas
already holds (:class:`~app.model.journey_data.JourneyData` and its layout),
so it redraws without a query.
"""

from __future__ import annotations

import math
import operator
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy import select

from app import i18n
from app.model import colours, curve
from app.model.enums import JourneyState, LaneKind, Scale
from app.model.errors import ParcoursError
from app.model.journey_data import JourneyData, read_journey
from app.model.layout import compute_layout
from app.model.persona_curves import persona_curves
from app.model.schema import Journey
from app.ui.commands import EditCardCommand, push
from app.ui.emotion_drawing import CurveDrawing, escape_html, number, scale_ticks
from app.ui.personas_curves import PersonaCurveItems

if TYPE_CHECKING:
    from app.ui.canvas.scene import MapScene
    from app.ui.canvas.view import CanvasView
    from app.ui.document import ProjectDocument

#: Distance (pixels) within which a press or a click takes a point.
HIT_RADIUS = 10.0
#: Tables whose changes the curves follow through the canvas's layout alone (cards) or do not show (links).
_NOT_DRAWN = frozenset({"card", "link"})


class _CurveBox(pg.ViewBox):
    """The plot's view box: a drag that starts on a point moves the point, any other drag pans in x."""

    def __init__(self, pane: CurvePane) -> None:
        super().__init__(enableMenu=False)
        self.pane = pane
        self.setMouseEnabled(x=True, y=False)

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() == Qt.MouseButton.LeftButton and self.pane.drag_point(ev):
            ev.accept()
            return
        super().mouseDragEvent(ev, axis)

    def wheelEvent(self, ev, axis=None) -> None:
        # The x axis is the canvas's: the wheel scrolls (or, with Ctrl, zooms) the canvas, the pane follows.
        if self.pane.wheel(ev):
            ev.accept()
            return
        super().wheelEvent(ev, axis)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            card_id = self.pane.point_at(ev.scenePos())
            if card_id is not None:
                ev.accept()
                self.pane.card_clicked.emit(card_id)
                return
        super().mouseClickEvent(ev)


class CurvePane(CurveDrawing, QWidget):
    """The curve of the journey on the canvas, with an optional second curve to compare."""

    #: A point was clicked: select its card.
    card_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ProjectDocument | None = None
        self.scene: MapScene | None = None
        self.view: CanvasView | None = None
        self.compare_id: int | None = None
        self._compare_cache: tuple[JourneyData, dict[int, float]] | None = None
        self._series: dict[str, list[tuple[float, float, int]]] = {}
        #: Card id -> (x, score) of the main curve's scored points, for hit tests.
        self._points: dict[int, tuple[float, float]] = {}
        self._dragged: tuple[int, float, float] | None = None  # card, score before, score now
        self._syncing = False
        #: True while follow_canvas moves the plot: the labels make room once, when it is done.
        self._aligning = False
        self._journey_shown: int | None = None
        self._right_margin = 0.0
        #: What the last refresh drew from (see :meth:`_drawn_from`): an edit that changes none of it
        #: (a title of another lane, a card's height) leaves the plot as it is.
        self._drawn: tuple[tuple, tuple] | None = None
        self.combo = QComboBox(self)
        self.combo.setToolTip(self.tr("Draw another journey's curve over this one"))
        self.combo.activated.connect(self._on_combo_activated)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.box = _CurveBox(self)
        self.plot = pg.PlotWidget(self, viewBox=self.box, background="w")
        self.plot.setMinimumHeight(96)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        item.hideAxis("bottom")
        # Axis numbers in the map's text colour: pyqtgraph's grey reads at about 3:1 on white (issue 13).
        item.getAxis("left").setTextPen(pg.mkPen(colours.TEXT))
        item.showGrid(x=False, y=True, alpha=0.15)
        item.layout.setContentsMargins(0, 4, 0, 4)
        self._scale_shown: Scale | None = None
        self._channel_names: dict[int, str] | None = None
        self._build_items()
        self._persona_items = PersonaCurveItems(item)
        self.box.sigXRangeChanged.connect(self._on_box_x_range_changed)
        # Labels make room for each other again whenever the plot's scale or size changes (issue 13).
        self.box.sigTransformChanged.connect(lambda *_: self._declutter_unless_aligning())
        self.box.sigResized.connect(lambda *_: self._declutter_unless_aligning())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare with:"), self))
        top.addWidget(self.combo, 1)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)
        self._align_timer = QTimer(self)
        self._align_timer.setSingleShot(True)
        self._align_timer.setInterval(0)
        self._align_timer.timeout.connect(self.follow_canvas)

    # ------------------------------------------------------------------ wiring

    def set_canvas(self, document, scene, view) -> None:
        """Draw the curve of ``scene``'s journey under ``view`` (None: nothing)."""
        if self.scene is not None and self.view is not None and self.document is not None:
            self.scene.layout_changed.disconnect(self._on_layout_changed)
            self.scene.selection_changed.disconnect(self._on_scene_selection_changed)
            self.view.horizontalScrollBar().valueChanged.disconnect(self._on_canvas_moved)
            self.view.zoom_changed.disconnect(self._on_canvas_moved)
            self.document.changed.disconnect(self._on_document_changed)
            self.document.journeys_changed.disconnect(self._fill_combo)
        self.document, self.scene, self.view = document, scene, view
        self._channel_names = None
        self._journey_shown = None
        self.compare_id = None
        self._compare_cache = None
        if scene is not None:
            scene.layout_changed.connect(self._on_layout_changed)
            scene.selection_changed.connect(self._on_scene_selection_changed)
            view.horizontalScrollBar().valueChanged.connect(self._on_canvas_moved)
            view.zoom_changed.connect(self._on_canvas_moved)
            document.changed.connect(self._on_document_changed)
            document.journeys_changed.connect(self._fill_combo)
        self._fill_combo()
        self.refresh()

    def compare_with(self, journey_id: int | None) -> None:
        """Overlay the curve of ``journey_id`` (None: no comparison)."""
        self.compare_id = journey_id
        self._compare_cache = None
        index = self.combo.findData(journey_id if journey_id is not None else -1)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        self.refresh()

    def series(self) -> dict[str, list[tuple[float, float, int]]]:
        """What is drawn: series label -> [(x, score, card id)] of the scored points, in drawing order."""
        return {label: list(points) for label, points in self._series.items()}

    # ------------------------------------------------------------------ drawing

    def _on_layout_changed(self) -> None:
        """The canvas laid its map out again: redraw only when something the curves show changed."""
        drawn = self._drawn
        if self._dragged is None and drawn is not None and (self.compare_id is None or self._compare_cache is not None):
            now = self._drawn_from()
            # A touchpoint read again (its score, or its persona scores, which the snapshot does not hold,
            # may have changed) is a new object: unchanged ones are the very objects drawn last time.
            if now is not None and now[0] == drawn[0] and len(now[1]) == len(drawn[1]) \
                    and all(map(operator.is_, now[1], drawn[1])):
                return
        self.refresh()

    def _drawn_from(self) -> tuple[tuple, tuple] | None:
        """What the curves depend on, cheap to compare, O(touchpoints) and no query: the journey, its
        scale and target, the touchpoints' x and the moments of truth; and the touchpoints' cards."""
        scene = self.scene
        # The layout so far: the touchpoints' x do not wait for a big map's lanes below the view (late_layout.py).
        if scene is None or scene.data is None or scene.layout_so_far is None:
            return None
        data = scene.data
        stages = [stage.id for stage in data.stages]
        touchpoints = tuple(data.cards[card_id] for lane in data.lanes if lane.kind is LaneKind.TOUCHPOINTS
                            for stage_id in stages for card_id in data.cells.get((lane.id, stage_id), ()))
        return ((scene.journey_id, data.title, data.state, data.scale, data.target_score, self.compare_id,
                 tuple(scene.layout_so_far.touchpoint_x.items()), tuple(scene.moments.items())), touchpoints)

    def refresh(self) -> None:
        """Draw the curves again from the canvas's snapshot (the plot's items get new data)."""
        self._drawn = self._drawn_from()
        self._series = {}
        self._points = {}
        self._begin_texts()
        scene = self.scene
        if scene is None or scene.data is None or scene.layout_so_far is None:
            for line, scatter in zip(self._lines, self._scatters, strict=True):
                line.setData([], [])
                scatter.setData([])
            self._rings.setData([])
            self._selection.setData([])
            self._persona_items.show([], {})
            self._hide_unused_texts()
            self.summary.setText("")
            return
        data, layout = scene.data, scene.layout_so_far  # only its touchpoints' x (see _drawn_from)
        if scene.journey_id != self._journey_shown:  # another journey: it cannot be compared with itself
            self._journey_shown = scene.journey_id
            if self.compare_id == scene.journey_id:
                self.compare_id = None
                self._compare_cache = None
            self._fill_combo()
        scale = data.scale
        if scale is not self._scale_shown:
            self._scale_shown = scale
            margin = (scale.high - scale.low) * 0.16  # room for the labels above peaks and below troughs
            self.box.setYRange(scale.low - margin, scale.high + margin, padding=0)
            # Two levels: the ends and the middle always, the other values while the plot is tall enough for
            # them (pyqtgraph leaves out a level's labels that would crowd a short plot).
            values = scale_ticks(scale)
            every = max(1, (len(values) - 1) // 2)
            major = [(v, number(v)) for v in values[::every]]
            minor = [(v, number(v)) for i, v in enumerate(values) if i % every]
            self.plot.getPlotItem().getAxis("left").setTicks([major, minor])
            self._neutral.setValue(scale.neutral)
        self._target.setVisible(data.target_score is not None)
        if data.target_score is not None:
            self._target.setValue(data.target_score)
        touchpoints = scene.touchpoints()  # the canvas's, worked out once per snapshot
        main = self._draw_curve(0, data, touchpoints, layout.touchpoint_x)
        summaries = [(self._label(data), curve.summarize(main, scale, data.target_score))]
        # Several personas on one map: a curve per persona with scores of its own (none: the pane as before).
        personas = persona_curves(self.document.session, touchpoints) if self.document is not None else []
        self._series.update(self._persona_items.show(personas, layout.touchpoint_x))
        persona_rows = [(p.name, curve.summarize(p.points, scale, data.target_score), p.colour) for p in personas]
        other = self._comparison() if self.compare_id is not None else None
        if other is not None:
            other_data, other_x = other
            points = self._draw_curve(1, other_data, curve.touchpoints_of(other_data), other_x)
            summaries.append((self._label(other_data), curve.summarize(points, scale, data.target_score)))
        else:
            self._lines[1].setData([], [])
            self._scatters[1].setData([])
        self._draw_moments()
        self._hide_unused_texts()
        self.declutter_labels()
        self._draw_selection()
        self.summary.setText(self._summary_html(summaries + persona_rows, scale))
        self._align_timer.start()

    def _fill_combo(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("No comparison"), -1)
        if self.document is not None and self.scene is not None:
            for journey in self.document.session.scalars(select(Journey).order_by(Journey.position)):
                if journey.id == self.scene.journey_id:
                    continue
                label = self.tr("to be") if journey.state is JourneyState.TO_BE else self.tr("as is")
                text = f"{journey.title} ({label})"
                if journey.personas:  # variants of a journey per persona: say whose it is
                    text += " — " + ", ".join(persona.name for persona in journey.personas)
                self.combo.addItem(text, journey.id)
        index = self.combo.findData(self.compare_id if self.compare_id is not None else -1)
        if index < 0:
            self.compare_id = None
            index = 0
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def _on_combo_activated(self, index: int) -> None:
        value = self.combo.itemData(index)
        self.compare_with(None if value in (None, -1) else value)

    def _comparison(self) -> tuple[JourneyData, dict[int, float]] | None:
        scene = self.scene
        if self._compare_cache is None and self.document is not None and self.compare_id is not None \
                and scene is not None:
            try:
                other = read_journey(self.document.session, self.compare_id)
            except ParcoursError:
                self.compare_id = None
                return None
            layout = compute_layout(other, scene.metrics, scene.style, wrapper=scene.wrapper)
            self._compare_cache = (other, layout.touchpoint_x)
        return self._compare_cache

    def _on_document_changed(self, change) -> None:
        if "channel" in change.created or "channel" in change.updated or "channel" in change.deleted:
            self._channel_names = None
        if self.compare_id is not None:
            self._compare_cache = None
            if self.scene is not None and self.scene.journey_id == self.compare_id:
                self.compare_id = None
        if "journey" in change.created or "journey" in change.deleted:
            self._fill_combo()
        if self.scene is not None and (set(change.created) | set(change.updated) | set(change.deleted)) - _NOT_DRAWN:
            # Beyond the cards (persona scores, channels, the journey...): what the canvas's snapshot
            # does not show, so the layout's check in _on_layout_changed cannot see it. The links that
            # come and go with cards are not drawn here: a delete of cards redraws the curves once, not twice.
            self.refresh()

    # ------------------------------------------------------------------ the canvas's x axis

    def _on_canvas_moved(self, *_args) -> None:
        self._align_timer.start()

    def follow_canvas(self) -> None:
        """Give the plot the canvas's visible x range, its first stage column above the plot's left edge."""
        view, scene = self.view, self.scene
        if view is None or scene is None or scene.layout_so_far is None or not self.isVisible():
            return
        visible = view.visible_scene_rect()
        left = max(visible.left(), 0.0) + scene.style.lane_header_width
        right = visible.right()
        if right <= left:
            return
        viewport = view.viewport()
        # Where the plot area must start and end, in this pane's coordinates.
        start = self.plot.mapFrom(self, self.mapFromGlobal(viewport.mapToGlobal(view.mapFromScene(QPointF(left, 0)))))
        end = self.plot.mapFrom(self, self.mapFromGlobal(viewport.mapToGlobal(QPoint(viewport.width(), 0))))
        self._aligning = True  # the labels make room once, at the end, not at each step of the plot's settling
        try:
            self._settle_plot(start, end)
            self._syncing = True
            try:
                self.box.setXRange(left, right, padding=0)
            finally:
                self._syncing = False
        finally:
            self._aligning = False
        if self._label_room() != self._decluttered_for:  # else the refresh that asked for this placed them
            self.declutter_labels()

    def _declutter_unless_aligning(self) -> None:
        if not self._aligning:
            self.declutter_labels()

    def _settle_plot(self, start: QPoint, end: QPoint) -> None:
        """Move the plot area until it spans ``start`` to ``end`` (this pane's x), in a few steps at most."""
        item = self.plot.getPlotItem()
        axis = item.getAxis("left")
        for _ in range(3):  # the axis width moves the view box; settle in a pass or two
            box_rect = self.plot.mapFromScene(self.box.sceneBoundingRect()).boundingRect()
            shift = start.x() - box_rect.left()
            right_gap = box_rect.right() - end.x()
            # A pane narrower than the canvas ends short of it (no margin left to take): as good as it gets.
            if abs(shift) < 1 and (abs(right_gap) < 1 or (right_gap < 0 and self._right_margin <= 0)):
                break
            axis.setWidth(max(20, int(axis.width() + shift)))
            self._right_margin = max(0.0, self._right_margin + right_gap)
            item.layout.setContentsMargins(0, 4, self._right_margin, 4)
            item.layout.activate()
            self.plot.scene().update()
            # The plot's layout settles from posted layout requests: those alone, not a nested turn of the
            # event loop (it ran the map's pending paint and fill inside this call: one long freeze).
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _on_box_x_range_changed(self, _box, x_range) -> None:
        if self._syncing or self.view is None or self.scene is None:
            return
        visible = self.view.visible_scene_rect()
        left = max(visible.left(), 0.0) + self.scene.style.lane_header_width
        delta = x_range[0] - left
        if abs(delta) > 0.5:
            bar = self.view.horizontalScrollBar()
            bar.setValue(bar.value() + round(delta * self.view.zoom))

    # ------------------------------------------------------------------ points under the mouse

    def point_at(self, scene_pos: QPointF) -> int | None:
        """The card of the main curve's point within :data:`HIT_RADIUS` pixels of a plot-scene point."""
        best, best_distance = None, HIT_RADIUS
        for card_id, (x, y) in self._points.items():
            where = self.box.mapViewToScene(QPointF(x, y))
            distance = math.hypot(where.x() - scene_pos.x(), where.y() - scene_pos.y())
            if distance <= best_distance:
                best, best_distance = card_id, distance
        return best

    def drag_point(self, ev) -> bool:
        """Move a point up or down with the mouse (live), push one command on release; False: not on a point."""
        if ev.isStart():
            card_id = self.point_at(ev.buttonDownScenePos())
            if card_id is None:
                return False
            score = self._points[card_id][1]
            self._dragged = (card_id, score, score)
        if self._dragged is None:
            return False
        card_id, before, _now = self._dragged
        if self.scene is None or self.scene.data is None:
            self._dragged = None
            return False
        scale = self.scene.data.scale
        value = self.box.mapSceneToView(ev.scenePos()).y()
        step = (scale.high - scale.low) / 20.0
        value = min(scale.high, max(scale.low, round(value / step) * step))
        value = round(value, 2)
        self._dragged = (card_id, before, value)
        if ev.isFinish():
            self._dragged = None
            self._drag_marker.setData([])
            if value != before and self.document is not None:
                try:
                    push(self.document, EditCardCommand(self.document, card_id, merge=False, score=value))
                except ParcoursError as error:
                    message = escape_html(error.message(i18n.translate))
                    self.summary.setText(f"<span style='color:#C42B2B'>{message}</span>")
            self.refresh()
        else:
            self._show_drag(card_id, value)
        return True

    def wheel(self, ev) -> bool:
        """Scroll or zoom the canvas from a wheel turned over the plot; False when there is no canvas."""
        view = self.view
        if view is None:
            return False
        steps = ev.delta() / 120.0
        if ev.modifiers() & Qt.KeyboardModifier.ControlModifier:
            view.set_zoom(view.zoom * (1.25 ** steps))
        else:
            bar = view.horizontalScrollBar()
            bar.setValue(bar.value() - round(steps * bar.singleStep() * 3))
        return True

    def _on_scatter_clicked(self, _scatter, spots, _event) -> None:
        if len(spots):
            self.card_clicked.emit(spots[0].data())

    def _on_scene_selection_changed(self) -> None:
        if self.scene is not None and self.scene.data is not None:
            self._draw_selection()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._align_timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._align_timer.start()
