"""What an import reads at most, checked before it is read: one place for every cap.

Every importer reads its file through :func:`read_capped` (a ``/dev/zero``
link stops at the cap, not at the machine's memory), parses JSON through
:func:`parse_json` (nesting depth and number length checked first) and
opens a workbook only after :func:`check_zip` has looked at its entries'
sizes. Each refusal is one sentence naming the limit; all of them come in
well under a second and 300 MB of memory.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from defusedxml import DefusedXmlException

from app.model.errors import QT_TRANSLATE_NOOP, ModelError, ProjectFileError

#: Largest CSV, XLSX, .ojf or Mermaid file an import reads.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Largest project JSON document (it carries persona photos in base64).
MAX_JSON_BYTES = 100 * 1024 * 1024
#: Most entries in a workbook's zip archive.
MAX_ZIP_MEMBERS = 2_000
#: Largest uncompressed size of one entry of a workbook, and of all of them together.
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: Highest compression ratio of an entry larger than :data:`RATIO_FLOOR` bytes (zip bombs are thousands).
MAX_RATIO = 200
RATIO_FLOOR = 1024 * 1024
#: Most data rows and columns of a table, and characters in one cell (Excel's own cell limit).
MAX_ROWS = 100_000
#: Most rows of a sheet counted with the empty ones (a stray cell far below makes a reader walk every row).
MAX_SHEET_ROWS = 2 * MAX_ROWS
MAX_COLUMNS = 256
MAX_CELL_CHARS = 32_767
#: Most cards one .ojf import creates (nodes and blueprint items), and tasks one Mermaid import creates.
MAX_NODES = 100_000
MAX_TASKS = 100_000
#: Largest persona photo a project JSON document may carry.
MAX_PHOTO_BYTES = 4 * 1024 * 1024
#: Deepest nesting of lists and objects in a JSON or .ojf document.
MAX_NESTING = 64
#: Most characters in one number of a JSON or .ojf document.
MAX_DIGITS = 100

_CHUNK = 1 << 20


def _mb(limit: int) -> str:
    return f"{limit // (1024 * 1024)}"


def too_large(limit: int) -> ProjectFileError:
    """The refusal of a file larger than ``limit`` bytes."""
    return ProjectFileError("too_large", QT_TRANSLATE_NOOP(
        "errors", "The file is larger than {limit} MB: Parcours does not import files this large."),
        limit=_mb(limit))


def read_capped(source: Path | str | bytes, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``source`` (a path, or bytes), read in chunks and refused past ``limit`` bytes.

    A device or a pipe that never ends (a link to ``/dev/zero``) is refused
    once ``limit`` bytes have come, never read to the end.
    """
    if isinstance(source, (bytes, bytearray)):
        if len(source) > limit:
            raise too_large(limit)
        return bytes(source)
    path = Path(source)
    if path.is_file() and path.stat().st_size > limit:
        raise too_large(limit)
    chunks: list[bytes] = []
    size = 0
    with path.open("rb") as stream:
        while chunk := stream.read(min(_CHUNK, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
    return b"".join(chunks)


# --------------------------------------------------------------------------- JSON

_TOKENS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"?|[\[\]{}]|-?[0-9][0-9.eE+\-]*')


def check_json(data: bytes, what: str) -> None:
    """Refuse JSON ``data`` that nests deeper than :data:`MAX_NESTING` or holds a number longer than :data:`MAX_DIGITS`.

    ``what`` names the file in the sentence (``JSON``, ``OJF``). Strings are
    skipped, so brackets and digits inside text do not count.
    """
    depth = 0
    for token in _TOKENS.finditer(data):
        first = token.group()[:1]
        if first == b'"':
            continue
        if first in (b"[", b"{"):
            depth += 1
            if depth > MAX_NESTING:
                raise ModelError(QT_TRANSLATE_NOOP(
                    "errors", "The {kind} file nests lists or objects more than {limit} levels deep: "
                              "Parcours does not read it."), kind=what, limit=MAX_NESTING)
        elif first in (b"]", b"}"):
            depth -= 1
        elif len(token.group()) > MAX_DIGITS:
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "The {kind} file holds a number of more than {limit} digits: Parcours does not read it."),
                kind=what, limit=MAX_DIGITS)


