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

from app.model import curve
from app.model.persona_curves import MAX_CURVES, PersonaCurve


class PersonaCurveItems:
    """Lines and points of the persona curves on one plot item."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self._lines: list[pg.PlotDataItem] = []
        self._scatters: list[pg.ScatterPlotItem] = []
        for _ in range(MAX_CURVES):
            line = pg.PlotDataItem(connect="finite")
            scatter = pg.ScatterPlotItem(symbol="t", size=9)
            line.setZValue(-1.5)
            scatter.setZValue(-1.5)
            plot_item.addItem(line)
            plot_item.addItem(scatter)
            self._lines.append(line)
            self._scatters.append(scatter)

    def show(self, curves: list[PersonaCurve], xs: dict[int, float]) -> dict[str, list[tuple[float, float, int]]]:
        """Draw ``curves`` at the touchpoints' x; returns the series drawn, by persona name."""
        series: dict[str, list[tuple[float, float, int]]] = {}
        for index, (line, scatter) in enumerate(zip(self._lines, self._scatters)):
            if index >= len(curves):
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
        return series


def summaries(curves: list[PersonaCurve], scale, target) -> list[tuple[PersonaCurve, curve.CurveSummary]]:
    """Each persona curve with its summary, for the legend."""
    return [(persona, curve.summarize(persona.points, scale, target)) for persona in curves]
