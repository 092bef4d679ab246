"""Reading a long table of cards (CSV or XLSX) into a new journey.

See :mod:`app.export.spreadsheet` for the table itself. Headers are matched
case- and accent-insensitively, in English or French (:data:`ALIASES`);
columns Parcours does not know are reported, not fatal. The whole file is
read and checked before anything is written; the writing happens inside one
savepoint (journey, stages, lanes, channels and departments through the
model's ops, the checked cards in one INSERT), so an error leaves the
project as it was.
Every refusal is one sentence naming the row and the column (rows counted
as the spreadsheet counts them: the header is row 1).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.export.card_table import (
    COLUMNS,
    HEADERS,
    REQUIRED,
    TAG_SEPARATOR,
    cell_error,
    cell_number,
    cell_string,
    check_range,
    normalise,
    parse_boolean,
    parse_choice,
    parse_lane_kind,
    whole,
)
from app.export.csv_dialect import restore
from app.export.read.limits import (
    MAX_CELL_CHARS,
    MAX_ROWS,
    column_letter,
    read_capped,
    refuse_long_cell,
    refuse_wide_row,
)
from app.export.read.references import References
from app.export.read.workbook import Extras, read_extras
from app.export.read.workbook_merge import merge as merge_sheets
from app.export.read.workbook_merge import same_journey, write_rest
from app.export.read.xlsx import read_sheets
from app.export.workbook_words import sheet_key
from app.model import ops
from app.model.enums import Emotion, EvidenceSource, EvidenceStatus, Interaction, LaneKind
from app.model.errors import QT_TRANSLATE_NOOP, ModelError, ParcoursError, ProjectFileError
from app.model.fields import check_fields, project_scale
from app.model.schema import Card, Project
from app.model.text import clean_text

_NUMBERS = ("stage_position", "position", "score", "severity", "affected_share")
_ENUMS = {"emotion": Emotion, "interaction": Interaction, "evidence": EvidenceSource,
          "evidence_status": EvidenceStatus}
_CARD_DEFAULTS: dict[str, Any] = {
    "title": "", "body": "", "colour": None, "tags": [], "note": "", "score": None, "emotion": None,
    "interaction": None, "duration": "", "is_first": False, "is_last": False, "moment_of_truth": None,
    "severity": None, "affected_share": None, "evidence": None, "evidence_status": None,
}
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass
class TableImport:
    """What :func:`import_table` did: the new journey, how many cards, and warnings for the user."""

    journey_id: int
    cards: int = 0
    #: Translatable sentences (unknown columns, channels or departments added...).
    warnings: list[ParcoursError] = field(default_factory=list)


# --------------------------------------------------------------------------- reading


def read_table(data: bytes, kind: str) -> tuple[list[str], Iterator[tuple[int, list[Any]]]]:
    """The header and the ``(row number, values)`` of a CSV or XLSX file's first sheet.

    ``kind`` is ``"csv"`` or ``"xlsx"``. Empty rows are skipped. Raises
    ProjectFileError for an empty file or one that is not a spreadsheet,
    ModelError (with the row and the column) for what Parcours refuses inside.
    """
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP(
            "errors", "The spreadsheet is empty: it needs a header row and one row per card."))
    rows = _read_xlsx(data) if kind == "xlsx" else _read_csv(data)
    for _number, values in rows:
        if any(value not in (None, "") for value in values):
            header = ["" if value is None else str(value).strip() for value in values]
            while header and not header[-1]:
                header.pop()
            return header, _limited(rows)
    raise ProjectFileError("empty", QT_TRANSLATE_NOOP(
        "errors", "The spreadsheet is empty: it needs a header row and one row per card."))


def _limited(rows: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    count = 0
    for number, values in rows:
        if all(value in (None, "") for value in values):
            continue
        count += 1
        if count > MAX_ROWS:
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "The spreadsheet has more than {limit} rows (row {row}): split it and import the parts."),
                limit=f"{MAX_ROWS:,}", row=number)
        yield number, values


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        # A file without any UTF-8 sequence is an old Windows one; one with some is broken.
        if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        line_start = data.rfind(b"\n", 0, error.start) + 1
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "Row {row}, column {column} of the CSV file is not valid UTF-8 text: "
                      "save it again as CSV UTF-8."),
            row=data.count(b"\n", 0, error.start) + 1,
            column=len(data[line_start:error.start].decode("utf-8", "replace")) + 1) from None


def _read_csv(data: bytes) -> Iterator[tuple[int, list[Any]]]:
    text = _decode(data)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=lambda d: (first.count(d), d == ","))
    csv.field_size_limit(MAX_CELL_CHARS + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True)

    def rows() -> Iterator[tuple[int, list[Any]]]:
        number = 0  # records, not lines: a quoted cell may hold line breaks, and Excel counts records
        try:
            for number, values in enumerate(reader, start=1):
                refuse_wide_row(len(values), number)
                for index, value in enumerate(values):
                    refuse_long_cell(value, number, column_letter(index + 1))
                yield number, [restore(value) for value in values]
        except csv.Error as error:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "Row {row} of the CSV file cannot be read: {reason}."),
                             row=number + 1, reason=str(error)) from None
    return rows()


def _read_xlsx(data: bytes) -> Iterator[tuple[int, list[Any]]]:
    """The rows of a workbook's first sheet (see :func:`app.export.read.xlsx.read_sheets`)."""
    return iter(read_sheets(data, lambda index, _title: index == 0)[0][1])


