"""Reading the sheets of an XLSX workbook, safely: caps checked first, hostile XML refused, real extents.

Before openpyxl opens anything, :func:`app.export.read.limits.check_zip` looks
at the parts' declared sizes and ratios and :func:`app.export.read.limits.refuse_doctypes`
at their prologs; openpyxl then parses through defusedxml. A read-only
sheet trusts its ``<dimension>``, which may be stale (a workbook of 10 rows
saying ``A1:D3``): :meth:`reset_dimensions` makes it read the real extent.
Rows, columns and cells are capped as they come (:mod:`app.export.read.limits`).
Formulas and merged cells are refused with their cell: Parcours reads
values only.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

from app.export.read.limits import (
    MAX_ROWS,
    MAX_SHEET_ROWS,
    XML_ERRORS,
    check_zip,
    column_letter,
    refuse_doctypes,
    refuse_long_cell,
    refuse_wide_row,
    unsafe_xml,
    xml_cause,
)
from app.model.errors import QT_TRANSLATE_NOOP, ModelError, ProjectFileError

Rows = list[tuple[int, list[Any]]]
_OURS = (ModelError, ProjectFileError)
#: What openpyxl and the zip and XML readers raise for a damaged or hostile workbook.
_UNREADABLE: tuple[type[BaseException], ...] = (zipfile.BadZipFile, KeyError, IndexError, ValueError, TypeError,
                                                OSError, EOFError, *XML_ERRORS)


def _not_a_workbook() -> ProjectFileError:
    return ProjectFileError("not_spreadsheet", QT_TRANSLATE_NOOP(
        "errors", "The file is not an Excel workbook (.xlsx), or it is damaged."))


def _translated(error: BaseException) -> BaseException:
    """The one-sentence error for what openpyxl or the zip reader raised."""
    if isinstance(error, XML_ERRORS):
        return unsafe_xml(error)
    cause = xml_cause(error)
    return unsafe_xml(cause) if cause is not None else _not_a_workbook()


def read_sheets(data: bytes, wanted: Callable[[int, str], bool],
                skipped: list[str] | None = None) -> list[tuple[str, Rows]]:
    """(title, rows) of each sheet of the workbook ``data`` that ``wanted(index, title)`` selects.

    The titles of the other sheets go into ``skipped``.

    Rows are ``(row number, values)`` of every row (empty ones included),
    read in full; at most :data:`~app.export.read.limits.MAX_ROWS` data rows in
    all the sheets together. Raises ProjectFileError when ``data`` is not a
    workbook, ModelError (naming the limit, or the row and the column) for
    what Parcours refuses inside.
    """
    from openpyxl import load_workbook

    if not data.startswith(b"PK\x03\x04"):
        raise _not_a_workbook()
    workbook = None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip(archive)
            refuse_doctypes(archive)
            _count_rows(archive)
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        chosen = [sheet for index, sheet in enumerate(workbook.worksheets) if wanted(index, sheet.title)]
        if skipped is not None:
            skipped.extend(sheet.title for sheet in workbook.worksheets if sheet not in chosen)
        if not chosen:
            raise _not_a_workbook()
        budget = [MAX_ROWS + len(chosen)]  # the header of each sheet on top of the data rows
        return [(sheet.title, _rows(data, sheet, budget)) for sheet in chosen]
    except _OURS:
        raise
    except _UNREADABLE as error:
        raise _translated(error) from None
    finally:
        if workbook is not None:
            workbook.close()


def _rows(data: bytes, sheet: Any, budget: list[int]) -> Rows:
    if not hasattr(sheet, "reset_dimensions"):  # a chart sheet holds no cells
        return []
    _refuse_merged_cells(data, sheet)
    sheet.reset_dimensions()  # a stale <dimension> would cut the rows short: read the real extent
    rows: Rows = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        if number > MAX_SHEET_ROWS:
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "The sheet {sheet} reaches beyond row {limit}: Parcours does not read sheets this long."),
                sheet=sheet.title, limit=f"{MAX_SHEET_ROWS:,}")
        refuse_wide_row(len(cells), number)
        found = []
        for cell in cells:
            if getattr(cell, "data_type", None) == "f":
                raise ModelError(QT_TRANSLATE_NOOP(
                    "errors", "Row {row}, column {column} holds a formula ({value}): "
                              "paste it as values and import again."),
                    row=number, column=cell.column_letter, value=str(cell.value)[:60])
            if isinstance(cell.value, str):
                refuse_long_cell(cell.value, number, cell.column_letter)
            found.append(cell.value)
        if not any(value not in (None, "") for value in found):
            rows.append((number, []))  # kept for the numbering, not its empty cells
            continue
        budget[0] -= 1
        if budget[0] < 0:
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "The spreadsheet has more than {limit} rows (row {row}): split it and import the parts."),
                limit=f"{MAX_ROWS:,}", row=number)
        rows.append((number, found))
    return rows


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell ref="([A-Z]+[0-9]+):?([A-Z]*[0-9]*)"')
_FILLED_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*[^/]>\s*<(?:\w+:)?c\b")


def _count_rows(archive: zipfile.ZipFile) -> None:
    """Refuse a worksheet of more than the row limit from a byte scan, before openpyxl opens the workbook.

    openpyxl sizes a sheet without ``<dimension>`` by parsing all of it when
    it opens the workbook, and parsing 100,000 rows takes it tens of
    seconds; counting the rows that hold cells takes a fraction of that.
    """
    for entry in archive.infolist():
        if not (entry.filename.startswith("xl/worksheets/") and entry.filename.endswith(".xml")):
            continue
        filled, tail = 0, b""
        with archive.open(entry) as stream:
            while chunk := stream.read(1 << 20):
                buffer = tail + chunk
                # A row found whole in the previous buffer (inside its tail) was counted then.
                filled += sum(1 for match in _FILLED_ROW.finditer(buffer) if match.end() > len(tail))
                if filled > MAX_ROWS + 1:  # the header row on top of the data rows
                    raise ModelError(QT_TRANSLATE_NOOP(
                        "errors", "The workbook's part {name} has more than {limit} rows: "
                                  "split it and import the parts."), name=entry.filename[:80], limit=f"{MAX_ROWS:,}")
                tail = buffer[-4096:]


def _refuse_merged_cells(data: bytes, sheet: Any) -> None:
    # A read-only sheet does not load its merged cells: look for them in the sheet's XML.
    from openpyxl.utils import range_boundaries

    path = getattr(sheet, "_worksheet_path", None) or "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open(path.lstrip("/")) as stream:
        tail = b""
        while chunk := stream.read(1 << 20):
            found = _MERGE.search(tail + chunk)
            if found:
                cells = found.group(1).decode() + (":" + found.group(2).decode() if found.group(2) else "")
                low_col, low_row, _high_col, _high_row = range_boundaries(cells)
                raise ModelError(QT_TRANSLATE_NOOP(
                    "errors", "Row {row}, column {column} is part of merged cells ({cells}): "
                              "unmerge them and import again."),
                    row=low_row, column=column_letter(low_col), cells=cells)
            tail = chunk[-200:]
