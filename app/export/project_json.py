"""The whole project as one JSON document: its format (tables, fields, ranges) and its export.

The document is lossless: every column of every table of :mod:`app.model.schema`
is carried, with its id, so exporting, importing into an empty project and
exporting again gives the same text. Its shape is published as a JSON Schema
in ``resources/schema/parcours-project.schema.json``::

    {"format": "parcours-project", "version": 1, "project": {...},
     "objectives": [...], "personas": [...], ..., "measurement_points": [...]}

Rows are sorted by id and their keys follow the columns' order. Persona
photos travel as base64, timestamps as ISO 8601 in UTC, scores in the scale
named by ``project.scale``. The import, which checks the whole document
before it writes a single row, is :func:`app.export.read.project_json.import_project`.
"""

from __future__ import annotations

import base64
import datetime as dt
import enum
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    select,
)
from sqlalchemy.orm import Session

from app.model.schema import (
    KPI,
    Action,
    Base,
    Card,
    CardImage,
    CardPersona,
    Channel,
    Comment,
    Department,
    Journey,
    JSONList,
    Lane,
    Link,
    MeasurementPoint,
    Objective,
    Persona,
    Project,
    Stage,
    Vote,
    VoteParticipant,
    VoteRound,
    action_card,
    journey_objective,
    journey_persona,
    persona_channel,
)

FORMAT = "parcours-project"
VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "resources" / "schema" / "parcours-project.schema.json"

#: Each list of the document and the class it carries, in the order rows are restored.
TABLES: tuple[tuple[str, type[Base]], ...] = (
    ("objectives", Objective), ("personas", Persona), ("departments", Department),
    ("channels", Channel), ("journeys", Journey), ("stages", Stage), ("lanes", Lane),
    ("cards", Card), ("links", Link), ("actions", Action), ("kpis", KPI),
    ("measurement_points", MeasurementPoint), ("card_personas", CardPersona), ("card_images", CardImage),
    # Workshop lists (dot votes, comments): a document written before them may leave them out.
    ("vote_rounds", VoteRound), ("vote_participants", VoteParticipant), ("votes", Vote), ("comments", Comment),
)
#: The workshop's lists, which an older document may lack (read as empty, see :data:`_LATER_LISTS`).
OPTIONAL_LISTS = ("vote_rounds", "vote_participants", "votes", "comments")
_LIST_OF_TABLE = {model.__tablename__: key for key, model in TABLES}

#: Many-to-many links carried as id lists: list key -> (field, table, own column, other column, target).
ASSOCIATION_FIELDS: dict[str, tuple[tuple[str, Table, str, str, str], ...]] = {
    "personas": (("channel_ids", persona_channel, "persona_id", "channel_id", "channels"),),
    "journeys": (("persona_ids", journey_persona, "journey_id", "persona_id", "personas"),
                 ("objective_ids", journey_objective, "journey_id", "objective_id", "objectives")),
    "actions": (("card_ids", action_card, "action_id", "card_id", "cards"),),
}

#: Fixed ranges of numeric columns, by column name (the database CHECKs the same).
_RANGES: dict[str, tuple[float | None, float | None]] = {
    "position": (0, None), "revision": (0, None), "digital_ease": (1, 5), "severity": (1, 5),
    "impact": (1, 5), "effort": (1, 5), "risk": (1, 5), "affected_share": (0, 100), "dots": (1, 99),
}


@dataclass(frozen=True)
class Field:
    """One key of a row: its JSON kind and the constraints an import checks."""

    name: str
    #: id, ref, refs, int, float, bool, text, colour, enum, datetime, date, photo or tags.
    kind: str
    nullable: bool = False
    enum_class: type[enum.Enum] | None = None
    low: float | None = None
    high: float | None = None
    max_length: int | None = None
    #: For ref and refs: the list the ids point into.
    target: str = ""

    @property
    def values(self) -> tuple[str, ...]:
        """The allowed values of an enum field."""
        return tuple(member.value for member in self.enum_class) if self.enum_class else ()


