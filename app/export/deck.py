"""A PowerPoint deck of a journey for the steering committee (python-pptx), in the project's language.

The slides, 16:9:

1. the title: journey, project, as-is or to-be, personas, organisation, date;
2. the whole map on one slide, as an overview;
3. the map cut so card text stays legible (see :func:`app.export.deck_map.plan_parts`):
   one slide per group of stages (and band of lanes when the lanes are too
   tall for one slide), the emotion curve under it;
4. the top pain points (:func:`app.model.method_data.ranked_pain_points`) with the
   actions that address them;
5. the action plan as a table, in the action plan's priority order;
6. the impact × effort matrix, each action a numbered dot;
7. the KPIs: baseline, target, actual, progress.

Pictures are PNGs at the slide's resolution (144 dpi); titles, tables and
the matrix's labels are real text. A slide with nothing to show (no action,
no KPI) says so in one line rather than being left out silently.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import PP_ALIGN
from pptx.presentation import Presentation as PresentationType
from pptx.slide import Slide
from pptx.util import Emu, Pt
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.export.deck_map import curve_last, map_png, part_of, plan_parts
from app.export.files import write_bytes_atomically
from app.export.poster_draw import label, language, speaking
from app.export.poster_marks import draw_marks
from app.export.poster_sheet import PosterDrawing
from app.export.progress import ExportCancelled, Progress, step
from app.export.report_actions import HORIZON_SHORT, STATUS_NAMES, gather
from app.export.report_items import Item
from app.export.report_matrix import QUADRANT_COLOURS, quadrant
from app.export.report_page import tint
from app.export.reportlab_painter import ReportLabPainter
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.journey_snapshot import JourneyData
from app.model.layout import MapLayout, compute_layout
from app.model.method_data import ranked_pain_points
from app.model.numbers import number_text
from app.model.schema import KPI, Action, Journey

__all__ = ["DeckResult", "ExportCancelled", "export_deck"]

#: The slide, in points (13.333 x 7.5 in, 16:9).
SLIDE = (960.0, 540.0)
_MARGIN = 30.0
_TITLE_H = 56.0
_TEXT = RGBColor(0x1F, 0x23, 0x28)
_MUTED = RGBColor(0x5B, 0x63, 0x6B)
#: Pain points listed on the "top pain points" slide.
TOP_IRRITANTS = 5
_CONTEXT = "deck"


def _say(text: str) -> str:
    """``text`` of context "deck" in the deck's language."""
    return label(_CONTEXT, text)


@dataclass(frozen=True, slots=True)
class DeckResult:
    """What :func:`export_deck` wrote: the file and its number of slides."""

    path: Path
    slides: int


def _pt(value: float) -> Emu:
    return Emu(round(value * 12700))


def _text_box(slide: Slide, text: str, left: float, top: float, width: float, height: float, size: float, *,
              bold: bool = False, colour: RGBColor = _TEXT, align: PP_ALIGN = PP_ALIGN.LEFT) -> None:
    box = slide.shapes.add_textbox(_pt(left), _pt(top), _pt(width), _pt(height))
    frame = box.text_frame
    frame.word_wrap = True
    for index, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = colour


def _slide(deck: PresentationType, title: str, subtitle: str = "") -> Slide:
    slide: Slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank
    _text_box(slide, title, _MARGIN, 14.0, SLIDE[0] - 2 * _MARGIN, 30.0, 24.0, bold=True)
    if subtitle:
        _text_box(slide, subtitle, _MARGIN, 40.0, SLIDE[0] - 2 * _MARGIN, 18.0, 12.0, colour=_MUTED)
    return slide


def _table(slide: Slide, header: list[str], rows: list[list[str]], widths: list[float], *, size: float = 11.0) -> None:
    total = sum(widths)
    width = SLIDE[0] - 2 * _MARGIN
    height = min(SLIDE[1] - _TITLE_H - _MARGIN, 24.0 * (len(rows) + 1))
    shape = slide.shapes.add_table(len(rows) + 1, len(header), _pt(_MARGIN), _pt(_TITLE_H + 12.0), _pt(width),
                                   _pt(height))
    table = shape.table
    for index, share in enumerate(widths):
        table.columns[index].width = _pt(width * share / total)
    for row_index, row in enumerate([header, *rows]):
        for column, value in enumerate(row):
            cell = table.cell(row_index, column)
            cell.text = value
            for paragraph in cell.text_frame.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
                    run.font.bold = row_index == 0


