"""What :class:`~app.export.reportlab_painter.ReportLabPainter` paints with: the application, fonts, colours,
paths, text objects, images.

QtGui only, no widgets. :func:`ensure_gui_application` makes the
``QGuiApplication`` QFont and QPainter need (offscreen when there is no
display) unless one exists.
"""

from __future__ import annotations

import io
import math
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontDatabase, QGlyphRun, QGuiApplication, QImage, QPainterPath, QRawFont
from reportlab.lib import colors as rl_colors

from app import resources
from app.export.fonts import BOLD, REGULAR

#: Logical resolution the paint devices are given, so that a QFont point is a page point.
DEVICE_DPI = 72
#: Dots per metre for :meth:`QImage.setDotsPerMeterX` giving :data:`DEVICE_DPI` (Qt rounds it back to 72).
DOTS_PER_METRE = round(DEVICE_DPI / 0.0254)
#: Magic of the Bézier approximation of a quarter circle (as ReportLab's ``pdfgeom.bezierArc``).
_KAPPA = 0.5522847498

#: Pixel size of the raw fonts glyphs are placed with; the painter scales them to the size asked.
RAW_SIZE = 64.0

_APP: QGuiApplication | None = None
_FONTS_LOCK = threading.Lock()
_FAMILIES: dict[str, str] = {}
#: Raw fonts per thread: Qt ties a QRawFont's font engine to the thread that made it (exports run in a QThread).
_RAW = threading.local()


def ensure_gui_application() -> QGuiApplication:
    """The running ``QGuiApplication`` (or ``QApplication``); one is created if there is none.

    Without a display (no ``DISPLAY`` nor ``WAYLAND_DISPLAY``) and with
    ``QT_QPA_PLATFORM`` unset, the new application uses the offscreen platform.
    """
    global _APP
    app = QGuiApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("a QCoreApplication runs already; images need a QGuiApplication")
        return app
    if not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _APP = QGuiApplication(["parcours"])
    return _APP


def _families() -> dict[str, str]:
    """The Qt family of each ReportLab font name of the poster (loaded from the bundled files once)."""
    with _FONTS_LOCK:
        if not _FAMILIES:
            for name, style in ((REGULAR, "regular"), (BOLD, "bold")):
                ident = QFontDatabase.addApplicationFont(str(resources.font_path(style)))
                families = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
                _FAMILIES[name] = families[0] if families else resources.FONT_FAMILY
        return _FAMILIES


def _fallback_family(name: str) -> str | None:
    """The Qt family of fallback font ``name`` (see :mod:`app.export.font_fallback`), loaded from its bytes once."""
    from PySide6.QtCore import QByteArray

    from app.export.font_fallback import font_file

    with _FONTS_LOCK:
        if name not in _FAMILIES:
            data = font_file(name)
            ident = QFontDatabase.addApplicationFontFromData(QByteArray(data)) if data else -1
            families = QFontDatabase.applicationFontFamilies(ident) if ident >= 0 else []
            _FAMILIES[name] = families[0] if families else ""
        return _FAMILIES[name] or None


def qt_font(name: str, size: float) -> QFont:
    """A QFont drawing ReportLab font ``name`` at ``size`` points on a device of :data:`DEVICE_DPI`."""
    families = _families()
    family = families.get(name) or (_fallback_family(name) if name.startswith("ParcoursFallback") else None)
    font = QFont(family or families[REGULAR])
    font.setBold(name == BOLD or name.endswith("-Bold"))
    font.setPointSizeF(max(size, 0.01))
    font.setKerning(False)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def raw_font(name: str) -> tuple[QRawFont, dict[str, float]]:
    """The bundled font file of ReportLab font ``name`` as a QRawFont, and a cache of advances (1/1000 em)."""
    fonts = getattr(_RAW, "fonts", None)
    if fonts is None:
        fonts = _RAW.fonts = {}
    raw = fonts.get(name)
    if raw is None:
        if name.startswith("ParcoursFallback"):
            from PySide6.QtCore import QByteArray

            from app.export.font_fallback import font_file

            font = QRawFont(QByteArray(font_file(name) or b""), RAW_SIZE, QFont.HintingPreference.PreferNoHinting)
        else:
            style = "bold" if name == BOLD or name.endswith("-Bold") else "regular"
            font = QRawFont(str(resources.font_path(style)), RAW_SIZE, QFont.HintingPreference.PreferNoHinting)
        raw = fonts[name] = (font, {})
    return raw


#: What ReportLab takes as a colour: a ``Color``, a hex string, a name, a gray level, an RGB or CMYK tuple
#: (ReportLab ships no types).
ReportLabColour = Any
#: What ReportLab's ``drawImage`` takes: an ``ImageReader``, a path, a PIL image, bytes (or a QImage here).
ReportLabImage = Any


