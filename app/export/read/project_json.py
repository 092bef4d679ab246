"""A project JSON document read, checked whole, and written into a project (new, or merged into one).

The format (tables, fields, the ranges of values) is :mod:`app.export.project_json`;
:func:`import_project` checks every key, value and reference of the document
before it writes a single row.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import (
    Table,
    bindparam,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.export.project_json import (
    ASSOCIATION_FIELDS,
    DOCUMENT_KEYS,
    FIELDS,
    FORMAT,
    OPTIONAL_LISTS,
    PROJECT_FIELDS,
    TABLES,
    VERSION,
    Field,
)
from app.export.read.limits import MAX_PHOTO_BYTES, parse_json
from app.model.enums import Scale
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.schema import (
    ORDER_SCOPES,
    Base,
    Channel,
    Department,
    Journey,
    Project,
)
from app.model.text import clean_text

#: Columns in the project's scale, and the one that is a distance on it.
_SCORES = frozenset({"score", "target_score"})
_SPANS = frozenset({"drop_threshold"})
_MAX_PHOTO_BYTES = MAX_PHOTO_BYTES
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def loads(text: str | bytes) -> dict[str, Any]:
    """Parse JSON ``text``; a :class:`ModelError` names the line and column of a syntax error."""
    try:
        data = bytes(text) if isinstance(text, (bytes, bytearray)) else text.encode("utf-8", "surrogatepass")
        if isinstance(text, (bytes, bytearray)):
            text = data.decode("utf-8-sig")
        parsed: dict[str, Any] = parse_json(text, data, "JSON")
        return parsed
    except UnicodeDecodeError as error:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "The file is not text encoded in UTF-8.")) from error
    except json.JSONDecodeError as error:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "The file is not valid JSON (line {line}, column {column})."),
                         line=error.lineno, column=error.colno) from error
    except RecursionError as error:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "The file is not valid JSON (line {line}, column {column})."),
                         line=1, column=1) from error


# --------------------------------------------------------------------------- validation


def _fail(text: str, place: str, **params: Any) -> ModelError:
    return ModelError(text, place=place, **params)


def _number_text(value: float) -> str:
    return f"{value:g}"


def _check_range(place: str, value: float, low: float | None, high: float | None) -> None:
    if (low is not None and value < low) or (high is not None and value > high):
        if high is None and low is not None:
            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} should be at least {low}."), place,
                        low=_number_text(low))
        raise _fail(QT_TRANSLATE_NOOP("errors", "{place} should be between {low} and {high}."), place,
                    low=_number_text(low if low is not None else value),
                    high=_number_text(high if high is not None else value))


def _check_value(place: str, spec: Field, value: Any, scale: Scale | None) -> Any:
    """``value`` converted to what the database stores, or a ModelError naming ``place``."""
    if value is None:
        if spec.nullable:
            return None
        if spec.kind in {"text", "tags", "refs"}:
            raise _fail(_EXPECTED[spec.kind], place)
    kind = spec.kind
    if kind in {"id", "ref", "int"}:
        if type(value) is not int:
            raise _fail(_EXPECTED["int"], place)
        _check_range(place, value, spec.low, spec.high)
        return value
    if kind == "float":
        if type(value) not in (int, float) or not math.isfinite(value):
            raise _fail(_EXPECTED["float"], place)
        low, high = spec.low, spec.high
        if scale is not None and spec.name in _SCORES:
            low, high = scale.low, scale.high
        elif scale is not None and spec.name in _SPANS:
            low, high = 0.0, scale.high - scale.low
        _check_range(place, value, low, high)
        return float(value)
    if kind == "bool":
        if type(value) is not bool:
            raise _fail(_EXPECTED["bool"], place)
        return value
    if kind in {"tags", "refs"}:
        if not isinstance(value, list):
            raise _fail(_EXPECTED["list"], place)
        item = Field(spec.name, "text" if kind == "tags" else "ref")
        return [_check_value(f"{place}[{index}]", item, member, scale) for index, member in enumerate(value)]
    if kind == "enum":
        if not isinstance(value, str) or value not in spec.values:
            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} should be one of: {values}."), place,
                        values=", ".join(spec.values))
        return spec.enum_class(value) if spec.enum_class is not None else value
    if not isinstance(value, str):
        raise _fail(_EXPECTED.get(kind, _EXPECTED["text"]), place)
    if kind == "colour" and not _COLOUR.fullmatch(value):
        raise _fail(_EXPECTED["colour"], place)
    if kind == "datetime":
        return _parse_datetime(place, value)
    if kind == "date":
        try:
            if not _DATE.fullmatch(value):
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError as error:
            raise _fail(_EXPECTED["date"], place) from error
    if kind == "photo":
        return _decode_photo(place, value)
    if spec.max_length is not None and len(value) > spec.max_length:
        raise _fail(QT_TRANSLATE_NOOP("errors", "{place} is too long: at most {limit} characters."), place,
                    limit=spec.max_length)
    return clean_text(value)


_EXPECTED = {
    "int": QT_TRANSLATE_NOOP("errors", "{place} should be a whole number."),
    "float": QT_TRANSLATE_NOOP("errors", "{place} should be a number."),
    "bool": QT_TRANSLATE_NOOP("errors", "{place} should be true or false."),
    "text": QT_TRANSLATE_NOOP("errors", "{place} should be text."),
    "tags": QT_TRANSLATE_NOOP("errors", "{place} should be a list."),
    "refs": QT_TRANSLATE_NOOP("errors", "{place} should be a list."),
    "list": QT_TRANSLATE_NOOP("errors", "{place} should be a list."),
    "object": QT_TRANSLATE_NOOP("errors", "{place} should be an object."),
    "colour": QT_TRANSLATE_NOOP("errors", "{place} should be a colour such as #1A2B3C."),
    "datetime": QT_TRANSLATE_NOOP("errors", "{place} should be a date and time such as 2024-05-31T14:30:00Z."),
    "date": QT_TRANSLATE_NOOP("errors", "{place} should be a date such as 2024-05-31."),
    "photo": QT_TRANSLATE_NOOP("errors", "{place} should be an image encoded in base64."),
}


def _parse_datetime(place: str, value: str) -> dt.datetime:
    try:
        if not _DATETIME.fullmatch(value):
            raise ValueError(value)
        moment = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise _fail(_EXPECTED["datetime"], place) from error
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _decode_photo(place: str, value: str) -> bytes:
    try:
        photo = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as error:
        raise _fail(_EXPECTED["photo"], place) from error
    if len(photo) > _MAX_PHOTO_BYTES:
        raise _fail(QT_TRANSLATE_NOOP("errors", "{place} is too large: a photo may take at most 4 MB."), place)
    return photo


def _check_object(place: str, value: Any, keys: tuple[str, ...]) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise _fail(_EXPECTED["object"], place)
    prefix = f"{place}." if place else ""
    for key in keys:
        if key not in value:
            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} is missing."), prefix + key)
    unknown = sorted(set(value) - set(keys), key=str)
    if unknown:
        raise _fail(QT_TRANSLATE_NOOP("errors", "{place} is not part of a Parcours project export."),
                    prefix + str(unknown[0]))
    return value


def _check_row(place: str, value: Any, fields: tuple[Field, ...], scale: Scale | None) -> dict[str, Any]:
    row = _check_object(place, value, tuple(f.name for f in fields))
    return {f.name: _check_value(f"{place}.{f.name}", f, row[f.name], scale) for f in fields}


@dataclass
class _Document:
    """A checked document: converted values, still with the file's ids."""

    project: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]

    @property
    def scale(self) -> Scale:
        """The scale the document's scores are on."""
        scale: Scale = self.project["scale"]
        return scale


