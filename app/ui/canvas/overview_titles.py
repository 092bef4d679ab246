"""The overview's titles far out: laid out once per cell and zoom, ahead of the steps, or greeked in a hurry.

A card tall enough for one legible line of its title at a far zoom gets it (the rule of
:mod:`~app.ui.canvas.card_paint`), laid out once per cell and zoom into static texts.
While the user waits for nothing, the titles of the cells shown are laid out ahead at the
zooms a step in or out reaches. A frame on screen with no time left to lay out a cell's
titles *greeks* them (:meth:`OverviewTitles._greek`): faint bars of the text's colour
where the lines will be, as desktop publishing draws text below a legible size. A frame
greeks its cells all at once: the cards' numbers read column by column into arrays
(numpy), the bars worked out there and drawn with one ``drawRects`` per ink that Qt reads
straight from the array's memory (a few thousand bars: no Python call per bar or card).
"""

from __future__ import annotations

import operator
import time
from itertools import chain, repeat
from typing import TYPE_CHECKING, TypeAlias, cast

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QStaticText, QTransform

from app.model.enums import LaneKind
from app.model.journey_snapshot import JourneyData
from app.model.layout import MapLayout
from app.ui import theme, turns
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.card_paint import (
    FAR_LOD,
    LEVEL_STEP,
    MARKS,
    min_title_height,
    text_metrics,
    title_lines,
    title_padding,
    title_size_at,
)

#: Time spent per tick on the work after a frame (keeping cells, laying titles out) (ms), less when the turn of
#: the loop is spent (app/ui/turns.py): the rest is the user's.
SLICE_MS = 8.0
#: A greeked line's bar: its opacity over the card (the text's own colour); it is the font's x-height high.
_GREEK_OPACITY = 0.35
#: The zooms whose titles are laid out ahead, once a frame's cells are kept: the view's steps in and out.
_AHEAD = (LEVEL_STEP, 1.0 / LEVEL_STEP)

#: A cell's card as the overview keeps it: (card id, block, own colour, lane kind).
CellCard = tuple[int, QRectF, str | None, LaneKind]
if TYPE_CHECKING:  # numpy is imported when a frame first greeks (not on the editor's way to its first paint)
    import numpy as np
    import numpy.typing as npt

    #: Greeked bars: rows of (x, y, width, height), scene coordinates.
    Bars: TypeAlias = npt.NDArray[np.float64]
    #: Cards as greeking needs them: their ids; their rows of (x where the title starts, top, height, the title's
    #: length in characters, the width it is wrapped into), as columns; their titles' inks (numbers in the
    #: overview's list of inks).
    GreekFacts: TypeAlias = tuple[npt.NDArray[np.int64], npt.NDArray[np.float64], npt.NDArray[np.int64]]
#: A card box's numbers, read without bytecode of ours (see OverviewTitles._greek_facts).
_RECT = operator.attrgetter("rect")
_RECT_NUMBERS = operator.attrgetter("x", "y", "w", "h")
_TITLE = operator.attrgetter("title")
_ICON = operator.attrgetter("icon_rect")
_BADGE = operator.attrgetter("badge_rect")
#: A title line laid out: (card id, font size, ink, where, text).
TitleLine = tuple[int, float, str, QPointF, QStaticText]


