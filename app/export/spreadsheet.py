"""A journey as a spreadsheet: a long table of cards (CSV or XLSX), and its import back.

The long table has one row per card and the columns of :data:`COLUMNS`, in
that order, with English headers (the importer also knows French ones). Rows
follow the map: lane by lane, then stage by stage, then the card's place in
its cell, so lanes appear in their order and ``stage_position`` puts the
stages back in theirs. Enumerations travel as the values the project file
stores (``touchpoints``, ``frustration``...), the channel as its key, the
department as its name, tags joined with ``"; "``. Empty lanes and stages
carry no card, so the table does not carry them either.

CSV is written in UTF-8 with a byte order mark, so that Excel shows accents
right, RFC 4180 quoting and CRLF line ends. The separator is the comma: it
is what RFC 4180, LibreOffice, Google Sheets, pandas and English Excel
expect; a French Excel opens such a file in one column on a double click,
but its Data > From Text import reads it, and the importer accepts the
semicolons (and tabs) that a French Excel writes back.

The XLSX workbook holds the same table (sheet ``Cards``, header row bold and
frozen), a ``Matrix`` sheet (stages across, lanes down, card titles in each
cell), and ``Personas``, ``Actions`` and ``KPIs`` sheets when the project has
them. Its bytes depend only on the project: the workbook's created/modified
properties are the journey's modification time and every zip entry is dated
1980-01-01.

The import lives in :mod:`app.export.spreadsheet_read` (:func:`import_table`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.export.csv_dialect import STANDARD, CsvDialect, neutralise
from app.export.files import write_bytes_atomically
from app.export.progress import ExportCancelled, Progress, step
from app.model.enums import LaneKind
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.journey_data import journey_or_first
from app.model.schema import KPI, Action, Card, Journey, Lane, Persona, Stage

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
#: The sheets of the workbook that the importer and other programs look for.
CARDS_SHEET = "Cards"
MATRIX_SHEET = "Matrix"
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_WIDTHS = {"stage": 22, "lane": 24, "lane_kind": 16, "title": 36, "body": 48, "note": 30, "tags": 20}


def normalise(text: str) -> str:
    """``text`` without case, accents, ``_``/``-`` or repeated spaces: how headers and values are compared."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[_\-\s]+", " ", text.casefold()).split())


HEADERS = {normalise(alias): column for column in COLUMNS for alias in (column, *ALIASES.get(column, ()))}


def guess_lane_kind(name: str) -> LaneKind | None:
    """The kind of lane a name suggests (``Points de contact``: touchpoints), or None."""
    text = normalise(name)
    return next((kind for kind, words in LANE_WORDS if any(word in text for word in words)), None)


def cell_error(text: str, row: int, column: str, **params: Any) -> ModelError:
    """A refusal naming the row and the column (``{row}``, ``{column}`` in ``text``)."""
    return ModelError(text, row=row, column=column, **params)


def parse_choice(value: Any, choices: type, row: int, column: str) -> Any:
    """The member of the enum ``choices`` a cell names (its value, or a French word), or None."""
    text = normalise(cell_text(value))
    if not text:
        return None
    text = ENUM_ALIASES.get(text, text).replace(" ", "_")
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
        return LaneKind(normalise(value).replace(" ", "_"))
    except ValueError:
        kind = guess_lane_kind(value)
    if kind is None:
        raise cell_error(QT_TRANSLATE_NOOP(
            "errors", "Row {row}, column {column}: {value} should be one of: {values}."),
            row, column, value=value, values=", ".join(member.value for member in LaneKind))
    return kind


# --------------------------------------------------------------------------- export


def _value(enum_or_value: Any) -> Any:
    return getattr(enum_or_value, "value", enum_or_value)


