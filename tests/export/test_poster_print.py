"""Posters for print shops and walls: bleed and crop marks, legend, persona panel, language, progress."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator

import pypdf
import pytest
from reportlab.lib.utils import ImageReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.export.poster import MM, PosterError, export_poster
from app.export.progress import ExportCancelled
from app.model.enums import Language
from app.model.schema import Journey, Persona, Project
from tests.export.conftest import onboarding_sample

CREATED = dt.date(2026, 1, 2)


@pytest.fixture
def french() -> Iterator[Session]:
    """The French onboarding sample, in memory; each test may change it."""
    yield from onboarding_sample("fr")


@pytest.fixture
def english() -> Iterator[Session]:
    yield from onboarding_sample("en")


def _text(path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def _box(page: pypdf.PageObject, name: str) -> tuple[float, ...]:
    return tuple(round(float(value), 2) for value in page[name])


# ---------------------------------------------------------------------- the print-shop preset


@pytest.mark.parametrize(("paper", "orientation", "size_mm"), [
    ("A0", "portrait", (841.0, 1189.0)),
    ("A1", "landscape", (841.0, 594.0)),
    ("A3", "portrait", (297.0, 420.0)),
    ("1000x700mm", None, (1000.0, 700.0)),
])
@pytest.mark.parametrize(("bleed", "crop_marks"), [(3.0, False), (5.0, True), (0.0, True)])
def test_bleed_grows_the_page_and_the_trim_box_is_the_paper_to_the_point(english, tmp_path, paper, orientation,
                                                                        size_mm, bleed, crop_marks):
    out = tmp_path / "shop.pdf"
    result = export_poster(english, None, out, paper=paper, orientation=orientation, bleed_mm=bleed,
                           crop_marks=crop_marks, created=CREATED)
    (page,) = pypdf.PdfReader(out).pages
    outside = (bleed + (12.0 if crop_marks else 0.0)) * MM
    width, height = size_mm[0] * MM, size_mm[1] * MM
    assert float(page.mediabox.width) == pytest.approx(width + 2 * outside, abs=0.01)
    assert float(page.mediabox.height) == pytest.approx(height + 2 * outside, abs=0.01)
    trim = _box(page, "/TrimBox")
    assert trim == pytest.approx((outside, outside, outside + width, outside + height), abs=0.01)
    slug = outside - bleed * MM
    assert _box(page, "/BleedBox") == pytest.approx(
        (slug, slug, outside + width + bleed * MM, outside + height + bleed * MM), abs=0.01)
    assert result.poster_mm == size_mm
    text = page.extract_text()
    assert ("bleed" in text) == crop_marks  # the slug line names the trim and the bleed


def test_without_bleed_there_is_no_trim_box(english, tmp_path):
    out = tmp_path / "plain.pdf"
    export_poster(english, None, out, paper="A1", orientation="portrait", created=CREATED)
    (page,) = pypdf.PdfReader(out).pages
    assert "/TrimBox" not in page and "/BleedBox" not in page


def test_crop_marks_are_drawn_outside_the_bleed_in_registration_black(english, tmp_path):
    out = tmp_path / "marks.pdf"
    export_poster(english, None, out, paper="A3", orientation="portrait", bleed_mm=3.0, crop_marks=True,
                  created=CREATED)
    (page,) = pypdf.PdfReader(out).pages
    content = page.get_contents().get_data().decode("latin-1")
    assert content.count("1 1 1 1 K") == 1  # registration black: every ink
    # Eight marks, each from 3 mm beyond the 3 mm bleed for 5 mm: the first, left of the bottom left corner.
    trim = (3.0 + 12.0) * MM
    start, end = trim - 6.0 * MM, trim - 11.0 * MM
    assert f"n {start:.7g} {trim:.7g} m {end:.7g} {trim:.7g} l S" in content
    export_poster(english, None, out, paper="A3", orientation="portrait", bleed_mm=3.0, created=CREATED)
    (page,) = pypdf.PdfReader(out).pages
    assert "1 1 1 1 K" not in page.get_contents().get_data().decode("latin-1")


@pytest.mark.parametrize("options", [
    {"bleed_mm": 11.0}, {"bleed_mm": -1.0}, {"bleed_mm": 3.0, "tile": "A4"}, {"crop_marks": True, "tile": "A3"}])
def test_impossible_print_shop_options_get_a_sentence_and_nothing_is_written(english, tmp_path, options):
    out = tmp_path / "shop.pdf"
    with pytest.raises(PosterError) as caught:
        export_poster(english, None, out, created=CREATED, **options)
    message = caught.value.message(i18n.translate)
    assert message.endswith(".") and "\n" not in message
    assert not out.exists()


def test_the_command_line_makes_a_print_shop_poster(tmp_path, capsys):
    from app import cli

    project = tmp_path / "sample.parcours"
    assert cli.main(["new", str(project), "--lang", "en"]) == 0
    out = tmp_path / "shop.pdf"
    assert cli.main(["export", str(project), str(out), "--paper", "A2", "--bleed", "5", "--crop-marks"]) == 0
    (page,) = pypdf.PdfReader(out).pages
    assert "/TrimBox" in page
    assert cli.main(["export", str(project), str(out), "--tile", "A4", "--bleed", "3"]) == 1
    assert "cannot be combined" in capsys.readouterr().err


# ---------------------------------------------------------------------- legend and personas


def test_the_legend_names_the_lane_kinds_channels_emotions_and_marks_the_map_shows(english, tmp_path):
    out = tmp_path / "legend.pdf"
    export_poster(english, None, out, created=CREATED)
    text = _text(out)
    for expected in ("Lanes", "Pain points", "Delights", "Channels", "E-mail", "Emotions", "Joy", "Frustration",
                     "Marks", "Moment of truth", "Line of visibility"):
        assert expected in text
    bare = tmp_path / "bare.pdf"
    export_poster(english, None, bare, created=CREATED, legend=False, persona_panel=False)
    text = _text(bare)
    assert "Moment of truth" not in text and "Emotions" not in text and "Goals" not in text


def test_the_persona_panel_shows_goals_frustrations_and_channels(english, tmp_path):
    out = tmp_path / "personas.pdf"
    export_poster(english, None, out, paper="A1", created=CREATED)
    text = _text(out)
    journey = english.scalars(select(Journey).order_by(Journey.position)).first()
    assert journey.personas
    for persona in journey.personas:
        assert persona.name in text and persona.role in text
    assert "Goals" in text and "Frustrations" in text


def _png(colour: tuple[float, float, float]) -> bytes:
    """A small PNG made with ReportLab's own image support (no Qt)."""
    from reportlab.graphics import renderPM
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.colors import Color

    drawing = Drawing(24, 24)
    drawing.add(Rect(0, 0, 24, 24, fillColor=Color(*colour), strokeColor=None))
    return renderPM.drawToString(drawing, fmt="PNG")


