"""The start screen invites (issue 13): templates with thumbnails, recent projects with thumbnails,
the user's own templates, and a first-steps hint on an empty map."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import func, select

from app.model import templates
from app.model.schema import Card, Project
from app.ui import settings, user_templates
from tests.ui.canvas import mouse


def test_every_built_in_template_is_listed_with_a_thumbnail_and_a_line(make_window) -> None:
    window = make_window(show=True)
    entries = window.start_screen.templates
    listed = [entries.item(row).data(Qt.ItemDataRole.UserRole + 1)[0] for row in range(entries.count())]
    assert listed == list(templates.CONTENT)
    for row in range(entries.count()):
        item = entries.item(row)
        title, line = templates.describe(listed[row], "en")
        assert item.text() == f"{title}\n{line}" and item.toolTip() == line
        assert not item.icon().isNull()
        image = item.icon().pixmap(200, 120).toImage()
        assert len({image.pixel(x, 60) for x in range(0, 200, 5)}) > 3  # a picture, not a blank square


def test_recent_projects_have_a_thumbnail_of_their_map(make_window, sample_path) -> None:
    settings.add_recent_file(sample_path)
    window = make_window(show=True)
    item = window.start_screen.recent.item(0)
    image = item.icon().pixmap(100, 60).toImage()
    assert not item.icon().isNull() and len({image.pixel(x, 30) for x in range(0, 100, 3)}) > 3


def test_a_project_saved_as_a_template_is_offered_on_the_start_screen(make_window, sample_path, monkeypatch) -> None:
    window = make_window(sample_path, show=True)
    monkeypatch.setattr(type(window), "ask_template_name", lambda self, suggested: "Our onboarding")
    count = window.document.session.scalar(select(func.count(Card.id)))
    assert window.actions_by_name["save_as_template"].isEnabled()
    window.actions_by_name["save_as_template"].trigger()
    assert [name for name, _path in user_templates.listed()] == ["Our onboarding"]
    window.close_project()
    entries = window.start_screen.templates
    item = entries.item(entries.count() - 1)
    assert item.text().startswith("Our onboarding") and not item.icon().isNull()
    QApplication.processEvents()
    mouse_pos = entries.visualItemRect(item).center()
    from PySide6.QtTest import QTest

    QTest.mouseClick(entries.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, mouse_pos)
    document = window.document
    assert document is not None and document.path is None  # an untitled copy, the template stays as it is
    assert document.session.scalar(select(func.count(Card.id))) == count
    assert document.session.get(Project, 1).title == "Onboarding new employees"
    assert document.undo_stack.count() == 0


def test_an_empty_map_shows_first_steps_until_the_first_card(make_window) -> None:
    window = make_window(show=True)
    window.resize(1400, 900)
    window.new_project()
    hint = window.first_steps
    assert hint.isVisible() and "double-click" in hint.text()
    scene, view = window.scene, window.canvas_view
    lane = next(lane for lane in scene.data.lanes if lane.kind.value == "steps")
    cell = scene.cell_rect(lane.id, scene.data.stages[0].id)
    view.ensureVisible(cell)
    clicked = mouse.scene_point(view, cell.center())
    on_screen = view.viewport().mapTo(window, clicked)
    mouse.double_click(view, clicked)
    assert not hint.isVisible()
    QApplication.processEvents()  # the layout gives the hint's room back
    # The map did not move under the pointer: the cell double-clicked is still at the same place in the window.
    assert view.viewport().mapTo(window, view.mapFromScene(cell.center())) == on_screen
    window.document.undo_stack.undo()
    assert hint.isVisible()


def test_opening_a_project_paints_no_thumbnail_and_the_start_screen_is_current_when_it_comes_back(
        make_window, sample_path, monkeypatch) -> None:
    from app.ui import thumbnails

    painted: list[object] = []
    paint = thumbnails.paint
    monkeypatch.setattr(thumbnails, "paint", lambda *args, **kwargs: painted.append(args) or paint(*args, **kwargs))
    window = make_window(sample_path, show=True)  # built, opened, then shown on the map: the start screen is hidden
    assert painted == [] and window.start_screen.stale and not window.start_screen.isVisible()
    window.close_project()
    assert window.start_screen.isVisible() and not window.start_screen.stale
    recent = window.start_screen.recent
    assert recent.count() == 1 and "sample.parcours" in recent.item(0).text()  # opened after the screen was built
    assert window.start_screen.templates.count() == len(templates.CONTENT) and len(painted) >= 1 + recent.count()


def test_first_steps_go_again_when_undo_brings_back_the_cards_deleted(qtbot, make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    hint = window.first_steps
    window.actions_by_name["select_all"].trigger()
    assert len(window.scene.selected_card_ids()) == len(window.scene.data.cards) > 0
    window.actions_by_name["delete"].trigger()
    assert not window.scene.data.cards
    qtbot.waitUntil(hint.isVisible)
    window.actions_by_name["undo"].trigger()
    assert window.scene.data.cards
    qtbot.waitUntil(lambda: not hint.isVisible())


def test_the_inspector_shows_no_fields_while_several_cards_are_selected(qtbot, make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    scene, view, inspector = window.scene, window.canvas_view, window.inspector
    first, second = scene.reading_order()[:2]
    for card_id, modifiers in ((first, Qt.KeyboardModifier.NoModifier), (second, Qt.KeyboardModifier.ControlModifier)):
        item = scene.card_item(card_id)
        view.ensureVisible(item)
        mouse.click(view, mouse.scene_point(view, item.sceneBoundingRect().center()), modifiers)
    assert set(scene.selected_card_ids()) == {first, second}
    assert inspector.field_widget("title") is None  # typing here must not change one card of the two
    assert any(label.text() == "2 cards selected" for label in inspector.findChildren(QLabel))
    item = scene.card_item(second)
    mouse.click(view, mouse.scene_point(view, item.sceneBoundingRect().center()))
    assert scene.selected_card_ids() == [second] and inspector.field_widget("title") is not None
