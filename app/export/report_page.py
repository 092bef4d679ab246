"""What every A4 report shares: the page, its styles and markup, the project's words, the numbered canvas.

The action plan (:mod:`app.export.report_actions`, :mod:`app.export.report_plan`,
:mod:`app.export.report_matrix`) and the persona sheets
(:mod:`app.export.report_personas`) draw with these; :mod:`app.export.report`
writes their files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from app import __version__
from app.export.fallback_canvas import FallbackCanvas
from app.export.fonts import BOLD, REGULAR, clean_text
from app.export.poster_draw import label, rgb
from app.model import colours
from app.model.dates import date_text
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.schema import Journey, Project

#: Points per millimetre.
MM = 72.0 / 25.4
#: A4 portrait in points (210 x 297 mm).
A4 = (210.0 * MM, 297.0 * MM)
#: Page margin.
MARGIN = 15.0 * MM
#: Height kept free at the bottom of every page for the footer.
FOOTER = 8.0 * MM

_PAGE = QT_TRANSLATE_NOOP("report", "page {page}/{pages}")
_STAMP = QT_TRANSLATE_NOOP("poster", "Parcours {version} · {date}")


class ReportError(ParcoursError):
    """A report that cannot be made (nothing to print, unknown journey)."""


def say(text: str) -> str:
    """``text`` of context "report" in the language of the report being drawn."""
    return label("report", text)


def labelled(name: str, text: str) -> str:
    """"name: text" with the report language's typography (French: a non-breaking space before the colon)."""
    return say(QT_TRANSLATE_NOOP("report", "{label}: {text}")).format(label=name, text=text)


def markup(text: str | None) -> str:
    """``text`` made safe for a ReportLab Paragraph: font-cleaned, escaped, line breaks kept."""
    cleaned = clean_text(text or "").strip()
    return escape(cleaned).replace("\n", "<br/>")


def bold(text: str) -> str:
    """Paragraph markup for ``text`` (already escaped) in the bold face."""
    return f'<font name="{BOLD}">{text}</font>'


def coloured(text: str, colour: str) -> str:
    """Paragraph markup for ``text`` (already escaped) in ``colour`` (``#RRGGBB``)."""
    return f'<font color="{colour}">{text}</font>'


def colour(hex_value: str) -> Color:
    """A ReportLab colour from ``#RRGGBB``."""
    return Color(*rgb(hex_value))


def tint(hex_value: str, amount: float) -> str:
    """``hex_value`` mixed with white: ``amount`` 0 gives white, 1 the colour itself."""
    r, g, b = rgb(hex_value)
    return "#" + "".join(f"{round(255 * (1.0 - amount * (1.0 - part))):02X}" for part in (r, g, b))


def style(name: str, size: float, *, font: str = REGULAR, leading: float = 1.25, text: str = colours.TEXT,
          **extra: object) -> ParagraphStyle:
    """A paragraph style in the bundled font (bullets too, so no base-14 font creeps in)."""
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * leading, textColor=colour(text),
                          bulletFontName=REGULAR, splitLongWords=1, **extra)


def elide(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, with "…" when it was cut."""
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


@dataclass(frozen=True, slots=True)
class Meta:
    """What every page of a report carries: the title block's words and the footer."""

    project: str
    organisation: str
    author: str
    language: str
    date: dt.date

    def stamp(self) -> str:
        """The poster's stamp: Parcours version and date."""
        return label("poster", _STAMP).format(version=__version__, date=date_text(self.date, self.language))


def read_meta(session: Session, created: dt.datetime | dt.date | None, language: str | None) -> Meta:
    """Project words, language and date of a report."""
    project = session.get(Project, 1)
    when = created if created is not None else dt.datetime.now()
    day = when.date() if isinstance(when, dt.datetime) else when
    return Meta(project=clean_text(project.title if project else ""),
                organisation=clean_text(project.organisation if project else ""),
                author=clean_text(project.author if project else ""),
                language=language or (project.language.value if project else "en"), date=day)


def find_journey(session: Session, journey_id: int | None) -> Journey | None:
    """The journey ``journey_id`` (None: none, the whole project); :class:`ReportError` when it does not exist."""
    if journey_id is None:
        return None
    journey = session.get(Journey, journey_id)
    if journey is None:
        raise ReportError(QT_TRANSLATE_NOOP("errors", "There is no such journey in this project."))
    return journey


class NumberedCanvas(FallbackCanvas):
    """A canvas that writes "page n/N", a label and the stamp at the foot of every page when it is saved.

    Pages are kept until :meth:`save`, when their count is known. ``footer``
    (the report's label) and ``meta`` are set by :func:`canvas_maker`.
    """

    footer: Callable[[int], str] = staticmethod(lambda page: "")
    meta: Meta | None = None

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Draw every page's footer now that the page count is known, then write the PDF."""
        total = len(self._pages)
        for index, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(index, total)
            Canvas.showPage(self)
        Canvas.save(self)

    @property
    def page_count(self) -> int:
        """Pages shown so far."""
        return len(self._pages)

    def _draw_footer(self, page: int, total: int) -> None:
        meta = self.meta
        width = self._pagesize[0]
        y = MARGIN - 4.0 * MM
        self.saveState()
        self.setStrokeColorRGB(*rgb(colours.GRID_LINE))
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 9.0, width - MARGIN, y + 9.0)
        self.setFillColorRGB(*rgb(colours.MUTED_TEXT))
        self.setFont(REGULAR, 7.5)
        self.drawCentredString(width / 2.0, y, say(_PAGE).format(page=page, pages=total))
        stamp = meta.stamp() if meta else ""
        self.drawRightString(width - MARGIN, y, stamp)
        room = width / 2.0 - MARGIN - 30.0
        text = self.footer(page)
        while text and self.stringWidth(text, REGULAR, 7.5) > room:
            text = text[:-2] + "…" if len(text) > 1 else ""
        self.drawString(MARGIN, y, text)
        self.restoreState()


def canvas_maker(meta: Meta, created: dt.datetime | dt.date | None, footer: Callable[[int], str],
                 title: str) -> Callable[..., NumberedCanvas]:
    """A factory of :class:`NumberedCanvas` (what platypus calls ``canvasmaker``), reproducible with ``created``."""

    def make(*args: object, **kwargs: object) -> NumberedCanvas:
        kwargs["invariant"] = 1 if created is not None else 0
        kwargs["initialFontName"] = REGULAR
        kwargs.setdefault("pageCompression", 1)
        c = NumberedCanvas(*args, **kwargs)
        c.meta = meta
        c.footer = footer
        if created is not None:
            stamp = created if isinstance(created, dt.datetime) else dt.datetime.combine(created, dt.time())
            fixed = stamp.strftime("D:%Y%m%d%H%M%S") + "+00'00'"
            c.setDateFormatter(lambda *_: fixed)
        c.setTitle(title)
        c.setAuthor(meta.author)
        c.setSubject(meta.project)
        c.setCreator(f"Parcours {__version__}")
        return c

    return make
