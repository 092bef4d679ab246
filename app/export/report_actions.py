"""The action plan (A4, portrait): title block, impact/effort matrix, summary by department, prioritised list.

Quick wins ("victoires rapides") follow DOMAIN.md: high impact, low effort.
On the 1..5 scales, high impact is 3 to 5 (a middling impact is still worth
having) and low effort is 1 or 2 (a middling effort is not quick). The
matrix splits the same way, so its four quadrants are:

* quick wins: impact 3-5, effort 1-2 (top left);
* major projects: impact 3-5, effort 3-5 (top right);
* fill-ins: impact 1-2, effort 1-2 (bottom left);
* thankless tasks: impact 1-2, effort 3-5 (bottom right).

The priority rule of the list: actions are grouped by horizon in this order:
quick win, 3 months, 12 months, later, not scheduled; an unscheduled action
in the quick-wins quadrant is printed with the quick-win horizon, so every
quick win the consultant has not placed elsewhere comes first. Within a
group: open actions (idea, planned, in progress) before done and dropped
ones, then quick wins of the matrix first, then impact (high first), effort
(low first), risk (low first, unknown last), share of customers helped
(large first) and finally the order of the project's action list. The
number of an action in the list is the number of its dot in the matrix.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from reportlab.lib.enums import TA_CENTER
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.export.poster_draw import BOLD, REGULAR, rgb
from app.export.progress import Progress, step
from app.export.report import (A4, FOOTER, MARGIN, MM, Meta, ReportError, bold, canvas_maker, colour, coloured,
                               date_text, elide, find_journey, markup, say, style, tint)
from app.export.fonts import ReportLabMetrics, clean_text
from app.model import colours
from app.model.enums import ActionStatus, Horizon, LaneKind
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.schema import KPI, Action, Card, Journey
from app.model.wrapping import wrap_text

QUICK_WIN, MAJOR, FILL_IN, THANKLESS = "quick_win", "major", "fill_in", "thankless"
#: Names of the quadrants of the impact/effort matrix.
QUADRANT_NAMES = {
    QUICK_WIN: QT_TRANSLATE_NOOP("report", "Quick wins"),
    MAJOR: QT_TRANSLATE_NOOP("report", "Major projects"),
    FILL_IN: QT_TRANSLATE_NOOP("report", "Fill-ins"),
    THANKLESS: QT_TRANSLATE_NOOP("report", "Thankless tasks"),
}
QUADRANT_COLOURS = {QUICK_WIN: "#2E9E50", MAJOR: "#2F80C0", FILL_IN: "#B08D00", THANKLESS: "#C0392B"}
#: Names of the horizons, in the order the plan prints them (None: not scheduled).
HORIZON_NAMES: dict[Horizon | None, str] = {
    Horizon.QUICK_WIN: QT_TRANSLATE_NOOP("report", "Quick wins (now)"),
    Horizon.MONTHS_3: QT_TRANSLATE_NOOP("report", "Within 3 months"),
    Horizon.MONTHS_12: QT_TRANSLATE_NOOP("report", "Within 12 months"),
    Horizon.LATER: QT_TRANSLATE_NOOP("report", "Later"),
    None: QT_TRANSLATE_NOOP("report", "Not scheduled"),
}
#: Short names of the horizons, for the columns of the summary.
HORIZON_SHORT: dict[Horizon | None, str] = {
    Horizon.QUICK_WIN: QT_TRANSLATE_NOOP("report", "Quick win"),
    Horizon.MONTHS_3: QT_TRANSLATE_NOOP("report", "3 months"),
    Horizon.MONTHS_12: QT_TRANSLATE_NOOP("report", "12 months"),
    Horizon.LATER: QT_TRANSLATE_NOOP("report", "Later"),
    None: QT_TRANSLATE_NOOP("report", "Not scheduled"),
}
STATUS_NAMES = {
    ActionStatus.IDEA: QT_TRANSLATE_NOOP("report", "Idea"),
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("report", "Planned"),
    ActionStatus.DOING: QT_TRANSLATE_NOOP("report", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("report", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("report", "Dropped"),
}
_CLOSED = {ActionStatus.DONE, ActionStatus.DROPPED}
_ONE_ACTION = QT_TRANSLATE_NOOP("report", "1 action")
_ACTIONS = QT_TRANSLATE_NOOP("report", "{count} actions")
_MANY = QT_TRANSLATE_NOOP("report", "{count} actions:")
#: Radius (pt) below which a cell's dots would be illegible: the cell lists the numbers instead.
_SMALLEST_DOT = 4.2
_ORDER: list[Horizon | None] = [Horizon.QUICK_WIN, Horizon.MONTHS_3, Horizon.MONTHS_12, Horizon.LATER, None]
#: Longest department name printed in the summary table (a table row cannot break across pages).
_NAME_LIMIT = 160


def quadrant(impact: int, effort: int) -> str:
    """The quadrant of the matrix an action of ``impact`` and ``effort`` (1..5) falls in."""
    high, low = impact >= 3, effort <= 2
    return (QUICK_WIN if low else MAJOR) if high else (FILL_IN if low else THANKLESS)


def is_quick_win(impact: int, effort: int) -> bool:
    """High impact (3-5) and low effort (1-2)."""
    return quadrant(impact, effort) == QUICK_WIN


@dataclass
class Item:
    """One action as the plan prints it."""

    action_id: int
    position: int
    title: str
    description: str
    department: str
    department_colour: str | None
    department_position: int | None
    impact: int
    effort: int
    risk: int | None
    share: float | None
    status: ActionStatus
    horizon: Horizon | None
    due: dt.date | None
    notes: str
    #: The action's journey, printed when the plan covers several journeys.
    journey: str = ""
    irritants: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    kpis: list[str] = field(default_factory=list)
    number: int = 0

    @property
    def quadrant(self) -> str:
        return quadrant(self.impact, self.effort)

    @property
    def group(self) -> Horizon | None:
        """The horizon the plan lists the action under (unscheduled quick wins count as quick wins)."""
        if self.horizon is None and self.quadrant == QUICK_WIN:
            return Horizon.QUICK_WIN
        return self.horizon

    def sort_key(self) -> tuple:
        return (_ORDER.index(self.group), self.status in _CLOSED, self.quadrant != QUICK_WIN, -self.impact,
                self.effort, self.risk if self.risk is not None else 6,
                -(self.share if self.share is not None else -1.0), self.position, self.action_id)


def _number(value: float) -> str:
    return f"{value:g}"


def _kpi_text(kpi: KPI) -> str:
    unit = f" {clean_text(kpi.unit)}" if kpi.unit else ""
    parts = []
    for template, value in ((QT_TRANSLATE_NOOP("report", "baseline {value}"), kpi.baseline),
                            (QT_TRANSLATE_NOOP("report", "target {value}"), kpi.target),
                            (QT_TRANSLATE_NOOP("report", "actual {value}"), kpi.actual)):
        if value is not None:
            parts.append(say(template).format(value=_number(value) + unit))
    name = clean_text(kpi.name) or "-"
    return f"{name}: {', '.join(parts)}" if parts else name


def _card_text(card: Card, journeys: dict[int, str], show_journey: bool) -> str:
    title = clean_text(card.title or "").strip() or elide(clean_text(card.body or "").strip(), 80) or "-"
    where = clean_text(card.stage.name) if card.stage is not None else ""
    if show_journey and card.lane is not None:
        journey = journeys.get(card.lane.journey_id, "")
        where = f"{journey} › {where}" if journey and where else journey or where
    return f"{title} ({where})" if where else title


def gather(session: Session, journey: Journey | None) -> list[Item]:
    """The actions of the plan (see :func:`app.export.report.export_action_plan`), numbered in priority order."""
    actions = session.scalars(select(Action).options(
        selectinload(Action.cards).selectinload(Card.lane), selectinload(Action.cards).selectinload(Card.stage),
        selectinload(Action.department)).order_by(Action.position)).all()
    journeys = {ident: clean_text(title) for ident, title in session.execute(select(Journey.id, Journey.title))}
    kpis_by_card: dict[int, list[KPI]] = defaultdict(list)
    for kpi in session.scalars(select(KPI).where(KPI.card_id.is_not(None)).order_by(KPI.position)):
        kpis_by_card[kpi.card_id].append(kpi)
    items = []
    for action in actions:
        card_journeys = {card.lane.journey_id for card in action.cards if card.lane is not None}
        if journey is not None:
            mine = action.journey_id == journey.id or journey.id in card_journeys
            everywhere = action.journey_id is None and not action.cards
            if not (mine or everywhere):
                continue
        department = action.department
        item = Item(action_id=action.id, position=action.position, title=clean_text(action.title or "").strip(),
                    description=action.description or "", department=clean_text(department.name) if department else "",
                    department_colour=department.colour if department else None,
                    department_position=department.position if department else None,
                    impact=action.impact, effort=action.effort, risk=action.risk, share=action.affected_share,
                    status=action.status, horizon=action.horizon, due=action.due_date, notes=action.notes or "",
                    journey=journeys.get(action.journey_id, "") if journey is None and len(journeys) > 1 else "")
        seen: set[int] = set()
        for card in action.cards:
            home = journey.id if journey is not None else action.journey_id
            text = _card_text(card, journeys, card.lane is not None and card.lane.journey_id != home)
            if card.lane is not None and card.lane.kind is LaneKind.IRRITANTS:
                item.irritants.append(text)
            else:
                item.linked.append(text)
            for kpi in kpis_by_card.get(card.id, []):
                if kpi.id not in seen:
                    seen.add(kpi.id)
                    item.kpis.append(_kpi_text(kpi))
        items.append(item)
    items.sort(key=Item.sort_key)
    for number, item in enumerate(items, start=1):
        item.number = number
    return items


# ---------------------------------------------------------------------- the matrix


class Matrix(Flowable):
    """The impact/effort matrix: 5 x 5 cells, four tinted quadrants, a numbered dot per action."""

    def __init__(self, items: list[Item], width: float, height: float) -> None:
        super().__init__()
        self.items = items
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        top_band, tick, bottom_band, title_band, left_band = 16.0, 12.0, 15.0, 12.0, 30.0
        x0, x1 = left_band, self.width - 2.0
        y0, y1 = title_band + bottom_band + tick, self.height - top_band
        cw, ch = (x1 - x0) / 5.0, (y1 - y0) / 5.0
        counts = defaultdict(int)
        for item in self.items:
            counts[item.quadrant] += 1
        areas = {QUICK_WIN: (0, 2, 2, 3), MAJOR: (2, 2, 3, 3), FILL_IN: (0, 0, 2, 2), THANKLESS: (2, 0, 3, 2)}
        for name, (column, row, columns, rows) in areas.items():
            c.setFillColorRGB(*rgb(tint(QUADRANT_COLOURS[name], 0.13)))
            c.rect(x0 + column * cw, y0 + row * ch, columns * cw, rows * ch, stroke=0, fill=1)
        c.setStrokeColorRGB(*rgb(colours.GRID_LINE))
        c.setLineWidth(0.4)
        for index in range(1, 5):
            if index != 2:
                c.line(x0 + index * cw, y0, x0 + index * cw, y1)
                c.line(x0, y0 + index * ch, x1, y0 + index * ch)
        c.setStrokeColorRGB(*rgb(colours.MUTED_TEXT))
        c.setLineWidth(1.2)
        c.line(x0 + 2 * cw, y0, x0 + 2 * cw, y1)
        c.line(x0, y0 + 2 * ch, x1, y0 + 2 * ch)
        c.setLineWidth(0.8)
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
        # Ticks and axis titles.
        c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
        c.setFont(REGULAR, 8.0)
        for value in range(1, 6):
            c.drawCentredString(x0 + (value - 0.5) * cw, y0 - 9.0, str(value))
            c.drawRightString(x0 - 4.0, y0 + (value - 0.5) * ch - 3.0, str(value))
        c.setFillColorRGB(*rgb(colours.TEXT))
        c.setFont(BOLD, 9.0)
        c.drawCentredString((x0 + x1) / 2.0, 2.0, say(QT_TRANSLATE_NOOP("report", "Effort (1 low, 5 high)")))
        c.saveState()
        c.translate(9.0, (y0 + y1) / 2.0)
        c.rotate(90)
        c.drawCentredString(0.0, 0.0, say(QT_TRANSLATE_NOOP("report", "Impact (1 low, 5 high)")))
        c.restoreState()
        # Quadrant names: the upper ones above the plot, the lower ones below its ticks.
        for name, (column, row, columns, _rows) in areas.items():
            text = f"{say(QUADRANT_NAMES[name])} · {counts[name]}"
            x = x0 + (column + columns / 2.0) * cw
            y = y1 + 5.0 if row else title_band + 3.0
            c.setFillColorRGB(*rgb(QUADRANT_COLOURS[name]))
            c.setFont(BOLD, 10.0)
            c.drawCentredString(x, y, text)
        self._dots(x0, y0, cw, ch)

    def _dots(self, x0: float, y0: float, cw: float, ch: float) -> None:
        """Every action of a cell on a small grid inside it, so that equal positions never overlap."""
        c = self.canv
        cells: dict[tuple[int, int], list[Item]] = defaultdict(list)
        for item in self.items:
            cells[(item.effort, item.impact)].append(item)
        for (effort, impact), members in sorted(cells.items()):
            count = len(members)
            best = (0.0, 1, 1)
            for columns in range(1, count + 1):
                rows = math.ceil(count / columns)
                radius = min((cw - 4.0) / columns, (ch - 4.0) / rows) / 2.0
                if radius > best[0]:
                    best = (radius, columns, rows)
            radius, columns, rows = best
            if radius * 0.9 < _SMALLEST_DOT:
                self._crowded(members, x0 + (effort - 1) * cw, y0 + (impact - 1) * ch, cw, ch)
                continue
            radius = min(radius * 0.9, 10.0)
            pitch = radius * 2.0 / 0.9 if radius < 10.0 else 22.0
            left = x0 + (effort - 0.5) * cw - (columns - 1) * pitch / 2.0
            top = y0 + (impact - 0.5) * ch + (rows - 1) * pitch / 2.0
            for index, item in enumerate(members):
                cx, cy = left + (index % columns) * pitch, top - (index // columns) * pitch
                fill = colours.NEUTRAL_LINE if item.status in _CLOSED else QUADRANT_COLOURS[item.quadrant]
                c.setFillColorRGB(*rgb(fill))
                c.setStrokeColorRGB(1.0, 1.0, 1.0)
                c.setLineWidth(max(0.3, radius * 0.12))
                c.circle(cx, cy, radius, stroke=1, fill=1)
                text = str(item.number)
                size = radius * (1.25 if len(text) == 1 else 1.05 if len(text) == 2 else 0.8)
                c.setFillColorRGB(1.0, 1.0, 1.0)
                c.setFont(BOLD, size)
                c.drawCentredString(cx, cy - size * 0.36, text)


    def _crowded(self, members: list[Item], x: float, y: float, width: float, height: float) -> None:
        """A cell with too many actions for legible dots: their count, then their numbers as ranges."""
        c, metrics = self.canv, ReportLabMetrics()
        accent = QUADRANT_COLOURS[members[0].quadrant]
        pad = 3.0
        head = say(_MANY).format(count=len(members))
        c.setFillColorRGB(*rgb(accent))
        head_size = 7.5
        c.setFont(BOLD, head_size)
        c.drawString(x + pad, y + height - pad - head_size * 0.8, head)
        text = _ranges(sorted(item.number for item in members))
        room = height - 2 * pad - head_size * 1.2
        size = 6.5
        while True:
            line = metrics.line_height(size)
            lines, elided = wrap_text(text, metrics, size, width - 2 * pad, max(1, int(room // line)), True)
            if not elided or size <= 3.5:
                break
            size = max(3.5, size * 0.9)
        c.setFillColorRGB(*rgb(colours.TEXT))
        c.setFont(BOLD, size)
        top = y + height - pad - head_size * 1.2
        for index, text_line in enumerate(lines):
            c.drawString(x + pad, top - index * line - metrics.ascent(size), text_line)


def _ranges(numbers: list[int]) -> str:
    """``[1, 2, 3, 7, 9, 10]`` as "1–3, 7, 9–10"."""
    parts: list[str] = []
    start = previous = None
    for number in numbers + [None]:
        if start is not None and number is not None and number == previous + 1:
            previous = number
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = number
    return ", ".join(parts)


# ---------------------------------------------------------------------- the document


class _Plan(BaseDocTemplate):
    """The plan's document: one frame per page; reports progress as flowables are laid out."""

    def __init__(self, stream: io.BytesIO, total: int, progress: Progress | None, **kwargs: object) -> None:
        super().__init__(stream, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                         bottomMargin=MARGIN + FOOTER, **kwargs)
        frame = Frame(MARGIN, MARGIN + FOOTER, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN - FOOTER, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._total = max(1, total)
        self._done = 0
        self._progress = progress

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab's name
        self._done += 1
        step(self._progress, 1.0 + 8.0 * min(1.0, self._done / self._total), 10.0)


class _Styles:
    def __init__(self) -> None:
        self.title = style("title", 20.0, font=BOLD, leading=1.2)
        self.subtitle = style("subtitle", 11.0, text=colours.MUTED_TEXT, spaceBefore=2.0)
        self.heading = style("heading", 13.0, font=BOLD, spaceBefore=10.0, spaceAfter=4.0, keepWithNext=1)
        self.group = style("group", 12.0, font=BOLD, spaceBefore=12.0, spaceAfter=2.0, keepWithNext=1,
                           text=colours.STAGE_HEADER_FILL)
        self.action = style("action", 10.5, font=BOLD, leftIndent=20.0, firstLineIndent=-20.0, spaceBefore=6.0)
        self.meta = style("meta", 8.5, leftIndent=20.0, text=colours.MUTED_TEXT, spaceBefore=1.0)
        self.body = style("body", 9.0, leftIndent=20.0, spaceBefore=2.0)
        self.links = style("links", 8.5, leftIndent=20.0, spaceBefore=2.0)
        self.cell = style("cell", 8.5)
        self.cell_head = style("cell_head", 7.5, font=BOLD, alignment=TA_CENTER, text=colours.MUTED_TEXT)
        self.cell_num = style("cell_num", 8.5, alignment=TA_CENTER)


def _title_block(meta: Meta, journey: Journey | None, items: list[Item], s: _Styles) -> list[Flowable]:
    scope = clean_text(journey.title) if journey is not None else say(QT_TRANSLATE_NOOP("report", "All journeys"))
    quick = sum(1 for item in items if item.quadrant == QUICK_WIN)
    people = " · ".join(markup(part) for part in (meta.organisation, meta.author) if part)
    counts = say(QT_TRANSLATE_NOOP("report", "actions: {actions} · quick wins: {quick}")).format(
        actions=len(items), quick=quick)
    flowables: list[Flowable] = [
        Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Action plan"))), s.title),
        Paragraph(" · ".join(part for part in (bold(markup(meta.project)), markup(scope)) if part), s.subtitle),
    ]
    if people:
        flowables.append(Paragraph(people, s.subtitle))
    flowables += [Paragraph(f"{markup(date_text(meta.date, meta.language))} · {markup(counts)}", s.subtitle),
                  Spacer(1, 4.0), HRFlowable(width="100%", thickness=0.6, color=colour(colours.GRID_LINE)),
                  Spacer(1, 6.0)]
    return flowables


def _summary(items: list[Item], s: _Styles, width: float) -> list[Flowable]:
    departments: dict[tuple[int, str], dict[Horizon | None, int]] = {}
    swatches: dict[tuple[int, str], str | None] = {}
    for item in items:
        key = (item.department_position if item.department_position is not None else 1_000_000, item.department)
        departments.setdefault(key, defaultdict(int))[item.group] += 1
        swatches[key] = item.department_colour
    header = [Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Department"))), s.cell_head)]
    header += [Paragraph(markup(say(HORIZON_SHORT[horizon])), s.cell_head) for horizon in _ORDER]
    header.append(Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Total"))), s.cell_head))
    rows: list[list[object]] = [header]
    totals: dict[Horizon | None, int] = defaultdict(int)
    for key in sorted(departments):
        counts = departments[key]
        name = key[1] or say(QT_TRANSLATE_NOOP("report", "No department"))
        swatch = coloured("■", swatches[key]) + " " if swatches[key] else ""
        row: list[object] = [Paragraph(swatch + markup(elide(name, _NAME_LIMIT)), s.cell)]
        for horizon in _ORDER:
            totals[horizon] += counts[horizon]
            row.append(Paragraph(str(counts[horizon]) if counts[horizon] else "", s.cell_num))
        row.append(Paragraph(bold(str(sum(counts.values()))), s.cell_num))
        rows.append(row)
    rows.append([Paragraph(bold(markup(say(QT_TRANSLATE_NOOP("report", "Total")))), s.cell)]
                + [Paragraph(bold(str(totals[horizon])), s.cell_num) for horizon in _ORDER]
                + [Paragraph(bold(str(len(items))), s.cell_num)])
    first = width * 0.34
    table = Table(rows, colWidths=[first] + [(width - first) / 6.0] * 6, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(colours.MUTED_TEXT)),
        ("LINEBELOW", (0, 1), (-1, -2), 0.3, colour(colours.GRID_LINE)),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colour(colours.MUTED_TEXT)),
        ("BACKGROUND", (1, 1), (1, -1), colour(tint(QUADRANT_COLOURS[QUICK_WIN], 0.1))),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return [Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Actions by department and horizon"))), s.heading),
            table]


def _entry(item: Item, meta: Meta, s: _Styles) -> list[Flowable]:
    accent = colours.NEUTRAL_LINE if item.status in _CLOSED else QUADRANT_COLOURS[item.quadrant]
    title = markup(item.title) or "-"
    if item.status in _CLOSED:
        title = coloured(title, colours.MUTED_TEXT)
    head = f'{coloured(bold(str(item.number)), accent)}&nbsp;&nbsp;{title}'
    if item.quadrant == QUICK_WIN:
        head += "&nbsp;&nbsp;" + coloured(f"★&nbsp;{markup(say(HORIZON_SHORT[Horizon.QUICK_WIN]))}",
                                          QUADRANT_COLOURS[QUICK_WIN])
    facts = [say(QT_TRANSLATE_NOOP("report", "impact {value}/5")).format(value=item.impact),
             say(QT_TRANSLATE_NOOP("report", "effort {value}/5")).format(value=item.effort)]
    if item.risk is not None:
        facts.append(say(QT_TRANSLATE_NOOP("report", "risk {value}/5")).format(value=item.risk))
    if item.share is not None:
        facts.append(say(QT_TRANSLATE_NOOP("report", "{share} % of customers")).format(share=_number(item.share)))
    parts = [bold(markup(item.department)) if item.department else
             markup(say(QT_TRANSLATE_NOOP("report", "No department"))), markup(say(STATUS_NAMES[item.status]))]
    if item.due is not None:
        due = markup(say(QT_TRANSLATE_NOOP("report", "due {date}")).format(date=date_text(item.due, meta.language)))
        if item.due < meta.date and item.status not in _CLOSED:
            due = coloured(bold(due + " · " + markup(say(QT_TRANSLATE_NOOP("report", "overdue")))), "#C0392B")
        parts.append(due)
    parts += [markup(fact) for fact in facts]
    if item.journey:
        parts.append(markup(item.journey))
    flowables: list[Flowable] = [Paragraph(head, s.action), Paragraph(" · ".join(parts), s.meta)]
    if item.description.strip():
        flowables.append(Paragraph(markup(item.description), s.body))
    for heading, texts in ((QT_TRANSLATE_NOOP("report", "Irritants"), item.irritants),
                           (QT_TRANSLATE_NOOP("report", "Linked cards"), item.linked),
                           (QT_TRANSLATE_NOOP("report", "Indicators"), item.kpis)):
        if texts:
            flowables.append(Paragraph(f"{bold(markup(say(heading)))}: {'; '.join(markup(t) for t in texts)}",
                                       s.links))
    if item.notes.strip():
        notes = bold(markup(say(QT_TRANSLATE_NOOP("report", "Notes"))))
        flowables.append(Paragraph(f"{notes}: {markup(item.notes)}", s.links))
    return flowables


def _story(meta: Meta, journey: Journey | None, items: list[Item], width: float) -> list[Flowable]:
    s = _Styles()
    story = _title_block(meta, journey, items, s)
    story.append(Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Impact and effort"))), s.heading))
    story.append(Matrix(items, width, min(118.0 * MM, width * 0.66)))
    story += _summary(items, s, width)
    story.append(PageBreak())
    story.append(Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Prioritised actions"))), s.heading))
    for horizon, members in _grouped(items):
        count = say(_ONE_ACTION) if len(members) == 1 else say(_ACTIONS).format(count=len(members))
        story.append(Paragraph(f"{markup(say(HORIZON_NAMES[horizon]))} "
                               f"{coloured('· ' + markup(count), colours.MUTED_TEXT)}", s.group))
        rule = HRFlowable(width="100%", thickness=0.8, color=colour(colours.STAGE_HEADER_FILL), spaceAfter=2.0)
        rule.keepWithNext = 1
        story.append(rule)
        for item in members:
            story.append(KeepTogether(_entry(item, meta, s)))
    return story


def _grouped(items: Iterable[Item]) -> list[tuple[Horizon | None, list[Item]]]:
    groups: dict[Horizon | None, list[Item]] = defaultdict(list)
    for item in items:
        groups[item.group].append(item)
    return [(horizon, groups[horizon]) for horizon in _ORDER if groups.get(horizon)]


def render_action_plan(session: Session, stream: io.BytesIO, meta: Meta, journey_id: int | None,
                       created: dt.datetime | dt.date | None, progress: Progress | None) -> int:
    """Lay the plan out into ``stream``; return its number of pages."""
    step(progress, 0, 10)
    journey = find_journey(session, journey_id)
    items = gather(session, journey)
    if not items:
        if journey is not None:
            raise ReportError(QT_TRANSLATE_NOOP(
                "errors", "The journey {journey} has no actions yet: add some before printing its action plan."),
                journey=clean_text(journey.title))
        raise ReportError(QT_TRANSLATE_NOOP(
            "errors", "This project has no actions yet: add some before printing an action plan."))
    step(progress, 1, 10)
    width = A4[0] - 2 * MARGIN
    story = _story(meta, journey, items, width)
    name = say(QT_TRANSLATE_NOOP("report", "Action plan"))
    footer_text = " · ".join(part for part in (name, meta.project, clean_text(journey.title) if journey else "")
                             if part)
    doc = _Plan(stream, len(story), progress, title=name, author=meta.author, subject=meta.project)
    doc.build(story, canvasmaker=canvas_maker(meta, created, lambda page: footer_text,
                                              f"{name} · {meta.project}" if meta.project else name))
    step(progress, 9, 10)
    return doc.page
