"""Selecting and deleting many cards is one notification per user action, and its listeners see the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.model.schema import Card


def _spy(signal) -> list[int]:
    calls: list[int] = []
    signal.connect(lambda: calls.append(1))
    return calls


def test_select_all_with_the_keyboard_notifies_once(qtbot, window) -> None:
    scene, view = window.scene, window.canvas_view
    notified = _spy(scene.selection_changed)
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(notified) == 1
    assert scene.selected_card_ids() == scene.reading_order() and len(scene.reading_order()) > 20
    # The window and the curve pane followed the one notification.
    assert window.actions_by_name["copy"].isEnabled() and window.actions_by_name["delete"].isEnabled()
    pane = window.emotion_pane.pane()
    assert len(pane._selection.data) == len(next(iter(pane.series().values())))


def test_deleting_the_selection_notifies_once_and_undo_brings_every_card_back(qtbot, window) -> None:
    scene, view, document = window.scene, window.canvas_view, window.document
    total = document.session.scalar(select(func.count()).select_from(Card))
    order = scene.reading_order()
    chosen = order[::3]
    scene.select_cards(chosen)
    notified = _spy(scene.selection_changed)
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert len(notified) == 1
    assert scene.selected_card_ids() == [] and not window.actions_by_name["copy"].isEnabled()
    assert document.session.scalar(select(func.count()).select_from(Card)) == total - len(chosen)
    assert not set(chosen) & set(scene.cards) and len(scene.reading_order()) == len(order) - len(chosen)
    document.undo_stack.undo()
    assert document.session.scalar(select(func.count()).select_from(Card)) == total
    assert scene.reading_order() == order
    document.undo_stack.redo()
    assert document.session.scalar(select(func.count()).select_from(Card)) == total - len(chosen)


def test_the_selected_ids_follow_a_click_after_a_batch(qtbot, window) -> None:
    scene = window.scene
    order = scene.reading_order()
    scene.select_cards(order[:5])
    assert scene.selected_card_ids() == order[:5]
    # A change made outside a batch (as a click makes) is seen at once, and notified at once.
    notified = _spy(scene.selection_changed)
    scene.card_item(order[0]).setSelected(False)
    assert len(notified) == 1 and scene.selected_card_ids() == order[1:5]
    with scene.batch():
        scene.card_item(order[6]).setSelected(True)
        scene.card_item(order[7]).setSelected(True)
        assert len(notified) == 1
    assert len(notified) == 2 and scene.selected_card_ids() == order[1:5] + order[6:8]
