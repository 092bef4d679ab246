"""Cards set their border's pen once and icons are built once: every card keeps its border, every icon its shape."""

from __future__ import annotations

import io

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen.pathobject import PDFPathObject
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.fallback_canvas import FallbackCanvas
from app.export.fonts import ReportLabMetrics, register_fonts
from app.export.poster_draw import _ICON_PATHS, MapPainter, _build_icon, draw_icon, rgb
from app.model import colours
from app.model.enums import LaneKind
from app.model.journey_data import read_journey
from app.model.layout import Rect, compute_layout
from app.model.schema import Journey

BORDER = (rgb("#9AA3AD"), 1.0)
RING = (rgb(colours.MOMENT_OF_TRUTH), 2.5)


class _PenRecorder(FallbackCanvas):
    """Notes the stroke colour and width in force at each rounded rectangle (ReportLab keeps them per state)."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), pagesize=(5000, 5000))
        self.pens: list[tuple[tuple[float, float, float], float, int]] = []

    def roundRect(self, x, y, width, height, radius, stroke=1, fill=0):  # noqa: N802 - ReportLab's method name
        self.pens.append((tuple(self._strokeColorObj), self._lineWidth, fill))
        super().roundRect(x, y, width, height, radius, stroke, fill)


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
    canvas = _PenRecorder()
    MapPainter(canvas, layout, data, ReportLabMetrics(), moments=moments).draw_cards()
    boxes = [(colour, width) for colour, width, fill in canvas.pens if fill]
    rings = [(colour, width) for colour, width, fill in canvas.pens if not fill]
    assert len(boxes) == len(order) and len(rings) == len(moments)
    assert set(boxes) == {BORDER}
    assert set(rings) == {RING}
    content = "\n".join(canvas._code)
    # Set once at the start and once after each ring, not once per card.
    assert content.count(f"{fp_str(BORDER[0])} RG") == 1 + len([m for m in moments if m != order[-1]])


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
