"""File > Open in a window on screen paints the map from the first read, then opens the store after the paint.

``MainWindow.open_path`` (and so File > Open and the recent files) in a shown
window without a project takes the editor's start road
(app/ui/window_first_paint.py): the map is painted from the sqlite3 first
read, and the store's checks, lock and working copy run in a thread after the
paint. These tests go down that road and check that what the user meets is
what the ordinary path gave: a damaged file in one sentence, a file open
elsewhere asked about, a newer file refused, an old file upgraded, input that
arrives meanwhile waiting for the document, nothing left behind.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import socket
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.model.data_folder import data_dir
from app.model.journey_data import read_journey
from app.model.recovery import list_recoverable, lock_path
from app.model.schema import SCHEMA_VERSION, Card, Lane
from app.ui.canvas.view import CanvasView
from app.ui.main_window import MainWindow
from tests.model.test_migrations import _as_version_4

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _shown(make_window) -> MainWindow:
    window = make_window(show=True)
    assert window.document is None
    return window


def _errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, error: shown.append(error.message()))
    return shown


def _working_copies() -> list[Path]:
    folder = data_dir() / "working"
    return sorted(folder.glob("*.parcours")) if folder.exists() else []


def test_a_file_opened_in_a_shown_window_is_painted_before_its_store_opens(qtbot, make_window,
                                                                          sample_path: Path) -> None:
    window = _shown(make_window)
    window.open_path(sample_path)
    assert window.opening and window._document is None  # the map is there, its document comes after the paint
    assert window.scene is not None and window.scene.cards
    assert window.windowTitle().startswith("sample.parcours")
    qtbot.waitUntil(lambda: not window.opening and window._after_paint is None, timeout=10000)
    document = window.document
    assert document is not None and document.path == sample_path
    assert window.scene.document is document  # the map painted first was handed the document: not made again
    ids = set(document.session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id).where(
        Lane.journey_id == window.journey_id)))
    assert set(window.scene.data.cards) == ids


def test_a_file_damaged_beyond_the_first_read_is_told_in_one_sentence_after_the_paint(
        qtbot, make_window, sample_path: Path, monkeypatch) -> None:
    connection = sqlite3.connect(sample_path)
    connection.execute("ALTER TABLE kpi ADD COLUMN planted TEXT")  # a table the first read does not read
    connection.commit()
    connection.close()
    shown = _errors(monkeypatch)
    window = _shown(make_window)
    window.open_interactive(sample_path)
    assert window.opening and shown == []  # painted: the store's checks come after the paint
    qtbot.waitUntil(lambda: not window.opening, timeout=10000)
    assert len(shown) == 1 and "damaged" in shown[0] and "kpi" in shown[0]
    assert window.document is None and window.start_screen.isVisible() and window.canvas_view is None
    assert not lock_path(sample_path).exists() and _working_copies() == []
    assert window.windowTitle() == "Parcours"


def test_a_file_locked_by_someone_else_after_the_paint_is_asked_about(qtbot, make_window, sample_path: Path,
                                                                       monkeypatch) -> None:
    questions: list[str] = []

    def ask(self, error, *, read_only: bool = True) -> str | None:
        questions.append(error.message())
        return "read_only"

    monkeypatch.setattr(MainWindow, "ask_locked", ask)
    window = _shown(make_window)
    window.open_interactive(sample_path)
    assert window.opening
    # Someone opens it between the first read and the store's lock (taken after the paint).
    owner = {"user": "camille", "host": socket.gethostname(), "pid": os.getppid(),
             "opened_at": "2025-03-01T09:30:00+01:00", "token": "theirs"}
    lock_path(sample_path).write_text(json.dumps(owner), encoding="utf-8")
    qtbot.waitUntil(lambda: not window.opening and window.document is not None, timeout=10000)
    assert len(questions) == 1 and "camille" in questions[0]
    assert window.document.read_only and "(read-only)" in window.windowTitle()
    assert json.loads(lock_path(sample_path).read_text(encoding="utf-8"))["token"] == "theirs"


def test_a_newer_file_is_refused_at_once_as_before(make_window, sample_path: Path, monkeypatch) -> None:
    connection = sqlite3.connect(sample_path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    shown = _errors(monkeypatch)
    window = _shown(make_window)
    window.open_interactive(sample_path)
    assert not window.opening and window.document is None
    assert len(shown) == 1 and "newer version" in shown[0]


def test_an_old_file_painted_first_is_upgraded_when_its_store_opens(qtbot, make_window, tmp_path: Path) -> None:
    old = _as_version_4(tmp_path / "v4.parcours")
    window = _shown(make_window)
    window.open_path(old)
    assert window.opening  # the first read takes a file one version behind: painted, then upgraded in its copy
    painted = window.scene.data
    qtbot.waitUntil(lambda: not window.opening, timeout=10000)
    document = window.document
    assert document is not None
    version = document.session.connection().exec_driver_sql("PRAGMA user_version").scalar()
    assert version == SCHEMA_VERSION
    assert window.scene.data == read_journey(document.session, window.journey_id) == painted


def test_a_file_the_first_read_cannot_take_goes_the_ordinary_way(qtbot, make_window, tmp_path: Path) -> None:
    old = tmp_path / "old.parcours"
    shutil.copyfile(FIXTURES / "schema_v1.parcours", old)  # columns the first read does not know
    window = _shown(make_window)
    window.open_path(old)
    assert not window.opening and window.document is not None
    version = window.document.session.connection().exec_driver_sql("PRAGMA user_version").scalar()
    assert version == SCHEMA_VERSION and window.scene.data.cards


def test_a_click_before_the_store_opens_waits_for_it_and_selects_the_card(qtbot, make_window,
                                                                          sample_path: Path) -> None:
    window = _shown(make_window)
    window.open_path(sample_path)
    view, scene = window.canvas_view, window.scene
    qtbot.waitUntil(lambda: window._first_open is not None and window._first_open.opening is not None,
                    timeout=10000)  # painted; the store's checks run
    card_id = next(iter(scene.cards))
    item = scene.card_item(card_id)
    point = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert not window.opening and window.document is not None  # the click opened it first
    assert window.scene is scene and scene.selected_card_ids() == [card_id]
    assert window.actions_by_name["delete"].isEnabled()
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Delete)
    assert window.document.session.get(Card, card_id) is None and window.document.undo_stack.count() == 1


def test_closing_while_the_store_opens_leaves_no_lock_and_no_working_copy(qtbot, make_window,
                                                                         sample_path: Path) -> None:
    window = _shown(make_window)
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: window._first_open is not None and window._first_open.opening is not None,
                    timeout=10000)
    window.close_project()
    assert not window.opening and window.document is None and window._after_paint is None
    assert not lock_path(sample_path).exists() and _working_copies() == [] and list_recoverable() == []
    assert window.start_screen.isVisible()



def test_the_curve_comes_without_the_map_painting_again(qtbot, make_window, sample_path: Path, monkeypatch) -> None:
    """The curve pane waited for the map's next paint: opened painted first, a still map left it "coming" for good."""
    from app.ui.emotion_pane import EmotionPane

    told: list[bool] = []
    set_canvas = EmotionPane.set_canvas

    def recording(pane, document, scene, view, *, painted: bool = False) -> None:
        told.append(painted)
        set_canvas(pane, document, scene, view, painted=painted)

    monkeypatch.setattr(EmotionPane, "set_canvas", recording)
    window = _shown(make_window)
    window.open_path(sample_path)
    qtbot.waitUntil(lambda: not window.opening and window._after_paint is None, timeout=10000)
    assert told == [True]  # the window says the map has painted already
    qtbot.waitUntil(lambda: window.emotion_pane._pane is not None, timeout=10000)
    assert window.emotion_pane.series()


