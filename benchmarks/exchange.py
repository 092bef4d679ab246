"""Exchange benchmarks: a 10,000-card journey to XLSX and back (issue 5), beside plain openpyxl.

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


SCENARIOS = {"xlsx": bench_xlsx}
