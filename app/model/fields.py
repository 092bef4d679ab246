"""Validation of the fields an edit sets, before they reach the database.

The database CHECKs the same rules (and stays the last word), but the user
should read one clear sentence, not an IntegrityError: every rule here names
the field and the value it refuses.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Enum, Float, Integer, LargeBinary, String, Text, inspect
from sqlalchemy.orm import Session

from app.model.enums import SCORE_MAX, SCORE_MIN, Scale
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.schema import ORDER_SCOPES, Base, JSONList, Project

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_ONE_TO_FIVE = {"severity", "impact", "effort", "risk", "digital_ease"}
_SCORES = {"score", "target_score"}
_MAX_PHOTO = 4 * 1024 * 1024


def project_scale(session: Session) -> Scale:
    """The project's satisfaction scale (0..10 when the project row is missing)."""
    project = session.get(Project, 1)
    return Scale(project.scale) if project is not None else Scale.ZERO_TEN


@functools.cache
def editable_fields(cls: type[Base]) -> dict[str, Any]:
    """Column name -> Column of the fields an ``update_*`` op may set (not ids, positions, parents)."""
    fixed = {"id", "position", *ORDER_SCOPES.get(cls, ())}
    return {attr.key: attr.columns[0] for attr in inspect(cls).column_attrs if attr.key not in fixed}


def check_fields(session: Session, cls: type[Base], fields: dict[str, Any],
                 allowed: dict[str, Any] | None = None) -> dict[str, Any]:
    """Return ``fields`` coerced to their column types, or raise ModelError naming the bad one."""
    allowed = editable_fields(cls) if allowed is None else allowed
    result: dict[str, Any] = {}
    scale: Scale | None = None
    for name, value in fields.items():
        column = allowed.get(name)
        if column is None:
            raise ModelError(QT_TRANSLATE_NOOP("errors", "A {table} has no field named {field}."),
                             table=cls.__tablename__, field=name)
        value = _coerce(column, name, value)
        if value is not None:
            if name in _SCORES:
                scale = scale or project_scale(session)
                _check_range(name, value, scale.low, scale.high)
            elif name in _ONE_TO_FIVE:
                _check_range(name, value, 1, 5)
            elif name == "affected_share":
                _check_range(name, value, 0, 100)
            elif name == "drop_threshold":
                _check_range(name, value, 0, SCORE_MAX - SCORE_MIN)
            elif name == "colour" and not _COLOUR.match(value):
                raise ModelError(QT_TRANSLATE_NOOP("errors", "{value} is not a colour such as #1A2B3C."),
                                 value=value)
            elif name == "photo" and len(value) > _MAX_PHOTO:
                raise ModelError(QT_TRANSLATE_NOOP("errors", "The photo is too large: at most 4 MB."))
            for fk in column.foreign_keys:
                target = fk.column.table
                if session.execute(target.select().where(fk.column == value)).first() is None:
                    raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no {table} {value}."),
                                     table=target.name, value=value)
        result[name] = value
    return result


def _check_range(name: str, value: float, low: float, high: float) -> None:
    if not low <= value <= high:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "{field} must be between {low} and {high}, not {value}."),
                         field=name, low=_num(low), high=_num(high), value=_num(value))


def _num(value: float) -> str:
    return f"{value:g}"


def _refuse(name: str, value: Any) -> ModelError:
    return ModelError(QT_TRANSLATE_NOOP("errors", "{value} is not a valid value for {field}."),
                      value=repr(value), field=name)


def _coerce(column: Any, name: str, value: Any) -> Any:
    kind = column.type
    if value is None:
        if not column.nullable:
            raise _refuse(name, value)
        return None
    if isinstance(kind, Enum) and kind.enum_class is not None:  # every Enum column of the schema has its class
        enum_class: type[enum.Enum] = kind.enum_class
        try:
            return enum_class(value.value if isinstance(value, enum.Enum) else value)
        except ValueError:
            raise _refuse(name, value) from None
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _refuse(name, value)
        return value
    if isinstance(kind, Integer):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
            raise _refuse(name, value)
        return int(value)
    if isinstance(kind, Float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            raise _refuse(name, value)
        return float(value)
    if isinstance(kind, JSONList):
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise _refuse(name, value)
        return list(value)
    if isinstance(kind, (Text, String)):
        if not isinstance(value, str):
            raise _refuse(name, value)
        return value
    if isinstance(kind, DateTime):
        try:
            return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
        except (TypeError, ValueError):
            raise _refuse(name, value) from None
    if isinstance(kind, Date):
        try:
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise ModelError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a date: write it as 2027-01-15."),
                             value=str(value)) from None
    if isinstance(kind, LargeBinary):
        if not isinstance(value, (bytes, bytearray)):
            raise _refuse(name, value)
        return bytes(value)
    return value
