"""Small pictures of journey maps for the start screen: lanes, cards and the emotion curve, at a glance.

A :class:`Sketch` is what a thumbnail needs from a map (lane kinds, card
counts per cell, touchpoint scores); it comes from a template's tables
(:func:`sketch_of_template`), a project file read directly in SQLite,
read-only (:func:`sketch_of_file`), or a project exported as JSON
(:func:`sketch_of_json`). :func:`paint` draws it at any device pixel ratio,
so thumbnails stay crisp at 200 %.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPainterPath, QPen, QPixmap

from app.model.enums import LaneKind
from app.ui.canvas import palette as canvas_palette

#: Size of a thumbnail in device-independent pixels.
SIZE = QSize(200, 120)


@dataclass
class Sketch:
    """What a thumbnail shows of a journey."""

    lanes: list[LaneKind] = field(default_factory=list)
    stages: int = 0
    #: (lane index, stage index) -> number of cards.
    cells: dict[tuple[int, int], int] = field(default_factory=dict)
    #: Touchpoint scores in reading order: (stage index, score 0-10).
    scores: list[tuple[int, float]] = field(default_factory=list)


def sketch_of_template(content: Any) -> Sketch:
    """The sketch of a built-in template module (``app.model.sample_*``)."""
    lane_index = {key: index for index, (key, *_rest) in enumerate(content.LANES)}
    sketch = Sketch([LaneKind(kind) for _key, kind, *_rest in content.LANES], len(content.STAGES))
    for _key, stage, lane, _title, _body, fields in content.CARDS:
        cell = (lane_index[lane], stage)
        sketch.cells[cell] = sketch.cells.get(cell, 0) + 1
        if "score" in fields:
            sketch.scores.append((stage, float(fields["score"])))
    sketch.scores.sort(key=lambda item: item[0])
    return sketch


def _from_rows(lanes: list[tuple[int, str]], stages: list[int], cards: list[tuple[int, int, Any]]) -> Sketch:
    lane_index = {lane_id: index for index, (lane_id, _kind) in enumerate(lanes)}
    stage_index = {stage_id: index for index, stage_id in enumerate(stages)}
    kinds = []
    for _lane_id, kind in lanes:
        try:
            kinds.append(LaneKind(kind))
        except ValueError:
            kinds.append(LaneKind.NOTES)
    sketch = Sketch(kinds, len(stages))
    for lane_id, stage_id, score in cards:
        if lane_id in lane_index and stage_id in stage_index:
            cell = (lane_index[lane_id], stage_index[stage_id])
            sketch.cells[cell] = sketch.cells.get(cell, 0) + 1
            if score is not None and kinds[lane_index[lane_id]] is LaneKind.TOUCHPOINTS:
                sketch.scores.append((stage_index[stage_id], float(score)))
    sketch.scores.sort(key=lambda item: item[0])
    return sketch


def sketch_of_file(path: Path) -> Sketch | None:
    """The first journey of a project file, read-only and without taking its lock (None when unreadable)."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        journey = connection.execute("SELECT id FROM journey ORDER BY position LIMIT 1").fetchone()
        if journey is None:
            return Sketch()
        lanes = connection.execute("SELECT id, kind FROM lane WHERE journey_id = ? ORDER BY position",
                                   journey).fetchall()
        stages = [row[0] for row in connection.execute(
            "SELECT id FROM stage WHERE journey_id = ? ORDER BY position", journey)]
        cards = connection.execute(
            "SELECT card.lane_id, card.stage_id, card.score FROM card JOIN lane ON lane.id = card.lane_id "
            "WHERE lane.journey_id = ? ORDER BY card.stage_id, card.position", journey).fetchall()
        return _from_rows([(i, str(k).lower()) for i, k in lanes], stages, cards)
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def sketch_of_json(data: dict[str, Any]) -> Sketch:
    """The first journey of a project exported by :func:`app.export.project_json.export_project`."""
    journeys = sorted(data.get("journeys", []), key=lambda row: row.get("position", 0))
    if not journeys:
        return Sketch()
    journey_id = journeys[0]["id"]
    lanes = sorted((row for row in data.get("lanes", []) if row.get("journey_id") == journey_id),
                   key=lambda row: row.get("position", 0))
    stages = sorted((row for row in data.get("stages", []) if row.get("journey_id") == journey_id),
                    key=lambda row: row.get("position", 0))
    cards = sorted(data.get("cards", []), key=lambda row: (row.get("stage_id", 0), row.get("position", 0)))
    return _from_rows([(row["id"], str(row.get("kind", "notes")).lower()) for row in lanes],
                      [row["id"] for row in stages],
                      [(row.get("lane_id"), row.get("stage_id"), row.get("score")) for row in cards])


def paint(sketch: Sketch | None, *, dark: bool = False, ratio: float | None = None) -> QPixmap:
    """The thumbnail of ``sketch`` (a plain frame when None) at the screen's pixel ratio, in the map's colours."""
    app = QGuiApplication.instance()
    ratio = ratio or (app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0)
    colours = canvas_palette.DARK if dark else canvas_palette.LIGHT
    pixmap = QPixmap(SIZE * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(colours.paper))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = SIZE.width(), SIZE.height()
    painter.setPen(QPen(QColor(colours.card_border), 1))
    painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
    if sketch is None or not sketch.lanes or not sketch.stages:
        painter.end()
        return pixmap
    header, left = 10.0, 14.0
    column = (width - left - 4) / sketch.stages
    row = (height - header - 4) / len(sketch.lanes)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.stage_header_fill))
    for stage in range(sketch.stages):
        painter.drawRect(QRectF(left + stage * column + 0.5, 2, column - 1, header - 3))
    for index, kind in enumerate(sketch.lanes):
        top = header + index * row
        painter.setBrush(QColor(colours.lane_tint(kind)))
        painter.drawRect(QRectF(2, top + 0.5, width - 6, row - 1))
        painter.setBrush(QColor(colours.accent(kind)))
        painter.drawRect(QRectF(2, top + 0.5, 3, row - 1))
        painter.setBrush(QColor(colours.card_fill(kind)))
        for stage in range(sketch.stages):
            count = min(sketch.cells.get((index, stage), 0), 3)
            for slot in range(count):
                box = QRectF(left + stage * column + 3 + slot * 3, top + 1.5 + slot * 1.5, column - 12, row - 4)
                painter.setPen(QPen(QColor(colours.card_border), 0.5))
                painter.drawRect(box)
        painter.setPen(Qt.PenStyle.NoPen)
    if len(sketch.scores) >= 2 and LaneKind.EMOTIONS in sketch.lanes:
        index = sketch.lanes.index(LaneKind.EMOTIONS)
        top = header + index * row
        per_stage: dict[int, int] = {}
        path = QPainterPath()
        for number, (stage, score) in enumerate(sketch.scores):
            per_stage[stage] = per_stage.get(stage, 0) + 1
            x = left + stage * column + column * min(0.9, 0.2 * per_stage[stage])
            y = top + row - 1 - (max(0.0, min(10.0, score)) / 10.0) * (row - 2)
            if number == 0:
                path.moveTo(QPointF(x, y))
            else:
                path.lineTo(QPointF(x, y))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(colours.curve_line), 1.2))
        painter.drawPath(path)
    painter.end()
    return pixmap
