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
from collections import defaultdict
from collections.abc import Iterable

from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.export.fonts import REGULAR, clean_text
from app.export.poster_draw import language
from app.export.progress import Progress, step
from app.export.report_items import HORIZON_ORDER, Item, PlanStyles
from app.export.report_matrix import CLOSED_STATUSES, QUADRANT_COLOURS, QUICK_WIN, Matrix
from app.export.report_page import (
    A4,
    FOOTER,
    MARGIN,
    MM,
    Meta,
    ReportError,
    bold,
    canvas_maker,
    colour,
    coloured,
    elide,
    find_journey,
    labelled,
    markup,
    say,
    tint,
)
from app.export.report_plan import kpi_table, pain_points, road_map
from app.model import colours
from app.model.dates import date_text
from app.model.enums import ActionStatus, Horizon, LaneKind
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.numbers import number_text
from app.model.schema import KPI, Action, Card, Journey

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
_ONE_ACTION = QT_TRANSLATE_NOOP("report", "1 action")
_ACTIONS = QT_TRANSLATE_NOOP("report", "{count} actions")
#: Longest department name printed in the summary table (a table row cannot break across pages).
_NAME_LIMIT = 160


def _number(value: float) -> str:
    return number_text(value, language())


def _kpi_text(kpi: KPI) -> str:
    unit = f" {clean_text(kpi.unit)}" if kpi.unit else ""
    parts = []
    for template, value in ((QT_TRANSLATE_NOOP("report", "baseline {value}"), kpi.baseline),
                            (QT_TRANSLATE_NOOP("report", "target {value}"), kpi.target),
                            (QT_TRANSLATE_NOOP("report", "actual {value}"), kpi.actual)):
        if value is not None:
            parts.append(say(template).format(value=_number(value) + unit))
    name = clean_text(kpi.name) or "-"
    return labelled(name, ", ".join(parts)) if parts else name


def _card_text(card: Card, journeys: dict[int | None, str], show_journey: bool) -> str:
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
    journeys: dict[int | None, str] = {ident: clean_text(title)
                                       for ident, title in session.execute(select(Journey.id, Journey.title))}
    kpis_by_card: dict[int, list[KPI]] = defaultdict(list)
    for kpi in session.scalars(select(KPI).where(KPI.card_id.is_not(None)).order_by(KPI.position)):
        if kpi.card_id is not None:  # the query asks for these only
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


# ---------------------------------------------------------------------- the document


class _Plan(BaseDocTemplate):  # type: ignore[misc]  # ReportLab ships no types
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


def _title_block(meta: Meta, journey: Journey | None, items: list[Item], s: PlanStyles) -> list[Flowable]:
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


def _summary(items: list[Item], s: PlanStyles, width: float) -> list[Flowable]:
    departments: dict[tuple[int, str], dict[Horizon | None, int]] = {}
    swatches: dict[tuple[int, str], str | None] = {}
    for item in items:
        key = (item.department_position if item.department_position is not None else 1_000_000, item.department)
        departments.setdefault(key, defaultdict(int))[item.group] += 1
        swatches[key] = item.department_colour
    header = [Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Department"))), s.cell_head)]
    header += [Paragraph(markup(say(HORIZON_SHORT[horizon])), s.cell_head) for horizon in HORIZON_ORDER]
    header.append(Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Total"))), s.cell_head))
    rows: list[list[object]] = [header]
    totals: dict[Horizon | None, int] = defaultdict(int)
    for key in sorted(departments):
        counts = departments[key]
        name = key[1] or say(QT_TRANSLATE_NOOP("report", "No department"))
        swatch_colour = swatches[key]
        swatch = coloured("■", swatch_colour) + " " if swatch_colour else ""
        row: list[object] = [Paragraph(swatch + markup(elide(name, _NAME_LIMIT)), s.cell)]
        for horizon in HORIZON_ORDER:
            totals[horizon] += counts[horizon]
            row.append(Paragraph(str(counts[horizon]) if counts[horizon] else "", s.cell_num))
        row.append(Paragraph(bold(str(sum(counts.values()))), s.cell_num))
        rows.append(row)
    rows.append([Paragraph(bold(markup(say(QT_TRANSLATE_NOOP("report", "Total")))), s.cell)]
                + [Paragraph(bold(str(totals[horizon])), s.cell_num) for horizon in HORIZON_ORDER]
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


def _entry(item: Item, meta: Meta, s: PlanStyles) -> list[Flowable]:
    accent = colours.NEUTRAL_LINE if item.status in CLOSED_STATUSES else QUADRANT_COLOURS[item.quadrant]
    title = markup(item.title) or "-"
    if item.status in CLOSED_STATUSES:
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
        if item.due < meta.date and item.status not in CLOSED_STATUSES:
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
            flowables.append(Paragraph(labelled(bold(markup(say(heading))), "; ".join(markup(t) for t in texts)),
                                       s.links))
    if item.notes.strip():
        notes = bold(markup(say(QT_TRANSLATE_NOOP("report", "Notes"))))
        flowables.append(Paragraph(labelled(notes, markup(item.notes)), s.links))
    return flowables


def _story(session: Session, meta: Meta, journey: Journey | None, items: list[Item],
           width: float) -> list[Flowable]:

    s = PlanStyles()
    story = _title_block(meta, journey, items, s)
    story.append(Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Impact and effort"))), s.heading))
    story.append(Matrix(items, width, min(118.0 * MM, width * 0.66)))
    story += _summary(items, s, width)
    story.append(PageBreak())
    story += road_map(items, s, width, HORIZON_SHORT)
    story += pain_points(session, journey, items, s, width)
    story += kpi_table(session, journey, s, width)
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
    return [(horizon, groups[horizon]) for horizon in HORIZON_ORDER if groups.get(horizon)]


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
    story = _story(session, meta, journey, items, width)
    name = say(QT_TRANSLATE_NOOP("report", "Action plan"))
    footer_text = " · ".join(part for part in (name, meta.project, clean_text(journey.title) if journey else "")
                             if part)
    doc = _Plan(stream, len(story), progress, title=name, author=meta.author, subject=meta.project)
    doc.build(story, canvasmaker=canvas_maker(meta, created, lambda page: footer_text,
                                              f"{name} · {meta.project}" if meta.project else name))
    step(progress, 9, 10)
    pages: int = doc.page
    return pages
