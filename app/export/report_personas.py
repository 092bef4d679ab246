"""Persona sheets: one A4 portrait page per persona, drawn on the canvas with measured paragraphs.

A sheet: the photo (cropped to fill a rounded frame; the initials on a disc
of the persona's colour when there is no photo or it cannot be read), name,
role, segment and age band, digital ease as a five-step bar, service
preference and channels; then the quote, the biography, goals and
frustrations side by side, hobbies and the journeys the persona appears in.

Nothing runs off the page: the whole sheet is laid out at a scale from 100 %
down to 60 %, the largest that fits (up to 125 %, so a short persona fills its page); when even 60 % is too large, the
longest text is shortened with "…" until the sheet fits.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.export.fonts import BOLD, REGULAR, clean_text
from app.export.poster_draw import label, rgb
from app.export.progress import Progress, step
from app.export.report_page import (
    A4,
    FOOTER,
    MARGIN,
    MM,
    Meta,
    ReportError,
    bold,
    canvas_maker,
    elide,
    find_journey,
    labelled,
    markup,
    say,
    style,
    tint,
)
from app.model import colours
from app.model.enums import JourneyState, ServicePreference
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.quotes import quoted
from app.model.schema import Journey, Persona, journey_persona

PREFERENCES = {
    ServicePreference.SELF_SERVICE: QT_TRANSLATE_NOOP("report", "Prefers to help themselves"),
    ServicePreference.DONE_FOR_ME: QT_TRANSLATE_NOOP("report", "Prefers a ready-made solution"),
    ServicePreference.EITHER: QT_TRANSLATE_NOOP("report", "Either way"),
}
HEADINGS = {
    "biography": QT_TRANSLATE_NOOP("report", "Biography"),
    "goals": QT_TRANSLATE_NOOP("report", "Goals"),
    "frustrations": QT_TRANSLATE_NOOP("report", "Frustrations"),
    "hobbies": QT_TRANSLATE_NOOP("report", "Hobbies"),
    "journeys": QT_TRANSLATE_NOOP("report", "Journeys"),
}
_DEFAULT_COLOUR = "#4A6FA5"
#: Longest name, role, segment or age band printed in the header.
_HEADER_LIMIT = 160
#: Scales tried, largest first.
_SCALES = (1.25, 1.12, 1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)


@dataclass(frozen=True, slots=True)
class Sheet:
    """The words and picture of one persona sheet (all cleaned for the font)."""

    name: str
    role: str
    segment: str
    age_band: str
    quote: str
    biography: str
    goals: str
    frustrations: str
    hobbies: str
    preference: str
    digital_ease: int | None
    channels: str
    journeys: str
    colour: str
    photo: ImageReader | None


def photo_reader(photo: bytes | None) -> ImageReader | None:
    """The photo ready to draw, or None when there is none or it cannot be decoded (never an error)."""
    if not photo:
        return None
    try:
        reader = ImageReader(io.BytesIO(photo))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            return None
        reader.getRGBData()  # decodes it all: a truncated file fails here, not in the middle of the page
        return reader
    except Exception:  # a damaged photo gets the initials instead, never a failed export
        return None


def _sheet(persona: Persona, journeys: list[Journey], language: str) -> Sheet:
    def text(value: str | None) -> str:
        return clean_text(value or "").strip()

    states = {JourneyState.AS_IS: label("cli", "as-is"), JourneyState.TO_BE: label("cli", "to-be")}
    return Sheet(
        name=elide(text(persona.name), _HEADER_LIMIT) or "-", role=elide(text(persona.role), _HEADER_LIMIT),
        segment=elide(text(persona.segment), _HEADER_LIMIT), age_band=elide(text(persona.age_band), _HEADER_LIMIT),
        quote=quoted(text(persona.quote), language), biography=text(persona.biography), goals=text(persona.goals),
        frustrations=text(persona.frustrations), hobbies=text(persona.hobbies),
        preference=say(PREFERENCES[persona.service_preference]) if persona.service_preference else "",
        digital_ease=persona.digital_ease,
        channels=", ".join(clean_text(channel.name) for channel in persona.channels),
        journeys="\n".join(f"{clean_text(journey.title)} ({states[journey.state]})" for journey in journeys),
        colour=persona.colour or _DEFAULT_COLOUR, photo=photo_reader(persona.photo))


def _listed(text: str) -> str:
    """Markup for a field whose lines may be a list ("- item"): each such line gets a bullet."""
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped[:2] in ("- ", "* ", "• "):
            stripped = "•\u00a0" + stripped[2:].strip()
        lines.append(markup(stripped))
    return "<br/>".join(lines)


#: A drawing queued by the layout: given the canvas and the content's top (pt, y up).
Draw = Callable[[Canvas, float], None]


@dataclass(frozen=True)
class _EaseBar:
    """Draw the digital-ease bar ``y`` below the content's top."""

    colour: str
    level: int
    x: float
    y: float
    size: float

    def __call__(self, c: Canvas, top: float) -> None:
        _ease_bar(c, self.colour, self.level, self.x, top - self.y - self.size * 0.95, self.size)


