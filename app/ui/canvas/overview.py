"""Cards seen from far away: one item paints them all as plain coloured blocks.

Below :data:`~app.ui.canvas.card_paint.FAR_LOD` a card has no room for a legible line: it
shows only its fill and its stripe. The card items have no contents (they stay,
invisible to the painter but still selectable, hit-tested and draggable; nearer, the
card layer draws them, :mod:`~app.ui.canvas.card_layer`): when the view zooms out
this far this item draws the cards of the exposed cells in a few batched calls.
Dragged cards paint themselves. A card tall enough for one legible line of its
title still gets it (the rule of :mod:`~app.ui.canvas.card_paint`): only those are
measured, so a far view of 10,000 small cards costs no text at all.

In a view at whole pixels a cell's drawing at a zoom is kept in a pixmap (with
its selection and Find marks in the key), just after the first frame that drew it
in place: the frames after it blit the cells they show.

A zoom never drawn before would lay out every title in view in its first frame
(wrapping and shaping a few thousand lines: 80 ms on 5,000 cards at 25 %). A
frame on screen spends at most :data:`TITLE_BUDGET_MS` laying titles out; the cells
left over are *greeked*, as desktop publishing does below a legible size: each
title line is a faint bar of the text's colour where the line will be. Their titles
are laid out just after the frame, :data:`~app.ui.canvas.overview_titles.SLICE_MS`
at a time, and the cells repainted once all have come: the picture a single pass
draws. A picture rendered elsewhere (an export, a thumbnail) is never greeked. The
titles themselves: :mod:`~app.ui.canvas.overview_titles`.
"""

from __future__ import annotations

import itertools
import math
import time
from collections import defaultdict

import shiboken6
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPen, QPixmap, QPixmapCache, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model.journey_snapshot import JourneyData
from app.model.layout import MapLayout
from app.ui import theme
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.card_paint import min_title_height
from app.ui.canvas.items import Z_CARD
from app.ui.canvas.overview_titles import SLICE_MS, CellCard, OverviewTitles, TitleLine

#: Width of a card's stripe, drawn on its left edge.
_STRIPE = 4.0
#: Pixels kept around a cell's drawing in its pixmap (the marks' pens reach past the cards).
_PAD = 2
#: A cell bigger than this on screen (pixels) is drawn each frame, not kept in a pixmap.
_MAX_CELL_PIXELS = 4_000_000
#: Time a frame on screen spends laying out titles at a zoom never drawn (ms); the other cells are greeked.
TITLE_BUDGET_MS = 4.0
_SERIALS = itertools.count(1)


