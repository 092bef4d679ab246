"""The bundled font for ReportLab: registration, text it can draw, and measures that match Qt's.

Posters, reports and images measure and draw text with these, so a line
wraps on paper where it wraps on screen. Characters the bundled font lacks
are drawn with an installed font that has them
(:mod:`app.export.font_fallback`) and measured in that font.
"""

from __future__ import annotations

import math
import struct
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import resources
from app.export.font_fallback import fallback_font, runs

#: The names the bundled DejaVu Sans is registered under with ReportLab (and loaded under in Qt).
REGULAR = "ParcoursSans"
BOLD = "ParcoursSans-Bold"

#: Characters dropped rather than replaced: joiners, variation selectors, skin-tone modifiers.
_DROPPED = frozenset([0x200D, 0xFE0E, 0xFE0F, *range(0x1F3FB, 0x1F400)])
REPLACEMENT = "□"


@cache
def register_fonts() -> tuple[TTFont, TTFont]:
    """Register the bundled DejaVu Sans (regular and bold) with ReportLab, once."""
    regular = TTFont(REGULAR, str(resources.font_path("regular")))
    bold = TTFont(BOLD, str(resources.font_path("bold")))
    pdfmetrics.registerFont(regular)
    pdfmetrics.registerFont(bold)
    return regular, bold


@cache
def _supported() -> frozenset[int]:
    regular, bold = register_fonts()
    return frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)


def supported_codes(font_name: str) -> frozenset[int] | None:
    """The code points the bundled font ``font_name`` draws (None: not one of the bundled fonts)."""
    return _supported() if font_name in (REGULAR, BOLD) else None


def text_width(text: str, font_name: str, size: float) -> float:
    """Advance width of ``text`` in ``font_name``, each character the font lacks measured in its fallback font."""
    supported = supported_codes(font_name)
    # One run in the font itself (accented Latin, "…"): one measure, without cutting the text into runs.
    if supported is None or text.isascii() or supported.issuperset(map(ord, text)):
        return float(pdfmetrics.stringWidth(text, font_name, size))
    return sum(float(pdfmetrics.stringWidth(piece, font, size)) for font, piece in runs(text, font_name, supported))


def clean_text(text: str, missing: set[str] | None = None) -> str:
    """``text`` with what no font can draw dropped (joiners, selectors) or replaced by "□".

    A character the bundled font lacks is kept when an installed font has it
    (see :mod:`app.export.font_fallback`); one that no font has becomes "□"
    and is added to ``missing``, for the exporter's warning.
    """
    if text.isascii() and text.isprintable():
        return text
    supported = _supported()
    if text.isprintable() and supported.issuperset(map(ord, text)) and _DROPPED.isdisjoint(map(ord, text)):
        return text  # accented Latin and the like: every character kept as it is, without the loop below
    out = []
    for char in text:
        code = ord(char)
        if code in _DROPPED:
            continue
        if code in supported or char == "\n":
            out.append(char)
        elif char == "\t":
            out.append(" ")
        elif code >= 0x20 and fallback_font(char) is not None:
            out.append(char)
        else:
            out.append(REPLACEMENT)
            if missing is not None and code >= 0x20:
                missing.add(char)
    return "".join(out)


class ReportLabMetrics:
    """:class:`~app.model.layout.TextMetrics` of the bundled font, measured by ReportLab.

    The line height is the font's hhea ascent plus descent plus line gap
    (1.164 em for DejaVu Sans), which is what Qt's ``lineSpacing`` gives on
    the canvas. Widths come without kerning (Qt kerns), about 0.4 % wider, so
    a line that only just fits on screen may wrap one word earlier on paper.
    """

    def __init__(self) -> None:
        regular, _ = register_fonts()
        # Qt measures lines with the hhea table (ReportLab's own ascent comes from OS/2 and is smaller).
        hhea = regular.face.get_table("hhea")
        ascender, descender, line_gap = struct.unpack(">hhh", hhea[4:10])
        em = float(regular.face.unitsPerEm)
        self._ascent = ascender / em
        self._descent = -descender / em
        self._gap = line_gap / em
        self._widths: dict[tuple[str, float, bool], float] = {}

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Advance width of ``text`` on one line."""
        key = (text, size, bold)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = text_width(text, BOLD if bold else REGULAR, size)
        return width

    def line_height(self, size: float) -> float:
        """Distance between two baselines."""
        return self.ascent(size) + _qt_fixed(self._descent * size) + _qt_fixed(self._gap * size)

    def ascent(self, size: float) -> float:
        """Height of the baseline below the top of a line."""
        return _qt_fixed(self._ascent * size)


def _qt_fixed(value: float) -> float:
    """``value`` cut to Qt's 26.6 fixed point (1/64 px), as QFontMetricsF reports font metrics."""
    return math.floor(value * 64.0) / 64.0


def fitted_text(metrics: ReportLabMetrics, text: str, size: float, width: float, bold: bool,
            min_size: float) -> tuple[str, float]:
    """Shrink ``text`` until it fits ``width`` (not below ``min_size``), then elide it: never overflow."""
    measured = metrics.width(text, size, bold)
    if measured > width > 0:
        size = max(min_size, size * width / measured)
    while text and metrics.width(text, size, bold) > width:
        text = text[:-2] + "…" if len(text) > 1 else ""
    return text, size
