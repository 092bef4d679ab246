"""The shortcuts that make deleting cards and its undo fast, each checked where it could go wrong.

- An undone delete puts the very items it took out back in the scene (their pixmaps kept), with their
  old boxes when the layout is the one they were made in: a restored card must look as a new item would
  (not selected, not hovered, found as Find says) and stand where a fresh layout puts it.
- Links take the routes they had when their cards come back (a table of routes by the rectangles they
  join): a route shared by two links never moves with one of them.
- The items moved at once after a delete are those the view shows; the others wait (late_moves.py).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from app.model.enums import LinkKind
from app.model.journey_data import read_journey
from app.model.layout import compute_layout
from app.ui.canvas.items import CardItem, LinkItem, _runs
from tests.ui.canvas import mouse


def _box_rect(box) -> QRectF:
    rect = box.rect
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def _assert_scene_is_the_files(window) -> None:
    scene = window.canvas_view.scene()
    fresh = read_journey(window.document.session, window.journey_id)
    assert scene.data.cells == fresh.cells and scene.data.cards == fresh.cards
    assert scene.layout == compute_layout(fresh, scene.metrics, scene.style)
    for card_id, box in scene.layout.cards.items():
        item = scene.card_item(card_id)
        assert item.box == box and item.card_data == fresh.cards[card_id]
        assert item.mapRectToScene(item.size_rect()) == _box_rect(box)
    boxes = scene.layout.cards
    for link in scene.links.values():  # each route is the one its cards' rectangles give now
        fresh_link = LinkItem(0, link.source_id, link.target_id, link.kind)
        fresh_link.set_ends(_box_rect(boxes[link.source_id]), _box_rect(boxes[link.target_id]))
        assert link.path() == fresh_link.path()


def _cards_in_view(window, count: int) -> list[int]:
    view, scene = window.canvas_view, window.canvas_view.scene()
    visible = view.visible_scene_rect().adjusted(20, 20, -20, -20)
    return [card_id for card_id in scene.reading_order()
            if visible.contains(_box_rect(scene.layout.cards[card_id]))][:count]


def _delete(window, card_ids: list[int]) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    scene.select_cards(card_ids)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert not set(card_ids) & set(scene.cards)


def test_an_undone_delete_puts_its_items_back_as_new_items_would_be(window) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    doomed = _cards_in_view(window, 3)
    items = {card_id: scene.card_item(card_id) for card_id in doomed}
    versions = {card_id: item.version for card_id, item in items.items()}
    scene.set_found({doomed[1]})  # Find marks one of them; it is cleared before the undo
    hovered = _box_rect(scene.layout.cards[doomed[0]]).center()
    mouse.move(view, mouse.scene_point(view, hovered), buttons=Qt.MouseButton.NoButton)
    assert items[doomed[0]].hovered
    _delete(window, doomed)
    scene.set_found({doomed[2]})

    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = {card_id: scene.card_item(card_id) for card_id in doomed}
    assert all(back[card_id] is items[card_id] for card_id in doomed)  # the shortcut was taken
    assert scene.selected_card_ids() == [] and not any(item.isSelected() for item in back.values())
    assert not back[doomed[0]].hovered  # Qt forgot the mouse over it when it left the scene
    assert [back[card_id].found for card_id in doomed] == [False, False, True]
    assert back[doomed[0]].version == versions[doomed[0]]  # the same look: its pixmaps serve again
    _assert_scene_is_the_files(window)

    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not set(doomed) & set(scene.cards)
    _assert_scene_is_the_files(window)
    stack.undo()
    _assert_scene_is_the_files(window)


def test_items_put_back_after_the_map_was_laid_out_again_take_boxes_of_the_new_layout(window) -> None:
    scene, stack = window.canvas_view.scene(), window.document.undo_stack
    doomed = _cards_in_view(window, 2)
    _delete(window, doomed)
    # A stale box on a parked item (as a layout made with other metrics would leave): a whole new layout
    # (a new font, new preferences) must not let it serve again.
    parked = scene._parked[doomed[0]]
    stale = parked.box
    parked.box = dataclasses.replace(stale, rect=dataclasses.replace(stale.rect, h=stale.rect.h + 37.0))
    scene.relayout()
    stack.undo()
    assert scene.card_item(doomed[0]) is not None
    _assert_scene_is_the_files(window)


def test_an_undone_delete_in_the_same_layout_reuses_the_boxes_and_stays_exact(window) -> None:
    scene, stack = window.canvas_view.scene(), window.document.undo_stack
    order = scene.reading_order()
    doomed = order[::3]
    before = dict(scene.layout.cards)
    _delete(window, doomed)
    stack.undo()
    assert all(scene.layout.cards[card_id] == before[card_id] for card_id in order)
    _assert_scene_is_the_files(window)
    stack.redo()
    stack.undo()
    _assert_scene_is_the_files(window)


def test_a_shared_route_does_not_move_with_one_of_its_links() -> None:
    source, target = QRectF(0, 0, 176, 60), QRectF(400, 200, 176, 80)
    first, second = LinkItem(1, 1, 2, LinkKind.FLOW), LinkItem(2, 3, 4, LinkKind.FLOW)
    first.set_ends(source, target)
    second.set_ends(QRectF(source), QRectF(target))
    assert second.path() == first.path()
    runs = [(bounds, list(run)) for bounds, run in first._runs]
    assert [(bounds, list(run)) for bounds, run in second._runs] == runs  # flattened once, taken by both
    first.set_ends(source.translated(0, 50), target.translated(0, 50))  # both ends down: the route moves
    fresh = LinkItem(3, 1, 2, LinkKind.FLOW)
    fresh.set_ends(QRectF(source), QRectF(target))
    assert second.path() == fresh.path()
    assert [(bounds, list(run)) for bounds, run in second._runs] == runs
    assert first.path() == fresh.path().translated(0, 50)
    assert [(bounds, list(run)) for bounds, run in first._runs] == \
        [(bounds, list(run)) for bounds, run in _runs(fresh._curve.translated(0, 50))]


def test_after_a_spread_delete_the_cards_in_view_are_in_place_for_the_mouse(window) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    scene._make_items(list(scene._pending))
    view.set_zoom(1.5)  # the view shows part of the map: most cards are away from it
    _delete(window, scene.reading_order()[::4])
    assert scene.moves_pending  # some items wait (else this would not test the shortcut)
    visible = view.visible_scene_rect()
    shown = [card_id for card_id, box in scene.layout.cards.items() if _box_rect(box).intersects(visible)]
    assert shown
    for card_id in shown:  # Qt finds each card the view shows where it is drawn (hover, tooltips)
        item = scene.cards[card_id]
        assert item.mapRectToScene(item.size_rect()) == _box_rect(scene.layout.cards[card_id])
    inside = [card_id for card_id in shown if visible.contains(_box_rect(scene.layout.cards[card_id]))]
    for card_id in inside[:: max(1, len(inside) // 8)]:
        point = mouse.scene_point(view, _box_rect(scene.layout.cards[card_id]).center())
        hits = [item for item in view.items(point) if isinstance(item, CardItem)]
        assert [item.card_id for item in hits] == [card_id]
    seen = {item.card_id for item in scene.items(visible) if isinstance(item, CardItem)}
    assert seen == set(shown)
