"""A delete spread over the map moves the cards far from the view after the frame; nobody sees them late.

The items near the view move with the edit; the others get their new box at
once and their new place from a timer (late_moves.py). Whatever looks at the
scene before the timer is done (a scroll, a click, a rubber band, Find,
``card_item``) sees every card where the layout puts it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.model.journey_data import read_journey
from app.model.layout import compute_layout
from app.model.schema import Card
from app.ui.canvas.items import CardItem
from tests.ui.canvas import mouse


def _zoomed_in_on_the_first_card(window):
    view, scene = window.canvas_view, window.canvas_view.scene()
    scene._make_items(list(scene._pending))  # every item made: the test looks at all of them
    view.set_zoom(3.0)  # the view shows a small part of the map: most cards are far from it
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())
    first = scene.layout.cards[scene.reading_order()[0]]
    view.ensureVisible(_box_rect(first), 10, 10)
    return view, scene


def _spread_delete(window) -> list[int]:
    """Select every fourth card of the reading order and press Delete; the cards deleted."""
    view, scene = window.canvas_view, window.canvas_view.scene()
    doomed = scene.reading_order()[::4]
    scene.select_cards(doomed)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    return doomed


def _box_rect(box) -> QRectF:
    rect = getattr(box, "rect", box)  # a card's box, or a cell's Rect
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def _assert_the_view_shows_the_layout(view, scene) -> None:
    """The cards the viewport's rectangle meets in the scene are those the layout puts there, in place."""
    visible = view.visible_scene_rect()
    expected = {card_id for card_id, box in scene.layout.cards.items() if _box_rect(box).intersects(visible)}
    seen = {item.card_id for item in scene.items(visible) if isinstance(item, CardItem)}
    assert expected and seen == expected
    for card_id in seen:
        item = scene.cards[card_id]
        assert item.mapRectToScene(item.size_rect()) == _box_rect(scene.layout.cards[card_id])


def _assert_every_item_in_place(scene) -> None:
    assert set(scene.cards) == set(scene.layout.cards)
    for card_id, box in scene.layout.cards.items():
        item = scene.cards[card_id]
        assert item.mapRectToScene(item.size_rect()) == _box_rect(box)
        assert item.box == box


def _assert_layout_is_the_files(window) -> None:
    scene = window.canvas_view.scene()
    fresh = read_journey(window.document.session, window.journey_id)
    assert scene.data.cells == fresh.cells and scene.data.cards == fresh.cards
    assert scene.layout == compute_layout(fresh, scene.metrics, scene.style)


def test_a_spread_delete_moves_far_cards_late_and_every_look_sees_them_in_place(qtbot, window) -> None:
    view, scene = _zoomed_in_on_the_first_card(window)
    stack = window.document.undo_stack
    doomed = _spread_delete(window)
    assert not set(doomed) & set(scene.cards)
    # The far cards wait for their place (this test would not test the shortcut otherwise)...
    assert scene.moves_pending
    late = [card_id for card_id in scene.layout.cards if card_id in scene._late]
    assert late
    # ...but their boxes are new already, and the view shows every card it meets in place.
    assert all(scene.cards[card_id].box == scene.layout.cards[card_id] for card_id in late)
    _assert_the_view_shows_the_layout(view, scene)
    _assert_layout_is_the_files(window)
    # Asking for a late card's item (Find, keyboard navigation) puts it in place.
    far = late[-1]
    assert scene.card_item(far).pos().y() == scene.layout.cards[far].rect.y
    assert far not in scene._late

    stack.undo()  # at once, before the timer: the cards late from the delete move again
    assert scene.moves_pending
    _assert_the_view_shows_the_layout(view, scene)
    _assert_layout_is_the_files(window)
    qtbot.waitUntil(lambda: not scene.moves_pending, timeout=5000)
    _assert_every_item_in_place(scene)

    stack.redo()
    assert scene.moves_pending
    # Scrolling elsewhere: every card is in place before the frame shows that part of the map.
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    assert not scene.moves_pending
    _assert_every_item_in_place(scene)
    _assert_the_view_shows_the_layout(view, scene)


def test_a_rubber_band_and_a_click_far_away_after_a_spread_delete_find_the_right_cards(qtbot, window) -> None:
    view, scene = _zoomed_in_on_the_first_card(window)
    view.set_zoom(1.5)
    _spread_delete(window)
    assert scene.moves_pending
    # A rubber band from the empty bottom of a cell in view, across the next cell: it selects what it touches.
    visible = view.visible_scene_rect()
    first, second = [rect for key, rect in scene.layout.cells.items()
                     if scene.layout.cell_cards[key] and _box_rect(rect).intersects(visible)][:2]
    start = mouse.scene_point(view, QPointF(first.x + 3, first.y + first.h - 3))
    end = mouse.scene_point(view, QPointF(second.x + second.w - 3, first.y + 20))
    mouse.drag(view, start, end, steps=10)
    band = QRectF(view.mapToScene(start), view.mapToScene(end)).normalized()
    expected = [card_id for card_id in scene.reading_order() if _box_rect(scene.layout.cards[card_id]).intersects(band)]
    assert expected and scene.selected_card_ids() == expected
    _assert_every_item_in_place(scene)  # the press put every late card in place first

    window.document.undo_stack.undo()
    window.document.undo_stack.redo()
    assert scene.moves_pending
    # Scrolled to a far card and clicked: that card is selected, where the layout puts it.
    far = next(card_id for card_id in reversed(scene.reading_order()) if card_id in scene._late)
    box = _box_rect(scene.layout.cards[far])
    view.centerOn(box.center())
    mouse.click(view, mouse.scene_point(view, box.center()))
    assert scene.selected_card_ids() == [far]
    _assert_every_item_in_place(scene)


def test_a_spread_delete_undone_and_redone_is_in_the_file_and_in_place_after_reopening(qtbot, window,
                                                                                      tmp_path) -> None:
    view, scene = _zoomed_in_on_the_first_card(window)
    stack = window.document.undo_stack
    session = window.document.session
    before = dict(session.execute(select(Card.id, Card.position)).all())
    doomed = _spread_delete(window)
    stack.undo()
    session.expire_all()
    assert dict(session.execute(select(Card.id, Card.position)).all()) == before
    stack.redo()
    qtbot.waitUntil(lambda: not scene.moves_pending, timeout=5000)
    _assert_every_item_in_place(scene)
    _assert_layout_is_the_files(window)
    saved = window.save_as(tmp_path / "spread.parcours")
    order = scene.reading_order()

    from app.ui.main_window import MainWindow

    reopened = MainWindow()
    qtbot.addWidget(reopened)
    reopened.resize(1200, 800)
    reopened.open_path(saved, read_only=True)
    reopened.show()
    scene = reopened.canvas_view.scene()
    scene._make_items(list(scene._pending))
    assert scene.reading_order() == order and not set(doomed) & set(order)
    _assert_layout_is_the_files(reopened)
    _assert_every_item_in_place(scene)
    reopened.close()