def _column_field(column: Any) -> Field:
    name, kind_type, nullable = column.name, column.type, column.nullable
    low, high = _RANGES.get(name, (None, None))
    if column.primary_key:
        return Field(name, "id", low=1)
    if column.foreign_keys:
        target = _LIST_OF_TABLE[next(iter(column.foreign_keys)).column.table.name]
        return Field(name, "ref", nullable, target=target)
    if isinstance(kind_type, Enum):
        return Field(name, "enum", nullable, enum_class=kind_type.enum_class)
    for sql_type, kind in ((JSONList, "tags"), (LargeBinary, "photo"), (Boolean, "bool"),
                           (DateTime, "datetime"), (Date, "date"), (Integer, "int"), (Float, "float")):
        if isinstance(kind_type, sql_type):
            return Field(name, kind, nullable, low=low, high=high)
    if isinstance(kind_type, String) and name == "colour":
        return Field(name, "colour", nullable)
    return Field(name, "text", nullable, max_length=getattr(kind_type, "length", None))


def _fields(model: type[Base], key: str) -> tuple[Field, ...]:
    columns = tuple(_column_field(c) for c in model.__table__.columns if model is not Project or c.name != "id")
    extra = tuple(Field(name, "refs", target=target) for name, *_, target in ASSOCIATION_FIELDS.get(key, ()))
    return columns + extra


#: The keys of every row, in the order the document writes them.
PROJECT_FIELDS = _fields(Project, "project")
FIELDS: dict[str, tuple[Field, ...]] = {key: _fields(model, key) for key, model in TABLES}
#: The keys of the document itself, in order.
DOCUMENT_KEYS = ("format", "version", "project", *(key for key, _ in TABLES))


# --------------------------------------------------------------------------- export


def _iso_datetime(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.isoformat() + "Z"


def _export_value(spec: Field, value: Any) -> Any:
    if value is None:
        return None
    converters: dict[str, Callable[[Any], Any]] = {
        "enum": lambda v: str(getattr(v, "value", v)), "datetime": _iso_datetime,
        "date": lambda v: v.isoformat(), "photo": lambda v: base64.b64encode(v).decode("ascii"),
        "float": float, "bool": bool, "int": int, "id": int, "ref": int, "tags": lambda v: [str(t) for t in v],
    }
    return converters.get(spec.kind, lambda v: v)(value)


def export_project(session: Session) -> dict[str, Any]:
    """The whole project in ``session`` as a JSON-ready dict (rows by id, keys in a fixed order)."""
    session.flush()
    project = session.execute(select(Project.__table__)).mappings().one()
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION,
                            "project": {f.name: _export_value(f, project[f.name]) for f in PROJECT_FIELDS}}
    for key, model in TABLES:
        table = cast(Table, model.__table__)
        lists: dict[str, dict[int, list[int]]] = {}
        for name, association, own, other, _target in ASSOCIATION_FIELDS.get(key, ()):
            lists[name] = {}
            pairs = session.execute(select(association.c[own], association.c[other])
                                    .order_by(association.c[own], association.c[other]))
            for owner, member in pairs:
                lists[name].setdefault(owner, []).append(member)
        rows = []
        for row in session.execute(select(table).order_by(table.c.id)).mappings():
            rows.append({f.name: (lists[f.name].get(row["id"], []) if f.kind == "refs"
                                  else _export_value(f, row[f.name])) for f in FIELDS[key]})
        if key == "cards":
            _number_in_cells(rows)
        data[key] = rows
    return data


def _number_in_cells(cards: list[dict[str, Any]]) -> None:
    """Number the cards' positions 0, 1, 2... in each cell (a delete leaves gaps in the file: none is written)."""
    cells: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for card in cards:
        cells.setdefault((card["lane_id"], card["stage_id"]), []).append(card)
    for members in cells.values():
        for rank, card in enumerate(sorted(members, key=lambda card: card["position"])):
            card["position"] = rank


def dumps(data: Mapping[str, Any]) -> str:
    """``data`` as JSON text: UTF-8 characters kept, indented by 2, ending with a newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
