"""Posters that use their sheet: the map fills the room, type stays readable, tiles hold content."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.__main__ import main
from app.export import poster
from app.export.poster import MM, export_poster
from app.export.poster_fit import MAX_TITLE_PT, READABLE_PT
from app.model import ops, templates
from app.model.enums import LaneKind
from app.model.schema import Journey
from tests.export.conftest import onboarding_sample

CREATED = dt.date(2026, 1, 2)
MARGIN_MM = 10.0
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")


@pytest.fixture(scope="module")
def english() -> Iterator[Session]:
    """The English onboarding sample (6 stages, two personas), in memory."""
    yield from onboarding_sample("en")


@pytest.fixture(scope="module")
def wide() -> Iterator[Session]:
    """The sample grown to 40 stages, with a card in every third cell of the new ones."""
    for session in onboarding_sample("en"):
        journey = session.scalars(select(Journey).order_by(Journey.position)).first()
        lanes = [lane for lane in journey.lanes if lane.kind is not LaneKind.EMOTIONS]
        for number in range(7, 41):
            ops.add_stage(session, journey.id, f"Stage {number}")
        session.flush()
        session.expire(journey)
        stages = list(journey.stages)
        assert len(stages) == 40
        for index, stage in enumerate(stages[6:]):
            for row, lane in enumerate(lanes):
                if (index + row) % 3 == 0:
                    ops.add_card(session, lane.id, stage.id, title=f"Card {index}.{row} with a few words",
                                 body="One line of body text")
        session.flush()
        yield session


def _raster(path: Path, dpi: int, page: int = 1) -> Image:  # noqa: F821 - PIL, imported when poppler is there
    from PIL import Image

    out = path.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), "-singlefile", str(path),
                    str(out)], check=True)
    image = Image.open(f"{out}.pgm")
    image.load()
    return image


def _ink_extent(values: list[int]) -> tuple[int, int]:
    """First and last index of a non-white pixel in a row or column of grey values."""
    inked = [index for index, value in enumerate(values) if value < 245]
    return (inked[0], inked[-1]) if inked else (0, -1)


def _text_sizes(path: Path) -> dict[str, float]:
    """Every string drawn on the first page and the smallest size (pt, on the sheet) it is printed at."""
    sizes: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        text = text.strip()
        if not text:
            return
        # The glyphs' vertical scale on the sheet: the text matrix times the current transformation.
        scale_y = abs(tm[3] * cm[3] + tm[1] * cm[2]) or abs(tm[2] * cm[1] + tm[3] * cm[3])
        printed = size * scale_y
        sizes[text] = min(printed, sizes.get(text, printed))

    pypdf.PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return sizes


@needs_poppler
@pytest.mark.parametrize(("paper", "orientation"), [("A0", "portrait"), ("A0", "landscape"), ("1000x700mm", None),
                                                    ("A4", "landscape")])
def test_the_map_spans_at_least_80_percent_of_the_usable_height_and_width(english, tmp_path, paper, orientation):
    out = tmp_path / "poster.pdf"
    result = export_poster(english, None, out, paper=paper, orientation=orientation, created=CREATED)
    dpi = 10 if paper != "A4" else 40
    image = _raster(out, dpi)
    width, height = image.size
    margin = MARGIN_MM / 25.4 * dpi
    usable_w, usable_h = width - 2 * margin, height - 2 * margin
    pixels = image.load()
    # Down columns through the map (right of the persona column), across rows through the middle of the sheet.
    columns = [_ink_extent([pixels[x, y] for y in range(height)]) for x in range(int(width * 0.3), int(width * 0.85))]
    rows = [_ink_extent([pixels[x, y] for x in range(width)]) for y in range(int(height * 0.15), int(height * 0.85))]
    top, bottom = min(extent[0] for extent in columns), max(extent[1] for extent in columns)
    left, right = min(extent[0] for extent in rows), max(extent[1] for extent in rows)
    assert (bottom - top + 1) / usable_h >= 0.8, (paper, orientation, top, bottom, height)
    assert (right - left + 1) / usable_w >= 0.8, (paper, orientation, left, right, width)
    assert result.smallest_text_pt > 0


def test_the_smallest_card_text_is_measured_and_capped(english, tmp_path):
    out = tmp_path / "poster.pdf"
    result = export_poster(english, None, out, paper="A0", orientation="portrait", created=CREATED)
    sizes = _text_sizes(out)
    # A card body of the sample (its first line, wherever it wraps), as printed: the size the result reports.
    body = next(size for text, size in sizes.items() if text.startswith("Finds the ad"))
    assert body == pytest.approx(result.smallest_text_pt, rel=0.01)
    assert result.smallest_text_pt >= READABLE_PT and result.warnings == ()
    # A 6-stage map on A0 would print giant letters if scaled freely: titles stop at the maximum.
    title_size = max(size for text, size in sizes.items() if text.startswith("Apply online"))
    assert title_size <= MAX_TITLE_PT + 0.01


def test_a_small_map_on_a_large_sheet_takes_wider_cards_not_larger_type(new_session, tmp_path):
    session = new_session()
    templates.populate(session, "blank", "en")  # three stages, empty lanes
    session.commit()
    out = tmp_path / "poster.pdf"
    drawn = poster.PosterDrawing(session, None, CREATED, persona_panel=False)
    frame = drawn.frame(1189 * MM, 841 * MM, MARGIN_MM * MM)
    fitted = drawn.fitted(frame)
    assert fitted.layout.style.title_size * fitted.scale == pytest.approx(MAX_TITLE_PT, rel=0.01)
    assert fitted.layout.style.card_width > drawn.layout.style.card_width
    assert fitted.layout.width * fitted.scale >= 0.95 * frame.area[0]
    assert fitted.layout.height * fitted.scale == pytest.approx(frame.area[1], rel=0.01)
    export_poster(session, None, out, paper="A0", orientation="landscape", persona_panel=False, created=CREATED)
    assert out.exists()


def test_tiny_card_text_still_writes_the_file_and_says_what_helps(wide, tmp_path):
    out = tmp_path / "poster.pdf"
    result = export_poster(wide, None, out, paper="A3", created=CREATED)
    assert out.exists() and result.smallest_text_pt < READABLE_PT
    (warning,) = result.warnings
    sentence = warning.message()
    assert "--no-personas" in sentence and "--tile A4" in sentence and sentence.count(".") <= 2
    assert f"{result.smallest_text_pt:.1f} pt" in sentence


def test_the_command_line_prints_the_readability_sentence_on_one_line(tmp_path, capsys):
    project = tmp_path / "p.parcours"
    assert main(["new", str(project)]) == 0
    assert main(["export", str(project), str(tmp_path / "small.pdf"), "--paper", "A4"]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "pt" in line]
    assert (tmp_path / "small.pdf").exists()
    if lines:  # the sample on A4: only when its card text comes out under the threshold
        assert len(lines) == 1 and "8 pt" in lines[0]
    assert main(["export", str(project), str(tmp_path / "big.pdf"), "--paper", "A0"]) == 0
    assert "pt" not in capsys.readouterr().err


def test_the_legend_never_sits_across_the_persona_panel_on_a_40_stage_map(wide, tmp_path):
    out = tmp_path / "poster.pdf"
    export_poster(wide, None, out, paper="A0", created=CREATED)
    lowest_persona, legend_top = None, None

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        nonlocal lowest_persona, legend_top
        y = tm[5] * cm[3] + cm[5] if cm[3] else tm[5]
        if text.strip() in ("Phone, In person / branch, SMS", "E-mail, Mobile app, Chat"):
            lowest_persona = y if lowest_persona is None else min(lowest_persona, y)
        if text.strip() == "Lanes":
            legend_top = y

    pypdf.PdfReader(out).pages[0].extract_text(visitor_text=visit)
    assert lowest_persona is not None and legend_top is not None
    assert legend_top < lowest_persona


def _blank_tiles(path: Path, pages: int, margin_mm: float = MARGIN_MM) -> list[int]:
    blank = []
    for page in range(2, pages + 1):
        image = _raster(path, 10, page)
        inset = round(margin_mm / 25.4 * 10) + 1
        window = image.crop((inset, inset, image.width - inset, image.height - inset))
        if window.getextrema()[0] >= 250:
            blank.append(page)
    return blank


@needs_poppler
@pytest.mark.parametrize("tile", ["A4", "A3"])
def test_tiles_at_100_percent_hold_content_and_none_is_blank(english, tmp_path, tile):
    out = tmp_path / "tiled.pdf"
    result = export_poster(english, None, out, paper="A0", tile=tile, scale_percent=100.0, created=CREATED)
    grid = result.tiles
    whole = poster.tile_grid(result.poster_mm, tile, grid.orientation, grid.overlap_mm, grid.margin_mm)
    # Only the poster around the map at 100 % is tiled: far fewer sheets than the whole A0 would take.
    assert grid.sheets < whole.sheets and grid.sheets_saved > 0
    assert len(pypdf.PdfReader(out).pages) == result.pages == grid.sheets + 1
    assert _blank_tiles(out, result.pages) == []


@needs_poppler
def test_a_filled_a0_on_a4_leaves_out_the_sheets_nothing_prints_on(english, tmp_path, capsys):
    out = tmp_path / "tiled.pdf"
    result = export_poster(english, None, out, paper="A0", orientation="portrait", tile="A4", created=CREATED)
    assert _blank_tiles(out, result.pages) == []
    assert result.pages == result.tiles.rows * result.tiles.columns - len(result.tiles.blank) + 1


def test_each_tile_names_its_neighbours_and_its_cut_edges(english, tmp_path):
    out = tmp_path / "tiled.pdf"
    result = export_poster(english, None, out, paper="A2", orientation="portrait", tile="A4",
                           tile_orientation="portrait", created=CREATED)
    grid = result.tiles
    assert grid.rows > 1 and grid.columns > 1 and not grid.blank
    pages = pypdf.PdfReader(out).pages
    middle = pages[1 + grid.columns + 1].extract_text()  # row 2, column 2
    assert "2·2" in middle and "cut here ← 2·1" in middle and "cut here ↑ 1·2" in middle
    first = pages[1].extract_text()
    assert "cut here" not in first and "→ 1·2" in first and "↓ 2·1" in first


def test_the_command_line_says_how_many_sheets_were_saved(tmp_path, capsys):
    project = tmp_path / "p.parcours"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    assert main(["export", str(project), str(tmp_path / "t.pdf"), "--paper", "A0", "--tile", "A3",
                 "--scale", "100"]) == 0
    out = capsys.readouterr().out
    assert "sheets saved" in out
    saved = int(out.split(" sheets saved")[0].split()[-1])
    assert saved > 0
