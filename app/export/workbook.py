"""A journey as an XLSX workbook for people, in the project's language, that imports back whole.

Sheets, named in the project's language (:mod:`app.export.workbook_words`):

``Cards`` (``Cartes``)
    the long table of :mod:`app.export.spreadsheet`, with enum values and
    yes/no as words, the channel by its name, and two more columns: the
    moment of truth as the curve decides it (filled for every scored card,
    read-only: the import ignores it) and the card's id (which the Links
    and Actions sheets point to).
``Matrix`` (``Matrice``)
    stages across, lanes down, card titles in each cell: to read, not imported.
``Journey`` (``Parcours``)
    field / value rows: title, customer goal, expectations, scope, state,
    target score, drop threshold, notes and the journey's id.
``Stages``, ``Lanes``, ``Channels``
    every stage (empty ones too) and lane (the emotions lane too) in order,
    and the channels the cards and personas use, with their key and icon.
``Personas``
    every persona of the journey (else of the project), whether the journey
    is for them, and the channels they prefer.
``Links``
    links between cards, by card id (titles beside them, to read).
``Actions`` and ``KPIs`` (``Indicateurs``)
    the journey's (and project-wide) actions and indicators with their ids,
    so that departments can fill them in and import them back
    (:mod:`app.export.read.workbook`).

Every table has its header bold and frozen, an autofilter, wrapped long text
and column widths fitted to their content; dates are dates and numbers
numbers. Persona photos, objectives and measurement points are not in the
workbook. Its bytes depend only on the project: created/modified are the
journey's modification time and every zip entry is dated 1980-01-01.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.export.card_table import COLUMNS, TAG_SEPARATOR, table
from app.export.files import write_bytes_atomically
from app.export.persona_links import persona_links_left_out
from app.export.progress import ExportCancelled, Progress, step
from app.export.workbook_words import HEADERS, JOURNEY_FIELDS, header, label, sheet_name
from app.model import curve, curve_reading
from app.model.enums import Emotion, EvidenceSource, EvidenceStatus, Interaction, LaneKind, Language
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.journey_data import journey_or_first
from app.model.schema import KPI, Action, Card, Channel, Journey, Link, MeasurementPoint, Persona, Project

#: The columns of the workbook's card sheet: the table's, then the curve's moment of truth and the card's id.
CARD_COLUMNS: tuple[str, ...] = (*COLUMNS, "curve_moment", "id")
#: Columns whose text wraps in its cell (the others stay on one line).
WRAPPED = frozenset({"title", "body", "note", "description", "quote", "biography", "goals", "frustrations",
                     "hobbies", "notes", "value", "customer_goal", "card_titles", "label"})
_ENUMS = {"lane_kind": LaneKind, "emotion": Emotion, "interaction": Interaction, "evidence": EvidenceSource,
          "evidence_status": EvidenceStatus}
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _styled(sheet: Any, **style: Any) -> Any:
    """A cell carrying ``style`` whose style array :func:`_cell` copies (much cheaper than setting it)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=None)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _cell(sheet: Any, value: Any, prototype: Any = None) -> Any:
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"  # text that looks like a formula stays text
    if prototype is not None:
        cell._style = copy.copy(prototype._style)
    return cell


def _width(values: Iterable[Any], head: str, wrapped: bool) -> float:
    longest = len(head)
    for value in values:
        if value is not None:
            text = value.isoformat() if isinstance(value, dt.date) else str(value)
            longest = max(longest, max(len(line) for line in text.split("\n")))
    return float(min(max(longest + 2, 8), 60 if wrapped else 40))