@dataclass(frozen=True)
class _QuoteBar:
    """Draw the bar of the persona's colour beside the quote, ``y`` below the content's top."""

    colour: str
    y: float
    height: float
    width: float

    def __call__(self, c: Canvas, top: float) -> None:
        _bar(c, self.colour, 0.0, top - self.y - self.height, self.width, self.height)


class _Layout:
    """One sheet laid out at ``scale`` from the top of the content area: draw commands and the height used."""

    def __init__(self, sheet: Sheet, scale: float, width: float) -> None:
        self.sheet, self.scale, self.width = sheet, scale, width
        self.commands: list[tuple[float, Draw]] = []  # (offset below the top, drawing at that offset)
        self.height = self._lay_out()

    def _para(self, markup_text: str, size: float, *, font: str = REGULAR, text: str = colours.TEXT,
              leading: float = 1.28) -> Paragraph:
        return Paragraph(markup_text, style("p", size * self.scale, font=font, text=text, leading=leading))

    def _place(self, paragraph: Paragraph, x: float, y: float, width: float) -> float:
        """Queue ``paragraph`` at ``x``, its top ``y`` below the content top; return its height."""
        height: float
        _, height = paragraph.wrap(width, 100_000.0)

        def draw(c: Canvas, top: float) -> None:
            paragraph.drawOn(c, x, top - y - height)

        self.commands.append((y, draw))
        return height

    def _lay_out(self) -> float:
        sheet, s, width = self.sheet, self.scale, self.width
        side = 44.0 * MM * s
        gap = 6.0 * MM * s
        # The header: photo on the left, who the persona is on the right.

        def portrait(c: Canvas, top: float) -> None:
            _portrait(c, sheet, 0.0, top - side, side)

        self.commands.append((0.0, portrait))
        x = side + gap
        column = width - x
        y = 0.0
        y += self._place(self._para(markup(sheet.name), 22.0, font=BOLD, leading=1.15), x, y, column)
        if sheet.role:
            y += self._place(self._para(markup(sheet.role), 12.5), x, y + 2.0 * s, column) + 2.0 * s
        who = " · ".join(markup(part) for part in (sheet.segment, sheet.age_band) if part)
        if who:
            y += self._place(self._para(who, 10.0, text=colours.MUTED_TEXT), x, y + 2.0 * s, column) + 2.0 * s
        y += 6.0 * s
        if sheet.digital_ease is not None:
            size = 9.0 * s
            words = say(QT_TRANSLATE_NOOP("report", "Digital ease"))
            caption = self._para(bold(markup(words)), 9.0)
            caption_width = min(column * 0.5, pdfmetrics.stringWidth(words, BOLD, size) + 2.0)
            height = self._place(caption, x, y, caption_width + 1.0)
            bar_x = x + caption_width + 6.0 * s
            level = max(1, min(5, sheet.digital_ease))
            self.commands.append((y, _EaseBar(sheet.colour, level, bar_x, y, size)))
            y += max(height, size * 1.3) + 2.0 * s
        facts = []
        if sheet.preference:
            facts.append(markup(sheet.preference))
        if sheet.channels:
            facts.append(labelled(bold(markup(say(_CHANNELS))), markup(sheet.channels)))
        for fact in facts:
            y += self._place(self._para(fact, 9.0), x, y, column) + 1.5 * s
        y = max(y, side) + gap
        # The quote, large, with a bar of the persona's colour.
        if sheet.quote:
            indent = 5.0 * MM * s
            height = self._place(self._para(markup(sheet.quote), 15.0, text=_darker(sheet.colour), leading=1.3),
                                 indent, y, width - indent)
            self.commands.append((y, _QuoteBar(sheet.colour, y, height, 2.2 * s)))
            y += height + gap
        # The sections: biography across, then goals | frustrations, then hobbies | journeys.
        rows = [[("biography", sheet.biography)], [("goals", sheet.goals), ("frustrations", sheet.frustrations)],
                [("hobbies", sheet.hobbies), ("journeys", sheet.journeys)]]
        for row in rows:
            present = [(key, text) for key, text in row if text]
            if not present:
                continue
            box_width = (width - gap * (len(present) - 1)) / len(present)
            heights = [self._box_height(key, text, box_width) for key, text in present]
            tallest = max(heights)
            for index, (key, text) in enumerate(present):
                self._box(key, text, index * (box_width + gap), y, box_width, tallest)
            y += tallest + gap * 0.8
        return y - gap * 0.8

    def _box_parts(self, key: str, text: str, width: float) -> tuple[Paragraph, Paragraph, float]:
        pad = 3.5 * MM * self.scale
        heading = self._para(bold(markup(say(HEADINGS[key]))), 10.5, text=_darker(self.sheet.colour))
        body = self._para(_listed(text), 9.5)
        return heading, body, pad

    def _box_height(self, key: str, text: str, width: float) -> float:
        heading, body, pad = self._box_parts(key, text, width)
        inner = width - 2.0 * pad
        heading_height: float = heading.wrap(inner, 100_000.0)[1]
        body_height: float = body.wrap(inner, 100_000.0)[1]
        return pad * 2.0 + heading_height + 1.5 * self.scale + body_height

    def _box(self, key: str, text: str, x: float, y: float, width: float, height: float) -> None:
        heading, body, pad = self._box_parts(key, text, width)
        fill, edge = tint(self.sheet.colour, 0.08), tint(self.sheet.colour, 0.45)
        radius = 2.0 * MM * self.scale

        def background(c: Canvas, top: float) -> None:
            c.saveState()
            c.setFillColorRGB(*rgb(fill))
            c.setStrokeColorRGB(*rgb(edge))
            c.setLineWidth(0.6)
            c.roundRect(x, top - y - height, width, height, radius, stroke=1, fill=1)
            c.restoreState()

        self.commands.append((y, background))
        inner = width - 2.0 * pad
        used = self._place(heading, x + pad, y + pad, inner)
        self._place(body, x + pad, y + pad + used + 1.5 * self.scale, inner)