def _picture(slide: Slide, png: bytes, size: tuple[float, float], top: float) -> None:
    left = (SLIDE[0] - size[0]) / 2.0
    slide.shapes.add_picture(io.BytesIO(png), _pt(left), _pt(top), _pt(size[0]), _pt(size[1]))


def _number(value: float | None) -> str:
    return number_text(value, language(), "-")


def _progress(kpi: KPI) -> str:
    """How far the actual value has come from the baseline to the target, in percent."""
    if kpi.baseline is None or kpi.target is None or kpi.actual is None or kpi.target == kpi.baseline:
        return "-"
    return f"{round(100.0 * (kpi.actual - kpi.baseline) / (kpi.target - kpi.baseline)):d} %"


def export_deck(session: Session, journey_id: int | None, path: str | os.PathLike[str], *,
                created: dt.datetime | dt.date | None = None, language: str | None = None,
                progress: Progress | None = None) -> DeckResult:
    """Write journey ``journey_id`` (None: the first) and the project's plan as a .pptx deck at ``path``.

    ``language`` (default: the project's) is the language of the labels;
    ``created`` fixes the date on the title slide; ``progress`` may raise
    :class:`ExportCancelled`, and then nothing is written.
    """
    path = Path(path)
    step(progress, 0, 10)
    poster = PosterDrawing(session, journey_id, created, legend=False, persona_panel=False, language=language)
    journey = session.get(Journey, poster.data.journey_id)
    deck = Presentation()
    deck.slide_width, deck.slide_height = _pt(SLIDE[0]), _pt(SLIDE[1])
    with speaking(poster.language):
        _title_slide(deck, poster, journey)
        box = (SLIDE[0] - 2 * _MARGIN, SLIDE[1] - _TITLE_H - 20.0)
        def marks(canvas: ReportLabPainter, layout: MapLayout, data: JourneyData) -> None:
            draw_marks(canvas, layout, data, poster.marks, poster.content, poster.metrics)

        png, size = map_png(poster.data, poster.layout, poster.metrics, box, moments=poster.moments, marks=marks)
        _picture(_slide(deck, _say(QT_TRANSLATE_NOOP("deck", "The whole journey")), poster.data.title), png, size,
                 _TITLE_H + 8.0)
        step(progress, 2, 10)
        parts = plan_parts(poster.data, poster.metrics, box)
        ordered = curve_last(poster.data)
        for index, part in enumerate(parts):
            data = part_of(ordered, part)
            layout = compute_layout(data, poster.metrics, poster.style, wrapper=poster.wrapper)
            png, size = map_png(data, layout, poster.metrics, box, moments=poster.moments, marks=marks)
            names = [poster.data.stages[stage].name for stage in part.stage_indexes]
            title = names[0] if len(names) == 1 else f"{names[0]} → {names[-1]}"
            subtitle = _say(QT_TRANSLATE_NOOP("deck", "Stages {first} to {last} of {count}")).format(
                first=part.stage_indexes[0] + 1, last=part.stage_indexes[-1] + 1, count=len(poster.data.stages))
            if part.bands > 1:
                subtitle += " · " + _say(QT_TRANSLATE_NOOP("deck", "lanes, part {band} of {bands}")).format(
                    band=part.band + 1, bands=part.bands)
            _picture(_slide(deck, title, subtitle), png, size, _TITLE_H + 8.0)
            step(progress, 2 + 5 * (index + 1) / len(parts), 10)
        _irritants_slide(deck, session, poster.data.journey_id)
        items = gather(session, journey)
        _plan_slide(deck, items)
        _matrix_slide(deck, items)
        _kpi_slide(deck, session, poster.data.journey_id)
    stream = io.BytesIO()
    deck.core_properties.title = poster.block.journey
    deck.core_properties.author = poster.block.author
    deck.core_properties.comments = f"Parcours {__version__}"
    if created is not None:
        stamp = created if isinstance(created, dt.datetime) else dt.datetime.combine(created, dt.time())
        deck.core_properties.created = deck.core_properties.modified = stamp
    deck.save(stream)
    step(progress, 9, 10)
    write_bytes_atomically(path, stream.getvalue())
    step(progress, 1, 1)
    return DeckResult(path, len(deck.slides))


