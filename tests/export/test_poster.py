"""The PDF poster: paper sizes, tiling, embedded fonts, extractable French text, reproducible bytes."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app import __version__
from app.__main__ import main
from app.export import poster
from app.export.poster import MM, PosterError, ReportLabMetrics, clean_text, export_poster, tile_count
from app.model import ops, templates
from app.model.enums import LaneKind
from app.model.errors import ParcoursError
from app.model.schema import Base, Card, Lane, Project
from tests.export.conftest import onboarding_sample

CREATED = dt.date(2026, 1, 2)
BASE_14 = {"Courier", "Helvetica", "Times-Roman", "Symbol", "ZapfDingbats", "Times-Bold", "Helvetica-Bold"}


@pytest.fixture(scope="module")
def session() -> Iterator[Session]:
    """The French onboarding sample, in memory (read only by these tests)."""
    yield from onboarding_sample("fr")


def _pages(path: Path) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(path).pages)


def _size_pt(mm: tuple[float, float]) -> tuple[float, float]:
    return (mm[0] * 72.0 / 25.4, mm[1] * 72.0 / 25.4)


def _assert_size(page: pypdf.PageObject, mm: tuple[float, float]) -> None:
    width, height = _size_pt(mm)
    assert float(page.mediabox.width) == pytest.approx(width, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(height, abs=0.01)


def _sheets(length: float, sheet: float, margin: float = 10.0, overlap: float = 10.0) -> int:
    """The tiling formula, written out again: ceil((L - overlap) / (w - overlap)), w the printable width."""
    return max(1, math.ceil((length - overlap) / (sheet - 2 * margin - overlap)))


# ---------------------------------------------------------------------- sizes and counts


@pytest.mark.parametrize(("paper", "orientation", "size_mm"), [
    ("A0", "portrait", (841.0, 1189.0)),
    ("A0", "landscape", (1189.0, 841.0)),
    ("A1", "portrait", (594.0, 841.0)),
    ("A3", "landscape", (420.0, 297.0)),
    ("1000x700mm", None, (1000.0, 700.0)),
])
def test_a_single_sheet_has_the_paper_size_to_the_point(session, tmp_path, paper, orientation, size_mm):
    out = tmp_path / "poster.pdf"
    result = export_poster(session, None, out, paper=paper, orientation=orientation, created=CREATED)
    pages = _pages(out)
    assert len(pages) == result.pages == 1
    _assert_size(pages[0], size_mm)


def test_a_named_paper_turns_the_way_the_map_is_largest_and_a_custom_one_is_taken_as_written(session, tmp_path):
    drawn = poster.PosterDrawing(session, None, CREATED)
    size = (drawn.layout.width, drawn.layout.height)
    expected = poster.automatic_orientation("A0", size, persona_panel=True)
    assert export_poster(session, None, tmp_path / "a.pdf", created=CREATED).orientation == expected
    # The rule: the turn where the map's room, less the title band, legend and persona column, holds it largest.
    assert poster.automatic_orientation("A0", (3000.0, 1000.0)) == "landscape"
    assert poster.automatic_orientation("A0", (1000.0, 3000.0)) == "portrait"
    # A square map beside the persona column is larger on a landscape sheet, alone on either.
    assert poster.automatic_orientation("A1", (1000.0, 1000.0), persona_panel=True) == "landscape"
    assert poster.automatic_orientation("A1", (1000.0, 1000.0)) == "portrait"
    assert export_poster(session, None, tmp_path / "b.pdf", paper="700x1000mm",
                         created=CREATED).orientation == "portrait"


@pytest.mark.parametrize(("paper", "orientation", "tile", "tile_orientation", "grid", "sheet_mm"), [
    # Only the poster inside its margins is tiled. A0 portrait (821 x 1169 mm inside) on A4 portrait:
    # 811/180 -> 5 columns, 1159/267 -> 5 rows.
    ("A0", "portrait", "A4", "portrait", (5, 5), (210.0, 297.0)),
    # A0 portrait on A3, orientation chosen: portrait needs 3 x 4 = 12, landscape 5 x 3 = 15.
    ("A0", "portrait", "A3", None, (3, 4), (297.0, 420.0)),
    # A1 portrait on A4, orientation chosen: landscape 5 x 3 = 15, portrait 4 x 4 = 16.
    ("A1", "portrait", "A4", None, (5, 3), (297.0, 210.0)),
    ("A0", "landscape", "A4", "landscape", (5, 5), (297.0, 210.0)),
])
def test_tiles_follow_the_formula_plus_an_assembly_page(session, tmp_path, paper, orientation, tile,
                                                        tile_orientation, grid, sheet_mm):
    out = tmp_path / "tiled.pdf"
    result = export_poster(session, None, out, paper=paper, orientation=orientation, tile=tile,
                           tile_orientation=tile_orientation, created=CREATED)
    poster_mm = poster.sheet_size_mm(paper, orientation)
    assert (_sheets(poster_mm[1] - 20.0, sheet_mm[1]), _sheets(poster_mm[0] - 20.0, sheet_mm[0])) == grid
    assert (result.tiles.rows, result.tiles.columns) == grid
    pages = _pages(out)
    # Sheets on which nothing would print are left out (and named on the assembly page).
    assert len(pages) == result.pages == grid[0] * grid[1] - len(result.tiles.blank) + 1
    for page in pages:
        _assert_size(page, sheet_mm)
    counted = tile_count(paper, orientation, tile, tile_orientation)
    assert (counted.rows, counted.columns, counted.sheet_mm) == (*grid, sheet_mm)


def test_tile_count_prefers_the_orientation_with_fewest_sheets_and_portrait_on_a_tie():
    edge_to_edge = {"overlap_mm": 0.0, "margin_mm": 0.0}
    assert tile_count("A4", "portrait", "A4", **edge_to_edge).sheets == 1
    assert tile_count("A4", "portrait", "A4", **edge_to_edge).orientation == "portrait"
    # The poster's own margins are not printed: an A4 poster inside its margins fits one A4 sheet inside its own.
    assert (tile_count("A4", "portrait", "A4").sheets, tile_count("A4", "portrait", "A4").orientation) == (
        1, "portrait")
    square = tile_count("594x594mm", None, "A4", **edge_to_edge)  # 3 x 2 either way
    assert (square.sheets, square.orientation) == (6, "portrait")
    assert tile_count("A0", "portrait", "A4", **edge_to_edge).sheets == 18  # 841 > 4 x 210: 3 x 6 landscape
    assert tile_count("A0", "portrait", "A4", "portrait", overlap_mm=20).columns == _sheets(821, 210, 10, 20)


@pytest.mark.parametrize("options", [{"paper": "B5"}, {"paper": "10x10mm"}, {"tile": "A4", "overlap_mm": 185.0},
                                     {"orientation": "sideways"}, {"margin_mm": -1.0}])
def test_impossible_options_are_refused_and_nothing_is_written(session, tmp_path, options):
    out = tmp_path / "poster.pdf"
    with pytest.raises(PosterError):
        export_poster(session, None, out, **options)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- fonts and text


def _fonts(resources, seen: set[int]) -> Iterator[pypdf.generic.DictionaryObject]:
    """Every font reachable from a resources dictionary, through forms too."""
    resources = resources.get_object() if resources is not None else {}
    for font in (resources.get("/Font") or {}).values():
        yield font.get_object()
    for xobject in (resources.get("/XObject") or {}).values():
        if xobject.idnum not in seen:
            seen.add(xobject.idnum)
            yield from _fonts(xobject.get_object().get("/Resources"), seen)


def test_every_font_is_the_bundled_one_embedded(session, tmp_path):
    out = tmp_path / "tiled.pdf"
    export_poster(session, None, out, paper="A2", tile="A4", created=CREATED)
    seen: set[int] = set()
    fonts = [font for page in _pages(out) for font in _fonts(page.get("/Resources"), seen)]
    assert fonts
    for font in fonts:
        descendants = font.get("/DescendantFonts")
        described = descendants[0].get_object() if descendants else font
        assert "/FontFile2" in described["/FontDescriptor"].get_object(), font["/BaseFont"]
        assert "DejaVuSans" in font["/BaseFont"]
        assert font["/BaseFont"].lstrip("/") not in BASE_14


def test_french_text_title_block_and_stamp_are_extractable(session, tmp_path):
    out = tmp_path / "poster.pdf"
    export_poster(session, None, out, created=CREATED)
    text = _pages(out)[0].extract_text()
    project = session.get(Project, 1)
    for expected in ("Mon nouvel emploi", "Irritants", "é", project.title, project.author, project.organisation,
                     "Camille Martin", f"Parcours {__version__} · 02/01/2026"):
        assert expected and expected in text


def test_every_tile_carries_its_label_the_journey_and_the_stamp(session, tmp_path):
    out = tmp_path / "tiled.pdf"
    result = export_poster(session, None, out, paper="A1", orientation="portrait", tile="A4",
                           tile_orientation="portrait", created=CREATED, language="en")
    pages = _pages(out)
    assembly = pages[0].extract_text()
    assert "Print at 100 % (actual size)" in assembly and "16 sheets" in assembly
    rows, columns = result.tiles.rows, result.tiles.columns
    labels = [f"row {row}/{rows} · column {column}/{columns}" for row in range(1, rows + 1)
              for column in range(1, columns + 1)]
    for page, label in zip(pages[1:], labels, strict=True):
        text = page.extract_text()
        assert label in text and "Mon nouvel emploi" in text and "2026-01-02" in text and __version__ in text


def test_the_metrics_match_the_canvas_line_spacing():
    metrics = ReportLabMetrics()
    # QFontMetricsF of DejaVu Sans at these pixel sizes: (ascent, lineSpacing).
    for size, ascent, spacing in ((10.0, 9.28125, 11.625), (11.0, 10.203125, 12.796875), (13.0, 12.0625, 15.125)):
        assert (metrics.ascent(size), metrics.line_height(size)) == (ascent, spacing)
    assert metrics.width("Irritants", 13.0, True) > metrics.width("Irritants", 13.0)


def test_characters_the_font_lacks_become_a_box_or_disappear():
    assert clean_text("Café « déjà » l’œuvre\u00a0!") == "Café « déjà » l’œuvre\u00a0!"
    assert clean_text("Go 🚀") == "Go □"
    assert clean_text("ok 😀🏽 ❤️ 👍") == "ok 😀 ❤ □"  # DejaVu Sans has a few emoticons, in black
    assert clean_text("a\tb\nc") == "a b\nc"


def test_emoji_in_a_card_do_not_stop_the_export(tmp_path):
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Project(title="Emoji"))
        session.flush()
        templates.populate(session, "onboarding", "en")
        lane_id = session.scalars(select(Lane.id).where(Lane.kind == LaneKind.IRRITANTS)).first()
        card = session.scalars(select(Card).where(Card.lane_id == lane_id)).first()
        ops.update_card(session, card.id, title="Launch 🚀 day 👩‍💻 ✅", body="Great 😀")
        session.flush()
        out = tmp_path / "emoji.pdf"
        export_poster(session, None, out, paper="A3", created=CREATED)
        text = _pages(out)[0].extract_text()
    engine.dispose()
    assert "Launch □ day" in " ".join(text.split())


# ---------------------------------------------------------------------- reuse and reproducibility


def test_the_same_input_gives_the_same_bytes(session, tmp_path):
    for options in ({}, {"tile": "A4"}):
        first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
        export_poster(session, None, first, created=CREATED, **options)
        export_poster(session, None, second, created=CREATED, **options)
        assert first.read_bytes() == second.read_bytes()
    assert pypdf.PdfReader(first).metadata["/CreationDate"].startswith("D:20260102")


def test_tiles_reuse_the_poster_drawn_once(session, tmp_path):
    single, tiled = tmp_path / "single.pdf", tmp_path / "tiled.pdf"
    export_poster(session, None, single, paper="A0", orientation="portrait", created=CREATED)
    result = export_poster(session, None, tiled, paper="A0", orientation="portrait", tile="A4",
                           tile_orientation="portrait", created=CREATED)
    assert result.tiles.rows * result.tiles.columns == 25 and result.tiles.sheets == 25 - len(result.tiles.blank)
    extra = tiled.stat().st_size - single.stat().st_size
    # Each sheet is a window on one Form XObject: well under a kilobyte a sheet, never a copy of the map.
    assert extra / result.pages < 1000
    forms = {page["/Resources"]["/XObject"].raw_get("/FormXob.poster").idnum for page in _pages(tiled)}
    assert len(forms) == 1


def test_tiled_file_is_at_most_1_3_times_the_single_poster_for_a_full_map(tmp_path):
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Project(title="Bigger"))
        session.flush()
        templates.populate(session, "onboarding", "fr")
        lanes = session.scalars(select(Lane).where(Lane.kind == LaneKind.STEPS)).first()
        stage_ids = [stage.id for stage in lanes.journey.stages]
        for index in range(60):
            ops.add_card(session, lanes.id, stage_ids[index % len(stage_ids)],
                         title=f"Étape {index} : vérifier les accès", body="Le collaborateur reçoit ses accès")
        session.flush()
        single, tiled = tmp_path / "single.pdf", tmp_path / "tiled.pdf"
        export_poster(session, None, single, created=CREATED)
        export_poster(session, None, tiled, tile="A4", created=CREATED)
    engine.dispose()
    assert tiled.stat().st_size <= 1.3 * single.stat().st_size


def test_the_bare_sample_on_25_a4_sheets_is_at_most_1_3_times_its_a0_poster(session, tmp_path):
    single, tiled = tmp_path / "single.pdf", tmp_path / "tiled.pdf"
    export_poster(session, None, single, orientation="portrait", created=CREATED)
    result = export_poster(session, None, tiled, orientation="portrait", tile="A4", created=CREATED)
    assert result.tiles.rows * result.tiles.columns == 25
    assert tiled.stat().st_size <= 1.3 * single.stat().st_size


# ---------------------------------------------------------------------- command line


def test_the_command_line_exports_a_tiled_poster(tmp_path, capsys):
    project = tmp_path / "sample.parcours"
    assert main(["new", str(project), "--lang", "fr"]) == 0
    out = tmp_path / "wall.pdf"
    assert main(["export", str(project), str(out), "--paper", "A1", "--portrait", "--tile", "a4",
                 "--tile-orientation", "portrait", "--overlap", "10"]) == 0
    assert len(_pages(out)) == 17
    assert "16 sheets" in capsys.readouterr().out


def test_the_command_line_refuses_an_unknown_paper_in_one_line(tmp_path, capsys):
    project = tmp_path / "sample.parcours"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    assert main(["export", str(project), str(tmp_path / "p.pdf"), "--paper", "B5"]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "B5" in error
    assert main(["export", str(project), str(tmp_path / "p.pdf"), "--journey", "nope"]) == 1
    assert not (tmp_path / "p.pdf").exists()


def test_millimetres_are_points():
    assert MM * 25.4 == pytest.approx(72.0)


def test_a_project_without_journeys_gets_a_sentence_and_an_empty_journey_a_poster(tmp_path):
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Project(title="Nothing yet"))
        session.flush()
        with pytest.raises(ParcoursError):
            export_poster(session, None, tmp_path / "none.pdf")
        ops.add_journey(session, "Empty journey")
        session.flush()
        result = export_poster(session, None, tmp_path / "empty.pdf", paper="A4", created=CREATED)
    engine.dispose()
    assert result.pages == 1 and "Empty journey" in _pages(tmp_path / "empty.pdf")[0].extract_text()
