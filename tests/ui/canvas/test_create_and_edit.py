"""Creating cards (palette, double-click, keyboard), editing titles in place, linking cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.model.schema import Card, Channel, Link
from app.model.store import ProjectStore
from tests.ui.canvas import mouse


def _drop(view, mime: QMimeData, pos: QPoint) -> bool:
    """Drag ``mime`` over the viewport to ``pos`` and drop it, as Qt's drag and drop would."""
    viewport = view.viewport()
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    over = QDragMoveEvent(pos, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, over)
    drop = QDropEvent(QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def _palette_mime(window, text: str) -> QMimeData:
    entry = window.card_palette.entry(text)
    assert entry is not None, text
    return window.card_palette.list.mimeData([entry])


def test_dragging_a_kind_from_the_palette_creates_a_card_there(window, journey_map, sample_path: Path) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    pains, first_week = journey_map.lane("Pain points"), journey_map.stage("First week")
    cell = scene.cell_rect(pains, first_week)
    where = mouse.scene_point(view, QPointF(cell.center().x(), cell.bottom() - 5))
    assert _drop(view, _palette_mime(window, "Pain point"), where)
    assert stack.undoText() == "Add card"
    titles = journey_map.cell_titles(pains, first_week)
    assert titles == ["Training too generic", ""]
    # The new card is selected and its title is being edited: type it.
    editor = view.editor
    assert editor is not None and editor.isVisible()
    editor.setText("Nobody explains the tools")
    editor.returnPressed.emit()
    from PySide6.QtTest import QTest

    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert journey_map.cell_titles(pains, first_week) == ["Training too generic", "Nobody explains the tools"]
    window.save()
    with ProjectStore.open(sample_path, read_only=True) as store:
        assert store.session.scalar(select(Card.lane_id).where(Card.title == "Nobody explains the tools")) == pains


def test_a_kind_dropped_on_another_lane_goes_to_its_own_lane(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    touch, day_one = journey_map.lane("Touchpoints"), journey_map.stage("Day one")
    pains = journey_map.lane("Pain points")
    cell = scene.cell_rect(touch, day_one)
    assert _drop(view, _palette_mime(window, "Pain point"), mouse.scene_point(view, cell.center()))
    assert len(journey_map.cell_titles(pains, day_one)) == 4


def test_a_channel_from_the_palette_makes_a_touchpoint_on_that_channel(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    touch, first_month = journey_map.lane("Touchpoints"), journey_map.stage("First month")
    cell = scene.cell_rect(touch, first_month)
    where = mouse.scene_point(view, QPointF(cell.center().x(), cell.bottom() - 4))
    assert _drop(view, _palette_mime(window, "Chat"), where)
    view.editor.clearFocus() if view.editor else None
    journey_map.session.expire_all()
    card = journey_map.session.scalars(select(Card).where(Card.lane_id == touch, Card.stage_id == first_month)
                                       .order_by(Card.position.desc())).first()
    chat = journey_map.session.scalar(select(Channel.id).where(Channel.key == "chat"))
    assert card.channel_id == chat and card.title == "Chat"


def test_a_palette_drop_outside_the_grid_is_refused(window, journey_map) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    before = stack.count()
    header = scene.lane_header_rect(journey_map.lane("Pain points")).center()
    assert not _drop(view, _palette_mime(window, "Pain point"), mouse.scene_point(view, header))
    assert stack.count() == before


def test_double_click_on_an_empty_cell_creates_a_card_of_the_lane_kind(window, journey_map) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    delights, application = journey_map.lane("Delights"), journey_map.stage("Application")
    cell = scene.cell_rect(delights, application)
    mouse.double_click(view, mouse.scene_point(view, cell.center()))
    assert journey_map.cell_titles(delights, application) == [""]
    view.editor.setText("A call from the future manager")
    from PySide6.QtTest import QTest

    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    assert journey_map.cell_titles(delights, application) == ["A call from the future manager"]
    # Create-and-name is one step (issue 13): one undo removes the card, one redo brings it back named.
    stack.undo()
    assert journey_map.cell_titles(delights, application) == []
    stack.redo()
    assert journey_map.cell_titles(delights, application) == ["A call from the future manager"]


def test_double_click_on_a_card_edits_its_title_escape_cancels(window, journey_map) -> None:
    from PySide6.QtTest import QTest

    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    card = journey_map.card("Offer e-mail")
    centre = mouse.scene_point(view, scene.card_item(card).sceneBoundingRect().center())
    before = stack.count()
    mouse.double_click(view, centre)
    QTest.keyClicks(view.editor, "Offer by post")
    QTest.keyClick(view.editor, Qt.Key.Key_Escape)
    assert stack.count() == before
    journey_map.session.expire_all()
    assert journey_map.session.get(Card, card).title == "Offer e-mail"
    mouse.double_click(view, centre)
    QTest.keyClicks(view.editor, "Offer by post")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    journey_map.session.expire_all()
    assert journey_map.session.get(Card, card).title == "Offer by post"
    assert stack.undoText() == "Edit card"


def test_dragging_from_a_card_handle_to_another_card_links_them(window, journey_map) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    source, target = journey_map.card("No news for 3 weeks"), journey_map.card("Offer e-mail")
    item = scene.card_item(source)
    mouse.click(view, mouse.scene_point(view, item.sceneBoundingRect().center()))  # selected: handle shows
    handle = item.mapToScene(item.handle_rect().center())
    end = scene.card_item(target).sceneBoundingRect().center()
    mouse.drag(view, mouse.scene_point(view, handle), mouse.scene_point(view, end))
    link = journey_map.session.scalar(select(Link).where(Link.source_id == source, Link.target_id == target))
    assert link is not None and stack.undoText() == "Link cards"
    assert any(item.source_id == source and item.target_id == target for item in scene.links.values())
    # The card itself did not move.
    assert journey_map.cell_of(source)[:2] == (journey_map.lane("Pain points"), journey_map.stage("Application"))
    stack.undo()
    assert not any(item.source_id == source and item.target_id == target for item in scene.links.values())


def test_double_click_on_a_stage_header_renames_it(window, journey_map) -> None:
    from PySide6.QtTest import QTest

    from app.model.schema import Stage

    view, scene = window.canvas_view, window.canvas_view.scene()
    stage = journey_map.stage("Day one")
    mouse.double_click(view, mouse.scene_point(view, scene.stage_header_rect(stage).center()))
    assert view.editor is not None and view.editor.text() == "Day one"
    QTest.keyClicks(view.editor, "Jour J")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    journey_map.session.expire_all()
    assert journey_map.session.get(Stage, stage).name == "Jour J"
    assert window.document.undo_stack.undoText() == "Edit stage"
    assert scene.stage_headers[stage].box.name == "Jour J"