def _title_slide(deck: PresentationType, poster: PosterDrawing, journey: Journey | None) -> None:
    block = poster.block
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _text_box(slide, block.journey or "-", 60.0, 170.0, SLIDE[0] - 120.0, 60.0, 40.0, bold=True)
    state = label("cli", "as-is" if block.state.value == "as_is" else "to-be")
    lines = [" · ".join(part for part in (block.project, state) if part)]
    if block.personas:
        lines.append(label("poster", QT_TRANSLATE_NOOP("poster", "Persona: {names}")).format(
            names=", ".join(block.personas)))
    if journey is not None and journey.customer_goal:
        lines.append(poster.clean(journey.customer_goal))
    _text_box(slide, "\n".join(lines), 60.0, 240.0, SLIDE[0] - 120.0, 100.0, 18.0, colour=_MUTED)
    footer = " · ".join(part for part in (block.organisation, block.author, block.date) if part)
    _text_box(slide, footer, 60.0, SLIDE[1] - 80.0, SLIDE[0] - 120.0, 24.0, 14.0, colour=_MUTED)


def _irritants_slide(deck: PresentationType, session: Session, journey_id: int) -> None:
    ranked = ranked_pain_points(session, journey_id)
    titles = dict(session.execute(select(Action.id, Action.title)).all())
    slide = _slide(deck, _say(QT_TRANSLATE_NOOP("deck", "Top pain points")),
                   _say(QT_TRANSLATE_NOOP("deck", "By severity times the share of customers concerned")))
    if not ranked:
        _text_box(slide, _say(QT_TRANSLATE_NOOP("deck", "This journey has no pain point.")), _MARGIN, 100.0,
                  600.0, 30.0, 16.0)
        return
    none = _say(QT_TRANSLATE_NOOP("deck", "no action yet"))
    rows = [[str(rank), irritant.title or irritant.body[:80], irritant.stage, _number(irritant.severity),
             "-" if irritant.affected_share is None else f"{_number(irritant.affected_share)} %",
             "\n".join(titles.get(ident, "") for ident in irritant.action_ids) or none]
            for rank, irritant in enumerate(ranked[:TOP_IRRITANTS], start=1)]
    _table(slide, ["#", _say(QT_TRANSLATE_NOOP("deck", "Pain point")), _say(QT_TRANSLATE_NOOP("deck", "Stage")),
                   _say(QT_TRANSLATE_NOOP("deck", "Severity")), _say(QT_TRANSLATE_NOOP("deck", "Customers")),
                   _say(QT_TRANSLATE_NOOP("deck", "Actions addressing it"))], rows, [0.4, 3.2, 1.6, 0.9, 1.0, 3.2])


def _plan_slide(deck: PresentationType, items: list[Item]) -> None:
    slide = _slide(deck, _say(QT_TRANSLATE_NOOP("deck", "Action plan")),
                   _say(QT_TRANSLATE_NOOP("deck", "Quick wins first, then by horizon and impact")))
    if not items:
        _text_box(slide, _say(QT_TRANSLATE_NOOP("deck", "No action has been decided yet.")), _MARGIN, 100.0,
                  600.0, 30.0, 16.0)
        return
    shown = items[:14]
    rows = [[str(item.number), item.title, item.department or "-", label("report", HORIZON_SHORT[item.group]),
             str(item.impact), str(item.effort), label("report", STATUS_NAMES[item.status])] for item in shown]
    _table(slide, ["#", _say(QT_TRANSLATE_NOOP("deck", "Action")), _say(QT_TRANSLATE_NOOP("deck", "Owner")),
                   _say(QT_TRANSLATE_NOOP("deck", "Horizon")), _say(QT_TRANSLATE_NOOP("deck", "Impact")),
                   _say(QT_TRANSLATE_NOOP("deck", "Effort")), _say(QT_TRANSLATE_NOOP("deck", "Status"))], rows,
           [0.4, 4.0, 1.8, 1.3, 0.8, 0.8, 1.1], size=10.0 if len(shown) > 8 else 12.0)
    if len(items) > len(shown):
        _text_box(slide, _say(QT_TRANSLATE_NOOP("deck", "{count} more actions in the action plan (PDF).")).format(
            count=len(items) - len(shown)), _MARGIN, SLIDE[1] - 28.0, 600.0, 20.0, 10.0, colour=_MUTED)


