"""The sheets of a Parcours workbook beyond its cards: read, checked, and written into the project.

:mod:`app.export.read.spreadsheet` reads the cards; this module reads the
other sheets of :mod:`app.export.workbook` (in English or French) into
:class:`Extras` and writes them:

- **A new journey** (the usual import): its fields from the Journey sheet,
  every stage and lane (empty ones and the emotions lane too), personas
  (matched by name or added, with the channels they prefer, the journey's
  own marked), links between the imported cards, actions and KPIs (added,
  pointing at the imported cards and stages).
- **The same journey back** (the workbook's journey id and title are those
  of a journey of this project, and no new title was asked for): the
  departments' edits of the Actions and KPIs sheets are merged. A row
  whose id is an action (a KPI) of the project updates it; a row without id
  adds one. One line per action or KPI changed or added goes into the
  import's summary; nothing else of the journey is imported again, which
  one line says too.

Whatever a sheet holds that cannot be taken (an unknown column or sheet, a
link to a card the workbook does not hold) is named in one warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.export.card_table import (
    cell_number,
    cell_string,
    check_range,
    parse_boolean,
    parse_choice,
    parse_lane_kind,
    whole,
)
from app.export.read.references import channel_specs
from app.export.workbook_words import HEADERS, JOURNEY_FIELDS, RECORD_SHEETS, column_keys, normalise
from app.model.enums import ActionStatus, Direction, Horizon, Interaction, JourneyState, LinkKind, ServicePreference
from app.model.errors import QT_TRANSLATE_NOOP, ModelError, ParcoursError

Rows = list[tuple[int, list[Any]]]
Record = tuple[int, dict[str, Any]]


@dataclass
class Extras:
    """What the sheets other than the cards hold, typed and checked."""

    journey: dict[str, Any] = field(default_factory=dict)
    journey_id: int | None = None
    #: The creation time of the project the workbook came from (see :func:`app.export.workbook.project_stamp`).
    project_created: str = ""
    stages: list[dict[str, Any]] = field(default_factory=list)
    lanes: list[dict[str, Any]] = field(default_factory=list)
    channels: list[Any] = field(default_factory=list)
    personas: list[dict[str, Any]] = field(default_factory=list)
    #: (row, source card id, target card id, fields)
    links: list[tuple[int, int, int, dict[str, Any]]] = field(default_factory=list)
    #: (row, id or None, fields, card ids, department name)
    actions: list[tuple[int, int | None, dict[str, Any], list[int], str]] = field(default_factory=list)
    #: (row, id or None, fields, stage name, card id)
    kpis: list[tuple[int, int | None, dict[str, Any], str, int | None]] = field(default_factory=list)
    sheets: set[str] = field(default_factory=set)


# --------------------------------------------------------------------------- reading


def _records(key: str, title: str, rows: Rows, warnings: list[ParcoursError]) -> tuple[list[Record], dict[str, str]]:
    """The non-empty rows of a sheet as ``{column: value}``, and each column's name as the sheet spells it."""
    known = column_keys(key)
    header: list[tuple[int, str]] = []
    names: dict[str, str] = {}
    records: list[Record] = []
    for number, values in rows:
        if all(value in (None, "") for value in values):
            continue
        if not names and not header:
            for index, value in enumerate(values):
                text = cell_string(value)
                column = known.get(normalise(text))
                if column is not None and column not in names:
                    header.append((index, column))
                    names[column] = f"{title}!{text}"
                elif text:
                    warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
                        "errors", "Column {column} of the sheet {sheet} is not one Parcours knows: it was ignored."),
                        column=text, sheet=title))
            continue
        records.append((number, {column: values[index] for index, column in header if index < len(values)}))
    return records, {**{column: f"{title}!{column}" for column in HEADERS.get(key, {})}, **names}


def _date(value: Any, row: int, column: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_string(value)
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            pass
    raise ModelError(QT_TRANSLATE_NOOP(
        "errors", "Row {row}, column {column}: {value} is not a date such as 2026-03-31."),
        row=row, column=column, value=text[:40])


def _score(value: Any, row: int, column: str, low: float = 1, high: float = 5) -> int | None:
    number = whole(cell_number(value, row, column), row, column)
    check_range(number, low, high, row, column)
    return number


def _ids(value: Any, row: int, column: str) -> list[int]:
    wholes = (whole(cell_number(part, row, column), row, column) for part in cell_string(value).split(";")
              if part.strip())
    return [number for number in wholes if number is not None]


def _required(text: str, row: int, column: str) -> str:
    if not text:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "Row {row}, column {column} is empty: it needs a name."),
                         row=row, column=column)
    return text


