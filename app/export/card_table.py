"""The long table of cards that CSV and XLSX share: its columns, how a journey fills it, how cells are read.

See :mod:`app.export.spreadsheet` for the table and its formats. The
importer (:mod:`app.export.read.spreadsheet`) and the workbook writer
(:mod:`app.export.workbook`) both build on this module.
"""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.export.workbook_words import column_keys, enum_words, normalise
from app.model.enums import LaneKind
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.journey_data import journey_or_first
from app.model.schema import Card, Lane, Stage

__all__ = ["ALIASES", "COLUMNS", "ENUM_ALIASES", "HEADERS", "LANE_WORDS", "NO", "REQUIRED", "TAG_SEPARATOR", "YES",
           "cell_error", "cell_text", "guess_lane_kind", "normalise", "parse_boolean", "parse_choice",
           "parse_lane_kind", "table", "table_rows", "cell_string", "cell_number", "check_range", "whole"]

#: The columns of the long table, in order.
COLUMNS: tuple[str, ...] = (
    "stage", "stage_position", "lane", "lane_kind", "position", "title", "body", "channel", "department",
    "score", "emotion", "interaction", "severity", "affected_share", "evidence", "evidence_status",
    "moment_of_truth", "tags", "note", "duration", "colour",
)
#: The columns every row must fill.
REQUIRED = ("title", "stage", "lane")
#: What joins (and splits) the tags of a card in one cell.
TAG_SEPARATOR = "; "
#: Other names of each column (compared without case, accents, spaces, ``_`` or ``-``).
ALIASES: dict[str, tuple[str, ...]] = {
    "stage": ("étape", "phase"), "stage_position": ("position de l'étape", "ordre de l'étape", "stage order"),
    "lane": ("couloir", "ligne", "swimlane"), "lane_kind": ("type de couloir", "nature du couloir", "lane type"),
    "position": ("rang", "ordre", "order"), "title": ("titre", "nom", "name"),
    "body": ("texte", "description", "contenu", "text"), "channel": ("canal",),
    "department": ("service", "département", "team", "équipe"),
    "score": ("note de satisfaction", "satisfaction"), "emotion": ("émotion",),
    "interaction": ("nature",), "severity": ("gravité", "sévérité"),
    "affected_share": ("part concernée", "part des clients concernés", "share affected", "% affected"),
    "evidence": ("source", "preuve"), "evidence_status": ("statut de la preuve", "statut"),
    "moment_of_truth": ("moment de vérité",), "tags": ("étiquettes", "mots-clés"),
    "note": ("remarque", "commentaire", "comment"), "duration": ("durée",), "colour": ("couleur", "color"),
}
#: French words for the enumerations' values, by their normalised spelling.
ENUM_ALIASES = {
    "joie": "joy", "confiance": "trust", "soulagement": "relief", "neutre": "neutral", "anxiete": "anxiety",
    "colere": "anger", "tristesse": "sadness", "numerique": "digital", "humain": "human",
    "entretien": "interview", "enquete": "survey", "analytique": "analytics",
    "service client": "customer_service", "reseaux sociaux": "social_media", "observe": "observed",
    "suppose": "assumed",
}
#: Words that give away a lane's kind when the table does not say it, tried in this order.
LANE_WORDS: tuple[tuple[LaneKind, tuple[str, ...]], ...] = (
    (LaneKind.STEPS, ("step", "what the", "ce que", "action", "activit")),
    (LaneKind.TOUCHPOINTS, ("touchpoint", "touch point", "point de contact", "points de contact")),
    (LaneKind.EMOTIONS, ("emotion", "feeling", "ressenti")),
    (LaneKind.EXPECTATIONS, ("expectation", "attente")),
    (LaneKind.IRRITANTS, ("irritant", "pain", "frustration")),
    (LaneKind.ENCHANTMENTS, ("delight", "enchant", "wow")),
    (LaneKind.FRONT_STAGE, ("front",)), (LaneKind.BACK_STAGE, ("back", "coulisse")),
    (LaneKind.SUPPORT_SYSTEMS, ("system", "tool", "outil")), (LaneKind.OPPORTUNITIES, ("opportunit", "idea")),
    (LaneKind.KPIS, ("kpi", "indicat", "metric")), (LaneKind.DATA, ("data", "donnee")),
    (LaneKind.EMPLOYEE, ("employee", "salarie", "collaborat", "staff")),
    (LaneKind.EXTERNALITIES, ("extern",)), (LaneKind.NOTES, ("note",)),
)
#: How a yes/no cell may be spelled (normalised), in English or French.
YES = {"yes", "y", "true", "1", "oui", "o", "vrai", "x"}
NO = {"no", "n", "false", "0", "non", "faux"}


#: Every header the importer knows (normalised) -> its column; ``id`` and ``curve_moment`` are the workbook's.
HEADERS = {**column_keys("cards"),
           **{normalise(alias): column for column in COLUMNS for alias in (column, *ALIASES.get(column, ()))}}


def guess_lane_kind(name: str) -> LaneKind | None:
    """The kind of lane a name suggests (``Points de contact``: touchpoints), or None."""
    text = normalise(name)
    return next((kind for kind, words in LANE_WORDS if any(word in text for word in words)), None)


def cell_error(text: str, row: int, column: str, **params: Any) -> ModelError:
    """A refusal naming the row and the column (``{row}``, ``{column}`` in ``text``)."""
    return ModelError(text, row=row, column=column, **params)


