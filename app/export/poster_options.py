"""The options of a poster, in one place for the command line and the editor's poster dialog.

:class:`PosterOptions` is plain data that maps onto the keywords of
:func:`app.export.poster.export_poster` (``parcours export OUT.pdf``'s
options, the poster dialog's fields); its :meth:`~PosterOptions.content` is
the part a PNG or SVG picture of the poster takes too. The papers offered,
the marks that can be left off, and the orientation a poster takes when
none is asked for are here as well.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from app.export import paper as papers

#: Named papers offered for the poster (ISO 216), and the sheets an office printer takes.
POSTER_PAPERS = ("A0", "A1", "A2", "A3", "A4")
TILE_PAPERS = ("A4", "A3")
#: Print-shop bleeds offered, in mm.
BLEEDS = (0.0, 3.0, 5.0)
#: The orientations a poster or its sheets can be given (None: automatic).
ORIENTATIONS = ("portrait", "landscape")
#: The method's marks that can be left off (the fields of :class:`PosterContent`), in the order the
#: dialog shows their check boxes.
MARK_NAMES = ("header", "durations", "severity", "first_last", "interaction", "kpis", "evidence_images")
#: The fixed map scales a poster accepts, in percent of the canvas at 100 %.
SCALE_RANGE = (1.0, 1000.0)


@dataclass(frozen=True, slots=True)
class PosterContent:
    """Which of the method's marks a poster prints (each can be left off)."""

    #: The customer's goal, expectations and the objectives served, in a band under the title.
    header: bool = True
    #: Stage durations and waiting times under the stage headers.
    durations: bool = True
    #: Severity and share of customers on pain points.
    severity: bool = True
    #: The first and last touchpoints.
    first_last: bool = True
    #: Digital or human touchpoints.
    interaction: bool = True
    #: KPI and measurement-point markers.
    kpis: bool = True
    #: The first evidence image of each card as a thumbnail on it (only when asked: photos weigh).
    evidence_images: bool = False


#: Every mark printed: the default.
EVERY_MARK = PosterContent()


@dataclass(frozen=True)
class PosterOptions:
    """How to print a journey as a poster: the keywords of :func:`app.export.poster.export_poster`."""

    #: "A0".."A4" or a custom "WIDTHxHEIGHTmm".
    paper: str = "A0"
    #: "portrait", "landscape" or None (automatic: landscape when the map is wider than tall).
    orientation: str | None = None
    margin_mm: float = 10.0
    #: "A4" or "A3" to print on office sheets, None for one sheet.
    tile: str | None = None
    #: Orientation of the office sheets; None: whichever needs fewest.
    tile_orientation: str | None = None
    overlap_mm: float = 10.0
    #: Print-shop bleed (only without tiling).
    bleed_mm: float = 0.0
    crop_marks: bool = False
    #: The legend strip and the column of the journey's personas.
    legend: bool = True
    persona_panel: bool = True
    #: The map at this percentage of the canvas at 100 %; None: as large as the sheet allows.
    scale_percent: float | None = None
    #: The method's marks (see :class:`PosterContent`).
    header: bool = True
    durations: bool = True
    severity: bool = True
    first_last: bool = True
    interaction: bool = True
    kpis: bool = True
    evidence_images: bool = False
    #: The journey whose curve is overlaid (not remembered: ids belong to one project).
    compare: int | None = None

    def content(self) -> PosterContent:
        """Which of the method's marks to print."""
        return PosterContent(**{name: getattr(self, name) for name in MARK_NAMES})

    def keywords(self) -> dict[str, Any]:
        """The keywords for ``export_poster``, as given (it refuses tiling with a bleed in one sentence)."""
        keywords = asdict(self)
        for name in MARK_NAMES:
            del keywords[name]
        keywords["content"] = self.content()
        return keywords

    def export_keywords(self) -> dict[str, Any]:
        """The keywords for ``export_poster`` from the dialog, which offers tiling or a bleed: tiling wins."""
        keywords = self.keywords()
        if self.tile is not None:
            keywords.update(bleed_mm=0.0, crop_marks=False)
        return keywords

    def sanitised(self) -> PosterOptions:
        """These options with the choices that make no sense (remembered from elsewhere) set back to automatic."""
        options = self
        if options.orientation not in (None, *ORIENTATIONS):
            options = replace(options, orientation=None)
        if options.tile not in (None, *TILE_PAPERS):
            options = replace(options, tile=None)
        if options.tile_orientation not in (None, *ORIENTATIONS):
            options = replace(options, tile_orientation=None)
        if options.scale_percent is not None and not SCALE_RANGE[0] <= options.scale_percent <= SCALE_RANGE[1]:
            options = replace(options, scale_percent=None)
        return options


def natural_orientation(paper: str, map_size: tuple[float, float] | None, persona_panel: bool = False) -> str:
    """The orientation ``export_poster`` picks when asked for none (the same rule; portrait without a map)."""
    return papers.automatic_orientation(paper, map_size or (1.0, 1.0), persona_panel=persona_panel)


# --------------------------------------------------------------------------- what the options give, before drawing


def content_mm(options: PosterOptions, poster_mm: tuple[float, float], map_size: tuple[float, float] | None,
               has_personas: bool) -> tuple[float, float] | None:
    """About the part of the sheet a map at a fixed scale takes (only it is tiled); None: the whole sheet.

    ``map_size`` is the map's size on the canvas (None: not known); ``has_personas`` whether the journey
    has personas (the persona column then takes room from the map).
    """
    if options.scale_percent is None or map_size is None:
        return None
    room = papers.map_room(poster_mm, options.margin_mm, persona_panel=options.persona_panel and has_personas)
    points = papers.CANVAS_PT * options.scale_percent / 100.0
    around = (poster_mm[0] - room[0] / papers.MM, poster_mm[1] - room[1] / papers.MM)
    return (min(poster_mm[0], around[0] + map_size[0] * points / papers.MM),
            min(poster_mm[1], around[1] + map_size[1] * points / papers.MM))


def largest_scale_percent(options: PosterOptions, poster_mm: tuple[float, float], map_size: tuple[float, float],
                          has_personas: bool) -> float:
    """About the largest fixed scale at which the map fits the sheet (the poster's frame decides to the point)."""
    room = papers.map_room(poster_mm, options.margin_mm, persona_panel=options.persona_panel and has_personas)
    fits = min(room[0] / max(map_size[0], 1.0), room[1] / max(map_size[1], 1.0)) / papers.CANVAS_PT
    return fits * 100.0


def sheet_grid(options: PosterOptions, poster_mm: tuple[float, float], map_size: tuple[float, float] | None,
               has_personas: bool, tile_orientation: str | None = None) -> papers.TileGrid:
    """The office sheets the poster takes (``options.tile`` is set); ``tile_orientation`` overrides the options'."""
    tile = options.tile or TILE_PAPERS[0]
    return papers.content_grid(poster_mm, content_mm(options, poster_mm, map_size, has_personas), tile,
                               tile_orientation or options.tile_orientation, options.overlap_mm, options.margin_mm)
