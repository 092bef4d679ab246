"""A journey as a PNG or SVG image: the PDF poster's picture, painted with QtGui.

There is one drawing of the poster, :meth:`app.export.poster.PosterDrawing.draw_sheet`
on a ReportLab canvas; here it paints through :class:`~app.export.reportlab_painter.ReportLabPainter`
onto a ``QImage`` (PNG) or a ``QSvgGenerator`` (SVG), so the image is the same
picture as the PDF: title block, map, legend, persona panel, stamp.

The page:

* without ``paper``, the map's natural size: the map at 100 % of the canvas
  (one layout unit is one pixel at 96 dpi), with the poster's title band,
  legend, persona panel and margins around it (:meth:`~app.export.poster.PosterDrawing.natural_size`);
* with ``paper`` (A0..A4 or ``WIDTHxHEIGHTmm``), the sheet of that paper,
  turned as the PDF poster would be, the map fitted inside the margins.

PNG: ``round(page_pt * dpi / 72)`` pixels each way, RGB, with a ``pHYs`` chunk
carrying the dpi. The sheet is painted in bands of at most ~32 MB and the PNG
is streamed chunk by chunk through ``zlib``, so an A0 at 300 dpi (9933 x 14043
px) needs tens of megabytes, not the 560 MB of a whole ARGB image. No
timestamp is written: the same journey and ``created`` give the same bytes.

SVG: ``QSvgGenerator``; the viewBox is the page in points, the width and
height are the page in millimetres, the title and description are the
journey's; text stays text (DejaVu Sans, named by family). The output is the
same for the same input (QSvgGenerator writes no date).

A cancelled export (``progress`` raising :class:`ExportCancelled`) or a failed
one leaves no file behind and an earlier file at ``path`` untouched.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from sqlalchemy.orm import Session

from app import __version__
from app.export.files import write_atomically, write_bytes_atomically
from app.export.painter_parts import DOTS_PER_METRE, PaintCache, ensure_gui_application
from app.export.paper import MM, PosterError, sheet_size_mm
from app.export.poster_options import EVERY_MARK, PosterContent
from app.export.poster_sheet import PosterDrawing
from app.export.progress import ExportCancelled, Progress, step
from app.export.reportlab_painter import ReportLabPainter
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

__all__ = ["ExportCancelled", "ImageResult", "export_image", "render_png", "MAX_PIXELS",
           "MIN_DPI", "MAX_DPI"]

#: Limits of the resolution, in dots per inch.
MIN_DPI, MAX_DPI = 10.0, 1200.0
#: The longest side an image may have, in pixels.
MAX_PIXELS = 30_000
#: Bytes of one band of ARGB pixels painted at a time (fewer rows on a wide image).
BAND_BYTES = 32 * 1024 * 1024
#: Rows of a band at most.
BAND_ROWS = 1024
#: Size of the IDAT chunks written.
_CHUNK = 256 * 1024
_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True, slots=True)
class ImageResult:
    """What :func:`export_image` wrote: the file, its size in pixels at ``dpi``, and that dpi."""

    path: Path
    width_px: int
    height_px: int
    dpi: float


def _page(poster: PosterDrawing, paper: str | None, orientation: str | None, margin: float) -> tuple[float, float]:
    """The page in points: the natural size, or the sheet of ``paper`` as the PDF poster turns it.

    At the natural size the poster is set to draw its map at 100 % (else it fits the map to the sheet).
    """
    if paper is None:
        if orientation is not None:
            sheet_size_mm("A4", orientation)  # refuses an unknown orientation in the usual words
        poster.scale_percent = 100.0
        return poster.natural_size(margin)
    sheet_mm, _orientation = poster.sheet(paper, orientation, margin / MM)
    return sheet_mm[0] * MM, sheet_mm[1] * MM


def _pixels(page: tuple[float, float], dpi: float) -> tuple[int, int]:
    return max(1, round(page[0] * dpi / 72.0)), max(1, round(page[1] * dpi / 72.0))


def export_image(session: Session, journey_id: int | None, path: str | os.PathLike[str], *, dpi: float = 96.0,
                 paper: str | None = None, orientation: str | None = None, margin_mm: float = 10.0,
                 created: dt.datetime | dt.date | None = None, progress: Progress | None = None,
                 content: PosterContent | None = None, compare: int | None = None) -> ImageResult:
    """Write journey ``journey_id`` (None: the first) as a PNG or an SVG image, chosen by ``path``'s suffix.

    ``dpi`` (10 to 1200) is the PNG's resolution (96: the canvas at 100 %
    without ``paper``); for an SVG it only sets the pixel size reported.
    ``paper``/``orientation``/``margin_mm`` as for the PDF poster; without
    ``paper`` the page is the map's natural size. ``content`` and ``compare``
    as for the poster (the method's marks, another journey's curve). ``created`` fixes the
    stamp's date. ``progress`` is told how far the export is and may raise
    :class:`ExportCancelled`. Raises :class:`PosterError` (or another
    :class:`ParcoursError`) for options that cannot be honoured.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise PosterError(QT_TRANSLATE_NOOP("errors", "An image is written as .png or .svg, not {suffix}."),
                          suffix=path.suffix or path.name)
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise PosterError(QT_TRANSLATE_NOOP("errors", "A resolution of {dpi} dpi is not possible: choose 10 to "
                                                      "1200 dpi."), dpi=f"{dpi:g}")
    if margin_mm < 0:
        raise PosterError(QT_TRANSLATE_NOOP("errors", "The margin cannot be negative."))
    step(progress, 0, 10)
    ensure_gui_application()
    poster = PosterDrawing(session, journey_id, created, compare=compare, content=content or EVERY_MARK)
    margin = margin_mm * MM
    page = _page(poster, paper, orientation, margin)
    width_px, height_px = _pixels(page, dpi)
    if max(width_px, height_px) > MAX_PIXELS:
        raise PosterError(QT_TRANSLATE_NOOP(
            "errors", "An image of {width} x {height} pixels is too large (at most {limit} on a side): choose a "
                      "lower resolution or a smaller paper."), width=width_px, height=height_px, limit=MAX_PIXELS)
    step(progress, 1, 10)
    if suffix == ".png":
        write_atomically(path, lambda stream: render_png(poster, page, margin, dpi, stream, progress))
    else:
        write_bytes_atomically(path, _svg_bytes(poster, page, margin, progress))
    step(progress, 1, 1)
    return ImageResult(path, width_px, height_px, float(dpi))


