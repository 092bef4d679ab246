"""The PDF operators a poster writes thousands of times, formatted faster than ReportLab's general code.

A 2,000-card poster sets a colour, draws a rounded rectangle and writes a
line of text tens of thousands of times. ReportLab builds each through
several layers of general Python (path objects, colour objects, a font's
subset assignment character by character); the functions here write the
same bytes with a few C-level string operations. :class:`~app.export.fallback_canvas.FallbackCanvas`
uses them; anything they do not cover (a colour with alpha, a list of
radii, a character not yet given a code) goes through ReportLab itself.

Each function's output is ReportLab's own, byte for byte (tests compare
them over random input), so the PDF and its rendering stay the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from math import cos, pi, sin
from typing import Any

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

# ---------------------------------------------------------------------- shapes

#: A rounded rectangle's path as ReportLab writes it (PDFPathObject.roundRect): one operator a line. The
#: x values 0-5 are left, left + t, left + r, right - r, right - t, right; the y values 6-11 likewise.
_ROUND_RECT = "n\n{2} {6} m\n{3} {6} l\n{4} {6} {5} {7} {5} {8} c\n{5} {9} l\n{5} {10} {4} {11} {3} {11} c\n" \
              "{2} {11} l\n{1} {11} {0} {10} {0} {9} c\n{0} {8} l\n{0} {7} {1} {6} {2} {6} c\nh\n"
#: ReportLab's Bezier factor for a quarter circle in a rounded rectangle.
_ROUND_RECT_FACTOR = 0.4472
#: The x values of rounded rectangles already written, by (left, right, radius): the cards of a column share them.
_ROUND_RECT_XS: dict[tuple[float, float, float], list[str]] = {}
#: Templates of card boxes (see :func:`card_box`), by what the cards of a column and kind share.
_CARD_BOXES: dict[tuple[str, float, float, float, str, str, float, str], str] = {}


def round_rect(x: float, y: float, width: float, height: float, radius: float, paint: str) -> str:
    """The operators of ``Canvas.roundRect`` with one radius, ending with the painting operator ``paint``."""
    return _ROUND_RECT.format(*_round_rect_numbers(x, y, width, height, radius)) + paint


def card_box(before: str, x: float, y: float, width: float, height: float, radius: float, paint: str,
             between: str, stripe: float, stripe_paint: str) -> str:
    """A card's box and stripe: ``before``, :func:`round_rect`, ``between``, ``Canvas.rect(x, y, stripe, height)``.

    Lines joined as the page joins its operators. The stripe's corner is the
    box's, its figures are the box's own; what a column's cards share (their x
    values, colours, stripe) is written once into a template, so each card
    formats only its y values and height.
    """
    if width < 0 or height < 0:  # the box's first corner is not (x, y)
        return f"{before}\n{round_rect(x, y, width, height, radius, paint)}\n{between}\n" \
               f"n {fp_str(x, y, stripe, height)} re {stripe_paint}"
    key = (before, x, width, radius, paint, between, stripe, stripe_paint)
    template = _CARD_BOXES.get(key)
    if template is None:
        if len(_CARD_BOXES) > 4096:
            _CARD_BOXES.clear()
        xs = _round_rect_numbers(x, 0.0, width, 1.0, radius)[:6]
        template = _CARD_BOXES[key] = (
            _literal(f"{before}\n") + _ROUND_RECT.format(*xs, *(f"{{{index}}}" for index in range(6)))
            + _literal(f"{paint}\n{between}\nn {xs[0]} ") + "{0} " + _literal(f"{fp_str(stripe)} ") + "{6}"
            + _literal(f" re {stripe_paint}"))
    t = _ROUND_RECT_FACTOR * radius
    top = y + height
    return template.format(*fp_str(y, y + t, y + radius, top - radius, top - t, top, height).split(" "))


def _literal(text: str) -> str:
    """``text`` as a literal part of a ``str.format`` template."""
    return text.replace("{", "{{").replace("}", "}}")


def _round_rect_numbers(x: float, y: float, width: float, height: float, radius: float) -> list[str]:
    """The x values then the y values of a rounded rectangle's path as ReportLab writes them (:data:`_ROUND_RECT`)."""
    xlo, xhi = (x, x + width) if width >= 0 else (x + width, x)
    ylo, yhi = (y, y + height) if height >= 0 else (y + height, y)
    t = _ROUND_RECT_FACTOR * radius
    key = (xlo, xhi, radius)
    xs = _ROUND_RECT_XS.get(key)
    if xs is None:
        if len(_ROUND_RECT_XS) > 4096:
            _ROUND_RECT_XS.clear()
        xs = _ROUND_RECT_XS[key] = fp_str(xlo, xlo + t, xlo + radius, xhi - radius, xhi - t, xhi).split(" ")
    ys: list[str] = fp_str(ylo, ylo + t, ylo + radius, yhi - radius, yhi - t, yhi).split(" ")
    return xs + ys


