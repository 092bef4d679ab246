"""The overview (minimap): the whole map in miniature, the view's rectangle on it, draggable.

It draws the map's lanes and cards as coloured blocks into a pixmap, made
again only when the map is laid out again, and outlines the part the canvas
shows. Clicking or dragging on it moves the canvas there.
"""

from __future__ import annotations

import time
from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui import theme, turns
from app.ui.canvas import palette as canvas_palette

#: How long after the map is laid out again the miniature is drawn again (edits in a row draw it once).
REDRAW_DELAY_MS = 250
#: Cards drawn into the miniature per turn of the event loop, at most...
SLICE_CARDS = 10_000
#: ...and for no longer than this (ms, less when the turn of the loop is spent: app/ui/turns.py), looking at
#: the clock after each few hundred (100,000 cards at once took some 50 ms: a freeze right when a big map's
#: last lanes were laid out).
SLICE_MS = 5.0
_CHECK_EVERY = 500


class Minimap(QWidget):
    """An overview of the canvas's map; follows the canvas view and moves it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minimap")
        self.setMinimumSize(160, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("The whole map: click or drag to move the view"))
        self.view = None
        self.scene = None
        self._pixmap: QPixmap | None = None
        self._scale = 1.0
        self._offset = QPointF()
        #: The journey the miniature shows.
        self._drawn_journey: int | None = None
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.setInterval(REDRAW_DELAY_MS)
        self._redraw_timer.timeout.connect(self._redraw)
        #: The cards of the miniature (see _draw_cards) while some are not drawn yet, from _cards_next on,
        #: drawn from this timer.
        self._cards_left: list = []
        self._cards_next = 0
        self._cards_timer = QTimer(self)
        self._cards_timer.setSingleShot(True)
        self._cards_timer.setInterval(0)
        self._cards_timer.timeout.connect(self._draw_cards)
        # The map's colours are the theme's: drawn again when it changes.
        theme.signals().changed.connect(self._on_theme_changed)

    def sizeHint(self) -> QSize:
        return QSize(240, 140)

    def set_view(self, scene, view) -> None:
        """Follow ``view`` on ``scene`` (None, None: nothing)."""
        if self.scene is not None:
            for signal, slot in ((self.scene.layout_changed, self._on_layout_changed),):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        if self.view is not None:
            for bar in (self.view.horizontalScrollBar(), self.view.verticalScrollBar()):
                try:
                    bar.valueChanged.disconnect(self._on_view_moved)
                except (RuntimeError, TypeError):
                    pass
            try:
                self.view.zoom_changed.disconnect(self._on_view_moved)
            except (RuntimeError, TypeError):
                pass
        self.scene, self.view = scene, view
        if scene is not None and view is not None:
            scene.layout_changed.connect(self._on_layout_changed)
            view.horizontalScrollBar().valueChanged.connect(self._on_view_moved)
            view.verticalScrollBar().valueChanged.connect(self._on_view_moved)
            view.zoom_changed.connect(self._on_view_moved)
        self._redraw()

    # ------------------------------------------------------------------ drawing

    def _on_theme_changed(self, _dark: bool) -> None:
        self._redraw()

    def _on_layout_changed(self) -> None:
        if self.scene is None or self._pixmap is None or self._drawn_journey != self.scene.journey_id:
            self._redraw()  # another journey: drawn at once
        elif getattr(self.scene, "layout_moved", True):
            # Drawn again a moment later, not in the edit's frame: 10,000 blocks take tens of ms, and
            # until then the old miniature differs by a card's height at most.
            self._redraw_timer.start()

    def _redraw(self) -> None:
        self._pixmap = None
        self._cards_left, self._cards_next = [], 0
        self._cards_timer.stop()
        self._drawn_journey = self.scene.journey_id if self.scene is not None else None
        self.update()

    def _on_view_moved(self, *_args) -> None:
        self.update()

    def _map_pixmap(self, *, wait: bool = True) -> QPixmap | None:
        """The miniature (made on first use); without ``wait``, None while the map is still being laid out."""
        if not wait and getattr(self.scene, "layout_pending", False):
            return None  # drawn once the layout is whole (layout_changed), not in the map's first frames
        layout = self.scene.layout if self.scene is not None else None
        if layout is None or layout.width <= 0 or layout.height <= 0:
            return None
        if self._pixmap is not None:
            return self._pixmap
        area = self.rect().adjusted(4, 4, -4, -4)
        self._scale = min(area.width() / layout.width, area.height() / layout.height)
        size = QSize(max(1, round(layout.width * self._scale)), max(1, round(layout.height * self._scale)))
        self._offset = QPointF(area.x() + (area.width() - size.width()) / 2.0,
                               area.y() + (area.height() - size.height()) / 2.0)
        palette = canvas_palette.current()
        pixmap = QPixmap(size)
        pixmap.fill(theme.colour(palette.paper))
        painter = QPainter(pixmap)
        painter.scale(self._scale, self._scale)
        for lane in layout.lanes:
            painter.fillRect(QRectF(lane.rect.x, lane.rect.y, lane.rect.w, lane.rect.h),
                             theme.colour(palette.lane_tint(lane.kind)))
        painter.fillRect(QRectF(0, 0, layout.width, layout.style.stage_header_height),
                         theme.colour(palette.stage_header_fill))
        painter.end()
        self._pixmap = pixmap
        self._cards_left, self._cards_next = list(layout.cards.values()), 0
        self._draw_cards()
        return pixmap

    def _draw_cards(self) -> None:
        """Draw the next cards into the miniature (the lanes are drawn); the others from the next turn of the
        loop, so that a miniature of 100,000 cards is no long freeze (the cards never overlap: the pixels are
        those of one pass)."""
        pixmap, boxes = self._pixmap, self._cards_left
        if pixmap is None or not boxes:
            return
        deadline = turns.deadline(SLICE_MS)
        start = self._cards_next
        end = min(len(boxes), start + SLICE_CARDS)
        palette = canvas_palette.current()
        accents: dict[object, str] = {}
        painter = QPainter(pixmap)
        painter.scale(self._scale, self._scale)
        painter.setPen(Qt.PenStyle.NoPen)
        while start < end:
            blocks: dict[str, list[QRectF]] = defaultdict(list)
            for box in boxes[start:min(end, start + _CHECK_EVERY)]:
                colour = accents.get(box.kind)
                if colour is None:
                    colour = accents[box.kind] = palette.accent(box.kind)
                rect = box.rect
                blocks[colour].append(QRectF(rect.x, rect.y, rect.w, rect.h))
            for colour, rects in blocks.items():
                painter.setBrush(theme.colour(colour))
                painter.drawRects(rects)
            start = min(end, start + _CHECK_EVERY)
            if time.perf_counter() > deadline:
                break
        painter.end()
        self._cards_next = start
        if start < len(boxes):
            self._cards_timer.start()
        else:
            self._cards_left, self._cards_next = [], 0
        self.update()

    def view_rect(self) -> QRectF:
        """The canvas view's visible part, in this widget's coordinates."""
        if self.view is None or self._map_pixmap() is None:
            return QRectF()
        visible = self.view.visible_scene_rect()
        return QRectF(self._offset.x() + visible.x() * self._scale, self._offset.y() + visible.y() * self._scale,
                      visible.width() * self._scale, visible.height() * self._scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        pixmap = self._map_pixmap(wait=False)
        if pixmap is None:
            return
        painter.drawPixmap(self._offset, pixmap)
        rect = self.view_rect().intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        selection = theme.colour(canvas_palette.current().selection)
        fill = QColor(selection)
        fill.setAlpha(40)
        painter.setPen(QPen(selection, 2.0))
        painter.setBrush(fill)
        painter.drawRect(rect)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._pixmap = None
        self._cards_left, self._cards_next = [], 0
        super().resizeEvent(event)

    # ------------------------------------------------------------------ moving the view

    def scene_point(self, pos: QPointF) -> QPointF:
        """The map point under a point of this widget."""
        if self._map_pixmap() is None or self._scale <= 0:
            return QPointF()
        return QPointF((pos.x() - self._offset.x()) / self._scale, (pos.y() - self._offset.y()) / self._scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._centre_on(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._centre_on(event.position())

    def _centre_on(self, pos: QPointF) -> None:
        if self.view is None or self._map_pixmap() is None:
            return
        self.view.centerOn(self.scene_point(pos))
        self.update()
