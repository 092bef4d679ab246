"""Exchange benchmarks: posters (ReportLab), PNG images and a 10,000-card journey to XLSX and back (issue 5).

Run by ``benchmarks/run.py`` (scenarios ``xlsx``, ``poster``, ``png``). The baseline writes and reads
the same rows with openpyxl alone, so the ratio shows what the table's
checks and the model's import cost on top of the library.
"""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path

import canvas
from harness import Result


def _timed(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples)


def bench_xlsx(folder: Path, cards: int, runs: int):
    """Export a journey of ``cards`` cards to XLSX, and import that workbook into a new project."""
    from openpyxl import Workbook, load_workbook

    from app.export import spreadsheet
    from app.export.read import spreadsheet as spreadsheet_read
    from app.model import templates
    from app.model.store import ProjectStore

    path = canvas.map_project(folder, cards)
    store = ProjectStore.open(path, read_only=True)
    data = spreadsheet.xlsx_bytes(store.session)
    rows = spreadsheet.table_rows(store.session)
    runs = max(1, min(runs, 3))

    def export() -> None:
        spreadsheet.xlsx_bytes(store.session)

    def raw_write() -> None:
        book = Workbook(write_only=True)  # as the exporter writes
        sheet = book.create_sheet()
        sheet.append(list(rows[0]))
        for row in rows:
            sheet.append(list(row.values()))
        book.save(io.BytesIO())

    def import_() -> None:
        target = ProjectStore.create(populate=lambda s: templates.populate(s, "blank", "en"))
        try:
            spreadsheet_read.import_table(target.session, data, kind="xlsx")
            target.session.commit()
        finally:
            target.close()

    def raw_read() -> None:
        book = load_workbook(io.BytesIO(data), read_only=True)
        for _row in book.worksheets[0].iter_rows(values_only=True):
            pass

    results = [
        Result(f"XLSX export of {cards} cards", _timed(export, runs), None,
               "openpyxl write-only write of the same rows",
               _timed(raw_write, runs), runs=runs),
        Result(f"XLSX import of {cards} cards into a new journey", _timed(import_, runs), None,
               "openpyxl read of the same workbook", _timed(raw_read, runs), runs=runs),
    ]
    store.close()
    return results


def _raw_map(pdf, layout, data, regular: str, bold: str) -> None:
    """The poster's map drawn with ReportLab's own calls, as a careful user of the library would write it.

    The same content as the poster's map (see ``poster_draw.MapPainter``): lane tints and headers, stage
    headers, every card's rounded box, stripe and text (one text object per card, its title and body
    lines as laid out), channel icons, score badges and kind marks, and the emotion curve with its points.
    The layout is computed beforehand: this is what drawing that content costs in ReportLab alone.
    """
    from app.export.poster_draw import draw_icon
    from app.model import colours
    from app.model.card_geometry import MARKED_KINDS

    rgbs: dict[str, tuple[float, float, float]] = {}

    def rgb(hex_value: str) -> tuple[float, float, float]:
        # Colours as RGB floats, converted once: ReportLab's own parsing of "#RRGGBB" is far slower.
        if hex_value not in rgbs:
            rgbs[hex_value] = tuple(int(hex_value[i:i + 2], 16) / 255.0 for i in (1, 3, 5))
        return rgbs[hex_value]

    def fill(hex_value: str) -> None:
        pdf.setFillColorRGB(*rgb(hex_value))

    for lane in layout.lanes:
        fill(colours.LANE_TINTS[lane.kind])
        pdf.rect(0, -lane.rect.bottom, layout.width, lane.rect.h, stroke=0, fill=1)
        fill(colours.LANE_ACCENTS[lane.kind])
        pdf.rect(0, -lane.rect.bottom, 6, lane.rect.h, stroke=0, fill=1)
        fill(colours.TEXT)
        pdf.setFont(bold, 14)
        pdf.drawString(14, -(lane.rect.y + 22), lane.name)
    for stage in layout.stages:
        fill(colours.STAGE_HEADER_FILL)
        rect = stage.header_rect
        pdf.rect(rect.x, -rect.bottom, rect.w, rect.h, stroke=0, fill=1)
        fill(colours.STAGE_HEADER_TEXT)
        pdf.setFont(bold, 14)
        pdf.drawCentredString(rect.x + rect.w / 2, -(rect.y + 30), stage.name)
    style = layout.style
    pdf.setStrokeColorRGB(*rgb("#9AA3AD"))
    pdf.setLineWidth(1)
    for card_id, box in layout.cards.items():
        rect, card = box.rect, data.cards[card_id]
        fill(colours.CARD_FILLS[box.kind])
        pdf.roundRect(rect.x + 0.5, -(rect.bottom - 0.5), rect.w - 1, rect.h - 1, 4, stroke=1, fill=1)
        fill(colours.LANE_ACCENTS[box.kind])
        pdf.rect(rect.x + 0.5, -(rect.bottom - 0.5), 4, rect.h - 1, stroke=0, fill=1)
        if box.title_lines or box.body_lines:
            text = pdf.beginText(rect.x + style.card_padding, -(rect.y + style.card_padding + 12))
            text.setFillColorRGB(*rgb(colours.TEXT))
            text.setFont(bold, style.title_size, 15.125)
            for line in box.title_lines:
                text.textLine(line)
            text.setFillColorRGB(*rgb(colours.MUTED_TEXT))
            text.setFont(regular, style.body_size, 12.8)
            for line in box.body_lines:
                text.textLine(line)
            pdf.drawText(text)
        if box.icon_rect is not None:
            draw_icon(pdf, box.icon_rect, card.channel_icon, colours.STAGE_HEADER_FILL)
        centre = None
        if box.badge_rect is not None and card.score is not None:
            centre, label = box.badge_rect.center, f"{card.score:g}"
            fill(colours.score_colour(card.score, data.scale.low, data.scale.high))
        elif box.kind in MARKED_KINDS and box.icon_rect is None:
            centre, label = (rect.right - 20, rect.y + 20), "!"
            fill(colours.LANE_ACCENTS[box.kind])
        if centre is not None:
            pdf.circle(centre[0], -centre[1], 11, stroke=0, fill=1)
            fill("#FFFFFF")
            pdf.setFont(bold, 10)
            pdf.drawCentredString(centre[0], -(centre[1] + 4), label)
    for points in layout.curve.values():
        path = pdf.beginPath()
        for index, point in enumerate(points):
            (path.lineTo if index else path.moveTo)(point.x, -point.y)
        pdf.setStrokeColorRGB(*rgb(colours.CURVE_LINE))
        pdf.setLineWidth(2.5)
        pdf.drawPath(path, stroke=1, fill=0)
        pdf.setLineWidth(1.5)
        pdf.setStrokeColorRGB(1.0, 1.0, 1.0)
        for point in points:
            fill(colours.score_colour(point.score, data.scale.low, data.scale.high))
            pdf.circle(point.x, -point.y, 6, stroke=1, fill=1)


