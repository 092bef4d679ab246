"""Links between cards of lanes that move down together keep their route, moved; the others are routed again."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtTest import QTest

from app.model.enums import LinkKind
from app.ui.canvas.items import LinkItem
from app.ui.canvas.pending import box_rect
from tests.ui.canvas import mouse


def _fresh_route(scene, link_id: int) -> QRectF:
    item = scene.links[link_id]
    fresh = LinkItem(link_id, item.source_id, item.target_id, LinkKind.RELATES)
    boxes = scene.layout.cards
    fresh.set_ends(box_rect(boxes[item.source_id]), box_rect(boxes[item.target_id]))
    return fresh.path().boundingRect()


def _near(a: QRectF, b: QRectF) -> bool:
    return all(abs(x - y) < 1e-6 for x, y in zip(a.getRect(), b.getRect(), strict=True))


def test_a_taller_card_moves_the_links_below_it_whole_and_routes_the_rest_again(window, monkeypatch) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    moved_whole: list[int] = []
    move_route = LinkItem._move_route
    monkeypatch.setattr(LinkItem, "_move_route",
                        lambda self, offset: (moved_whole.append(self.link_id), move_route(self, offset)))
    lane_top = {box.lane_id: box.rect.y for box in scene.layout.lanes}
    boxes = scene.layout.cards
    # The top card of the first lane with cards: every link whose two cards lie in lanes below it moves whole.
    first_lane = min((box for box in boxes.values()), key=lambda box: (lane_top[box.lane_id], box.rect.y))
    below = {link_id: item.path().boundingRect() for link_id, item in scene.links.items()
             if min(lane_top[boxes[item.source_id].lane_id], lane_top[boxes[item.target_id].lane_id])
             > lane_top[first_lane.lane_id]}
    assert below, "the sample links cards below its first lane"
    height = first_lane.rect.h
    item = scene.card_item(first_lane.card_id)
    view.centerOn(item)
    mouse.click(view, mouse.scene_point(view, item.sceneBoundingRect().center()))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    view.editor.setText("A much longer title that wraps over several lines of the card, " * 2)
    QTest.keyClick(view.editor, Qt.Key.Key_Return)
    grown = scene.layout.cards[first_lane.card_id].rect.h - height
    assert grown > 0
    assert moved_whole and set(moved_whole) <= set(below)  # moved, not routed again
    for link_id, before in below.items():
        now = scene.links[link_id].path().boundingRect()
        assert _near(now, _fresh_route(scene, link_id))
        moved = now.top() - before.top()
        assert abs(moved) < 1e-6 or abs(moved - grown) < 1e-6
    assert any(abs(scene.links[i].path().boundingRect().top() - b.top() - grown) < 1e-6 for i, b in below.items())
    for link_id in scene.links:  # every link, moved or routed again, is where a fresh route puts it
        assert _near(scene.links[link_id].path().boundingRect(), _fresh_route(scene, link_id))
    window.document.undo_stack.undo()
    for link_id, before in below.items():
        assert _near(scene.links[link_id].path().boundingRect(), before)
