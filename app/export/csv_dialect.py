"""The CSV dialects Parcours writes, and the formula guard that keeps a cell from running.

Two dialects, both UTF-8 with a byte order mark (so Excel shows accents
right), RFC 4180 quoting (a cell holding the separator, a quote or a line
break is quoted, quotes doubled) and CRLF line ends:

``standard`` (the default)
    comma separator, decimal point: what RFC 4180, LibreOffice, Google
    Sheets, pandas and an English Excel expect.
``excel-fr``
    semicolon separator, decimal comma (``3,5``): what a French Excel
    opens in columns on a double click.

The importer sniffs either: the separator from the header line (comma,
semicolon or tab), a decimal comma in a number cell.

**Formula guard** (OWASP's rule against CSV injection): a text cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return would run
as a formula in a spreadsheet, so it is written with a single quote before
it (``'=1+1``), which spreadsheets show as text. A cell that already starts
with quotes before such a character gets one more, so the importer, which
removes exactly one, gives back the text as it was: a round trip is exact.
Numbers written by Parcours (a score of ``-2``) are numbers, not formulas,
and are written as they are.
"""

from __future__ import annotations

from dataclasses import dataclass

#: What a cell may start with for a spreadsheet to read it as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r")


@dataclass(frozen=True)
class CsvDialect:
    """How a CSV file is written: its name on the command line, separator and decimal mark."""

    name: str
    delimiter: str
    decimal: str


STANDARD = CsvDialect("standard", ",", ".")
EXCEL_FR = CsvDialect("excel-fr", ";", ",")
#: The dialects by their command-line name.
DIALECTS: dict[str, CsvDialect] = {dialect.name: dialect for dialect in (STANDARD, EXCEL_FR)}


def dialect_named(name: str | None) -> CsvDialect:
    """The dialect called ``name`` (None: the standard one); KeyError for an unknown name."""
    return STANDARD if name is None else DIALECTS[name]


def _guarded(text: str) -> bool:
    rest = text.lstrip("'")
    return bool(rest) and rest[0] in FORMULA_STARTS


def neutralise(text: str) -> str:
    """``text`` safe in a CSV cell: one single quote before a possible formula (see the module docstring)."""
    return "'" + text if _guarded(text) else text


def restore(text: str) -> str:
    """The text :func:`neutralise` was given: one leading quote removed before a possible formula."""
    return text[1:] if text.startswith("'") and _guarded(text) else text
