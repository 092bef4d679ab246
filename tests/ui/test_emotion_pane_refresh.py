"""A refresh of the emotion pane sets only the labels that changed, and shows what a full redraw shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.model import curve
from app.model.enums import LaneKind
from app.ui.commands import EditCardCommand, push
from tests.ui import test_emotion_pane
from tests.ui.canvas import conftest as canvas_fixtures

#: The shown sample window (tests/ui/canvas/conftest.py), under the names the tests ask for.
window = canvas_fixtures.window
#: Waits for the plot, built a moment after the map paints.
curve_ready = test_emotion_pane.curve_ready


def _labels(pane) -> list[tuple]:
    """What each label in use shows, and where."""
    return [(label.textItem.toPlainText(), round(label.pos().x(), 6), round(label.pos().y(), 6),
             (label.anchor.x(), label.anchor.y()), label.color.name(), label.textItem.font().bold())
            for label in pane._texts[:pane._texts_used]]


def _redrawn_whole(pane) -> list[tuple]:
    pane._text_states.clear()  # every label set afresh, as on the pane's first drawing
    pane.refresh()
    return _labels(pane)


def test_labels_after_a_delete_and_its_undo_are_those_a_full_redraw_gives(window) -> None:
    pane, view, scene = window.emotion_pane.pane(), window.canvas_view, window.canvas_view.scene()
    before = _labels(pane)
    assert before, "the sample's curve has labels"
    # A scored touchpoint deleted: its neighbours' points (and labels) move along the curve.
    lanes = {lane.id for lane in scene.data.lanes if lane.kind is LaneKind.TOUCHPOINTS}
    doomed = next(card_id for card_id in scene.layout.touchpoint_x
                  if scene.data.cards[card_id].lane_id in lanes and scene.data.cards[card_id].score is not None)
    scene.select_cards([doomed])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    after = _labels(pane)
    assert after != before  # the shortcut had something to set...
    assert after == _redrawn_whole(pane)  # ...and set all of it
    window.document.undo_stack.undo()
    assert _labels(pane) == before
    assert _labels(pane) == _redrawn_whole(pane)


def test_the_labels_are_decluttered_again_only_when_their_room_changed(window, qtbot, monkeypatch) -> None:
    pane, view = window.emotion_pane.pane(), window.canvas_view
    calls = []
    declutter = pane.declutter_labels
    monkeypatch.setattr(pane, "declutter_labels", lambda: (calls.append(1), declutter()))
    pane.follow_canvas()  # the canvas as the pane last saw it: the labels stay as placed
    assert calls == []
    view.set_zoom(0.5)  # another x range: the labels find their room again
    pane.follow_canvas()
    qtbot.wait(20)
    assert calls
    assert pane._decluttered_for == pane._label_room()
    area = pane.box.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    shown = [label.sceneBoundingRect() for label in pane._texts[:pane._texts_used] if label.isVisible()]
    assert shown and all(area.contains(rect) for rect in shown)
    assert not any(a.intersects(b) for n, a in enumerate(shown) for b in shown[n + 1:])


def test_the_touchpoints_shared_by_the_canvas_and_the_pane_follow_each_edit(window) -> None:
    scene, document = window.canvas_view.scene(), window.document
    first = scene.touchpoints()
    assert first is scene.touchpoints()  # worked out once for a snapshot...
    card_id = next(t.card_id for t in first if t.score is not None)
    new_score = 1.0 if scene.data.cards[card_id].score != 1.0 else 9.0
    push(document, EditCardCommand(document, card_id, merge=False, score=new_score))
    # ...and again for the next one: the pane draws the new score, the moments are those of the new curve.
    assert scene.touchpoints() == curve.touchpoints_of(scene.data) != first
    (_label, points), *_ = window.emotion_pane.series().items()
    assert (scene.layout.touchpoint_x[card_id], new_score, card_id) in points
    expected = curve.moments_of_truth(curve.curve_points(curve.touchpoints_of(scene.data)), scene.data.scale,
                                      drop_threshold=scene.drop_threshold,
                                      pinned=curve.moment_overrides(curve.touchpoints_of(scene.data))[0],
                                      suppressed=curve.moment_overrides(curve.touchpoints_of(scene.data))[1])
    assert scene.moments == {moment.card_id: moment for moment in expected}