class OverviewItem(OverviewTitles, QGraphicsItem):
    """Every card of the map as a block of its colour, for far zoom levels."""

    def __init__(self) -> None:
        super().__init__()
        #: Per cell: its rectangle and its cards as (card id, block, own colour, lane kind). A stripe is its
        #: block squeezed to the stripe's width when drawn (see _draw): no second rectangle a card.
        self._cells: list[tuple[QRectF, list[CellCard]]] = []
        self._bounds = QRectF()
        self._layout: MapLayout | None = None
        #: Names this item's cell pixmaps (see :meth:`_cell_key`); a new one with each layout.
        self._serial = next(_SERIALS)
        #: Cells the latest frame drew in place, to keep in pixmaps just after it: index -> (zoom, render hints).
        self._missing: dict[int, tuple[float, QPainter.RenderHint]] = {}
        self._keeper = QTimer()
        self._keeper.setSingleShot(True)
        self._keeper.setInterval(0)
        self._keeper.timeout.connect(self._on_keeper_timeout)
        #: Titles to lay out ahead, when the user waits for nothing: (cell index, zoom) of the latest frame's cells
        #: at the zooms a step in or out reaches (a step's first frame then draws them, as at a zoom seen before),
        #: each with that zoom unrounded (their static texts are prepared for it: the view's own transform).
        self._ahead: dict[tuple[int, float], float] = {}
        #: What the latest plan was made for: (cells shown, the view's scale, palette).
        self._planned: tuple[list[int], float, str] | None = None
        self._ahead_timer = QTimer()
        self._ahead_timer.setSingleShot(True)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self._on_ahead_timeout)
        self._data: JourneyData | None = None
        #: The inks of greeked bars, numbered in the order met (the arrays of greeking name them by number).
        self._ink_names: list[str] = []
        #: Cells drawn greeked, whose titles are laid out just after the frame: (cell index, zoom, palette) ->
        #: the view's scale unrounded (their static texts are prepared for it, as the frame will draw them).
        self._untitled: dict[tuple[int, float, str], float] = {}
        self._titler = QTimer()
        self._titler.setSingleShot(True)
        self._titler.setInterval(0)
        self._titler.timeout.connect(self._on_titler_timeout)
        #: The cells whose titles came since the last repaint for them (scene coordinates).
        self._titled = QRectF()
        #: When the frame being painted stops laying out titles (perf_counter seconds); None: never (off screen).
        self._deadline: float | None = None
        #: The cells the frame being painted drew greeked (indices).
        self._greeked: set[int] = set()
        #: Title lines by (cell index, zoom, palette): a frame only draws them (wrapping is most of the cost).
        self._titles: dict[tuple[int, float, str], list[TitleLine]] = {}
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
        self._serial = next(_SERIALS)  # the cells' pixmaps drawn before are not looked up again
        self._missing = {}
        self._ahead, self._planned = {}, None
        self._untitled = {}
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
                    self._cells.append((QRectF(cell.x, cell.y, cell.w, cell.h), cards))
            self._bounds = QRectF(0.0, 0.0, layout.width, layout.height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def forget_titles(self) -> None:
        """Drop the titles laid out at every zoom, and those to lay out ahead: as at zooms never drawn.

        What greeking gathered goes too (a cell drops it once its titles come): a frame after this pays it all.
        """
        self._titles = {}
        self._ahead, self._planned = {}, None
        self._untitled = {}
        self._missing = {}

    def keeping(self) -> bool:
        """Whether cells drawn in place wait to be kept in pixmaps (for the frames after)."""
        return bool(self._missing)

    def titles_pending(self) -> bool:
        """Whether cells drawn greeked still wait for their titles (the picture is not complete yet)."""
        return bool(self._untitled)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed: QRectF = option.exposedRect  # type: ignore[attr-defined]  # Qt's field, missing from the stubs
        shown = [index for index, (cell, _cards) in enumerate(self._cells) if cell.intersects(exposed)]
        transform = painter.worldTransform()
        if widget is not None and painter.hasClipping():
            # The view repaints a region (the cells whose titles came, say): the exposed rectangle bounds it, the
            # painter's clip is it. Only the cells meeting it are drawn (the others' pixels would be clipped).
            clip = painter.clipRegion()
            shown = [index for index in shown if clip.intersects(self._cells[index][0].toAlignedRect())]
        self._plan_ahead(shown, transform.m11())
        # On screen, titles are laid out for a few milliseconds; the rest after the frame (see the docstring).
        if widget is not None and self._untitled:
            lod = round(option.levelOfDetailFromTransform(transform), 4)
            if any(zoom != lod for _index, zoom, _palette in self._untitled):  # a zoom left: not laid out for it
                self._untitled = {key: exact for key, exact in self._untitled.items() if key[1] == lod}
        self._deadline = time.perf_counter() + TITLE_BUDGET_MS / 1000.0 if widget is not None else None
        self._greeked = set()
        try:
            self._paint(painter, option, shown, transform)
        finally:
            self._deadline = None
        if self._greeked:
            self._titler.start()

    def _paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, shown: list[int],
               transform: QTransform) -> None:
        zoom, dx, dy = transform.m11(), transform.dx(), transform.dy()
        device = painter.device()
        if (self.skipped or transform.m12() or transform.m21() or transform.m22() != zoom or dx != round(dx)
                or dy != round(dy) or device is None or device.devicePixelRatioF() != 1.0):
            self._draw(painter, shown, round(option.levelOfDetailFromTransform(transform), 4))
            return
        # A view at whole pixels: each cell's drawing at this zoom is kept in a pixmap, from the same pixel
        # grid (its corner on a whole pixel of the map at this zoom): a frame blits the cells it shows. A cell
        # not kept yet is drawn in place, and kept just after the frame (the first frame at a zoom costs
        # no more than before, the next ones are blits).
        painter.resetTransform()
        direct = []
        missing = {}
        for index in shown:
            cell = self._cells[index][0]
            if cell.width() * cell.height() * zoom * zoom > _MAX_CELL_PIXELS:
                direct.append(index)  # a cell of thousands of cards: drawn where exposed, not kept whole
                continue
            key, x, y = self._cell_key(index, zoom)
            pixmap: QPixmap | None = QPixmapCache.find(key)  # type: ignore[call-overload]  # see card_paint._cached
            if pixmap is None:
                direct.append(index)
                missing[index] = (zoom, painter.renderHints())
            else:
                painter.drawPixmap(x + round(dx), y + round(dy), pixmap)
        painter.setWorldTransform(transform)
        if direct:
            self._draw(painter, direct, round(option.levelOfDetailFromTransform(transform), 4))
        for index in self._greeked:  # kept once their titles are laid out and drawn
            missing.pop(index, None)
        if all(kept[0] == zoom for kept in self._missing.values()):
            self._missing.update(missing)  # a frame that repaints a part (the cells whose titles came) adds to them
        else:
            self._missing = missing  # a zoom left behind is not worth keeping
        if self._missing and not self._untitled:  # else once the titles have come (see _on_titler_timeout)
            self._keeper.start()

    def _on_keeper_timeout(self) -> None:
        """Keep the cells drawn in place by the latest frame in pixmaps, a few milliseconds at a time."""
        deadline = time.perf_counter() + SLICE_MS / 1000.0
        while self._missing and time.perf_counter() < deadline:
            index = next(iter(self._missing))
            zoom, hints = self._missing.pop(index)
            if index < len(self._cells):
                self._keep_cell(index, zoom, hints)
        if self._missing:
            self._keeper.start()
        elif self._ahead:
            self._ahead_timer.start()

    def _cell_key(self, index: int, zoom: float) -> tuple[str, int, int]:
        """The cache key of cell ``index``'s pixmap at ``zoom`` as marked now, and where its top left goes (pixels)."""
        cell, cards = self._cells[index]
        selected, found = self.selected, self.found
        marks = (frozenset(card[0] for card in cards if card[0] in selected or card[0] in found)
                 if selected or found else frozenset())
        marked = hash(tuple(sorted((card_id, card_id in selected) for card_id in marks)))
        palette = canvas_palette.current()
        key = f"parcours-overview:{self._serial}:{index}:{zoom!r}:{palette.name}:{len(marks)}:{marked}"
        return key, math.floor(cell.left() * zoom) - _PAD, math.floor(cell.top() * zoom) - _PAD

    def _keep_cell(self, index: int, zoom: float, hints: QPainter.RenderHint) -> QPixmap:
        """Draw cell ``index`` at ``zoom`` into a pixmap and keep it in the cache."""
        cell = self._cells[index][0]
        key, x, y = self._cell_key(index, zoom)
        pixmap = QPixmap(math.ceil(cell.right() * zoom) + _PAD - x, math.ceil(cell.bottom() * zoom) + _PAD - y)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHints(hints)
        painter.setWorldTransform(QTransform(zoom, 0.0, 0.0, zoom, -x, -y))
        self._draw(painter, [index], round(zoom, 4))
        painter.end()
        QPixmapCache.insert(key, pixmap)
        return pixmap

    def _draw(self, painter: QPainter, shown: list[int], zoom: float) -> None:
        """Draw the cells of these indices: the blocks, their stripes, the marks, the titles (at ``zoom``)."""
        fills: dict[str, list[QRectF]] = defaultdict(list)
        #: Blocks by (left edge, width, accent): a column's cards share both, so one squeeze draws their stripes.
        stripes: dict[tuple[float, float, str], list[QRectF]] = defaultdict(list)
        marked: list[tuple[QRectF, str]] = []
        skipped, selected, found = self.skipped, self.selected, self.found
        palette = canvas_palette.current()
        for index in shown:
            for card_id, rect, own, kind in self._cells[index][1]:
                if card_id in skipped:
                    continue
                fills[palette.card_fill(kind, own)].append(rect)
                stripes[(rect.x(), rect.width(), palette.accent(kind))].append(rect)
                if card_id in selected:
                    marked.append((rect, palette.selection))
                elif card_id in found:
                    marked.append((rect, palette.find_highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        for colour, rects in fills.items():
            painter.setBrush(theme.colour(colour))
            painter.drawRects(rects)
        base = painter.worldTransform()
        for (left, width, colour), rects in stripes.items():
            # The blocks squeezed towards their left edge to the stripe's width: x -> left + (x - left) * squeeze.
            squeeze = min(1.0, _STRIPE / width) if width > 0 else 1.0
            painter.setWorldTransform(QTransform(squeeze, 0.0, 0.0, 1.0, left * (1.0 - squeeze), 0.0) * base)
            painter.setBrush(theme.colour(colour))
            painter.drawRects(rects)
        painter.setWorldTransform(base)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, colour in marked:
            painter.setPen(QPen(theme.colour(colour), 4.0))
            painter.drawRect(rect)
        self._paint_titles(painter, shown, zoom)

    def _on_titler_timeout(self) -> None:
        """Lay out the titles of the cells drawn greeked, a few milliseconds at a time, and repaint them."""
        layout = self._layout
        if layout is None or self._data is None or not shiboken6.isValid(self):  # the scene went meanwhile
            self._untitled = {}
            return
        deadline = time.perf_counter() + SLICE_MS / 1000.0
        while self._untitled and time.perf_counter() < deadline:
            (index, zoom, palette), exact = next(iter(self._untitled.items()))
            del self._untitled[(index, zoom, palette)]
            if index >= len(self._cells) or palette != canvas_palette.current().name:
                continue
            cell, cards = self._cells[index]
            if (index, zoom, palette) not in self._titles:
                tall = min_title_height(layout.style, zoom)
                lines = self._titles[(index, zoom, palette)] = self._cell_titles(cards, zoom, tall)
                scale = QTransform.fromScale(exact, exact)  # laid out as the view's frame will draw them
                for _card_id, size, _ink, _where, text in lines:
                    text.prepare(scale, theme.pixel_font(size, layout.style.title_bold))
            self._titled = self._titled.united(cell.adjusted(-_PAD, -_PAD, _PAD, _PAD))
        if not self._untitled and not self._titled.isEmpty():
            # One repaint once all have come (a repaint per slice drew the cells around them again and again).
            self.update(self._titled)
            self._titled = QRectF()
        if self._untitled:
            self._titler.start()
        elif self._missing:
            self._keeper.start()
        elif self._ahead:
            self._ahead_timer.start()