def bench_poster(folder: Path, cards: int, runs: int):
    """An A0 poster of a 2,000-card journey (budget 1.0 s) and the same onto 25 A4 sheets (budget 1.5 s).

    The budgeted baseline is DESIGN.md's: raw ReportLab rectangles and title strings, one per card. Beside
    it, for information only, the same map's whole content drawn with ReportLab alone (:func:`_raw_map`,
    from the layout the poster fits to the sheet, computed beforehand, written as the poster is: Flate,
    no ASCII85): what is left of the ratio once the poster's extra content is counted.
    """
    import datetime as dt

    from reportlab import rl_config
    from reportlab.lib.pagesizes import A0, landscape
    from reportlab.pdfgen.canvas import Canvas

    from app.export import poster
    from app.export.poster_sheet import PosterDrawing
    from app.model.journey_data import read_journey
    from app.model.layout import compute_layout
    from app.model.store import ProjectStore

    count = 2000 if cards >= 2000 else max(20, cards)
    path = canvas.map_project(folder, count)
    store = ProjectStore.open(path, read_only=True)
    journey_id = canvas.first_journey(path)
    created = dt.datetime(2026, 1, 1, 12, 0)
    single, tiled = folder / "poster.pdf", folder / "poster-a4.pdf"
    runs = max(2, min(runs, 5))
    layout = compute_layout(read_journey(store.session, journey_id), poster.ReportLabMetrics())
    regular, bold = poster.register_fonts()
    drawing = PosterDrawing(store.session, journey_id, created)
    sheet_mm, _orientation = drawing.sheet("A0", None, 10.0)
    width, height = sheet_mm[0] * poster.MM, sheet_mm[1] * poster.MM
    frame = drawing.frame(width, height, 10.0 * poster.MM)
    fitted = drawing.fitted(frame)

    def a0() -> None:
        poster.export_poster(store.session, journey_id, single, paper="A0", created=created)

    def a4() -> None:
        poster.export_poster(store.session, journey_id, tiled, paper="A0", tile="A4", created=created)

    def raw() -> None:
        saved, rl_config.useA85 = rl_config.useA85, 0
        try:
            pdf = Canvas(str(folder / "raw.pdf"), pagesize=(width, height), invariant=1)
            pdf.translate(frame.left, frame.area_top)
            pdf.scale(fitted.scale, fitted.scale)
            _raw_map(pdf, fitted.layout, drawing.data, regular.fontName, bold.fontName)
            pdf.save()
        finally:
            rl_config.useA85 = saved

    def rectangles_and_titles() -> None:
        pdf = Canvas(str(folder / "raw-old.pdf"), pagesize=landscape(A0), invariant=1)
        pdf.setFont(regular.fontName, 9)
        scale = 0.3
        for box in layout.cards.values():
            x, y = box.rect.x * scale, box.rect.y * scale
            pdf.rect(x, y, box.rect.w * scale, box.rect.h * scale)
            for index, line in enumerate(box.title_lines[:2]):
                pdf.drawString(x + 2, y + 10 + 10 * index, line)
        pdf.save()

    a0_time, a4_time = _timed(a0, runs), _timed(a4, runs)
    raw_time, old_time = _timed(raw, runs), _timed(rectangles_and_titles, runs)
    ratio = tiled.stat().st_size / single.stat().st_size
    store.close()
    return [
        # The budgeted ratio keeps DESIGN.md's baseline (raw ReportLab rectangles + strings, one per card);
        # the same map's whole content drawn with ReportLab alone is printed beside it, for information.
        Result(f"A0 poster PDF, {count} cards", a0_time, 1000.0,
               "raw ReportLab rectangles + title strings, same card count", old_time, runs=runs, max_ratio=3.0,
               notes="the same map's whole content drawn with ReportLab alone (not budgeted), ms and ratio:",
               extra={"same_content_ms": raw_time, "same_content_ratio": a0_time / raw_time}),
        Result(f"A0 tiled onto A4 ({count} cards)", a4_time, 1500.0, None, None, runs=runs,
               notes="file size against the single poster (budget 1.3x):", extra={"size_ratio": ratio}),
    ]


