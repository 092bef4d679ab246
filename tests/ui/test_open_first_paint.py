"""File > Open in a window on screen: the map paints first, then the side panes and the minimap catch up.

``MainWindow.open_path`` in a shown window leaves for after the map's first
paint what is not the map: the palette, the Journey, Project, Personas and
Evidence panes get the document then, the path goes into the recent files
then, and the minimap draws its miniature once a big map's lanes below the
view are laid out. These tests check that each shortcut skips nothing: the
panes end up as in a window that opened the file before it was shown, the
minimap as one drawn from a map laid out whole, and a document dropped
before the paint leaves nothing waiting.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from sqlalchemy import select

from app.model.enums import LaneKind
from app.model.schema import Card, Journey, Lane, Stage
from app.model.store import ProjectStore
from app.ui import settings
from app.ui.canvas import scene as scene_module
from tests.ui.test_start_path import _Paints, _panes


def _shown(make_window):
    window = make_window(show=True)
    assert window.isVisible() and window.document is None
    return window


def test_open_in_a_shown_window_paints_the_map_then_fills_the_panes(qtbot, make_window, sample_path: Path,
                                                                     tmp_path: Path) -> None:
    copy = tmp_path / "copy.parcours"
    shutil.copyfile(sample_path, copy)
    window = _shown(make_window)

    window.open_path(sample_path)

    assert len(window.scene.cards) > 20  # the map is there at once
    assert window.journey_panel.document is None and window.workspace.project_panel.document is None
    assert sample_path not in settings.recent_files()
    paints = _Paints()
    window.canvas_view.viewport().installEventFilter(paints)
    painted_when_handed: list[int] = []
    hand = window._hand_side_panes
    window._hand_side_panes = lambda document: (painted_when_handed.append(paints.count), hand(document))
    qtbot.waitUntil(lambda: window._after_paint is None)
    assert painted_when_handed and painted_when_handed[0] >= 1  # handed once the map had painted
    reference = make_window(copy)  # opened before it was shown: everything at once
    assert _panes(window) == _panes(reference)
    assert _panes(window)["journey"] == (True, window.journey_id) and len(_panes(window)["palette"]) > 10
    assert sample_path in settings.recent_files()


def test_another_file_opened_before_the_first_paint_gets_the_panes(qtbot, make_window, sample_path: Path,
                                                                  tmp_path: Path) -> None:
    other = tmp_path / "other.parcours"
    shutil.copyfile(sample_path, other)
    window = _shown(make_window)
    window.open_path(sample_path)
    first = window.document
    assert window._after_paint  # the panes wait for the paint

    window.open_path(other)  # before any event: the first document's panes come and go

    assert first is not window.document and window.journey_panel.document is None
    qtbot.waitUntil(lambda: window._after_paint is None)
    assert window.journey_panel.document is window.document
    assert window.card_palette.document is window.document
    assert window.workspace.project_panel.document is window.document
    assert sample_path in settings.recent_files() and other in settings.recent_files()


def test_closing_before_the_first_paint_leaves_nothing_waiting(qtbot, make_window, sample_path: Path) -> None:
    window = _shown(make_window)
    window.open_path(sample_path)
    assert window._after_paint

    window.drop_document()

    assert window._after_paint is None and window.document is None
    assert window.journey_panel.document is None and window.card_palette.document is None


def _tall_project(sample_path: Path, tmp_path: Path) -> Path:
    """The sample with 400 more cards in its first journey: most lanes start below the view."""
    path = tmp_path / "tall.parcours"
    shutil.copyfile(sample_path, path)
    store = ProjectStore.open(path)
    try:
        session = store.session
        journey_id = session.scalar(select(Journey.id).order_by(Journey.position))
        lanes = session.scalars(select(Lane.id).where(Lane.journey_id == journey_id,
                                                      Lane.kind != LaneKind.EMOTIONS)).all()
        stages = session.scalars(select(Stage.id).where(Stage.journey_id == journey_id)).all()
        rng = random.Random(3)
        session.execute(Card.__table__.insert(), [
            {"lane_id": lanes[n % len(lanes)], "stage_id": stages[n % len(stages)], "position": 1000 + n,
             "title": " ".join(rng.choice(("welcome", "badge", "laptop", "manager", "coffee")) for _ in range(9)),
             "body": "", "tags": [], "note": "", "duration": "", "is_first": False, "is_last": False}
            for n in range(400)])
        session.commit()
        store.save()
    finally:
        store.close()
    return path


def test_the_minimap_draws_the_whole_map_once_it_is_laid_out(qtbot, make_window, monkeypatch, sample_path: Path,
                                                            tmp_path: Path) -> None:
    path = _tall_project(sample_path, tmp_path)
    monkeypatch.setattr(scene_module, "EAGER_CARDS", 50)
    window = _shown(make_window)
    window.minimap_dock.show()
    window.open_path(path)
    minimap = window.minimap
    assert window.scene.layout_pending

    minimap.repaint()  # a paint before the lanes below the view are laid out: no miniature yet
    assert window.scene.layout_pending and minimap._pixmap is None

    qtbot.waitUntil(lambda: not window.opening and not window.scene.filling, timeout=20000)  # its document too
    minimap.repaint()
    late = minimap._pixmap
    assert late is not None
    window.scene.relayout()  # the same map laid out whole at once...
    assert not window.scene.layout_pending
    minimap._redraw()  # ...and drawn again now (else a moment later)
    whole = minimap._map_pixmap()
    assert whole is not None and late.toImage() == whole.toImage()


def test_the_plan_and_kpis_shown_are_read_once_the_map_has_painted(qtbot, make_window, sample_path: Path,
                                                                  tmp_path: Path) -> None:
    copy = tmp_path / "copy.parcours"
    shutil.copyfile(sample_path, copy)
    window = _shown(make_window)
    actions, kpis = window.method.actions_view, window.method.kpis_view
    paints = _Paints()
    read_at: list[int] = []
    refresh = actions.refresh
    actions.refresh = lambda: (read_at.append(paints.count), refresh())

    window.open_path(sample_path)
    window.canvas_view.viewport().installEventFilter(paints)

    assert read_at == [] and actions.table.rows == []  # showing the docks again read nothing yet
    qtbot.waitUntil(lambda: window._after_paint is None)
    assert read_at and read_at[0] >= 1  # read after the map's first paint
    reference = make_window(copy, show=True)  # opened before it was shown: the views read when shown
    assert [row.title for row in actions.table.rows] == [row.title for row in reference.method.actions_view.table.rows]
    assert actions.table.rows and len(kpis.table.rows) == len(reference.method.kpis_view.table.rows) > 0


def test_a_miniature_drawn_over_several_turns_is_the_one_drawn_at_once(qtbot, make_window, monkeypatch,
                                                                       sample_path: Path, tmp_path: Path) -> None:
    from app.ui import minimap as minimap_module

    window = make_window(_tall_project(sample_path, tmp_path), show=True)
    window.minimap_dock.show()
    minimap = window.minimap
    qtbot.waitUntil(lambda: not window.scene.filling, timeout=20000)
    monkeypatch.setattr(minimap_module, "SLICE_CARDS", 37)  # the 760 cards over 21 turns of the loop
    minimap._redraw()
    assert minimap._map_pixmap() is not None and minimap._cards_left  # the first cards only, so far
    qtbot.waitUntil(lambda: not minimap._cards_left)
    sliced = minimap._pixmap.toImage()

    monkeypatch.setattr(minimap_module, "SLICE_CARDS", 100_000)
    minimap._redraw()
    whole = minimap._map_pixmap()
    assert whole is not None and not minimap._cards_left
    assert sliced == whole.toImage()


def test_the_store_checks_in_their_thread_switch_threads_quickly_and_put_the_interval_back(monkeypatch,
                                                                                          sample_path: Path) -> None:
    """Each of the checks' queries takes the GIL back at once, not after the main thread's 5 ms interval."""
    import sys

    from app.model import store as store_module
    from app.ui import first_open

    before = sys.getswitchinterval()
    seen: list[float] = []
    checks = store_module.check_and_copy

    def check_and_copy(*args, **kwargs):
        seen.append(sys.getswitchinterval())
        return checks(*args, **kwargs)

    monkeypatch.setattr(store_module, "check_and_copy", check_and_copy)
    opening = first_open.BackgroundOpening(sample_path, read_only=False, force=False)
    checked = opening.result()
    checked.discard()

    assert seen and seen[0] < before and seen[0] <= 0.001
    assert sys.getswitchinterval() == before
    with first_open.quick_switches():  # two at once: the interval comes back when the last ends
        with first_open.quick_switches():
            inner = sys.getswitchinterval()
        between = sys.getswitchinterval()
    assert inner == between == seen[0] and sys.getswitchinterval() == before
