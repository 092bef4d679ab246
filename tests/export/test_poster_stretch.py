"""Rows stretched to fill a sheet move the card boxes, text unwrapped, and keep what they print (issue 12)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.fonts import ReportLabMetrics, register_fonts
from app.export.poster_fit import stretch_rows
from app.model.journey_data import read_journey
from app.model.layout import compute_layout
from app.model.schema import Journey


def test_stretched_rows_move_each_box_its_marks_and_keep_its_lines(sample: Session) -> None:
    register_fonts()
    journey_id = sample.scalars(select(Journey.id)).first()
    data = read_journey(sample, journey_id)
    metrics = ReportLabMetrics()
    layout, fresh = compute_layout(data, metrics), compute_layout(data, metrics)
    extra = 120.0
    stretched = stretch_rows(layout, data, extra)
    share = extra / len(layout.lanes)
    offsets = {lane.lane_id: share * index for index, lane in enumerate(layout.lanes)}
    assert stretched.height == layout.height + extra
    assert any(box.icon_rect is not None for box in layout.cards.values())
    assert any(box.badge_rect is not None for box in layout.cards.values())
    for card_id, box in stretched.cards.items():
        before, offset = fresh.cards[card_id], offsets[box.lane_id]
        assert box.rect.y == before.rect.y + offset and box.rect.x == before.rect.x
        assert box.rect.h == before.rect.h and box.index == before.index
        for moved, old in ((box.icon_rect, before.icon_rect), (box.badge_rect, before.badge_rect)):
            assert (moved is None) == (old is None)
            if moved is not None and old is not None:
                assert (moved.x, moved.y, moved.w, moved.h) == (old.x, old.y + offset, old.w, old.h)
        # Read only now, after the move: the lines wrapped late are those of a box laid out in place.
        assert (box.title_lines, box.body_lines) == (before.title_lines, before.body_lines)
        assert (box.title_elided, box.body_elided) == (before.title_elided, before.body_elided)
    assert any(box.body_lines for box in stretched.cards.values())
