"""Every script prints: characters the bundled font lacks come from an installed font, embedded and subset."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from collections.abc import Iterator

import pypdf
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.__main__ import main
from app.export.font_fallback import prepare as prepare_fallbacks
from app.export.fonts import REGULAR, ReportLabMetrics, clean_text, supported_codes
from app.export.image import export_image
from app.export.poster import export_poster
from app.model import ops
from app.model.schema import Card, Project
from tests.export.conftest import onboarding_sample

CREATED = dt.date(2026, 1, 2)
TEXTS = {"zh": "入职手续办理", "ja": "入社の手続きです", "ko": "입사 절차 안내"}


def _has_font(language: str) -> bool:
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(["fc-list", f":lang={language}", "family"], capture_output=True, text=True, check=False)
    return bool(listed.stdout.strip())


pytestmark = pytest.mark.skipif(not all(_has_font(language) for language in TEXTS),
                                reason="no installed font for Chinese, Japanese and Korean")


@pytest.fixture(scope="module")
def asian() -> Iterator[Session]:
    """The sample with a card in each of Chinese, Japanese and Korean, and a character no font has."""
    for session in onboarding_sample("en"):
        cards = session.scalars(select(Card).order_by(Card.id)).all()
        for card, (language, text) in zip(cards, TEXTS.items(), strict=False):
            ops.update_card(session, card.id, title=text, body=f"{language}: {text}")
        session.get(Project, 1).title = "多言語プロジェクト"
        session.flush()
        yield session


def _fonts(page: pypdf.PageObject) -> dict[str, pypdf.generic.DictionaryObject]:
    fonts = {}
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        fonts[str(font["/BaseFont"])] = descendant["/FontDescriptor"].get_object()
    return fonts


def test_chinese_japanese_and_korean_print_as_themselves_in_an_embedded_subset_font(asian, tmp_path):
    out = tmp_path / "poster.pdf"
    result = export_poster(asian, None, out, paper="A1", created=CREATED)
    page = pypdf.PdfReader(out).pages[0]
    text = "".join(page.extract_text().split())
    for sample in TEXTS.values():
        assert sample.replace(" ", "") in text
    assert "多言語プロジェクト" in text and "□" not in text
    fonts = _fonts(page)
    others = [name for name in fonts if "DejaVu" not in name]
    assert others, fonts.keys()
    for name, descriptor in fonts.items():
        assert "/FontFile2" in descriptor, name  # embedded TrueType outlines
        assert name.split("/")[-1][6] == "+", name  # a subset (AAAAAA+Name)
    assert result.warnings == ()


def test_a_character_no_installed_font_has_is_a_box_and_named_in_one_warning(asian, tmp_path):
    nothing = "\u0378"  # unassigned: no font has it
    missing: set[str] = set()
    assert clean_text(f"a{nothing}b", missing) == "a□b" and missing == {nothing}
    card = asian.scalars(select(Card).order_by(Card.id)).all()[4]
    ops.update_card(asian, card.id, title=f"Odd {nothing} sign")
    asian.flush()
    try:
        result = export_poster(asian, None, tmp_path / "poster.pdf", paper="A1", created=CREATED)
    finally:
        ops.update_card(asian, card.id, title="Plain title")
        asian.flush()
    (warning,) = [warning for warning in result.warnings if "font" in warning.message()]
    assert nothing in warning.message() and "\n" not in warning.message()


def test_the_measures_count_each_character_in_the_font_that_draws_it():
    metrics = ReportLabMetrics()
    # What a poster does first with all its text (Noto Sans CJK is a CFF font: it is converted when asked for).
    prepare_fallbacks(TEXTS["ko"], supported_codes(REGULAR) or frozenset())
    clean_text(TEXTS["ko"])  # finds the fonts
    korean = metrics.width(TEXTS["ko"], 10.0)
    # Hangul syllables are about one em wide; the bundled font's missing-glyph width would be about half.
    assert korean > 0.8 * 10.0 * len(TEXTS["ko"].replace(" ", ""))


def test_png_and_svg_draw_the_glyphs_not_boxes(qapp, asian, tmp_path):
    svg = tmp_path / "map.svg"
    export_image(asian, None, svg)
    drawn = svg.read_text(encoding="utf-8")
    for sample in TEXTS.values():
        assert all(char in drawn for char in sample if not char.isspace())
    assert "□" not in drawn
    png, boxes = tmp_path / "map.png", tmp_path / "boxes.png"
    export_image(asian, None, png, dpi=48)
    card = asian.scalars(select(Card).order_by(Card.id)).first()
    title = card.title
    ops.update_card(asian, card.id, title="□" * len(title))
    asian.flush()
    try:
        export_image(asian, None, boxes, dpi=48)
    finally:
        ops.update_card(asian, card.id, title=title)
        asian.flush()
    assert png.read_bytes() != boxes.read_bytes()


def test_the_command_line_warns_only_when_no_font_has_a_character(tmp_path, capsys):
    project = tmp_path / "p.parcours"
    assert main(["new", str(project)]) == 0
    assert main(["export", str(project), str(tmp_path / "p.pdf"), "--paper", "A0"]) == 0
    assert "font" not in capsys.readouterr().err


def test_a_converted_cjk_font_is_the_same_bytes_whenever_it_is_made(monkeypatch):
    """Same input, same bytes: the subset made from a CFF font keeps the font's dates, not the export's."""
    from app.export.font_cff import truetype_subset

    listed = subprocess.run(["fc-list", ":lang=ja:fontformat=CFF", "file", "index"], capture_output=True, text=True,
                            check=False).stdout.split("\n")
    found = [line.split(":")[0] for line in listed if line.strip()]
    if not found:
        pytest.skip("no CFF font for Japanese is installed")
    made = []
    for moment in ("1000000000", "2000000000"):  # fontTools stamps "now" from SOURCE_DATE_EPOCH when it is set
        monkeypatch.setenv("SOURCE_DATE_EPOCH", moment)
        made.append(truetype_subset(found[0], 0, {ord(char) for char in TEXTS["ja"]}))
    assert made[0] == made[1]