def validate(data: Any) -> _Document:
    """Check ``data`` as a whole (shape, types, enums, ranges, references); raise ModelError at the first fault."""
    if not isinstance(data, Mapping):
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "The file is not a Parcours project export: it holds no JSON object."))
    if data.get("format") != FORMAT:
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "The file is not a Parcours project export: its \"format\" is not \"parcours-project\"."))
    if "version" not in data:
        raise _fail(QT_TRANSLATE_NOOP("errors", "{place} is missing."), "version")
    version = _check_value("version", Field("version", "int"), data["version"], None)
    if version > VERSION:
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors",
            "The file comes from a newer version of Parcours (format {version}); update Parcours to import it."),
            version=version)
    _check_range("version", version, 1, VERSION)
    data = _with_later_keys(data)
    _check_object("", data, DOCUMENT_KEYS)
    project = _check_row("project", data["project"], PROJECT_FIELDS, None)
    rows: dict[str, list[dict[str, Any]]] = {}
    for key, _model in TABLES:
        if not isinstance(data[key], list):
            raise _fail(_EXPECTED["list"], key)
        rows[key] = [_check_row(f"{key}[{index}]", item, FIELDS[key], project["scale"])
                     for index, item in enumerate(data[key])]
    document = _Document(project, rows)
    _check_references(document)
    return document


#: Lists and nullable fields added after the first release of format 1: an older export without them imports.
_LATER_LISTS = ("card_personas", "card_images", *OPTIONAL_LISTS)
_LATER_FIELDS = {"project": ("target_score", "drop_threshold"), "channels": ("colour",)}


