"""A ReportLab canvas that draws the characters the bundled font lacks with an installed font that has them.

Its text objects write each run of a string (:func:`app.export.font_fallback.runs`)
in the font that has its glyphs, and its string widths count each run in
its own font (:func:`app.export.fonts.text_width`). Posters and reports draw on it.

Its most frequent operators (colours, rounded rectangles, circles, a line of
text whose characters already have a code) are written by
:mod:`app.export.pdf_operators`: the same bytes as ReportLab's, in a
fraction of the time. A poster's cards go further (:meth:`FallbackCanvas.card_box`,
:meth:`~FallbackCanvas.text_block`, :meth:`~FallbackCanvas.disc`,
:meth:`~FallbackCanvas.centred_label`, :meth:`~FallbackCanvas.saved_state_with`):
what several calls write, in one entry of the page, the same bytes again.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from reportlab import rl_config
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfgen.canvas import PATH_OPS, Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.export import pdf_operators
from app.export.font_fallback import runs
from app.export.fonts import supported_codes, text_width

#: A colour as ReportLab's 0..1 floats.
RGB = tuple[float, float, float]
#: One run of lines in a text block (see :meth:`FallbackCanvas.text_block`): the y of its first baseline, its
#: colour, font name, size, leading and lines.
TextRun = tuple[float, RGB, str, float, float, Sequence[str]]


class _FallbackText(PDFTextObject):  # type: ignore[misc]  # ReportLab ships no types
    """A text object that writes each run of a string in the font that has its glyphs."""

    #: ReportLab's own state of the text object: the current font and its subset, size and leading.
    _fontname: str
    _curSubset: int
    _fontsize: float
    _leading: float
    _canvas: FallbackCanvas
    _code: list[str]
    _enforceColorSpace: object
    _x: float
    _y: float
    _x0: float
    _y0: float

    def _formatText(self, text: str) -> str:  # ReportLab's name
        shown = self._canvas.one_byte_text(self._fontname, text)
        if shown is not None:
            # ReportLab's own output for a line whose characters are all coded in subset 0 of the font.
            operator = pdf_operators.show_operator(shown)
            if self._curSubset == 0:
                return operator
            self._curSubset = 0
            name = self._canvas.first_subset_name(self._fontname)
            return f"{name} {pdf_operators.font_size(self._fontsize, self._leading)} {operator}"
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

    def textLine(self, text: str = "") -> None:  # ReportLab's name
        # A line whose characters all have a code in subset 0: ReportLab's own steps, inlined (after a font
        # change, the first line names the subset first, as _formatText does).
        shown = self._canvas.one_byte_text(self._fontname, text)
        if shown is None:
            super().textLine(text)
            return
        self._x = self._x0
        self._y = self._y - self._leading if self._canvas.bottomup else self._y + self._leading
        self._y0 = self._y
        if self._curSubset == 0:
            self._code.append(f"({escapePDF(shown)}) Tj T*")
            return
        self._curSubset = 0
        name = self._canvas.first_subset_name(self._fontname)
        self._code.append(f"{name} {pdf_operators.font_size(self._fontsize, self._leading)} "
                          f"({escapePDF(shown)}) Tj T*")

    def setFillColorRGB(self, r: float, g: float, b: float, alpha: float | None = None) -> None:  # ReportLab's name
        if alpha is not None or self._enforceColorSpace is not None:
            super().setFillColorRGB(r, g, b, alpha)
            return
        self._fillColorObj = (r, g, b)
        self._code.append(pdf_operators.colour(r, g, b, "rg"))


class FallbackCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no types
    """A ReportLab canvas that draws characters the bundled font lacks with an installed font that has them."""

    _code: list[str]
    _doc: object
    _fillMode: int
    _enforceColorSpace: object
    _fontname: str
    _fontsize: float
    _leading: float

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        #: Per font: the characters coded in its first subset so far (see :func:`pdf_operators.one_byte_codes`).
        self._one_byte: dict[str, pdf_operators.OneByteCodes] = {}
        self._subset_names: dict[str, str] = {}
        #: ReportLab's figures for the x of text blocks (the cards of a column share theirs).
        self._figures: dict[float, str] = {}
        #: What follows a run's origin in a text block, by (colour, font, size, leading) (see :meth:`text_block`).
        self._run_starts: dict[tuple[RGB, str, float, float], str] = {}
        #: Labels of badges and marks (see :meth:`centred_label`): half their width, what follows their origin.
        self._labels: dict[tuple[str, float, str], tuple[float, str]] = {}

    def first_subset_name(self, font_name: str) -> str:
        """The PDF name of subset 0 of TrueType font ``font_name`` in this document (e.g. ``/F1+0``)."""
        name = self._subset_names.get(font_name)
        if name is None:
            # ReportLab's call also enters the font in the document the first time: made once, then remembered.
            name = self._subset_names[font_name] = pdfmetrics.getFont(font_name).getSubsetInternalName(0, self._doc)
        return name

    def one_byte_text(self, font_name: str, text: str) -> bytes | None:
        """``text`` in the one-byte codes of subset 0 of ``font_name`` (None: ReportLab must code a character)."""
        codes = self._one_byte.get(font_name)
        if codes is None or not codes.current:
            codes = self._current_codes(font_name)
            if codes is None:
                return None
        return pdf_operators.shown_text(codes, text)

    def _current_codes(self, font_name: str) -> pdf_operators.OneByteCodes | None:
        """The codes of subset 0 of ``font_name`` as they are now (None: not a subset font, or none yet)."""
        allowed = supported_codes(font_name)
        codes = pdf_operators.one_byte_codes(font_name, self._doc, allowed) if allowed is not None else None
        if codes is not None:
            self._one_byte[font_name] = codes
        return codes

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> PDFTextObject:
        return _FallbackText(self, x, y, direction=direction)

    def setFillColorRGB(self, r: float, g: float, b: float, alpha: float | None = None) -> None:
        if alpha is not None or self._enforceColorSpace is not None:
            super().setFillColorRGB(r, g, b, alpha)
            return
        self._fillColorObj = (r, g, b)
        self._code.append(pdf_operators.colour(r, g, b, "rg"))

    def setStrokeColorRGB(self, r: float, g: float, b: float, alpha: float | None = None) -> None:
        if alpha is not None or self._enforceColorSpace is not None:
            super().setStrokeColorRGB(r, g, b, alpha)
            return
        self._strokeColorObj = (r, g, b)
        self._code.append(pdf_operators.colour(r, g, b, "RG"))

    def roundRect(self, x: float, y: float, width: float, height: float, radius: float | list[float],
                  stroke: int = 1, fill: int = 0) -> None:
        if isinstance(radius, (list, tuple)):
            super().roundRect(x, y, width, height, radius, stroke, fill)
            return
        self._code.append(pdf_operators.round_rect(x, y, width, height, radius, PATH_OPS[stroke, fill, self._fillMode]))

    def circle(self, x_cen: float, y_cen: float, r: float, stroke: int = 1, fill: int = 0) -> None:
        self._code.append(pdf_operators.circle(x_cen, y_cen, r, PATH_OPS[stroke, fill, self._fillMode]))

    def writes_directly(self) -> bool:
        """Whether :meth:`card_box` and :meth:`text_block` may write (y up, no colour space enforced)."""
        return bool(self.bottomup) and self._enforceColorSpace is None

    def card_box(self, fill: RGB, x: float, y: float, width: float, height: float, radius: float,
                 accent: RGB, stripe: float) -> None:
        """A card's box and its accent stripe, as four calls write them.

        The same bytes as ``setFillColorRGB(*fill)``, ``roundRect(x, y, width,
        height, radius, stroke=1, fill=1)``, ``setFillColorRGB(*accent)`` and
        ``rect(x, y, stripe, height, stroke=0, fill=1)``, in one entry of
        the page. Only when :meth:`writes_directly`.
        """
        mode = self._fillMode
        self._code.append(pdf_operators.card_box(
            pdf_operators.colour(*fill, "rg"), x, y, width, height, radius, PATH_OPS[1, 1, mode],
            pdf_operators.colour(*accent, "rg"), stripe, PATH_OPS[0, 1, mode]))
        self._fillColorObj = accent

    def saved_state_with(self, matrix: str, operators: str) -> None:
        """``saveState()``, ``transform(*matrix)`` (its figures, as written), ``operators``, then ``restoreState()``.

        The same bytes; the canvas's own state is left as it was (as a restore leaves it).
        """
        self._code.append(f"q\n{matrix} cm\n{operators}\nQ")

    def disc(self, fill: RGB, x: float, y: float, radius: float, ink: RGB) -> None:
        """A filled disc, then the fill colour ``ink``, as three calls write them.

        The same bytes as ``setFillColorRGB(*fill)``, ``circle(x, y, radius,
        stroke=0, fill=1)`` and ``setFillColorRGB(*ink)``. Only when :meth:`writes_directly`.
        """
        self._code.append(f"{pdf_operators.colour(*fill, 'rg')}\n"
                          f"{pdf_operators.circle(x, y, radius, PATH_OPS[0, 1, self._fillMode])}\n"
                          f"{pdf_operators.colour(*ink, 'rg')}")
        self._fillColorObj = ink

    def centred_label(self, x: float, y: float, text: str, font: str, size: float) -> None:
        """``setFont(font, size)`` then ``drawCentredString(x, y, text)``: the same bytes, a label's measure remembered.

        Badges and marks print a handful of labels ("7", "!") thousands of times.
        """
        key = (font, size, text)
        label = self._labels.get(key)
        if label is None:
            self.setFont(font, size)
            shown = self.one_byte_text(font, text) if self.bottomup else None
            if shown is None:
                self.drawCentredString(x, y, text)
                return
            label = self._labels[key] = (
                text_width(text, font, size) / 2.0,
                f"Tm {self.first_subset_name(font)} {pdf_operators.font_size(size, self._leading)} "
                f"({escapePDF(shown)}) Tj T* ET")
        self._fontname, self._fontsize, self._leading = font, size, size * 1.2  # what setFont sets
        self._code.append(f"BT 1 0 0 1 {fp_str(x - label[0], y)} {label[1]}")

    def text_block(self, x: float, text_runs: Iterable[TextRun]) -> bool:
        """Write one text object of runs of lines, each from its own origin; False (nothing written) if it cannot.

        The same bytes as ``beginText``, then per run ``setTextOrigin(x, y)``
        (the first run's origin is the text object's), ``setFillColorRGB``,
        ``setFont(font, size, leading)`` and a ``textLine`` per line, then
        ``drawText``. Only when :meth:`writes_directly`; False when a line has
        a character not yet coded in subset 0 of its font (ReportLab codes
        it: the caller draws the block through a text object).
        """
        x_figure = self._figures.get(x)
        if x_figure is None:
            x_figure = self._figures[x] = fp_str(x)
        code = "BT"
        for y, rgb, font, size, leading, lines in text_runs:
            shown = self._shown_lines(font, lines)
            if shown is None:
                return False
            # After a change of font, its first line names it (as _FallbackText.textLine does).
            start = self._run_starts.get((rgb, font, size, leading))
            if start is None:
                start = self._run_starts[(rgb, font, size, leading)] = (
                    f"Tm {pdf_operators.colour(*rgb, 'rg')} {self.first_subset_name(font)} "
                    f"{pdf_operators.font_size(size, leading)} (")
            code = f"{code} 1 0 0 1 {x_figure} {fp_str(y)} {start}{') Tj T* ('.join(shown)}) Tj T*"
        self._code.append(code + " ET")
        return True

    def _shown_lines(self, font_name: str, lines: Sequence[str]) -> list[str] | None:
        """Each line in the one-byte codes of subset 0 of ``font_name``, escaped (see :meth:`one_byte_text`)."""
        codes = self._one_byte.get(font_name)
        if codes is None or not codes.current:
            codes = self._current_codes(font_name)
            if codes is None:
                return None
        return pdf_operators.shown_lines(codes, lines)

    def stringWidth(self, text: str, fontName: str | None = None, fontSize: float | None = None) -> float:
        return text_width(text, fontName or self._fontname, self._fontsize if fontSize is None else fontSize)

    def drawString(self, x: float, y: float, text: str, mode: int | None = None, charSpace: float = 0,
                   direction: str | None = None, wordSpace: float | None = None, shaping: bool = False) -> None:
        if mode is not None or charSpace or direction is not None or wordSpace or shaping:
            super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)
            return
        shown = self.one_byte_text(self._fontname, text) if self.bottomup else None
        if shown is not None:
            # What a text object writes for one line already coded in subset 0 (see _FallbackText.textLine),
            # without making one: posters draw a string per score badge and mark.
            name = self.first_subset_name(self._fontname)
            self._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm {name} "
                              f"{pdf_operators.font_size(self._fontsize, self._leading)} ({escapePDF(shown)}) Tj T* ET")
            return
        # ReportLab's drawString without options, less its measuring of the string (it does not use the width).
        text_object = self.beginText(x, y)
        text_object.textLine(text)
        self.drawText(text_object)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.drawString(x - self.stringWidth(text), y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.drawString(x - self.stringWidth(text) / 2.0, y, text, *args, **kwargs)

    drawCenteredString = drawCentredString


#: zlib's level for a poster's streams. ReportLab uses zlib's default (6); on a 2,000-card A0 poster
#: level 4 compresses the 1.9 MB page in half the time (20 ms instead of 42) for a file 2 % larger.
FLATE_LEVEL = 4


class _LevelledFlate:
    """ReportLab's Flate filter (``pdfdoc.PDFZCompress``) at a chosen zlib level: the same stream, decoded alike."""

    pdfname = "FlateDecode"

    def __init__(self, level: int) -> None:
        self.level = level

    def encode(self, text: str | bytes) -> bytes:
        """``text`` (UTF-8 when a string, as ReportLab encodes it) compressed at :attr:`level`."""
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, self.level)

    def decode(self, encoded: bytes) -> bytes:
        """The bytes :meth:`encode` compressed."""
        return zlib.decompress(encoded)


@contextmanager
def binary_streams(level: int | None = None) -> Iterator[None]:
    """Flate-only streams while the PDF is made: ASCII85 on top would add a quarter to every page.

    ``level`` (1 to 9) is zlib's level for the page, form and font streams
    (None: ReportLab's, zlib's default). Both are put back after the block,
    even on an error.
    """
    saved, saved_filter = rl_config.useA85, pdfdoc.PDFZCompress
    rl_config.useA85 = 0
    if level is not None:
        pdfdoc.PDFZCompress = _LevelledFlate(level)
    try:
        yield
    finally:
        rl_config.useA85 = saved
        pdfdoc.PDFZCompress = saved_filter
