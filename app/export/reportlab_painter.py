"""ReportLab's ``Canvas`` drawing API on a ``QPainter``: the poster, painted into a PNG band or an SVG.

The PDF poster (:mod:`app.export.poster`, :mod:`app.export.poster_draw`,
:mod:`app.export.poster_legend`) draws on a ReportLab canvas. :class:`ReportLabPainter`
implements the part of that API the poster uses (and a little more), so
:mod:`app.export.image` gets *the same picture* without a second drawing of the
map: colours, lines and dashes, rectangles, rounded rectangles, circles and
ellipses, paths with curves and arcs, strings and text objects, images, the
graphics state stack and the transformation matrix.

Coordinates are ReportLab's: page points, origin at the bottom left, y up. The
painter is set up once so that page point (x, y) lands on device pixel
(x * scale - left, (height - y) * scale - top); every string and image is drawn
through a local flip, so text stands upright whatever the caller's ``cm``.
Text uses the bundled DejaVu Sans loaded into ``QFontDatabase``, unhinted and
without kerning, positioned with ReportLab's own widths: a string ends where it
ends in the PDF.

A method of ReportLab's canvas that is not implemented here raises
:class:`AttributeError` naming it (and is remembered in :attr:`ReportLabPainter.missing`),
so a test drawing the poster catches a new call the adapter does not know.

This module imports QtGui only, no widgets. QFont and QPainter need a
``QGuiApplication``: :func:`ensure_gui_application` makes one (offscreen when
there is no display) unless one exists (:mod:`app.export.painter_parts` holds the fonts, paths and text objects).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGlyphRun, QImage, QPainter, QPainterPath, QPen, QTransform
from reportlab.pdfbase import pdfmetrics

from app.export.font_fallback import runs
from app.export.fonts import BOLD, REGULAR, supported_codes, text_width
from app.export.painter_parts import (
    DEVICE_DPI,
    DOTS_PER_METRE,
    RAW_SIZE,
    PaintCache,
    PaintState,
    QtPath,
    QtTextObject,
    ReportLabColour,
    ReportLabImage,
    cmyk_rgb,
    colour_rgb,
    ensure_gui_application,
    qt_font,
    raw_font,
    to_qimage,
)

#: A PDF page box: (x0, y0, x1, y1) in points.
Box = tuple[float, float, float, float]

__all__ = ["DEVICE_DPI", "DOTS_PER_METRE", "QtPath", "QtTextObject", "ReportLabPainter", "ensure_gui_application",
           "qt_font"]



class ReportLabPainter:
    """The subset of ``reportlab.pdfgen.canvas.Canvas`` the poster uses, painted with ``painter``.

    ``pagesize`` is the page in points; ``scale`` device pixels per point;
    ``origin`` the device pixel (left, top) of the page's top-left corner that
    lands on the painter's (0, 0): a band of a tall image passes its first row.
    ``cache`` keeps decoded images and laid-out strings for the next canvas drawing the same page
    (the next band).

    Text: with ``glyphs`` (for pixels) every glyph is placed where ReportLab
    places it, from the font's own advances (Qt would round a font's pixel
    size to a whole pixel, a 4 % error at 6.7 px); without (for SVG) strings
    are drawn as text with a fractional point size, for the viewer to lay out.
    """

    def __init__(self, painter: QPainter, pagesize: tuple[float, float], *, scale: float = 1.0,
                 origin: tuple[float, float] = (0.0, 0.0), cache: PaintCache | None = None,
                 glyphs: bool = True) -> None:
        self.painter = painter
        self._glyphs = glyphs
        self._pagesize = (float(pagesize[0]), float(pagesize[1]))
        self._scale = scale
        self._state = PaintState()
        self._stack: list[PaintState] = []
        self._cache = cache if cache is not None else PaintCache()
        device = painter.device()
        #: Device rows; a string wholly above or below them is not laid out (a band draws the whole page).
        self._rows = float(device.height()) if glyphs and device is not None else None
        self._pen_cache: dict[tuple[object, ...], QPen] = {}
        self._font_cache: dict[tuple[str, float, float], QFont] = {}
        #: Names of the canvas methods a caller asked for and this adapter lacks.
        self.missing: list[str] = []
        #: Pages finished with :meth:`showPage` (an image holds the first one).
        self.pages = 0
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                               | QPainter.RenderHint.SmoothPixmapTransform)
        left, top = origin
        painter.setWorldTransform(QTransform(scale, 0.0, 0.0, -scale, -left, self._pagesize[1] * scale - top))

    def __getattr__(self, name: str) -> NoReturn:
        # Only called for names that are not defined: a Canvas method this adapter does not implement.
        if name.startswith("__"):
            raise AttributeError(name)
        self.missing.append(name)
        raise AttributeError(f"ReportLabPainter does not support Canvas.{name}")

    # ------------------------------------------------------------------ document (nothing to do on an image)

    def setTitle(self, title: str | None) -> None:
        self.title = title

    def setAuthor(self, author: str | None) -> None:
        self.author = author

    def setSubject(self, subject: str | None) -> None:
        self.subject = subject

    def setCreator(self, creator: str | None) -> None:
        self.creator = creator

    def setKeywords(self, keywords: object) -> None:
        self.keywords = keywords

    def setProducer(self, producer: str | None) -> None:
        self.producer = producer

    def setDateFormatter(self, formatter: Callable[..., str]) -> None:
        pass

    def setPageCompression(self, compression: int = 1) -> None:
        pass

    def setPageSize(self, size: tuple[float, float]) -> None:
        if (float(size[0]), float(size[1])) != self._pagesize:
            raise AttributeError("ReportLabPainter cannot change the page size of an image")

    def setTrimBox(self, box: Box) -> None:  # an image is the trimmed sheet or the whole page
        pass

    def setBleedBox(self, box: Box) -> None:
        pass

    def setCropBox(self, box: Box) -> None:
        pass

    def setArtBox(self, box: Box) -> None:
        pass

    def bookmarkPage(self, key: str, **_kwargs: object) -> None:
        pass

    def addOutlineEntry(self, *_args: object, **_kwargs: object) -> None:
        pass

    def linkURL(self, *_args: object, **_kwargs: object) -> None:
        pass

    def linkRect(self, *_args: object, **_kwargs: object) -> None:
        pass

    def getPageNumber(self) -> int:
        return self.pages + 1

    def showPage(self) -> None:
        self.pages += 1

    def save(self) -> None:
        pass

    # ------------------------------------------------------------------ graphics state

    def saveState(self) -> None:
        self._stack.append(replace(self._state))
        self.painter.save()

    def restoreState(self) -> None:
        self._state = self._stack.pop()
        self.painter.restore()

    def setFillColorRGB(self, r: float, g: float, b: float, alpha: float | None = None) -> None:
        self._state.fill = (r, g, b)
        if alpha is not None:
            self._state.fill_alpha = alpha

    def setStrokeColorRGB(self, r: float, g: float, b: float, alpha: float | None = None) -> None:
        self._state.stroke = (r, g, b)
        if alpha is not None:
            self._state.stroke_alpha = alpha

    def setFillColor(self, colour: ReportLabColour, alpha: float | None = None) -> None:
        self.setFillColorRGB(*colour_rgb(colour), alpha=alpha)

    def setStrokeColor(self, colour: ReportLabColour, alpha: float | None = None) -> None:
        self.setStrokeColorRGB(*colour_rgb(colour), alpha=alpha)

    def setFillGray(self, gray: float, alpha: float | None = None) -> None:
        self.setFillColorRGB(gray, gray, gray, alpha)

    def setStrokeGray(self, gray: float, alpha: float | None = None) -> None:
        self.setStrokeColorRGB(gray, gray, gray, alpha)

    def setFillColorCMYK(self, c: float, m: float, y: float, k: float, alpha: float | None = None) -> None:
        self.setFillColorRGB(*cmyk_rgb(c, m, y, k), alpha=alpha)

    def setStrokeColorCMYK(self, c: float, m: float, y: float, k: float, alpha: float | None = None) -> None:
        self.setStrokeColorRGB(*cmyk_rgb(c, m, y, k), alpha=alpha)

    def setFillAlpha(self, alpha: float) -> None:
        self._state.fill_alpha = alpha

    def setStrokeAlpha(self, alpha: float) -> None:
        self._state.stroke_alpha = alpha

    def setFillOverprint(self, _value: object) -> None:  # no overprint on screen
        pass

    def setStrokeOverprint(self, _value: object) -> None:
        pass

    def setOverprintMask(self, _value: object) -> None:
        pass

    def setLineWidth(self, width: float) -> None:
        self._state.line_width = float(width)

    def setLineCap(self, mode: int) -> None:
        self._state.cap = int(mode)

    def setLineJoin(self, mode: int) -> None:
        self._state.join = int(mode)

    def setMiterLimit(self, limit: float) -> None:
        self._state.miter = float(limit)

    def setDash(self, array: float | Sequence[float] = (), phase: float = 0) -> None:
        if isinstance(array, (int, float)):
            array, phase = (array, phase), 0
        values = tuple(float(value) for value in array)
        if any(value < 0 for value in values) or phase < 0 or (values and sum(values) <= 0):
            raise ValueError(f"setDash: array={array!r} phase={phase!r}")
        self._state.dash = (values, float(phase))

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        self._state.font, self._state.size = psfontname, float(size)
        self._state.leading = size * 1.2 if leading is None else float(leading)

    def setFontSize(self, size: float | None = None, leading: float | None = None) -> None:
        if size is not None:
            self._state.size = float(size)
        if leading is not None:
            self._state.leading = float(leading)

    def stringWidth(self, text: str, fontName: str | None = None, fontSize: float | None = None) -> float:
        return text_width(text, fontName or self._state.font, self._state.size if fontSize is None else fontSize)

    # ------------------------------------------------------------------ transformations

    def transform(self, a: float, b: float, c: float, d: float, e: float, f: float) -> None:
        self.painter.setWorldTransform(QTransform(a, b, c, d, e, f), True)

    def translate(self, dx: float, dy: float) -> None:
        self.painter.translate(dx, dy)

    def scale(self, x: float, y: float) -> None:
        self.painter.scale(x, y)

    def rotate(self, theta: float) -> None:
        angle = math.radians(theta)
        cos, sin = math.cos(angle), math.sin(angle)
        self.transform(cos, sin, -sin, cos, 0.0, 0.0)

    def skew(self, alpha: float, beta: float) -> None:
        self.transform(1.0, math.tan(math.radians(alpha)), math.tan(math.radians(beta)), 1.0, 0.0, 0.0)

    # ------------------------------------------------------------------ painting helpers

    def _pen(self) -> QPen:
        state = self._state
        key = (state.stroke, state.stroke_alpha, state.line_width, state.dash, state.cap, state.join, state.miter)
        pen = self._pen_cache.get(key)
        if pen is None:
            r, g, b = state.stroke
            pen = QPen(QColor.fromRgbF(r, g, b, state.stroke_alpha))
            pen.setCosmetic(False)
            pen.setWidthF(state.line_width)
            pen.setCapStyle((Qt.PenCapStyle.FlatCap, Qt.PenCapStyle.RoundCap,
                             Qt.PenCapStyle.SquareCap)[state.cap if state.cap in (0, 1, 2) else 0])
            pen.setJoinStyle((Qt.PenJoinStyle.MiterJoin, Qt.PenJoinStyle.RoundJoin,
                              Qt.PenJoinStyle.BevelJoin)[state.join if state.join in (0, 1, 2) else 0])
            # PDF's limit is the miter's length over the width; Qt's runs from the join point, in widths.
            pen.setMiterLimit(state.miter / 2.0)
            values, phase = state.dash
            if values:
                unit = state.line_width if state.line_width > 0 else 1.0
                pattern = list(values) * (2 if len(values) % 2 else 1)
                # Qt measures dashes in pen widths and draws no zero-length dash with a flat cap.
                pen.setDashPattern([max(value / unit, 1e-3) for value in pattern])
                pen.setDashOffset(phase / unit)
            self._pen_cache[key] = pen
        return pen

    def _brush(self) -> QBrush:
        r, g, b = self._state.fill
        return QBrush(QColor.fromRgbF(r, g, b, self._state.fill_alpha))

    def _use(self, stroke: int, fill: int) -> bool:
        painter = self.painter
        painter.setPen(self._pen() if stroke else Qt.PenStyle.NoPen)
        painter.setBrush(self._brush() if fill else Qt.BrushStyle.NoBrush)
        return bool(stroke or fill)

    def _draw_path(self, path: QPainterPath, stroke: int, fill: int, fill_mode: int | None = None) -> None:
        if not self._use(stroke, fill):
            return
        mode = self._state.fill_mode if fill_mode is None else fill_mode
        path.setFillRule(Qt.FillRule.OddEvenFill if mode == 0 else Qt.FillRule.WindingFill)
        self.painter.drawPath(path)

    # ------------------------------------------------------------------ shapes

    def rect(self, x: float, y: float, width: float, height: float, stroke: int = 1, fill: int = 0) -> None:
        rect = QRectF(x, y, width, height).normalized()
        if fill and not stroke:
            self.painter.fillRect(rect, self._brush())
        elif self._use(stroke, fill):
            self.painter.drawRect(rect)

    def roundRect(self, x: float, y: float, width: float, height: float, radius: float, stroke: int = 1,
                  fill: int = 0) -> None:
        path = QtPath()
        path.roundRect(x, y, width, height, radius)
        self._draw_path(path.path, stroke, fill)

    def circle(self, x_cen: float, y_cen: float, r: float, stroke: int = 1, fill: int = 0) -> None:
        if self._use(stroke, fill):
            self.painter.drawEllipse(QPointF(x_cen, y_cen), r, r)

    def ellipse(self, x1: float, y1: float, x2: float, y2: float, stroke: int = 1, fill: int = 0) -> None:
        if self._use(stroke, fill):
            self.painter.drawEllipse(QRectF(QPointF(x1, y1), QPointF(x2, y2)).normalized())

    def arc(self, x1: float, y1: float, x2: float, y2: float, startAng: float = 0, extent: float = 90) -> None:
        path = QtPath()
        path.arc(x1, y1, x2, y2, startAng, extent)
        self._draw_path(path.path, 1, 0)

    def wedge(self, x1: float, y1: float, x2: float, y2: float, startAng: float, extent: float,
              stroke: int = 1, fill: int = 0) -> None:
        path = QtPath()
        path.moveTo(0.5 * (x1 + x2), 0.5 * (y1 + y2))
        path.arcTo(x1, y1, x2, y2, startAng, extent)
        path.close()
        self._draw_path(path.path, stroke, fill)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.painter.setPen(self._pen())
        self.painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def lines(self, linelist: Iterable[Sequence[float]]) -> None:
        path = QPainterPath()
        for x1, y1, x2, y2 in linelist:
            path.moveTo(x1, y1)
            path.lineTo(x2, y2)
        self._draw_path(path, 1, 0)

    def grid(self, xlist: Sequence[float], ylist: Sequence[float]) -> None:
        lines = [(x, ylist[0], x, ylist[-1]) for x in xlist] + [(xlist[0], y, xlist[-1], y) for y in ylist]
        self.lines(lines)

    def bezier(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float, x4: float, y4: float) -> None:
        path = QPainterPath(QPointF(x1, y1))
        path.cubicTo(x2, y2, x3, y3, x4, y4)
        self._draw_path(path, 1, 0)

    def beginPath(self) -> QtPath:
        return QtPath()

    def drawPath(self, aPath: QtPath, stroke: int = 1, fill: int = 0, fillMode: int | None = None) -> None:
        mode = fillMode if fillMode is not None else aPath._fillMode
        self._draw_path(QPainterPath(aPath.path), stroke, fill, mode)

    def clipPath(self, aPath: QtPath, stroke: int = 1, fill: int = 0, fillMode: int | None = None) -> None:
        mode = fillMode if fillMode is not None else aPath._fillMode
        mode = self._state.fill_mode if mode is None else mode
        path = QPainterPath(aPath.path)
        path.setFillRule(Qt.FillRule.OddEvenFill if mode == 0 else Qt.FillRule.WindingFill)
        self.painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        self._draw_path(path, stroke, fill, mode)

    # ------------------------------------------------------------------ text

    def _font(self, name: str, size: float, char_space: float = 0.0) -> QFont:
        key = (name, size, char_space)
        font = self._font_cache.get(key)
        if font is None:
            font = self._font_cache[key] = qt_font(name, size)
            if char_space:
                font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, char_space)
        return font

    def _text(self, x: float, y: float, text: str, name: str, size: float, char_space: float = 0.0) -> None:
        if not text:
            return
        painter = self.painter
        world = painter.worldTransform()
        if self._rows is not None and world.m12() == 0.0 and world.m21() == 0.0:
            baseline = world.m22() * y + world.dy()
            reach = size * abs(world.m22()) * 1.5 + 2.0  # beyond any accent or descender, and the anti-aliasing
            if baseline + reach < 0.0 or baseline - reach > self._rows:
                return
        r, g, b = self._state.fill
        painter.setPen(QColor.fromRgbF(r, g, b, self._state.fill_alpha))
        supported = supported_codes(name)
        pieces = [(name, text)] if supported is None or text.isascii() else runs(text, name, supported)
        for font, piece in pieces:
            # Flip back to y down around the baseline's start: the glyphs stand upright.
            if not self._glyphs:
                painter.setFont(self._font(font, size, char_space))
                painter.setWorldTransform(QTransform(1.0, 0.0, 0.0, -1.0, x, y) * world)
                painter.drawText(QPointF(0.0, 0.0), piece)
            else:
                ratio = size / RAW_SIZE
                painter.setWorldTransform(QTransform(ratio, 0.0, 0.0, -ratio, x, y) * world)
                painter.drawGlyphRun(QPointF(0.0, 0.0), self._glyph_run(piece, font, char_space / ratio))
            if len(pieces) > 1:
                x += pdfmetrics.stringWidth(piece, font, size) + char_space * len(piece)
        painter.setWorldTransform(world)

    def _glyph_run(self, text: str, name: str, char_space: float) -> QGlyphRun:
        """``text`` as glyphs at :data:`RAW_SIZE` px, each at ReportLab's advance from the one before."""
        key = (text, name, char_space)
        run = self._cache.runs.get(key)
        if run is not None:
            return run
        own = name in (REGULAR, BOLD) or name.startswith("ParcoursFallback")
        raw, advances = raw_font(name if own else REGULAR)
        positions = []
        x = 0.0
        unit = RAW_SIZE / 1000.0
        for char in text:
            advance = advances.get(char)
            if advance is None:
                advance = advances[char] = pdfmetrics.stringWidth(char, name if own else REGULAR, 1000.0)
            positions.append(QPointF(x, 0.0))
            x += advance * unit + char_space
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes(raw.glyphIndexesForString(text))
        run.setPositions(positions)
        self._cache.runs[key] = run
        return run

    def drawString(self, x: float, y: float, text: str, mode: int | None = None, charSpace: float = 0,
                   direction: str | None = None, wordSpace: float | None = None) -> None:
        if mode not in (None, 0, 2) or wordSpace:
            raise AttributeError("ReportLabPainter.drawString supports neither text render modes nor word spacing")
        self._text(x, y, text, self._state.font, self._state.size, charSpace)

    def drawRightString(self, x: float, y: float, text: str, mode: int | None = None, charSpace: float = 0,
                        direction: str | None = None, wordSpace: float | None = None) -> None:
        width = self.stringWidth(text) + charSpace * len(text)
        self.drawString(x - width, y, text, mode, charSpace, direction, wordSpace)

    def drawCentredString(self, x: float, y: float, text: str, mode: int | None = None, charSpace: float = 0,
                          direction: str | None = None, wordSpace: float | None = None) -> None:
        width = self.stringWidth(text) + charSpace * len(text)
        self.drawString(x - width / 2.0, y, text, mode, charSpace, direction, wordSpace)

    drawCenteredString = drawCentredString

    def beginText(self, x: float = 0, y: float = 0, direction: str | None = None) -> QtTextObject:
        return QtTextObject(self._state, self.stringWidth, x, y)

    def drawText(self, aTextObject: QtTextObject) -> None:
        # Colours set inside a text object stay set afterwards, as in the PDF; its font does not.
        state = self._state
        for op in aTextObject._ops:
            if op[0] == "text":
                _, x, y, text, name, size, char_space = op
                self._text(x, y, text, name, size, char_space)
            elif op[0] == "fill":
                state.fill = tuple(op[1])
                if op[2] is not None:
                    state.fill_alpha = op[2]
            else:
                state.stroke = tuple(op[1])
                if op[2] is not None:
                    state.stroke_alpha = op[2]

    # ------------------------------------------------------------------ images

    def _qimage(self, image: ReportLabImage) -> QImage:
        key = id(image) if not isinstance(image, (str, Path, bytes)) else image
        cached = self._cache.images.get(key)
        if cached is not None and cached[0] is image:
            return cached[1]
        qimage = to_qimage(image)
        if qimage.isNull():
            raise ValueError("ReportLabPainter.drawImage: the image cannot be read")
        self._cache.images[key] = (image, qimage)
        return qimage

    def drawImage(self, image: ReportLabImage, x: float, y: float, width: float | None = None,
                  height: float | None = None, mask: object = None, preserveAspectRatio: bool = False,
                  anchor: str = "c", anchorAtXY: bool = False, showBoundary: bool = False,
                  extraReturn: object = None) -> tuple[float, float]:
        qimage = self._qimage(image)
        iw, ih = qimage.width(), qimage.height()
        width = float(iw) if width is None else float(width)
        height = float(ih) if height is None else float(height)
        if preserveAspectRatio and iw and ih:
            scale = min(width / iw, height / ih)
            w, h = iw * scale, ih * scale
            dx, dy = width - w, height - h
            x += {"w": 0.0, "e": dx, "c": dx / 2.0}.get(anchor[-1] if anchor[-1] in "we" else "c", dx / 2.0)
            y += dy if anchor[0] == "n" else (0.0 if anchor[0] == "s" else dy / 2.0)
            width, height = w, h
        painter = self.painter
        world = painter.worldTransform()
        painter.setWorldTransform(QTransform(1.0, 0.0, 0.0, -1.0, x, y + height) * world)
        painter.drawImage(QRectF(0.0, 0.0, width, height), qimage)
        painter.setWorldTransform(world)
        if showBoundary:
            self.rect(x, y, width, height, stroke=1, fill=0)
        return width, height

    def drawInlineImage(self, image: ReportLabImage, x: float, y: float, width: float | None = None,
                        height: float | None = None, preserveAspectRatio: bool = False,
                        anchor: str = "c", anchorAtXY: bool = False, showBoundary: bool = False) -> tuple[float, float]:
        return self.drawImage(image, x, y, width, height, None, preserveAspectRatio, anchor, anchorAtXY,
                              showBoundary)
