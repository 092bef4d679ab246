"""The poster's legend (lane kinds, channels, emotions, marks) and its persona panel.

Both are drawn in page points (ReportLab's y up), measured with the
poster's :class:`~app.export.fonts.ReportLabMetrics`, and shrink their type
until they fit the room they are given; what still does not fit is elided
with "…", never dropped silently.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.export.fonts import BOLD, REGULAR, ReportLabMetrics
from app.export.poster_draw import LANE_KIND_NAMES, draw_icon, label, language, rgb
from app.model import colours
from app.model.enums import Emotion, LaneKind
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.journey_snapshot import JourneyData
from app.model.layout import Rect
from app.model.names import EMOTION_NAMES
from app.model.quotes import quoted
from app.model.wrapping import wrap_text

_GROUPS = {
    "lanes": QT_TRANSLATE_NOOP("poster", "Lanes"),
    "channels": QT_TRANSLATE_NOOP("poster", "Channels"),
    "emotions": QT_TRANSLATE_NOOP("poster", "Emotions"),
    "marks": QT_TRANSLATE_NOOP("poster", "Marks"),
}
_MOMENT = QT_TRANSLATE_NOOP("poster", "Moment of truth")
_TARGET = QT_TRANSLATE_NOOP("poster", "Target")
_VISIBILITY = QT_TRANSLATE_NOOP("canvas", "Line of visibility")


@dataclass(frozen=True, slots=True)
class LegendItem:
    """One symbol and its words: ``symbol`` is "lane", "channel", "emotion", "moment", "target" or "visibility"."""

    symbol: str
    key: object
    text: str


Groups = list[tuple[str, list[LegendItem]]]


def _colour_and_text(key: object) -> tuple[str, str]:
    """The (fill colour, text) a "pill" or "severity" item carries as its key."""
    if not (isinstance(key, tuple) and len(key) == 2):
        raise TypeError(f"a pill's key is (colour, text), not {key!r}")
    return str(key[0]), str(key[1])


def legend_groups(data: JourneyData, moments: frozenset[int], channel_names: dict[int, str],
                  has_visibility_line: bool, extra_marks: Sequence[LegendItem] = ()) -> Groups:
    """What this journey's legend explains, in the poster's language: only what the map shows.

    ``extra_marks`` are the method's marks the poster prints (see :mod:`app.export.poster_marks`).
    """
    kinds = list(dict.fromkeys(lane.kind for lane in data.lanes))
    lanes = [LegendItem("lane", kind, label("labels", LANE_KIND_NAMES[kind])) for kind in kinds
             if kind is not LaneKind.EMOTIONS]
    seen_channels: dict[int, str | None] = {}
    emotions: set[Emotion] = set()
    for card in data.cards.values():
        if card.channel_id is not None and card.channel_id not in seen_channels:
            seen_channels[card.channel_id] = card.channel_icon
        if card.emotion is not None:
            emotions.add(card.emotion)
    channels = sorted((LegendItem("channel", icon, channel_names.get(ident, "")) for ident, icon
                       in seen_channels.items() if channel_names.get(ident)), key=lambda item: item.text.casefold())
    feelings = [LegendItem("emotion", emotion, label("labels", EMOTION_NAMES[emotion]))
                for emotion in Emotion if emotion in emotions]
    marks = []
    if moments:
        marks.append(LegendItem("moment", None, label("poster", _MOMENT)))
    if data.target_score is not None and LaneKind.EMOTIONS in kinds:
        marks.append(LegendItem("target", None, label("poster", _TARGET)))
    if has_visibility_line:
        marks.append(LegendItem("visibility", None, label("canvas", _VISIBILITY)))
    marks.extend(extra_marks)
    groups = [(label("poster", _GROUPS[name]), items) for name, items in
              (("lanes", lanes), ("channels", channels), ("emotions", feelings), ("marks", marks)) if items]
    return groups


@dataclass(frozen=True, slots=True)
class _Placed:
    x: float
    row: int
    text: str
    item: LegendItem | None  # None: a group title


def _flow(groups: Groups, metrics: ReportLabMetrics, size: float, width: float) -> tuple[list[_Placed], int]:
    """Place titles and items left to right, wrapping into rows of ``width``; return them and the row count."""
    placed: list[_Placed] = []
    symbol, gap, item_gap, group_gap = size * 1.2, size * 0.4, size * 1.1, size * 2.2
    x, row = 0.0, 0
    for index, (title, items) in enumerate(groups):
        if index:
            x += group_gap
        need = metrics.width(title, size, True)
        if x > 0 and x + need > width:
            x, row = 0.0, row + 1
        placed.append(_Placed(x, row, title, None))
        x += need + item_gap * 0.8
        for item in items:
            text = item.text
            text_width = min(metrics.width(text, size), width - symbol - gap)
            need = symbol + gap + text_width
            if x > 0 and x + need > width:
                x, row = 0.0, row + 1
            placed.append(_Placed(x, row, text, item))
            x += need + item_gap
    return placed, (row + 1 if placed else 0)


def legend_height(groups: Groups, metrics: ReportLabMetrics, size: float, width: float) -> float:
    """Height in pt of the legend at ``size`` in ``width``."""
    _, rows = _flow(groups, metrics, size, width)
    return rows * metrics.line_height(size) * 1.5


def draw_legend(c: Canvas, groups: Groups, metrics: ReportLabMetrics, size: float, x: float, top: float,
                width: float) -> None:
    """Draw the legend with its first row's top at ``top`` (page points, y up)."""
    placed, _ = _flow(groups, metrics, size, width)
    row_height = metrics.line_height(size) * 1.5
    symbol, gap = size * 1.2, size * 0.4
    for place in placed:
        middle = top - place.row * row_height - row_height / 2.0
        baseline = middle - metrics.ascent(size) + metrics.line_height(size) / 2.0
        left = x + place.x
        if place.item is None:
            c.setFillColorRGB(*rgb(colours.TEXT))
            c.setFont(BOLD, size)
            c.drawString(left, baseline, place.text)
            continue
        _draw_symbol(c, place.item, left, middle, symbol)
        text = place.text
        room = width - place.x - symbol - gap
        while text and metrics.width(text, size) > room:
            text = text[:-2] + "…" if len(text) > 1 else ""
        c.setFillColorRGB(*rgb(colours.MUTED_TEXT))
        c.setFont(REGULAR, size)
        c.drawString(left + symbol + gap, baseline, text)