# ---------------------------------------------------------------------- PNG


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)))


def band_rows(width_px: int) -> int:
    """Rows painted at once for an image ``width_px`` wide."""
    return max(16, min(BAND_ROWS, BAND_BYTES // (4 * max(width_px, 1))))


def render_png(poster: PosterDrawing, page: tuple[float, float], margin: float, dpi: float, stream: BinaryIO,
               progress: Progress | None = None, *, rows: int | None = None) -> tuple[int, int]:
    """Paint the poster sheet ``page`` (pt) at ``dpi`` and write it to ``stream`` as a PNG; return its size.

    The sheet is painted ``rows`` rows at a time (default :func:`band_rows`),
    each band compressed as soon as it is painted.
    """
    ensure_gui_application()
    width_px, height_px = _pixels(page, dpi)
    rows = rows or band_rows(width_px)
    scale = dpi / 72.0
    stream.write(_SIGNATURE)
    stream.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width_px, height_px, 8, 2, 0, 0, 0)))
    per_metre = round(dpi / 0.0254)
    stream.write(_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    stream.write(_chunk(b"tEXt", b"Software\x00Parcours " + __version__.encode("latin-1", "replace")))
    compressor = zlib.compressobj(6, zlib.DEFLATED, 15, 9)
    pending = bytearray()
    cache = PaintCache()
    bands = (height_px + rows - 1) // rows
    line = width_px * 3
    for band in range(bands):
        top = band * rows
        height = min(rows, height_px - top)
        image = QImage(width_px, height, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(DOTS_PER_METRE)
        image.setDotsPerMeterY(DOTS_PER_METRE)
        image.fill(QColor(255, 255, 255))
        painter = QPainter(image)
        try:
            poster.tick = lambda done, total, band=band: step(
                progress, 1 + 8 * (band + done / max(total, 1) * 0.9) / bands, 10)
            poster.draw_sheet(ReportLabPainter(painter, page, scale=scale, origin=(0.0, float(top)), cache=cache),
                              page[0], page[1], margin)
        finally:
            painter.end()
            poster.tick = None
        rgb = image.convertToFormat(QImage.Format.Format_RGB888)
        del image
        stride = rgb.bytesPerLine()
        bits = memoryview(rgb.constBits())
        for row in range(height):
            start = row * stride
            pending += compressor.compress(b"\x00" + bits[start:start + line])
            if len(pending) >= _CHUNK:
                stream.write(_chunk(b"IDAT", bytes(pending)))
                pending.clear()
        del bits, rgb
        step(progress, 1 + 8 * (band + 1) / bands, 10)
    pending += compressor.flush()
    stream.write(_chunk(b"IDAT", bytes(pending)))
    stream.write(_chunk(b"IEND", b""))
    return width_px, height_px


# ---------------------------------------------------------------------- SVG


def _svg_bytes(poster: PosterDrawing, page: tuple[float, float], margin: float, progress: Progress | None) -> bytes:
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    buffer.setData(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(72)
    generator.setSize(QSize(max(1, round(page[0])), max(1, round(page[1]))))
    generator.setViewBox(QRectF(0.0, 0.0, page[0], page[1]))
    block = poster.block
    generator.setTitle(block.journey)
    generator.setDescription(" · ".join(part for part in (block.project, block.author, block.organisation,
                                                          poster.stamp()) if part))
    painter = QPainter()
    if not painter.begin(generator):
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "Parcours could not write {path}: {reason}."),
                            path="SVG", reason="QSvgGenerator")
    try:
        poster.tick = lambda done, total: step(progress, 1 + 8 * done / max(total, 1), 10)
        canvas = ReportLabPainter(painter, page, scale=1.0, glyphs=False)
        canvas.setFillColorRGB(1.0, 1.0, 1.0)
        canvas.rect(0.0, 0.0, page[0], page[1], stroke=0, fill=1)  # the sheet of paper
        canvas.setFillColorRGB(0.0, 0.0, 0.0)
        poster.draw_sheet(canvas, page[0], page[1], margin)
    finally:
        painter.end()
        poster.tick = None
    buffer.close()
    step(progress, 9, 10)
    return _exact_size(bytes(buffer.data().data()), page)


def _exact_size(svg: bytes, page: tuple[float, float]) -> bytes:
    """The root's width and height as the page in mm to the micrometre (Qt writes whole points' worth)."""
    head_end = svg.find(b">", svg.find(b"<svg"))
    head = svg[:head_end]
    for name, value in ((b"width", page[0]), (b"height", page[1])):
        measure = f'="{value / MM:.3f}mm"'.encode()

        def measured(match: re.Match[bytes], measure: bytes = measure) -> bytes:
            return match.group(1) + measure

        head = re.sub(rb'(<svg[^>]*\s' + name + rb')="[^"]*"', measured, head, count=1)
    return head + svg[head_end:]
