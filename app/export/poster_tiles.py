"""Tiled posters: the sheets at 100 %, their alignment ticks and labels, and the assembly page.

Called by :func:`app.export.poster.export_poster` when a tile size is asked;
every sheet shows a window of the one Form XObject the poster was drawn into.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from app.export.fonts import BOLD, REGULAR, fitted_text
from app.export.paper import MM, ORIENTATIONS, PAPERS, TileGrid
from app.export.poster_draw import rgb
from app.export.poster_sheet import PosterDrawing, poster_text
from app.model import colours
from app.model.errors import QT_TRANSLATE_NOOP


def _window(grid: TileGrid, row: int, column: int) -> tuple[float, float, float, float]:
    """(x, y from the top, width, height) in pt of the part of the poster that sheet (row, column) shows."""
    window_w, window_h = grid.window_mm[0] * MM, grid.window_mm[1] * MM
    overlap = grid.overlap_mm * MM
    return (grid.origin_mm[0] * MM + column * (window_w - overlap), grid.origin_mm[1] * MM + row * (window_h - overlap),
            window_w, window_h)


def printed_sheets(poster: PosterDrawing, grid: TileGrid, poster_size: tuple[float, float]) -> list[tuple[int, int]]:
    """(row, column) of the sheets whose window shows some of what the poster drew (see ``PosterDrawing.inked``)."""
    height = poster_size[1]
    kept = []
    for row, column in grid.cells():
        x, y, w, h = _window(grid, row, column)
        bottom = height - y - h
        if any(x < bx + bw - 0.5 and bx < x + w - 0.5 and bottom < by + bh - 0.5 and by < bottom + h - 0.5
               for bx, by, bw, bh in poster.inked):
            kept.append((row, column))
    return kept


def tile_page(c: Canvas, poster: PosterDrawing, grid: TileGrid, poster_size: tuple[float, float],
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
    _overlap_marks(c, poster, grid, row, column)
    label = poster_text(QT_TRANSLATE_NOOP("poster", "row {row}/{rows} · column {column}/{columns}")).format(
        row=row + 1, rows=grid.rows, column=column + 1, columns=grid.columns)
    label = f"{_name(row, column)} · {label}"
    size = min(8.0, margin * 0.45) if margin > 4.0 else 5.0
    metrics = poster.metrics
    label, label_size = fitted_text(metrics, label, size, sheet_w * 0.4, True, 4.0)
    rest = f"{poster.block.journey} · {poster.stamp()}"
    rest, rest_size = fitted_text(metrics, rest, size, sheet_w - 2.0 * margin - metrics.width(label, label_size, True)
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
    c._currentPageHasImages = 0  # no public switch for it
    c.showPage()


def _overlap_marks(c: Canvas, poster: PosterDrawing, grid: TileGrid, row: int, column: int) -> None:
    """One mark per edge shared with a neighbour, and the neighbour's name beside it.

    The left and top edges are cut: a dashed line in the margin along the
    window's edge, with "cut here". The right and bottom edges are glued
    under the next sheet: a tick in the margin where that sheet's cut edge
    comes (the overlap's inner line). Every edge with a neighbour names it.
    """
    margin, overlap = grid.margin_mm * MM, grid.overlap_mm * MM
    left, bottom = margin, margin
    right, top = margin + grid.window_mm[0] * MM, margin + grid.window_mm[1] * MM
    gap = min(margin * 0.3, 1.5 * MM)
    size = max(4.0, min(7.0, margin * 0.35))
    cut = poster_text(QT_TRANSLATE_NOOP("poster", "cut here"))
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    path = c.beginPath()
    if column > 0:  # cut along the left edge
        x = round(left - gap, 1)
        path.moveTo(x, round(bottom, 1))
        path.lineTo(x, round(top, 1))
    if row > 0:  # cut along the top edge
        y = round(top + gap, 1)
        path.moveTo(round(left, 1), y)
        path.lineTo(round(right, 1), y)
    c.setDash([3, 2])
    c.drawPath(path, stroke=1, fill=0)
    c.setDash([])
    ticks = c.beginPath()
    tick = min(margin * 0.6, 5.0 * MM)
    if column < grid.columns - 1:  # the next sheet's cut edge comes here
        x = round(right - overlap, 1)
        ticks.moveTo(x, round(top, 1))
        ticks.lineTo(x, round(top + tick, 1))
    if row < grid.rows - 1:
        y = round(bottom + overlap, 1)
        ticks.moveTo(round(right, 1), y)
        ticks.lineTo(round(right + tick, 1), y)
    c.setLineWidth(0.8)
    c.drawPath(ticks, stroke=1, fill=0)
    # The words, in one text object (rotated along the side edges): they are repeated on every sheet.
    words = []
    if column > 0:
        words.append((f"{cut} ← {_name(row, column - 1)}", left - gap - size * 0.4, (bottom + top) / 2.0, 90))
    if row > 0:
        words.append((f"{cut} ↑ {_name(row - 1, column)}", (left + right) / 2.0, top + gap + size * 0.4, 0))
    if column < grid.columns - 1:
        words.append((f"→ {_name(row, column + 1)}", right + size * 1.2, (bottom + top) / 2.0, -90))
    if row < grid.rows - 1:
        words.append((f"↓ {_name(row + 1, column)}", (left + right) / 2.0, bottom - size * 1.2, 0))
    if not words:
        return
    text = c.beginText()
    text.setFont(REGULAR, size)
    for line, x, y, angle in words:
        half = poster.metrics.width(line, size) / 2.0
        cos, sin = {0: (1, 0), 90: (0, 1), -90: (0, -1)}[angle]
        text.setTextTransform(cos, sin, -sin, cos, round(x - cos * half, 1), round(y - sin * half, 1))
        text.textOut(line)
    c.drawText(text)


def _name(row: int, column: int) -> str:
    """A sheet's name, as on the assembly page: row·column, counted from 1."""
    return f"{row + 1}·{column + 1}"


def assembly_page(c: Canvas, poster: PosterDrawing, grid: TileGrid, poster_size: tuple[float, float],
                   paper: str) -> None:
    """The first page: how many sheets, how to print and glue them, and the thumbnail grid."""
    sheet_w, sheet_h = grid.sheet_mm[0] * MM, grid.sheet_mm[1] * MM
    margin = max(grid.margin_mm * MM, 10.0 * MM)
    metrics = poster.metrics
    y = sheet_h - margin
    lines = [
        (BOLD, 16.0, colours.TEXT, poster_text(QT_TRANSLATE_NOOP("poster", "Assembly of the poster"))),
        (REGULAR, 11.0, colours.TEXT, f"{poster.block.journey} · {poster.block.project}".strip(" ·")),
        (BOLD, 11.0, "#C42B2B", poster_text(QT_TRANSLATE_NOOP(
            "poster", "Print at 100 % (actual size): do not fit to page."))),
        (REGULAR, 9.0, colours.MUTED_TEXT, poster_text(QT_TRANSLATE_NOOP(
            "poster", "{sheets} sheets {paper} {orientation} ({rows} rows × {columns} columns) for a {poster} poster; "
                      "overlap {overlap} mm.")).format(
            sheets=grid.sheets, paper=_paper_name(grid), orientation=poster_text(ORIENTATIONS[grid.orientation]),
            rows=grid.rows, columns=grid.columns, poster=paper, overlap=f"{grid.overlap_mm:g}")),
        (REGULAR, 9.0, colours.MUTED_TEXT, poster_text(QT_TRANSLATE_NOOP(
            "poster", "Cut each sheet along the dashed line marked \u201ccut here\u201d on its left and top, "
                      "then lay it on its neighbours up to their ticks."))),
    ]
    if grid.sheets_saved:
        lines.append((REGULAR, 9.0, colours.MUTED_TEXT, poster_text(QT_TRANSLATE_NOOP(
            "poster", "{saved} sheets saved: only the part of the poster that holds content is printed "
                      "(sheets marked \u201c—\u201d are not needed).")).format(saved=grid.sheets_saved)))
    for font, size, colour, text in lines:
        text, fitted = fitted_text(metrics, text, size, sheet_w - 2.0 * margin, font == BOLD, 5.0)
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
    total_w = max(poster_w, grid.origin_mm[0] * MM + covered_w)
    total_h = max(poster_h, grid.origin_mm[1] * MM + covered_h)
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
    for row, column in grid.cells():
        x, y_top, w, h = _window(grid, row, column)
        blank = (row, column) in grid.blank
        c.setDash([2, 2] if blank else [])
        c.setStrokeColorRGB(*rgb(colours.MUTED_TEXT if blank else "#C42B2B"))
        c.rect(ox + x * scale, oy - (y_top + h) * scale, w * scale, h * scale, stroke=1, fill=0)
        c.setFillColorRGB(*rgb(colours.MUTED_TEXT if blank else "#C42B2B"))
        c.setFont(BOLD, label_size)
        c.drawCentredString(ox + (x + w / 2.0) * scale, oy - (y_top + h / 2.0) * scale - label_size / 3.0,
                            "—" if blank else _name(row, column))
    c.setDash([])
    c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
    c.setFont(REGULAR, 8.0)
    c.drawRightString(sheet_w - margin, margin / 2.0, poster.stamp())
    c.showPage()


def _paper_name(grid: TileGrid) -> str:
    for name, size in PAPERS.items():
        if sorted(size) == sorted(grid.sheet_mm):
            return name
    return f"{grid.sheet_mm[0]:g}×{grid.sheet_mm[1]:g} mm"