def test_a_curve_pane_told_its_map_has_painted_comes_though_the_map_never_paints_again(qtbot, make_window,
                                                                                    sample_path: Path) -> None:
    from app.ui.emotion_pane import EmotionPane

    window = make_window(sample_path)  # never shown: its map paints nothing
    waiting, told = EmotionPane(), EmotionPane()
    qtbot.addWidget(waiting)
    qtbot.addWidget(told)
    waiting.set_canvas(window.document, window.scene, window.canvas_view)
    told.set_canvas(window.document, window.scene, window.canvas_view, painted=True)
    qtbot.waitUntil(lambda: told._pane is not None, timeout=10000)
    assert told.series() and waiting._pane is None  # the other still waits for a paint


def test_a_click_right_after_the_open_before_any_turn_of_the_loop_waits_for_the_store(qtbot, make_window,
                                                                                     sample_path: Path) -> None:
    """Input is held back from the end of open_path (its filter is installed after the paint, not before)."""
    window = _shown(make_window)
    window.open_path(sample_path)
    assert window.opening and window._document is None
    view, scene = window.canvas_view, window.scene
    card_id = next(iter(scene.cards))
    point = view.mapFromScene(scene.card_item(card_id).sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # no event handled since the open
    assert not window.opening and window.document is not None  # the click opened the document first
    assert window.scene is scene and scene.selected_card_ids() == [card_id]


def test_the_collector_is_on_again_after_an_open_painted_first_or_sent_the_ordinary_way(
        qtbot, make_window, sample_path: Path, tmp_path: Path) -> None:
    """The pause now spans the read, the layout and the first paint: it ends on both roads."""
    was_enabled = gc.isenabled()
    gc.enable()  # as in a fresh editor (a test before may have left it off)
    try:
        window = _shown(make_window)
        window.open_path(sample_path)
        assert window.opening and gc.isenabled()
        qtbot.waitUntil(lambda: not window.opening, timeout=10000)
        window.close_project()
        old = tmp_path / "old.parcours"
        shutil.copyfile(FIXTURES / "schema_v1.parcours", old)  # the first read gives up: the ordinary way
        window.open_path(old)
        assert not window.opening and window.document is not None and gc.isenabled()
        # The view made for a map painted first, while the file was read, goes: the document's own view is left.
        qtbot.waitUntil(lambda: window.findChildren(CanvasView) == [window.canvas_view], timeout=5000)
        assert window.canvas_view.isVisible() and window.canvas_view.scene() is window.scene
    finally:
        if not was_enabled:
            gc.disable()
