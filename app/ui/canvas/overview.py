"""Cards seen from far away: one item paints them all as plain coloured blocks.

Below :data:`~app.ui.canvas.card_paint.FAR_LOD` a card has no room for a legible line: it
shows only its fill and its stripe. Painting thousands of such cards one Python call each
costs more than a frame, so when the view zooms out this far the scene gives
its card items no contents (they stay, invisible to the painter but still
selectable, hit-tested and draggable) and this item draws the cards of the
exposed cells in a few batched calls. Dragged cards paint themselves. A card tall
enough for one legible line of its title still gets it (the rule of
:mod:`~app.ui.canvas.card_paint`): only those are measured, so a far view of
10,000 small cards costs no text at all.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model.enums import LaneKind
from app.model.journey_data import JourneyData
from app.model.layout import MapLayout
from app.ui import theme
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.card_paint import min_title_height, title_lines, title_padding
from app.ui.canvas.items import Z_CARD

#: Width of a card's stripe, drawn on its left edge.
_STRIPE = 4.0


class OverviewItem(QGraphicsItem):
    """Every card of the map as a block of its colour, for far zoom levels."""

    def __init__(self) -> None:
        super().__init__()
        #: Per cell: its rectangle, the x of its cards' left edge, and its cards as (card id, block, own
        #: colour, lane kind). A stripe is its block squeezed to the stripe's width (see paint): one QRectF
        #: less per card (some 240 bytes each, on a 100,000-card map).
        self._cells: list[tuple[QRectF, float, list[tuple[int, QRectF, str | None, LaneKind]]]] = []
        self._bounds = QRectF()
        self._layout: MapLayout | None = None
        self._data: JourneyData | None = None
        #: Title lines by (cell index, zoom, palette): a frame only draws them (wrapping is most of the cost).
        self._titles: dict[tuple[int, float, str], list[tuple[int, float, str, QPointF, QStaticText]]] = {}
        #: Cards not to draw here (being dragged: they draw themselves).
        self.skipped: set[int] = set()
        #: Cards outlined as selected, and as matches of Find.
        self.selected: set[int] = set()
        self.found: set[int] = set()
        self.setZValue(Z_CARD - 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.hide()

    def set_layout(self, layout: MapLayout | None, data: JourneyData | None) -> None:
        """Draw the cards of ``layout`` with the colours of ``data``."""
        self.prepareGeometryChange()
        self._cells = []
        self._bounds = QRectF()
        self._layout, self._data = layout, data
        self._titles = {}
        if layout is not None and data is not None:
            for key, cell in layout.cells.items():
                cards = []
                for card_id in layout.cell_cards.get(key, ()):
                    box = layout.cards.get(card_id)
                    if box is None:
                        continue
                    rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)
                    cards.append((card_id, rect, data.cards[card_id].colour, box.kind))
                if cards:
                    self._cells.append((QRectF(cell.x, cell.y, cell.w, cell.h), cards[0][1].x(), cards))
            self._bounds = QRectF(0.0, 0.0, layout.width, layout.height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect
        fills: dict[str, list[QRectF]] = defaultdict(list)
        stripes: dict[tuple[float, str], list[QRectF]] = defaultdict(list)
        marked: list[tuple[QRectF, str]] = []
        skipped, selected, found = self.skipped, self.selected, self.found
        palette = canvas_palette.current()
        for cell, left, cards in self._cells:
            if not cell.intersects(exposed):
                continue
            shown = stripes[(left, palette.accent(cards[0][3]))]  # a cell's cards are of its lane's kind
            for card_id, rect, own, kind in cards:
                if card_id in skipped:
                    continue
                fills[palette.card_fill(kind, own)].append(rect)
                shown.append(rect)
                if card_id in selected:
                    marked.append((rect, palette.selection))
                elif card_id in found:
                    marked.append((rect, palette.find_highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in fills.items():
            painter.setBrush(theme.colour(colour))
            painter.drawRects(rects)
        # The stripes: the blocks of a column squeezed towards their left edge, to the stripe's width.
        base = painter.worldTransform()
        for (left, colour), rects in stripes.items():
            if rects:
                squeeze = _STRIPE / rects[0].width()
                painter.setWorldTransform(QTransform(squeeze, 0.0, 0.0, 1.0, left * (1.0 - squeeze), 0.0) * base)
                painter.setBrush(theme.colour(colour))
                painter.drawRects(rects)
        painter.setWorldTransform(base)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, colour in marked:
            painter.setPen(QPen(theme.colour(colour), 4.0))
            painter.drawRect(rect)
        self._paint_titles(painter, option)

    def _paint_titles(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        """The titles of the exposed cards tall enough for one legible line."""
        layout, data = self._layout, self._data
        if layout is None or data is None:
            return
        zoom = round(option.levelOfDetailFromTransform(painter.worldTransform()), 4)
        tall = min_title_height(layout.style, zoom)
        exposed = option.exposedRect
        palette = canvas_palette.current()
        if len(self._titles) > 5_000:
            self._titles.clear()
        skipped = self.skipped
        size_shown = None
        ink_shown = ""
        for index, (cell, _left, cards) in enumerate(self._cells):
            if cell.height() < tall or not cell.intersects(exposed):
                continue
            lines = self._titles.get((index, zoom, palette.name))
            if lines is None:
                lines = self._titles[(index, zoom, palette.name)] = self._cell_titles(cards, zoom, tall)
            for card_id, size, ink, where, text in lines:
                if card_id in skipped:
                    continue
                if ink != ink_shown:
                    painter.setPen(theme.colour(ink))
                    ink_shown = ink
                if size != size_shown:
                    painter.setFont(theme.pixel_font(size, layout.style.title_bold))
                    size_shown = size
                painter.drawStaticText(where, text)

    def _cell_titles(self, cards: list[tuple[int, QRectF, str | None, LaneKind]], zoom: float,
                     tall: float) -> list[tuple[int, float, str, QPointF, QStaticText]]:
        """The title lines of a cell's cards at ``zoom``, laid out once: (card id, size, ink, where, text)."""
        layout, data = self._layout, self._data
        assert layout is not None and data is not None
        style = layout.style
        palette = canvas_palette.current()
        lines = []
        spacings: dict[float, float] = {}
        for card_id, rect, own, kind in cards:
            if rect.height() < tall:
                continue
            size, texts = title_lines(layout.cards[card_id], data.cards[card_id].title, style, zoom)
            if not texts:
                continue
            spacing = spacings.get(size)
            if spacing is None:
                spacing = spacings[size] = QFontMetricsF(theme.pixel_font(size, style.title_bold)).lineSpacing()
            ink = palette.ink_on(palette.card_fill(kind, own))
            y = rect.y() + title_padding(rect.height(), style, spacing)
            for text in texts:
                # Laid out once, drawn many times: a static text skips the shaping of every frame.
                lines.append((card_id, size, ink, QPointF(rect.x() + style.card_padding, y), QStaticText(text)))
                y += spacing
        return lines