def _with_later_keys(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """``data`` with the lists and fields an older export lacks filled in (empty lists, nulls)."""
    data = dict(data)
    for key in _LATER_LISTS:
        data.setdefault(key, [])
    if isinstance(data.get("project"), Mapping):
        data["project"] = {**{name: None for name in _LATER_FIELDS["project"]}, **data["project"]}
    if isinstance(data.get("channels"), list):
        data["channels"] = [{**{name: None for name in _LATER_FIELDS["channels"]}, **row}
                            if isinstance(row, Mapping) else row for row in data["channels"]]
    return data


def _check_references(document: _Document) -> None:
    rows = document.rows
    by_id: dict[str, dict[int, dict[str, Any]]] = {}
    for key, _model in TABLES:
        by_id[key] = {}
        for index, row in enumerate(rows[key]):
            if row["id"] in by_id[key]:
                raise _fail(QT_TRANSLATE_NOOP("errors", "{place} repeats the id {value} of another row."),
                            f"{key}[{index}].id", value=row["id"])
            by_id[key][row["id"]] = row
    for key, _model in TABLES:
        for index, row in enumerate(rows[key]):
            for spec in FIELDS[key]:
                place, value = f"{key}[{index}].{spec.name}", row[spec.name]
                if spec.kind == "ref" and value is not None:
                    _check_target(place, spec.target, value, by_id)
                elif spec.kind == "refs":
                    for position, member in enumerate(value):
                        if member in value[:position]:
                            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} lists {value} twice."), place,
                                        value=member)
                        _check_target(f"{place}[{position}]", spec.target, member, by_id)
    lane_journey = {row["id"]: row["journey_id"] for row in rows["lanes"]}
    stage_journey = {row["id"]: row["journey_id"] for row in rows["stages"]}
    card_journey = {}
    for index, card in enumerate(rows["cards"]):
        card_journey[card["id"]] = lane_journey[card["lane_id"]]
        if lane_journey[card["lane_id"]] != stage_journey[card["stage_id"]]:
            raise _fail(QT_TRANSLATE_NOOP(
                "errors", "{place} puts the card in a lane and a stage of different journeys."), f"cards[{index}]")
    pairs: set[tuple[int, int]] = set()
    for index, link in enumerate(rows["links"]):
        place, pair = f"links[{index}]", (link["source_id"], link["target_id"])
        if pair[0] == pair[1]:
            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} links a card to itself."), place)
        if card_journey[pair[0]] != card_journey[pair[1]]:
            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} links cards of different journeys."), place)
        if pair in pairs:
            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} repeats a link between the same two cards."), place)
        pairs.add(pair)
    for index, journey in enumerate(rows["journeys"]):
        if journey["derived_from_id"] == journey["id"]:
            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} says the journey is derived from itself."),
                        f"journeys[{index}].derived_from_id")
    keys: set[str] = set()
    for index, channel in enumerate(rows["channels"]):
        if channel["key"] in keys:
            raise _fail(QT_TRANSLATE_NOOP("errors", "{place} repeats the channel key {value}."),
                        f"channels[{index}].key", value=channel["key"])
        keys.add(channel["key"])


def _check_target(place: str, target: str, value: int, by_id: dict[str, dict[int, Any]]) -> None:
    if value not in by_id[target]:
        raise _fail(QT_TRANSLATE_NOOP(
            "errors", "{place} refers to {target} id {value}, which is not in the file."),
            place, target=target, value=value)


# --------------------------------------------------------------------------- import


@dataclass
class ImportReport:
    """What :func:`import_project` did."""

    #: False: the project was empty and took the file's ids; True: rows were added after existing ones.
    appended: bool
    #: Rows added, by list name (``cards``...), and association links added (``card_ids``...).
    added: dict[str, int] = field(default_factory=dict)
    #: Rows of the file matched to existing ones instead (``channels`` by key, ``departments`` by name).
    matched: dict[str, int] = field(default_factory=dict)
    #: The file's scale when its scores were converted to the project's, else None.
    rescaled_from: Scale | None = None
    #: For each list: the file's id -> the id in the project.
    ids: dict[str, dict[int, int]] = field(default_factory=dict)


def import_project(session: Session, data: Mapping[str, Any] | str | bytes) -> ImportReport:
    """Import a document from :func:`export_project` (or its JSON text) into ``session``.

    An empty project (only its Project row) takes everything, ids and project
    fields included. A project with content keeps all it has: the file's rows
    are added with new ids after the existing ones, channels are matched by
    key and departments by name, and scores are converted to the project's
    scale. The document is checked as a whole first; on any error a
    :class:`ModelError` names the place and the session is as it was. The
    caller commits.
    """
    document = validate(loads(data) if isinstance(data, (str, bytes, bytearray)) else data)
    with session.begin_nested():
        try:
            report = _write(session, document)
        except IntegrityError as error:
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "The file contradicts the project's rules and was not imported.")) from error
    session.expire_all()
    return report


