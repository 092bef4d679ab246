"""How a card is drawn at any zoom: level of detail from the text's size on screen, and pixmaps per zoom level.

Level of detail. A card's title is drawn whenever it would be at least
:data:`MIN_TEXT_PX` device pixels high. Near 100 % the card shows the lines
the layout wrapped (title, then body while the body is legible too). Further
out the title is drawn in a larger scene font, so that it keeps
:data:`MIN_TEXT_PX` on screen, wrapped into the lines the card has room for,
the last one ending in an ellipsis: fewer and fewer lines, then one, then
none (:func:`title_lines_at`). Below :data:`FAR_LOD` not even one line fits
in a card of the minimum height, and the overview draws blocks instead.

Pixmaps per zoom level. A card's look (fill, stripe, text, marks, the Find and
moment-of-truth rings) is rendered into a pixmap at a zoom *level* (the zooms
Ctrl+wheel and the keyboard reach from 100 %, powers of :data:`LEVEL_STEP`, are levels:
their frames are 1:1 blits; other zooms are rounded to quarter octaves, :func:`level_of`) and kept in ``QPixmapCache``
under the card's content version and that level: zooming back to a level
seen before is a blit. At a level not rendered yet, a card that has a pixmap
at another level draws it scaled at once and is queued: :class:`~app.ui.canvas.render_queue.RenderQueue`
renders the queued cards a few milliseconds at a time and repaints them, so
the first frame at a new zoom costs scaled blits, not text layout.
"""

from __future__ import annotations

import functools
import itertools
import math
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QPixmap, QPixmapCache, QTransform

from app import i18n
from app.model import colours
from app.model.enums import LaneKind
from app.model.layout import LayoutStyle
from app.model.numbers import number_text
from app.ui import theme
from app.ui.canvas import palette as canvas_palette
from app.ui.canvas.card_frame import Look, draw_frame, frame_pixmap
from app.ui.canvas.icons import draw_icon

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene

    from app.model.curve import Moment
    from app.model.enums import Scale
    from app.model.journey_snapshot import CardData
    from app.model.layout import CardBox


class PaintedCard(Protocol):
    """What this module paints and caches of a card item (:class:`app.ui.canvas.items.CardItem`)."""

    box: CardBox | None
    card_data: CardData | None
    score_scale: Scale
    style: LayoutStyle
    found: bool
    moment: Moment | None
    #: Bumped whenever the card's look changes; the pixmaps are cached under it and :attr:`serial`.
    version: int
    serial: int
    #: The zoom levels the card has pixmaps for, most recent last.
    levels: tuple[float, ...]

    @property
    def fill(self) -> QColor:
        """The card's fill."""

    @property
    def accent(self) -> QColor:
        """The stripe's colour."""

    def size_rect(self) -> QRectF:
        """The card's rectangle in its own coordinates."""

    def scene(self) -> QGraphicsScene:
        """The scene the item is in."""

    def update(self) -> None:
        """Schedule a repaint of the item."""

class RenderQueue(Protocol):
    """Where a card waits for its pixmap at a new level (:class:`app.ui.canvas.render_queue.RenderQueue`)."""

    def add(self, item: PaintedCard, repaint: bool = True) -> None:
        """Render ``item`` at the zoom of the views showing it, soon (and repaint it then, unless told not to)."""


#: The smallest text height on screen (device pixels) that is drawn: smaller text is not legible.
MIN_TEXT_PX = 7.0
#: Line spacing over font size of the bundled font (a little over it, to stay on the safe side).
_LINE_RATIO = 1.3
#: Height of the smallest card less its padding.
_MIN_TEXT_ROOM = LayoutStyle().min_card_height - 2 * LayoutStyle().card_padding
#: Below this zoom no card of the minimum height has room for one legible line: the overview draws the cards.
FAR_LOD = MIN_TEXT_PX * _LINE_RATIO / _MIN_TEXT_ROOM
#: Room around the card kept in its pixmap (the Find ring is drawn outside the card).
MARGIN = 4.0
#: The view's zoom step: 100 % x 1.25^k are zoom levels of the pixmaps.
LEVEL_STEP = 1.25

