"""More of the action plan: the road map by owner and horizon, the top pain points, the forgotten ones, the KPIs.

Called by :mod:`app.export.report_actions` to add these sections to the
plan:

* the road map: one row per owner (department), one column per horizon
  from now to later, each action by its number and title;
* the top pain points of the journey (or of every journey) with the actions
  that address them, ranked by :func:`app.model.method_data.ranked_pain_points`;
* the pain points no action addresses yet;
* the KPIs: baseline, target, actual and the progress from one to the other.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.fonts import REGULAR
from app.export.poster_draw import language
from app.export.report_items import Item, PlanStyles
from app.export.report_matrix import QUADRANT_COLOURS, QUICK_WIN
from app.export.report_page import bold, colour, coloured, elide, markup, say, tint
from app.model import colours
from app.model.enums import Horizon
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.method_data import PlanIrritant, ranked_pain_points
from app.model.numbers import number_text
from app.model.schema import KPI, Journey

#: Pain points listed with their actions.
TOP_IRRITANTS = 5
#: Actions named with their title in one cell of the road map.
_PER_CELL = 8
_TIMELINE: list[Horizon | None] = [Horizon.QUICK_WIN, Horizon.MONTHS_3, Horizon.MONTHS_12, Horizon.LATER, None]


def _table(rows: list[list[object]], widths: list[float], *, shade_first: bool = False) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colour(colours.MUTED_TEXT)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, colour(colours.GRID_LINE)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if shade_first:
        commands.append(("BACKGROUND", (1, 1), (1, -1), colour(tint(QUADRANT_COLOURS[QUICK_WIN], 0.1))))
    table.setStyle(TableStyle(commands))
    return table


def road_map(items: Sequence[Item], s: PlanStyles, width: float, horizon_names: dict[Horizon | None, str]
             ) -> list[Flowable]:
    """The road map: owners down, horizons across, each action by number and title."""
    owners: dict[tuple[int, str], dict[Horizon | None, list[Item]]] = {}
    for item in items:
        key = (item.department_position if item.department_position is not None else 1_000_000, item.department)
        owners.setdefault(key, {}).setdefault(item.group, []).append(item)
    header = [Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Owner"))), s.cell_head)]
    header += [Paragraph(markup(say(horizon_names[horizon])), s.cell_head) for horizon in _TIMELINE]
    rows: list[list[object]] = [header]
    for key in sorted(owners):
        name = key[1] or say(QT_TRANSLATE_NOOP("report", "No department"))
        row: list[object] = [Paragraph(bold(markup(elide(name, 80))), s.cell)]
        for horizon in _TIMELINE:
            members = owners[key].get(horizon, [])
            entries = [f"{coloured(bold(str(item.number)), QUADRANT_COLOURS[item.quadrant])} "
                       f"{markup(elide(item.title, 60))}" for item in members[:_PER_CELL]]
            if len(members) > _PER_CELL:
                # A table row cannot break across pages: the rest are named by number (all are in the list).
                numbers = ", ".join(str(item.number) for item in members[_PER_CELL:_PER_CELL + 40])
                more = len(members) - _PER_CELL - 40
                entries.append(coloured(markup(numbers + (f" (+{more})" if more > 0 else "")), colours.MUTED_TEXT))
            row.append(Paragraph("<br/>".join(entries), s.cell))
        rows.append(row)
    first = width * 0.2
    return [Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Road map by owner and horizon"))), s.heading),
            _table(rows, [first] + [(width - first) / len(_TIMELINE)] * len(_TIMELINE), shade_first=True)]


def _irritants(session: Session, journey: Journey | None) -> list[tuple[str, PlanIrritant]]:
    journeys = [journey] if journey is not None else session.scalars(select(Journey).order_by(Journey.position)).all()
    ranked = [(item.title, irritant) for item in journeys for irritant in ranked_pain_points(session, item.id)]
    if journey is None:
        ranked.sort(key=lambda pair: -pair[1].score)
    return ranked


def pain_points(session: Session, journey: Journey | None, items: Sequence[Item], s: PlanStyles,
                width: float) -> list[Flowable]:
    """The top pain points with the actions addressing them, then those no action addresses."""
    ranked = _irritants(session, journey)
    if not ranked:
        return []
    numbers = {item.action_id: item for item in items}
    show_journey = journey is None
    story: list[Flowable] = [Paragraph(markup(say(QT_TRANSLATE_NOOP(
        "report", "Top pain points and the actions addressing them"))), s.heading)]
    header = [Paragraph(markup(say(text)), s.cell_head) for text in (
        QT_TRANSLATE_NOOP("report", "Pain point"), QT_TRANSLATE_NOOP("report", "Severity"),
        QT_TRANSLATE_NOOP("report", "Customers"), QT_TRANSLATE_NOOP("report", "Actions"))]
    rows: list[list[object]] = [header]
    for title, irritant in ranked[:TOP_IRRITANTS]:
        where = f"{title} › {irritant.stage}" if show_journey else irritant.stage
        if irritant.votes:
            where += " · " + say(QT_TRANSLATE_NOOP("report", "{dots} dots in the workshop's vote")).format(
                dots=irritant.votes)
        text = f"{bold(markup(irritant.title or elide(irritant.body, 80)))}<br/>" \
               f"{coloured(markup(where), colours.MUTED_TEXT)}"
        actions = [f"{bold(str(numbers[ident].number))} {markup(elide(numbers[ident].title, 60))}"
                   for ident in irritant.action_ids if ident in numbers]
        none = coloured(markup(say(QT_TRANSLATE_NOOP("report", "none yet"))), "#C0392B")
        share = "-" if irritant.affected_share is None else f"{number_text(irritant.affected_share, language())} %"
        rows.append([Paragraph(text, s.cell), Paragraph(f"{irritant.severity}/5" if irritant.severity else "-",
                                                        s.cell_num),
                     Paragraph(share, s.cell_num),
                     Paragraph("<br/>".join(actions) or none, s.cell)])
    story.append(_table(rows, [width * 0.42, width * 0.1, width * 0.12, width * 0.36]))
    forgotten = [(title, irritant) for title, irritant in ranked if not irritant.action_ids]
    story.append(Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Pain points no action addresses"))), s.heading))
    if not forgotten:
        story.append(Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Every pain point has an action."))),
                               s.body))
    for title, irritant in forgotten:
        where = f"{title} › {irritant.stage}" if show_journey else irritant.stage
        facts = [where]
        if irritant.severity:
            facts.append(say(QT_TRANSLATE_NOOP("report", "severity {value}/5")).format(value=irritant.severity))
        if irritant.affected_share is not None:
            facts.append(say(QT_TRANSLATE_NOOP("report", "{share} % of customers")).format(
                share=number_text(irritant.affected_share, language())))
        story.append(Paragraph(f"• {bold(markup(irritant.title or elide(irritant.body, 80)))} "
                               f"{coloured(markup(' · '.join(facts)), colours.MUTED_TEXT)}", s.body))
    return story


def _progress(kpi: KPI) -> float | None:
    if kpi.baseline is None or kpi.target is None or kpi.actual is None or kpi.target == kpi.baseline:
        return None
    return (kpi.actual - kpi.baseline) / (kpi.target - kpi.baseline)


def kpi_table(session: Session, journey: Journey | None, s: PlanStyles, width: float) -> list[Flowable]:
    """The KPIs of the journey (and the project-wide ones): baseline, target, actual, progress."""
    query = select(KPI).order_by(KPI.position)
    if journey is not None:
        query = query.where((KPI.journey_id == journey.id) | KPI.journey_id.is_(None))
    kpis = session.scalars(query).all()
    if not kpis:
        return []
    header = [Paragraph(markup(say(text)), s.cell_head) for text in (
        QT_TRANSLATE_NOOP("report", "Indicator"), QT_TRANSLATE_NOOP("report", "Baseline"),
        QT_TRANSLATE_NOOP("report", "Target"), QT_TRANSLATE_NOOP("report", "Actual"),
        QT_TRANSLATE_NOOP("report", "Progress"))]
    rows: list[list[object]] = [header]
    for kpi in kpis:
        unit = f" {markup(kpi.unit)}" if kpi.unit else ""
        progress = _progress(kpi)
        if progress is None:
            shown = "-"
        else:
            done = max(0.0, min(progress, 1.0))
            bar = coloured("█" * round(done * 10), QUADRANT_COLOURS[QUICK_WIN]) + \
                coloured("█" * (10 - round(done * 10)), colours.GRID_LINE)
            shown = f"{bar} {round(progress * 100):d} %"
        rows.append([Paragraph(markup(kpi.name) or "-", s.cell)]
                    + [Paragraph("-" if value is None else f"{number_text(value, language())}{unit}", s.cell_num)
                       for value in (kpi.baseline, kpi.target, kpi.actual)]
                    + [Paragraph(shown, s.cell)])
    return [Paragraph(markup(say(QT_TRANSLATE_NOOP("report", "Indicators"))), s.heading),
            _table(rows, [width * 0.34, width * 0.13, width * 0.13, width * 0.13, width * 0.27])]