# --------------------------------------------------------------------------- checking


@dataclass
class _Row:
    number: int
    stage: str
    stage_position: int | None
    lane: tuple[str, LaneKind]
    position: int | None
    fields: dict[str, Any]
    channel: str
    department: str
    #: The card's id in the workbook it comes from (links and actions point at it), if any.
    ident: int | None = None


def _check_row(number: int, cells: dict[str, Any], names: dict[str, str], scale: Any) -> _Row:
    """One row's values checked and typed; ``names`` gives each column's header as the file spells it."""
    for column in REQUIRED:
        if not cell_string(cells.get(column)):
            raise cell_error(QT_TRANSLATE_NOOP(
                "errors", "Row {row}, column {column} is empty: every card needs a title, a stage and a lane."),
                number, names[column])
    numbers = {column: cell_number(cells.get(column), number, names[column]) for column in _NUMBERS}
    for column, (low, high) in (("score", (scale.low, scale.high)), ("severity", (1, 5)),
                                ("affected_share", (0, 100)), ("stage_position", (1, 1_000_000)),
                                ("position", (1, 1_000_000))):
        check_range(numbers[column], low, high, number, names[column])
    fields: dict[str, Any] = {
        **{column: cell_string(cells.get(column), strip=False) for column in ("title", "body", "note", "duration")},
        "score": numbers["score"], "severity": whole(numbers["severity"], number, names["severity"]),
        "affected_share": numbers["affected_share"],
        "moment_of_truth": parse_boolean(cells.get("moment_of_truth"), number, names["moment_of_truth"]),
        "tags": [tag.strip() for tag in cell_string(cells.get("tags")).split(TAG_SEPARATOR.strip()) if tag.strip()],
        **{column: parse_choice(cells.get(column), choices, number, names[column])
           for column, choices in _ENUMS.items()},
    }
    colour = cell_string(cells.get("colour"))
    if colour and not _COLOUR.fullmatch(colour):
        raise cell_error(QT_TRANSLATE_NOOP(
            "errors", "Row {row}, column {column}: {value} is not a colour such as #1A2B3C."),
            number, names["colour"], value=colour)
    fields["colour"] = colour.upper() or None
    lane = cell_string(cells.get("lane"))
    return _Row(number, cell_string(cells.get("stage")),
                whole(numbers["stage_position"], number, names["stage_position"]),
                (lane, parse_lane_kind(cell_string(cells.get("lane_kind")), lane, number, names["lane_kind"])),
                whole(numbers["position"], number, names["position"]), fields,
                cell_string(cells.get("channel")), cell_string(cells.get("department")),
                whole(cell_number(cells.get("id"), number, names["id"]), number, names["id"]))


