"""Pictures of a journey map for slides: the whole map, or a group of stages and a band of lanes.

The map is drawn by the poster's :class:`~app.export.poster_draw.MapPainter`
through :class:`~app.export.reportlab_painter.ReportLabPainter` into a PNG at the slide's
resolution (QtGui only). :func:`plan_parts` cuts a map into parts small
enough for card text to stay legible on a slide: groups of stages, and when
the lanes are too tall for one slide, bands of lanes, each with the emotion
curve under it.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QPainter

from app.export.fonts import ReportLabMetrics
from app.export.painter_parts import DOTS_PER_METRE, ensure_gui_application
from app.export.poster_draw import MapPainter
from app.export.reportlab_painter import ReportLabPainter
from app.model.enums import LaneKind
from app.model.journey_snapshot import JourneyData
from app.model.layout import LayoutStyle, MapLayout, TextMetrics, compute_layout

#: Pixels per inch of the pictures: a 13.33-inch slide is 1920 pixels wide.
SLIDE_DPI = 144.0
#: The smallest card body wanted on a slide, in points.
LEGIBLE_PT = 8.0


#: The canvas's own layout style, the default.
_DEFAULT_STYLE = LayoutStyle()


@dataclass(frozen=True, slots=True)
class MapPart:
    """Stages ``first``..``last`` (indexes) and the lane ids of one slide, with its place among the bands."""

    stage_indexes: tuple[int, ...]
    lane_ids: tuple[int, ...]
    band: int
    bands: int
    #: Lanes shown folded (the touchpoints of a band that does not show them, for the curve's points).
    folded: tuple[int, ...] = ()


def curve_last(data: JourneyData) -> JourneyData:
    """``data`` with its emotions lanes moved under the others (the curve under the map)."""
    lanes = [lane for lane in data.lanes if lane.kind is not LaneKind.EMOTIONS]
    curves = [lane for lane in data.lanes if lane.kind is LaneKind.EMOTIONS]
    return dataclasses.replace(data, lanes=lanes + curves)


def part_of(data: JourneyData, part: MapPart) -> JourneyData:
    """The journey reduced to the stages and lanes of ``part``."""
    stages = [data.stages[index] for index in part.stage_indexes]
    wanted = set(part.lane_ids)
    lanes = [dataclasses.replace(lane, collapsed=True) if lane.id in part.folded else lane
             for lane in data.lanes if lane.id in wanted]
    return dataclasses.replace(data, stages=stages, lanes=lanes)


def plan_parts(data: JourneyData, metrics: TextMetrics, room: tuple[float, float],
               style: LayoutStyle = _DEFAULT_STYLE) -> list[MapPart]:
    """The parts of the map, slide by slide, so card bodies print at :data:`LEGIBLE_PT` or more in ``room`` (pt)."""
    if not data.stages:
        return []
    scale = LEGIBLE_PT / style.body_size
    per_slide = max(1, math.floor((room[0] / scale - style.lane_header_width) / style.column_width))
    groups = math.ceil(len(data.stages) / per_slide)
    size = math.ceil(len(data.stages) / groups)
    data = curve_last(data)
    curves = tuple(lane.id for lane in data.lanes if lane.kind is LaneKind.EMOTIONS)
    parts: list[MapPart] = []
    for start in range(0, len(data.stages), size):
        indexes = tuple(range(start, min(start + size, len(data.stages))))
        layout = compute_layout(part_of(data, MapPart(indexes, tuple(lane.id for lane in data.lanes), 0, 1)),
                                metrics, style)
        heights = {lane.lane_id: lane.rect.h for lane in layout.lanes}
        budget = room[1] / scale - style.stage_header_height - sum(heights[lane] for lane in curves)
        if budget >= sum(heights.values()) - sum(heights[lane] for lane in curves):
            parts.append(MapPart(indexes, tuple(lane.id for lane in data.lanes), 0, 1))
            continue
        # A band without the touchpoints shows them folded: the curve under it keeps its points.
        touchpoints = [lane.id for lane in data.lanes if lane.kind is LaneKind.TOUCHPOINTS]
        budget -= style.min_lane_height * len(touchpoints) if curves else 0.0
        bands: list[list[int]] = [[]]
        used = 0.0
        for lane in data.lanes:
            if lane.id in curves:
                continue
            if bands[-1] and used + heights[lane.id] > budget:
                bands.append([])
                used = 0.0
            bands[-1].append(lane.id)
            used += heights[lane.id]
        for band, lanes in enumerate(bands):
            folded = tuple(lane for lane in touchpoints if lane not in lanes) if curves else ()
            order = set(lanes) | set(curves) | set(folded)
            parts.append(MapPart(indexes, tuple(lane.id for lane in data.lanes if lane.id in order), band,
                                 len(bands), folded))
    return parts


def map_png(data: JourneyData, layout: MapLayout, metrics: ReportLabMetrics, box: tuple[float, float], *,
            moments: frozenset[int] = frozenset(),
            marks: Callable[[ReportLabPainter, MapLayout, JourneyData], None] | None = None
            ) -> tuple[bytes, tuple[float, float]]:
    """The map of ``layout`` as a PNG fitted into ``box`` (pt) at :data:`SLIDE_DPI`, and its size in pt.

    ``marks``, when given, is called with (canvas, layout, data) to draw over the map (the method's marks).
    """
    ensure_gui_application()
    scale = min(box[0] / max(layout.width, 1.0), box[1] / max(layout.height, 1.0))
    page = (layout.width * scale, layout.height * scale)
    ratio = SLIDE_DPI / 72.0
    image = QImage(max(1, round(page[0] * ratio)), max(1, round(page[1] * ratio)), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(DOTS_PER_METRE)
    image.setDotsPerMeterY(DOTS_PER_METRE)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        canvas = ReportLabPainter(painter, page, scale=ratio)
        canvas.translate(0.0, page[1])
        canvas.scale(scale, scale)
        MapPainter(canvas, layout, data, metrics, moments=moments,
                   lane_colours={lane.id: lane.colour for lane in data.lanes},
                   stage_colours={stage.id: stage.colour for stage in data.stages}).draw()
        if marks is not None:
            marks(canvas, layout, data)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes str only
    buffer.close()
    return bytes(buffer.data().data()), page