class OverviewTitles:
    """The titles part of :class:`~app.ui.canvas.overview.OverviewItem` (its attributes are set there)."""

    _cells: list[tuple[QRectF, list[CellCard]]]
    _layout: MapLayout | None
    _data: JourneyData | None
    #: Title lines by (cell index, zoom, palette): a frame only draws them (wrapping is most of the cost).
    _titles: dict[tuple[int, float, str], list[TitleLine]]
    _ahead: dict[tuple[int, float], float]
    _planned: tuple[list[int], float, str] | None
    _ahead_timer: QTimer
    _missing: dict[int, tuple[float, QPainter.RenderHint]]
    _untitled: dict[tuple[int, float, str], float]
    #: The inks greeked bars are drawn in, numbered in the order met.
    _ink_names: list[str]
    _deadline: float | None
    _greeked: set[int]
    skipped: set[int]

    def _plan_ahead(self, shown: list[int], scale: float) -> None:
        """Lay out ahead the titles of the cells ``shown`` at the zooms a step from ``scale`` reaches (when idle)."""
        palette = canvas_palette.current().name
        if (shown, scale, palette) == self._planned:
            return  # the frames after the first at a place plan nothing new
        self._planned = (shown, scale, palette)
        for step in _AHEAD:
            # The view's next scale, worked out as CanvasView.set_zoom does (its own scale times the factor that
            # takes it there): the static texts are prepared for exactly the transform its frame will have.
            exact = scale * ((scale * step) / scale)
            zoom = round(exact, 4)
            if zoom < FAR_LOD:  # nearer, the card layer draws the cards
                self._ahead.update(((index, zoom), exact) for index in shown
                                   if (index, zoom, palette) not in self._titles)
        if self._ahead and not self._missing:
            self._ahead_timer.start()

    def _on_ahead_timeout(self) -> None:
        """Lay out titles ahead (see _plan_ahead), a few milliseconds at a time, after the cells are kept."""
        layout = self._layout
        if self._missing or self._untitled or layout is None or self._data is None:
            return  # the keeper (or the titler) starts this again when it is done
        deadline = turns.deadline(SLICE_MS)
        palette = canvas_palette.current().name
        while self._ahead and time.perf_counter() < deadline:
            (index, zoom), exact = next(iter(self._ahead.items()))
            del self._ahead[(index, zoom)]
            if index >= len(self._cells) or (index, zoom, palette) in self._titles:
                continue
            cell, cards = self._cells[index]
            tall = min_title_height(layout.style, zoom)
            if cell.height() >= tall:
                lines = self._titles[(index, zoom, palette)] = self._cell_titles(cards, zoom, tall)
                # Laid out for the view's scale too, as its frame would (a static text keeps one layout).
                scale = QTransform.fromScale(exact, exact)
                for _card_id, size, _ink, _where, text in lines:
                    text.prepare(scale, theme.pixel_font(size, layout.style.title_bold))
        if self._ahead:
            self._ahead_timer.start()

    def _paint_titles(self, painter: QPainter, shown: list[int], zoom: float) -> None:
        """The titles of the cards of the cells shown tall enough for one legible line at ``zoom``.

        A cell whose titles are not laid out at ``zoom`` is laid out now while the frame's deadline allows,
        else greeked (see the module's docstring).
        """
        layout, data = self._layout, self._data
        if layout is None or data is None:
            return
        tall = min_title_height(layout.style, zoom)
        palette = canvas_palette.current()
        if len(self._titles) > 5_000:
            self._titles.clear()
        skipped, deadline = self.skipped, self._deadline
        size_shown = None
        ink_shown = ""
        greek: list[int] = []
        scale = painter.worldTransform().m11()  # the view's, unrounded: the greeked cells' titles are laid out for it
        for index in shown:
            cell, cards = self._cells[index]
            if cell.height() < tall:
                continue
            key = (index, zoom, palette.name)
            lines = self._titles.get(key)
            if lines is None:
                if deadline is not None and time.perf_counter() >= deadline:
                    greek.append(index)
                    self._greeked.add(index)
                    self._untitled[key] = scale
                    continue
                lines = self._titles[key] = self._cell_titles(cards, zoom, tall)
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
        if greek:
            self._draw_greek(painter, self._greek(greek, zoom, tall))

    def _greek(self, indices: list[int], zoom: float, tall: float) -> dict[str, Bars]:
        """The title lines of the cards of the cells ``indices`` as bars of their x-height, by ink, laying nothing out.

        The bars stand where :meth:`_cell_titles` puts the lines: as many as the title's estimated width
        (its length times the font's average character) fills, in the lines the card has room for. They are
        rows of (x, y, width, height) in arrays, worked out for all the cells at once (a few thousand bars a
        frame: no Python call per bar or card; the cards read column by column, see :meth:`_greek_facts`).
        """
        import numpy as np

        layout = self._layout
        assert layout is not None
        style, palette = layout.style, canvas_palette.current()
        facts = self._greek_facts(indices, palette)
        if facts is None:
            return {}
        card_ids, (x, y, height, chars, width), card_inks = facts
        metrics = text_metrics(title_size_at(style, zoom), style.title_bold)
        spacing, average, high = metrics.lineSpacing(), metrics.averageCharWidth(), metrics.xHeight()
        keep = height >= tall
        if self.skipped:
            keep &= ~np.isin(card_ids, np.fromiter(self.skipped, dtype=np.int64))
        padding = np.maximum(0.0, np.minimum(style.card_padding, (height - spacing) / 2.0))  # title_padding's
        room = (height - 2.0 * padding) // spacing  # how many lines fit
        text = chars * average  # the title's width, estimated
        positive = width > 0.0
        lines = np.where(positive, np.ceil(text / np.where(positive, width, 1.0)), room)
        count = np.where(keep & (text > 0.0), np.maximum(np.minimum(room, lines), 0.0), 0.0).astype(np.int64)
        card = np.repeat(np.arange(len(card_ids)), count)  # the card of each bar
        nth = np.arange(len(card)) - np.repeat(np.cumsum(count) - count, count)  # its line in its card
        rows = np.empty((len(card), 4), dtype=np.float64)
        rows[:, 0] = x[card]
        rows[:, 1] = y[card] + padding[card] + (metrics.ascent() - high) + nth * spacing
        rows[:, 2] = np.minimum(width[card], text[card] - nth * width[card])
        rows[:, 3] = high
        inks = card_inks[card]
        names = self._ink_names
        return {names[ink]: rows[inks == ink] for ink in np.unique(inks).tolist()}

    def _greek_facts(self, indices: list[int], palette: canvas_palette.CanvasPalette) -> GreekFacts | None:
        """What greeking needs of the cards of the cells ``indices``, from the layout's numbers (None: no card).

        Column by column over all their cards, through the interpreter's own iteration (a few thousand cards:
        no bytecode of ours a card). A title's width is
        :func:`~app.ui.canvas.card_paint.title_width`'s; its ink in ``palette`` a number in :attr:`_ink_names`.
        """
        import numpy as np

        layout, data = self._layout, self._data
        assert layout is not None and data is not None
        style = layout.style
        cells = self._cells
        cards = [card for index in indices for card in cells[index][1]]
        count = len(cards)
        if not count:
            return None
        card_ids, _blocks, owns, kinds = zip(*cards, strict=True)
        boxes = list(map(layout.cards.__getitem__, card_ids))
        numbers = np.fromiter(chain.from_iterable(map(_RECT_NUMBERS, map(_RECT, boxes))), dtype=np.float64,
                              count=4 * count).reshape(count, 4).T  # x, y, w, h
        titles = map(_TITLE, map(data.cards.__getitem__, card_ids))
        chars = np.fromiter(map(len, map(str.strip, titles)), dtype=np.float64, count=count)
        # Clear of the icon, badge or mark's column.
        beside = (np.fromiter(map(operator.is_not, map(_ICON, boxes), repeat(None)), dtype=bool, count=count)
                  | np.fromiter(map(operator.is_not, map(_BADGE, boxes), repeat(None)), dtype=bool, count=count)
                  | np.fromiter(map(MARKS.__contains__, kinds), dtype=bool, count=count))
        pad = style.card_padding
        width = numbers[2] - 2.0 * pad - np.where(beside, max(style.icon_size, style.badge_size) + pad, 0.0)
        names = self._ink_names
        looks = list(zip(owns, kinds, strict=True))
        inks = {}
        for own, kind in set(looks):  # a few colours and kinds
            ink = palette.ink_on(palette.card_fill(kind, own))
            if ink not in names:
                names.append(ink)
            inks[(own, kind)] = names.index(ink)
        return (np.array(card_ids, dtype=np.int64), np.stack((numbers[0] + pad, numbers[1], numbers[3], chars, width)),
                np.fromiter(map(inks.__getitem__, looks), dtype=np.int64, count=count))

    @staticmethod
    def _draw_greek(painter: QPainter, bars: dict[str, Bars]) -> None:
        """Draw greeked title lines: faint bars of the text's colour (a few pixels high: not antialiased)."""
        import numpy as np

        antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        for ink, rows in bars.items():
            rows = np.ascontiguousarray(rows, dtype=np.float64)
            if not len(rows):
                continue
            colour = QColor(theme.colour(ink))  # a copy: the theme's colours are shared
            colour.setAlphaF(_GREEK_OPACITY * colour.alphaF())
            painter.setBrush(colour)
            # All of an ink's bars in one call, read by Qt straight from the array's memory (QRectF: 4 doubles).
            first = cast(QRectF, shiboken6.wrapInstance(rows.ctypes.data, QRectF))  # the first of the array's rows
            painter.drawRects(first, len(rows))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)

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