def _draw_symbol(c: Canvas, item: LegendItem, x: float, middle: float, size: float) -> None:
    half = size / 2.0
    c.setLineWidth(max(0.4, size * 0.06))
    if item.symbol == "lane":
        kind = item.key
        assert isinstance(kind, LaneKind), kind  # a lane's item carries its kind
        c.setFillColorRGB(*rgb(colours.CARD_FILLS[kind]))
        c.setStrokeColorRGB(*rgb("#9AA3AD"))
        c.rect(x, middle - half * 0.8, size, size * 0.8, stroke=1, fill=1)
        c.setFillColorRGB(*rgb(colours.LANE_ACCENTS[kind]))
        c.rect(x, middle - half * 0.8, size * 0.22, size * 0.8, stroke=0, fill=1)
    elif item.symbol == "channel":
        # draw_icon works in layout units (y down, drawn at -y): hand it the box flipped.
        icon = item.key
        assert icon is None or isinstance(icon, str), icon  # a channel's item carries its icon key
        draw_icon(c, Rect(x, -(middle + half), size, size), icon, colours.STAGE_HEADER_FILL)
    elif item.symbol == "emotion":
        emotion = item.key
        assert isinstance(emotion, Emotion), emotion  # an emotion's item carries the emotion
        c.setFillColorRGB(*rgb(colours.EMOTION_COLOURS[emotion]))
        c.setStrokeColorRGB(1.0, 1.0, 1.0)
        c.circle(x + half, middle, half * 0.75, stroke=0, fill=1)
    elif item.symbol == "moment":
        c.setStrokeColorRGB(*rgb(colours.MOMENT_OF_TRUTH))
        c.setLineWidth(max(0.6, size * 0.14))
        c.roundRect(x + size * 0.08, middle - half * 0.7, size * 0.84, size * 0.7, size * 0.12, stroke=1, fill=0)
    elif item.symbol in ("digital", "human"):
        c.setStrokeColorRGB(*rgb("#2F80C0" if item.symbol == "digital" else "#D9822B"))
        c.setLineWidth(max(0.5, size * 0.1))
        if item.symbol == "human":
            c.circle(x + half, middle, half * 0.8, stroke=1, fill=0)
        else:
            c.rect(x + half * 0.2, middle - half * 0.8, size * 0.8, size * 0.8, stroke=1, fill=0)
    elif item.symbol in ("pill", "severity"):
        fill, text = _colour_and_text(item.key)
        c.setFillColorRGB(*rgb(fill))
        if item.symbol == "pill":
            c.roundRect(x, middle - half * 0.6, size, size * 0.6, size * 0.3, stroke=0, fill=1)
            c.setFillColorRGB(1.0, 1.0, 1.0)
        c.setFont(BOLD, size * (0.4 if item.symbol == "pill" else 0.45))
        c.drawCentredString(x + half, middle - size * 0.14, text)
    elif item.symbol == "persona_curve":
        c.setStrokeColorRGB(*rgb(str(item.key)))
        c.setLineWidth(max(0.8, size * 0.16))
        c.line(x, middle, x + size, middle)
    else:
        colour, dash = ((colours.TARGET_LINE, [size * 0.3, size * 0.2]) if item.symbol == "target"
                        else ("#8E44AD", [size * 0.35, size * 0.2]) if item.symbol == "compare"
                        else (colours.VISIBILITY_LINE, [size * 0.35, size * 0.25]))
        c.setStrokeColorRGB(*rgb(colour))
        c.setLineWidth(max(0.6, size * 0.12))
        c.setDash(dash)
        c.line(x, middle, x + size, middle)
        c.setDash([])


