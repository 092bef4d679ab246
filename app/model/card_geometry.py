"""The geometry of one card: rectangles, the map's sizes, a card's box and how tall its text makes it.

:mod:`app.model.layout` places the boxes made here on the map (and
re-exports these names). A card's height comes from how many lines its
title and body take (:meth:`~app.model.wrapping.TextWrapper.count_lines`);
its lines are wrapped only when first read (see :class:`CardBox`), so
laying out a big map does not wrap the text of cards nobody draws yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.model.enums import LaneKind
from app.model.frozen import as_frozen, fast_constructor
from app.model.journey_snapshot import CardData
from app.model.wrapping import TextMetrics, TextWrapper

__all__ = ["MARKED_KINDS", "Rect", "LayoutStyle", "CardBox"]

#: Kinds whose cards carry a mark in the top right corner (pain point, delight, opportunity),
#: so their text keeps clear of it as a touchpoint's text keeps clear of its icon.
MARKED_KINDS = frozenset({LaneKind.IRRITANTS, LaneKind.ENCHANTMENTS, LaneKind.OPPORTUNITIES})


@dataclass(frozen=True, slots=True)
class Rect:
    """An axis-aligned rectangle; contains its top and left edges, not its bottom and right ones."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        """x of the right edge."""
        return self.x + self.w

    @property
    def bottom(self) -> float:
        """y of the bottom edge."""
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        """The middle point (x, y)."""
        return (self.x + self.w / 2.0, self.y + self.h / 2.0)

    def contains(self, x: float, y: float) -> bool:
        """Whether the point lies inside (half-open on the right and bottom)."""
        return self.x <= x < self.x + self.w and self.y <= y < self.y + self.h

    def intersects(self, other: Rect) -> bool:
        """Whether the two rectangles overlap over some area (touching edges do not count)."""
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)


@dataclass(frozen=True, slots=True)
class LayoutStyle:
    """Sizes of the map, in canvas pixels at 100 % zoom."""

    card_width: float = 176.0
    card_padding: float = 8.0
    card_gap: float = 8.0
    cell_padding: float = 10.0
    stage_header_height: float = 56.0
    lane_header_width: float = 170.0
    min_lane_height: float = 72.0
    emotion_lane_height: float = 170.0
    #: Margin inside the emotions lane above the highest and below the lowest score.
    curve_margin: float = 18.0
    min_card_height: float = 40.0
    title_size: float = 13.0
    title_bold: bool = True
    body_size: float = 11.0
    header_size: float = 14.0
    #: Space between a card's title and its body.
    text_gap: float = 4.0
    max_title_lines: int = 6
    max_body_lines: int = 3
    icon_size: float = 16.0
    badge_size: float = 22.0

    @property
    def column_width(self) -> float:
        """Width of one stage column: one card column and its padding."""
        return self.card_width + 2.0 * self.cell_padding


@dataclass(frozen=True, slots=True)
class CardBox:
    """Where one card goes and the lines of text it shows.

    The boxes :func:`compute_layout` makes know their height from how many
    lines their text takes, and wrap it into lines (with "…" where it was
    cut) only when ``title_lines`` or ``body_lines`` is first read: laying
    out a big map does not wrap the text of cards nobody draws yet.
    """

    card_id: int
    lane_id: int
    stage_id: int
    #: Position within the cell (0 = top).
    index: int
    rect: Rect
    title_lines: tuple[str, ...]
    body_lines: tuple[str, ...]
    #: True when the text did not fit: the view shows the full text on hover.
    title_elided: bool
    body_elided: bool
    #: The channel icon (touchpoints with a channel), top right.
    icon_rect: Rect | None
    #: The score badge (scored touchpoints), bottom right.
    badge_rect: Rect | None
    kind: LaneKind
    #: What wraps the text on first reading (None once wrapped, or when made with its lines).
    _text: _CardText | None = field(default=None, init=False, repr=False, compare=False, hash=False)

    def moved(self, index: int, y: float, dy: float) -> CardBox:
        """The same card ``index``-th in its cell with its top at ``y``, its marks ``dy`` lower.

        Its text stays unwrapped if it was (a delete or a taller card above
        moves thousands of boxes nobody has drawn yet).
        """
        rect, icon, badge = self.rect, self.icon_rect, self.badge_rect
        if dy or y != rect.y:
            rect = _rect(rect.x, y, rect.w, rect.h)
            icon = _rect(icon.x, icon.y + dy, icon.w, icon.h) if icon is not None else None
            badge = _rect(badge.x, badge.y + dy, badge.w, badge.h) if badge is not None else None
        text = self._text
        if text is None:
            return _card_box(self.card_id, self.lane_id, self.stage_id, index, rect, self.title_lines,
                             self.body_lines, self.title_elided, self.body_elided, icon, badge, self.kind)
        return as_frozen(CardBox, _UnwrappedBox(self.card_id, self.lane_id, self.stage_id, index, rect,
                                                self.title_elided, self.body_elided, icon, badge, self.kind, text))

    if not TYPE_CHECKING:  # for the checker, a CardBox has its fields and nothing else

        def __getattr__(self, name: str) -> tuple[str, ...]:
            """Wrap the text on first reading of ``title_lines`` or ``body_lines`` (their slots are still empty)."""
            if name not in ("title_lines", "body_lines"):
                raise AttributeError(name)
            text = self._text
            if text is None:
                raise AttributeError(name)
            title_lines, body_lines = text.lines()
            object.__setattr__(self, "title_lines", title_lines)
            object.__setattr__(self, "body_lines", body_lines)
            object.__setattr__(self, "_text", None)
            return title_lines if name == "title_lines" else body_lines


class _CardText:
    """The text of a laid-out card, wrapped into lines when its box is first asked for them."""

    __slots__ = ("sizer", "title", "body", "width")

    def __init__(self, sizer: _CardSizer, title: str, body: str, width: float) -> None:
        self.sizer = sizer
        self.title = title
        self.body = body
        self.width = width

    def lines(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(title lines, body lines), as many as the box was made tall for."""
        return self.sizer.lines(self.title, self.body, self.width)