def _columns(header: list[str], warnings: list[ParcoursError]) -> dict[int, str]:
    """Which known column each header cell is (by index); unknown ones become warnings."""
    columns: dict[int, str] = {}
    seen: dict[str, str] = {}
    for index, name in enumerate(header):
        column = HEADERS.get(normalise(name))
        if column is None:
            if name:
                warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
                    "errors", "Column {column} is not one Parcours knows: it was ignored."), column=name))
        elif column in seen:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "Row {row}, column {column} repeats the column {other}."),
                             row=1, column=name, other=seen[column])
        else:
            seen[column] = name
            columns[index] = column
    missing = [column for column in REQUIRED if column not in seen]
    if missing:
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "Row {row} has no column {column}: a card table needs the columns title, stage and lane."),
            row=1, column=", ".join(missing))
    return columns


# --------------------------------------------------------------------------- writing


def _read_book(data: bytes, warnings: list[ParcoursError]) -> tuple[list[str], Iterator[tuple[int, list[Any]]],
                                                                    Extras]:
    """The card table of a workbook (its Cards sheet, else its first) and what its other sheets hold."""
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP(
            "errors", "The spreadsheet is empty: it needs a header row and one row per card."))
    skipped: list[str] = []
    sheets = read_sheets(data, lambda index, title: index == 0 or sheet_key(title) is not None, skipped)
    by_key: dict[str, tuple[str, list[tuple[int, list[Any]]]]] = {}
    for index, (title, rows) in enumerate(sheets):
        key = sheet_key(title) or ("cards" if index == 0 else None)
        if key is not None and key not in by_key:
            by_key[key] = (title, rows)
        elif key != "cards":
            skipped.append(title)
    if skipped:
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "These sheets are not ones Parcours reads, so they were not imported: {names}."),
            names=", ".join(skipped)))
    card_rows = iter(by_key.pop("cards", sheets[0])[1])
    for _number, values in card_rows:
        if any(value not in (None, "") for value in values):
            header = ["" if value is None else str(value).strip() for value in values]
            while header and not header[-1]:
                header.pop()
            return header, _limited(card_rows), read_extras(by_key, warnings)
    raise ProjectFileError("empty", QT_TRANSLATE_NOOP(
        "errors", "The spreadsheet is empty: it needs a header row and one row per card."))


