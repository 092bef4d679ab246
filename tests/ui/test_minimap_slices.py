"""The minimap draws a big map's cards a few milliseconds at a time, and ends with the miniature drawn at once.

100,000 cards drawn in one go froze the window some 50 ms right when a big
map's last lanes were laid out. These tests fail if a slice ignores the
clock, or if the slices leave a card out (the miniature would differ).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from app.model.layout import MapLayout, TextWrapper, compute_layout
from app.ui import minimap as minimap_module
from app.ui.canvas.metrics import QtTextMetrics
from app.ui.minimap import Minimap
from tests.model.test_layout_builder import a_map


class FakeScene:
    """What the minimap reads of a scene: the journey shown and its whole layout."""

    journey_id = 1
    layout_pending = False

    def __init__(self, layout: MapLayout) -> None:
        self.layout = layout


def drawn(qtbot, monkeypatch, layout: MapLayout) -> tuple[QImage, int]:
    """The miniature of ``layout`` once every slice ran, and how many slices drew the cards."""
    minimap = Minimap()
    qtbot.addWidget(minimap)
    minimap.resize(300, 200)
    minimap.scene = FakeScene(layout)
    slices = []
    draw = minimap._draw_cards
    monkeypatch.setattr(minimap, "_draw_cards", lambda: (slices.append(1), draw())[1])
    minimap._cards_timer.timeout.disconnect()
    minimap._cards_timer.timeout.connect(minimap._draw_cards)
    pixmap = minimap._map_pixmap()
    assert pixmap is not None
    turns = 0
    while minimap._cards_left:
        turns += 1
        QCoreApplication.processEvents()
        assert turns < 10_000
    return pixmap.toImage(), len(slices)


def test_a_slice_whose_time_is_up_stops_and_the_miniature_ends_as_one_drawn_at_once(qtbot, monkeypatch) -> None:
    metrics = QtTextMetrics()
    layout = compute_layout(a_map(4, stages=6, most=12), metrics, wrapper=TextWrapper(metrics))
    assert len(layout.cards) > 100
    whole, slices = drawn(qtbot, monkeypatch, layout)
    assert slices == 1  # (a few hundred cards: one slice)

    monkeypatch.setattr(minimap_module, "SLICE_MS", 0.0)  # the time is up after each few cards
    monkeypatch.setattr(minimap_module, "_CHECK_EVERY", 10)
    sliced, slices = drawn(qtbot, monkeypatch, layout)

    assert slices == -(-len(layout.cards) // 10)  # ten cards a slice
    assert sliced == whole