def write_table(workbook: Any, title: str, columns: list[str], head: list[str], rows: list[list[Any]],
                *, freeze: str = "A2", plain: bool = False) -> None:
    """One sheet: bold frozen header with an autofilter, wrapped long text, fitted widths, dates as dates.

    ``plain`` writes the cells without styles (the matrix: wrapped all over).
    """
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    for index, column in enumerate(columns):
        sheet.column_dimensions[get_column_letter(index + 1)].width = _width(
            (row[index] for row in rows[:2000]), head[index], column in WRAPPED)
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(columns), 1))}{len(rows) + 1}"
    bold = _styled(sheet, font=Font(bold=True))
    sheet.append([_cell(sheet, text, bold) for text in head])
    wrap = _styled(sheet, alignment=Alignment(wrap_text=True, vertical="top"))
    dated = _styled(sheet, number_format="yyyy-mm-dd")
    styles = [wrap if column in WRAPPED or plain else None for column in columns]
    for row in rows:
        sheet.append([_cell(sheet, value, dated) if isinstance(value, dt.date)
                      else _cell(sheet, value, styles[index]) if styles[index] is not None and isinstance(value, str)
                      else _cell(sheet, value) if isinstance(value, str) and value.startswith("=")
                      else value for index, value in enumerate(row)])


def _card_rows(session: Session, journey: Journey, language: Language) -> list[list[Any]]:
    touchpoints = curve_reading.read_touchpoints(session, journey.id)
    pinned, suppressed = curve.moment_overrides(touchpoints)
    scale = session.get_one(Project, 1).scale
    moments = {moment.card_id for moment in curve.moments_of_truth(
        curve.curve_points(touchpoints), scale, drop_threshold=journey.drop_threshold,
        pinned=pinned, suppressed=suppressed)}
    scored = {point.card_id for point in touchpoints if point.score is not None}
    rows = []
    for card, row in table(session, journey.id):
        values = dict(row)
        values["channel"] = card.channel.name if card.channel else None
        for column, choices in _ENUMS.items():
            values[column] = label(choices(row[column]), language) if row[column] else None
        values["moment_of_truth"] = label(row["moment_of_truth"], language)
        values["curve_moment"] = label(card.id in moments, language) if card.id in scored else None
        values["id"] = card.id
        rows.append([values[column] for column in CARD_COLUMNS])
    return rows


def _matrix(session: Session, journey: Journey) -> tuple[list[str], list[list[Any]]]:
    stages = [stage.name for stage in journey.stages]
    cells: dict[tuple[int, int], list[str]] = {}
    lane_index = {lane.id: index for index, lane in enumerate(journey.lanes)}
    stage_index = {stage.id: index for index, stage in enumerate(journey.stages)}
    for card_lane, card_stage, title in session.execute(
            select(Card.lane_id, Card.stage_id, Card.title).where(Card.lane_id.in_(lane_index))
            .order_by(Card.position)):
        cells.setdefault((lane_index[card_lane], stage_index[card_stage]), []).append(title)
    body: list[list[Any]] = [
        [lane.name] + ["\n".join(cells.get((index, position), [])) or None for position in range(len(stages))]
        for index, lane in enumerate(journey.lanes)]
    return ["", *stages], body


def _joined(items: Iterable[str]) -> str | None:
    return TAG_SEPARATOR.join(items) or None


