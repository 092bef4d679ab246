"""Exchange benchmarks: posters (ReportLab) and a 10,000-card journey to XLSX and back (issue 5).

Run by ``benchmarks/run.py`` (scenario ``xlsx``). The baseline writes and reads
the same rows with openpyxl alone, so the ratio shows what the table's
checks and the model's import cost on top of the library.
"""

from __future__ import annotations

import io
import statistics
import time
from pathlib import Path

from harness import Result

import canvas


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

    from app.export import spreadsheet, spreadsheet_read
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
        book = Workbook()
        sheet = book.active
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
        Result(f"XLSX export of {cards} cards", _timed(export, runs), None, "openpyxl write of the same rows",
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
    from app.model.layout import compute_layout
    from app.model.journey_data import read_journey
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
               raw_time, runs=runs),
        Result(f"A0 tiled onto A4 ({count} cards)", a4_time, 1500.0, None, None, runs=runs,
               notes="file size against the single poster (budget 1.3x):", extra={"size_ratio": ratio}),
    ]


SCENARIOS = {"xlsx": bench_xlsx, "poster": bench_poster}
