"""What listens to the map redraws only what an edit changed: the curve pane, the minimap, Qt's selection signal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.model.schema import Journey
from tests.ui.canvas import mouse


def _edit_title(window, card_id: int, title: str) -> None:
    """Double-click the card, type ``title`` over its title, Return."""
    view, scene = window.canvas_view, window.scene
    item = scene.card_item(card_id)
    view.ensureVisible(item.sceneBoundingRect(), 200, 200)  # clear of the pinned headers
    mouse.double_click(view, mouse.scene_point(view, item.sceneBoundingRect().center()))
    view.editor.selectAll()
    QTest.keyClicks(view.editor, title)
    QTest.keyClick(view.editor, Qt.Key.Key_Return)


def _count_refreshes(pane) -> list[int]:
    calls: list[int] = []
    refresh = pane.refresh

    def counted() -> None:
        calls.append(1)
        refresh()

    pane.refresh = counted
    return calls


def test_the_curve_pane_redraws_for_a_touchpoint_edit_only(window, journey_map) -> None:
    pane = window.emotion_pane.pane()
    refreshes = _count_refreshes(pane)
    pain_point, touchpoint = journey_map.card("No news for 3 weeks"), journey_map.card("Offer e-mail")
    _edit_title(window, pain_point, "No news for a month")
    assert window.scene.data.cards[pain_point].title == "No news for a month"
    assert refreshes == []  # the curve shows no pain point: nothing to draw again
    _edit_title(window, touchpoint, "Offer accepted")
    assert len(refreshes) == 1  # its point's tip names it
    (label, points), *_ = window.emotion_pane.series().items()
    x, score, _ = next(p for p in points if p[2] == touchpoint)
    assert pane._scatters[0].opts["tip"](x=x, y=score, data=touchpoint).splitlines()[0] == "Offer accepted"
    drawn = len(refreshes)
    window.document.undo_stack.undo()  # the touchpoint's old title: drawn again
    assert len(refreshes) > drawn
    assert pane._scatters[0].opts["tip"](x=x, y=score, data=touchpoint).splitlines()[0] == "Offer e-mail"


def test_the_minimap_keeps_its_miniature_for_an_edit_in_place_and_redraws_after_a_move(qtbot, window,
                                                                                       journey_map) -> None:
    window.minimap_dock.show()
    minimap = window.minimap
    qtbot.waitUntil(lambda: minimap._pixmap is not None, timeout=3000)
    drawn = minimap._pixmap
    card = journey_map.card("No news for 3 weeks")
    _edit_title(window, card, "No news for 4 weeks")
    qtbot.wait(400)
    assert minimap._pixmap is drawn  # same boxes: the miniature is as it was
    height = window.scene.layout.cards[card].rect.h
    _edit_title(window, card, " ".join(["A much longer title that wraps over several lines"] * 4))
    assert window.scene.layout.cards[card].rect.h > height
    qtbot.waitUntil(lambda: minimap._pixmap is not drawn, timeout=3000)
    minimap.repaint()
    assert minimap._pixmap is not None and minimap._pixmap is not drawn
    # Another journey: its miniature at once, not a moment later.
    drawn = minimap._pixmap
    other = journey_map.session.scalar(select(Journey.id).where(Journey.id != window.journey_id))
    window.show_journey(other)
    assert minimap._pixmap is not drawn


def test_deleting_selected_cards_tells_qts_selection_signal_once(qtbot, window) -> None:
    scene, view = window.scene, window.canvas_view
    chosen = scene.reading_order()[::2]
    scene.select_cards(chosen)
    told: list[int] = []
    scene.selectionChanged.connect(lambda: told.append(1))
    view.setFocus()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert len(told) == 1 and len(chosen) > 10
    assert scene.selected_card_ids() == [] and not set(chosen) & set(scene.cards)
