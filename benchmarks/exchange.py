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


def bench_poster(folder: Path, cards: int, runs: int):
    """An A0 poster of a 2,000-card journey (budget 1.0 s) and the same onto 25 A4 sheets (budget 1.5 s)."""
    import datetime as dt

    from reportlab.lib.pagesizes import A0, landscape
    from reportlab.pdfgen.canvas import Canvas

    from app.export import poster
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
    regular, _bold = poster.register_fonts()

    def a0() -> None:
        poster.export_poster(store.session, journey_id, single, paper="A0", created=created)

    def a4() -> None:
        poster.export_poster(store.session, journey_id, tiled, paper="A0", tile="A4", created=created)

    def raw() -> None:
        pdf = Canvas(str(folder / "raw.pdf"), pagesize=landscape(A0), invariant=1)
        pdf.setFont(regular.fontName, 9)
        scale = 0.3
        for box in layout.cards.values():
            x, y = box.rect.x * scale, box.rect.y * scale
            pdf.rect(x, y, box.rect.w * scale, box.rect.h * scale)
            for index, line in enumerate(box.title_lines[:2]):
                pdf.drawString(x + 2, y + 10 + 10 * index, line)
        pdf.save()

    a0_time, a4_time, raw_time = _timed(a0, runs), _timed(a4, runs), _timed(raw, runs)
    ratio = tiled.stat().st_size / single.stat().st_size
    store.close()
    return [
        Result(f"A0 poster PDF, {count} cards", a0_time, 1000.0, "raw ReportLab rectangles + strings, same count",
               raw_time, runs=runs, max_ratio=3.0),
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