def _matrix_slide(deck: PresentationType, items: list[Item]) -> None:
    slide = _slide(deck, _say(QT_TRANSLATE_NOOP("deck", "Impact and effort")),
                   _say(QT_TRANSLATE_NOOP("deck", "Each dot is an action of the plan, by its number")))
    left, top, side = 250.0, _TITLE_H + 20.0, SLIDE[1] - _TITLE_H - 70.0
    cell = side / 5.0
    for impact in range(1, 6):
        for effort in range(1, 6):
            colour = tint(QUADRANT_COLOURS[quadrant(impact, effort)], 0.18).lstrip("#")
            box = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, _pt(left + (effort - 1) * cell),
                                         _pt(top + (5 - impact) * cell), _pt(cell), _pt(cell))
            box.fill.solid()
            box.fill.fore_color.rgb = RGBColor.from_string(colour)
            box.line.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _text_box(slide, _say(QT_TRANSLATE_NOOP("deck", "Effort →")), left, top + side + 4.0, side, 20.0, 12.0,
              align=PP_ALIGN.CENTER)
    _text_box(slide, _say(QT_TRANSLATE_NOOP("deck", "Impact ↑")), left - 90.0, top + side / 2.0, 80.0, 20.0, 12.0,
              align=PP_ALIGN.RIGHT)
    crowd: dict[tuple[int, int], int] = {}
    for item in items:
        key = (item.impact, item.effort)
        slot = crowd.get(key, 0)
        crowd[key] = slot + 1
        x = left + (item.effort - 1) * cell + 6.0 + (slot % 4) * 22.0
        y = top + (5 - item.impact) * cell + 6.0 + (slot // 4) * 22.0
        dot = slide.shapes.add_shape(MSO_SHAPE.OVAL, _pt(x), _pt(y), _pt(20.0), _pt(20.0))
        dot.fill.solid()
        dot.fill.fore_color.rgb = RGBColor.from_string(QUADRANT_COLOURS[item.quadrant].lstrip("#"))
        frame = dot.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        run = frame.paragraphs[0].add_run()
        run.text = str(item.number)
        run.font.size = Pt(9)
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        frame.paragraphs[0].alignment = PP_ALIGN.CENTER


def _kpi_slide(deck: PresentationType, session: Session, journey_id: int) -> None:
    kpis = session.scalars(select(KPI).where((KPI.journey_id == journey_id) | KPI.journey_id.is_(None))
                           .order_by(KPI.position)).all()
    slide = _slide(deck, _say(QT_TRANSLATE_NOOP("deck", "Indicators")),
                   _say(QT_TRANSLATE_NOOP("deck", "Progress: how far the actual value has come from the baseline "
                                                  "to the target")))
    if not kpis:
        _text_box(slide, _say(QT_TRANSLATE_NOOP("deck", "No indicator has been set yet.")), _MARGIN, 100.0, 600.0,
                  30.0, 16.0)
        return
    rows = [[kpi.name, _number(kpi.baseline), _number(kpi.target), _number(kpi.actual), kpi.unit or "",
             _progress(kpi)] for kpi in kpis[:14]]
    _table(slide, [_say(QT_TRANSLATE_NOOP("deck", "Indicator")), _say(QT_TRANSLATE_NOOP("deck", "Baseline")),
                   _say(QT_TRANSLATE_NOOP("deck", "Target")), _say(QT_TRANSLATE_NOOP("deck", "Actual")),
                   _say(QT_TRANSLATE_NOOP("deck", "Unit")), _say(QT_TRANSLATE_NOOP("deck", "Progress"))], rows,
           [4.0, 1.1, 1.1, 1.1, 1.0, 1.1])