def table_rows(session: Session, journey_id: int | None = None) -> list[dict[str, Any]]:
    """The long table of a journey (default: the first): one dict per card, keys :data:`COLUMNS`.

    Values are typed: text, numbers (positions are 1-based), booleans or None.
    """
    journey = journey_or_first(session, journey_id)
    cards = session.scalars(
        select(Card).join(Lane, Card.lane_id == Lane.id).join(Stage, Card.stage_id == Stage.id)
        .where(Lane.journey_id == journey.id)
        .order_by(Lane.position, Stage.position, Card.position)
        .options(selectinload(Card.lane), selectinload(Card.stage), selectinload(Card.channel),
                 selectinload(Card.department))).all()
    return [{
        "stage": card.stage.name, "stage_position": card.stage.position + 1, "lane": card.lane.name,
        "lane_kind": _value(card.lane.kind), "position": card.position + 1, "title": card.title,
        "body": card.body, "channel": card.channel.key if card.channel else None,
        "department": card.department.name if card.department else None, "score": card.score,
        "emotion": _value(card.emotion), "interaction": _value(card.interaction), "severity": card.severity,
        "affected_share": card.affected_share, "evidence": _value(card.evidence),
        "evidence_status": _value(card.evidence_status), "moment_of_truth": card.moment_of_truth,
        "tags": TAG_SEPARATOR.join(card.tags or []) or None, "note": card.note, "duration": card.duration,
        "colour": card.colour,
    } for card in cards]


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
               dialect: CsvDialect = STANDARD) -> None:
    """Write :func:`csv_bytes` to ``path`` (atomically)."""
    write_bytes_atomically(Path(path), csv_bytes(session, journey_id, dialect))


# --------------------------------------------------------------------------- XLSX


def _cells(sheet: Any, values: Iterable[Any], *, font: Any = None, alignment: Any = None) -> list[Any]:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    if font is None and alignment is None:  # plain values are much cheaper to write than cells
        return [_cells(sheet, [value], font=Font())[0] if isinstance(value, str) and value.startswith("=")
                else value for value in values]
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # text that looks like a formula stays text
        if font is not None:
            cell.font = font
        if alignment is not None:
            cell.alignment = alignment
        cells.append(cell)
    return cells


def _sheet(workbook: Any, title: str, header: list[str], rows: Iterable[list[Any]], widths: list[float],
           *, wrap: bool = False, freeze: str = "A2") -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = freeze
    sheet.append(_cells(sheet, header, font=Font(bold=True)))
    alignment = Alignment(wrap_text=True, vertical="top") if wrap else None
    for row in rows:
        sheet.append(_cells(sheet, row, alignment=alignment))