# ---------------------------------------------------------------------- personas


@dataclass(frozen=True, slots=True)
class PersonaInfo:
    """What the persona panel shows of one persona (text already cleaned for the font)."""

    name: str
    role: str = ""
    segment: str = ""
    quote: str = ""
    goals: str = ""
    frustrations: str = ""
    channels: tuple[str, ...] = ()
    colour: str | None = None
    photo: bytes | None = None


_HEADINGS = {
    "goals": QT_TRANSLATE_NOOP("poster", "Goals"),
    "frustrations": QT_TRANSLATE_NOOP("poster", "Frustrations"),
    "channels": QT_TRANSLATE_NOOP("poster", "Channels"),
}


def photo_reader(photo: bytes | None) -> ImageReader | None:
    """The persona's photo ready to draw, or None when there is none or it cannot be read."""
    if not photo:
        return None
    try:
        reader = ImageReader(io.BytesIO(photo))
        reader.getSize()
        return reader
    except Exception:  # a damaged photo gets the initials instead, never a failed export
        return None


class PersonaPanel:
    """A column of persona cards: photo or initials, name, role, quote, goals, frustrations, channels."""

    def __init__(self, personas: Sequence[PersonaInfo], metrics: ReportLabMetrics) -> None:
        self.personas = list(personas)
        self.metrics = metrics
        self._photos = [photo_reader(persona.photo) for persona in self.personas]
        #: Height (pt) the last :meth:`draw` took.
        self.used_height = 0.0

    def draw(self, c: Canvas, x: float, top: float, width: float, height: float, size: float,
             min_size: float, max_size: float | None = None) -> float:
        """Draw the cards stacked from ``top``, in the largest type from ``size`` down to ``min_size`` that fits.

        With ``max_size``, type grows from ``size`` up to it while the cards
        still fit, so the column uses its height. When even ``min_size`` is too
        large, each persona gets an equal share of the height and what does
        not fit in it is elided. Returns the size used.
        """
        if not self.personas:
            return size
        count = len(self.personas)
        gap = size * 0.8

        def stacked(at: float) -> float:
            return sum(self._layout(index, width, at, None) for index in range(count)) + gap * (count - 1)

        def heads_fit(at: float) -> bool:
            """Whether every name, role and segment holds on one line beside the portrait at ``at``."""
            pad = at * 0.6
            inner = width - 2.0 * pad
            room = inner - min(inner * 0.34, self.metrics.line_height(at) * 4.5) - pad
            return all(self.metrics.width(persona.name, at * 1.25, True) <= room
                       and all(self.metrics.width(extra, at * 0.9) <= room for extra in (persona.role, persona.segment))
                       for persona in self.personas)

        # Grow while the cards fit and no name or role that held on one line would wrap.
        single = heads_fit(size)
        while max_size is not None and size * 1.08 <= max_size and stacked(size * 1.08) <= height * 0.9 \
                and (heads_fit(size * 1.08) or not single):
            size *= 1.08
        while size > min_size and stacked(size) > height:
            size = max(min_size, size * 0.92)
        if stacked(size) <= height:
            y = top
            for index in range(count):
                used = self._layout(index, width, size, None)
                self._layout(index, width, size, (c, x, y, used))
                y -= used + gap
            self.used_height = top - y - gap
        else:
            self.used_height = height
            slot = (height - gap * (count - 1)) / count
            for index in range(count):
                self._layout(index, width, size, (c, x, top - index * (slot + gap), slot))
        return size

    def _layout(self, index: int, width: float, size: float,
                target: tuple[Canvas, float, float, float] | None) -> float:
        """Height of persona ``index`` at ``size``; with a target, draw it there (eliding what overflows)."""
        persona, photo, metrics = self.personas[index], self._photos[index], self.metrics
        line = metrics.line_height(size)
        pad = size * 0.6
        inner = width - 2.0 * pad
        picture = min(inner * 0.34, line * 4.5)
        y = pad
        commands: list[Callable[[Canvas, float, float], None]] = []
        name_x = picture + pad
        head_lines: list[tuple[str, float, bool, str]] = [(persona.name, size * 1.25, True, colours.TEXT)]
        for extra in (persona.role, persona.segment):
            if extra:
                head_lines.append((extra, size * 0.9, False, colours.MUTED_TEXT))
        head_y = y
        for text, text_size, bold, colour in head_lines:
            lines, _ = wrap_text(text, metrics, text_size, inner - name_x, 2, bold)
            for text_line in lines:
                commands.append(_text_at(name_x + pad, head_y + metrics.ascent(text_size), text_line, text_size,
                                         bold, colour))
                head_y += metrics.line_height(text_size)
        commands.append(_portrait(pad, y, picture, persona, photo))
        y = max(y + picture, head_y) + pad * 0.6
        sections: list[tuple[str | None, str]] = []
        quote = quoted(persona.quote, language())
        if quote:
            sections.append((None, quote))
        for key, text in (("goals", persona.goals), ("frustrations", persona.frustrations),
                          ("channels", ", ".join(persona.channels))):
            if text.strip():
                sections.append((label("poster", _HEADINGS[key]), text))
        slot = target[3] if target is not None else None
        for heading, text in sections:
            if heading is not None:
                if slot is not None and y + line > slot - pad:
                    break
                commands.append(_text_at(pad, y + metrics.ascent(size), heading, size, True, colours.TEXT))
                y += line
            room = 1_000_000 if slot is None else max(1, int((slot - pad - y) // line))
            lines, _ = wrap_text(text, metrics, size, inner, room, False)
            if slot is not None and not lines:
                break
            for text_line in lines:
                commands.append(_text_at(pad, y + metrics.ascent(size), text_line, size, False,
                                         colours.MUTED_TEXT if heading is None else colours.TEXT))
                y += line
            y += pad * 0.5
        height = y + pad * 0.5
        if target is not None:
            c, left, top, slot_height = target
            c.saveState()
            c.setFillColorRGB(*rgb("#F6F7F9"))
            c.setStrokeColorRGB(*rgb(persona.colour or colours.GRID_LINE))
            c.setLineWidth(max(0.5, size * 0.08))
            box_height = min(height, slot_height - pad * 0.5)
            c.roundRect(left, top - box_height, width, box_height, size * 0.5, stroke=1, fill=1)
            for command in commands:
                command(c, left, top)
            c.restoreState()
        return height


def _text_at(x: float, baseline_below_top: float, text: str, size: float, bold: bool,
             colour: str) -> Callable[[Canvas, float, float], None]:
    def draw(c: Canvas, left: float, top: float) -> None:
        c.setFillColorRGB(*rgb(colour))
        c.setFont(BOLD if bold else REGULAR, size)
        c.drawString(left + x, top - baseline_below_top, text)
    return draw


def _portrait(x: float, y: float, side: float, persona: PersonaInfo,
              photo: ImageReader | None) -> Callable[[Canvas, float, float], None]:
    def draw(c: Canvas, left: float, top: float) -> None:
        box_x, box_y = left + x, top - y - side
        if photo is not None:
            width, height = photo.getSize()
            scale = side / max(width, height, 1)
            w, h = width * scale, height * scale
            c.drawImage(photo, box_x + (side - w) / 2.0, box_y + (side - h) / 2.0, w, h, mask="auto")
            return
        c.setFillColorRGB(*rgb(persona.colour or colours.STAGE_HEADER_FILL))
        c.circle(box_x + side / 2.0, box_y + side / 2.0, side / 2.0, stroke=0, fill=1)
        initials = "".join(word[0] for word in persona.name.split()[:2]).upper() or "?"
        c.setFillColorRGB(1.0, 1.0, 1.0)
        c.setFont(BOLD, side * 0.38)
        c.drawCentredString(box_x + side / 2.0, box_y + side * 0.36, initials)
    return draw
