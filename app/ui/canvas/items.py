"""Items of the swimlane canvas: cards, links and the drop indicator.

Items hold ids and the last values they drew (a :class:`CardBox` and a
:class:`CardData`), never ORM objects, and never change the model: the
scene sets their content from the layout when the document says something
changed. How much of a card is drawn at a zoom, and its pixmaps per zoom
level, are in :mod:`app.ui.canvas.card_paint`.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.model import colours
from app.model.curve import Moment
from app.model.enums import LinkKind, Scale
from app.model.journey_snapshot import CardData
from app.model.layout import CardBox, LayoutStyle
from app.ui import theme
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.card_paint import FAR_LOD, blit, new_serial
from app.ui.canvas.overlays import CardOverlay, card_overlays

#: Radius of the handle on a card's right edge that starts a link.
HANDLE_RADIUS = 6.0
#: Z values: the grid at the bottom, then curve, links (under the cards: an arrow never hides text), cards,
#: indicator, sticky headers.
Z_GRID, Z_CURVE, Z_LINK, Z_CARD, Z_INDICATOR, Z_STAGE_HEADER, Z_LANE_HEADER, Z_CORNER = (
    0, 5, 7, 10, 40, 50, 60, 70)


#: What every card item is: selectable, drawn by the card layer (see CardItem.__init__). Or-ed once, not per card:
#: combining two enum flags in Python costs about a microsecond, a tenth of a second for a 100,000-card map.
_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class CardItem(QGraphicsItem):
    """One card: its fill by kind, title and body lines, channel icon and score badge.

    A big map has 100,000 of these, so an item holds only what it must: its
    per-card state in slots (no instance dictionary), its size rectangles shared
    with every card of the same size (see :func:`_size_rects`), and no tooltip:
    the scene asks :meth:`toolTip` when the mouse rests on the card.
    """

    # What every card sets. The rarer states below (found, moment, dragging, hovered) stay class-level
    # defaults: the few cards that set one get an instance dictionary, the others none.
    __slots__ = ("card_id", "style", "serial", "box", "card_data", "score_scale", "version", "levels",
                 "_size", "_bounds")

    found = False
    #: Why the card is a moment of truth of the curve (None: it is not one).
    moment: Moment | None = None
    dragging = False
    _hovered = False

    box: CardBox | None
    card_data: CardData | None
    score_scale: Scale
    #: Bumped whenever the card's look changes: its pixmaps are cached under it (see card_paint).
    version: int
    #: The zoom levels it has pixmaps for, most recent last (a new tuple each time).
    levels: tuple[float, ...]
    #: The card's rectangle and its bounds in item coordinates: shared, never changed in place.
    _size: QRectF
    _bounds: QRectF

    def __init__(self, card_id: int, style: LayoutStyle, box: CardBox | None = None, data: CardData | None = None,
                 scale: Scale = Scale.ZERO_TEN) -> None:
        """An item for ``card_id``; given ``box`` and ``data`` it is drawn at once (as :meth:`set_content`)."""
        super().__init__()
        self.card_id = card_id
        self.style = style
        self.serial = new_serial()
        self.version = 0
        self.levels = ()
        self.score_scale = scale
        # No contents: the scene's card layer draws the card (app/ui/canvas/card_layer.py), except while it is
        # dragged. No Qt cache: card_paint keeps pixmaps per zoom level, so scrolling and zooming back blit them.
        # A new item has no flags: one setFlags call (setFlag reads them back first), with flags or-ed once.
        self.setFlags(_CARD_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(Z_CARD)
        if box is None or data is None:
            self.box = self.card_data = None
            self._size, self._bounds = _EMPTY
        else:
            # Not yet in a scene: no geometry change to announce, nothing to repaint.
            self.box, self.card_data = box, data
            rect = box.rect
            self._size, self._bounds = _size_rects(rect.w, rect.h)
            self.setPos(rect.x, rect.y)

    # ------------------------------------------------------------------ content

    def set_content(self, box: CardBox, data: CardData, scale: Scale) -> None:
        """Draw ``data`` in ``box`` (scene coordinates); repaints only when something changed."""
        if box is not self.box and self.box is not None and self.card_data is not None \
                and data is not self.card_data and scale is self.score_scale \
                and _look(box, data) == _look(self.box, self.card_data):
            self.move_box(box)  # moved within its cell (a neighbour came or went): the same pixmaps serve
            self.card_data = data
            return
        if box != self.box or data != self.card_data or scale is not self.score_scale:
            size, bounds = _size_rects(box.rect.w, box.rect.h)
            if size is not self._size:
                if self.scene() is not None:
                    self.prepareGeometryChange()
                self._size, self._bounds = size, bounds
            self.box, self.card_data, self.score_scale = box, data, scale
            self.version += 1
            self.update()
        if not self.dragging:
            self._move_to(box)

    def _move_to(self, box: CardBox) -> None:
        """Stand at ``box``'s place.

        Nothing is repainted here: cards move when the layout moves (thousands after an edit that changes
        a height), and then the card layer repaints whole (:meth:`CardLayer.follow`).
        """
        self.setPos(box.rect.x, box.rect.y)

    @property
    def fill(self) -> QColor:
        """The card's fill in the theme's canvas palette (its own colour, else its kind's)."""
        if self.box is None or self.card_data is None:
            return QColor()
        return theme.colour(canvas_palette.current().card_fill(self.box.kind, self.card_data.colour))

    @property
    def accent(self) -> QColor:
        """The stripe on the card's left edge: its lane kind's accent."""
        return QColor() if self.box is None else theme.colour(canvas_palette.current().accent(self.box.kind))

    def move_box(self, box: CardBox, data: CardData | None = None) -> None:
        """Follow ``box``, the same card moved up or down (nothing to draw again); ``data``: its new snapshot."""
        self.box = box
        if data is not None:
            self.card_data = data
        if not self.dragging:
            self._move_to(box)

    def toolTip(self) -> str:  # noqa: N802  (Qt's name: it stands in for QGraphicsItem.toolTip)
        """The card's whole text when some of it is elided, else "" (made when asked: see lazy.py's helpEvent)."""
        box, data = self.box, self.card_data
        if box is None or data is None or not (box.title_elided or box.body_elided):
            return ""
        return "\n\n".join(text for text in (data.title, data.body) if text)

    def set_found(self, found: bool) -> None:
        """Highlight the card as a match of Find."""
        if found != self.found:
            self.found = found
            self.version += 1
            self.update()

    def set_moment(self, moment) -> None:
        """Ring the card as a moment of truth (a :class:`~app.model.curve.Moment`, or None)."""
        if moment != self.moment:
            self.moment = moment
            self.version += 1
            self.update()

    def size_rect(self) -> QRectF:
        """The card's rectangle in item coordinates."""
        return QRectF(self._size)

    def handle_rect(self) -> QRectF:
        """The link handle, in item coordinates: a dot on the right edge."""
        r = HANDLE_RADIUS
        return QRectF(self._size.right() - r, self._size.center().y() - r, 2 * r, 2 * r)

    @property
    def hovered(self) -> bool:
        """Whether the mouse is over the card."""
        return self._hovered

    def update(self, *args: Any) -> None:
        """Repaint the card: its place on the scene's card layer, or the item itself while it paints itself (dragged).

        An item without contents is never repainted by Qt: calls of ``update()`` on a card land here.
        """
        if self.dragging:
            super().update(*args)
            return
        layer = getattr(self.scene(), "card_layer", None)
        box = self.box
        if layer is not None and box is not None:  # its bounds (see set_content), where it stands (not dragged)
            rect = box.rect
            layer.update(rect.x - 4.0, rect.y - 4.0, rect.w + 8.0 + HANDLE_RADIUS, rect.h + 8.0)

    def handle_visible(self) -> bool:
        """Whether the link handle is drawn (hovered or selected cards)."""
        return self._hovered or self.isSelected()

    # ------------------------------------------------------------------ Qt

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._size)
        return path

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:
        # Over the link handle: draw a link; elsewhere: move the card.
        over_handle = self.handle_visible() and self.handle_rect().contains(event.pos())
        self.setCursor(Qt.CursorShape.CrossCursor if over_handle else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self.box is None or self.card_data is None:
            return
        rect = self._size
        selected = self.isSelected()
        transform = painter.worldTransform()
        if transform.m11() < FAR_LOD:
            # Far out only dragged cards paint themselves (the overview draws the others): blocks, no text.
            painter.fillRect(rect, self.fill)
            painter.fillRect(QRectF(0.0, 0.0, 4.0, rect.height()), self.accent)
            if selected or self.found:
                painter.setPen(QPen(theme.colour(colours.SELECTION if selected else colours.FIND_HIGHLIGHT), 4.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            return
        scene = self.scene()
        blit(painter, self, getattr(scene, "render_queue", None), transform)
        self.paint_decorations(painter, list(card_overlays(scene)), selected)

    def paint_decorations(self, painter: QPainter, overlays: list[CardOverlay], selected: bool) -> None:
        """What is drawn live over the card's pixmap, in item coordinates: the overlays, the selection, the handle.

        The overlays are what other views put over a card (they change on their own): the workspace's
        evidence badges, thumbnail and persona veil, the method's action and measure pills, and the
        workshop's vote dots and comment counts (see :mod:`app.ui.canvas.overlays`).
        """
        rect = self._size
        for overlay in overlays:
            overlay.paint(painter, self.card_id, self.card_data, rect)
        handle = (self._hovered or selected) and not self.dragging
        if selected or handle:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if selected:
            painter.setPen(QPen(theme.colour(colours.SELECTION), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 5.0, 5.0)
        if handle:
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(theme.colour(colours.SELECTION))
            painter.drawEllipse(self.handle_rect())


#: The size rectangles of an item without content.
_EMPTY = (QRectF(), QRectF())
#: Size and bounds rectangles by card size: a map has a few dozen sizes for thousands of cards.
_SIZES: dict[tuple[float, float], tuple[QRectF, QRectF]] = {}


def _size_rects(width: float, height: float) -> tuple[QRectF, QRectF]:
    """A card's rectangle in item coordinates and its bounds (selection ring and link handle included).

    Shared by every card of this size (a QRectF costs some 240 bytes): callers never change them in place.
    """
    rects = _SIZES.get((width, height))
    if rects is None:
        if len(_SIZES) >= 4096:  # heights typed by hand: keep the memory bounded
            _SIZES.clear()
        size = QRectF(0.0, 0.0, width, height)
        rects = _SIZES[(width, height)] = (size, size.adjusted(-4.0, -4.0, 4.0 + HANDLE_RADIUS, 4.0))
    return rects


def _look(box: CardBox, data: CardData) -> tuple:
    """What a card's pixmap shows, without where it is: two cards with the same look draw the same.

    The lines are not in it: the scene's layout wraps the same text in the same room into the same
    lines, and reading them would wrap every card a new layout made (they are wrapped when drawn).
    """
    rect, icon, badge = box.rect, box.icon_rect, box.badge_rect
    return (box.title_elided, box.body_elided, rect.w, rect.h, box.kind,
            None if icon is None else (icon.x - rect.x, icon.y - rect.y, icon.w, icon.h),
            None if badge is None else (badge.x - rect.x, badge.y - rect.y, badge.w, badge.h),
            data.title, data.body, data.colour, data.score, data.channel_icon)



class LinkItem(QGraphicsPathItem):
    """An arrow from one card to another (selectable, so it can be deleted)."""

    def __init__(self, link_id: int, source_id: int, target_id: int, kind: LinkKind) -> None:
        super().__init__()
        self.link_id = link_id
        self.source_id = source_id
        self.target_id = target_id
        self.kind = kind
        self._head = QPolygonF()
        self._curve = QPainterPath()
        #: The curve flattened (finely: it stays smooth when zoomed in), and the bounds of each run of
        #: its points: a paint strokes only the runs in the exposed part (a link across a tall map
        #: would otherwise be stroked whole, some 0.4 ms each, in every frame it crosses). Worked out when
        #: first needed (see _runs): a big map opens with a hundred links, most of them out of view.
        self._flattened: list[tuple[QRectF, QPolygonF]] | None = None
        #: The card rectangles the arrow was last routed between.
        self._ends: tuple[QRectF, QRectF] | None = None
        #: The shared route it follows as worked out for those ends (None once moved off it).
        self._route: _Route | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setZValue(Z_LINK)

    def set_ends(self, source: QRectF, target: QRectF) -> None:
        """Route the arrow between two card rectangles (scene coordinates).

        Ends as before: nothing to do; both moved by the same offset (their lanes moved down
        together after an edit above them): the same route, moved, not worked out again.
        """
        old = self._ends
        self._ends = (QRectF(source), QRectF(target))
        if old is not None and old[0].size() == source.size() and old[1].size() == target.size():
            offset = source.topLeft() - old[0].topLeft()
            if offset == target.topLeft() - old[1].topLeft():
                if not offset.isNull():
                    self._move_route(offset)
                return
        self.prepareGeometryChange()
        key = (source.x(), source.y(), source.width(), source.height(),
               target.x(), target.y(), target.width(), target.height())
        route = _ROUTES.get(key)
        if route is None:
            route = _route(source, target)
            if len(_ROUTES) >= _ROUTES_MOST:
                _ROUTES.clear()
            _ROUTES[key] = route
        self._route = route
        self._head = QPolygonF(route.head)  # copies: a move translates them in place
        self._curve = QPainterPath(route.curve)
        self._flattened = route.flattened
        path = QPainterPath(route.curve)
        path.addPolygon(self._head)
        self.setPath(path)

    def _move_route(self, offset: QPointF) -> None:
        self._route = None  # off the shared route: its own, moved
        self.prepareGeometryChange()
        self._head.translate(offset)
        self._curve.translate(offset)
        if self._flattened is not None:
            self._flattened = [(bounds.translated(offset), run.translated(offset)) for bounds, run in self._flattened]
        self.setPath(self.path().translated(offset))

    @property
    def _runs(self) -> list[tuple[QRectF, QPolygonF]]:
        """The curve flattened into runs of pieces, with their bounds (see __init__), worked out on first use."""
        if self._flattened is None:
            self._flattened = _runs(self._curve)
            if self._route is not None:  # the next link routed between the same rectangles takes them too
                self._route.flattened = self._flattened
        return self._flattened

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = canvas_palette.current()
        colour = theme.colour(palette.selection if selected else palette.curve_line)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(colour, 3.0 if selected else 1.8)
        if self.kind is LinkKind.RELATES:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        exposed = option.exposedRect.adjusted(-4.0, -4.0, 4.0, 4.0)  # type: ignore[attr-defined]  # Qt's field
        if pen.style() != Qt.PenStyle.SolidLine or exposed.contains(self._curve.controlPointRect()):
            painter.drawPath(self._curve)  # a dashed line keeps its dashes in step: drawn whole
        else:
            for bounds, run in self._runs:
                if bounds.intersects(exposed):
                    painter.drawPolyline(run)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(self._head)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10.0)
        return stroker.createStroke(self.path())


class _Route:
    """An arrow's route between two card rectangles: its curve, its head and (once drawn) its flattened runs."""

    __slots__ = ("curve", "head", "flattened")

    def __init__(self, curve: QPainterPath, head: QPolygonF) -> None:
        self.curve = curve
        self.head = head
        self.flattened: list[tuple[QRectF, QPolygonF]] | None = None


#: Routes worked out lately, by the two rectangles they join: an undone delete puts the cards back where
#: they were, and their links take the routes they had, not worked out (nor flattened) again.
_ROUTES: dict[tuple[float, ...], _Route] = {}
#: The most routes kept (a map has a few hundred links; the table is emptied when full).
_ROUTES_MOST = 4096


def _route(source: QRectF, target: QRectF) -> _Route:
    """The arrow from ``source`` to ``target`` (card rectangles, scene coordinates): out of the facing sides."""
    if target.center().x() >= source.right():
        start, end = QPointF(source.right(), source.center().y()), QPointF(target.left(), target.center().y())
    elif target.right() <= source.left():
        start, end = QPointF(source.left(), source.center().y()), QPointF(target.right(), target.center().y())
    elif target.center().y() > source.center().y():
        start, end = QPointF(source.center().x(), source.bottom()), QPointF(target.center().x(), target.top())
    else:
        start, end = QPointF(source.center().x(), source.top()), QPointF(target.center().x(), target.bottom())
    path = arrow_path(start, end)
    angle = math.atan2(end.y() - path.pointAtPercent(0.97).y(), end.x() - path.pointAtPercent(0.97).x())
    size = 9.0
    head = QPolygonF([end,
                      end - QPointF(math.cos(angle - 0.4) * size, math.sin(angle - 0.4) * size),
                      end - QPointF(math.cos(angle + 0.4) * size, math.sin(angle + 0.4) * size)])
    return _Route(QPainterPath(path), head)


#: Longest piece of a flattened link (scene px): a paint strokes the pieces it exposes, a few each.
_PIECE = 160.0
#: Pieces per run (see LinkItem._runs), and how finely the curve is flattened.
_RUN_PIECES = 6
_FLATTEN = 4.0


def _runs(curve: QPainterPath) -> list[tuple[QRectF, QPolygonF]]:
    """``curve`` flattened into runs of short pieces, each run with its bounds (runs share their end points).

    Worked out on plain floats (a link's first paint makes these for each link it shows in part: a call into Qt
    per coordinate and per step made them twice as slow); the sums are the very ones of ``QPointF``'s operators.
    """
    fine = QTransform.fromScale(_FLATTEN, _FLATTEN)
    runs = []
    hypot, ceil = math.hypot, math.ceil
    for polygon in curve.toSubpathPolygons(fine):
        points = [(point.x() / _FLATTEN, point.y() / _FLATTEN) for point in map(polygon.at, range(polygon.size()))]
        even = points[:1]
        for x, y in points[1:]:
            last_x, last_y = even[-1]
            dx, dy = x - last_x, y - last_y
            steps = max(1, ceil(hypot(dx, dy) / _PIECE))
            even.extend((last_x + dx * (n / steps), last_y + dy * (n / steps)) for n in range(1, steps + 1))
        for start in range(0, max(1, len(even) - 1), _RUN_PIECES):
            run = QPolygonF([QPointF(x, y) for x, y in even[start:start + _RUN_PIECES + 1]])
            # Padded by the pen: a straight vertical or horizontal run has no width (or height), and an
            # empty rectangle intersects nothing: the run would never be drawn.
            runs.append((run.boundingRect().adjusted(-2.0, -2.0, 2.0, 2.0), run))
    return runs


def arrow_path(start: QPointF, end: QPointF) -> QPainterPath:
    """A smooth curve from ``start`` to ``end`` leaving and arriving horizontally or vertically."""
    path = QPainterPath(start)
    dx, dy = end.x() - start.x(), end.y() - start.y()
    if abs(dx) >= abs(dy) * 0.5:
        bend = max(30.0, abs(dx) / 2.0)
        sign = 1.0 if dx >= 0 else -1.0
        path.cubicTo(start + QPointF(sign * bend, 0.0), end - QPointF(sign * bend, 0.0), end)
    else:
        bend = max(20.0, abs(dy) / 2.0)
        sign = 1.0 if dy >= 0 else -1.0
        path.cubicTo(start + QPointF(0.0, sign * bend), end - QPointF(0.0, sign * bend), end)
    return path


class DropIndicator(QGraphicsItem):
    """Where a drag would land: the target cell outlined and a bar at the insertion point.

    The outline and the bar are two child items, and each moves only when it
    changes: while a card is dragged within one cell only the small bar is
    repainted, not the whole (perhaps very tall) cell.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_INDICATOR)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        colour = theme.colour(colours.SELECTION)
        fill = QColor(colour)
        fill.setAlpha(28)
        self.outline = QGraphicsRectItem(self)
        self.outline.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine))
        self.outline.setBrush(fill)
        self.bar = QGraphicsRectItem(self)
        self.bar.setPen(Qt.PenStyle.NoPen)
        self.bar.setBrush(colour)
        self.hide()

    def show_at(self, cell: QRectF, bar: QRectF) -> None:
        """Outline ``cell`` (may be empty) and draw the insertion ``bar``."""
        cell = cell.adjusted(1.0, 1.0, -1.0, -1.0) if not cell.isEmpty() else QRectF()
        if self.outline.rect() != cell:
            self.outline.setRect(cell)
        self.outline.setVisible(not cell.isEmpty())
        if self.bar.rect() != bar:
            self.bar.setRect(bar)
        self.bar.setVisible(not bar.isEmpty())
        self.show()

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        pass