class _UnwrappedBox:
    """A :class:`CardBox` being made without its lines (see :func:`~app.model.frozen.as_frozen`)."""

    __slots__ = CardBox.__slots__

    def __init__(self, card_id: int, lane_id: int, stage_id: int, index: int, rect: Rect, title_elided: bool,
                 body_elided: bool, icon_rect: Rect | None, badge_rect: Rect | None, kind: LaneKind,
                 text: _CardText) -> None:
        self.card_id = card_id
        self.lane_id = lane_id
        self.stage_id = stage_id
        self.index = index
        self.rect = rect
        self.title_elided = title_elided
        self.body_elided = body_elided
        self.icon_rect = icon_rect
        self.badge_rect = badge_rect
        self.kind = kind
        self._text = text


#: Rect(x, y, w, h), made faster (layouts make one per card).
_rect = fast_constructor(Rect)
#: CardBox(...) with its lines, made faster (a map moved or laid out wrapped makes one per card).
_card_box = fast_constructor(CardBox)


class _CardSizer:
    """Works out a card's height from how many lines its text takes, and places its box, icon and badge."""

    def __init__(self, metrics: TextMetrics, style: LayoutStyle, wrapper: TextWrapper | None = None, *,
                 wrapped: bool = False) -> None:
        self.style = style
        self.wrapper = wrapper or TextWrapper(metrics)
        #: Boxes are made with their lines (for a layout that is drawn whole, such as a poster's).
        self.wrapped = wrapped
        self.title_line = metrics.line_height(style.title_size)
        self.body_line = metrics.line_height(style.body_size)
        #: Touchpoints keep a column on the right for the channel icon and the score badge.
        self.mark_column = max(style.icon_size, style.badge_size)
        self.plain_width = style.card_width - 2.0 * style.card_padding
        self.narrow_width = self.plain_width - self.mark_column - style.card_padding
        self.both_marks_height = style.icon_size + style.text_gap + style.badge_size

    def card_box(self, card: CardData, kind: LaneKind, index: int, x: float, y: float) -> CardBox:
        """The box of ``card``, ``index``-th in its cell, with its top left corner at (x, y).

        Its lines are wrapped when first read (see :class:`CardBox`), or
        at once when the sizer is :attr:`wrapped`.
        """
        style = self.style
        if kind is LaneKind.TOUCHPOINTS:
            has_icon, has_badge = card.channel_id is not None, card.score is not None
            text_width = self.narrow_width if has_icon or has_badge else self.plain_width
            marked = False
        else:
            has_icon = has_badge = False
            marked = kind in MARKED_KINDS
            text_width = self.narrow_width if marked else self.plain_width
        title, body = card.title, card.body
        title_lines: tuple[str, ...] = ()
        body_lines: tuple[str, ...] = ()
        if self.wrapped:
            wrap = self.wrapper.wrap
            title_lines, title_elided = wrap(title, style.title_size, text_width, style.max_title_lines,
                                             style.title_bold) if title else ((), False)
            body_lines, body_elided = wrap(body, style.body_size, text_width, style.max_body_lines) \
                if body else ((), False)
            title_count, body_count = len(title_lines), len(body_lines)
        else:
            count = self.wrapper.count_lines
            title_count, title_elided = count(title, style.title_size, text_width, style.max_title_lines,
                                              style.title_bold) if title else (0, False)
            body_count, body_elided = count(body, style.body_size, text_width, style.max_body_lines) \
                if body else (0, False)
        text_height = title_count * self.title_line + body_count * self.body_line
        if title_count and body_count:
            text_height += style.text_gap
        if has_icon and has_badge:
            text_height = max(text_height, self.both_marks_height)
        elif has_icon or has_badge or marked:
            text_height = max(text_height, self.mark_column)
        height = max(style.min_card_height, text_height + 2.0 * style.card_padding)
        icon_rect = badge_rect = None
        if has_icon or has_badge:
            right = x + style.card_width - style.card_padding
            if has_icon:
                icon_rect = _rect(right - style.icon_size, y + style.card_padding, style.icon_size, style.icon_size)
            if has_badge:
                badge_rect = _rect(right - style.badge_size, y + height - style.card_padding - style.badge_size,
                                   style.badge_size, style.badge_size)
        rect = _rect(x, y, style.card_width, height)
        if self.wrapped:
            return _card_box(card.id, card.lane_id, card.stage_id, index, rect, title_lines, body_lines,
                             title_elided, body_elided, icon_rect, badge_rect, kind)
        return as_frozen(CardBox, _UnwrappedBox(card.id, card.lane_id, card.stage_id, index, rect, title_elided,
                                                body_elided, icon_rect, badge_rect, kind,
                                                _CardText(self, title, body, text_width)))

    def lines(self, title: str, body: str, text_width: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The lines of a card's title and body in a text column ``text_width`` wide."""
        style, wrap = self.style, self.wrapper.wrap
        title_lines = wrap(title, style.title_size, text_width, style.max_title_lines, style.title_bold)[0] \
            if title else ()
        body_lines = wrap(body, style.body_size, text_width, style.max_body_lines)[0] if body else ()
        return title_lines, body_lines