def colour_rgb(value: ReportLabColour) -> tuple[float, float, float]:
    """A ReportLab colour (Color, hex string, name, gray or RGB tuple) as 0..1 RGB."""
    if isinstance(value, (tuple, list)):
        if len(value) == 4:
            return cmyk_rgb(*value)
        r, g, b = value[:3]
        return float(r), float(g), float(b)
    if isinstance(value, (int, float)):
        return float(value), float(value), float(value)
    colour = rl_colors.toColor(value)
    return float(colour.red), float(colour.green), float(colour.blue)


def cmyk_rgb(c: float, m: float, y: float, k: float) -> tuple[float, float, float]:
    """A CMYK colour (0..1) as 0..1 RGB, the naive way ReportLab previews it."""
    return (1.0 - c) * (1.0 - k), (1.0 - m) * (1.0 - k), (1.0 - y) * (1.0 - k)


@dataclass(slots=True)
class PaintCache:
    """What one painter leaves for the next one drawing the same page (the next band of a tall image)."""

    #: (text, font name, character spacing) -> the string's glyphs at :data:`RAW_SIZE` px.
    runs: dict[tuple[str, str, float], QGlyphRun] = field(default_factory=dict)
    #: The image (or its id) -> (the image, decoded).
    images: dict[object, tuple[object, QImage]] = field(default_factory=dict)


@dataclass(slots=True)
class PaintState:
    """ReportLab's graphics state, as far as the adapter keeps it."""

    fill: tuple[float, float, float] = (0.0, 0.0, 0.0)
    stroke: tuple[float, float, float] = (0.0, 0.0, 0.0)
    fill_alpha: float = 1.0
    stroke_alpha: float = 1.0
    line_width: float = 1.0
    dash: tuple[tuple[float, ...], float] = ((), 0.0)
    cap: int = 0
    join: int = 0
    miter: float = 10.0
    font: str = REGULAR
    size: float = 10.0
    leading: float = 12.0
    fill_mode: int = 0  # ReportLab's FILL_EVEN_ODD


class QtPath:
    """ReportLab's ``PDFPathObject`` on a ``QPainterPath`` (page coordinates)."""

    def __init__(self) -> None:
        self.path = QPainterPath()
        self._fillMode: int | None = None  # ReportLab's attribute name

    def moveTo(self, x: float, y: float) -> None:  # ReportLab's names
        self.path.moveTo(x, y)

    def lineTo(self, x: float, y: float) -> None:
        self.path.lineTo(x, y)

    def curveTo(self, x1: float, y1: float, x2: float, y2: float, x3: float, y3: float) -> None:
        self.path.cubicTo(x1, y1, x2, y2, x3, y3)

    def close(self) -> None:
        self.path.closeSubpath()

    def rect(self, x: float, y: float, width: float, height: float) -> None:
        self.path.addRect(QRectF(x, y, width, height).normalized())

    def ellipse(self, x: float, y: float, width: float, height: float) -> None:
        self.path.addEllipse(QRectF(x, y, width, height).normalized())

    def circle(self, x_cen: float, y_cen: float, r: float) -> None:
        self.path.addEllipse(QPointF(x_cen, y_cen), r, r)

    def roundRect(self, x: float, y: float, width: float, height: float, radius: float) -> None:
        rect = QRectF(x, y, width, height).normalized()
        if isinstance(radius, (list, tuple)):
            radius = max((float(r) for r in radius), default=0.0)
        radius = max(0.0, min(float(radius), rect.width() / 2.0, rect.height() / 2.0))
        self.path.addRoundedRect(rect, radius, radius)

    def arc(self, x1: float, y1: float, x2: float, y2: float, startAng: float = 0, extent: float = 90) -> None:
        self._arc(x1, y1, x2, y2, startAng, extent, join=False)

    def arcTo(self, x1: float, y1: float, x2: float, y2: float, startAng: float = 0,
              extent: float = 90) -> None:
        self._arc(x1, y1, x2, y2, startAng, extent, join=True)

    def _arc(self, x1: float, y1: float, x2: float, y2: float, start: float, extent: float, join: bool) -> None:
        # Angles counter-clockwise in y-up page space: Qt's arcs are counter-clockwise in a y-up frame too
        # once the whole painter is flipped, as ours is, provided the rectangle is given in page units.
        rect = QRectF(QPointF(min(x1, x2), min(y1, y2)), QPointF(max(x1, x2), max(y1, y2)))
        cx, cy = rect.center().x(), rect.center().y()
        rx, ry = rect.width() / 2.0, rect.height() / 2.0
        begin = QPointF(cx + rx * math.cos(math.radians(start)), cy + ry * math.sin(math.radians(start)))
        if join and not self.path.isEmpty():
            self.path.lineTo(begin)
        else:
            self.path.moveTo(begin)
        # Qt's arcTo measures angles clockwise from the y-down x axis: negate to keep ReportLab's sense in y up.
        self.path.arcTo(rect, -start, -extent)

    def getCode(self) -> str:  # ReportLab callers sometimes ask; nothing to give
        return ""


