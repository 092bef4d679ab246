"""Emotion-curve labels never overlap nor cross the plot's edges, at 100 %, Fit and far zoom (issue 13)."""

from __future__ import annotations

from app.ui.commands import EditJourneyCommand, push
from tests.ui.canvas.conftest import journey_map, window  # noqa: F401 - the shown sample window
from tests.ui.test_emotion_pane import curve_ready  # noqa: F401 - waits for the plot


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