def _sheets(session: Session, journey: Journey, language: Language) -> Iterator[tuple[str, list[list[Any]]]]:
    """(sheet key, rows) of every sheet after the matrix, in the columns of :data:`HEADERS`."""
    yield "journey", [[label_of(field, language), value] for field, value in (
        ("title", journey.title), ("customer_goal", journey.customer_goal),
        ("expectations", journey.expectations), ("scope", journey.scope),
        ("state", label(journey.state, language)), ("target_score", journey.target_score),
        ("drop_threshold", journey.drop_threshold), ("notes", journey.notes), ("journey_id", journey.id),
        ("project_created", project_stamp(session)))]
    yield "stages", [[index + 1, s.name, s.description, s.duration, s.waiting_time, s.colour]
                     for index, s in enumerate(journey.stages)]
    yield "lanes", [[index + 1, lane.name, label(lane.kind, language),
                     lane.department.name if lane.department else None, lane.colour, label(lane.collapsed, language)]
                    for index, lane in enumerate(journey.lanes)]
    in_journey = {persona.id for persona in journey.personas}
    personas = list(journey.personas) or list(session.scalars(select(Persona).order_by(Persona.position)))
    lane_ids = [lane.id for lane in journey.lanes]
    card_channels = set(session.scalars(select(Card.channel_id).where(Card.lane_id.in_(lane_ids))))
    used = card_channels | {channel.id for persona in personas for channel in persona.channels}
    yield "channels", [[c.key, c.name, c.icon, label(c.nature, language)]
                       for c in session.scalars(select(Channel).order_by(Channel.position)) if c.id in used]
    yield "personas", [[p.name, label(p.id in in_journey, language), p.role, p.segment, p.age_band, p.quote,
                        p.biography, p.goals, p.frustrations, p.hobbies,
                        label(p.service_preference, language) if p.service_preference else None, p.digital_ease,
                        p.colour, _joined(c.name for c in p.channels), p.notes] for p in personas]
    lanes = [lane.id for lane in journey.lanes]
    cards = dict(session.execute(select(Card.id, Card.title).where(Card.lane_id.in_(lanes))).all())
    yield "links", [[link.source_id, link.target_id, label(link.kind, language), link.label,
                     cards[link.source_id], cards[link.target_id]]
                    for link in session.scalars(select(Link).where(Link.source_id.in_(cards)).order_by(Link.id))]
    actions = session.scalars(select(Action).where(or_(Action.journey_id == journey.id, Action.journey_id.is_(None)))
                              .order_by(Action.position)).all()
    yield "actions", [[a.id, a.title, a.description, a.department.name if a.department else None, a.impact,
                       a.effort, a.risk, a.affected_share, label(a.status, language),
                       label(a.horizon, language) if a.horizon else None, a.due_date,
                       _joined(str(c.id) for c in a.cards), _joined(c.title for c in a.cards), a.notes]
                      for a in actions]
    stages = {stage.id: stage.name for stage in journey.stages}
    kpis = session.scalars(select(KPI).where(or_(KPI.journey_id == journey.id, KPI.journey_id.is_(None)))
                           .order_by(KPI.position)).all()
    yield "kpis", [[k.id, k.name, k.unit, label(k.direction, language), k.baseline, k.target, k.actual,
                    stages.get(k.stage_id) if k.stage_id is not None else None, k.card_id, k.description]
                   for k in kpis]
    yield from _workshop_sheets(session, journey, language, stages)


def _workshop_sheets(session: Session, journey: Journey, language: Language,
                     stages: dict[int, str]) -> Iterator[tuple[str, list[list[Any]]]]:
    """The latest dot vote (cards by dots) and the comments, when the workshop left any."""
    from app.model.comments import target_of
    from app.model.schema import Comment
    from app.model.votes import latest_round

    latest = latest_round(session, journey.id)
    if latest is not None and latest.counts:
        titles = dict(session.execute(select(Card.id, Card.title).where(Card.id.in_(list(latest.counts)))).all())
        yield "votes", [[rank, card_id, titles.get(card_id), dots, latest.title or None, latest.held_at]
                        for rank, (card_id, dots) in enumerate(latest.counts.items(), start=1)]
    comments = session.scalars(select(Comment).where(Comment.journey_id == journey.id).order_by(Comment.id)).all()
    if comments:
        cards = dict(session.execute(select(Card.id, Card.title).where(
            Card.id.in_([c.card_id for c in comments if c.card_id is not None]))).all())

        def where(comment: Comment) -> str:
            kind, ident = target_of(comment)
            return (cards.get(ident) or "") if kind == "card" else stages.get(ident, "") if kind == "stage" \
                else journey.title
        yield "comments", [[c.id, c.parent_id, where(c), c.author, c.created_at, c.text, label(c.resolved, language)]
                           for c in comments]


def project_stamp(session: Session) -> str:
    """The project's creation time as text: with the journey's id and title, it tells a workbook's own project."""
    project = session.get(Project, 1)
    created = project.created_at if project is not None else None
    return created.replace(microsecond=0).isoformat() if created else ""


def label_of(field: str, language: Language) -> str:
    """A Journey sheet field's name in ``language``."""
    return JOURNEY_FIELDS[field][1 if language is Language.FR else 0]


