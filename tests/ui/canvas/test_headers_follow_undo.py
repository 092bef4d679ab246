"""Lane headers follow their lanes' heights through a delete of every card and its undo."""

from __future__ import annotations


def _header_heights(scene) -> dict[int, tuple[float, float]]:
    return {lane_id: (item.y(), item.boundingRect().height()) for lane_id, item in scene.lane_headers.items()}


def _layout_heights(scene) -> dict[int, tuple[float, float]]:
    return {box.lane_id: (box.header_rect.y, box.header_rect.h) for box in scene.layout.lanes}


def test_lane_headers_are_as_tall_as_their_lanes_after_delete_all_and_undo(qtbot, make_window, sample_path) -> None:
    window = make_window(sample_path, show=True)
    scene = window.scene
    before = _layout_heights(scene)
    assert _header_heights(scene) == before
    window.actions_by_name["select_all"].trigger()
    window.actions_by_name["delete"].trigger()
    assert not scene.data.cards
    assert _header_heights(scene) == _layout_heights(scene) != before
    window.actions_by_name["undo"].trigger()
    assert _layout_heights(scene) == before
    assert _header_heights(scene) == before
    window.actions_by_name["redo"].trigger()
    assert _header_heights(scene) == _layout_heights(scene) != before


def test_on_a_map_filled_lazily_too(qtbot, make_window, sample_path, monkeypatch) -> None:
    from app.ui.canvas import incremental, lazy
    from app.ui.canvas import scene as scene_module

    # The sample behaves as a big map: few items made at once, the rest filled in later ticks.
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 5)
    monkeypatch.setattr(lazy, "FILL_CHUNK", 7)
    monkeypatch.setattr(incremental, "_EAGER_NEW", 3)
    window = make_window(sample_path, show=True)
    window.resize(900, 600)
    scene = window.scene
    qtbot.waitUntil(lambda: not scene._pending)
    before = _layout_heights(scene)
    window.actions_by_name["select_all"].trigger()
    window.actions_by_name["delete"].trigger()
    qtbot.wait(50)
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: not scene._pending)
    qtbot.wait(50)
    assert _layout_heights(scene) == before
    assert _header_heights(scene) == before


def test_the_lane_headers_look_as_on_a_fresh_open_after_delete_all_and_undo(qtbot, make_window, sample_path,
                                                                           tmp_path) -> None:
    import shutil

    from PySide6.QtCore import QRect

    copy = tmp_path / "copy.parcours"
    shutil.copy(sample_path, copy)
    edited, fresh = make_window(sample_path, show=True), make_window(copy, show=True)
    for window in (edited, fresh):
        window.resize(1200, 800)
        window.canvas_view.set_zoom(3.0)  # the first lane's header taller than the view: Qt caches it in part
        qtbot.wait(50)
    edited.actions_by_name["select_all"].trigger()
    edited.actions_by_name["delete"].trigger()
    qtbot.wait(50)
    edited.actions_by_name["undo"].trigger()
    qtbot.wait(100)

    def headers(window) -> object:
        view = window.canvas_view
        view.horizontalScrollBar().setValue(0)
        view.verticalScrollBar().setValue(0)
        qtbot.wait(50)
        column = view.mapFromScene(window.scene.lane_headers[window.scene.layout.lanes[0].lane_id].sceneBoundingRect())
        rect = column.boundingRect().intersected(QRect(0, 0, view.viewport().width(), view.viewport().height()))
        return view.viewport().grab(rect).toImage()

    assert headers(edited) == headers(fresh)