_CHANNELS = QT_TRANSLATE_NOOP("report", "Channels")


def _darker(hex_value: str) -> str:
    """A darker shade of ``hex_value`` for text, readable on white."""
    r, g, b = rgb(hex_value)
    factor = 0.7 if (0.299 * r + 0.587 * g + 0.114 * b) > 0.35 else 1.0
    return "#" + "".join(f"{round(255 * part * factor):02X}" for part in (r, g, b))


def _bar(c: Canvas, hex_value: str, x: float, y: float, width: float, height: float) -> None:
    c.setFillColorRGB(*rgb(hex_value))
    c.rect(x, y, width, height, stroke=0, fill=1)


def _ease_bar(c: Canvas, hex_value: str, level: int, x: float, y: float, size: float) -> None:
    """Five small blocks, ``level`` of them filled, and "n/5" after them."""
    block, gap = size * 1.5, size * 0.3
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeColorRGB(*rgb(hex_value))
    for index in range(5):
        c.setFillColorRGB(*rgb(hex_value if index < level else "#FFFFFF"))
        c.roundRect(x + index * (block + gap), y, block, size * 0.8, size * 0.15, stroke=1, fill=1)
    c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
    c.setFont(REGULAR, size)
    c.drawString(x + 5 * (block + gap) + gap, y + size * 0.08, f"{level}/5")
    c.restoreState()


def _portrait(c: Canvas, sheet: Sheet, x: float, y: float, side: float) -> None:
    """The photo cropped to fill a rounded square, or the initials on a disc of the persona's colour."""
    c.saveState()
    radius = side * 0.08
    if sheet.photo is not None:
        width, height = sheet.photo.getSize()
        scale = side / max(1, min(width, height))
        w, h = width * scale, height * scale
        path = c.beginPath()
        path.roundRect(x, y, side, side, radius)
        c.clipPath(path, stroke=0, fill=0)
        c.drawImage(sheet.photo, x + (side - w) / 2.0, y + (side - h) / 2.0, w, h, mask="auto")
        c.restoreState()
        c.saveState()
        c.setStrokeColorRGB(*rgb(sheet.colour))
        c.setLineWidth(1.5)
        c.roundRect(x, y, side, side, radius, stroke=1, fill=0)
    else:
        c.setFillColorRGB(*rgb(sheet.colour))
        c.circle(x + side / 2.0, y + side / 2.0, side / 2.0, stroke=0, fill=1)
        initials = "".join(word[0] for word in sheet.name.split()[:2]).upper() or "?"
        c.setFillColorRGB(1.0, 1.0, 1.0)
        c.setFont(BOLD, side * 0.36)
        c.drawCentredString(x + side / 2.0, y + side / 2.0 - side * 0.13, initials)
    c.restoreState()