def _quarter_factors() -> tuple[tuple[float, ...], ...]:
    """Per quarter of a full circle, the factors of ReportLab's ``pdfgeom.bezierArc``, computed as it does."""
    fragment = 90.0
    half = fragment * pi / 360.
    kappa = abs(4. / 3. * (1. - cos(half)) / sin(half))
    factors = []
    for index in range(4):
        theta0 = (0 + index * fragment) * pi / 180.
        theta1 = (0 + (index + 1) * fragment) * pi / 180.
        factors.append((cos(theta0), sin(theta0), cos(theta0) - kappa * sin(theta0),
                        sin(theta0) + kappa * cos(theta0), cos(theta1) + kappa * sin(theta1),
                        sin(theta1) - kappa * cos(theta1), cos(theta1), sin(theta1)))
    return tuple(factors)


_QUARTERS = _quarter_factors()
#: A circle's path as ReportLab writes it: a move and four curves; x values 0-12, y values 13-25 in order.
_CIRCLE = "n\n{0} {13} m\n" + "".join(
    " ".join(f"{{{i}}} {{{i + 13}}}" for i in range(1 + 3 * quarter, 4 + 3 * quarter)) + " c\n" for quarter in range(4))
#: The x values of circles already written, by (centre, radius): badges and marks of a column share them.
_CIRCLE_XS: dict[tuple[float, float], list[str]] = {}


def circle(x_centre: float, y_centre: float, radius: float, paint: str) -> str:
    """The operators of ``Canvas.circle`` (four Bezier quarters), ending with the painting operator ``paint``."""
    # Canvas.circle -> Canvas.ellipse -> PDFPathObject.ellipse -> bezierArc, each step's arithmetic kept.
    x1, x2, y1, y2 = x_centre - radius, x_centre + radius, y_centre - radius, y_centre + radius
    x2, y2 = x1 + (x2 - x1), y1 + (y2 - y1)
    x1, y1, x2, y2 = min(x1, x2), max(y1, y2), max(x1, x2), min(y1, y2)
    key = (x_centre, radius)
    xs = _CIRCLE_XS.get(key)
    if xs is None:
        if len(_CIRCLE_XS) > 4096:
            _CIRCLE_XS.clear()
        xc, rx = (x1 + x2) / 2., (x2 - x1) / 2.
        numbers = [xc + rx * _QUARTERS[0][0]]
        for _c0, _s0, a, _b, c, _d, c1, _s1 in _QUARTERS:
            numbers += (xc + rx * a, xc + rx * c, xc + rx * c1)
        xs = _CIRCLE_XS[key] = fp_str(*numbers).split(" ")
    yc, ry = (y1 + y2) / 2., (y2 - y1) / 2.
    numbers = [yc - ry * _QUARTERS[0][1]]
    for _c0, _s0, _a, b, _c, d, _c1, s1 in _QUARTERS:
        numbers += (yc - ry * b, yc - ry * d, yc - ry * s1)
    return _CIRCLE.format(*xs, *fp_str(*numbers).split(" ")) + paint


# ---------------------------------------------------------------------- colours and fonts

@lru_cache(maxsize=256)
def rgb(hex_value: str) -> tuple[float, float, float]:
    """``#RRGGBB`` as ReportLab's 0..1 floats."""
    value = hex_value.lstrip("#")
    return (int(value[0:2], 16) / 255.0, int(value[2:4], 16) / 255.0, int(value[4:6], 16) / 255.0)


_COLOURS: dict[tuple[float, float, float, str], str] = {}


def colour(red: float, green: float, blue: float, operator: str) -> str:
    """``"r g b rg"`` (``operator`` "rg" fills, "RG" strokes) as ReportLab's colour setters write it."""
    key = (red, green, blue, operator)
    code = _COLOURS.get(key)
    if code is None:
        if len(_COLOURS) > 4096:
            _COLOURS.clear()
        code = _COLOURS[key] = f"{fp_str((red, green, blue))} {operator}"
    return code