def _matrix(session: Session, journey: Journey, rows: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    stages = [stage.name for stage in journey.stages]
    cells: dict[tuple[int, int], list[str]] = {}
    lane_index = {lane.id: index for index, lane in enumerate(journey.lanes)}
    for card_lane, card_stage, title in session.execute(
            select(Card.lane_id, Stage.position, Card.title).join(Stage, Card.stage_id == Stage.id)
            .where(Stage.journey_id == journey.id).order_by(Card.position)):
        cells.setdefault((lane_index[card_lane], card_stage), []).append(title)
    body = [[lane.name] + ["\n".join(cells.get((index, position), [])) or None
                           for position in range(len(stages))]
            for index, lane in enumerate(journey.lanes)]
    return ["", *stages], body


def _joined(items: Iterable[str]) -> str | None:
    return TAG_SEPARATOR.join(items) or None


def _project_sheets(session: Session, journey: Journey) -> list[tuple[str, list[str], list[list[Any]]]]:
    sheets = []
    personas = list(journey.personas) or list(session.scalars(select(Persona).order_by(Persona.position)))
    if personas:
        sheets.append(("Personas", ["name", "role", "segment", "age_band", "quote", "goals", "frustrations",
                                    "hobbies", "service_preference", "digital_ease", "channels", "notes"],
                       [[p.name, p.role, p.segment, p.age_band, p.quote, p.goals, p.frustrations, p.hobbies,
                         _value(p.service_preference), p.digital_ease, _joined(c.name for c in p.channels),
                         p.notes] for p in personas]))
    actions = session.scalars(select(Action).where(or_(Action.journey_id == journey.id, Action.journey_id.is_(None)))
                              .order_by(Action.position)).all()
    if actions:
        sheets.append(("Actions", ["title", "description", "department", "impact", "effort", "risk",
                                   "affected_share", "status", "horizon", "due_date", "cards", "notes"],
                       [[a.title, a.description, a.department.name if a.department else None, a.impact, a.effort,
                         a.risk, a.affected_share, _value(a.status), _value(a.horizon),
                         a.due_date.isoformat() if a.due_date else None, _joined(c.title for c in a.cards),
                         a.notes] for a in actions]))
    kpis = session.scalars(select(KPI).where(or_(KPI.journey_id == journey.id, KPI.journey_id.is_(None)))
                           .order_by(KPI.position)).all()
    if kpis:
        stages = {stage.id: stage.name for stage in journey.stages}
        sheets.append(("KPIs", ["name", "unit", "direction", "baseline", "target", "actual", "stage",
                                "description"],
                       [[k.name, k.unit, _value(k.direction), k.baseline, k.target, k.actual,
                         stages.get(k.stage_id), k.description] for k in kpis]))
    return sheets


def xlsx_bytes(session: Session, journey_id: int | None = None, progress: Progress | None = None) -> bytes:
    """The journey as an XLSX workbook (see the module docstring); the same project gives the same bytes.

    ``progress`` hears how many card rows are written (the bulk of the work)
    and may raise :class:`~app.export.progress.ExportCancelled`.
    """
    from openpyxl import Workbook

    journey = journey_or_first(session, journey_id)
    rows = table_rows(session, journey.id)
    total = len(rows) * 1.5 + 1  # the matrix and the other sheets, then the zip: about half as much again
    workbook = Workbook(write_only=True)
    stamp = (journey.modified_at or dt.datetime(2000, 1, 1)).replace(microsecond=0)
    workbook.properties.created = stamp
    workbook.properties.creator = "Parcours"
    workbook.properties.title = journey.title
    stopped: list[BaseException] = []
    _sheet(workbook, CARDS_SHEET, list(COLUMNS),
           _told(progress, total, ([row[column] for column in COLUMNS] for row in rows), stopped),
           [_WIDTHS.get(column, 12) for column in COLUMNS])
    header, body = _matrix(session, journey, rows)
    _sheet(workbook, MATRIX_SHEET, header, body, [24] + [32] * (len(header) - 1), wrap=True, freeze="B2")
    for title, columns, values in _project_sheets(session, journey):
        _sheet(workbook, title, columns, values, [24] * len(columns), wrap=True)
    raw = io.BytesIO()
    workbook.save(raw)
    if stopped:
        raise stopped[0]
    step(progress, len(rows) * 1.25, total)
    return _reproducible_zip(raw.getvalue(), stamp)


def _told(progress: Progress | None, total: float, rows: Iterable[list], stopped: list[BaseException]
          ) -> Iterator[list]:
    """``rows``, telling ``progress`` every 500 rows; a cancel ends them and is kept in ``stopped``.

    openpyxl's streaming sheets must be saved once started (else their writers
    fail when collected), so a cancel cuts the rows short, lets the small
    workbook be saved and discarded, and is raised after that.
    """
    for index, row in enumerate(rows):
        if index % 500 == 0:
            try:
                step(progress, index, total)
            except ExportCancelled as cancel:
                stopped.append(cancel)
                return
        yield row


def _reproducible_zip(data: bytes, stamp: dt.datetime) -> bytes:
    """``data`` with every entry dated 1980-01-01 and the modified property set to ``stamp``."""
    modified = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>" + modified + rb"\g<2>", content)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()


def export_xlsx(session: Session, path: Path | str, journey_id: int | None = None,
                progress: Progress | None = None) -> None:
    """Write :func:`xlsx_bytes` to ``path`` (atomically); a cancelled export writes nothing."""
    write_bytes_atomically(Path(path), xlsx_bytes(session, journey_id, progress))
    step(progress, 1, 1)
