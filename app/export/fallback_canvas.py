"""A ReportLab canvas that draws the characters the bundled font lacks with an installed font that has them.

Its text objects write each run of a string (:func:`app.export.font_fallback.runs`)
in the font that has its glyphs, and its string widths count each run in
its own font (:func:`app.export.fonts.text_width`). Posters and reports draw on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.export.font_fallback import runs
from app.export.fonts import supported_codes, text_width


class _FallbackText(PDFTextObject):  # type: ignore[misc]  # ReportLab ships no types
    """A text object that writes each run of a string in the font that has its glyphs."""

    #: ReportLab's own state of the text object: the current font and its subset.
    _fontname: str
    _curSubset: int

    def _formatText(self, text: str) -> str:  # ReportLab's name
        formatted: str
        if text.isascii():  # the bundled font has every ASCII character: the common case costs one test
            formatted = super()._formatText(text)
            return formatted
        main: str = self._fontname
        supported = supported_codes(main)
        pieces = runs(text, main, supported) if supported is not None else []
        if supported is None or (len(pieces) == 1 and pieces[0][0] == main):
            formatted = super()._formatText(text)
            return formatted
        parts: list[str] = []
        for font, piece in pieces:
            self._fontname = font
            self._curSubset = -1  # another font: its subset 0 is not the main font's
            parts.append(super()._formatText(piece))
        self._fontname = main
        self._curSubset = -1
        return " ".join(part for part in parts if part)


class FallbackCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no types
    """A ReportLab canvas that draws characters the bundled font lacks with an installed font that has them."""

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> PDFTextObject:
        return _FallbackText(self, x, y, direction=direction)

    def stringWidth(self, text: str, fontName: str | None = None, fontSize: float | None = None) -> float:
        return text_width(text, fontName or self._fontname, self._fontsize if fontSize is None else fontSize)

    def drawRightString(self, x: float, y: float, text: str, *args: object, **kwargs: object) -> None:
        self.drawString(x - self.stringWidth(text), y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: object, **kwargs: object) -> None:
        self.drawString(x - self.stringWidth(text) / 2.0, y, text, *args, **kwargs)

    drawCenteredString = drawCentredString


@contextmanager
def binary_streams() -> Iterator[None]:
    """Flate-only streams while the PDF is made: ASCII85 on top would add a quarter to every page."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved
