"""Paper for posters: the named sizes, custom sizes, orientations, and how a poster is cut onto office sheets.

Qt-free and ReportLab-free, so the editor's poster dialog can count sheets
without loading the PDF machinery.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

#: Portrait sizes (width, height) of the named papers, in millimetres (ISO 216).
PAPERS: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0), "A1": (594.0, 841.0), "A2": (420.0, 594.0), "A3": (297.0, 420.0), "A4": (210.0, 297.0),
}
#: Points per millimetre.
MM = 72.0 / 25.4
#: Points per canvas pixel at 100 % (96 pixels to the inch).
CANVAS_PT = 72.0 / 96.0
_CUSTOM = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)\s*(?:mm)?\s*$", re.IGNORECASE)
#: Names of the orientations (context "poster").
ORIENTATIONS = {"portrait": QT_TRANSLATE_NOOP("poster", "portrait"),
                "landscape": QT_TRANSLATE_NOOP("poster", "landscape")}


class PosterError(ParcoursError):
    """A poster option the user chose cannot be honoured (unknown paper, bad overlap...)."""


def paper_size_mm(paper: str) -> tuple[float, float]:
    """(width, height) in mm of ``paper``: a name A0..A4 (portrait) or ``"WIDTHxHEIGHTmm"`` as written."""
    named = PAPERS.get(paper.strip().upper())
    if named is not None:
        return named
    match = _CUSTOM.match(paper)
    if match:
        width, height = (float(group.replace(",", ".")) for group in match.groups())
        if 50.0 <= width <= 5000.0 and 50.0 <= height <= 5000.0:
            return width, height
    raise PosterError(QT_TRANSLATE_NOOP(
        "errors", "There is no paper {paper}; choose A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm (50 to 5000 mm)."),
        paper=paper)


def sheet_size_mm(paper: str, orientation: str | None) -> tuple[float, float]:
    """(width, height) in mm of ``paper`` turned to ``orientation`` ("portrait", "landscape", None: as named)."""
    width, height = paper_size_mm(paper)
    if orientation is None:
        return width, height
    if orientation not in ("portrait", "landscape"):
        raise PosterError(QT_TRANSLATE_NOOP("errors", "There is no orientation {name}; choose portrait or landscape."),
                          name=orientation)
    short, long = sorted((width, height))
    return (long, short) if orientation == "landscape" else (short, long)


@dataclass(frozen=True, slots=True)
class TileGrid:
    """How a poster is cut into sheets: counts, the sheet size and the window each sheet shows (in mm)."""

    rows: int
    columns: int
    sheet_mm: tuple[float, float]
    orientation: str
    #: Printable window of one sheet (the sheet less its margins).
    window_mm: tuple[float, float]
    overlap_mm: float
    margin_mm: float
    #: Top left corner of the tiled area on the poster (mm from the poster's top left): only content is tiled.
    origin_mm: tuple[float, float] = (0.0, 0.0)
    #: Sheets saved by tiling only the area holding content rather than the whole poster sheet.
    saved: int = 0
    #: Size (mm) of the area tiled (the poster's content less its margins; the poster itself for :func:`tile_grid`).
    area_mm: tuple[float, float] = (0.0, 0.0)
    #: (row, column) of the sheets of the grid left out because nothing would print on them.
    blank: tuple[tuple[int, int], ...] = ()

    @property
    def sheets(self) -> int:
        """Number of tile sheets printed (the assembly page not counted)."""
        return self.rows * self.columns - len(self.blank)

    @property
    def sheets_saved(self) -> int:
        """Sheets the whole poster sheet would have needed more: blank rows and columns, blank sheets."""
        return self.saved + len(self.blank)

    def cells(self) -> list[tuple[int, int]]:
        """(row, column) of every sheet of the grid, row by row."""
        return [(row, column) for row in range(self.rows) for column in range(self.columns)]


def _count(length: float, window: float, overlap: float) -> int:
    """ceil((L - overlap) / (window - overlap)), at least 1; tolerant of float noise."""
    return max(1, math.ceil((length - overlap) / (window - overlap) - 1e-9))


def tile_grid(poster_mm: tuple[float, float], tile: str, tile_orientation: str | None = None,
              overlap_mm: float = 10.0, margin_mm: float = 10.0) -> TileGrid:
    """The sheet grid of a poster of ``poster_mm`` on ``tile`` paper; None orientation: fewest sheets.

    On a tie, portrait wins. Raises :class:`PosterError` when the overlap
    leaves nothing of a sheet to advance by.
    """
    options = [tile_orientation] if tile_orientation else ["portrait", "landscape"]
    best: TileGrid | None = None
    for orientation in options:
        sheet = sheet_size_mm(tile, orientation)
        window = (sheet[0] - 2.0 * margin_mm, sheet[1] - 2.0 * margin_mm)
        if overlap_mm < 0 or min(window) - overlap_mm < 10.0:
            raise PosterError(QT_TRANSLATE_NOOP(
                "errors", "An overlap of {overlap} mm and margins of {margin} mm leave too little of a {paper} sheet."),
                overlap=f"{overlap_mm:g}", margin=f"{margin_mm:g}", paper=tile)
        grid = TileGrid(_count(poster_mm[1], window[1], overlap_mm), _count(poster_mm[0], window[0], overlap_mm),
                        sheet, orientation, window, overlap_mm, margin_mm, area_mm=poster_mm)
        if best is None or grid.sheets < best.sheets:
            best = grid
    assert best is not None
    return best


def tile_count(paper: str = "A0", orientation: str | None = "portrait", tile: str = "A4",
               tile_orientation: str | None = None, overlap_mm: float = 10.0, margin_mm: float = 10.0) -> TileGrid:
    """The sheet grid for ``paper`` in ``orientation`` tiled on ``tile``: ``.sheets``, ``.rows``, ``.columns``.

    ``tile_orientation`` None picks the orientation that needs fewest sheets
    (``.orientation`` says which). The poster orientation None means portrait
    here; :func:`export_poster` chooses it from the map first. The poster's
    own margins are not printed (see :func:`content_grid`).
    """
    return content_grid(sheet_size_mm(paper, orientation or "portrait"), None, tile, tile_orientation, overlap_mm,
                        margin_mm)


def content_grid(poster_mm: tuple[float, float], content_mm: tuple[float, float] | None, tile: str,
                 tile_orientation: str | None = None, overlap_mm: float = 10.0, margin_mm: float = 10.0) -> TileGrid:
    """The sheet grid of the part of a ``poster_mm`` poster that holds content, and the sheets that saves.

    ``content_mm`` is the size of the area drawn on, from the poster's top
    left corner and its margins included (None: the whole sheet). The
    poster's margins are left off (each tile has margins of its own), so
    the grid covers the content less one margin on every side.
    """
    width, height = content_mm or poster_mm
    inner = (max(width - 2.0 * margin_mm, 1.0), max(height - 2.0 * margin_mm, 1.0))
    grid = tile_grid(inner, tile, tile_orientation, overlap_mm, margin_mm)
    whole = tile_grid(poster_mm, tile, tile_orientation, overlap_mm, margin_mm)
    return dataclasses.replace(grid, origin_mm=(margin_mm, margin_mm), saved=max(0, whole.sheets - grid.sheets))


def band_height(width: float, height: float) -> float:
    """Height (pt) of a poster's title band on a ``width`` x ``height`` pt sheet; the rest of its type follows it."""
    return max(9.0 * MM, 0.04 * min(width, height))


#: Share of the sheet's inner width the persona column takes, on a landscape and on a portrait sheet.
PANEL_SHARE = {"landscape": 0.18, "portrait": 0.24}


def automatic_orientation(paper: str, map_size: tuple[float, float], margin_mm: float = 10.0, *,
                          persona_panel: bool = False) -> str:
    """The orientation a poster takes when none is asked: the one where the map comes out largest.

    A custom size is taken as written. For a named paper, the map's room on
    each turn is the sheet less its margins, the title band, the stamp and a
    two-row legend, and the persona column when there is one: the poster
    and the poster dialog's preview both decide with this rule, so they agree.
    """
    if paper.strip().upper() not in PAPERS:
        width, height = paper_size_mm(paper)
        return "landscape" if width > height else "portrait"
    fits = {}
    for turn in ("portrait", "landscape"):
        room_w, room_h = map_room(sheet_size_mm(paper, turn), margin_mm, persona_panel=persona_panel)
        fits[turn] = min(room_w / max(map_size[0], 1.0), room_h / max(map_size[1], 1.0))
    return "landscape" if fits["landscape"] > fits["portrait"] * 1.001 else "portrait"


def map_room(sheet_mm: tuple[float, float], margin_mm: float = 10.0, *,
             persona_panel: bool = False) -> tuple[float, float]:
    """About how much room (pt) a poster's map has on a sheet: less margins, title band, stamp, a two-row legend.

    An estimate for choices made before drawing (orientation, whether a
    chosen scale fits); the poster's own frame is exact.
    """
    width, height = sheet_mm[0] * MM, sheet_mm[1] * MM
    band = band_height(width, height)
    inner = width - 2.0 * margin_mm * MM
    turn = "landscape" if width >= height else "portrait"
    room_w = inner * (1.0 - PANEL_SHARE[turn]) - band * 0.25 if persona_panel else inner
    room_h = height - 2.0 * margin_mm * MM - band * 2.05 - max(6.0, band * 0.16) * 2.0
    return room_w, room_h
