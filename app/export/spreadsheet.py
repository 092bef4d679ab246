"""A journey as a spreadsheet: a long table of cards (CSV or XLSX), and its import back.

The long table has one row per card and the columns of :data:`COLUMNS`, in
that order; in CSV their headers are these column keys (the importer also
knows English and French headers). Rows follow the map: lane by lane, then
stage by stage, then the card's place in its cell, so lanes appear in their
order and ``stage_position`` puts the stages back in theirs. In CSV,
enumerations travel as the values the project file stores (``touchpoints``,
``frustration``...), the channel as its key, the department as its name,
tags joined with ``"; "``. Empty lanes and stages carry no card, so the CSV
does not carry them either (the workbook does).

CSV is UTF-8 with a byte order mark, so that Excel shows accents right,
RFC 4180 quoting and CRLF line ends, in one of two dialects
(:mod:`app.export.csv_dialect`): ``standard``, with commas and a decimal
point (RFC 4180, LibreOffice, Google Sheets, pandas, English Excel), or
``excel-fr`` (``--csv-dialect excel-fr``), with semicolons and a decimal
comma, which a French Excel opens in columns. The importer reads either,
and tabs. A text cell that a spreadsheet would run as a formula is written
after a single quote, which the importer removes again.

The XLSX workbook holds the same table and the rest of the journey, in the
project's language: see :mod:`app.export.workbook`. The columns and the
reading of cells live in :mod:`app.export.card_table`.

The import lives in :mod:`app.export.read.spreadsheet` (:func:`import_table`).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.export.card_table import (
    ALIASES,
    COLUMNS,
    ENUM_ALIASES,
    HEADERS,
    LANE_WORDS,
    NO,
    REQUIRED,
    TAG_SEPARATOR,
    YES,
    cell_error,
    cell_text,
    guess_lane_kind,
    normalise,
    parse_boolean,
    parse_choice,
    parse_lane_kind,
    table,
    table_rows,
)
from app.export.csv_dialect import STANDARD, CsvDialect, neutralise
from app.export.files import write_bytes_atomically
from app.export.persona_links import persona_links_left_out
from app.export.workbook import CARD_COLUMNS, export_xlsx, xlsx_bytes
from app.model.errors import ParcoursError

__all__ = ["ALIASES", "CARD_COLUMNS", "COLUMNS", "ENUM_ALIASES", "HEADERS", "LANE_WORDS", "NO", "REQUIRED",
           "TAG_SEPARATOR", "YES", "cell_error", "cell_text", "csv_bytes", "csv_cell", "export_csv", "export_xlsx",
           "guess_lane_kind", "normalise", "parse_boolean", "parse_choice", "parse_lane_kind", "table",
           "table_rows", "xlsx_bytes"]


# --------------------------------------------------------------------------- CSV


def csv_cell(value: Any, dialect: CsvDialect = STANDARD) -> str:
    """A table value as a CSV cell of ``dialect``: text guarded against formulas, numbers with its decimal mark."""
    if isinstance(value, str):
        return neutralise(value)
    text = cell_text(value)
    return text.replace(".", dialect.decimal) if isinstance(value, float) else text


def csv_bytes(session: Session, journey_id: int | None = None, dialect: CsvDialect = STANDARD) -> bytes:
    """The long table as CSV in ``dialect`` (see :mod:`app.export.csv_dialect`): UTF-8 with a BOM, CRLF."""
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, delimiter=dialect.delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in table_rows(session, journey_id):
        writer.writerow([csv_cell(row[column], dialect) for column in COLUMNS])
    return b"\xef\xbb\xbf" + stream.getvalue().encode("utf-8")


def export_csv(session: Session, path: Path | str, journey_id: int | None = None,
               dialect: CsvDialect = STANDARD) -> list[ParcoursError]:
    """Write :func:`csv_bytes` to ``path`` (atomically); returns what the CSV could not carry."""
    write_bytes_atomically(Path(path), csv_bytes(session, journey_id, dialect))
    return persona_links_left_out(session, journey_id, "CSV")