def _photo_bytes() -> bytes:
    try:
        return _png((0.2, 0.5, 0.8))
    except Exception:  # renderPM needs a compiled extension; fall back to a PDF-free PNG
        import struct
        import zlib

        raw = b"".join(b"\x00" + b"\x33\x80\xcc" * 8 for _ in range(8))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _images(path) -> int:
    reader = pypdf.PdfReader(path)
    count = 0
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        count += sum(1 for ref in xobjects.values() if ref.get_object()["/Subtype"] == "/Image")
    return count


def test_a_persona_photo_is_drawn_and_a_damaged_one_gets_initials(english, tmp_path):
    first, second = english.scalars(select(Persona).order_by(Persona.position)).all()[:2]
    photo = _photo_bytes()
    assert ImageReader(io.BytesIO(photo)).getSize()[0] > 0
    first.photo, first.photo_type = photo, "image/png"
    second.photo, second.photo_type = b"\x89PNG not really", "image/png"
    english.flush()
    out = tmp_path / "photos.pdf"
    export_poster(english, None, out, created=CREATED)
    assert _images(out) == 1
    assert "".join(word[0] for word in second.name.split()[:2]).upper() in _text(out)


def test_a_very_long_persona_text_is_elided_inside_the_panel(english, tmp_path):
    persona = english.scalars(select(Persona).order_by(Persona.position)).first()
    persona.goals = "Trouver sa place. " * 400
    english.flush()
    out = tmp_path / "long.pdf"
    export_poster(english, None, out, paper="A4", created=CREATED)
    text = _text(out)
    assert "…" in text and text.count("Trouver sa place") < 400