def xlsx_bytes(session: Session, journey_id: int | None = None, progress: Progress | None = None) -> bytes:
    """The journey as an XLSX workbook (see the module docstring); the same project gives the same bytes.

    ``progress`` hears how many card rows are written (the bulk of the work)
    and may raise :class:`~app.export.progress.ExportCancelled`.
    """
    from openpyxl import Workbook

    journey = journey_or_first(session, journey_id)
    project = session.get(Project, 1)
    language = project.language if project is not None else Language.EN
    rows = _card_rows(session, journey, language)
    total = len(rows) * 1.5 + 1  # the matrix and the other sheets, then the zip: about half as much again
    workbook = Workbook(write_only=True)
    stamp = (journey.modified_at or dt.datetime(2000, 1, 1)).replace(microsecond=0)
    workbook.properties.created = stamp
    workbook.properties.creator = "Parcours"
    workbook.properties.title = journey.title
    stopped: list[BaseException] = []
    told = list(_told(progress, total, rows, stopped))
    write_table(workbook, sheet_name("cards", language), list(CARD_COLUMNS),
                [header("cards", column, language) for column in CARD_COLUMNS], told)
    head, body = _matrix(session, journey)
    write_table(workbook, sheet_name("matrix", language), ["stage"] * len(head), head, body, freeze="B2",
                plain=True)
    for key, values in _sheets(session, journey, language):
        columns = list(HEADERS[key])
        write_table(workbook, sheet_name(key, language), columns,
                    [header(key, column, language) for column in columns], values)
    raw = io.BytesIO()
    workbook.save(raw)
    if stopped:
        raise stopped[0]
    step(progress, len(rows) * 1.25, total)
    return _reproducible_zip(raw.getvalue(), stamp)


def _told(progress: Progress | None, total: float, rows: Iterable[list[Any]], stopped: list[BaseException]
          ) -> Iterator[list[Any]]:
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
            elif info.filename.startswith("xl/worksheets/sheet") and b"<dimension" not in content[:2000]:
                content = _with_dimension(content)
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()


def left_out(session: Session, journey_id: int | None = None) -> list[ParcoursError]:
    """What the project holds that the workbook does not carry (persona photos, objectives, measurement points)."""
    journey = journey_or_first(session, journey_id)
    personas = list(journey.personas) or list(session.scalars(select(Persona)))
    photos = sum(1 for persona in personas if persona.photo)
    points = session.scalar(select(func.count(MeasurementPoint.id)).where(MeasurementPoint.journey_id == journey.id))
    personas_lost = persona_links_left_out(session, journey.id, "XLSX")
    if not (photos or journey.objectives or points):
        return personas_lost
    return personas_lost + [ParcoursError(QT_TRANSLATE_NOOP(
        "errors", "The workbook does not carry persona photos ({photos}), objectives ({objectives}) or measurement "
                  "points ({points}): they were left out."),
        photos=photos, objectives=len(journey.objectives), points=points)]


def _with_dimension(sheet: bytes) -> bytes:
    """A streamed sheet with the ``<dimension>`` openpyxl leaves out, so readers need not scan it to size it."""
    rows = re.findall(rb'<row r="(\d+)"', sheet[-200_000:])
    last = rows[-1].decode() if rows else "1"
    columns = re.findall(rb'<c r="([A-Z]+)\d+"', sheet[-200_000:]) or [b"A"]
    widest = max((column.decode() for column in columns), key=lambda name: (len(name), name))
    return re.sub(rb"(<sheetViews|<sheetFormatPr|<cols|<sheetData)",
                  f'<dimension ref="A1:{widest}{last}"/>'.encode() + rb"\1", sheet, count=1)


def export_xlsx(session: Session, path: Path | str, journey_id: int | None = None,
                progress: Progress | None = None) -> None:
    """Write :func:`xlsx_bytes` to ``path`` (atomically); a cancelled export writes nothing."""
    write_bytes_atomically(Path(path), xlsx_bytes(session, journey_id, progress))
    step(progress, 1, 1)
