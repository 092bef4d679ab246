"""The cards of the map drawn in one paint call: their cached pixmaps blitted from one item.

Each :class:`~app.ui.canvas.items.CardItem` stays in the scene for what the
user does with it (selection, hover, hit-testing, dragging, editing,
tooltips), but has no contents: a QGraphicsView paints thousands of items
one Python call each, and that call, not the blit, was most of a frame.
:class:`CardLayer` finds the cards in the exposed part through the layout's
cells (a cell's cards are stacked top to bottom: a tall cell is bisected,
not scanned) and draws each as its item would: its pixmap at the zoom
level (:mod:`app.ui.canvas.card_paint`), then, in the card's own
coordinates, the overlays of other views, the selection ring and the link
handle. Cards are drawn in the order their items were made, the order
Qt stacked them in. A dragged card paints itself (it is skipped here), and
far out the overview draws blocks instead (:mod:`app.ui.canvas.overview`).

A card item repaints its place on the layer (:meth:`CardItem.update`); the
scene repaints the layer when the selection changes, and whole when the
layout moves.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap, QPixmapCache, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.ui.canvas.card_paint import (
    FAR_LOD,
    MARGIN,
    draw_in_place,
    draw_pixmap,
    key_prefix,
    level_of,
    pixmap_at,
    stand_in,
)
from app.ui.canvas.items import HANDLE_RADIUS, Z_CARD, CardItem
from app.ui.canvas.overlays import card_overlays

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from app.model.layout import MapLayout
    from app.ui.canvas.card_paint import RenderQueue


class LayerScene(Protocol):
    """What the layer reads of its scene (a :class:`~app.ui.canvas.scene.MapScene`)."""

    cards: dict[int, CardItem]

    @property
    def layout_so_far(self) -> MapLayout | None:
        """The layout as far as it is done (a big map's lanes below the view come after the first paint)."""

    @property
    def render_queue(self) -> RenderQueue:
        """Where cards wait for their pixmaps at a new zoom level."""

    @property
    def layout_changed(self) -> SignalInstance:
        """Emitted when the layout changed."""

#: How far a card's drawing reaches past its rectangle (the Find ring, the handle, the overlays' pills).
_REACH = MARGIN + HANDLE_RADIUS
#: A cell with more cards than this is bisected for the first exposed one; fewer are scanned.
_BISECT_FROM = 24


class CardLayer(QGraphicsItem):
    """Every card of the map that does not paint itself, drawn from its pixmap in one call."""

    def __init__(self) -> None:
        super().__init__()
        self._bounds = QRectF()
        self.setZValue(Z_CARD - 1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def follow(self, scene: LayerScene) -> None:
        """Cover ``scene``'s map, and repaint whole when its layout moves (cards came, went or moved)."""
        scene.layout_changed.connect(self._on_layout_changed)

    def _on_layout_changed(self) -> None:
        scene = cast("LayerScene | None", self.scene())
        if scene is None:
            return
        layout = scene.layout_so_far
        if layout is None:
            self.set_extent(0.0, 0.0)
        elif getattr(scene, "layout_moved", True):  # else only cards' looks changed: they repaint their places
            self.set_extent(layout.width, layout.height)

    def set_extent(self, width: float, height: float, *, repaint: bool = True) -> None:
        """The map is ``width`` x ``height``: the layer covers it (and what cards draw past its edges).

        ``repaint`` False: nothing already drawn changed (lanes laid out below the view): only a larger
        map repaints, Qt's way for an item whose bounds change.
        """
        bounds = QRectF(-_REACH, -_REACH, width + 2 * _REACH, height + 2 * _REACH)
        if not repaint and self._bounds.contains(bounds):
            return  # the layer covers the map already: new bounds would repaint the whole view for nothing
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        if repaint:
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def cards_in(self, rect: QRectF) -> list[CardItem]:
        """The card items whose drawing meets ``rect`` (scene coordinates), in the order Qt stacks them."""
        scene = cast("LayerScene | None", self.scene())
        layout = scene.layout_so_far if scene is not None else None
        if scene is None or layout is None:
            return []
        return _cards_in(layout, scene.cards, rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        exposed: QRectF = option.exposedRect  # type: ignore[attr-defined]  # Qt's field, missing from the stubs
        items = self.cards_in(exposed)
        if not items:
            return
        scene = cast("LayerScene", self.scene())
        transform = painter.worldTransform()
        overlays = list(card_overlays(self.scene()))
        if transform.m11() < FAR_LOD or transform.m12() or transform.m21():
            # Not what the view shows (far out the overview draws the cards): an export or a thumbnail
            # rendering the scene. Each card draws itself, as an item would.
            for item in items:
                if not item.dragging:
                    painter.setWorldTransform(QTransform.fromTranslate(item.x(), item.y()) * transform)
                    item.paint(painter, option, widget)
            painter.setWorldTransform(transform)
            return
        zoom, m22, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        level, queue, prefix = level_of(zoom), scene.render_queue, key_prefix()
        # At a zoom that is a level (every step from 100 %), a pixmap of this level is drawn 1:1 (draw_pixmap's
        # sizes always match there): the frame's common case takes this short path, one lookup and one blit.
        exact = level == zoom == m22 and ratio >= 1.0
        in_place = exact and ratio == 1.0
        suffix = f":{level:.4f}"
        find = QPixmapCache.find
        painter.resetTransform()
        for item in items:
            box = item.box
            if item.dragging or box is None or item.card_data is None:
                continue
            rect = box.rect
            x, y = zoom * (rect.x - MARGIN) + dx, m22 * (rect.y - MARGIN) + dy
            pixmap: QPixmap | None = find(f"{prefix}{item.serial}:{item.version}{suffix}")  # type: ignore[call-overload]  # see card_paint._cached
            if pixmap is not None and exact:
                painter.drawPixmap(round(x), round(y), pixmap)
            elif pixmap is None and in_place and stand_in(item, level) is None:
                # A card with no pixmap at any level (a map just opened, a journey just shown): drawn in place,
                # the pixels of its pixmap, which the queue makes right after this frame.
                draw_in_place(painter, item, level, round(x), round(y))
                queue.add(item, repaint=False)
            else:
                scaled = False
                if pixmap is None:
                    pixmap, scaled = pixmap_at(item, level, ratio, queue, prefix)
                draw_pixmap(painter, pixmap, scaled, QPointF(x, y), (rect.w + 2 * MARGIN) * zoom,
                            (rect.h + 2 * MARGIN) * m22, ratio)
            selected = item.isSelected()
            if overlays or selected or item.hovered:
                painter.setWorldTransform(QTransform(zoom, 0.0, 0.0, m22, zoom * rect.x + dx, m22 * rect.y + dy))
                item.paint_decorations(painter, overlays, selected)
                painter.resetTransform()
        painter.setWorldTransform(transform)


def _cards_in(layout: MapLayout, cards: dict[int, CardItem], rect: QRectF) -> list[CardItem]:
    """The items of ``cards`` laid out in ``layout`` whose drawing meets ``rect``, oldest item first."""
    left, top = rect.left() - _REACH, rect.top() - _REACH
    right, bottom = rect.right() + _REACH, rect.bottom() + _REACH
    boxes = layout.cards
    found: list[CardItem] = []
    for key, cell in layout.cells.items():
        if cell.x > right or cell.x + cell.w < left or cell.y > bottom or cell.y + cell.h < top:
            continue
        ids = layout.cell_cards.get(key, ())
        start = 0
        if len(ids) > _BISECT_FROM:
            # A cell's cards are stacked top to bottom: the first one reaching the exposed part is bisected for.
            start = bisect_left(ids, top, key=lambda card_id: _bottom(layout, card_id))
        for card_id in ids[start:]:
            box = boxes.get(card_id)
            if box is None:  # a cell is laid out from its top card down: none below this one is yet
                break
            if box.rect.y > bottom:
                break
            item = cards.get(card_id)
            if item is not None and box.rect.y + box.rect.h >= top and box.rect.x <= right \
                    and box.rect.x + box.rect.w >= left:
                found.append(item)
    found.sort(key=_made)
    return found


def _bottom(layout: MapLayout, card_id: int) -> float:
    box = layout.cards.get(card_id)  # (the cards not laid out yet are below those laid out: bisect stays sorted)
    return float("inf") if box is None else box.rect.y + box.rect.h


def _made(item: CardItem) -> int:
    return item.serial