def parse_json(text: str, data: bytes, what: str) -> Any:
    """``json.loads(text)`` after :func:`check_json` on its bytes ``data``; errors are the caller's."""
    check_json(data, what)
    return json.loads(text)


# --------------------------------------------------------------------------- zip archives


def check_zip(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook whose entries would unpack beyond the caps, before anything is unpacked.

    The sizes are those the archive declares; Python's zip reader never
    gives more than the declared size of an entry, so they hold.
    """
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_MEMBERS:
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "The workbook holds more than {limit} parts: Parcours does not read it."),
            limit=f"{MAX_ZIP_MEMBERS:,}")
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MAX_MEMBER_BYTES or total > MAX_UNPACKED_BYTES:
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "The workbook's part {name} unpacks to more than {limit} MB: Parcours does not read it."),
                name=entry.filename[:80],
                limit=_mb(MAX_MEMBER_BYTES if entry.file_size > MAX_MEMBER_BYTES else MAX_UNPACKED_BYTES))
        if entry.file_size > RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "The workbook's part {name} is compressed more than {limit} times, as zip bombs are: "
                          "Parcours does not read it."), name=entry.filename[:80], limit=MAX_RATIO)


def column_letter(index: int) -> str:
    """The spreadsheet letters of the 1-based column ``index`` (1: A, 27: AA)."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def refuse_long_cell(text: str, row: int, column: str) -> None:
    """Refuse a cell of more than :data:`MAX_CELL_CHARS` characters."""
    if len(text) > MAX_CELL_CHARS:
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "Row {row}, column {column} holds more than {limit} characters: "
                      "Parcours does not import cells this long."), row=row, column=column,
            limit=f"{MAX_CELL_CHARS:,}")


def refuse_wide_row(count: int, row: int) -> None:
    """Refuse a row of more than :data:`MAX_COLUMNS` cells."""
    if count > MAX_COLUMNS:
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "Row {row} has more than {limit} columns: Parcours does not import tables this wide."),
            row=row, limit=MAX_COLUMNS)


# --------------------------------------------------------------------------- XML inside workbooks

#: What a hostile or broken XML part raises while a workbook is read (defusedxml's refusals included).
XML_ERRORS: tuple[type[BaseException], ...] = (DefusedXmlException, ElementTree.ParseError)
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def xml_cause(error: BaseException) -> BaseException | None:
    """The XML error behind ``error`` (openpyxl wraps some in a ValueError), or None."""
    current: BaseException | None
    seen, current = 0, error
    while current is not None and seen < 10:
        if isinstance(current, XML_ERRORS):
            return current
        current, seen = current.__cause__ or current.__context__, seen + 1
    return None


def unsafe_xml(error: BaseException) -> ModelError:
    """The refusal of a workbook whose XML declares entities or a document type, or does not parse."""
    if isinstance(error, DefusedXmlException):
        return _declares()
    return ModelError(QT_TRANSLATE_NOOP(
        "errors", "The workbook's XML is damaged, so the file cannot be read: open it in a spreadsheet "
                  "program and save it again."))


def _declares() -> ModelError:
    return ModelError(QT_TRANSLATE_NOOP(
        "errors", "The workbook's XML declares entities or a document type, as attacks on XML readers do: "
                  "Parcours does not read it."))


def refuse_doctypes(archive: zipfile.ZipFile) -> None:
    """Refuse a workbook any of whose XML parts opens with a document type or entity declaration.

    Office never writes one; defusedxml (which openpyxl uses) refuses them
    too, and this check holds even where it is switched off.
    """
    for entry in archive.infolist():
        if entry.filename.endswith((".xml", ".rels")):
            with archive.open(entry) as stream:
                if _DECLARATION.search(stream.read(8192)):
                    raise _declares()
