"""The canvas's colours in the editing theme: one palette object, light or dark, read by every map painter.

The light palette is the paper's (:mod:`app.model.colours`, what the poster
prints). The dark one keeps the same hues on dark surfaces: lane tints and
the default card fills are the kind's accent mixed into a dark grey, lines
and the curve turn light. Colours the model gives (a card's or a lane's own
colour, emotion and score colours, accents) are kept as they are; text on
them takes whichever ink reads at :data:`~app.ui.theme.MIN_CONTRAST`
(:meth:`CanvasPalette.ink_on`), so a pastel card the user chose stays
readable on a dark map.

:func:`current` is the palette of the theme in use. :func:`follow` keeps a
view's desk and items in step with the theme: when it changes, every item is
repainted (cached card pixmaps are keyed by :attr:`CanvasPalette.name`, so
they are rendered again, and item caches are dropped by ``update()``).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsView

from app.model import colours
from app.model.enums import LaneKind
from app.ui import theme

#: The dark theme's surfaces: under the lane tints, and under a card of a kind without a fill of its own.
_DARK_PAPER = "#202429"
_DARK_CARD = "#30353C"


def mix(base: str, other: str, amount: float) -> str:
    """``base`` with ``amount`` (0 to 1) of ``other`` mixed in, as ``#rrggbb``."""
    first, second = QColor(base), QColor(other)
    return QColor(round(first.red() + (second.red() - first.red()) * amount),
                  round(first.green() + (second.green() - first.green()) * amount),
                  round(first.blue() + (second.blue() - first.blue()) * amount)).name()


def _dark_tints() -> dict[LaneKind, str]:
    return {kind: mix(_DARK_PAPER, accent, 0.12) for kind, accent in colours.LANE_ACCENTS.items()}


def _dark_fills() -> dict[LaneKind, str]:
    # A kind whose paper card is white gets the plain dark card; the others keep a hint of their accent.
    return {kind: _DARK_CARD if colours.CARD_FILLS[kind] == "#FFFFFF" else mix(_DARK_CARD, colours.LANE_ACCENTS[kind],
                                                                               0.22)
            for kind in colours.CARD_FILLS}


@dataclass(frozen=True)
class CanvasPalette:
    """The colours the canvas, the overview and the curve pane paint with (``#rrggbb`` strings)."""

    #: "light" or "dark": cached pixmaps are kept per palette.
    name: str
    #: Around the map.
    desk: str
    #: Under the lane tints and the lane headers; the background of the curve pane.
    paper: str
    text: str
    muted_text: str
    #: The ink for text on a dark fill when :attr:`text` is dark (and the other way round).
    other_text: str
    other_muted_text: str
    grid_line: str
    stage_header_fill: str
    stage_header_text: str
    #: The thin line between two stage headers.
    stage_separator: str
    visibility_line: str
    curve_line: str
    target_line: str
    neutral_line: str
    #: The compared journey's curve in the curve pane.
    compared_line: str
    #: The ring around a curve point.
    point_outline: str
    selection: str
    find_highlight: str
    moment: str
    card_border: str
    #: A card's channel icon.
    icon: str
    #: Laid over a card that does not apply to the chosen persona (``#aarrggbb``).
    veil: str
    lane_tints: dict[LaneKind, str] = field(default_factory=dict)
    card_fills: dict[LaneKind, str] = field(default_factory=dict)

    @property
    def dark(self) -> bool:
        """True for the dark theme's palette."""
        return self.name == "dark"

    def lane_tint(self, kind: LaneKind, own: str | None = None) -> str:
        """The background of a lane of ``kind`` (its own colour when it has one)."""
        return own or self.lane_tints[kind]

    def card_fill(self, kind: LaneKind, own: str | None = None) -> str:
        """The fill of a card in a lane of ``kind`` (its own colour when it has one)."""
        return own or self.card_fills[kind]

    def accent(self, kind: LaneKind) -> str:
        """The accent of a lane kind (the card's stripe, the lane header's marker): the same in both themes."""
        return colours.LANE_ACCENTS[kind]

    def ink_on(self, background: str, preferred: str | None = None) -> str:
        """``preferred`` (default: :attr:`text`) if it reads on ``background``, else the ink that reads best."""
        return _ink(background, preferred or self.text, (self.text, self.other_text, "#000000", "#FFFFFF"))

    def muted_on(self, background: str) -> str:
        """The secondary text colour for ``background`` (a card's body, a lane's kind)."""
        return _ink(background, self.muted_text, (self.muted_text, self.other_muted_text, self.text,
                                                  self.other_text, "#000000", "#FFFFFF"))

    def qcolour(self, hex_value: str) -> QColor:
        """A QColor of one of these colours (cached)."""
        return theme.colour(hex_value)