_FONT_SIZES: dict[tuple[float, float], str] = {}


def font_size(size: float, leading: float) -> str:
    """``"size Tf leading TL"``, what ReportLab writes after a subset font's name."""
    key = (size, leading)
    code = _FONT_SIZES.get(key)
    if code is None:
        if len(_FONT_SIZES) > 4096:
            _FONT_SIZES.clear()
        code = _FONT_SIZES[key] = f"{fp_str(size)} Tf {fp_str(leading)} TL"
    return code


# ---------------------------------------------------------------------- text


@dataclass(slots=True)
class OneByteCodes:
    """The characters a TrueType font has already given a code in its first subset, in one document.

    ReportLab gives each character of a subset font a one-byte code the
    first time it is drawn (``TTFont.splitString``, a Python loop per
    character). A line made only of characters already coded in subset 0
    is that line translated through :attr:`table`: one C call.
    """

    #: Code points to their one-byte code, for ``str.translate``.
    table: dict[int, int]
    characters: frozenset[str]
    #: ReportLab's own record of the font's codes in the document (it only ever adds to it).
    assignments: dict[int, int]
    #: How many characters it held when this was made.
    size: int
    #: Subset 0 is full: no character will join it, this table is final.
    full: bool
    #: :attr:`table` for the characters under U+0100, for ``bytes.translate`` of the text's Latin-1 bytes.
    latin_table: bytes = bytes(range(256))
    #: The characters under U+0100 that have a code, as Latin-1 bytes (what a coded text leaves when deleted).
    latin_coded: bytes = b""

    @property
    def current(self) -> bool:
        """Whether no character has joined subset 0 since this was made."""
        return self.full or self.size == len(self.assignments)


def one_byte_codes(font_name: str, document: Any, allowed: frozenset[int]) -> OneByteCodes | None:
    """The subset-0 codes of TrueType font ``font_name`` in ``document`` (None: not a subset font, or none yet).

    Only characters in ``allowed`` count (those the font draws itself, not
    a fallback font).
    """
    font = pdfmetrics.getFont(font_name)
    state = getattr(font, "state", None)
    state = state.get(document) if state is not None and getattr(font, "_dynamicFont", False) else None
    if state is None or getattr(state, "frozen", False):
        return None
    assignments: dict[int, int] = state.assignments
    table = {code: value for code, value in assignments.items() if value < 256 and code in allowed}
    latin = bytearray(range(256))
    for code, value in table.items():
        if code < 256:
            latin[code] = value
    return OneByteCodes(table, frozenset(map(chr, table)), assignments, len(assignments), state.nextCode >= 256,
                        bytes(latin), bytes(code for code in table if code < 256))


def shown_text(codes: OneByteCodes, text: str) -> bytes | None:
    """``text`` in the one-byte codes of subset 0 (None when one of its characters has none yet)."""
    if not text:
        return None
    if text.isascii():  # most lines: translated as bytes, a table lookup per byte in C
        data = text.encode("ascii")
        return None if data.translate(None, codes.latin_coded) else data.translate(codes.latin_table)
    if not codes.characters.issuperset(text):
        return None
    return text.translate(codes.table).encode("latin-1")


def shown_lines(codes: OneByteCodes, lines: Sequence[str]) -> list[str] | None:
    """Each of ``lines`` in the one-byte codes of subset 0, escaped as a ``Tj`` shows it.

    None when one of its characters has no code yet, or a line is empty (as
    :func:`shown_text`). One translation for all the lines: a character is one byte.
    """
    joined = "".join(lines)
    if not all(lines):
        return None
    if joined.isascii():
        data = joined.encode("ascii")
        if data.translate(None, codes.latin_coded):
            return None
        data = data.translate(codes.latin_table)
    elif codes.characters.issuperset(joined):
        data = joined.translate(codes.table).encode("latin-1")
    else:
        return None
    shown = []
    start = 0
    for line in lines:
        end = start + len(line)
        shown.append(escapePDF(data[start:end]))
        start = end
    return shown


def show_operator(shown: bytes) -> str:
    """The ``Tj`` operator showing ``shown`` (one-byte codes), escaped as ReportLab escapes it."""
    return f"({escapePDF(shown)}) Tj"
