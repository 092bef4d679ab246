"""Reordering lanes and stages by their headers, rubber-band and Ctrl-click selection, sticky headers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF

from app.model.schema import Lane, Stage
from app.model.store import ProjectStore
from tests.ui.canvas import mouse


def test_dragging_a_lane_header_reorders_the_lanes(window, journey_map, sample_path: Path) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    pains, steps = journey_map.lane("Pain points"), journey_map.lane("What the employee does")
    start = mouse.scene_point(view, scene.lane_header_rect(pains).center())
    above_steps = scene.lane_header_rect(steps)
    mouse.drag(view, start, mouse.scene_point(view, QPointF(above_steps.center().x(), above_steps.top() + 5)))
    journey_map.session.expire_all()
    assert journey_map.session.get(Lane, pains).position == 0
    assert journey_map.session.get(Lane, steps).position == 1
    assert stack.undoText() == "Move lane"
    # The map follows: the pain points row is now on top.
    assert scene.lane_header_rect(pains).top() < scene.lane_header_rect(steps).top()
    stack.undo()
    journey_map.session.expire_all()
    assert journey_map.session.get(Lane, steps).position == 0
    stack.redo()
    window.save()
    with ProjectStore.open(sample_path, read_only=True) as store:
        assert store.session.get(Lane, pains).position == 0


def test_dragging_a_stage_header_reorders_the_stages(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    application, before = journey_map.stage("Application"), journey_map.stage("Before arrival")
    target = scene.stage_header_rect(before)
    mouse.drag(view, mouse.scene_point(view, scene.stage_header_rect(application).center()),
               mouse.scene_point(view, QPointF(target.right() - 5, target.center().y())))
    journey_map.session.expire_all()
    assert journey_map.session.get(Stage, application).position == 2
    assert scene.stage_header_rect(application).left() > scene.stage_header_rect(before).left()


def test_a_header_dropped_where_it_was_changes_nothing(window, journey_map) -> None:
    view, scene, stack = window.canvas_view, window.canvas_view.scene(), window.document.undo_stack
    pains = journey_map.lane("Pain points")
    rect = scene.lane_header_rect(pains)
    before = stack.count()
    mouse.drag(view, mouse.scene_point(view, rect.center()), mouse.scene_point(view, rect.center() + QPointF(0, 12)))
    assert stack.count() == before


def test_clicking_a_header_shows_it_in_the_inspector(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    pains = journey_map.lane("Pain points")
    mouse.click(view, mouse.scene_point(view, scene.lane_header_rect(pains).center()))
    assert window.inspector.subject == ("lane", pains)
    day_one = journey_map.stage("Day one")
    mouse.click(view, mouse.scene_point(view, scene.stage_header_rect(day_one).center()))
    assert window.inspector.subject == ("stage", day_one)


def test_rubber_band_selects_the_cards_it_touches(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    touch = journey_map.lane("Touchpoints")
    first = scene.cell_rect(touch, journey_map.stage("Application"))
    second = scene.cell_rect(touch, journey_map.stage("Offer and contract"))
    # From the empty bottom of the first cell up-right across both cells' first cards.
    start = QPointF(first.left() + 3, first.bottom() - 3)
    end = QPointF(second.right() - 3, first.top() + 20)
    mouse.drag(view, mouse.scene_point(view, start), mouse.scene_point(view, end), steps=10)
    expected = {journey_map.card(t) for t in ("Job ad on the careers site", "Interviews with the manager",
                                              "Offer e-mail", "Electronic contract signature")}
    assert set(scene.selected_card_ids()) == expected
    # A click on empty space clears it; Ctrl-click toggles one card.
    mouse.click(view, mouse.scene_point(view, QPointF(first.left() + 3, first.bottom() - 3)))
    assert scene.selected_card_ids() == []
    card = scene.card_item(journey_map.card("Offer e-mail"))
    centre = mouse.scene_point(view, card.sceneBoundingRect().center())
    mouse.click(view, centre, modifiers=mouse.Modifier.ControlModifier)
    mouse.click(view, mouse.scene_point(view, scene.card_item(journey_map.card("Job ad on the careers site"))
                                        .sceneBoundingRect().center()), modifiers=mouse.Modifier.ControlModifier)
    assert len(scene.selected_card_ids()) == 2
    mouse.click(view, centre, modifiers=mouse.Modifier.ControlModifier)
    assert scene.selected_card_ids() == [journey_map.card("Job ad on the careers site")]


def test_headers_stay_in_view_while_scrolling(window, journey_map) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    visible = view.visible_scene_rect()
    stage = scene.stage_header_rect(journey_map.stage("First month"))
    lane = scene.lane_header_rect(journey_map.lane("Opportunities"))
    assert abs(stage.top() - visible.top()) < 1 and abs(lane.left() - visible.left()) < 1
    # Clicking a pinned header still picks its lane.
    mouse.click(view, mouse.scene_point(view, lane.center()))
    assert window.inspector.subject == ("lane", journey_map.lane("Opportunities"))