# ---------------------------------------------------------------------- language


def test_labels_follow_the_project_language_not_the_interface(french, tmp_path):
    assert i18n.current_language() == "en"
    out = tmp_path / "fr.pdf"
    export_poster(french, None, out, created=CREATED)
    text = _text(out)
    assert "Émotions" in text and "Objectifs" in text and "Ligne de visibilité" in text
    assert "Goals" not in text
    english_out = tmp_path / "en.pdf"
    export_poster(french, None, english_out, created=CREATED, language="en")
    assert "Goals" in _text(english_out)


def test_an_english_project_prints_english_labels_under_a_french_interface(english, tmp_path):
    i18n.install("fr")
    try:
        out = tmp_path / "en.pdf"
        export_poster(english, None, out, created=CREATED)
    finally:
        i18n.install("en")
    text = _text(out)
    assert "Goals" in text and "Objectifs" not in text
    english.get(Project, 1).language = Language.FR
    english.flush()
    export_poster(english, None, out, created=CREATED)
    assert "Objectifs" in _text(out)


# ---------------------------------------------------------------------- progress and cancelling


@pytest.mark.parametrize("tile", [None, "A4"])
def test_progress_rises_to_one(english, tmp_path, tile):
    seen: list[float] = []
    export_poster(english, None, tmp_path / "p.pdf", tile=tile, created=CREATED, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) >= 4


def test_cancelling_leaves_the_previous_file_untouched(english, tmp_path):
    out = tmp_path / "p.pdf"
    out.write_bytes(b"previous")

    def cancel(fraction: float) -> None:
        if fraction > 0.3:
            raise ExportCancelled

    with pytest.raises(ExportCancelled):
        export_poster(english, None, out, tile="A4", created=CREATED, progress=cancel)
    assert out.read_bytes() == b"previous"
    assert [path.name for path in tmp_path.iterdir()] == ["p.pdf"]


# ---------------------------------------------------------------------- a chosen scale


def test_a_chosen_scale_draws_the_map_at_that_size_of_the_canvas(english, tmp_path):
    out = tmp_path / "scaled.pdf"
    export_poster(english, None, out, paper="A0", scale_percent=100.0, created=CREATED)
    content = pypdf.PdfReader(out).pages[0].get_contents().get_data().decode("latin-1")
    # 96 canvas pixels to the inch: 0.75 pt each.
    assert re.search(r"(^|\n)\.75 0 0 \.75 [-\d.]+ [-\d.]+ cm", content), content[:2000]


@pytest.mark.parametrize(("scale", "words"), [(100.0, "needs a sheet of"), (0.5, "not possible"),
                                              (2000.0, "not possible")])
def test_a_scale_the_sheet_cannot_hold_gets_a_sentence(english, tmp_path, scale, words):
    out = tmp_path / "scaled.pdf"
    with pytest.raises(PosterError) as caught:
        export_poster(english, None, out, paper="A4", scale_percent=scale, created=CREATED)
    assert words in caught.value.message(i18n.translate)
    assert not out.exists()


def test_the_natural_size_holds_the_map_at_100_percent_and_no_more(english):
    from app.export.poster import CANVAS_PT, PosterDrawing

    drawn = PosterDrawing(english, None, CREATED)
    margin = 10.0 * MM
    width, height = drawn.natural_size(margin)
    area_w, area_h = drawn.frame(width, height, margin).area
    need_w, need_h = drawn.layout.width * CANVAS_PT, drawn.layout.height * CANVAS_PT
    assert need_w <= area_w <= need_w + 1.0 or need_h <= area_h <= need_h + 1.0  # tight on one side
    assert area_w >= need_w - 1e-6 and area_h >= need_h - 1e-6
    drawn.scale_percent = 100.0
    assert drawn.map_scale(drawn.frame(width, height, margin)) == pytest.approx(CANVAS_PT)
