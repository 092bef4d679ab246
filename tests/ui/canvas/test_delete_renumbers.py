"""Deleting cards moves the cards below them in their cells without drawing them again; undo puts all back.

The cards left keep their positions in the file (gaps where the deleted ones were: no renumbering).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.model.journey_data import read_journey
from app.model.layout import compute_layout
from app.model.schema import Card
from tests.ui.canvas import mouse


def _click(window, card_id: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    item = scene.card_item(card_id)
    view.centerOn(item)
    mouse.click(view, mouse.scene_point(view, item.sceneBoundingRect().center()), modifiers)


def _db_positions(window) -> dict[int, int]:
    session = window.document.session
    session.expire_all()
    return {card_id: position for card_id, position in session.execute(select(Card.id, Card.position))}


def _cell_of(scene, card_id: int) -> tuple[int, int]:
    box = scene.layout.cards[card_id]
    return (box.lane_id, box.stage_id)


def _assert_scene_follows_the_file(window) -> None:
    scene = window.canvas_view.scene()
    fresh = read_journey(window.document.session, window.journey_id)
    assert scene.data.cells == fresh.cells
    assert scene.data.cards == fresh.cards  # positions included
    assert scene.layout == compute_layout(fresh, scene.metrics, scene.style)
    for card_id, box in scene.layout.cards.items():
        item = scene.card_item(card_id)
        if item is not None:
            assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)
            assert item.box == box and item.card_data == fresh.cards[card_id]


def test_deleting_the_top_cards_of_two_cells_moves_the_rest_and_undo_restores_them(window) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    cells = [ids for ids in scene.layout.cell_cards.values() if len(ids) >= 3][:2]
    assert len(cells) == 2, "the sample has cells of three cards or more"
    doomed = [cells[0][0], cells[1][1]]
    survivors = [card_id for ids in cells for card_id in ids if card_id not in doomed]
    before = _db_positions(window)
    items = {card_id: scene.card_item(card_id) for card_id in survivors}
    versions = {card_id: item.version for card_id, item in items.items()}

    _click(window, doomed[0])
    _click(window, doomed[1], Qt.KeyboardModifier.ControlModifier)
    assert sorted(scene.selected_card_ids()) == sorted(doomed)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)

    after = _db_positions(window)
    assert not set(doomed) & set(after)
    assert {card_id: after[card_id] for card_id in survivors} == {card_id: before[card_id] for card_id in survivors}
    assert [after[card_id] for card_id in cells[0][1:]] == list(range(1, len(cells[0])))  # a gap at 0
    assert scene.layout.cell_cards[_cell_of(scene, cells[0][1])] == tuple(cells[0][1:])
    _assert_scene_follows_the_file(window)
    for card_id in survivors:  # the same items, moved, their pixmaps kept (nothing drawn again)
        assert scene.card_item(card_id) is items[card_id]
        assert items[card_id].version == versions[card_id]
    assert all(scene.card_item(card_id) is None for card_id in doomed)

    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == stack.count() - 1
    assert _db_positions(window) == before
    _assert_scene_follows_the_file(window)
    assert all(scene.card_item(card_id) is not None for card_id in doomed)
    assert all(items[card_id].version == versions[card_id] for card_id in survivors)

    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _db_positions(window) == after
    _assert_scene_follows_the_file(window)