def import_table(session: Session, source: Path | str | bytes, *, journey_title: str | None = None,
                 kind: str | None = None, merge: bool = False) -> TableImport:
    """Add the long table in ``source`` (a CSV or XLSX path, or bytes with ``kind``) as a new journey.

    The journey is titled ``journey_title``, else the workbook's Journey
    sheet's title, else the file's name. Stages and lanes are created in the
    order of the workbook's Stages and Lanes sheets, then in the order they
    first appear in the table (stages sorted by ``stage_position`` when the
    table has it), cards in their cell by ``position`` then row order.
    Channels and departments are matched or added (:mod:`app.export.read.references`),
    with a warning. A Parcours workbook brings the rest of its journey too.
    With ``merge`` (the command line), a workbook that is a journey of this
    project coming back (and no ``journey_title``) has its Actions and KPIs
    sheets merged into that journey instead (:mod:`app.export.read.workbook`);
    the editor leaves it off, since its import is undone by deleting the
    journey it made. Nothing is written unless the whole file is sound; the
    caller commits.
    """
    if isinstance(source, (bytes, bytearray)):
        data, stem = read_capped(source), "Import"
    else:
        path = Path(source)
        data, stem = read_capped(path), path.stem
        kind = kind or path.suffix.lower().lstrip(".")
    kind = "xlsx" if (kind or "").lower().lstrip(".") in ("xlsx", "xlsm") else "csv"
    warnings: list[ParcoursError] = []
    extras = Extras()
    if kind == "xlsx":
        header, body, extras = _read_book(data, warnings)
    else:
        header, body = read_table(data, kind)
    references = References(session, warnings, extras.channels)
    existing = same_journey(session, extras) if merge and journey_title is None else None
    if existing is not None:
        with session.begin_nested():
            merge_sheets(session, existing, extras, references, warnings)
        session.expire_all()
        return TableImport(existing, 0, warnings)
    columns = _columns(header, warnings)
    names = {**{column: column for column in (*COLUMNS, "id")},
             **{column: header[i] for i, column in columns.items()}}
    scale = project_scale(session)
    project = session.get(Project, 1)  # held, so that the identity map keeps it for check_fields
    rows = [_check_row(number, {column: values[i] for i, column in columns.items() if i < len(values)}, names,
                       scale)
            for number, values in list(body)]  # read to the end (or to the row limit) before checking
    if not rows:
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP(
            "errors", "The spreadsheet is empty: it needs a header row and one row per card."))
    first_seen = {row.stage: -index for index, row in reversed(list(enumerate(rows)))}
    places = {row.stage: row.stage_position for row in reversed(rows)}
    stage_fields = {stage.pop("name"): stage for stage in extras.stages}
    stages = [*stage_fields, *sorted((name for name in first_seen if name not in stage_fields),
                                     key=lambda name: (places[name] or float("inf"), -first_seen[name]))]
    lane_fields = {(lane.pop("name"), lane.pop("kind")): lane for lane in extras.lanes}
    with session.begin_nested():
        journey_id = ops.add_journey(session, journey_title or extras.journey.get("title") or stem,
                                     **{key: value for key, value in extras.journey.items() if key != "title"}).result
        stage_ids = {name: ops.add_stage(session, journey_id, name, **stage_fields.get(name, {})).result
                     for name in stages}
        lane_ids = {}
        for lane in dict.fromkeys([*lane_fields, *(row.lane for row in rows)]):
            fields = dict(lane_fields.get(lane, {}))
            fields["department_id"] = references.department(fields.pop("department", ""))
            lane_ids[lane] = ops.add_lane(session, journey_id, lane[1], name=lane[0], **fields).result
        for spec in extras.channels:  # in the workbook's order, before the cards name them
            references.channel(spec.key or spec.name)
        cells: dict[tuple[int, int], int] = {}
        cards, idents = [], []
        for row in sorted(rows, key=lambda row: (lane_ids[row.lane], stage_ids[row.stage],
                                                 row.position or float("inf"), row.number)):
            cell = (lane_ids[row.lane], stage_ids[row.stage])
            fields = check_fields(session, Card, {key: value for key, value in row.fields.items()
                                                  if value not in (None, "", [])})
            cards.append({**_CARD_DEFAULTS, **fields, "lane_id": cell[0], "stage_id": cell[1],
                          "position": cells.get(cell, 0), "channel_id": references.channel(row.channel),
                          "department_id": references.department(row.department),
                          **{key: clean_text(fields.get(key, "")) for key in ("title", "body", "note", "duration")}})
            idents.append(row.ident)
            cells[cell] = cells.get(cell, 0) + 1
        # One INSERT of rows checked above into the new journey's empty cells:
        # ops.add_cards opens a gap per card (about 3 ms each, 30 s for 10,000 cards).
        new_ids = session.scalars(insert(Card).returning(Card.id, sort_by_parameter_order=True), cards).all()
        card_ids = {ident: new for ident, new in zip(idents, new_ids, strict=True) if ident is not None}
        write_rest(session, journey_id, extras, card_ids, stage_ids, references, warnings)
    session.expire_all()
    del project
    return TableImport(journey_id, len(cards), warnings)
