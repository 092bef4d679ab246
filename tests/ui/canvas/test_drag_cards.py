"""Dragging cards with the mouse: to another cell, within a cell, several at once, copies, bad drops."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF

from app.model.schema import Card
from app.model.store import ProjectStore
from tests.ui.canvas import mouse


def _centre(window, card_id: int):
    item = window.canvas_view.scene().card_item(card_id)
    return mouse.scene_point(window.canvas_view, item.sceneBoundingRect().center())


def _cell_point(window, lane_id: int, stage_id: int, dy: float = 0.0):
    rect = window.canvas_view.scene().cell_rect(lane_id, stage_id)
    return mouse.scene_point(window.canvas_view, QPointF(rect.center().x(), rect.top() + 20.0 + dy))


def test_dragging_a_card_to_another_cell_moves_it_in_one_undo_step(window, journey_map, sample_path: Path) -> None:
    view, stack = window.canvas_view, window.document.undo_stack
    card = journey_map.card("No news for 3 weeks")
    pains, application, offer = journey_map.lane("Pain points"), journey_map.stage("Application"), \
        journey_map.stage("Offer and contract")
    before = stack.count()
    # Drop it below "Contract sent twice with errors": the bottom of the cell.
    target = view.scene().cell_rect(pains, offer)
    mouse.drag(view, _centre(window, card), mouse.scene_point(view, QPointF(target.center().x(), target.bottom() - 8)))
    assert journey_map.cell_titles(pains, offer) == ["Contract sent twice with errors", "No news for 3 weeks"]
    assert journey_map.cell_titles(pains, application) == []
    assert stack.count() == before + 1 and stack.undoText() == "Move card"
    # The item snapped into its new cell.
    item = view.scene().card_item(card)
    assert target.contains(item.sceneBoundingRect().center())
    stack.undo()
    assert journey_map.cell_titles(pains, application) == ["No news for 3 weeks"]
    back = view.scene().card_item(card).sceneBoundingRect().center()
    assert view.scene().cell_rect(pains, application).contains(back)
    stack.redo()
    window.save()
    with ProjectStore.open(sample_path, read_only=True) as store:
        moved = store.session.get(Card, card)
        assert (moved.lane_id, moved.stage_id, moved.position) == (pains, offer, 1)


def test_dragging_within_a_cell_reorders(window, journey_map) -> None:
    view = window.canvas_view
    touch, day_one = journey_map.lane("Touchpoints"), journey_map.stage("Day one")
    first_login = journey_map.card("First log-in")
    top = view.scene().card_item(journey_map.card("Welcome at reception")).sceneBoundingRect()
    mouse.drag(view, _centre(window, first_login), mouse.scene_point(view, QPointF(top.center().x(), top.top() + 3)))
    assert journey_map.cell_titles(touch, day_one) == [
        "First log-in", "Welcome at reception", "Badge hand-over", "Laptop hand-over"]
    window.document.undo_stack.undo()
    assert journey_map.cell_titles(touch, day_one)[-1] == "First log-in"


def test_dragging_several_selected_cards_moves_them_together(window, journey_map) -> None:
    view, stack = window.canvas_view, window.document.undo_stack
    pains = journey_map.lane("Pain points")
    day_one, first_week = journey_map.stage("Day one"), journey_map.stage("First week")
    nobody, laptop = journey_map.card("Nobody at the reception desk"), journey_map.card("No laptop on day one")
    mouse.click(view, _centre(window, nobody))
    mouse.click(view, _centre(window, laptop), modifiers=mouse.Modifier.ControlModifier)
    assert set(view.scene().selected_card_ids()) == {nobody, laptop}
    before = stack.count()
    below = view.scene().cell_rect(pains, first_week)
    mouse.drag(view, _centre(window, nobody), mouse.scene_point(view, QPointF(below.center().x(), below.bottom() - 5)))
    assert journey_map.cell_titles(pains, first_week) == [
        "Training too generic", "Nobody at the reception desk", "No laptop on day one"]
    assert journey_map.cell_titles(pains, day_one) == ["Accounts not ready"]
    assert stack.count() == before + 1 and stack.undoText() == "Move 2 cards"
    stack.undo()
    assert journey_map.cell_titles(pains, day_one) == [
        "Nobody at the reception desk", "No laptop on day one", "Accounts not ready"]


def test_cards_from_two_lanes_keep_their_offsets(window, journey_map) -> None:
    view = window.canvas_view
    touch, pains = journey_map.lane("Touchpoints"), journey_map.lane("Pain points")
    offer = journey_map.stage("Offer and contract")
    ad, news = journey_map.card("Job ad on the careers site"), journey_map.card("No news for 3 weeks")
    view.scene().select_cards([ad, news])
    target = view.scene().cell_rect(touch, offer)
    mouse.drag(view, _centre(window, ad), mouse.scene_point(view, QPointF(target.center().x(), target.bottom() - 5)))
    assert journey_map.cell_of(ad)[:2] == (touch, offer)
    assert journey_map.cell_of(news)[:2] == (pains, offer)


def test_ctrl_drag_copies_and_leaves_the_original(window, journey_map) -> None:
    view, stack = window.canvas_view, window.document.undo_stack
    pains = journey_map.lane("Pain points")
    application, first_month = journey_map.stage("Application"), journey_map.stage("First month")
    news = journey_map.card("No news for 3 weeks")
    mouse.drag(view, _centre(window, news), _cell_point(window, pains, first_month, dy=60),
               modifiers=mouse.Modifier.AltModifier)
    assert journey_map.cell_titles(pains, application) == ["No news for 3 weeks"]
    assert journey_map.cell_titles(pains, first_month) == ["Expense claims rejected: no access", "No news for 3 weeks"]
    stack.undo()
    assert journey_map.cell_titles(pains, first_month) == ["Expense claims rejected: no access"]


def test_a_drop_outside_the_grid_changes_nothing(window, journey_map) -> None:
    view, stack = window.canvas_view, window.document.undo_stack
    news = journey_map.card("No news for 3 weeks")
    item = view.scene().card_item(news)
    home = item.pos()
    before = stack.count()
    # Onto the lane headers, then onto the emotion curve: neither is a card cell.
    header = view.scene().lane_header_rect(journey_map.lane("Pain points")).center()
    mouse.drag(view, _centre(window, news), mouse.scene_point(view, header))
    curve = view.scene().lane_header_rect(journey_map.lane("Emotion curve"))
    day_one = view.scene().cell_rect(journey_map.lane("Pain points"), journey_map.stage("Day one"))
    curve_cell = QPointF(day_one.center().x(), curve.center().y())
    mouse.drag(view, _centre(window, news), mouse.scene_point(view, curve_cell))
    assert stack.count() == before
    assert item.pos() == home
    assert journey_map.cell_of(news) == (journey_map.lane("Pain points"), journey_map.stage("Application"), 0)
    assert not view.scene().indicator.isVisible()


def test_a_drag_writes_nothing_until_the_drop(window, journey_map) -> None:
    from sqlalchemy import event

    view = window.canvas_view
    news = journey_map.card("No news for 3 weeks")
    start = _centre(window, news)
    end = _cell_point(window, journey_map.lane("Pain points"), journey_map.stage("First week"), dy=80)
    statements: list[str] = []
    engine = window.document.session.get_bind()
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        mouse.press(view, start)  # selects the card: the inspector reads it
        statements.clear()
        for step in range(1, 21):
            mouse.move(view, start + (end - start) * (step / 20))
        assert statements == []
        assert view.scene().indicator.isVisible()
        mouse.release(view, end)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert any(s.startswith("UPDATE") for s in statements)  # the drop itself was written


def test_escape_during_a_drag_puts_everything_back(window, journey_map) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view, stack = window.canvas_view, window.document.undo_stack
    news = journey_map.card("No news for 3 weeks")
    item = view.scene().card_item(news)
    home = item.pos()
    start = _centre(window, news)
    end = _cell_point(window, journey_map.lane("Pain points"), journey_map.stage("Before arrival"))
    before = stack.count()
    mouse.press(view, start)
    for step in range(1, 6):
        mouse.move(view, start + (end - start) * (step / 5))
    assert item.pos() != home
    QTest.keyClick(view, Qt.Key.Key_Escape)
    mouse.release(view, end)
    assert item.pos() == home and stack.count() == before
    assert not view.scene().indicator.isVisible()


def test_dragging_to_the_edge_of_the_view_scrolls_it(window, journey_map, qtbot) -> None:
    view = window.canvas_view
    news = journey_map.card("No news for 3 weeks")
    start = _centre(window, news)
    edge = mouse.QPoint(view.viewport().width() - 4, start.y())
    bar = view.horizontalScrollBar()
    assert bar.value() == bar.minimum() < bar.maximum()
    mouse.press(view, start)
    for step in range(1, 6):
        mouse.move(view, start + (edge - start) * (step / 5))
    qtbot.waitUntil(lambda: bar.value() > bar.minimum() + 100, timeout=3000)
    mouse.release(view, edge)
    # The card landed in a cell further right than the first visible ones.
    assert journey_map.cell_of(news)[1] != journey_map.stage("Application")


def test_a_move_keeps_the_selection_and_refreshes_the_inspector_once(window, journey_map, monkeypatch) -> None:
    view, inspector = window.canvas_view, window.inspector
    pains, offer = journey_map.lane("Pain points"), journey_map.stage("Offer and contract")
    card = journey_map.card("No news for 3 weeks")
    mouse.click(view, _centre(window, card))
    assert view.scene().selected_card_ids() == [card] and inspector.subject == ("card", card)
    refreshes, selections = [], []
    real_refresh = inspector._refresh
    monkeypatch.setattr(inspector, "_refresh", lambda: (refreshes.append(inspector.subject), real_refresh()))
    view.scene().selection_changed.connect(lambda: selections.append(view.scene().selected_card_ids()))
    target = view.scene().cell_rect(pains, offer)
    mouse.drag(view, _centre(window, card), mouse.scene_point(view, QPointF(target.center().x(), target.bottom() - 8)))
    assert journey_map.cell_titles(pains, offer)[-1] == "No news for 3 weeks"
    # The card stays selected all along (no clear and re-select), and the inspector reads it once.
    assert selections == []
    assert view.scene().selected_card_ids() == [card] and view.scene().card_item(card).isSelected()
    assert refreshes == [("card", card)]
    assert inspector.subject == ("card", card)
