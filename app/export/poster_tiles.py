"""Tiled posters: the sheets at 100 %, their alignment ticks and labels, and the assembly page.

Called by :func:`app.export.poster.export_poster` when a tile size is asked;
every sheet shows a window of the one Form XObject the poster was drawn into.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from app.export.fonts import _fitted
from app.export.paper import MM, ORIENTATIONS, PAPERS, TileGrid
from app.export.poster import _Poster, _tr
from app.export.poster_draw import BOLD, REGULAR, rgb
from app.model import colours
from app.model.errors import QT_TRANSLATE_NOOP


def _window(grid: TileGrid, row: int, column: int) -> tuple[float, float, float, float]:
    """(x, y from the top, width, height) in pt of the part of the poster that sheet (row, column) shows."""
    window_w, window_h = grid.window_mm[0] * MM, grid.window_mm[1] * MM
    overlap = grid.overlap_mm * MM
    return column * (window_w - overlap), row * (window_h - overlap), window_w, window_h


def tile_page(c: Canvas, poster: _Poster, grid: TileGrid, poster_size: tuple[float, float],
              row: int, column: int) -> None:
    sheet_w = grid.sheet_mm[0] * MM
    margin = grid.margin_mm * MM
    x, y, window_w, window_h = _window(grid, row, column)
    # Coordinates to 0.01 pt (a 3.5 µm shift at most): these few operators are repeated on every sheet.
    c.saveState()
    clip = c.beginPath()
    clip.rect(round(margin, 2), round(margin, 2), round(window_w, 2), round(window_h, 2))
    c.clipPath(clip, stroke=0, fill=0)
    # Poster point (x, H - y - window_h) lands on the window's bottom left corner: 100 %, no scaling.
    c.translate(round(margin - x, 2), round(margin - (poster_size[1] - y - window_h), 2))
    c.doForm("poster")
    c.restoreState()
    _overlap_marks(c, grid, row, column)
    label = _tr(QT_TRANSLATE_NOOP("poster", "row {row}/{rows} · column {column}/{columns}")).format(
        row=row + 1, rows=grid.rows, column=column + 1, columns=grid.columns)
    size = min(8.0, margin * 0.45) if margin > 4.0 else 5.0
    metrics = poster.metrics
    label, label_size = _fitted(metrics, label, size, sheet_w * 0.4, True, 4.0)
    rest = f"{poster.block.journey} · {poster.stamp()}"
    rest, rest_size = _fitted(metrics, rest, size, sheet_w - 2.0 * margin - metrics.width(label, label_size, True)
                              - 12.0, False, 4.0)
    baseline = round(max(1.5, margin * 0.25), 2)
    c.setFillColorRGB(*rgb(colours.TEXT))
    text = c.beginText(round(margin, 2), baseline)
    text.setFont(BOLD, label_size)
    text.textOut(label)
    text.setTextOrigin(round(sheet_w - margin - metrics.width(rest, rest_size), 2), baseline)
    text.setFont(REGULAR, rest_size)
    text.textOut(rest)
    c.drawText(text)
    # ReportLab lists every /ProcSet (five names) on a page that shows a form, "for safety"; PDF 1.4 and
    # later ignore ProcSet, and on 25 sheets the long list is a point of the size budget.
    c._currentPageHasImages = 0  # noqa: SLF001 - no public switch for it
    c.showPage()


def _overlap_marks(c: Canvas, grid: TileGrid, row: int, column: int) -> None:
    """Ticks in the margin at both sides of every overlap strip shared with a neighbouring sheet."""
    margin, overlap = grid.margin_mm * MM, grid.overlap_mm * MM
    left, bottom = margin, margin
    right, top = margin + grid.window_mm[0] * MM, margin + grid.window_mm[1] * MM
    tick = min(margin * 0.5, 5.0 * MM)
    xs = ([left, left + overlap] if column > 0 else []) + ([right - overlap, right] if column < grid.columns - 1
                                                            else [])
    ys = ([top, top - overlap] if row > 0 else []) + ([bottom + overlap, bottom] if row < grid.rows - 1 else [])
    if not xs and not ys:
        return
    # One path, coordinates to 0.01 pt: these ticks are repeated on every sheet.
    path = c.beginPath()
    for x1, y1, x2, y2 in ([(x, top, x, top + tick) for x in xs] + [(x, bottom, x, bottom - tick) for x in xs]
                           + [(left, y, left - tick, y) for y in ys] + [(right, y, right + tick, y) for y in ys]):
        path.moveTo(round(x1, 2), round(y1, 2))
        path.lineTo(round(x2, 2), round(y2, 2))
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    c.drawPath(path, stroke=1, fill=0)


def assembly_page(c: Canvas, poster: _Poster, grid: TileGrid, poster_size: tuple[float, float],
                   paper: str) -> None:
    """The first page: how many sheets, how to print and glue them, and the thumbnail grid."""
    sheet_w, sheet_h = grid.sheet_mm[0] * MM, grid.sheet_mm[1] * MM
    margin = max(grid.margin_mm * MM, 10.0 * MM)
    metrics = poster.metrics
    y = sheet_h - margin
    lines = [
        (BOLD, 16.0, colours.TEXT, _tr(QT_TRANSLATE_NOOP("poster", "Assembly of the poster"))),
        (REGULAR, 11.0, colours.TEXT, f"{poster.block.journey} · {poster.block.project}".strip(" ·")),
        (BOLD, 11.0, "#C42B2B", _tr(QT_TRANSLATE_NOOP("poster", "Print at 100 % (actual size): do not fit to page."))),
        (REGULAR, 9.0, colours.MUTED_TEXT, _tr(QT_TRANSLATE_NOOP(
            "poster", "{sheets} sheets {paper} {orientation} ({rows} rows × {columns} columns) for a {poster} poster; "
                      "overlap {overlap} mm.")).format(
            sheets=grid.sheets, paper=_paper_name(grid), orientation=_tr(ORIENTATIONS[grid.orientation]),
            rows=grid.rows, columns=grid.columns, poster=paper, overlap=f"{grid.overlap_mm:g}")),
        (REGULAR, 9.0, colours.MUTED_TEXT, _tr(QT_TRANSLATE_NOOP(
            "poster", "Trim each sheet along the ticks of its left and top overlap, then lay it on its neighbours."))),
    ]
    for font, size, colour, text in lines:
        text, fitted = _fitted(metrics, text, size, sheet_w - 2.0 * margin, font == BOLD, 5.0)
        c.setFillColorRGB(*rgb(colour))
        c.setFont(font, fitted)
        y -= metrics.line_height(size)
        c.drawString(margin, y + metrics.line_height(size) - metrics.ascent(size), text)
    # Thumbnail: the same Form XObject, scaled down, with each sheet's window outlined and numbered.
    box_top = y - 6.0 * MM
    box_w, box_h = sheet_w - 2.0 * margin, box_top - margin - 8.0 * MM
    poster_w, poster_h = poster_size
    overlap = grid.overlap_mm * MM
    covered_w = grid.columns * (grid.window_mm[0] * MM - overlap) + overlap
    covered_h = grid.rows * (grid.window_mm[1] * MM - overlap) + overlap
    total_w, total_h = max(poster_w, covered_w), max(poster_h, covered_h)
    scale = min(box_w / total_w, box_h / total_h)
    ox = margin + (box_w - total_w * scale) / 2.0
    oy = box_top  # the top of the grid
    c.saveState()
    c.translate(ox, oy - poster_h * scale)
    c.scale(scale, scale)
    c.doForm("poster")
    c.restoreState()
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(0.4)
    c.rect(ox, oy - poster_h * scale, poster_w * scale, poster_h * scale, stroke=1, fill=0)
    c.setStrokeColorRGB(*rgb("#C42B2B"))
    c.setLineWidth(0.8)
    label_size = max(5.0, min(14.0, grid.window_mm[0] * MM * scale * 0.18))
    for row in range(grid.rows):
        for column in range(grid.columns):
            x, y_top, w, h = _window(grid, row, column)
            c.rect(ox + x * scale, oy - (y_top + h) * scale, w * scale, h * scale, stroke=1, fill=0)
            c.setFillColorRGB(*rgb("#C42B2B"))
            c.setFont(BOLD, label_size)
            c.drawCentredString(ox + (x + w / 2.0) * scale, oy - (y_top + h / 2.0) * scale - label_size / 3.0,
                                f"{row + 1}·{column + 1}")
    c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
    c.setFont(REGULAR, 8.0)
    c.drawRightString(sheet_w - margin, margin / 2.0, poster.stamp())
    c.showPage()


def _paper_name(grid: TileGrid) -> str:
    for name, size in PAPERS.items():
        if sorted(size) == sorted(grid.sheet_mm):
            return name
    return f"{grid.sheet_mm[0]:g}×{grid.sheet_mm[1]:g} mm"
