"""The poster dialog's preview: the poster's outline, the office sheets over it (overlaps darker), or its bleed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class SheetGridPreview(QWidget):
    """The poster's outline, scaled to fit, with the office sheets over it (overlaps shaded) or its bleed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poster_mm: tuple[float, float] | None = None
        self.grid = None  # app.export.paper.TileGrid | None
        self.bleed_mm = 0.0
        self.crop_marks = False
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(320, 280)

    def show_poster(self, poster_mm: tuple[float, float] | None, grid=None, bleed_mm: float = 0.0,
                    crop_marks: bool = False) -> None:
        """Draw a poster of ``poster_mm`` (None: nothing valid to show), cut by ``grid`` or with ``bleed_mm``."""
        self.poster_mm, self.grid, self.bleed_mm, self.crop_marks = poster_mm, grid, bleed_mm, crop_marks
        self.update()

    def sheet_rects(self) -> list[QRectF]:
        """The part of the poster each office sheet prints, in poster millimetres (row by row)."""
        if self.grid is None:
            return []
        window_w, window_h = self.grid.window_mm
        step_x, step_y = window_w - self.grid.overlap_mm, window_h - self.grid.overlap_mm
        return [QRectF(column * step_x, row * step_y, window_w, window_h)
                for row in range(self.grid.rows) for column in range(self.grid.columns)]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        if self.poster_mm is None:
            painter.end()
            return
        sheets = self.sheet_rects()
        extent = QRectF(0.0, 0.0, *self.poster_mm)
        for sheet in sheets:
            extent = extent.united(sheet)
        # A 3 mm bleed would be a hair at this scale: drawn at least 2 % of the poster wide, to be seen.
        bleed = max(self.bleed_mm, 0.02 * min(self.poster_mm)) if self.bleed_mm > 0 and not sheets else 0.0
        marks = 0.05 * min(self.poster_mm) if self.crop_marks and not sheets else 0.0
        extent = extent.adjusted(-bleed - marks, -bleed - marks, bleed + marks, bleed + marks)
        padding = 12.0
        scale = min((self.width() - 2 * padding) / extent.width(), (self.height() - 2 * padding) / extent.height())
        painter.translate((self.width() - extent.width() * scale) / 2.0 - extent.left() * scale,
                          (self.height() - extent.height() * scale) / 2.0 - extent.top() * scale)
        painter.scale(scale, scale)
        poster = QRectF(0.0, 0.0, *self.poster_mm)
        if bleed > 0:
            painter.fillRect(poster.adjusted(-bleed, -bleed, bleed, bleed), QColor(240, 200, 200))
        painter.fillRect(poster, QColor("white"))
        # A hint of the map: a title band and the swimlanes.
        band = poster.height() * 0.08
        painter.fillRect(QRectF(poster.width() * 0.05, poster.height() * 0.04, poster.width() * 0.5, band * 0.5),
                         QColor(200, 205, 215))
        for lane in range(5):
            top = poster.height() * 0.18 + lane * poster.height() * 0.15
            painter.fillRect(QRectF(poster.width() * 0.05, top, poster.width() * 0.9, poster.height() * 0.11),
                             QColor(225, 232, 242))
        outline = QPen(QColor(60, 60, 60))
        outline.setCosmetic(True)
        outline.setWidthF(1.5)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(poster)
        if sheets:
            # Translucent sheets: where two overlap the shade doubles, which is the overlap.
            painter.setBrush(QBrush(QColor(30, 110, 200, 45)))
            sheet_pen = QPen(QColor(30, 90, 170))
            sheet_pen.setCosmetic(True)
            painter.setPen(sheet_pen)
            for sheet in sheets:
                painter.drawRect(sheet)
        elif bleed > 0:
            trim = QPen(QColor(190, 40, 40), 1.0, Qt.PenStyle.DashLine)
            trim.setCosmetic(True)
            painter.setPen(trim)
            painter.drawRect(poster.adjusted(-bleed, -bleed, bleed, bleed))
        if marks > 0:
            mark_pen = QPen(QColor("black"))
            mark_pen.setCosmetic(True)
            painter.setPen(mark_pen)
            gap = bleed + marks * 0.2
            for x, y, sx, sy in ((0, 0, -1, -1), (poster.width(), 0, 1, -1), (0, poster.height(), -1, 1),
                                 (poster.width(), poster.height(), 1, 1)):
                painter.drawLine(QPointF(x + sx * gap, y), QPointF(x + sx * (bleed + marks), y))
                painter.drawLine(QPointF(x, y + sy * gap), QPointF(x, y + sy * (bleed + marks)))
        painter.end()
