"""The poster dialog's right column: the poster's outline with the office sheets over it (overlaps darker) or its
bleed, and the lines that say what comes out, what would need fewer sheets, what cannot be printed.

The dialog (:mod:`app.ui.export_dialog`) words every line; these widgets only show them.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.export.paper import TileGrid
from app.ui import theme


class SheetGridPreview(QWidget):
    """The poster's outline, scaled to fit, with the office sheets over it (overlaps shaded) or its bleed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poster_mm: tuple[float, float] | None = None
        self.grid: TileGrid | None = None
        self.bleed_mm = 0.0
        self.crop_marks = False
        self.setMinimumSize(260, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # Qt's name
        return QSize(320, 280)

    def show_poster(self, poster_mm: tuple[float, float] | None, grid: TileGrid | None = None, bleed_mm: float = 0.0,
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

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt's name
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


class PosterSummary(QWidget):
    """The preview, the sheet count and its detail, a better sheet orientation, a problem, a readability warning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = SheetGridPreview(self)
        self.sheet_label = self._label()
        font = self.sheet_label.font()
        font.setBold(True)
        self.sheet_label.setFont(font)
        self.detail_label = self._label()
        self.suggestion_label = self._label()
        self.suggestion_button = QPushButton(self)
        self.problem_label = self._label()
        theme.mark_alert(self.problem_label)
        self.readability_label = self._label()
        theme.mark_alert(self.readability_label, "warning")
        self.readability_label.hide()
        suggestion_row = QHBoxLayout()
        suggestion_row.addWidget(self.suggestion_label, 1)
        suggestion_row.addWidget(self.suggestion_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(suggestion_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.readability_label)

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        return label

    def hide_details(self) -> None:
        """Hide the detail line and the suggestion until the new options say them again."""
        for widget in (self.suggestion_label, self.suggestion_button, self.detail_label):
            widget.hide()

    def clear_problem(self) -> None:
        """The options can be printed: no problem shown."""
        self.problem_label.hide()
        self.problem_label.setText("")

    def show_problem(self, sentence: str) -> None:
        """Say why the options cannot be printed, in place of the preview and the sheet count."""
        self.hide_details()
        self.problem_label.setText(sentence)
        self.problem_label.show()
        self.show_readability("")
        self.sheet_label.setText("")
        self.preview.show_poster(None)

    def show_readability(self, sentence: str) -> None:
        """Warn (without refusing) that card text would print too small; "" hides the warning."""
        self.readability_label.setText(sentence)
        self.readability_label.setVisible(bool(sentence))

    def show_suggestion(self, text: str, button_text: str, orientation: str) -> None:
        """Offer the other sheet ``orientation`` (it needs fewer sheets) with a button that switches to it."""
        self.suggestion_label.setText(text)
        self.suggestion_button.setText(button_text)
        self.suggestion_button.setProperty("orientation", orientation)
        self.suggestion_label.show()
        self.suggestion_button.show()
