"""Emotion-curve labels never overlap nor cross the plot's edges, at 100 %, Fit and far zoom (issue 13)."""

from __future__ import annotations

from app.ui.commands import EditJourneyCommand, push
from tests.ui import test_emotion_pane
from tests.ui.canvas import conftest as canvas_fixtures

#: The shown sample window (tests/ui/canvas/conftest.py), under the names the tests ask for.
window = canvas_fixtures.window
journey_map = canvas_fixtures.journey_map
#: Waits for the plot, built a moment after the map paints.
curve_ready = test_emotion_pane.curve_ready


def _shown_labels(pane) -> list:
    texts = [label for label in pane._texts if label.isVisible()]
    rects = [label.sceneBoundingRect() for label in texts]
    if pane._target.isVisible() and pane._target.label.isVisible():
        rects.append(pane._target.label.sceneBoundingRect())
    return rects


def _check(pane) -> int:
    area = pane.box.sceneBoundingRect().adjusted(-1, -1, 1, 1)
    rects = _shown_labels(pane)
    for index, rect in enumerate(rects):
        assert area.contains(rect), (rect, area)
        for other in rects[index + 1:]:
            assert not rect.intersects(other), (rect, other)
    return len(rects)


def test_labels_neither_overlap_nor_clip_at_any_zoom(window, qtbot) -> None:
    # A target score, so the "Target" label shows at the plot's left edge.
    push(window.document, EditJourneyCommand(window.document, window.journey_id, target_score=1))
    pane, view = window.emotion_pane.pane(), window.canvas_view
    pane.refresh()
    assert pane._target.isVisible()
    shown_at_100 = _check(pane)
    assert shown_at_100 > 3  # at 100 % there is room for most labels
    target = pane._target.label.sceneBoundingRect()
    assert pane._target.label.isVisible() and pane.box.sceneBoundingRect().adjusted(-1, -1, 1, 1).contains(target)
    for zoom in (None, 0.25, 0.1):  # Fit, then far out
        if zoom is None:
            view.fit()
        else:
            view.set_zoom(zoom)
        pane.follow_canvas()
        qtbot.wait(50)
        _check(pane)
    # Far out, labels were dropped rather than piled up.
    assert len(_shown_labels(pane)) < shown_at_100 + 1
    assert any(not label.isVisible() for label in pane._texts[:pane._texts_used])


def test_a_curve_with_more_moments_than_labels_rings_them_all_and_names_the_most_telling(window, monkeypatch) -> None:
    from app.ui import emotion_drawing

    pane = window.emotion_pane.pane()
    moments = window.scene.moments
    assert len(moments) >= 2
    monkeypatch.setattr(emotion_drawing, "MAX_LABELS", 1)
    pane.refresh()
    named = [label for label, priority in zip(pane._texts[:pane._texts_used], pane._text_priority, strict=False)
             if priority == 2]
    assert len(named) == 1  # one moment named: the most telling
    assert len(pane._rings.data) == len([card for card in moments if card in pane._points])  # every moment ringed
    monkeypatch.setattr(emotion_drawing, "MAX_LABELS", 60)
    pane.refresh()
    assert sum(1 for priority in pane._text_priority[:pane._texts_used] if priority == 2) == len(
        [card for card in moments if card in pane._points])