def read_extras(sheets: dict[str, tuple[str, Rows]], warnings: list[ParcoursError]) -> Extras:
    """Check the sheets of a workbook other than the cards (by key: ``journey``, ``stages``...) into Extras."""
    extras = Extras(sheets=set(sheets))
    read = {key: _records(key, title, rows, warnings) for key, (title, rows) in sheets.items() if key in HEADERS}
    recorded = [sheets[key][0] for key in RECORD_SHEETS if read.get(key, ([], {}))[0]]
    if recorded:
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "The sheets {names} record the workshop (the dot vote, the comments): an import does not "
                      "bring them back."), names=", ".join(recorded)))
    fields = {normalise(text): key for key, pair in JOURNEY_FIELDS.items() for text in (key, *pair)}
    records, names = read.get("journey", ([], {}))
    for number, row in records:
        name = fields.get(normalise(cell_string(row.get("field"))))
        value, column = row.get("value"), names.get("value", "value")
        if name in ("target_score", "drop_threshold"):
            extras.journey[name] = cell_number(value, number, column)
        elif name == "journey_id":
            extras.journey_id = whole(cell_number(value, number, column), number, column)
        elif name == "project_created":
            extras.project_created = cell_string(value)
        elif name == "state":
            extras.journey[name] = parse_choice(value, JourneyState, number, column) or JourneyState.AS_IS
        elif name is not None:
            extras.journey[name] = cell_string(value, strip=name == "title")
    records, names = read.get("stages", ([], {}))
    extras.stages = [{"name": _required(cell_string(row.get("name")), number, names["name"]),
                      **{key: cell_string(row.get(key), strip=False) for key in ("description", "duration",
                                                                                  "waiting_time")},
                      "colour": cell_string(row.get("colour")).upper() or None} for number, row in records]
    records, names = read.get("lanes", ([], {}))
    for number, row in records:
        name = cell_string(row.get("name"))
        extras.lanes.append({"name": name, "kind": parse_lane_kind(cell_string(row.get("kind")), name, number,
                                                                   names["kind"]),
                             "department": cell_string(row.get("department")),
                             "colour": cell_string(row.get("colour")).upper() or None,
                             "collapsed": bool(parse_boolean(row.get("collapsed"), number, names["collapsed"]))})
    records, names = read.get("channels", ([], {}))
    extras.channels = channel_specs([{"key": cell_string(row.get("key")), "name": cell_string(row.get("name")),
                                      "icon": cell_string(row.get("icon")),
                                      "nature": parse_choice(row.get("nature"), Interaction, number, names["nature"])}
                                     for number, row in records])
    records, names = read.get("personas", ([], {}))
    for number, row in records:
        persona: dict[str, Any] = {key: cell_string(row.get(key), strip=False) for key in (
            "role", "segment", "age_band", "quote", "biography", "goals", "frustrations", "hobbies", "notes")}
        persona.update(name=_required(cell_string(row.get("name")), number, names["name"]),
                       service_preference=parse_choice(row.get("service_preference"), ServicePreference, number,
                                                       names["service_preference"]),
                       digital_ease=_score(row.get("digital_ease"), number, names["digital_ease"]),
                       colour=cell_string(row.get("colour")).upper() or None,
                       in_journey=parse_boolean(row.get("in_journey"), number, names["in_journey"]) is not False,
                       channels=[part.strip() for part in cell_string(row.get("channels")).split(";") if part.strip()])
        extras.personas.append(persona)
    records, names = read.get("links", ([], {}))
    for number, row in records:
        source = whole(cell_number(row.get("source"), number, names["source"]), number, names["source"])
        target = whole(cell_number(row.get("target"), number, names["target"]), number, names["target"])
        if source is not None and target is not None:
            extras.links.append((number, source, target, {
                "kind": parse_choice(row.get("kind"), LinkKind, number, names["kind"]) or LinkKind.RELATES,
                "label": cell_string(row.get("label"), strip=False)}))
    records, names = read.get("actions", ([], {}))
    for number, row in records:
        action = {"title": _required(cell_string(row.get("title")), number, names["title"]),
                  "description": cell_string(row.get("description"), strip=False),
                  "impact": _score(row.get("impact"), number, names["impact"]) or 3,
                  "effort": _score(row.get("effort"), number, names["effort"]) or 3,
                  "risk": _score(row.get("risk"), number, names["risk"]),
                  "affected_share": cell_number(row.get("affected_share"), number, names["affected_share"]),
                  "status": parse_choice(row.get("status"), ActionStatus, number, names["status"]) or ActionStatus.IDEA,
                  "horizon": parse_choice(row.get("horizon"), Horizon, number, names["horizon"]),
                  "due_date": _date(row.get("due_date"), number, names["due_date"]),
                  "notes": cell_string(row.get("notes"), strip=False)}
        check_range(action["affected_share"], 0, 100, number, names["affected_share"])
        ident = whole(cell_number(row.get("id"), number, names["id"]), number, names["id"])
        extras.actions.append((number, ident, action, _ids(row.get("cards"), number, names["cards"]),
                               cell_string(row.get("department"))))
    records, names = read.get("kpis", ([], {}))
    for number, row in records:
        kpi = {"name": _required(cell_string(row.get("name")), number, names["name"]),
               "unit": cell_string(row.get("unit")), "description": cell_string(row.get("description"), strip=False),
               "direction": parse_choice(row.get("direction"), Direction, number, names["direction"])
               or Direction.HIGHER,
               **{key: cell_number(row.get(key), number, names[key]) for key in ("baseline", "target", "actual")}}
        ident = whole(cell_number(row.get("id"), number, names["id"]), number, names["id"])
        card = whole(cell_number(row.get("card"), number, names["card"]), number, names["card"])
        extras.kpis.append((number, ident, kpi, cell_string(row.get("stage")), card))
    return extras

