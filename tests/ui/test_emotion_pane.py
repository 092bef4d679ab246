"""The emotion pane: aligned with the canvas, follows scores, drags points, selects cards, compares journeys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from sqlalchemy import select

from app.model.schema import Card, Journey
from app.model.store import ProjectStore
from app.ui.commands import EditCardCommand, push
from tests.ui.canvas import conftest as canvas_fixtures
from tests.ui.canvas import mouse

#: The shown sample window (tests/ui/canvas/conftest.py), under the names the tests ask for.
window = canvas_fixtures.window
journey_map = canvas_fixtures.journey_map


@pytest.fixture(autouse=True)
def curve_ready(window, qtbot) -> None:
    """The plot is built a moment after the map paints: wait for it, aligned with the canvas."""
    pane = window.emotion_pane.pane()
    style = window.canvas_view.scene().style
    qtbot.waitUntil(lambda: abs(pane.box.viewRange()[0][0] - style.lane_header_width) < 1, timeout=3000)


def _series(window):
    (label, points), *_ = window.emotion_pane.series().items()
    return label, points


def _plot_point(pane, x: float, y: float):
    """The viewport position of a plot point, for mouse events on the plot."""
    scene_point = pane.box.mapViewToScene(QPointF(x, y))
    return pane.plot.mapFromScene(scene_point)


def test_the_pane_draws_one_point_per_scored_touchpoint_under_its_column(window, journey_map, qtbot) -> None:
    pane, scene = window.emotion_pane, window.canvas_view.scene()
    label, points = _series(window)
    assert label == "My new job (as is)"
    scored = [card_id for card_id in scene.layout.touchpoint_x if scene.data.cards[card_id].score is not None]
    assert [card_id for _x, _score, card_id in points] == scored
    for x, score, card_id in points:
        assert x == scene.layout.touchpoint_x[card_id]
        assert score == scene.data.cards[card_id].score
    # The plot shows the same x range as the canvas, its first column over the plot's left edge.
    qtbot.waitUntil(lambda: abs(pane.box.viewRange()[0][0] - scene.style.lane_header_width) < 1, timeout=2000)
    column = scene.stage_header_rect(journey_map.stage("Application"))
    canvas_x = window.canvas_view.viewport().mapToGlobal(window.canvas_view.mapFromScene(column.topLeft())).x()
    plot_x = pane.plot.mapToGlobal(_plot_point(pane, column.left(), 5)).x()
    assert abs(canvas_x - plot_x) <= 3


def test_a_score_changed_in_the_inspector_moves_the_point(window, journey_map) -> None:
    card = journey_map.card("Offer e-mail")
    scene = window.canvas_view.scene()
    scene.select_cards([card])
    score = window.inspector.field_widget("score")
    score.setValue(2)
    score.editingFinished.emit()
    _label, points = _series(window)
    assert (scene.layout.touchpoint_x[card], 2.0, card) in points
    window.document.undo_stack.undo()
    _label, points = _series(window)
    assert (scene.layout.touchpoint_x[card], 8.0, card) in points


def test_an_unscored_touchpoint_is_a_gap_not_a_zero(window, journey_map) -> None:
    card = journey_map.card("Offer e-mail")
    push(window.document, EditCardCommand(window.document, card, merge=False, score=None))
    _label, points = _series(window)
    assert card not in [card_id for _x, _s, card_id in points]
    assert all(score > 0 for _x, score, _c in points)


def test_dragging_a_point_changes_the_score_in_one_undo_step(window, journey_map, qtbot, sample_path: Path) -> None:
    pane, stack = window.emotion_pane, window.document.undo_stack
    card = journey_map.card("Offer e-mail")
    x, score, _ = next(p for p in _series(window)[1] if p[2] == card)
    assert score == 8
    before = stack.count()
    start = _plot_point(pane, x, score)
    end = _plot_point(pane, x, 3)
    mouse.drag(pane.plot, start, end, steps=8)
    journey_map.session.expire_all()
    assert journey_map.session.get(Card, card).score == 3
    assert stack.count() == before + 1 and stack.undoText() == "Edit card"
    assert (x, 3.0, card) in _series(window)[1]
    # The card's badge on the canvas follows.
    assert window.canvas_view.scene().card_item(card).card_data.score == 3
    stack.undo()
    assert (x, 8.0, card) in _series(window)[1]
    stack.redo()
    window.save()
    with ProjectStore.open(sample_path, read_only=True) as store:
        assert store.session.get(Card, card).score == 3


def test_a_drag_away_from_points_pans_the_canvas_too(window, qtbot) -> None:
    pane, view = window.emotion_pane, window.canvas_view
    bar = view.horizontalScrollBar()
    assert bar.value() == bar.minimum()
    y = 0.5
    left, right = pane.box.viewRange()[0]
    mouse.drag(pane.plot, _plot_point(pane, left + (right - left) * 0.8, y),
               _plot_point(pane, left + (right - left) * 0.3, y), steps=8)
    assert bar.value() > bar.minimum()


def test_clicking_a_point_selects_its_card_and_back(window, journey_map) -> None:
    pane, scene = window.emotion_pane.pane(), window.canvas_view.scene()
    card = journey_map.card("Welcome e-mail")
    x, score, _ = next(p for p in _series(window)[1] if p[2] == card)
    mouse.click(pane.plot, _plot_point(pane, x, score))
    assert scene.selected_card_ids() == [card]
    other = journey_map.card("Team lunch")
    scene.select_cards([other])
    ringed = [spot.pos() for spot in pane._selection.points()]
    assert [(p.x(), p.y()) for p in ringed] == [pane._points[other]]


def test_moments_of_truth_are_ringed_on_the_curve_and_on_their_cards(window, journey_map) -> None:
    scene = window.canvas_view.scene()
    assert scene.moments, "the sample has a trough, a peak and drops"
    for card_id in scene.moments:
        assert scene.card_item(card_id).moment is not None
    trough = next(m for m in scene.moments.values() if m.kind.value == "trough")
    # Pinning another card makes it a moment; dismissing the trough removes it.
    quiet = journey_map.card("Offer e-mail")
    push(window.document, EditCardCommand(window.document, quiet, merge=False, moment_of_truth=True))
    push(window.document, EditCardCommand(window.document, trough.card_id, merge=False, moment_of_truth=False))
    assert quiet in scene.moments and scene.card_item(quiet).moment is not None
    assert trough.card_id not in scene.moments and scene.card_item(trough.card_id).moment is None


def test_overlaying_the_to_be_journey(window, journey_map) -> None:
    pane = window.emotion_pane
    to_be = journey_map.session.scalar(select(Journey.id).where(Journey.state == "to_be"))
    index = pane.combo.findData(to_be)
    assert index > 0
    pane.combo.setCurrentIndex(index)
    pane.combo.activated.emit(index)
    series = pane.series()
    assert len(series) == 2
    labels = list(series)
    assert labels[1].endswith("(to be)")
    assert series[labels[1]] and pane.summary.text().count("<br>") == 1  # one line per curve
    assert "to be" in pane.summary.text() and "mean" in pane.summary.text()
    pane.compare_with(None)
    assert len(pane.series()) == 1


def test_pinning_a_moment_of_truth_from_the_card_menu(window, journey_map) -> None:
    from app.ui.canvas.menus import build_menu

    card = journey_map.card("Offer e-mail")
    scene = window.canvas_view.scene()
    menu = build_menu(window, window.controller, "card", card, QPointF(), window.actions_by_name)
    next(a for a in menu.actions() if a.text() == "Pin as a moment of truth").trigger()
    assert scene.moments[card].kind.value == "pinned"
    assert window.document.undo_stack.undoText() == "Edit card"
    menu = build_menu(window, window.controller, "card", card, QPointF(), window.actions_by_name)
    next(a for a in menu.actions() if a.text() == "Unpin as a moment of truth").trigger()
    assert card not in scene.moments


def test_the_pane_follows_the_canvas_zoom_and_scroll(window, qtbot) -> None:
    pane, view = window.emotion_pane, window.canvas_view
    view.set_zoom(0.5)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())

    def aligned() -> bool:
        visible = view.visible_scene_rect()
        left, right = pane.box.viewRange()[0]
        return abs(left - (max(0.0, visible.left()) + view.scene().style.lane_header_width)) < 1 \
            and abs(right - visible.right()) < 1

    qtbot.waitUntil(aligned, timeout=2000)


def test_the_wheel_over_the_pane_scrolls_the_canvas(window) -> None:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    pane, view = window.emotion_pane, window.canvas_view
    bar = view.horizontalScrollBar()
    before = bar.value()
    viewport = pane.plot.viewport()
    pos = QPointF(viewport.rect().center())
    event = QWheelEvent(pos, QPointF(viewport.mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert bar.value() > before


def test_journeys_of_other_personas_are_named_in_the_comparison_list(window, journey_map) -> None:
    from app.model import ops
    from app.model.ops import Op
    from app.model.schema import Persona
    from app.ui.commands import GenericCommand

    to_be = journey_map.session.scalar(select(Journey.id).where(Journey.state == "to_be"))
    persona = journey_map.session.scalars(select(Persona).order_by(Persona.position)).first()
    push(window.document, GenericCommand(window.document, Op(ops.set_journey_personas,
                                                             {"journey_id": to_be, "ids": [persona.id]}), "Personas"))
    pane = window.emotion_pane
    assert persona.name in pane.combo.itemText(pane.combo.findData(to_be))


def test_hovering_a_point_tells_the_touchpoint_channel_and_score(window, journey_map) -> None:
    pane = window.emotion_pane.pane()
    card = journey_map.card("Offer e-mail")
    x, score, _ = next(p for p in _series(window)[1] if p[2] == card)
    tip = pane._scatters[0].opts["tip"](x=x, y=score, data=card)
    assert tip.splitlines() == ["Offer e-mail", "Channel: E-mail", "Score: 8", "Emotion: Joy"] or \
        tip.splitlines()[:3] == ["Offer e-mail", "Channel: E-mail", "Score: 8"]


def test_the_point_follows_the_mouse_before_the_release(window, journey_map, qtbot) -> None:
    pane, stack = window.emotion_pane, window.document.undo_stack
    card = journey_map.card("Offer e-mail")
    x, score, _ = next(p for p in _series(window)[1] if p[2] == card)
    before = stack.count()
    start, end = _plot_point(pane, x, score), _plot_point(pane, x, 5)
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    viewport = pane.plot.viewport()

    def send(kind, pos, button, buttons):
        QApplication.sendEvent(viewport, QMouseEvent(kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button,
                                                     buttons, Qt.KeyboardModifier.NoModifier))

    left = Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 7):
        qtbot.wait(15)  # pyqtgraph drops mouse moves closer than 10 ms apart (its mouseRateLimit)
        send(QEvent.Type.MouseMove, start + (end - start) * (step / 6), Qt.MouseButton.NoButton, left)
    assert (x, 5.0, card) in _series(window)[1]  # drawn where the mouse is
    assert stack.count() == before  # nothing written yet
    send(QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)
    assert stack.count() == before + 1


def test_deleting_a_linked_touchpoint_redraws_the_curve_once_without_it(window, monkeypatch) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.model.schema import Link

    view, scene = window.canvas_view, window.canvas_view.scene()
    session = window.document.session
    _label, points = _series(window)
    linked = set(session.scalars(select(Link.source_id))) | set(session.scalars(select(Link.target_id)))
    card_id = next(card_id for _x, _score, card_id in points if card_id in linked)
    pane = window.emotion_pane.pane()
    calls: list[int] = []
    refresh = pane.refresh
    monkeypatch.setattr(pane, "refresh", lambda: (calls.append(1), refresh()))
    item = scene.card_item(card_id)
    view.centerOn(item)
    mouse.click(view, mouse.scene_point(view, item.sceneBoundingRect().center()))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert session.get(Card, card_id) is None
    assert card_id not in [point[2] for point in _series(window)[1]]
    assert len(calls) == 1  # the cards' change redraws it; the links that went with the card do not again
    calls.clear()
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [point[2] for point in _series(window)[1]] == [point[2] for point in points]
    assert len(calls) == 1


def test_aligning_again_when_nothing_moved_runs_no_nested_event_loop(window, monkeypatch) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from app.ui import emotion_plot

    pane, scene, view = window.emotion_pane.pane(), window.canvas_view.scene(), window.canvas_view
    pane.plot.setMaximumWidth(pane.plot.width() // 2)  # a pane that ends short of the canvas's right edge
    QApplication.processEvents()
    pane.follow_canvas()
    viewport = view.viewport()
    canvas_right = viewport.mapToGlobal(viewport.rect().topRight()).x()
    plot_right = pane.plot.mapToGlobal(pane.plot.mapFromScene(pane.box.sceneBoundingRect()).boundingRect()
                                       .topRight()).x()
    assert plot_right < canvas_right - 1  # the pane ends short of the canvas: its margin cannot close the gap
    loops: list[int] = []
    real, settle = QApplication.processEvents, QApplication.sendPostedEvents
    monkeypatch.setattr(emotion_plot, "QCoreApplication",
                        SimpleNamespace(processEvents=lambda: (loops.append(1), real()),
                                        sendPostedEvents=lambda *args: (loops.append(2), settle(*args))))
    pane.follow_canvas()
    assert loops == []
    # Still aligned: the first stage column over the plot's left edge.
    assert abs(pane.box.viewRange()[0][0] - scene.style.lane_header_width) < 1


def test_aligning_settles_the_plot_without_a_nested_event_loop(window, monkeypatch) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from app.ui import emotion_plot

    pane, view = window.emotion_pane.pane(), window.canvas_view
    QApplication.processEvents()
    axis = pane.plot.getPlotItem().getAxis("left")
    axis.setWidth(axis.width() + 37)  # out of line with the canvas: the next alignment must move the plot
    QApplication.processEvents()
    loops: list[str] = []
    real, settle = QApplication.processEvents, QApplication.sendPostedEvents
    monkeypatch.setattr(emotion_plot, "QCoreApplication",
                        SimpleNamespace(processEvents=lambda: (loops.append("loop"), real()),
                                        sendPostedEvents=lambda *args: (loops.append("settle"), settle(*args))))

    pane.follow_canvas()

    # A nested loop would run the map's pending paint and fill inside the alignment (one long freeze).
    assert "loop" not in loops and "settle" in loops
    viewport = view.viewport()
    left = view.mapFromScene(QPointF(max(view.visible_scene_rect().left(), 0.0) + view.scene().style.lane_header_width,
                                     0.0))
    canvas_left = viewport.mapToGlobal(left).x()
    plot_left = pane.plot.mapToGlobal(pane.plot.mapFromScene(pane.box.sceneBoundingRect()).boundingRect()
                                      .topLeft()).x()
    assert abs(plot_left - canvas_left) <= 1