class QtTextObject:
    """ReportLab's ``PDFTextObject``: lines queued here, painted by :meth:`ReportLabPainter.drawText`."""

    def __init__(self, state: PaintState, string_width: Callable[[str, str, float], float], x: float = 0.0,
                 y: float = 0.0) -> None:
        #: Measures a string as the painter draws it: (text, font name, size) -> width in points.
        self._string_width = string_width
        self._font, self._size, self._leading = state.font, state.size, state.leading
        self._char_space = 0.0
        self._rise = 0.0
        self._ops: list[tuple[Any, ...]] = []
        self.setTextOrigin(x, y)

    def setTextOrigin(self, x: float, y: float) -> None:
        self._x0 = self._x = x
        self._y0 = self._y = y

    def moveCursor(self, dx: float, dy: float) -> None:  # dy down, as the PDF ReportLab writes
        self._x0 += dx
        self._y0 -= dy
        self._x, self._y = self._x0, self._y0

    def setXPos(self, dx: float) -> None:
        self.moveCursor(dx, 0)

    def getCursor(self) -> tuple[float, float]:
        return self._x, self._y

    def getStartOfLine(self) -> tuple[float, float]:
        return self._x0, self._y0

    def getX(self) -> float:
        return self._x

    def getY(self) -> float:
        return self._y

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        self._font, self._size = psfontname, size
        self._leading = size * 1.2 if leading is None else leading

    def setLeading(self, leading: float) -> None:
        self._leading = leading

    def setCharSpace(self, charSpace: float) -> None:
        self._char_space = charSpace

    def setRise(self, rise: float) -> None:
        self._rise = rise

    def setFillColorRGB(self, r: float, g: float, b: float, alpha: float | None = None) -> None:
        self._ops.append(("fill", (r, g, b), alpha))

    def setFillColor(self, colour: ReportLabColour, alpha: float | None = None) -> None:
        self._ops.append(("fill", colour_rgb(colour), alpha))

    def setFillGray(self, gray: float, alpha: float | None = None) -> None:
        self._ops.append(("fill", (gray, gray, gray), alpha))

    def setFillColorCMYK(self, c: float, m: float, y: float, k: float, alpha: float | None = None) -> None:
        self._ops.append(("fill", cmyk_rgb(c, m, y, k), alpha))

    def setStrokeColorRGB(self, r: float, g: float, b: float, alpha: float | None = None) -> None:
        self._ops.append(("stroke", (r, g, b), alpha))

    def setStrokeColor(self, colour: ReportLabColour, alpha: float | None = None) -> None:
        self._ops.append(("stroke", colour_rgb(colour), alpha))

    def setTextRenderMode(self, mode: int) -> None:
        if mode not in (0, 2):  # fill (0) and fill + stroke (2) look alike at poster sizes
            raise AttributeError(f"QtTextObject does not support text render mode {mode}")

    def textOut(self, text: str) -> None:
        self._ops.append(("text", self._x, self._y + self._rise, text, self._font, self._size, self._char_space))
        self._x += self._string_width(text, self._font, self._size) + self._char_space * len(text)

    def textLine(self, text: str = "") -> None:
        if text:
            self._ops.append(("text", self._x, self._y + self._rise, text, self._font, self._size,
                              self._char_space))
        self._x = self._x0
        self._y -= self._leading
        self._y0 = self._y

    def textLines(self, stuff: str | Iterable[str], trim: int = 1) -> None:
        if isinstance(stuff, str):
            lines = stuff.strip().split("\n")
            if trim == 1:
                lines = [line.strip() for line in lines]
        else:
            lines = list(stuff)
        for line in lines:
            self.textLine(line)

    def __getattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"QtTextObject does not support PDFTextObject.{name}")


def to_qimage(image: ReportLabImage) -> QImage:
    """A QImage of what ReportLab's ``drawImage`` accepts: an ImageReader, a path, a PIL image, bytes."""
    if isinstance(image, QImage):
        return image
    if isinstance(image, (bytes, bytearray)):
        return QImage.fromData(bytes(image))
    if isinstance(image, (str, Path)):
        return QImage(str(image))
    fp = getattr(image, "fp", None)
    if isinstance(fp, io.BytesIO):
        decoded = QImage.fromData(fp.getvalue())
        if not decoded.isNull():
            return decoded
    file_name = getattr(image, "fileName", None)
    if isinstance(file_name, str) and os.path.isfile(file_name):
        decoded = QImage(file_name)
        if not decoded.isNull():
            return decoded
    pil = getattr(image, "_image", None) or (image if hasattr(image, "tobytes") and hasattr(image, "mode") else None)
    if pil is not None:
        rgba = pil.convert("RGBA")
        width, height = rgba.size
        return QImage(rgba.tobytes(), width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
    if hasattr(image, "getRGBData") and hasattr(image, "getSize"):
        width, height = image.getSize()
        data = image.getRGBData()
        return QImage(data, width, height, width * 3, QImage.Format.Format_RGB888).copy()
    raise AttributeError(f"ReportLabPainter.drawImage does not support images of type {type(image).__name__}")
