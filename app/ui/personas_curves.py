"""The emotion pane's persona curves: one coloured line per persona with scores of its own, and its legend.

:class:`PersonaCurveItems` owns up to :data:`~app.model.persona_curves.MAX_CURVES`
pyqtgraph line-and-point pairs, made once and given new data on each
refresh (see :func:`app.model.persona_curves.persona_curves` for what they
draw). A map without per-persona scores hides them all, so it looks
exactly as before.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from app.model.persona_curves import MAX_CURVES, PersonaCurve


class PersonaCurveItems:
    """Lines and points of the persona curves on one plot item."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        # Made when a map first needs them: a map without persona scores keeps its plot as it was.
        self._plot_item = plot_item
        self._lines: list[pg.PlotDataItem] = []
        self._scatters: list[pg.ScatterPlotItem] = []
        #: How many curves hold data now (clearing empty items would cost a redraw each).
        self._shown = 0

    def _make(self, count: int) -> None:
        while len(self._lines) < min(count, MAX_CURVES):
            line = pg.PlotDataItem(connect="finite")
            scatter = pg.ScatterPlotItem(symbol="t", size=9)
            line.setZValue(-1.5)
            scatter.setZValue(-1.5)
            self._plot_item.addItem(line)
            self._plot_item.addItem(scatter)
            self._lines.append(line)
            self._scatters.append(scatter)

    def show(self, curves: list[PersonaCurve], xs: dict[int, float]) -> dict[str, list[tuple[float, float, int]]]:
        """Draw ``curves`` at the touchpoints' x; returns the series drawn, by persona name."""
        if not curves and not self._shown:
            return {}
        self._make(len(curves))
        series: dict[str, list[tuple[float, float, int]]] = {}
        for index, (line, scatter) in enumerate(zip(self._lines, self._scatters, strict=False)):
            if index >= len(curves):
                if index < self._shown:
                    line.setData([], [])
                    scatter.setData([])
                continue
            persona = curves[index]
            points = persona.points
            x = np.fromiter((xs.get(p.card_id, math.nan) for p in points), dtype=float, count=len(points))
            y = np.fromiter((p.score if p.score is not None else math.nan for p in points), dtype=float,
                            count=len(points))
            line.setPen(pg.mkPen(persona.colour, width=2.0, style=Qt.PenStyle.DashDotLine))
            line.setData(x, y, connect="finite")
            scored = [(xs[p.card_id], p.score, p.card_id) for p in points if p.score is not None and p.card_id in xs]
            scatter.setData(x=[s[0] for s in scored], y=[s[1] for s in scored],
                            brush=pg.mkBrush(persona.colour), pen=pg.mkPen("w", width=1))
            series[persona.name] = scored
        self._shown = min(len(curves), MAX_CURVES)
        return series