def _is_empty(session: Session) -> bool:
    return all(session.execute(select(model.__table__.c.id).limit(1)).first() is None for _key, model in TABLES)


def _write(session: Session, document: _Document) -> ImportReport:
    appended = not _is_empty(session)
    report = ImportReport(appended=appended)
    project_table = cast(Table, Project.__table__)
    if appended:
        scale = session.execute(select(project_table.c.scale)).scalar_one()
    else:
        scale = document.scale
        if session.execute(select(project_table.c.id)).first() is None:
            session.execute(insert(project_table).values(id=1, **document.project))
        else:
            session.execute(update(project_table).values(**document.project))
    if scale != document.scale:
        report.rescaled_from = document.scale
    ids, skipped = report.ids, set()
    for key, model in TABLES:
        if appended:
            ids[key], matched = _new_ids(session, model, document.rows[key])
            skipped |= {(key, ident) for ident in matched}
            if model in (Channel, Department):
                report.matched[key] = len(matched)
        else:
            ids[key] = {row["id"]: row["id"] for row in document.rows[key]}
    for key, model in TABLES:
        table = cast(Table, model.__table__)
        rows = [_mapped_row(key, row, ids, document.scale, scale)
                for row in document.rows[key] if (key, row["id"]) not in skipped]
        _dense_positions(session, model, rows, appended)
        # Journeys may derive from journeys listed after them: link them once all exist.
        derived = ([{"_id": row["id"], "_from": row.pop("derived_from_id")} for row in rows]
                   if model is Journey else [])
        if rows:
            session.execute(insert(table), rows)
        report.added[key] = len(rows)
        derived = [link for link in derived if link["_from"] is not None]
        if derived:
            session.execute(update(table).where(table.c.id == bindparam("_id"))
                            .values(derived_from_id=bindparam("_from")), derived)
    for key, _model in TABLES:
        for name, association, own, other, target in ASSOCIATION_FIELDS.get(key, ()):
            links = [{own: ids[key][row["id"]], other: ids[target][member]}
                     for row in document.rows[key] if (key, row["id"]) not in skipped for member in row[name]]
            if links:
                session.execute(insert(association), links)
            report.added[name] = len(links)
    session.flush()
    return report


def _new_ids(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> tuple[dict[int, int], set[int]]:
    """Ids for appended rows after the existing ones, and the file's ids matched to existing rows.

    Channels match by key, departments by name (case and spacing aside); other rows are all new.
    """
    table = model.__table__
    existing: dict[str, int] = {}
    if model is Channel:
        existing = dict(session.execute(select(table.c["key"], table.c.id)).all())
    elif model is Department:
        for name, ident in session.execute(select(table.c["name"], table.c.id).order_by(table.c.position)):
            existing.setdefault(_name_key(name), ident)
    next_id = (session.execute(select(func.max(table.c.id))).scalar() or 0) + 1
    mapping: dict[int, int] = {}
    matched: set[int] = set()
    for row in sorted(rows, key=lambda r: r["id"]):
        match = existing.get(row["key"] if model is Channel else _name_key(row["name"])) if existing else None
        if match is not None:
            mapping[row["id"]] = match
            matched.add(row["id"])
        else:
            mapping[row["id"]], next_id = next_id, next_id + 1
    return mapping, matched


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _mapped_row(key: str, row: dict[str, Any], ids: dict[str, dict[int, int]], source: Scale,
                scale: Scale) -> dict[str, Any]:
    """A row ready to insert: ids remapped, scores converted, association lists left out."""
    result: dict[str, Any] = {}
    for spec in FIELDS[key]:
        value = row[spec.name]
        if spec.kind == "refs":
            continue
        if spec.kind == "id":
            value = ids[key][value]
        elif spec.kind == "ref" and value is not None:
            value = ids[spec.target][value]
        elif value is not None and source != scale and spec.name in _SCORES:
            value = source.rescale(value, scale)
        elif value is not None and source != scale and spec.name in _SPANS:
            value = round(value * (scale.high - scale.low) / (source.high - source.low), 2)
        result[spec.name] = value
    return result


def _dense_positions(session: Session, model: type[Base], rows: list[dict[str, Any]], appended: bool) -> None:
    """Number ``position`` 0, 1, 2... within each parent (after existing rows when appending)."""
    if model not in ORDER_SCOPES:
        return
    scope = ORDER_SCOPES[model]
    offset = 0
    if appended and not scope:
        highest = session.execute(select(func.max(model.__table__.c.position))).scalar()
        offset = 0 if highest is None else highest + 1
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(row[name] for name in scope), []).append(row)
    for group in groups.values():
        for rank, row in enumerate(sorted(group, key=lambda r: (r["position"], r["id"]))):
            row["position"] = offset + rank
