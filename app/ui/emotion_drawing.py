"""How the emotion pane draws: its pyqtgraph items, made once and given new data on each change.

:class:`CurveDrawing` is mixed into :class:`~app.ui.emotion_plot.CurvePane`:
the curves (a line broken at gaps, points coloured by emotion with their
names), the moments of truth, the ring of the selected card, the live
feedback of a dragged point, and the summary that doubles as the legend.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from sqlalchemy import select

from app import i18n
from app.model import colours, curve, numbers
from app.model.enums import Emotion, JourneyState, Scale
from app.model.journey_snapshot import JourneyData
from app.model.schema import Channel
from app.ui import theme
from app.ui.canvas import palette as canvas_palette
from app.ui.inspector_fields import label as enum_label
from app.ui.theme import readable

if TYPE_CHECKING:  # the pane is a QWidget: the mixin is one for the type checker only
    from PySide6.QtWidgets import QWidget

    from app.ui.canvas.scene import MapScene
    from app.ui.document import ProjectDocument

    _Widget = QWidget
else:
    _Widget = object

#: Above this many points the emotion names are not written next to them; at most this many moments are named.
MAX_LABELS = 60


class CurveDrawing(_Widget):
    """The drawing half of the emotion pane."""

    # The pane's (app/ui/emotion_plot.py), used here. (Declared without an ``if``: lupdate loses the class
    # of the tr() calls below after a method defined inside one.)
    plot: pg.PlotWidget
    box: pg.ViewBox
    document: ProjectDocument | None
    scene: MapScene | None
    _dragged: tuple[int, float, float] | None
    _series: dict[str, list[tuple[float, float, int]]]
    _points: dict[int, tuple[float, float]]
    _channel_names: dict[int, str] | None
    refresh: Callable[[], None]
    _on_scatter_clicked: Callable[[object, object, object], None]

    def _build_items(self) -> None:
        """The plot's items, made once; a refresh only gives them new data."""
        item = self.plot.getPlotItem()
        # Colours come from the theme's canvas palette (apply_palette, below).
        self._neutral = pg.InfiniteLine(0, angle=0)
        self._target = pg.InfiniteLine(0, angle=0, label=self.tr("Target"),
                                       labelOpts={"position": 0.0,
                                                  # Left-aligned from the plot's edge: never cut to "arget".
                                                  "anchors": [(0.0, 1.0), (0.0, 0.0)]})
        self._lines = [pg.PlotDataItem(connect="finite"), pg.PlotDataItem(connect="finite")]
        self._scatters = [pg.ScatterPlotItem(symbol="o", size=13, hoverable=True),
                          pg.ScatterPlotItem(symbol="s", size=10, hoverable=True)]
        self._rings = pg.ScatterPlotItem(symbol="o", size=24, brush=None)
        self._selection = pg.ScatterPlotItem(symbol="o", size=20, brush=None)
        self._rings.setZValue(-1)
        self._drag_marker = pg.ScatterPlotItem(symbol="o", size=15)
        self._drag_marker.setZValue(10)
        item.addItem(self._drag_marker)
        for child in (self._neutral, self._target, self._rings, *self._lines, *self._scatters, self._selection):
            item.addItem(child)
        self._scatters[0].sigClicked.connect(self._on_scatter_clicked)
        # The compared curve goes under this journey's: where they meet, this journey's points show.
        self._lines[1].setZValue(-2)
        self._scatters[1].setZValue(-2)
        #: Text items reused from one refresh to the next: emotion names, then moment names.
        self._texts: list[pg.TextItem] = []
        #: How much each text matters when labels crowd (moments before emotion names).
        self._text_priority: list[int] = []
        #: What the labels were last decluttered for (see _label_room): a canvas frame that leaves it as it was
        #: does not declutter them again.
        self._decluttered_for: tuple | None = None
        #: What each text item was last given: (text, colour, anchor, x, y, bold).
        self._text_states: dict[int, tuple[str, str, tuple[float, float], float, float, bool]] = {}
        #: (text, colour, anchor, bold) -> the labels that showed it before this refresh (see _begin_texts).
        self._text_holders: dict[tuple[str, str, tuple[float, float], bool], list[int]] = {}
        self._texts_used = 0
        self.apply_palette()
        theme.signals().changed.connect(self._on_theme_changed)

    def apply_palette(self) -> None:
        """Give the plot the canvas palette's colours (light or dark, as the map)."""
        palette = canvas_palette.current()
        self.plot.setBackground(palette.paper)
        # Axis numbers in the map's text colour: pyqtgraph's grey reads at about 3:1 on white (issue 13).
        self.plot.getPlotItem().getAxis("left").setTextPen(pg.mkPen(palette.text))
        self._neutral.setPen(pg.mkPen(palette.neutral_line, width=1, style=Qt.PenStyle.DotLine))
        self._target.setPen(pg.mkPen(palette.target_line, width=1.5, style=Qt.PenStyle.DashLine))
        self._target.label.setColor(readable(palette.target_line, palette.paper))
        self._lines[0].setPen(pg.mkPen(palette.curve_line, width=2.5))
        self._lines[1].setPen(pg.mkPen(palette.compared_line, width=2.0, style=Qt.PenStyle.DashLine))
        self._scatters[0].setPen(pg.mkPen(palette.point_outline, width=1.5))
        self._scatters[1].setPen(pg.mkPen(palette.compared_line, width=2.0))
        self._scatters[1].setBrush(pg.mkBrush(palette.paper))
        self._rings.setPen(pg.mkPen(palette.moment, width=3))
        self._selection.setPen(pg.mkPen(palette.selection, width=3))
        self._drag_marker.setBrush(pg.mkBrush(palette.selection))
        self._drag_marker.setPen(pg.mkPen(palette.point_outline, width=2))

    def _on_theme_changed(self, _dark: bool) -> None:
        self.apply_palette()
        self.refresh()

    def _text(self, text: str, colour: str, anchor: tuple[float, float], x: float, y: float, *, bold: bool) -> None:
        if self._texts_used == len(self._texts):
            label = pg.TextItem("", anchor=anchor)
            self.plot.getPlotItem().addItem(label)
            self._texts.append(label)
            self._text_priority.append(0)
        index = self._texts_used
        states = self._text_states
        old = states.get(index)
        if old is None or old[:3] != (text, colour, anchor) or old[5] != bold:
            # A later label of this refresh showed this text last time (the moments shifted along a
            # curve that lost points): it takes this place and only moves.
            for other in self._text_holders.get((text, colour, anchor, bold), ()):
                held = states.get(other)
                if other > index and held is not None and held[:3] == (text, colour, anchor) and held[5] == bold:
                    texts = self._texts
                    texts[index], texts[other] = texts[other], texts[index]
                    states[index] = held
                    if old is None:
                        del states[other]
                    else:
                        states[other] = old
                    old = held
                    break
        label = self._texts[index]
        self._text_priority[index] = 2 if bold else 1
        self._texts_used += 1
        # A refresh after an edit gives most labels what they show already, or moves them along the curve:
        # pyqtgraph lays a label's text out again on each setter, so only what differs is set.
        self._text_states[index] = (text, colour, anchor, x, y, bold)
        if old is None or old[5] != bold:
            font = _font(11 if bold else 10, bold)
            if label.textItem.font() != font:
                label.setFont(font)
        if old is None or old[:2] != (text, colour) or old[5] != bold:
            label.setText(text, color=colour)
        if old is None or old[2] != anchor:
            label.setAnchor(anchor)
        if old is None or old[3:5] != (x, y):
            label.setPos(x, y)
        label.show()

    def _begin_texts(self) -> None:
        """Start a refresh's labels: note which label showed what, so that a text moved along the curve keeps
        its label (see _text)."""
        self._texts_used = 0
        holders: dict[tuple[str, str, tuple[float, float], bool], list[int]] = {}
        for index, (text, colour, anchor, _x, _y, bold) in sorted(self._text_states.items()):
            holders.setdefault((text, colour, anchor, bold), []).append(index)
        self._text_holders = holders

    def _hide_unused_texts(self) -> None:
        for label in self._texts[self._texts_used:]:
            label.hide()

    def declutter_labels(self) -> None:
        """Show only labels that neither overlap nor cross the plot's edges; the less important go first.

        Runs after each refresh and each change of the x range (Fit, far zoom):
        the target's label, then moments, then emotion names, each kept only
        where it finds room. Ties go left to right.
        """
        area = self.box.sceneBoundingRect()
        kept = []
        if self._target.isVisible():
            self._target.label.setVisible(True)  # a hidden label does not follow its line: place it first
            self._target.label.updateTransform(force=True)
            target = self._target.label.sceneBoundingRect()
            fits = area.adjusted(-1, -1, 1, 1).contains(target)
            if fits:
                kept.append(target)
            self._target.label.setVisible(fits)
        used = list(zip(self._texts[:self._texts_used], self._text_priority[:self._texts_used], strict=True))
        order = sorted(range(len(used)), key=lambda i: (-used[i][1], used[i][0].pos().x()))
        for index in order:
            label = used[index][0]
            label.show()
            label.updateTransform(force=True)  # pyqtgraph places text lazily, at its next paint
            rect = label.sceneBoundingRect()
            fits = area.adjusted(-1, -1, 1, 1).contains(rect) and not any(rect.intersects(other) for other in kept)
            label.setVisible(fits)
            if fits:
                kept.append(rect)
        self._decluttered_for = self._label_room()

    def _label_room(self) -> tuple:
        """What the labels' room depends on besides the labels: the plot's ranges and place, the labels used."""
        (left, right), (bottom, top) = self.box.viewRange()
        return (left, right, bottom, top, self.box.sceneBoundingRect().getRect(), self._texts_used,
                self._target.isVisible())

    def _label(self, data: JourneyData) -> str:
        state = self.tr("to be") if data.state is JourneyState.TO_BE else self.tr("as is")
        return f"{data.title} ({state})"

    def _draw_curve(self, which: int, data: JourneyData, touchpoints: list[curve.Touchpoint],
                    xs: dict[int, float]) -> list[curve.CurvePoint]:
        """Give line and points ``which`` (0: this journey, 1: the compared one) the curve of ``touchpoints``."""
        primary = which == 0
        points = curve.curve_points(touchpoints)
        if primary and self._dragged is not None:
            card_id, _before, now = self._dragged
            points = [curve.CurvePoint(p.card_id, p.index, now) if p.card_id == card_id else p for p in points]
        label = self._label(data)
        x = np.fromiter((xs.get(p.card_id, math.nan) for p in points), dtype=float, count=len(points))
        y = np.fromiter((p.score if p.score is not None else math.nan for p in points), dtype=float,
                        count=len(points))
        self._lines[which].setData(x, y, connect="finite")
        scored = [(p, xs[p.card_id], p.score) for p in points if p.score is not None and p.card_id in xs]
        self._series[label] = [(px, score, p.card_id) for p, px, score in scored]
        by_id = {t.card_id: t for t in touchpoints}
        scatter = self._scatters[which]
        scatter.opts["tip"] = self._tip(by_id)
        xs_scored = [px for _p, px, _score in scored]
        ys_scored = [score for _p, _px, score in scored]
        ids = [p.card_id for p, _px, _score in scored]
        if primary:
            low, high = data.scale.low, data.scale.high
            palette = canvas_palette.current()
            brushes = [_brush(_point_colour(by_id[p.card_id].emotion, score, low, high)) for p, _px, score in scored]
            scatter.setData(x=xs_scored, y=ys_scored, data=ids, brush=brushes)
            self._points = {p.card_id: (px, score) for p, px, score in scored}
            if len(scored) <= MAX_LABELS:
                for p, px, score in scored:
                    emotion = by_id[p.card_id].emotion
                    if emotion is not None:
                        self._text(enum_label(emotion), palette.muted_on(palette.paper), (0.5, 1.6), px, score,
                                   bold=False)
        else:
            scatter.setData(x=xs_scored, y=ys_scored, data=ids)
        return points

    def _tip(self, by_id: dict[int, curve.Touchpoint]):
        channels = self._channels()

        def tip(x: float, y: float, data: int) -> str:  # pyqtgraph passes them by these names
            touch = by_id.get(data)
            if touch is None:
                return ""
            parts = [touch.title or self.tr("(untitled)")]
            if touch.channel_id in channels:
                parts.append(self.tr("Channel: %1").replace("%1", channels[touch.channel_id]))
            parts.append(self.tr("Score: %1").replace("%1", number(y)))
            if touch.emotion is not None:
                parts.append(self.tr("Emotion: %1").replace("%1", enum_label(touch.emotion)))
            return "\n".join(parts)

        return tip

    def _channels(self) -> dict[int, str]:
        if self._channel_names is None:
            self._channel_names = {}
            if self.document is not None:
                self._channel_names = dict(self.document.session.execute(select(Channel.id, Channel.name)).all())
        return self._channel_names

    def _draw_moments(self) -> None:
        moments = self.scene.moments if self.scene is not None else {}
        names = {curve.MomentKind.PEAK: self.tr("Peak"), curve.MomentKind.TROUGH: self.tr("Trough"),
                 curve.MomentKind.DROP: self.tr("Drop"), curve.MomentKind.PINNED: self.tr("Moment of truth")}
        xs, ys = [], []
        labelled = set(moments)
        if len(moments) > MAX_LABELS:  # a big map: every moment ringed, the most telling named
            ranked = sorted(moments.values(), key=lambda m: (m.kind is not curve.MomentKind.PINNED, -(m.delta or 0.0),
                                                             m.card_id))
            labelled = {moment.card_id for moment in ranked[:MAX_LABELS]}
        palette = canvas_palette.current()
        colour = readable(palette.moment, palette.paper)
        for card_id, moment in moments.items():
            where = self._points.get(card_id)
            if where is None:
                continue
            xs.append(where[0])
            ys.append(where[1])
            if card_id not in labelled:
                continue
            text = names[moment.kind]
            if moment.delta is not None:
                text = f"{text} −{number(moment.delta)}"
            # Under the point: the emotion's name is above it.
            self._text(text, colour, (0.5, -0.7), where[0], where[1], bold=True)
        self._rings.setData(x=xs, y=ys)

    def _draw_selection(self) -> None:
        selected = self.scene.selected_card_ids() if self.scene is not None else []
        where = [self._points[c] for c in selected if c in self._points]
        self._selection.setData(x=[w[0] for w in where], y=[w[1] for w in where])

    def _summary_html(self, summaries, scale: Scale) -> str:
        """One line per curve, led by a sample of its line: the summary is also the legend."""
        rows = []
        for index, (label, s, *persona) in enumerate(summaries):
            colour, sample = ((canvas_palette.current().curve_line, "━━") if index == 0
                              else (canvas_palette.current().compared_line, "╍╍"))
            if persona:  # a persona's curve (app/ui/personas_curves.py), in its colour
                colour, sample = persona[0], "╍╍"
            name = f"<span style='color:{colour}'>{sample}</span> <b>{escape_html(label)}</b>"
            if not s.scored:
                rows.append(self.tr("%1: %2").replace("%1", name).replace("%2", self.tr("no scored touchpoint")))
                continue
            parts = [self.tr("mean %1").replace("%1", number(s.mean, "{:.1f}")),
                     self.tr("minimum %1").replace("%1", number(s.minimum)),
                     self.tr("spread %1").replace("%1", number(s.spread)),
                     self.tr("%1 of %2 below neutral").replace("%1", str(s.below_neutral)).replace("%2", str(s.scored))]
            if s.gap_to_target is not None:
                parts.append(self.tr("%1 from the target").replace("%1", number(s.gap_to_target, "{:+.1f}")))
            rows.append(self.tr("%1: %2").replace("%1", name).replace("%2", " · ".join(parts)))
        return "<br>".join(rows)

    # ------------------------------------------------------------------ comparison

    def _show_drag(self, card_id: int, value: float) -> None:
        """Live feedback while a point is dragged: the line and a marker move, the points stay put.

        (Giving the scatter new data mid-drag would take the point from under
        the mouse and end pyqtgraph's drag.)
        """
        x = self._points[card_id][0]
        label = next(iter(self._series))
        self._series[label] = [(px, value if cid == card_id else score, cid) for px, score, cid in self._series[label]]
        xs, ys = self._lines[0].getData()
        if xs is not None:
            ys = ys.copy()
            ys[np.isclose(xs, x)] = value
            self._lines[0].setData(xs, ys, connect="finite")
        self._drag_marker.setData(x=[x], y=[value])

