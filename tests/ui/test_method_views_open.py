"""Opening a project reads the method views' rows when each view is first seen, not while it is out of sight."""

from __future__ import annotations

from pathlib import Path


def test_hidden_method_views_read_the_journey_when_first_shown(make_window, sample_path: Path) -> None:
    window = make_window(sample_path, show=True)
    method = window.method
    views = {"show_top_irritants": method.top_view, "show_matrix": method.matrix_view,
             "show_roadmap": method.roadmap_view}
    hidden = {name: view for name, view in views.items() if not view.on_screen()}
    assert hidden  # the curve is in front: the plan's views wait
    for view in hidden.values():
        assert view._stale  # nothing read while out of sight
    if "show_top_irritants" in hidden:
        assert method.top_view.ranked_card_ids() == []
    for name, view in hidden.items():
        window.actions_by_name[name].trigger()
        assert view.on_screen() and not view._stale
    assert method.top_view.ranked_card_ids()  # the sample's pain points, ranked once seen
    assert method.matrix_view.dots  # and its actions on the matrix
