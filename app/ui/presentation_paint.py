"""Painting the map for the projector: what lies in view, in the projector theme.

:class:`MapPainter` draws a :class:`~app.model.layout.MapLayout` laid out
with :data:`~app.ui.presentation_theme.PROJECTOR_STYLE`, at a zoom and an
origin (the scene point at the top left of the screen). Only the cells in
view are visited, so a frame costs the same with 100 cards or 10,000: the
glide from stage to stage repaints a screenful of cards per frame. The stage
in focus is bright, the others dimmed; cards outside the room's filter are
dimmed too; vote dots and comment counts sit on the cards' top edge.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from app import i18n
from app.model.enums import LaneKind
from app.model.journey_snapshot import JourneyData
from app.model.layout import CardBox, LaneBox, MapLayout, StageBox
from app.model.numbers import number_text
from app.ui import theme as fonts
from app.ui.presentation_theme import ProjectorTheme

_MARKS = {LaneKind.IRRITANTS: "!", LaneKind.ENCHANTMENTS: "★", LaneKind.OPPORTUNITIES: "+"}
#: Stage column images kept (bright and dimmed): a screenful and the next glide's.
_MAX_COLUMNS = 24


@dataclass
class Frame:
    """What one frame shows: where the screen is on the map, and what is in focus."""

    origin: QPointF
    zoom: float
    size: QSizeF
    #: The stage in focus (the others are dimmed); None: none dimmed.
    focus_stage_id: int | None = None
    #: Whether a card stays bright under the room's filter (None: no filter).
    keep: Callable[[int], bool] | None = None
    #: Dots per card of the vote round shown.
    votes: dict[int, int] = field(default_factory=dict)
    #: Open comments per card.
    comments: dict[int, int] = field(default_factory=dict)
    #: A card outlined (chosen with the keyboard in vote or edit mode).
    marked_card: int | None = None
    #: Changes when the filter, the votes or the comments change (drawn columns are then made again).
    state_key: tuple = ()

    def scene_rect(self) -> QRectF:
        """The part of the map on screen."""
        return QRectF(self.origin, QSizeF(self.size.width() / self.zoom, self.size.height() / self.zoom))


class MapPainter:
    """Draws one laid-out journey in the projector theme."""

    def __init__(self, theme: ProjectorTheme) -> None:
        self.theme = theme
        self.layout: MapLayout | None = None
        self.data: JourneyData | None = None
        self._stage_x: list[float] = []
        self._lane_y: list[float] = []
        self._colour = fonts.colour
        #: Stage column images by (stage id, dimmed), valid for :attr:`_cache_key`.
        self._columns: dict[tuple[int, bool], QImage] = {}
        self._cache_key: tuple | None = None

    def set_map(self, layout: MapLayout | None, data: JourneyData | None) -> None:
        """Draw ``layout`` (of ``data``) from now on."""
        self.layout, self.data = layout, data
        self._columns.clear()
        self._stage_x = [stage.rect.x for stage in layout.stages] if layout else []
        self._lane_y = [lane.rect.y for lane in layout.lanes] if layout else []

    # ------------------------------------------------------------------ queries

    def visible_stages(self, rect: QRectF) -> list[StageBox]:
        """Stage boxes overlapping ``rect`` (scene coordinates)."""
        if self.layout is None:
            return []
        start = max(0, bisect_right(self._stage_x, rect.left()) - 1)
        stop = bisect_left(self._stage_x, rect.right())
        return self.layout.stages[start:stop]

    def visible_lanes(self, rect: QRectF) -> list[LaneBox]:
        """Lane boxes overlapping ``rect`` (scene coordinates)."""
        if self.layout is None:
            return []
        start = max(0, bisect_right(self._lane_y, rect.top()) - 1)
        stop = bisect_left(self._lane_y, rect.bottom())
        return self.layout.lanes[start:stop]

    def visible_cards(self, rect: QRectF) -> list[CardBox]:
        """Card boxes overlapping ``rect``, lane by lane, stage by stage."""
        layout = self.layout
        if layout is None:
            return []
        found = []
        top, bottom, left, right = rect.top(), rect.bottom(), rect.left(), rect.right()
        stages = self.visible_stages(rect)
        for lane in self.visible_lanes(rect):
            for stage in stages:
                for card_id in layout.cell_cards.get((lane.lane_id, stage.stage_id), ()):
                    box = layout.cards.get(card_id)
                    if box is None:
                        continue
                    r = box.rect
                    if r.y >= bottom:
                        break
                    if r.y + r.h > top and r.x < right and r.x + r.w > left:
                        found.append(box)
        return found

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Paint ``frame`` on ``painter`` (screen coordinates, the screen's top left at 0, 0).

        Each stage column is drawn once into an image (bright and dimmed) for
        the current zoom, height and vertical scroll; a glide, which only pans
        sideways, then blits the columns instead of drawing every card again.
        """
        t = self.theme
        colour = self._colour
        layout, data = self.layout, self.data
        if layout is None or data is None:
            painter.fillRect(QRectF(QPointF(0, 0), frame.size), colour(t.background))
            return
        key = (frame.zoom, frame.origin.y(), frame.size.height(), frame.state_key)
        if key != self._cache_key:
            self._columns.clear()
            self._cache_key = key
        view = frame.scene_rect()
        stages, lanes = self.visible_stages(view), self.visible_lanes(view)
        if view.left() < layout.style.lane_header_width:
            self._paint_margin(painter, frame, layout, lanes)
        right = 0.0
        for stage in stages:
            dimmed = frame.focus_stage_id is not None and stage.stage_id != frame.focus_stage_id
            image = self._column(stage, frame, dimmed, layout, data)
            x = round((stage.rect.x - frame.origin.x()) * frame.zoom)
            painter.drawImage(QPointF(x, 0.0), image)  # same format as the screen: a plain copy
            right = x + image.width()
        if right < frame.size.width():  # past the last stage (the columns cover the rest)
            painter.fillRect(QRectF(right, 0.0, frame.size.width() - right, frame.size.height()),
                             colour(t.background))
        if frame.marked_card is not None and frame.marked_card in layout.cards:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.scale(frame.zoom, frame.zoom)
            painter.translate(-frame.origin)
            painter.setPen(QPen(colour(t.spotlight), 5.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(_rect(layout.cards[frame.marked_card].rect).adjusted(-5, -5, 5, 5), 8, 8)
            painter.restore()
        dim = QColor(colour(t.dim))
        dim.setAlpha(t.dim_alpha)
        self._paint_headers(painter, frame, layout, data, stages, lanes, dim)

    def _paint_margin(self, painter: QPainter, frame: Frame, layout: MapLayout, lanes: list[LaneBox]) -> None:
        """The lane bands left of the first stage (under the lane headers when scrolled to the start)."""
        width = (layout.style.lane_header_width - frame.origin.x()) * frame.zoom
        painter.fillRect(QRectF(0.0, 0.0, width, frame.size.height()), self._colour(self.theme.background))
        for lane in lanes:
            band = self.theme.lane_band if lane.index % 2 == 0 else self.theme.lane_band_alt
            painter.fillRect(QRectF(0.0, (lane.rect.y - frame.origin.y()) * frame.zoom, width,
                                    lane.rect.h * frame.zoom), self._colour(band))

    def _column(self, stage: StageBox, frame: Frame, dimmed: bool, layout: MapLayout, data: JourneyData) -> QImage:
        """The image of one stage column for ``frame`` (made on first use, kept until the frame's key changes)."""
        cached = self._columns.get((stage.stage_id, dimmed))
        if cached is not None:
            return cached
        while len(self._columns) >= _MAX_COLUMNS:
            self._columns.pop(next(iter(self._columns)))
        t, colour, zoom = self.theme, self._colour, frame.zoom
        if dimmed:  # the bright column under a veil: no card is drawn twice
            image = self._column(stage, frame, False, layout, data).copy()
            dim = QColor(colour(t.dim))
            dim.setAlpha(t.dim_alpha)
            painter = QPainter(image)
            painter.fillRect(image.rect(), dim)
            painter.end()
            self._columns[(stage.stage_id, True)] = image
            return image
        image = QImage(max(1, math.ceil(stage.rect.w * zoom)), max(1, math.ceil(frame.size.height())),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(colour(t.background))
        painter = QPainter(image)
        painter.scale(zoom, zoom)
        painter.translate(-stage.rect.x, -frame.origin.y())
        view = QRectF(stage.rect.x, frame.origin.y(), stage.rect.w, frame.size.height() / zoom)
        lanes = self.visible_lanes(view)
        for lane in lanes:
            band = t.lane_band if lane.index % 2 == 0 else t.lane_band_alt
            painter.fillRect(QRectF(view.left(), lane.rect.y, view.width(), lane.rect.h), colour(band))
        painter.setPen(QPen(colour(t.lane_line), 1.5))
        painter.drawLine(QPointF(stage.rect.x, view.top()), QPointF(stage.rect.x, view.bottom()))
        for lane in lanes:
            painter.drawLine(QPointF(view.left(), lane.rect.y), QPointF(view.right(), lane.rect.y))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setClipRect(view)
        self._paint_curves(painter, lanes, layout, data)
        cards = self.visible_cards(view)
        for box in cards:
            self._paint_card(painter, box, layout, data)
        dim = QColor(colour(t.dim))
        dim.setAlpha(t.dim_alpha)
        if frame.keep is not None:
            for box in cards:
                if not frame.keep(box.card_id):
                    painter.fillRect(_rect(box.rect).adjusted(-1, -1, 1, 1), dim)
        for box in cards:
            self._paint_counts(painter, box, frame.votes.get(box.card_id, 0), frame.comments.get(box.card_id, 0))
        painter.end()
        self._columns[(stage.stage_id, dimmed)] = image
        return image

    def _paint_curves(self, painter: QPainter, lanes: list[LaneBox], layout: MapLayout, data: JourneyData) -> None:
        t = self.theme
        for lane in lanes:
            points = layout.curve.get(lane.lane_id)
            if points is None:
                continue
            margin = layout.style.curve_margin
            low, high = data.scale.low, data.scale.high
            neutral = lane.rect.y + margin + (high - data.scale.neutral) / (high - low) * (lane.rect.h - 2 * margin)
            painter.setPen(QPen(self._colour(t.neutral_line), 2.0, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(layout.style.lane_header_width, neutral), QPointF(layout.width, neutral))
            by_id = {point.card_id: point for point in points}
            path = QPainterPath()
            joined = False
            for card_id in layout.touchpoint_x:
                point = by_id.get(card_id)
                if point is None:
                    joined = False
                elif joined:
                    path.lineTo(point.x, point.y)
                else:
                    path.moveTo(point.x, point.y)
                    joined = True
            painter.setPen(QPen(self._colour(t.curve), t.curve_width, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(QPen(self._colour(t.background), 2.5))
            for point in points:
                painter.setBrush(self._colour(t.score_fill(point.score, low, high)))
                painter.drawEllipse(QPointF(point.x, point.y), 10.0, 10.0)

    def _paint_card(self, painter: QPainter, box: CardBox, layout: MapLayout, data: JourneyData) -> None:
        t, style, colour = self.theme, layout.style, self._colour
        card = data.cards.get(box.card_id)
        if card is None:
            return
        rect = _rect(box.rect)
        painter.setPen(QPen(colour(t.card_border), 1.0))
        painter.setBrush(colour(t.card_fills[box.kind]))
        painter.drawRoundedRect(rect, 6.0, 6.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(t.accents[box.kind]))
        painter.drawRoundedRect(QRectF(rect.x(), rect.y(), 7.0, rect.height()), 3.0, 3.0)
        x, y = rect.x() + style.card_padding, rect.y() + style.card_padding
        painter.setPen(colour(t.card_text))
        painter.setFont(fonts.pixel_font(style.title_size, style.title_bold))
        metrics = painter.fontMetrics()
        ascent, line = metrics.ascent(), metrics.lineSpacing()
        for text in box.title_lines:
            painter.drawText(QPointF(x, y + ascent), text)
            y += line
        if box.body_lines:
            y += style.text_gap if box.title_lines else 0.0
            painter.setPen(colour(t.card_muted_text))
            painter.setFont(fonts.pixel_font(style.body_size))
            metrics = painter.fontMetrics()
            ascent, line = metrics.ascent(), metrics.lineSpacing()
            for text in box.body_lines:
                painter.drawText(QPointF(x, y + ascent), text)
                y += line
        if box.badge_rect is not None and card.score is not None:
            badge = _rect(box.badge_rect)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(t.score_fill(card.score, data.scale.low, data.scale.high)))
            painter.drawEllipse(badge)
            painter.setPen(colour(t.score_text))
            painter.setFont(fonts.pixel_font(14.0, True))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number_text(card.score, i18n.current_language()))
        mark = _MARKS.get(box.kind)
        if mark:
            size = style.icon_size
            mark_rect = QRectF(rect.right() - style.card_padding - size, rect.y() + style.card_padding, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour(t.accents[box.kind]))
            painter.drawEllipse(mark_rect)
            painter.setPen(colour("#FFFFFF"))
            painter.setFont(fonts.pixel_font(15.0, True))
            painter.drawText(mark_rect, Qt.AlignmentFlag.AlignCenter, mark)

    def _paint_counts(self, painter: QPainter, box: CardBox, votes: int, comments: int) -> None:
        if not votes and not comments:
            return
        paint_counts(painter, self.theme, _rect(box.rect), votes, comments, 11.0)

    def _paint_headers(self, painter: QPainter, frame: Frame, layout: MapLayout, data: JourneyData,
                       stages: list[StageBox], lanes: list[LaneBox], dim: QColor) -> None:
        t, colour, zoom = self.theme, self._colour, frame.zoom
        origin = frame.origin
        style = layout.style
        header_h = style.stage_header_height * zoom
        header_w = style.lane_header_width * zoom
        for stage in stages:
            x = (stage.rect.x - origin.x()) * zoom
            rect = QRectF(x, 0.0, stage.rect.w * zoom, header_h)
            current = stage.stage_id == frame.focus_stage_id
            painter.fillRect(rect, colour(t.current_stage_fill if current else t.stage_header_fill))
            painter.setPen(colour(t.current_stage_text if current else t.stage_header_text))
            text = f"{stage.index + 1}. {stage.name}"
            # A long name shrinks (down to 70 %, in whole pixels) before it is cut with an ellipsis.
            size = style.header_size * zoom
            painter.setFont(fonts.pixel_font(size, True))
            room = rect.width() - 16.0
            wide = painter.fontMetrics().horizontalAdvance(text)
            if wide > room:
                painter.setFont(fonts.pixel_font(max(size * 0.7, math.floor(size * room / wide)), True))
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(room))
            painter.drawText(rect.adjusted(8, 0, -8, 0), Qt.AlignmentFlag.AlignCenter, elided)
            if frame.focus_stage_id is not None and not current:
                painter.fillRect(rect, dim)
        painter.setFont(fonts.pixel_font(16.0 * zoom, True))
        for lane in lanes:
            y = max(header_h, (lane.rect.y - origin.y()) * zoom)
            bottom = (lane.rect.y + lane.rect.h - origin.y()) * zoom
            if bottom <= y:
                continue
            rect = QRectF(0.0, y, header_w, bottom - y)
            painter.fillRect(rect, colour(t.lane_band if lane.index % 2 == 0 else t.lane_band_alt))
            painter.fillRect(QRectF(0.0, y, 8.0 * zoom, bottom - y), colour(t.accents[lane.kind]))
            painter.setPen(colour(t.lane_header_text))
            painter.drawText(rect.adjusted(14 * zoom, 6 * zoom, -6 * zoom, -6 * zoom),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             lane.name)
        corner = QRectF(0.0, 0.0, header_w, header_h)
        painter.fillRect(corner, colour(t.background))
        painter.setPen(colour(t.lane_header_text))
        painter.setFont(fonts.pixel_font(13.0 * zoom, True))
        painter.drawText(corner.adjusted(10 * zoom, 4 * zoom, -6 * zoom, -4 * zoom),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                         data.title)
        painter.setPen(QPen(colour(t.lane_line), 2.0))
        painter.drawLine(QPointF(header_w, 0.0), QPointF(header_w, frame.size.height()))


def paint_counts(painter: QPainter, theme: ProjectorTheme, rect: QRectF, votes: int, comments: int,
                 radius: float) -> None:
    """Vote dots (a number beside them past five) and a comment count on the top edge of a card ``rect``."""
    colour = fonts.colour
    x = rect.x() + radius + 6.0
    y = rect.y()
    painter.setPen(QPen(colour("#FFFFFF"), 1.5))
    painter.setBrush(colour(theme.vote_dot))
    for _ in range(min(votes, 5)):
        painter.drawEllipse(QPointF(x, y), radius, radius)
        x += radius * 2.0 + 2.0
    if votes > 5:
        painter.setFont(fonts.pixel_font(radius * 1.6, True))
        label = QRectF(x - radius, y - radius, radius * 4.0, radius * 2.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(label, radius, radius)
        painter.setPen(colour(theme.vote_text))
        painter.drawText(label, Qt.AlignmentFlag.AlignCenter, str(votes))
    if comments:
        badge = QRectF(rect.right() - radius * 3.2, y - radius, radius * 2.6, radius * 2.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(theme.comment_badge))
        painter.drawRoundedRect(badge, radius * 0.6, radius * 0.6)
        painter.setPen(colour(theme.comment_text))
        painter.setFont(fonts.pixel_font(radius * 1.5, True))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(comments))


def _rect(rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)
