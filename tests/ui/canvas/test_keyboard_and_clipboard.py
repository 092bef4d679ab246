"""The keyboard on the map, the clipboard, zoom and pan, Find, context menus."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.model.schema import Card, Journey, Link
from app.ui.canvas import clipboard
from app.ui.canvas.menus import build_menu
from tests.ui.canvas import mouse


def _select(window, title: str, journey_map) -> int:
    card = journey_map.card(title)
    scene = window.canvas_view.scene()
    view = window.canvas_view
    mouse.click(view, mouse.scene_point(view, scene.card_item(card).sceneBoundingRect().center()))
    return card


def test_arrows_move_the_selection_between_cells_and_tab_walks_reading_order(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    _select(window, "Offer e-mail", journey_map)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_card_ids() == [journey_map.card("Electronic contract signature")]
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert scene.selected_card_ids() == [journey_map.card("Request for paperwork")]
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Up)  # leaves the cell: the customer step above
    assert scene.selected_card_ids() == [journey_map.card("Get ready to start")]
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert len(scene.selected_card_ids()) == 2
    order = scene.reading_order()
    current = scene.current_card
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert scene.selected_card_ids() == [order[order.index(current) + 1]]
    QTest.keyClick(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scene.selected_card_ids() == [current]


def test_delete_duplicate_and_rename_from_the_keyboard(window, journey_map) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    pains, day_one = journey_map.lane("Pain points"), journey_map.stage("Day one")
    laptop = _select(window, "No laptop on day one", journey_map)
    link_count = journey_map.session.scalar(
        select(Link.id).where((Link.source_id == laptop) | (Link.target_id == laptop)))
    assert link_count is not None  # the sample links it: undo must bring the link back
    view.setFocus()
    QTest.keySequence(window, window.actions_by_name["duplicate"].shortcut())
    assert journey_map.cell_titles(pains, day_one).count("No laptop on day one") == 2
    assert scene.selected_card_ids() != [laptop]
    stack.undo()
    scene.select_cards([laptop])
    window.actions_by_name["delete"].trigger()
    assert "No laptop on day one" not in journey_map.cell_titles(pains, day_one)
    assert scene.card_item(laptop) is None
    stack.undo()
    assert scene.card_item(laptop) is not None
    assert journey_map.session.get(Card, laptop) is not None
    assert journey_map.session.scalar(select(Link.id).where((Link.source_id == laptop) | (Link.target_id == laptop)))
    scene.select_cards([laptop])
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.editor is not None
    view.editor.setText("Laptop missing")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    journey_map.session.expire_all()
    assert journey_map.session.get(Card, laptop).title == "Laptop missing"


def test_alt_arrows_move_the_selected_cards(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    news = _select(window, "No news for 3 weeks", journey_map)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert journey_map.cell_of(news)[:2] == (journey_map.lane("Pain points"), journey_map.stage("Offer and contract"))
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert journey_map.cell_titles(journey_map.lane("Pain points"), journey_map.stage("Offer and contract"))[0] == \
        "No news for 3 weeks"
    assert scene.selected_card_ids() == [news]


def test_building_a_map_from_the_keyboard_alone(window, journey_map) -> None:
    view = window.canvas_view
    _select(window, "Offer e-mail", journey_map)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Insert)
    assert view.editor is not None
    QTest.keyClicks(view.editor, "Phone call from HR")
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    titles = journey_map.cell_titles(journey_map.lane("Touchpoints"), journey_map.stage("Offer and contract"))
    assert titles == ["Offer e-mail", "Phone call from HR", "Electronic contract signature"]


def test_copy_and_paste_cards_with_their_fields_and_links(window, journey_map) -> None:
    scene, stack = window.canvas_view.scene(), window.document.undo_stack
    nobody, laptop = journey_map.card("Nobody at the reception desk"), journey_map.card("No laptop on day one")
    reception = journey_map.card("Welcome at reception")
    journey_map.session.add(Link(source_id=nobody, target_id=laptop))
    journey_map.session.commit()
    scene.reload()
    scene.select_cards([reception, nobody, laptop])
    window.actions_by_name["copy"].trigger()
    payload = clipboard.read_payload(QGuiApplication.clipboard().mimeData())
    assert [c["fields"]["title"] for c in payload["cards"]] == [
        "Welcome at reception", "Nobody at the reception desk", "No laptop on day one"]
    # Paste into the to-be journey: each card goes to the lane of its kind.
    to_be = journey_map.session.scalar(select(Journey.id).where(Journey.state == "to_be"))
    window.show_journey(to_be)
    scene = window.canvas_view.scene()
    before = stack.count()
    window.actions_by_name["paste"].trigger()
    assert stack.count() == before + 1
    created = scene.selected_card_ids()
    assert len(created) == 3
    journey_map.session.expire_all()
    pasted = {journey_map.session.get(Card, c).title: journey_map.session.get(Card, c) for c in created}
    original = journey_map.session.get(Card, reception)
    assert pasted["Welcome at reception"].score == original.score
    assert pasted["Welcome at reception"].channel_id == original.channel_id
    assert pasted["Welcome at reception"].lane.kind.value == "touchpoints"
    assert pasted["No laptop on day one"].lane.kind.value == "irritants"
    assert journey_map.session.scalar(select(Link.id).where(
        Link.source_id == pasted["Nobody at the reception desk"].id,
        Link.target_id == pasted["No laptop on day one"].id))
    stack.undo()
    assert all(journey_map.session.get(Card, c) is None for c in created)


def test_plain_text_pastes_one_card_per_line(window, journey_map) -> None:
    offer = _select(window, "Offer e-mail", journey_map)
    mime = QMimeData()
    mime.setText("- Call the candidate\n\n* Send the contract by post\n   Confirm the start date  \n")
    window.controller.paste(mime)
    titles = journey_map.cell_titles(journey_map.lane("Touchpoints"), journey_map.stage("Offer and contract"))
    assert titles == ["Offer e-mail", "Call the candidate", "Send the contract by post", "Confirm the start date",
                      "Electronic contract signature"]
    assert window.document.undo_stack.undoText() == "Paste 3 card(s)"
    assert offer


def test_bad_clipboard_payloads_are_ignored(window, journey_map) -> None:
    for data in (b"not json", json.dumps({"format": "parcours-cards", "version": 99, "cards": []}).encode(),
                 json.dumps([1, 2]).encode()):
        mime = QMimeData()
        mime.setData(clipboard.MIME_CARDS, data)
        assert clipboard.read_payload(mime) is None
    empty = QMimeData()
    before = window.document.undo_stack.count()
    assert window.controller.paste(empty) == []
    assert window.document.undo_stack.count() == before


def test_cut_removes_and_paste_brings_back(window, journey_map) -> None:
    scene = window.canvas_view.scene()
    news = _select(window, "No news for 3 weeks", journey_map)
    window.actions_by_name["cut"].trigger()
    assert scene.card_item(news) is None
    _select(window, "Contract sent twice with errors", journey_map)
    window.actions_by_name["paste"].trigger()
    titles = journey_map.cell_titles(journey_map.lane("Pain points"), journey_map.stage("Offer and contract"))
    assert titles == ["Contract sent twice with errors", "No news for 3 weeks"]


def test_ctrl_wheel_zooms_around_the_mouse_and_fit_shows_everything(window, journey_map) -> None:
    view = window.canvas_view
    pos = QPointF(400, 300)
    under = view.mapToScene(pos.toPoint())
    event = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(view.viewport(), event)
    assert abs(view.zoom - 1.25 ** 2) < 1e-6
    after = view.mapToScene(pos.toPoint())
    assert abs(after.x() - under.x()) < 3 and abs(after.y() - under.y()) < 3
    window.actions_by_name["fit"].trigger()
    layout = view.scene().layout
    visible = view.visible_scene_rect()
    assert visible.contains(QPointF(layout.width - 1, layout.height - 1)) and visible.contains(QPointF(1, 1))
    window.actions_by_name["zoom_100"].trigger()
    assert view.zoom == 1.0


def test_middle_drag_and_space_drag_pan(window, journey_map) -> None:
    view = window.canvas_view
    bar = view.verticalScrollBar()
    bar.setValue(200)
    mouse.drag(view, QPoint(500, 500), QPoint(500, 400), button=mouse.Button.MiddleButton)
    assert bar.value() == 300
    QTest.keyPress(view, Qt.Key.Key_Space)
    mouse.drag(view, QPoint(500, 400), QPoint(500, 500))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() == 200
    assert view.scene().selected_card_ids() == []


def test_find_highlights_and_walks_matches(window, journey_map) -> None:
    controller, scene = window.controller, window.canvas_view.scene()
    count = controller.find("welcome")
    matches = {card_id for card_id, item in scene.cards.items() if item.found}
    assert count == len(matches) >= 3
    first = scene.selected_card_ids()[0]
    second = controller.find_next()
    assert second != first and second in matches
    assert controller.find_next(-1) == first
    controller.find("")
    assert not any(item.found for item in scene.cards.values())


def test_context_menus_offer_the_verbs_of_what_was_clicked(window, journey_map) -> None:
    controller = window.controller
    texts = lambda menu: [a.text() for a in menu.actions()]  # noqa: E731
    actions = window.actions_by_name
    lane_menu = build_menu(window, controller, "lane", journey_map.lane("Pain points"), QPointF(), actions)
    assert {"Rename", "Insert lane above", "Insert lane below", "Change kind", "Delete lane"} <= set(texts(lane_menu))
    stage_menu = build_menu(window, controller, "stage", journey_map.stage("Day one"), QPointF(), actions)
    assert {"Insert stage before", "Insert stage after", "Delete stage"} <= set(texts(stage_menu))
    card_menu = build_menu(window, controller, "card", journey_map.card("Offer e-mail"), QPointF(), actions)
    assert "Edit title" in texts(card_menu)
    # Insert a stage after "Day one" from its menu: a new column, named in place.
    stages_before = len(window.canvas_view.scene().layout.stages)
    next(a for a in stage_menu.actions() if a.text() == "Insert stage after").trigger()
    assert len(window.canvas_view.scene().layout.stages) == stages_before + 1
    window.canvas_view.editor.setText("Day two")
    QTest.keyClick(window.canvas_view.editor, Qt.Key.Key_Return)
    names = [s.name for s in window.canvas_view.scene().data.stages]
    assert names[names.index("Day one") + 1] == "Day two"
    # Change a lane's kind from its menu.
    kinds = next(a for a in lane_menu.actions() if a.text() == "Change kind").menu()
    next(a for a in kinds.actions() if a.text() == "Delights").trigger()
    assert window.canvas_view.scene().lane_kind(journey_map.lane("Pain points")).value == "enchantments"


def test_add_a_card_here_from_a_cells_menu_puts_it_last_in_the_cell(window, journey_map) -> None:
    scene, stack = window.canvas_view.scene(), window.document.undo_stack
    lane, stage = journey_map.lane("Pain points"), journey_map.stage("Application")
    before = journey_map.cell_titles(lane, stage)
    index = stack.index()
    menu = build_menu(window, window.controller, "cell", 0, scene.cell_rect(lane, stage).center(),
                      window.actions_by_name)
    next(a for a in menu.actions() if a.text().startswith("Add a card here")).trigger()
    window.canvas_view.editor.setText("Slow answers")
    QTest.keyClick(window.canvas_view.editor, Qt.Key.Key_Return)
    assert journey_map.cell_titles(lane, stage) == [*before, "Slow answers"]
    assert stack.index() == index + 1  # the card and its name: one step
    stack.undo()
    assert journey_map.cell_titles(lane, stage) == before