#: A fresh process exporting one image (argv: project, output, paper, dpi; or "whole" and the pixel size),
#: printing a JSON line: milliseconds, pixel size, and its peak RSS (VmHWM) before and after.
_PNG_CHILD = r"""
import datetime as dt, json, os, sys, time
sys.path.insert(0, sys.argv[1])

def hwm():
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

from PySide6.QtGui import QColor, QImage
from app.export import image
from app.export.reportlab_painter import ensure_gui_application
ensure_gui_application()
if sys.argv[2] == "whole":
    width, height = int(sys.argv[3]), int(sys.argv[4])
    before = hwm()
    start = time.perf_counter()
    whole = QImage(width, height, QImage.Format.Format_RGB32)
    whole.fill(QColor(255, 255, 255))
    whole.save(sys.argv[5], "PNG")
else:
    from app.model.store import ProjectStore
    store = ProjectStore.open(sys.argv[2], read_only=True)
    before = hwm()
    start = time.perf_counter()
    result = image.export_image(store.session, None, sys.argv[3], paper=sys.argv[4], dpi=float(sys.argv[5]),
                                created=dt.date(2026, 1, 1))
    width, height = result.width_px, result.height_px
elapsed = (time.perf_counter() - start) * 1000.0
print(json.dumps({"ms": elapsed, "width": width, "height": height, "before_mb": before, "peak_mb": hwm()}))
"""


def _png_child(*args: str) -> dict:
    import json
    import os
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parent.parent)
    completed = subprocess.run([sys.executable, "-c", _PNG_CHILD, root, *args], capture_output=True, text=True,
                               timeout=600, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if completed.returncode != 0:
        raise RuntimeError(f"png benchmark child {args} failed:\n{completed.stderr}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def bench_png(folder: Path, cards: int, runs: int):
    """An A0 PNG at 150 dpi of a 2,000-card journey, painted in bands and streamed: its time and peak memory.

    Each run is a fresh process, so its peak RSS (VmHWM) is the export's own. The baseline holds the
    whole sheet as one QImage (white) and saves it with Qt's PNG writer: the time of encoding the same
    pixels, and the memory a non-banded export would need at least.
    """
    count = 2000 if cards >= 2000 else max(20, cards)
    path = canvas.map_project(folder, count)
    runs = max(1, min(runs, 3))
    out = folder / "poster.png"
    exports = [_png_child(str(path), str(out), "A0", "150") for _ in range(runs)]
    width, height = exports[0]["width"], exports[0]["height"]
    wholes = [_png_child("whole", str(width), str(height), str(folder / "whole.png")) for _ in range(runs)]
    median = lambda key, rows: statistics.median(row[key] for row in rows)  # noqa: E731
    size = f"{width}x{height} px"
    return [
        Result(f"PNG A0 at 150 dpi ({size}), {count} cards", median("ms", exports), None,
               "QImage.save of the whole blank sheet, same size", median("ms", wholes), runs=runs,
               notes="file size in MB:", extra={"file_mb": out.stat().st_size / 1e6}),
        Result(f"PNG A0 at 150 dpi, peak RSS ({count} cards)", median("peak_mb", exports), None,
               "peak RSS holding the whole sheet as one QImage", median("peak_mb", wholes), unit="MB", runs=runs,
               notes="RSS before the export / the whole sheet as ARGB, MB:",
               extra={"before_mb": median("before_mb", exports), "whole_argb_mb": width * height * 4 / 2**20}),
    ]


SCENARIOS = {"xlsx": bench_xlsx, "poster": bench_poster, "png": bench_png}
