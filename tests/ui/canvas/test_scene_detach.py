"""A scene the window drops stops following its own selection (Qt clears it while destroying the scene)."""

from __future__ import annotations


def test_a_dropped_scene_no_longer_hears_its_selection(make_window, sample_path, monkeypatch) -> None:
    window = make_window(sample_path)
    scene = window.scene
    heard: list[int] = []
    monkeypatch.setattr(scene, "_announce_selection", lambda: heard.append(1))
    scene.selectionChanged.emit()
    assert heard == [1]
    window.close_project()  # the window drops the map: the scene is detached, then deleted
    assert window.document is None
    scene.selectionChanged.emit()
    assert heard == [1]
