"""The shortcuts that make a big delete fast skip nothing a user can see.

Each test fails if the work a shortcut skips was needed: the scroll range
and hit-testing after the scene rectangle shrank without Qt's item index
being rebuilt (incremental.py, ``_follow_map_rect``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest

from app.ui.canvas.items import CardItem
from app.ui.commands import AddCardsCommand, push


def _spread_delete(window) -> list[int]:
    """Select every third card of the reading order and press Delete; the cards deleted."""
    view, scene = window.canvas_view, window.canvas_view.scene()
    doomed = scene.reading_order()[::3]
    scene.select_cards(doomed)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    return doomed


def _scroll_range(view) -> tuple[int, int]:
    return view.verticalScrollBar().maximum(), view.horizontalScrollBar().maximum()


def _assert_the_view_scrolls_over_the_map(view, scene) -> None:
    """The scroll range is the one a view told of the scene's rectangle afresh would have."""
    layout = scene.layout
    assert scene.sceneRect() == QRectF(-40.0, -40.0, layout.width + 80.0, layout.height + 80.0)
    shown = _scroll_range(view)
    view.setSceneRect(scene.sceneRect())  # the view's own rectangle: its range is worked out again
    fresh = _scroll_range(view)
    view.setSceneRect(QRectF())
    assert shown == fresh


def _assert_every_card_is_found_where_it_is_drawn(scene) -> None:
    scene.settle_moves()
    for card_id, box in scene.layout.cards.items():
        centre = QPointF(box.rect.x + box.rect.w / 2, box.rect.y + box.rect.h / 2)
        found = [item.card_id for item in scene.items(centre) if isinstance(item, CardItem)]
        assert found == [card_id]


def test_a_delete_that_shortens_the_map_keeps_the_scroll_range_and_hit_testing_right(window) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    view.set_zoom(2.0)  # the map is taller than the view: a shorter map has a shorter scroll range
    height, before = scene.layout.height, _scroll_range(view)
    indexed = QRectF(scene._indexed_rect)
    _spread_delete(window)
    # The map got shorter inside the rectangle Qt's index was built for: the index was kept (the shortcut)...
    assert scene.layout.height < height
    assert scene._indexed_rect == indexed and scene.sceneRect() != indexed
    # ...and yet the scroll bars follow the shorter map, and every card is found where it is drawn.
    assert _scroll_range(view)[0] < before[0]
    _assert_the_view_scrolls_over_the_map(view, scene)
    _assert_every_card_is_found_where_it_is_drawn(scene)

    stack.undo()
    assert scene.layout.height == height and _scroll_range(view) == before
    _assert_the_view_scrolls_over_the_map(view, scene)
    _assert_every_card_is_found_where_it_is_drawn(scene)


def test_a_map_that_grows_past_its_index_is_indexed_again_and_scrolls_to_its_new_end(window) -> None:
    view, scene, document = window.canvas_view, window.canvas_view.scene(), window.document
    _spread_delete(window)
    indexed = QRectF(scene._indexed_rect)
    # Forty cards into one cell: the map grows past the rectangle it was indexed for.
    lane_id, stage_id = next(iter(scene.layout.cell_cards))
    push(document, AddCardsCommand(document, [{"lane_id": lane_id, "stage_id": stage_id, "title": f"New {n}"}
                                              for n in range(40)]))
    assert scene.sceneRect().height() > indexed.height()
    assert scene._indexed_rect == scene.sceneRect()  # indexed again for the new rectangle
    _assert_the_view_scrolls_over_the_map(view, scene)
    _assert_every_card_is_found_where_it_is_drawn(scene)
