"""The background of the map (lane tints, cell lines, line of visibility, curve) and its sticky headers.

Headers stay visible while the map scrolls, like frozen panes: the view
calls :meth:`MapScene.pin_headers` with the visible rectangle and the
scene moves the stage headers to its top and the lane headers to its left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.model import colours
from app.model.enums import Emotion, LaneKind, Scale
from app.model.layout import LaneBox, MapLayout, Rect, StageBox, score_y
from app.ui import labels, theme
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.card_paint import legible
from app.ui.canvas.items import Z_CORNER, Z_CURVE, Z_GRID, Z_LANE_HEADER, Z_STAGE_HEADER

#: Below this zoom headers draw no text (theirs is bigger than a card's: it stays readable further out).
HEADER_LOD = 0.225


def _qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


class GridItem(QGraphicsItem):
    """Lane backgrounds, cell lines and the line of visibility, drawn only where exposed."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: MapLayout | None = None
        self.colours: dict[int, str | None] = {}
        self._bounds = QRectF()
        self.setZValue(Z_GRID)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_layout(self, layout: MapLayout, lane_colours: dict[int, str | None], *,
                   changed_below: float | None = None, room: float = 0.0) -> None:
        """Draw ``layout``; ``lane_colours`` holds each lane's own tint (None: its kind's).

        ``changed_below``: only the lanes below this y changed (a big map's last
        lanes laid out, see late_layout.py): a map still inside the grid's bounds
        keeps them (a new bounding rectangle repaints the whole view) and only
        the part below that y is drawn again. ``room``: the bounds reach this
        far below the map (lanes whose height is still a guess).
        """
        bounds = QRectF(0.0, 0.0, layout.width, layout.height + room)
        if changed_below is not None and lane_colours == self.colours and self._bounds.contains(bounds):
            self.layout = layout
            below = max(0.0, changed_below)
            changed = QRectF(-2.0, below - 2.0, self._bounds.width() + 4.0, self._bounds.bottom() - below + 4.0)
            scene = self.scene()
            for view in scene.views() if scene is not None else ():
                # Only what a view shows (an update hundreds of thousands of pixels tall repaints the whole
                # view: Qt gives up on mapping it); the rest is drawn afresh when scrolled to.
                shown = changed & view.mapToScene(view.viewport().rect()).boundingRect()
                if not shown.isEmpty():
                    self.update(shown)
            return
        self.prepareGeometryChange()
        self.layout, self.colours = layout, lane_colours
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-2.0, -2.0, 2.0, 2.0)

    def opaque_rects(self) -> list[QRectF]:
        """The lanes the grid fills with an opaque tint (scene coordinates): the view need not fill the desk there."""
        layout = self.layout
        if layout is None or not self.isVisible():
            return []
        palette = canvas_palette.current()
        tints = ((lane, theme.colour(palette.lane_tint(lane.kind, self.colours.get(lane.lane_id))))
                 for lane in layout.lanes)
        return [_qrect(lane.rect) for lane, tint in tints if tint.alpha() == 255]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        layout = self.layout
        if layout is None:
            return
        exposed = option.exposedRect
        palette = canvas_palette.current()
        for lane in layout.lanes:
            rect = _qrect(lane.rect)
            if rect.intersects(exposed):
                painter.fillRect(rect, theme.colour(palette.lane_tint(lane.kind, self.colours.get(lane.lane_id))))
        painter.setPen(QPen(theme.colour(palette.grid_line), 1.0))
        # Lines are drawn across the exposed part only: a line across a tall or wide map costs its length.
        left, right = max(0.0, exposed.left() - 2.0), min(layout.width, exposed.right() + 2.0)
        top = max(layout.style.stage_header_height, exposed.top() - 2.0)
        bottom = min(layout.height, exposed.bottom() + 2.0)
        lines = [QLineF(stage.rect.x, top, stage.rect.x, bottom) for stage in layout.stages[1:]
                 if left <= stage.rect.x <= right]
        lines += [QLineF(left, lane.rect.y, right, lane.rect.y) for lane in layout.lanes[1:]
                  if exposed.top() - 2.0 <= lane.rect.y <= exposed.bottom() + 2.0]
        if lines:
            painter.drawLines(lines)  # one call: as many lines drawn one by one, with the same pixels
        if layout.visibility_line_y is not None:
            y = layout.visibility_line_y
            pen = QPen(theme.colour(palette.visibility_line), 3.0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            start = layout.style.lane_header_width
            period = 3.0 * 6  # the dash pattern (4 on, 2 off, in pen widths): whole periods keep it in place
            start += max(0.0, (left - start) // period * period)
            painter.drawLine(QPointF(start, y), QPointF(max(start, right), y))
            if legible(11.0, option.levelOfDetailFromTransform(painter.worldTransform())):
                painter.setFont(theme.pixel_font(11.0, True))
                painter.drawText(QPointF(layout.style.lane_header_width + 8.0, y - 5.0),
                                 QCoreApplication.translate("canvas", "Line of visibility"))


class CurveItem(QGraphicsItem):
    """The emotion curve of each emotions lane: neutral and target lines, points joined by segments."""

    def __init__(self) -> None:
        super().__init__()
        self.layout: MapLayout | None = None
        #: The score scale the curve is drawn on (``scale`` would hide QGraphicsItem.scale()).
        self.score_scale = Scale.ZERO_TEN
        self.target: float | None = None
        self.emotions: dict[int, Emotion] = {}
        self._bounds = QRectF()
        self.setZValue(Z_CURVE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_layout(self, layout: MapLayout, scale: Scale, target: float | None,
                   emotions: dict[int, Emotion] | None = None, *, changed_below: float | None = None) -> None:
        """Draw the curves of ``layout`` on ``scale`` with the journey's ``target`` score.

        ``emotions`` maps a touchpoint's card id to the emotion felt there (its point's colour).
        ``changed_below``: only the lanes below this y changed (see :meth:`GridItem.set_layout`):
        curves above it, in the same place, are not drawn again.
        """
        bounds = QRectF()
        # Every emotions lane, drawn or not yet (a big map's lane still guessed): bounds that appear from nothing
        # as it is laid out would repaint the map's corner.
        for rect in [_qrect(lane.rect) for lane in layout.lanes
                     if lane.lane_id in layout.curve or lane.kind is LaneKind.EMOTIONS]:
            bounds = bounds.united(rect)
        unchanged = (changed_below is not None and bounds == self._bounds and bounds.bottom() <= changed_below
                     and (scale, target) == (self.score_scale, self.target))
        if not unchanged:
            self.prepareGeometryChange()
        self.layout, self.score_scale, self.target = layout, scale, target
        self.emotions = emotions or {}
        self._bounds = bounds
        if not unchanged:
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds.adjusted(-6.0, -6.0, 6.0, 6.0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        layout = self.layout
        if layout is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        margin = layout.style.curve_margin
        left = layout.style.lane_header_width
        palette = canvas_palette.current()
        for lane in layout.lanes:
            points = layout.curve.get(lane.lane_id)
            if points is None:
                continue
            neutral = score_y(self.score_scale.neutral, self.score_scale, lane.rect, margin)
            painter.setPen(QPen(theme.colour(palette.neutral_line), 1.0, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(left, neutral), QPointF(layout.width, neutral))
            if self.target is not None:
                y = score_y(self.target, self.score_scale, lane.rect, margin)
                painter.setPen(QPen(theme.colour(palette.target_line), 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(left, y), QPointF(layout.width, y))
            if not points:
                continue
            # An unscored touchpoint between two points is a gap in the line, as in the emotion pane.
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
            painter.setPen(QPen(theme.colour(palette.curve_line), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(QPen(theme.colour(palette.point_outline), 1.5))
            for point in points:
                # Coloured like the emotion pane: by the emotion felt, else by the score.
                emotion = self.emotions.get(point.card_id)
                fill = (colours.EMOTION_COLOURS[emotion] if emotion is not None
                        else colours.score_colour(point.score, self.score_scale.low, self.score_scale.high))
                painter.setBrush(theme.colour(fill))
                painter.drawEllipse(QPointF(point.x, point.y), 6.0, 6.0)


class StageHeaderItem(QGraphicsItem):
    """The header of one stage column; sticks to the top of the view."""

    def __init__(self, stage_id: int) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.box: StageBox | None = None
        self.colour: str | None = None
        self.current = False
        self._size = QRectF()
        self.setZValue(Z_STAGE_HEADER)
        # Headers are repainted on every scroll step (they are pinned): blit them from a pixmap.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_box(self, box: StageBox, colour: str | None, description: str) -> None:
        """Show ``box`` (its header rectangle gives the size and the x)."""
        old = self.box
        if old is not None and (old.header_rect, old.name, self.colour) == (box.header_rect, box.name, colour) \
                and self.toolTip() == description:
            self.box = box  # only the column's height changed (lanes laid out below): the header is as drawn
            return
        self.prepareGeometryChange()
        self.box, self.colour = box, colour
        self._size = QRectF(0.0, 0.0, box.header_rect.w, box.header_rect.h)
        self.setToolTip(description)
        self.setX(box.header_rect.x)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._size

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.box is None:
            return
        rect = self._size
        palette = canvas_palette.current()
        fill = self.colour or palette.stage_header_fill
        painter.fillRect(rect, theme.colour(fill))
        painter.setPen(QPen(theme.colour(palette.stage_separator), 1.0))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        if self.current:
            painter.fillRect(QRectF(0.0, rect.height() - 4.0, rect.width(), 4.0), theme.colour(palette.selection))
        if option.levelOfDetailFromTransform(painter.worldTransform()) < HEADER_LOD:
            return
        painter.setPen(theme.colour(palette.ink_on(fill, palette.stage_header_text)))
        _draw_wrapped(painter, rect.adjusted(8.0, 4.0, -8.0, -4.0), self.box.name, 14.0, True,
                      Qt.AlignmentFlag.AlignCenter)


class LaneHeaderItem(QGraphicsItem):
    """The header of one lane row: its name and kind on the lane's tint; sticks to the left of the view."""

    def __init__(self, lane_id: int) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.box: LaneBox | None = None
        self.colour: str | None = None
        self.collapsed = False
        self.current = False
        self._size = QRectF()
        self.setZValue(Z_LANE_HEADER)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_box(self, box: LaneBox, colour: str | None, collapsed: bool) -> None:
        """Show ``box`` (its header rectangle gives the size and the y)."""
        old = self.box
        if old is not None and (old.header_rect, old.name, old.kind, self.colour, self.collapsed) == \
                (box.header_rect, box.name, box.kind, colour, collapsed):
            self.box = box  # the header is as drawn (a repaint of every header in view for nothing)
            return
        self.prepareGeometryChange()
        self.box, self.colour, self.collapsed = box, colour, collapsed
        size = QRectF(0.0, 0.0, box.header_rect.w, box.header_rect.h)
        if size != self._size:
            # A header taller than the view is cached in part: a new size drops that part whole (after Undo of a
            # delete of every card, the short header's picture stayed until the next scroll).
            self.setCacheMode(QGraphicsItem.CacheMode.NoCache)
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._size = size
        self.setY(box.header_rect.y)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._size

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        box = self.box
        if box is None:
            return
        rect = self._size
        palette = canvas_palette.current()
        painter.fillRect(rect, theme.colour(palette.paper))
        tint = palette.lane_tint(box.kind, self.colour)
        painter.fillRect(rect.adjusted(0.0, 0.0, 0.0, -1.0), theme.colour(tint))
        painter.fillRect(QRectF(0.0, 0.0, 6.0, rect.height()), theme.colour(palette.accent(box.kind)))
        painter.setPen(QPen(theme.colour(palette.grid_line), 1.0))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if self.current:
            painter.fillRect(QRectF(rect.width() - 4.0, 0.0, 4.0, rect.height()), theme.colour(palette.selection))
        if option.levelOfDetailFromTransform(painter.worldTransform()) < HEADER_LOD:
            return
        text_rect = rect.adjusted(14.0, 8.0, -10.0, -8.0)
        painter.setPen(theme.colour(palette.ink_on(tint)))
        name = box.name or labels.lane_kind(box.kind)
        used = _draw_wrapped(painter, text_rect, name, 14.0, True, Qt.AlignmentFlag.AlignLeft)
        painter.setPen(theme.colour(palette.muted_on(tint)))
        kind = labels.lane_kind(box.kind)
        if self.collapsed:
            kind = QCoreApplication.translate("canvas", "%1 (folded)").replace("%1", kind)
        if kind != name or self.collapsed:
            _draw_wrapped(painter, text_rect.adjusted(0.0, used + 2.0, 0.0, 0.0), kind, 11.0, False,
                          Qt.AlignmentFlag.AlignLeft)


class CornerItem(QGraphicsItem):
    """The top-left corner above the lane headers: the journey's title; covers headers scrolling under it."""

    def __init__(self) -> None:
        super().__init__()
        self.title = ""
        self._size = QRectF()
        self.setZValue(Z_CORNER)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_content(self, title: str, width: float, height: float) -> None:
        """Show ``title`` in a ``width`` x ``height`` corner."""
        self.prepareGeometryChange()
        self.title = title
        self._size = QRectF(0.0, 0.0, width, height)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._size

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        palette = canvas_palette.current()
        fill = theme.colour(palette.stage_header_fill).darker(125)
        painter.fillRect(self._size, fill)
        if option.levelOfDetailFromTransform(painter.worldTransform()) < HEADER_LOD:
            return
        painter.setPen(theme.colour(palette.ink_on(fill.name(), palette.stage_header_text)))
        _draw_wrapped(painter, self._size.adjusted(10.0, 4.0, -8.0, -4.0), self.title, 12.0, True,
                      Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)


def _draw_wrapped(painter: QPainter, rect: QRectF, text: str, size: float, bold: bool,
                  align: Qt.AlignmentFlag) -> float:
    """Draw ``text`` word-wrapped in ``rect``, eliding what does not fit; return the height used."""
    font = theme.pixel_font(size, bold)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    line_height = metrics.lineSpacing()
    max_lines = max(1, int(rect.height() // line_height))
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= rect.width() or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1] + " …"
    lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width()) for line in lines]
    height = line_height * len(lines)
    top = rect.top()
    if align & Qt.AlignmentFlag.AlignVCenter or align == Qt.AlignmentFlag.AlignCenter:
        top = rect.top() + (rect.height() - height) / 2.0
    horizontal = (Qt.AlignmentFlag.AlignHCenter if align == Qt.AlignmentFlag.AlignCenter
                  else Qt.AlignmentFlag.AlignLeft)
    for index, line in enumerate(lines):
        painter.drawText(QRectF(rect.left(), top + index * line_height, rect.width(), line_height),
                         horizontal | Qt.AlignmentFlag.AlignVCenter, line)
    return height

