"""The view of the map: zoom, pan, sticky headers, keyboard navigation, palette drops, in-place edits.

Zoom with Ctrl+wheel, a pinch, the menu or the keyboard; pan with the scroll
bars, the wheel, a middle-button drag or a drag with the space bar held.
Arrows move the selection from cell to cell, Tab walks the cards in reading
order, F2 or Enter edits the title in place, Alt+arrows move the selected
cards. The view emits requests; the controller makes the edits.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QNativeGestureEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGestureEvent, QGraphicsView, QPinchGesture, QWidget

from app.ui import theme, turns
from app.ui.canvas import navigation
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.card_paint import FAR_LOD, LEVEL_STEP
from app.ui.canvas.clipboard import read_palette
from app.ui.canvas.desk import fill_desk
from app.ui.canvas.editor import InlineEditor
from app.ui.canvas.items import LinkItem
from app.ui.canvas.scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
#: One zoom step (Ctrl+wheel notch, Zoom in): a ratio of two zoom levels of the card pixmaps (1:1 blits).
ZOOM_STEP = LEVEL_STEP
#: While dragging, the view scrolls when the mouse is this close to its edge (pixels)...
AUTOSCROLL_MARGIN = 36
#: ...by up to this many pixels per tick of the timer.
AUTOSCROLL_STEP = 24


class CanvasView(QGraphicsView):
    """Shows a :class:`MapScene`; one per window."""

    #: The zoom factor changed (1.0 = 100 %).
    zoom_changed = Signal(float)
    #: Rename in place: ("card" | "lane" | "stage", id, new text).
    rename_requested = Signal(str, int, str)
    #: Move the selected cards one cell: (lane step, stage step) or within the cell (0, 0, step).
    nudge_requested = Signal(int, int, int)
    #: A palette entry was dropped: lane id, stage id, index, palette payload.
    palette_dropped = Signal(int, int, int, object)
    #: A channel from the palette dropped on a card: (card id, channel id) - the card takes it.
    channel_dropped_on_card = Signal(int, int)
    #: Right click: ("card" | "link" | "lane" | "stage" | "cell" | "", id or -1, global position, scene position).
    context_menu_requested = Signal(str, int, QPoint, QPointF)
    #: Insert (keyboard): add a card after the current one.
    add_card_requested = Signal()

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene  # the view does not own its scene: keep it alive
        turns.watch()  # the map's work in the background shares the loop's turns from here
        self._pan_from: QPoint | None = None
        self._space = False
        self.editor: InlineEditor | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        # Items set the pen, brush and font they use, and restore any transform they change.
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        # Every pixel of a repaint is painted: the desk where no opaque lane is, the lanes (drawBackground). Qt's
        # own fill of the viewport's background under them wrote the whole screen once more (a sixth of a frame).
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        canvas_palette.follow(self)  # issue 13: the desk and the map follow the theme, live
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setMouseTracking(True)
        self._last_drag: tuple[QPointF, Qt.MouseButton, Qt.KeyboardModifier] | None = None
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._on_autoscroll_timeout)
        scene.layout_changed.connect(self._pin)
        scene.inline_edit_requested.connect(self.start_inline_edit)
        # Qt tells the band's new rectangle before it selects the items under it: a big map's far cards
        # (far zoom, or scrolled past) get their items first (see lazy.py).
        self.rubberBandChanged.connect(self._on_rubber_band_changed)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802  (Qt's name)
        """The desk, filled only where the map's opaque lanes do not cover it (see desk.py).

        The viewport paints opaque (no fill of its own first): with the lanes, this covers every pixel of ``rect``.
        """
        fill_desk(painter, rect, self.backgroundBrush(), self._scene.grid.opaque_rects())

    # ------------------------------------------------------------------ zoom

    @property
    def zoom(self) -> float:
        """The current zoom factor (1.0 = 100 %)."""
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``factor`` (clamped), keeping the scene point under ``anchor`` (view coordinates) still."""
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self.zoom) < 1e-9:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(anchor.toPoint())
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        # Far or not before the view moves: the scrolls below tell the scene what the view shows, and
        # far out it makes no card item for it (a map made on demand would make them all, see lazy.py).
        self._scene.set_far(factor < FAR_LOD)
        scale = factor / self.zoom
        self.scale(scale, scale)
        self.setTransformationAnchor(old_anchor)
        # Scroll so that the scene point that was under the anchor is under it again.
        drift = QPointF(self.mapFromScene(fixed)) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + round(drift.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + round(drift.y()))
        self._scene.set_far(self.zoom < FAR_LOD)
        self._pin()
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        """One step closer."""
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """One step further."""
        self.set_zoom(self.zoom / ZOOM_STEP)

    def zoom_actual(self) -> None:
        """100 %."""
        self.set_zoom(1.0)

    def fit(self) -> None:
        """Show the whole map in the window."""
        layout = self._scene.layout
        if layout is None:
            return
        area = self.viewport().rect().adjusted(8, 8, -8, -8)
        if area.width() <= 0 or area.height() <= 0:
            return
        factor = min(area.width() / max(1.0, layout.width), area.height() / max(1.0, layout.height))
        self.set_zoom(factor)
        self.centerOn(layout.width / 2.0, layout.height / 2.0)
        self._pin()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom * (ZOOM_STEP ** steps), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = cast(QGestureEvent, event).gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self.set_zoom(self.zoom * pinch.scaleFactor())
                return True
        if event.type() == QEvent.Type.NativeGesture and isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
                self.set_zoom(self.zoom * (1.0 + event.value()), event.position())
                return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------------ sticky headers

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._pin()

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene the viewport shows."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _pin(self) -> None:
        self._scene.pin_headers(self.visible_scene_rect())

    def _on_rubber_band_changed(self, band: QRect, _start: QPointF, _end: QPointF) -> None:
        # The band (in the viewport) is the one about to select; Qt's scene end point lags a move behind.
        if not band.isNull():
            self._scene.make_items_in(self.mapToScene(band).boundingRect())

    # ------------------------------------------------------------------ panning

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if not navigation.handle_key(self, event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def focusNextPrevChild(self, next_child: bool) -> bool:
        return False  # Tab walks the cards (see navigation)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton and self._space):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self._scene.gestures.active:
            self._last_drag = (event.position(), event.buttons(), event.modifiers())
            if self._edge_push(event.position()) != QPoint() and not self._autoscroll.isActive():
                self._autoscroll.start()
        else:
            self._last_drag = None

    def _edge_push(self, pos: QPointF) -> QPoint:
        """How far to scroll when dragging at ``pos``: towards the edge it is near, faster the nearer."""
        area = self.viewport().rect()

        def push(value: float, low: int, high: int) -> int:
            if value < low + AUTOSCROLL_MARGIN:
                return -round(AUTOSCROLL_STEP * min(1.0, (low + AUTOSCROLL_MARGIN - value) / AUTOSCROLL_MARGIN))
            if value > high - AUTOSCROLL_MARGIN:
                return round(AUTOSCROLL_STEP * min(1.0, (value - high + AUTOSCROLL_MARGIN) / AUTOSCROLL_MARGIN))
            return 0

        return QPoint(push(pos.x(), area.left(), area.right()), push(pos.y(), area.top(), area.bottom()))

    def _on_autoscroll_timeout(self) -> None:
        if self._last_drag is None or not self._scene.gestures.active:
            self._autoscroll.stop()
            return
        pos, buttons, modifiers = self._last_drag
        step = self._edge_push(pos)
        if step == QPoint():
            self._autoscroll.stop()
            return
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        before = (horizontal.value(), vertical.value())
        horizontal.setValue(horizontal.value() + step.x())
        vertical.setValue(vertical.value() + step.y())
        if (horizontal.value(), vertical.value()) == before:
            return
        # The mouse is still, the map moved under it: the dragged items follow.
        move = QMouseEvent(QEvent.Type.MouseMove, pos, QPointF(self.viewport().mapToGlobal(pos.toPoint())),
                           Qt.MouseButton.NoButton, buttons, modifiers)
        super().mouseMoveEvent(move)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._autoscroll.stop()
        self._last_drag = None
        if self._pan_from is not None:
            self._pan_from = None
            if self._space:
                self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            else:
                self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ------------------------------------------------------------------ context menus

    def contextMenuEvent(self, event) -> None:
        scene = self._scene
        pos = self.mapToScene(event.pos())
        header = scene.header_at(pos)
        card = scene.card_at(pos)
        links = [item for item in scene.items(pos) if isinstance(item, LinkItem)]
        if header is not None:
            scene.clearSelection()
            scene.set_current_header(*header)
            scene.header_selected.emit(*header)
            kind, item_id = header
        elif card is not None:
            if not card.isSelected():
                scene.select_cards([card.card_id])
            scene.current_card = card.card_id
            kind, item_id = "card", card.card_id
        elif links:
            scene.clearSelection()
            links[0].setSelected(True)
            kind, item_id = "link", links[0].link_id
        elif scene.cell_at(pos) is not None:
            kind, item_id = "cell", -1
        else:
            kind, item_id = "", -1
        self.context_menu_requested.emit(kind, item_id, event.globalPos(), pos)
        event.accept()

    # ------------------------------------------------------------------ palette drops

    def dragEnterEvent(self, event) -> None:
        if read_palette(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        payload = read_palette(event.mimeData())
        if payload is None:
            super().dragMoveEvent(event)
            return
        scene_pos = self.mapToScene(event.position().toPoint())
        card = self._scene.card_at(scene_pos) if payload.get("channel_id") is not None else None
        if card is not None:  # issue 13: the card under a dragged channel takes it
            self._scene.indicator.show_at(card.sceneBoundingRect(), QRectF())
            event.acceptProposedAction()
            return
        target = navigation.palette_target(self._scene, payload, scene_pos)
        if target is None:
            self._scene.indicator.hide()
            event.ignore()
            return
        self._scene.indicator.show_at(target.cell, target.bar)
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self._scene.indicator.hide()
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        payload = read_palette(event.mimeData())
        if payload is None:
            super().dropEvent(event)
            return
        self._scene.indicator.hide()
        scene_pos = self.mapToScene(event.position().toPoint())
        card = self._scene.card_at(scene_pos) if payload.get("channel_id") is not None else None
        if card is not None:  # issue 13: a channel dropped on a card sets that card's channel
            event.acceptProposedAction()
            self.channel_dropped_on_card.emit(card.card_id, payload["channel_id"])
            return
        target = navigation.palette_target(self._scene, payload, scene_pos)
        if target is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.palette_dropped.emit(target.lane_id, target.stage_id, target.index, payload)

    # ------------------------------------------------------------------ editing in place

    def start_inline_edit(self, kind: str, item_id: int) -> None:
        """Edit the title of a card, or the name of a lane or stage, over the canvas."""
        scene = self._scene
        if self.editor is not None:
            self.editor.clearFocus()
        if kind == "card":
            item = scene.card_item(item_id)
            if item is None or item.card_data is None:
                return
            self.ensureVisible(item.sceneBoundingRect(), 40, 40)
            rect = item.sceneBoundingRect().adjusted(4, 4, -10, -4)
            rect.setHeight(min(rect.height(), 34.0))
            text, size = item.card_data.title, scene.style.title_size
        elif kind == "lane":
            rect, size = scene.lane_header_rect(item_id), 14.0
            rect.setHeight(min(rect.height(), 34.0))
            lanes = scene.data.lanes if scene.data is not None else []
            text = next((lane.name for lane in lanes if lane.id == item_id), "")
        elif kind == "stage":
            rect, size = scene.stage_header_rect(item_id), 14.0
            stages = scene.data.stages if scene.data is not None else []
            text = next((stage.name for stage in stages if stage.id == item_id), "")
        else:
            return
        if rect.isEmpty():
            return
        if kind != "card":  # issue 13: a new lane or stage far down or right is brought into view first
            self.ensureVisible(rect, 40, 40)
            rect = scene.lane_header_rect(item_id) if kind == "lane" else scene.stage_header_rect(item_id)
            if kind == "lane":
                rect.setHeight(min(rect.height(), 34.0))
        view_rect = self.mapFromScene(rect).boundingRect()
        view_rect.setHeight(max(view_rect.height(), 26))
        view_rect.setWidth(max(view_rect.width(), 140))
        font = theme.pixel_font(max(11.0, size * self.zoom), kind == "card")
        editor = InlineEditor(self.viewport(), text, view_rect, font)
        editor.committed.connect(lambda value: self._on_editor_committed(kind, item_id, text, value))
        editor.cancelled.connect(self._on_editor_closed)
        self.editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_editor_committed(self, kind: str, item_id: int, before: str, text: str) -> None:
        self._on_editor_closed()
        if text != before:
            self.rename_requested.emit(kind, item_id, text)

    def _on_editor_closed(self) -> None:
        self.editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