#: Room (px) a measured line keeps under its width to be taken as fitting (see _wrap).
_FIT_ROOM = 0.05

MARKS = {LaneKind.IRRITANTS: "!", LaneKind.ENCHANTMENTS: "★", LaneKind.OPPORTUNITIES: "+"}



def legible(size: float, zoom: float) -> bool:
    """Whether text of ``size`` scene pixels is at least :data:`MIN_TEXT_PX` high at ``zoom``."""
    return size * zoom >= MIN_TEXT_PX - 1e-6


def level_of(zoom: float) -> float:
    """The zoom level whose pixmaps serve ``zoom``.

    A power of :data:`LEVEL_STEP` (100 % zoomed in or out by steps) is a level of its own: its frames
    are 1:1 blits. Any other zoom (Fit, a pinch) is rounded to quarter octaves (within 9 %).
    """
    steps = math.log(max(zoom, 1e-3), LEVEL_STEP)
    if abs(steps - round(steps)) < 1e-6:
        return LEVEL_STEP ** round(steps)
    return 2.0 ** (round(math.log2(max(zoom, 1e-3)) * 4.0) / 4.0)


@functools.lru_cache(maxsize=256)
def _metrics(size: int, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(theme.pixel_font(size, bold))


def title_lines_at(item: PaintedCard, zoom: float) -> tuple[float, tuple[str, ...]]:
    """(font size in scene pixels, lines) of ``item``'s title drawn at ``zoom``; no lines when none is legible."""
    if item.box is None or item.card_data is None:
        return item.style.title_size, ()
    return title_lines(item.box, item.card_data.title, item.style, zoom)


def title_lines(box: CardBox, title: str, style: LayoutStyle, zoom: float) -> tuple[float, tuple[str, ...]]:
    """(font size in scene pixels, lines) of a card's title drawn at ``zoom`` (see the module's docstring)."""
    if legible(style.title_size, zoom):
        return style.title_size, box.title_lines
    size = math.ceil(MIN_TEXT_PX / zoom)
    metrics = _metrics(size, style.title_bold)
    room = box.rect.h - 2.0 * title_padding(box.rect.h, style, metrics.lineSpacing())
    count = int(room // metrics.lineSpacing())
    if count < 1 or not title.strip():
        return float(size), ()
    return float(size), _wrap(title, metrics, title_width(box, style), count)


def title_size_at(style: LayoutStyle, zoom: float) -> float:
    """The font size (scene pixels) of titles drawn at ``zoom``: the style's, or the smallest legible one."""
    return style.title_size if legible(style.title_size, zoom) else float(math.ceil(MIN_TEXT_PX / zoom))


def title_width(box: CardBox, style: LayoutStyle) -> float:
    """The width a card's title is wrapped into at a far zoom (clear of the icon, badge or mark's column)."""
    width = box.rect.w - 2.0 * style.card_padding
    if box.icon_rect is not None or box.badge_rect is not None or box.kind in MARKS:
        width -= max(style.icon_size, style.badge_size) + style.card_padding
    return width


def text_metrics(size: float, bold: bool) -> QFontMetricsF:
    """The metrics of the canvas's font at ``size`` scene pixels (shared, cached)."""
    return _metrics(round(size), bold)


def title_padding(height: float, style: LayoutStyle, spacing: float) -> float:
    """The padding above a title of line ``spacing`` in a card ``height`` high, drawn at its minimum legible size.

    The card's own padding when there is room; else what is left around one line (a short card at a far
    zoom shows its title rather than a blank block: the padding is what gives way).
    """
    return max(0.0, min(style.card_padding, (height - spacing) / 2.0))


def min_title_height(style: LayoutStyle, zoom: float) -> float:
    """The smallest card height (scene pixels) with room for one legible title line at ``zoom``."""
    size = max(style.title_size, math.ceil(MIN_TEXT_PX / zoom))
    spacing = _metrics(size, style.title_bold).lineSpacing()
    if size == style.title_size:
        return spacing + 2.0 * style.card_padding
    return spacing


def _wrap(text: str, metrics: QFontMetricsF, width: float, count: int) -> tuple[str, ...]:
    """``text`` wrapped into at most ``count`` lines of ``width``; a cut last line ends with an ellipsis."""
    lines: list[str] = []
    #: Per line, whether its width was measured within ``width`` (with a hair of room for Qt's fixed-point
    #: rounding): such a line comes out of elidedText as it went in, and is not measured again.
    fits: list[bool] = []
    current, current_fits = "", False
    for word in text.split():
        if not current:
            current, current_fits = word, False
            continue
        candidate = f"{current} {word}"
        advance = metrics.horizontalAdvance(candidate)
        if advance <= width:
            current, current_fits = candidate, advance <= width - _FIT_ROOM
        else:
            lines.append(current)
            fits.append(current_fits)
            current, current_fits = word, False
            if len(lines) == count:  # a line more than there is room for: the rest is cut, not measured
                break
    if current:
        lines.append(current)
        fits.append(current_fits)
    if len(lines) > count:
        lines, fits = lines[:count], fits[:count]
        lines[-1], fits[-1] = lines[-1] + " …", False
    return tuple(line if fit else metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                 for line, fit in zip(lines, fits, strict=True))


# --------------------------------------------------------------------------- the card's look


def draw_card(painter: QPainter, item: PaintedCard, zoom: float) -> None:
    """Draw ``item``'s look (no selection, no handle) in item coordinates, as seen at ``zoom``."""
    box = item.box
    if box is None:  # not laid out yet: nothing to draw
        return
    rect = item.size_rect()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    draw_frame(painter, rect, *_frame_look(item, box, rect, zoom))
    _draw_contents(painter, item, rect, zoom)


def _frame_look(item: PaintedCard, box: CardBox, rect: QRectF, zoom: float) -> Look:
    """What ``item``'s frame shows at ``zoom`` (see card_frame.py); ``rect``: the card in its own coordinates."""
    sign = MARKS.get(box.kind)
    mark = None
    if sign and box.icon_rect is None and zoom >= FAR_LOD:
        style = item.style
        size = style.icon_size
        mark = (sign, theme.colour(colours.LANE_ACCENTS[box.kind]),
                QRectF(rect.width() - style.card_padding - size, style.card_padding, size, size))
    return item.fill, item.accent, 6.0 if sign else 4.0, item.found, mark


def _draw_contents(painter: QPainter, item: PaintedCard, rect: QRectF, zoom: float) -> None:
    """Draw what ``item`` shows on its frame: its text, its icon and score, its moment-of-truth ring."""
    _draw_text(painter, item, zoom)
    if zoom >= FAR_LOD:
        _draw_marks(painter, item)
    if item.moment is not None:
        painter.setPen(QPen(theme.colour(colours.MOMENT_OF_TRUTH), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1.5, 1.5, -1.5, -1.5), 3.0, 3.0)


def _draw_text(painter: QPainter, item: PaintedCard, zoom: float) -> None:
    box, style = item.box, item.style
    if box is None:
        return
    x = y = style.card_padding
    size, lines = title_lines_at(item, zoom)
    palette, fill = canvas_palette.current(), item.fill.name()
    painter.setPen(theme.colour(palette.ink_on(fill)))
    painter.setFont(theme.pixel_font(size, style.title_bold))
    metrics = _metrics(round(size), style.title_bold)
    ascent, line = metrics.ascent(), metrics.lineSpacing()
    if lines is not box.title_lines:  # the minimum legible size: a short card's padding gives way
        y = title_padding(box.rect.h, style, line)
    for text in lines:
        painter.drawText(QPointF(x, y + ascent), text)
        y += line
    if box.body_lines and lines is box.title_lines and legible(style.body_size, zoom):
        if lines:
            y += style.text_gap
        painter.setFont(theme.pixel_font(style.body_size))
        painter.setPen(theme.colour(palette.muted_on(fill)))
        metrics = _metrics(round(style.body_size), False)
        ascent, line = metrics.ascent(), metrics.lineSpacing()
        for text in box.body_lines:
            painter.drawText(QPointF(x, y + ascent), text)
            y += line


def _draw_marks(painter: QPainter, item: PaintedCard) -> None:
    box, data = item.box, item.card_data
    if box is None or data is None:
        return
    origin = QPointF(box.rect.x, box.rect.y)
    if box.icon_rect is not None:
        icon = box.icon_rect
        draw_icon(painter, QRectF(icon.x - origin.x(), icon.y - origin.y(), icon.w, icon.h),
                  data.channel_icon, theme.colour(_icon_colour(item)))
    if box.badge_rect is not None and data.score is not None:
        badge = box.badge_rect
        badge_rect = QRectF(badge.x - origin.x(), badge.y - origin.y(), badge.w, badge.h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.colour(colours.score_colour(data.score, item.score_scale.low, item.score_scale.high)))
        painter.drawEllipse(badge_rect)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(theme.pixel_font(10.0, True))
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, number_text(data.score, i18n.current_language()))
    # A kind's mark is drawn with the frame (see _frame_look).


def _icon_colour(item: PaintedCard) -> str:
    palette = canvas_palette.current()
    return palette.ink_on(item.fill.name(), palette.icon)


# --------------------------------------------------------------------------- pixmaps per level


_SERIALS = itertools.count(1)


def new_serial() -> int:
    """A number naming one card item's pixmaps for as long as the process runs (ids of dead items come back)."""
    return next(_SERIALS)


def _cached(key: str) -> QPixmap | None:
    """The pixmap cached under ``key`` (None when there is none)."""
    # PySide6's one-argument QPixmapCache.find(str) returns the pixmap or None; its stubs list only the others.
    return QPixmapCache.find(key)  # type: ignore[call-overload]  # see the line above


def key_prefix() -> str:
    """The start of the cache keys of every card's pixmaps in the palette in use."""
    return f"parcours-card:{canvas_palette.current().name}:"


def _key(item: PaintedCard, level: float) -> str:
    return f"{key_prefix()}{item.serial}:{item.version}:{level:.4f}"


def render(item: PaintedCard, level: float, ratio: float) -> QPixmap:
    """Render ``item``'s look at ``level`` (device pixel ``ratio``) into a pixmap and keep it in the cache."""
    size = item.size_rect()
    scale = level * ratio
    box = item.box
    if box is None:  # not laid out yet: nothing to draw
        rect = size.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        pixmap = QPixmap(max(1, math.ceil(rect.width() * scale)), max(1, math.ceil(rect.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
    else:
        # A copy of the frame cards of this look share (see card_frame.py), then what is the card's own, as
        # draw_card draws it after the frame.
        pixmap = QPixmap(frame_pixmap(size, MARGIN, scale, ratio, _frame_look(item, box, size, level)))
        painter = QPainter(pixmap)
        painter.scale(scale, scale)
        painter.translate(MARGIN, MARGIN)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _draw_contents(painter, item, size, level)
        painter.end()
    pixmap.setDevicePixelRatio(ratio)  # on a 200 % screen: twice the pixels, drawn at the card's size
    QPixmapCache.insert(_key(item, level), pixmap)
    item.levels = (*(other for other in item.levels if other != level), level)[-4:]
    return pixmap


def stand_in(item: PaintedCard, level: float) -> QPixmap | None:
    """``item``'s pixmap at the level nearest ``level`` it still has one at (None: none but ``level``'s, if any)."""
    nearest = sorted((level_pixmap for level_pixmap in item.levels if level_pixmap != level),
                     key=lambda other: abs(math.log2(other / level)))
    return next((found for found in (_cached(_key(item, other)) for other in nearest) if found is not None), None)


def draw_in_place(painter: QPainter, item: PaintedCard, level: float, x: int, y: int) -> None:
    """Draw ``item``'s look where its pixmap at ``level`` would be blitted 1:1 (top left at ``x``, ``y``), unmade.

    The painter has no world transform and draws on a device of pixel ratio 1. The frame the cards of
    this look share is blitted, then the card's own contents are drawn on it with the transform its
    pixmap's painter has, moved to ``x``, ``y``: the pixels its pixmap would give (a card never drawn
    costs no pixmap of its own in a first frame; the render queue makes it after).
    """
    box = item.box
    if box is None:
        return
    size = item.size_rect()
    painter.drawPixmap(x, y, frame_pixmap(size, MARGIN, level, 1.0, _frame_look(item, box, size, level)))
    painter.setWorldTransform(QTransform(level, 0.0, 0.0, level, x, y))
    painter.translate(MARGIN, MARGIN)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    _draw_contents(painter, item, size, level)
    painter.resetTransform()


def pixmap_at(item: PaintedCard, level: float, ratio: float, queue: RenderQueue | None,
              prefix: str = "") -> tuple[QPixmap, bool]:
    """``item``'s pixmap at ``level``, and whether it is a stand-in (another level's, until the queue renders it).

    Rendered at once when the card has no pixmap at any level (or there is no queue). ``prefix``:
    :func:`key_prefix`, when the caller looks up many cards.
    """
    pixmap = _cached(f"{prefix}{item.serial}:{item.version}:{level:.4f}" if prefix else _key(item, level))
    if pixmap is not None:
        return pixmap, False
    pixmap = stand_in(item, level)
    if pixmap is None or queue is None:
        return render(item, level, ratio), False
    queue.add(item)
    return pixmap, True


def draw_pixmap(painter: QPainter, pixmap: QPixmap, stand_in: bool, corner: QPointF, width: float, height: float,
                ratio: float) -> None:
    """Draw a card's ``pixmap`` with its top left (margin included) at ``corner``, device coordinates.

    ``width`` x ``height``: its size on screen; the painter has no world transform.
    """
    x, y = round(corner.x()), round(corner.y())
    if abs(pixmap.width() / ratio - width) < 1.0 and abs(pixmap.height() / ratio - height) < 1.0:
        painter.drawPixmap(x, y, pixmap)
    else:
        # This level's pixmap at a zoom within 9 % of it is smoothed (at 80 % its text lost strokes, issue 13);
        # another level's is a stand-in until the queue renders this one: not smoothed (a frame, not a look).
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, not stand_in)
        painter.drawPixmap(QRectF(x, y, width, height), pixmap, QRectF(pixmap.rect()))


def blit(painter: QPainter, item: PaintedCard, queue: RenderQueue | None, transform: QTransform | None = None) -> None:
    """Draw ``item``'s look from its pixmap at the painter's zoom (rendered, scaled from another level, or queued).

    ``transform``: the painter's world transform, when the caller has it already.
    """
    if transform is None:
        transform = painter.worldTransform()
    zoom = transform.m11()
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    pixmap, stand_in = pixmap_at(item, level_of(zoom), ratio, queue)
    rect = item.size_rect()
    painter.resetTransform()
    draw_pixmap(painter, pixmap, stand_in, transform.map(QPointF(-MARGIN, -MARGIN)),
                (rect.width() + 2 * MARGIN) * zoom, (rect.height() + 2 * MARGIN) * zoom, ratio)
    painter.setWorldTransform(transform)
