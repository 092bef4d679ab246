"""What the .ojf and Mermaid importers share: the plan of a new journey, written in one go, and its result.

An importer reads and checks a whole file into a :class:`JourneyPlan`
(stages, lanes, cards, personas) without touching the project, then
:func:`write_plan` writes it in one savepoint: a file refused half way
leaves nothing behind. :class:`InterchangeImport` is what the caller (the
command line, the editor's File > Import) gets back.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.export.read.limits import MAX_FILE_BYTES, read_capped
from app.model import ops
from app.model.enums import LaneKind, StageSide
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.fields import check_fields
from app.model.schema import Card, Department, Persona, Project
from app.model.text import clean_text

#: Files larger than this are refused before they are parsed.
MAX_BYTES = MAX_FILE_BYTES


@dataclass(frozen=True)
class InterchangeImport:
    """What an import did: the new journey, how many cards it holds, and warnings for the user."""

    journey_id: int
    cards: int
    #: Translatable sentences (fields ignored, scores rescaled, personas added...).
    warnings: tuple[ParcoursError, ...] = ()


# --------------------------------------------------------------------------- shared helpers


def rescale(value: float, low: float, high: float, to_low: float, to_high: float) -> float:
    """``value`` moved linearly from ``low..high`` onto ``to_low..to_high``, clamped, to 2 decimals.

    A range of one value (``low == high``) maps everything to the middle of the target.
    """
    ratio = 0.5 if high == low else (value - low) / (high - low)
    result = round(to_low + min(1.0, max(0.0, ratio)) * (to_high - to_low), 2)
    return result + 0.0  # no -0.0


def plain_number(value: float) -> int | float:
    """``value`` as an int when it is whole (``2`` rather than ``2.0`` in JSON)."""
    return int(value) if float(value).is_integer() else value


@dataclass
class PlannedCard:
    """A card to create: its cell (indexes into the plan's stages and lanes) and checked fields."""

    stage: int
    lane: int
    fields: dict[str, Any]
    #: (name, side) of the department behind the card, matched by name or added.
    department: tuple[str, StageSide] | None = None


@dataclass
class JourneyPlan:
    """A whole new journey, read and checked, ready for :func:`write_plan`."""

    title: str
    journey_fields: dict[str, Any] = field(default_factory=dict)
    #: (name, description) of each stage, in order.
    stages: list[tuple[str, str]] = field(default_factory=list)
    #: (kind, name) of each lane, in order.
    lanes: list[tuple[LaneKind, str]] = field(default_factory=list)
    personas: list[str] = field(default_factory=list)
    cards: list[PlannedCard] = field(default_factory=list)


_CARD_DEFAULTS: dict[str, Any] = {
    "title": "", "body": "", "colour": None, "tags": [], "note": "", "score": None, "emotion": None,
    "interaction": None, "duration": "", "is_first": False, "is_last": False, "moment_of_truth": None,
    "severity": None, "affected_share": None, "evidence": None, "evidence_status": None,
    "channel_id": None, "department_id": None,
}


def name_key(name: str) -> str:
    """How two names of people are matched: NFKC, casefolded, spaces collapsed; never empty.

    Unlike :func:`~app.export.spreadsheet.normalise` it keeps every script:
    ``Иван``, ``王芳`` and ``김민준`` stay three names, ``ＡＮＮＡ`` and
    ``anna`` are one.
    """
    key = " ".join(unicodedata.normalize("NFKC", name).casefold().split())
    return key or name


def _persona_ids(session: Session, names: list[str], warnings: list[ParcoursError]) -> list[int]:
    existing: dict[str, int] = {}
    for ident, name in session.execute(select(Persona.id, Persona.name).order_by(Persona.position)):
        existing.setdefault(name_key(name), ident)
    ids: list[int] = []
    for name in names:
        key = name_key(name)
        if key not in existing:
            existing[key] = ops.apply(session, ops.Op(ops.add_persona, {"name": name})).result
            warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
                "errors", "The persona {name} was added to the project."), name=name))
        if existing[key] not in ids:
            ids.append(existing[key])
    return ids


def _department_id(session: Session, name: str, side: StageSide, cache: dict[str, int],
                   added: list[str]) -> int:
    key = name_key(name)
    if not cache:
        cache.update({name_key(n): i for i, n in session.execute(select(Department.id, Department.name))})
    if key not in cache:
        cache[key] = ops.apply(session, ops.Op(ops.add_department, {"name": name, "side": side})).result
        added.append(name)
    return cache[key]


def write_plan(session: Session, plan: JourneyPlan, warnings: list[ParcoursError]) -> InterchangeImport:
    """Create ``plan`` as a new journey inside one savepoint: all of it, or nothing on error.

    Personas are matched by name (without case or accents) or added;
    departments likewise. Cards go in with one INSERT after
    :func:`check_fields`. The caller commits.
    """
    project = session.get(Project, 1)  # held, so that the identity map keeps it for check_fields
    with session.begin_nested():
        journey_id = ops.add_journey(session, plan.title, **plan.journey_fields).result
        stage_ids = [ops.add_stage(session, journey_id, name, description=description).result
                     for name, description in plan.stages]
        lane_ids = [ops.add_lane(session, journey_id, kind, name=name).result for kind, name in plan.lanes]
        if plan.personas:
            ops.set_journey_personas(session, journey_id, _persona_ids(session, plan.personas, warnings))
        departments: dict[str, int] = {}
        added: list[str] = []
        cells: dict[tuple[int, int], int] = {}
        rows = []
        for card in plan.cards:
            cell = (lane_ids[card.lane], stage_ids[card.stage])
            fields = check_fields(session, Card, {key: value for key, value in card.fields.items()
                                                  if value not in (None, "", [])})
            row = {**_CARD_DEFAULTS, **fields, "lane_id": cell[0], "stage_id": cell[1],
                   "position": cells.get(cell, 0),
                   **{key: clean_text(fields.get(key, "")) for key in ("title", "body", "note", "duration")}}
            if card.department is not None:
                row["department_id"] = _department_id(session, *card.department, departments, added)
            rows.append(row)
            cells[cell] = cells.get(cell, 0) + 1
        if added:
            warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
                "errors", "These departments were added to the project: {names}."), names=", ".join(added)))
        if rows:
            # One INSERT into the new journey's empty cells (ops.add_cards opens a gap per card).
            session.execute(insert(Card), rows)
    session.expire_all()
    del project
    return InterchangeImport(journey_id, len(rows), tuple(warnings))


def source_bytes(source: Path | str | bytes, limit: int | None = None) -> tuple[bytes, str | None]:
    """The bytes of ``source`` (a path or bytes) and the file's stem, refusing files over ``limit``.

    ``limit`` defaults to :data:`MAX_BYTES`; the file is read in chunks and
    never past the limit (:func:`app.export.read.limits.read_capped`).
    """
    data = read_capped(source, MAX_BYTES if limit is None else limit)
    return data, None if isinstance(source, (bytes, bytearray)) else Path(source).stem
