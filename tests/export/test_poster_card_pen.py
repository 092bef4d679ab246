"""Cards set their border's pen once, not per card: every card still gets its border, moments their ring."""

from __future__ import annotations

import io

from reportlab.lib.rl_accel import fp_str
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.fallback_canvas import FallbackCanvas
from app.export.fonts import ReportLabMetrics, register_fonts
from app.export.poster_draw import MapPainter, rgb
from app.model import colours
from app.model.enums import LaneKind
from app.model.journey_data import read_journey
from app.model.layout import compute_layout
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
