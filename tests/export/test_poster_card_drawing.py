"""Cards set their border's pen once and icons are built once: every card keeps its border, every icon its shape."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.pathobject import PDFPathObject
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.fallback_canvas import FallbackCanvas
from app.export.fonts import ReportLabMetrics, register_fonts
from app.export.poster_draw import MapPainter, rgb
from app.export.poster_icons import _ICON_PATHS, _build_icon, draw_icon
from app.model import colours
from app.model.enums import LaneKind
from app.model.journey_data import read_journey
from app.model.layout import Rect, compute_layout
from app.model.schema import Journey

BORDER = (rgb("#9AA3AD"), 1.0)
RING = (rgb(colours.MOMENT_OF_TRUTH), 2.5)


def _pens(content: str) -> list[tuple[tuple[float, float, float], float, str]]:
    """The stroke colour and width in force at each stroked path outside a saved state (q ... Q), and its painting.

    Read from the page's operators as a viewer reads them (strings left out), so it holds however the
    canvas wrote them: call by call, or a card at a time.
    """
    tokens = re.sub(r"\((?:\\.|[^\\)])*\)", " ", content).split()
    colour, width, depth, saved = (0.0, 0.0, 0.0), 1.0, 0, []
    pens = []
    for index, token in enumerate(tokens):
        if token == "RG":
            colour = tuple(float(value) for value in tokens[index - 3:index])
        elif token == "w":
            width = float(tokens[index - 1])
        elif token == "q":
            saved.append((colour, width))
            depth += 1
        elif token == "Q":
            colour, width = saved.pop()
            depth -= 1
        elif token in ("B*", "S") and depth == 0:
            pens.append((colour, width, token))
    return pens


def test_each_card_is_bordered_after_a_moment_of_truth_and_after_an_icon(sample: Session) -> None:
    register_fonts()
    journey = sample.scalars(select(Journey).order_by(Journey.position)).first()
    data = read_journey(sample, journey.id)
    layout = compute_layout(data, ReportLabMetrics())
    order = list(layout.cards)
    # Moments among the cards (touchpoints with an icon among them), each followed by an ordinary card.
    moments = frozenset(order[1::3])
    assert any(layout.cards[card_id].icon_rect is not None for card_id in order), "the sample has icons"
    assert any(layout.cards[card_id].kind is LaneKind.TOUCHPOINTS for card_id in moments)
    canvas = FallbackCanvas(io.BytesIO(), pagesize=(5000, 5000))
    MapPainter(canvas, layout, data, ReportLabMetrics(), moments=moments).draw_cards()
    content = "\n".join(canvas._code)
    pens = _pens(content)
    boxes = [(colour, width) for colour, width, paint in pens if paint == "B*"]
    rings = [(colour, width) for colour, width, paint in pens if paint == "S"]
    assert len(boxes) == len(order) and len(rings) == len(moments)
    assert {(colour, width) for colour, width in boxes} == {(_rounded(BORDER[0]), BORDER[1])}
    assert {(colour, width) for colour, width in rings} == {(_rounded(RING[0]), RING[1])}
    # Set once at the start and once after each ring, not once per card.
    assert content.count(f"{fp_str(BORDER[0])} RG") == 1 + len([m for m in moments if m != order[-1]])


def _rounded(colour: tuple[float, float, float]) -> tuple[float, ...]:
    """``colour`` as the page writes it (ReportLab's figures)."""
    return tuple(float(value) for value in fp_str(colour).split())


def test_each_channel_draws_its_own_icon_on_every_document() -> None:
    def icon_code(key: str | None) -> str:
        canvas = FallbackCanvas(io.BytesIO(), pagesize=(100, 100))
        draw_icon(canvas, Rect(10.0, 10.0, 16.0, 16.0), key, colours.STAGE_HEADER_FILL)
        return "\n".join(canvas._code)

    def built(key: str) -> str:
        path = PDFPathObject()
        _build_icon(path, _ICON_PATHS[key])
        return path.getCode()

    codes = {key: icon_code(key) for key in _ICON_PATHS}
    assert len(set(codes.values())) == len(_ICON_PATHS)  # no icon drawn with another's path
    for key, code in codes.items():
        assert built(key) in code
        assert icon_code(key) == code  # the second document gets the same path
    assert icon_code(None) == icon_code("no such channel") != codes["phone"]


#: Card texts that take every way through the direct writing: accents coded on first use, characters the
#: bundled font lacks (drawn with an installed font), an empty line between paragraphs, parentheses and
#: backslashes to escape, text cut with "…", a title alone, a body alone, no text.
_TEXTS = [
    ("Réunion d'accueil", "Badge (temporaire) \\ remis à l'arrivée"),
    ("入职手续 abc", "مرحبا abc"),
    ("Premier jour", "Café\n\nvisite des locaux"),
    ("", "Corps seul, sans titre"),
    ("Titre seul", ""),
    ("", ""),
    ("œuvre «accès» — fin", "mot " * 80),
    ("Plain ASCII title", "plain ascii body"),
    ("ǅ new character", "Ελληνικά ǅ"),
]


def test_cards_written_a_card_at_a_time_are_the_bytes_of_call_by_call_drawing(
        sample: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    register_fonts()
    journey = sample.scalars(select(Journey).order_by(Journey.position)).first()
    data = read_journey(sample, journey.id)
    for index, card_id in enumerate(list(data.cards)):
        title, body = _TEXTS[index % len(_TEXTS)]
        data.cards[card_id] = dataclasses.replace(data.cards[card_id], title=title, body=body,
                                                  colour="#FFE0B2" if index % 4 == 0 else None)
    moments = frozenset(list(data.cards)[::5])

    def page(direct: bool) -> tuple[str, object]:
        canvas = FallbackCanvas(io.BytesIO(), pagesize=(5000, 5000))
        if not direct:
            monkeypatch.setattr(canvas, "writes_directly", lambda: False)
        layout = compute_layout(data, ReportLabMetrics())
        MapPainter(canvas, layout, data, ReportLabMetrics(), moments=moments).draw_cards()
        state = tuple(getattr(canvas, name) for name in ("_fillColorObj", "_strokeColorObj", "_lineWidth",
                                                         "_lineJoin", "_currentMatrix", "_fontname", "_fontsize"))
        return "\n".join(canvas._code), state

    (written, state), (expected, expected_state) = page(direct=True), page(direct=False)
    assert "Tj T* ET" in written and "入" not in written and " cm\n" in written  # text, fallback text, icons
    assert written == expected and state == expected_state
