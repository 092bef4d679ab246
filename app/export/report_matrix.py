"""The impact/effort matrix of the action plan: its quadrants, and its drawing as a platypus flowable.

Quick wins are high impact (3-5) and low effort (1-2): a middling impact is
still worth having, a middling effort is not quick. The other quadrants
split the same way: major projects, fill-ins, thankless tasks.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from reportlab.platypus import Flowable

from app.export.fonts import BOLD, REGULAR, ReportLabMetrics
from app.export.poster_draw import rgb
from app.export.report_page import say, tint
from app.model import colours
from app.model.enums import ActionStatus
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.wrapping import wrap_text


class PlacedAction(Protocol):
    """An action as the matrix places it (:class:`app.export.report_items.Item`)."""

    @property
    def number(self) -> int:
        """Its number in the plan, printed in its dot."""

    @property
    def impact(self) -> int:
        """1..5: the row of the matrix."""

    @property
    def effort(self) -> int:
        """1..5: the column of the matrix."""

    @property
    def quadrant(self) -> str:
        """The quadrant it falls in (:func:`quadrant`)."""

    @property
    def status(self) -> ActionStatus:
        """Done or dropped actions are drawn grey."""

QUICK_WIN, MAJOR, FILL_IN, THANKLESS = "quick_win", "major", "fill_in", "thankless"
#: Names of the quadrants of the impact/effort matrix.
QUADRANT_NAMES = {
    QUICK_WIN: QT_TRANSLATE_NOOP("report", "Quick wins"),
    MAJOR: QT_TRANSLATE_NOOP("report", "Major projects"),
    FILL_IN: QT_TRANSLATE_NOOP("report", "Fill-ins"),
    THANKLESS: QT_TRANSLATE_NOOP("report", "Thankless tasks"),
}
QUADRANT_COLOURS = {QUICK_WIN: "#2E9E50", MAJOR: "#2F80C0", FILL_IN: "#B08D00", THANKLESS: "#C0392B"}
CLOSED_STATUSES = {ActionStatus.DONE, ActionStatus.DROPPED}
_MANY = QT_TRANSLATE_NOOP("report", "{count} actions:")
#: Radius (pt) below which a cell's dots would be illegible: the cell lists the numbers instead.
_SMALLEST_DOT = 4.2


def quadrant(impact: int, effort: int) -> str:
    """The quadrant of the matrix an action of ``impact`` and ``effort`` (1..5) falls in."""
    high, low = impact >= 3, effort <= 2
    return (QUICK_WIN if low else MAJOR) if high else (FILL_IN if low else THANKLESS)


class Matrix(Flowable):  # type: ignore[misc]  # ReportLab ships no types
    """The impact/effort matrix: 5 x 5 cells, four tinted quadrants, a numbered dot per action."""

    def __init__(self, items: Sequence[PlacedAction], width: float, height: float) -> None:
        super().__init__()
        self.items = items
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top_band, tick, bottom_band, title_band, left_band = 16.0, 12.0, 15.0, 12.0, 30.0
        x0, x1 = left_band, self.width - 2.0
        y0, y1 = title_band + bottom_band + tick, self.height - top_band
        cw, ch = (x1 - x0) / 5.0, (y1 - y0) / 5.0
        counts: defaultdict[str, int] = defaultdict(int)
        for item in self.items:
            counts[item.quadrant] += 1
        areas = {QUICK_WIN: (0, 2, 2, 3), MAJOR: (2, 2, 3, 3), FILL_IN: (0, 0, 2, 2), THANKLESS: (2, 0, 3, 2)}
        for name, (column, row, columns, rows) in areas.items():
            c.setFillColorRGB(*rgb(tint(QUADRANT_COLOURS[name], 0.13)))
            c.rect(x0 + column * cw, y0 + row * ch, columns * cw, rows * ch, stroke=0, fill=1)
        c.setStrokeColorRGB(*rgb(colours.GRID_LINE))
        c.setLineWidth(0.4)
        for index in range(1, 5):
            if index != 2:
                c.line(x0 + index * cw, y0, x0 + index * cw, y1)
                c.line(x0, y0 + index * ch, x1, y0 + index * ch)
        c.setStrokeColorRGB(*rgb(colours.MUTED_TEXT))
        c.setLineWidth(1.2)
        c.line(x0 + 2 * cw, y0, x0 + 2 * cw, y1)
        c.line(x0, y0 + 2 * ch, x1, y0 + 2 * ch)
        c.setLineWidth(0.8)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
        # Ticks and axis titles.
        c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
        c.setFont(REGULAR, 8.0)
        for value in range(1, 6):
            c.drawCentredString(x0 + (value - 0.5) * cw, y0 - 9.0, str(value))
            c.drawRightString(x0 - 4.0, y0 + (value - 0.5) * ch - 3.0, str(value))
        c.setFillColorRGB(*rgb(colours.TEXT))
        c.setFont(BOLD, 9.0)
        c.drawCentredString((x0 + x1) / 2.0, 2.0, say(QT_TRANSLATE_NOOP("report", "Effort (1 low, 5 high)")))
        c.saveState()
        c.translate(9.0, (y0 + y1) / 2.0)
        c.rotate(90)
        c.drawCentredString(0.0, 0.0, say(QT_TRANSLATE_NOOP("report", "Impact (1 low, 5 high)")))
        c.restoreState()
        # Quadrant names: the upper ones above the plot, the lower ones below its ticks.
        for name, (column, row, columns, _rows) in areas.items():
            text = f"{say(QUADRANT_NAMES[name])} · {counts[name]}"
            x = x0 + (column + columns / 2.0) * cw
            y = y1 + 5.0 if row else title_band + 3.0
            c.setFillColorRGB(*rgb(QUADRANT_COLOURS[name]))
            c.setFont(BOLD, 10.0)
            c.drawCentredString(x, y, text)
        self._dots(x0, y0, cw, ch)

    def _dots(self, x0: float, y0: float, cw: float, ch: float) -> None:
        """Every action of a cell on a small grid inside it, so that equal positions never overlap."""
        c = self.canv
        cells: dict[tuple[int, int], list[PlacedAction]] = defaultdict(list)
        for item in self.items:
            cells[(item.effort, item.impact)].append(item)
        for (effort, impact), members in sorted(cells.items()):
            count = len(members)
            best = (0.0, 1, 1)
            for columns in range(1, count + 1):
                rows = math.ceil(count / columns)
                radius = min((cw - 4.0) / columns, (ch - 4.0) / rows) / 2.0
                if radius > best[0]:
                    best = (radius, columns, rows)
            radius, columns, rows = best
            if radius * 0.9 < _SMALLEST_DOT:
                self._crowded(members, x0 + (effort - 1) * cw, y0 + (impact - 1) * ch, cw, ch)
                continue
            radius = min(radius * 0.9, 10.0)
            pitch = radius * 2.0 / 0.9 if radius < 10.0 else 22.0
            left = x0 + (effort - 0.5) * cw - (columns - 1) * pitch / 2.0
            top = y0 + (impact - 0.5) * ch + (rows - 1) * pitch / 2.0
            for index, item in enumerate(members):
                cx, cy = left + (index % columns) * pitch, top - (index // columns) * pitch
                fill = colours.NEUTRAL_LINE if item.status in CLOSED_STATUSES else QUADRANT_COLOURS[item.quadrant]
                c.setFillColorRGB(*rgb(fill))
                c.setStrokeColorRGB(1.0, 1.0, 1.0)
                c.setLineWidth(max(0.3, radius * 0.12))
                c.circle(cx, cy, radius, stroke=1, fill=1)
                text = str(item.number)
                size = radius * (1.25 if len(text) == 1 else 1.05 if len(text) == 2 else 0.8)
                c.setFillColorRGB(1.0, 1.0, 1.0)
                c.setFont(BOLD, size)
                c.drawCentredString(cx, cy - size * 0.36, text)


    def _crowded(self, members: list[PlacedAction], x: float, y: float, width: float, height: float) -> None:
        """A cell with too many actions for legible dots: their count, then their numbers as ranges."""
        c, metrics = self.canv, ReportLabMetrics()
        accent = QUADRANT_COLOURS[members[0].quadrant]
        pad = 3.0
        head = say(_MANY).format(count=len(members))
        c.setFillColorRGB(*rgb(accent))
        head_size = 7.5
        c.setFont(BOLD, head_size)
        c.drawString(x + pad, y + height - pad - head_size * 0.8, head)
        text = _ranges(sorted(item.number for item in members))
        room = height - 2 * pad - head_size * 1.2
        size = 6.5
        while True:
            line = metrics.line_height(size)
            lines, elided = wrap_text(text, metrics, size, width - 2 * pad, max(1, int(room // line)), True)
            if not elided or size <= 3.5:
                break
            size = max(3.5, size * 0.9)
        c.setFillColorRGB(*rgb(colours.TEXT))
        c.setFont(BOLD, size)
        top = y + height - pad - head_size * 1.2
        for index, text_line in enumerate(lines):
            c.drawString(x + pad, top - index * line - metrics.ascent(size), text_line)


def _ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 7, 9, 10]`` as "1–3, 7, 9–10"."""
    parts: list[str] = []
    start: int | None = None
    previous = 0
    for number in [*numbers, None]:
        if start is not None and number is not None and number == previous + 1:
            previous = number
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = number
        previous = number if number is not None else 0
    return ", ".join(parts)
