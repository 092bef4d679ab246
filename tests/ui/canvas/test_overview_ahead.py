"""Far out, the titles a zoom step will show are laid out ahead, while the user waits for nothing (issue 12).

Laying out the titles of a far zoom never drawn is most of its first frame. Once a
frame's cells are kept, the overview lays out the titles of the cells it showed at the
zooms one step in and out reach (their static texts prepared for the view's scale there):
the step's first frame draws them as at a zoom seen before. Checked with the wheel's step
in (no title laid out during its frame) and out (only the cells it did not show), each
frame pixel for pixel the one drawn with every title laid out then.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.canvas import overview as overview_module
from app.ui.canvas.card_paint import FAR_LOD
from app.ui.canvas.view import ZOOM_STEP


def _screen(view):
    view.viewport().repaint()
    return view.viewport().grab().toImage()


@pytest.mark.parametrize("step", ["in", "out"])
def test_a_step_draws_the_titles_laid_out_ahead(window, qtbot, monkeypatch, step) -> None:
    # Every title a frame needs is laid out in it (none greeked for lack of time on a loaded machine).
    monkeypatch.setattr(overview_module, "TITLE_BUDGET_MS", float("inf"))
    view, scene = window.canvas_view, window.canvas_view.scene()
    overview = scene.overview
    view.set_zoom(FAR_LOD / ZOOM_STEP / 1.02)  # far out, and still far out one step in
    view.centerOn(scene.layout.width / 2.0, scene.layout.height / 2.0)
    assert overview.isVisible()
    view.viewport().repaint()
    qtbot.waitUntil(lambda: not overview._missing and not overview._ahead, timeout=10_000)
    QApplication.processEvents()
    laid_out = []
    cell_titles = overview._cell_titles

    def counted(*args):
        laid_out.append(args)
        return cell_titles(*args)

    overview._cell_titles = counted  # an instance attribute: the overview's own calls come here
    try:
        if step == "in":
            view.zoom_in()
            ahead = _screen(view)
            assert laid_out == []  # every title of the step's first frame was laid out ahead
        else:  # out: the cells the frame did not show are laid out in the step's frame
            view.zoom_out()
            ahead = _screen(view)
            assert len(laid_out) < len([cell for cell in overview._cells if cell[0].intersects(
                view.visible_scene_rect())])
        laid_out.clear()
        overview.forget_titles()
        fresh = _screen(view)
        assert laid_out  # the same frame with nothing laid out ahead lays titles out: they are drawn
        assert any(lines for lines in overview._titles.values())  # titles, not only blocks
        assert ahead == fresh
    finally:
        del overview._cell_titles