@functools.lru_cache(maxsize=4096)
def _point_colour(emotion: Emotion | None, score: float, low: float, high: float) -> str:
    """A point's colour: its emotion's, else its score's on the scale (scores repeat: cached)."""
    return colours.EMOTION_COLOURS[emotion] if emotion is not None else colours.score_colour(score, low, high)


@functools.cache
def _brush(colour: str):
    return pg.mkBrush(colour)


@functools.cache
def _font(size: int, bold: bool) -> QFont:
    font = QFont(theme.family())
    font.setPixelSize(size)
    font.setBold(bold)
    return font


def number(value: float, pattern: str | None = None) -> str:
    """A number as the interface's language writes it (a decimal comma in French); ``pattern``: Python's format
    (else no exponent and no useless decimals, see app/model/numbers.py)."""
    if pattern is None:
        return numbers.number_text(value, i18n.current_language())
    return numbers.decimal_mark(pattern.format(value), i18n.current_language())


def scale_ticks(scale: Scale) -> list[float]:
    span = scale.high - scale.low
    step = 1.0 if span <= 10 else 2.0
    if span <= 4:
        step = 0.5 if span < 4 else 1.0
    values, value = [], scale.low
    while value <= scale.high + 1e-9:
        values.append(round(value, 2))
        value += step
    return values


def escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
