"""The poster's fast PDF operators write ReportLab's own bytes, and their memory never serves stale codes."""

from __future__ import annotations

import io
import random

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.export.fallback_canvas import FallbackCanvas
from app.export.fonts import BOLD, REGULAR, register_fonts


def _canvases() -> tuple[Canvas, FallbackCanvas]:
    register_fonts()
    return (Canvas(io.BytesIO(), pagesize=(800, 600), initialFontName=REGULAR),
            FallbackCanvas(io.BytesIO(), pagesize=(800, 600), initialFontName=REGULAR))


def _numbers(rng: random.Random) -> list[float]:
    # Layout-like values (card edges at odd fractions), small ones, negative ones, integers.
    return [rng.choice((rng.uniform(-3000, 3000), rng.uniform(-2, 2), float(rng.randint(-50, 50)),
                        round(rng.uniform(0, 2000), 3) + 0.5)) for _ in range(4)]


def test_rounded_rectangles_and_circles_are_reportlabs_own_bytes() -> None:
    plain, fast = _canvases()
    rng = random.Random(12)
    for n in range(3000):
        x, y, width, height = _numbers(rng)
        radius = rng.choice((4.0, 3.0, 0.0, rng.uniform(0, 20)))
        stroke, fill = n % 2, (n // 2) % 2
        for canvas in (plain, fast):
            canvas.roundRect(x, y, width, height, radius, stroke=stroke, fill=fill)
            canvas.circle(x, y, abs(width) / 10.0, stroke=stroke, fill=fill)
    # A column of cards and badges: the same x, width and radius, other y and heights (the remembered x values).
    for n in range(500):
        y, height = rng.uniform(-3000, 3000), rng.uniform(20, 200)
        for canvas in (plain, fast):
            canvas.roundRect(1476.46, y, 302.99, height, 4.0, stroke=1, fill=1)
            canvas.circle(1760.95, y, 11.0 if n % 2 else 6.0, stroke=0, fill=1)
    assert "\n".join(fast._code) == "\n".join(plain._code)
    assert len(fast._code) == 2 * 3500  # one entry per shape, not one per operator


def test_a_card_box_and_disc_written_in_one_go_are_the_bytes_of_their_calls() -> None:
    plain, fast = _canvases()
    rng = random.Random(5)
    for _ in range(2000):
        x, y, width, height = _numbers(rng)  # negative sizes too: the box's first corner is then not (x, y)
        fill, accent, ink = ((rng.random(), rng.random(), rng.random()) for _ in range(3))
        stripe, radius = rng.choice((4.0, 6.0, rng.uniform(0, 10))), rng.choice((4.0, rng.uniform(0, 20)))
        plain.setFillColorRGB(*fill)
        plain.roundRect(x, y, width, height, radius, stroke=1, fill=1)
        plain.setFillColorRGB(*accent)
        plain.rect(x, y, stripe, height, stroke=0, fill=1)
        fast.card_box(fill, x, y, width, height, radius, accent, stripe)
        assert fast._fillColorObj == plain._fillColorObj
        plain.setFillColorRGB(*accent)
        plain.circle(x, y, abs(width) / 10.0, stroke=0, fill=1)
        plain.setFillColorRGB(*ink)
        fast.disc(accent, x, y, abs(width) / 10.0, ink)
        assert fast._fillColorObj == plain._fillColorObj
    assert "\n".join(fast._code) == "\n".join(plain._code)


def test_a_centred_label_is_the_bytes_of_set_font_and_draw_centred_string() -> None:
    # Against the calls on the same canvas class: a character the bundled font lacks is drawn with another font.
    plain, fast = _canvases()[1], _canvases()[1]
    rng = random.Random(8)
    labels = ["7", "10", "!", "★", "+", "2.5", "入", "7", "★", "é"]  # new characters among remembered labels
    for index in range(300):
        text, font, size = labels[index % len(labels)], (BOLD, REGULAR)[index % 3 == 0], rng.choice((10.0, 11.0))
        x, y = rng.uniform(-3000, 3000), rng.uniform(-3000, 3000)
        plain.setFont(font, size)
        plain.drawCentredString(x, y, text)
        fast.centred_label(x, y, text, font, size)
        assert (fast._fontname, fast._fontsize, fast._leading) == (plain._fontname, plain._fontsize, plain._leading)
    assert "\n".join(fast._code) == "\n".join(plain._code)


def test_colours_are_reportlabs_own_bytes_and_remembered_per_exact_value() -> None:
    plain, fast = _canvases()
    rng = random.Random(3)
    values = [(rng.random(), rng.random(), rng.random()) for _ in range(200)] + [(0.0, 0.5, 1.0), (0.0, 0.5, 1.0)]
    for red, green, blue in values + values[::-1]:
        for canvas in (plain, fast):
            canvas.setFillColorRGB(red, green, blue)
            canvas.setStrokeColorRGB(blue, green, red)
            text = canvas.beginText(1, 2)
            text.setFillColorRGB(green, red, blue)
            canvas.drawText(text)
    assert "\n".join(fast._code) == "\n".join(plain._code)
    assert fast._fillColorObj == plain._fillColorObj and fast._strokeColorObj == plain._strokeColorObj


def _slow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(FallbackCanvas, "one_byte_text", lambda self, font, text: None)


@pytest.mark.parametrize("lines", [
    # Characters coded one after another: a line reusing them comes after each new one (a stale table
    # would miss "é" or give it another code).
    ["abc", "é", "abcé", "ç (paren) \\ back", "abcé ç", "œuvre «accès» — fin…", "œ", "\u00a0nbsp", ""],
    # More than 256 characters: the first subset fills up, later ones go to the next.
    ["".join(map(chr, range(0x100, 0x100 + 120))), "".join(map(chr, range(0x370, 0x370 + 80))),
     "".join(map(chr, range(0x400, 0x400 + 100))), "Latin line", "".join(map(chr, range(0x100, 0x500, 7)))],
    # Characters the bundled font lacks, drawn with an installed font, among coded ones.
    ["入职手续 abc", "abc", "مرحبا abc", "abc 입사", "abc"],
])
def test_a_line_of_coded_characters_is_written_as_reportlab_writes_it(
        lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def draw(canvas: FallbackCanvas) -> str:
        for round_ in range(2):
            for font in (REGULAR, BOLD):
                text = canvas.beginText(10, 500)
                text.setFont(font, 9 + round_, 11)
                for line in lines:
                    text.textLine(line)
                canvas.drawText(text)
                canvas.setFont(font, 8)
                canvas.drawString(5, 5, lines[0])
        return "\n".join(canvas._code)  # before showPage, which empties it

    _plain, fast = _canvases()
    written = draw(fast)
    _plain, slow = _canvases()
    with monkeypatch.context() as patched:
        _slow(patched)
        expected = draw(slow)
    assert written == expected


def test_the_fast_text_codes_follow_what_reportlab_assigns_in_each_document() -> None:
    # Two documents code the same characters in a different order: each keeps its own codes.
    first, second = _canvases()[1], _canvases()[1]
    for canvas, lines in ((first, ["zyx", "é", "à"]), (second, ["à", "é", "zyx"])):
        text = canvas.beginText(0, 0)
        text.setFont(REGULAR, 10)
        for line in lines:
            text.textLine(line)
    assert first.one_byte_text(REGULAR, "éà") == b"\x01\x02"
    assert second.one_byte_text(REGULAR, "éà") == b"\x02\x01"
    assert first.one_byte_text(REGULAR, "zyx") == b"zyx"
    assert first.one_byte_text(REGULAR, "ǅ") is None  # never drawn: ReportLab codes it first


def test_text_the_bundled_font_has_is_measured_and_kept_whole_and_other_text_run_by_run() -> None:
    from reportlab.pdfbase import pdfmetrics

    from app.export.font_fallback import fallback_font, runs
    from app.export.fonts import clean_text, supported_codes, text_width

    register_fonts()
    supported = supported_codes(REGULAR)
    assert supported is not None
    for text in ("réunion équipe…", "Ελληνικά", "abc 入职 déjà", "مرحبا abc"):
        by_runs = sum(pdfmetrics.stringWidth(piece, font, 11.0) for font, piece in runs(text, REGULAR, supported))
        assert text_width(text, REGULAR, 11.0) == pytest.approx(by_runs, abs=1e-9), text
    if fallback_font("入") is not None:  # an installed font has it: measured in that font, not the bundled one
        assert text_width("abc 入职", REGULAR, 11.0) != pytest.approx(pdfmetrics.stringWidth("abc 入职", REGULAR, 11.0))
    assert clean_text("réunion « déjà »") == "réunion « déjà »"
    # A variation selector the bundled font has (and prints as nothing) is still dropped.
    assert clean_text("é\ufe0fa") == "éa"


def test_a_string_drawn_alone_is_written_as_reportlabs_text_object_writes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # drawString writes a coded line without making a text object (badges, marks): the same bytes as one.
    lines = ["3", "abc", "é", "abcé ç (paren) \\ back", "œuvre «accès» — fin…", "",
             "".join(map(chr, range(0x100, 0x100 + 200))), "".join(map(chr, range(0x370, 0x370 + 120))),
             "入职手续 abc", "abc", "مرحبا", "10"]

    def draw(canvas: FallbackCanvas) -> str:
        for round_, font in enumerate((REGULAR, BOLD, REGULAR)):
            for index, line in enumerate(lines):
                canvas.setFont(font, 8 + round_, 9.5 + round_)
                canvas.drawString(5.25 * index, -3.5 * index, line)
                canvas.drawCentredString(400, 300.125 - index, line)
                canvas.drawRightString(790, 10 + index, line)
        return "\n".join(canvas._code)  # before showPage, which empties it

    _plain, fast = _canvases()
    written = draw(fast)
    _plain, slow = _canvases()
    with monkeypatch.context() as patched:
        _slow(patched)
        expected = draw(slow)
    assert "Tj T* ET" in written and written == expected