def parse_choice(value: Any, choices: type[enum.Enum], row: int, column: str) -> Any:
    """The member of the enum ``choices`` a cell names (its value, or a French word), or None."""
    text = normalise(cell_text(value))
    if not text:
        return None
    text = enum_words(choices).get(text) or ENUM_ALIASES.get(text, text).replace(" ", "_")
    try:
        return choices(text)
    except ValueError:
        raise cell_error(QT_TRANSLATE_NOOP(
            "errors", "Row {row}, column {column}: {value} should be one of: {values}."),
            row, column, value=cell_text(value), values=", ".join(m.value for m in choices)) from None


def parse_boolean(value: Any, row: int, column: str) -> bool | None:
    """A yes/no cell (in English or French, or 1/0) as a boolean, or None when empty."""
    if value is None or isinstance(value, bool):
        return value
    text = normalise(cell_text(value))
    if not text:
        return None
    if text in YES or text in NO:
        return text in YES
    raise cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, column {column}: {value} should be yes or no."),
                     row, column, value=cell_text(value))


def parse_lane_kind(value: str, name: str, row: int, column: str) -> LaneKind:
    """The kind written in the table, else the one the lane's name suggests, else notes."""
    if not normalise(value):
        return guess_lane_kind(name) or LaneKind.NOTES
    try:
        return LaneKind(enum_words(LaneKind).get(normalise(value)) or normalise(value).replace(" ", "_"))
    except ValueError:
        kind = guess_lane_kind(value)
    if kind is None:
        raise cell_error(QT_TRANSLATE_NOOP(
            "errors", "Row {row}, column {column}: {value} should be one of: {values}."),
            row, column, value=value, values=", ".join(member.value for member in LaneKind))
    return kind


# --------------------------------------------------------------------------- the table of a journey


def _value(enum_or_value: Any) -> Any:
    return getattr(enum_or_value, "value", enum_or_value)


def table(session: Session, journey_id: int | None = None) -> list[tuple[Card, dict[str, Any]]]:
    """Each card of a journey (default: the first) in the table's order, with its row (see :func:`table_rows`)."""
    journey = journey_or_first(session, journey_id)
    cards = session.scalars(
        select(Card).join(Lane, Card.lane_id == Lane.id).join(Stage, Card.stage_id == Stage.id)
        .where(Lane.journey_id == journey.id)
        .order_by(Lane.position, Stage.position, Card.position)
        .options(selectinload(Card.lane), selectinload(Card.stage), selectinload(Card.channel),
                 selectinload(Card.department))).all()
    # A card's place in its cell, from 1 (its position may be further on: a delete leaves gaps).
    places: dict[tuple[int, int], int] = {}
    rank: dict[int, int] = {}
    for card in cards:
        cell = (card.lane_id, card.stage_id)
        rank[card.id] = places[cell] = places.get(cell, 0) + 1
    return [(card, {
        "stage": card.stage.name, "stage_position": card.stage.position + 1, "lane": card.lane.name,
        "lane_kind": _value(card.lane.kind), "position": rank[card.id], "title": card.title,
        "body": card.body, "channel": card.channel.key if card.channel else None,
        "department": card.department.name if card.department else None, "score": card.score,
        "emotion": _value(card.emotion), "interaction": _value(card.interaction), "severity": card.severity,
        "affected_share": card.affected_share, "evidence": _value(card.evidence),
        "evidence_status": _value(card.evidence_status), "moment_of_truth": card.moment_of_truth,
        "tags": TAG_SEPARATOR.join(card.tags or []) or None, "note": card.note, "duration": card.duration,
        "colour": card.colour,
    }) for card in cards]


def table_rows(session: Session, journey_id: int | None = None) -> list[dict[str, Any]]:
    """The long table of a journey (default: the first): one dict per card, keys :data:`COLUMNS`.

    Values are typed: text, numbers (positions are 1-based), booleans or None.
    """
    return [row for _card, row in table(session, journey_id)]


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def cell_text(value: Any) -> str:
    """A table value as CSV text: numbers without a useless ``.0``, booleans as yes/no, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return _number_text(value)
    return str(value)


# --------------------------------------------------------------------------- reading cells


def cell_string(value: Any, *, strip: bool = True) -> str:
    """A cell as text: names are stripped, free text is kept as typed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if strip else str(value)


def cell_number(value: Any, row: int, column: str) -> float | None:
    """A number cell (a decimal comma, spaces and a trailing % allowed), None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "").rstrip("%").replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            number = None
    if number is None or number != number or number in (float("inf"), float("-inf")):
        raise cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, column {column}: {value} is not a number."),
                         row, column, value=cell_string(value))
    return number


def check_range(number: float | None, low: float, high: float, row: int, column: str) -> None:
    """Refuse a number outside ``low..high``, naming the row and the column."""
    if number is not None and not low <= number <= high:
        raise cell_error(QT_TRANSLATE_NOOP(
            "errors", "Row {row}, column {column}: {value} should be between {low} and {high}."),
            row, column, value=f"{number:g}", low=f"{low:g}", high=f"{high:g}")


def whole(number: float | None, row: int, column: str) -> int | None:
    """``number`` as an int, refusing a fraction with the row and the column."""
    if number is not None and not number.is_integer():
        raise cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, column {column}: {value} is not a whole number."),
                         row, column, value=f"{number:g}")
    return None if number is None else int(number)