_SHORTENED = ("biography", "goals", "frustrations", "hobbies", "quote", "journeys", "channels", "role", "segment")


def fit(sheet: Sheet, width: float, height: float) -> _Layout:
    """The largest layout of ``sheet`` that fits ``height``; texts shortened with "…" when 60 % is not enough."""
    for scale in _SCALES:
        layout = _Layout(sheet, scale, width)
        if layout.height <= height:
            return layout
    scale = _SCALES[-1]
    for _ in range(400):
        longest = max(_SHORTENED, key=lambda name: len(getattr(sheet, name)))
        text = getattr(sheet, longest)
        if len(text) <= 12:
            break
        shortened: dict[str, Any] = {longest: elide(text, int(len(text) * 0.85))}
        sheet = replace(sheet, **shortened)
        layout = _Layout(sheet, scale, width)
        if layout.height <= height:
            return layout
    return layout  # only when every text is already tiny: a header taller than the page cannot happen


def _journeys_of(session: Session) -> dict[int, list[Journey]]:
    journeys = {journey.id: journey for journey in session.scalars(select(Journey).order_by(Journey.position))}
    found: dict[int, list[Journey]] = {}
    for journey_id, persona_id in session.execute(select(journey_persona.c.journey_id, journey_persona.c.persona_id)):
        found.setdefault(persona_id, []).append(journeys[journey_id])
    for listed in found.values():
        listed.sort(key=lambda journey: journey.position)
    return found


def render_persona_sheets(session: Session, stream: io.BytesIO, meta: Meta, journey_id: int | None,
                          created: dt.datetime | dt.date | None, progress: Progress | None) -> int:
    """Draw one sheet per persona into ``stream``; return the number of pages."""
    step(progress, 0, 1)
    journey = find_journey(session, journey_id)
    if journey is not None:
        personas = list(journey.personas)
    else:
        personas = list(session.scalars(select(Persona).options(selectinload(Persona.channels))
                                        .order_by(Persona.position)))
    if not personas:
        if journey is not None:
            raise ReportError(QT_TRANSLATE_NOOP(
                "errors", "The journey {journey} has no personas yet: add some before printing persona sheets."),
                journey=clean_text(journey.title))
        raise ReportError(QT_TRANSLATE_NOOP(
            "errors", "This project has no personas yet: add some before printing persona sheets."))
    journeys = _journeys_of(session)
    sheets = [_sheet(persona, journeys.get(persona.id, []), meta.language) for persona in personas]
    name = say(QT_TRANSLATE_NOOP("report", "Persona sheet"))
    footer_parts = [" · ".join(part for part in (name, sheet.name, meta.project) if part) for sheet in sheets]
    title = say(QT_TRANSLATE_NOOP("report", "Persona sheets"))
    make = canvas_maker(meta, created, lambda page: footer_parts[page - 1] if page <= len(footer_parts) else "",
                        f"{title} · {meta.project}" if meta.project else title)
    c = make(stream, pagesize=A4)
    width, height = A4[0] - 2.0 * MARGIN, A4[1] - 2.0 * MARGIN - FOOTER
    for index, sheet in enumerate(sheets):
        step(progress, index, len(sheets) + 1)
        layout = fit(sheet, width, height)
        top = A4[1] - MARGIN
        c.setFillColorRGB(*rgb(sheet.colour))
        c.rect(0.0, A4[1] - 3.0 * MM, A4[0], 3.0 * MM, stroke=0, fill=1)
        c.saveState()
        c.translate(MARGIN, 0.0)
        for _offset, command in layout.commands:
            command(c, top)
        c.restoreState()
        c.showPage()
    c.save()
    step(progress, len(sheets), len(sheets) + 1)
    return len(sheets)