@functools.lru_cache(maxsize=1024)
def _ink(background: str, preferred: str, candidates: tuple[str, ...]) -> str:
    if theme.contrast_ratio(preferred, background) >= theme.MIN_CONTRAST:
        return preferred
    # Black or white reads at 4.58:1 or more on any colour: the last candidates never fail.
    for candidate in candidates:
        if theme.contrast_ratio(candidate, background) >= theme.MIN_CONTRAST:
            return candidate
    return max(candidates, key=lambda candidate: theme.contrast_ratio(candidate, background))


LIGHT = CanvasPalette(
    name="light", desk="#DDE1E6", paper=colours.HEADER_FILL, text=colours.TEXT, muted_text=colours.MUTED_TEXT,
    other_text="#F1F3F5", other_muted_text="#D5DADF", grid_line=colours.GRID_LINE,
    stage_header_fill=colours.STAGE_HEADER_FILL, stage_header_text=colours.STAGE_HEADER_TEXT,
    stage_separator="#FFFFFF", visibility_line=colours.VISIBILITY_LINE, curve_line=colours.CURVE_LINE,
    target_line=colours.TARGET_LINE, neutral_line=colours.NEUTRAL_LINE, compared_line="#8E44AD",
    point_outline="#FFFFFF", selection=colours.SELECTION, find_highlight=colours.FIND_HIGHLIGHT,
    moment=colours.MOMENT_OF_TRUTH, card_border="#9AA3AD", icon=colours.STAGE_HEADER_FILL, veil="#B9FFFFFF",
    lane_tints=dict(colours.LANE_TINTS), card_fills=dict(colours.CARD_FILLS))

DARK = CanvasPalette(
    name="dark", desk="#15181C", paper=_DARK_PAPER, text="#E8EAED", muted_text="#BFC5CC",
    other_text=colours.TEXT, other_muted_text=colours.MUTED_TEXT, grid_line="#3A4048",
    stage_header_fill="#34495E", stage_header_text="#FFFFFF", stage_separator=_DARK_PAPER,
    visibility_line="#D9A66F", curve_line="#A9C4E0", target_line="#5CCB80", neutral_line="#6F7882",
    compared_line="#C79BDD", point_outline=_DARK_PAPER, selection="#4C8DF6", find_highlight=colours.FIND_HIGHLIGHT,
    moment=colours.MOMENT_OF_TRUTH, card_border="#4C545E", icon="#C9D1D9", veil="#B915181C",
    lane_tints=_dark_tints(), card_fills=_dark_fills())


def current() -> CanvasPalette:
    """The palette of the theme in use (:func:`app.ui.theme.is_dark`)."""
    return DARK if theme.is_dark() else LIGHT


def repaint(view: QGraphicsView) -> None:
    """Give ``view`` the current palette's desk and repaint everything its scene shows."""
    view.setBackgroundBrush(theme.colour(current().desk))
    scene = view.scene()
    if scene is not None:
        for item in scene.items():
            item.update()  # also drops a header's device cache
    view.viewport().update()


class _Follower(QObject):
    """Repaints one view when the theme changes; a child of the view, so it goes with it."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self._view = view
        theme.signals().changed.connect(self._on_theme_changed)

    def _on_theme_changed(self, _dark: bool) -> None:
        repaint(self._view)


def follow(view: QGraphicsView) -> None:
    """Paint ``view`` with the current palette now and again each time the theme changes."""
    _Follower(view)
    view.setBackgroundBrush(theme.colour(current().desk))
