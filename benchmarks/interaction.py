"""Benchmarks of what a user waits for in the editor: select all, delete and undo, an edit, a zoom step, find.

Each scenario opens the generated map in the real :class:`~app.ui.main_window.MainWindow`
(1920x1080, GC on while timed) and times a user action through to the repainted
frame: the action, the signals it sets off (inspector, emotion pane, menus) and
``viewport().repaint()``. Budgets are DESIGN.md's; a baseline is printed beside the
ones that have one (plain ``QGraphicsRectItem``\\ s for selection).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import canvas
from harness import Result


def _open_window(path: Path, *, filled: bool = True):
    """The main window on ``path``, shown at 1920x1080 and painted (with every card item made when ``filled``)."""
    from app.ui.main_window import MainWindow

    app = canvas.qt_app()
    window = MainWindow()
    window.resize(canvas.VIEW_WIDTH, canvas.VIEW_HEIGHT)
    window.open_path(path)
    counter = canvas.paint_counter(window.canvas_view.viewport())
    window.show()
    canvas.wait_for_paint(counter, 0)
    window.emotion_pane.pane()  # the curve pane exists, as after the first second of a real start
    while filled and window.scene.filling:
        app.processEvents()
    app.processEvents()
    window._bench_counter = counter  # kept alive with the window
    return window


def _close_window(window) -> None:
    from PySide6.QtCore import Qt

    if window.document is not None and window.document.modified:
        window.document.undo_stack.setClean()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    canvas.flush_deletes()


def _frame(window) -> None:
    """Deliver what the action posted, its repaint included (Qt paints only the parts it made dirty).

    When nothing was painted yet (the update came late), the events are delivered once more.
    """
    counter = window._bench_counter
    before = counter.count
    canvas.qt_app().processEvents()
    if counter.count == before:
        canvas.qt_app().processEvents()


def _timed(fn: Callable[[], object], runs: int, *, setup=None, teardown=None, profile: str | None = None,
           gc_on: bool = True) -> list[float]:
    """Like :func:`canvas._samples`, but with the collector left on (a user's session has it on)."""
    import gc

    if not gc_on:
        return canvas._samples(fn, runs, setup=setup, teardown=teardown, profile=profile)
    samples = []
    profiler = None
    if canvas.PROFILING and profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        canvas.PROFILES.setdefault(profile, []).append(profiler)
    for _ in range(runs):
        if setup:
            setup()
        gc.collect()
        if profiler is not None:
            profiler.enable()
        start = time.perf_counter()
        fn()
        elapsed = (time.perf_counter() - start) * 1000.0
        if profiler is not None:
            profiler.disable()
        if teardown:
            teardown()
        samples.append(elapsed)
    return samples


def _plain_selection_baseline(cards: int, runs: int) -> float:
    """Select ``cards`` plain selectable QGraphicsRectItems one by one (ms, median)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

    scene = QGraphicsScene()
    items = []
    for n in range(cards):
        item = QGraphicsRectItem(QRectF((n % 100) * 200.0, (n // 100) * 60.0, 176.0, 50.0))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        scene.addItem(item)
        items.append(item)

    def select() -> None:
        for item in items:
            item.setSelected(True)

    samples = _timed(select, runs, setup=scene.clearSelection)
    scene.clear()
    return statistics.median(samples)


def bench_select_all(folder: Path, cards: int, runs: int):
    """Ctrl+A on the whole map, to the repainted frame; then delete 1,000 selected cards, and undo."""
    path = canvas.map_project(folder, cards)
    window = _open_window(path)
    scene, actions = window.scene, window.actions_by_name
    name = f"select all {cards} cards"

    def select_all() -> None:
        actions["select_all"].trigger()
        _frame(window)

    samples = _timed(select_all, runs, setup=scene.clearSelection, profile=name)
    selected = len(scene.selected_card_ids())
    baseline = _plain_selection_baseline(cards, runs)
    results = [Result(name, statistics.median(samples), 100.0, "setSelected on plain rect items", baseline,
                      runs=runs, notes="cards selected:", extra={"selected": selected})]

    count = min(1000, max(1, cards // 10))
    order = scene.reading_order()
    chosen = order[:: max(1, len(order) // count)][:count]
    deleted, undone = [], []
    stack = window.document.undo_stack
    for _ in range(max(1, runs // 2) + 1):
        scene.select_cards(chosen)
        canvas.qt_app().processEvents()
        deleted += _timed(lambda: (actions["delete"].trigger(), _frame(window)), 1,
                          profile=f"delete {count} selected cards")
        if len(scene.layout.cards) != len(order) - count:
            raise RuntimeError("the delete did not remove the cards")
        undone += _timed(lambda: (stack.undo(), _frame(window)), 1, profile=f"undo the delete of {count} cards")
        if len(scene.layout.cards) != len(order):
            raise RuntimeError("the undo did not bring the cards back")
    _close_window(window)
    # The first of each is a warm-up (caches of wrapped text, SQL statements).
    # DESIGN.md prints the same baseline beside the three: on a loaded machine it shows how much slower it runs.
    results.append(Result(f"delete {count} selected cards (of {cards})", statistics.median(deleted[1:]), 150.0,
                          "setSelected on plain rect items", baseline, runs=len(deleted) - 1,
                          notes="first (ms):", extra={"first": deleted[0]}))
    results.append(Result(f"undo the delete of {count} cards", statistics.median(undone[1:]), 150.0,
                          "setSelected on plain rect items", baseline, runs=len(undone) - 1,
                          notes="first (ms):", extra={"first": undone[0]}))
    return results


def bench_edit(folder: Path, cards: int, runs: int):
    """One title edit through the editor: the undo command, the scene update and the repaint."""
    from app.ui.commands import EditCardCommand, push

    path = canvas.map_project(folder, cards)
    window = _open_window(path)
    scene, document = window.scene, window.document
    visible = window.canvas_view.visible_scene_rect()
    # A card in view, in the middle of the map (the layout below it moves when its height changes).
    card_id = next(card_id for card_id, box in scene.layout.cards.items()
                   if visible.contains(box.rect.x, box.rect.y) and box.rect.y > 150)
    original = scene.data.cards[card_id].title
    counter = iter(range(10**6))
    results = []
    for label, budget, titles in (
            ("same height", 16.0, lambda n: f"{original[:20]} {n % 10}"),
            ("height changes", 50.0, lambda n: f"Edit {n}" if n % 2 else " ".join([original] * 4))):
        before = {"h": 0.0}
        changed: list[bool] = []

        def edit(titles=titles) -> None:
            push(document, EditCardCommand(document, card_id, merge=False, title=titles(next(counter))))
            _frame(window)

        def setup(before=before) -> None:
            before["h"] = scene.layout.cards[card_id].rect.h

        def teardown(before=before, changed=changed) -> None:
            changed.append(scene.layout.cards[card_id].rect.h != before["h"])

        samples = _timed(edit, max(5, runs * 3), setup=setup, teardown=teardown,
                         profile=f"edit a card title, {label}")
        if label == "height changes" and not all(changed):
            raise RuntimeError("the height-changing edit kept the card's height")
        pane = window.emotion_pane.pane()
        # Part of every edit: the curve pane redraws itself on the scene's layout_changed (timed alone here).
        refresh = _timed(pane.refresh, max(5, runs))
        results.append(Result(f"edit a card title ({label}), {cards} cards", statistics.median(samples), budget,
                              runs=len(samples), notes="command + scene + curve pane + repaint; max, and the "
                                                       "curve pane's refresh alone (ms):",
                              extra={"max": max(samples), "pane_refresh": statistics.median(refresh)}))
    _close_window(window)
    return results


def bench_zoom_step(folder: Path, cards: int, runs: int):
    """Ctrl+wheel steps at 10,000 cards to the repainted frame; and the first frame at a zoom never shown."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    path = canvas.map_project(folder, cards)
    window = _open_window(path)
    view = window.canvas_view
    viewport = view.viewport()
    view.set_zoom(1.0)
    centre = QPointF(viewport.width() / 2.0, viewport.height() / 2.0)
    _frame(window)

    def wheel(steps: int) -> None:
        event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, 120 * steps),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)
        viewport.repaint()  # the canvas's frame; the curve pane follows in the events after it (timed apart)

    direction = {"sign": -1}

    def step() -> None:
        # In and out between 100 % and 64 %, the way a user looks around.
        wheel(direction["sign"])
        if view.zoom < 0.6 or view.zoom > 1.01:
            direction["sign"] = -direction["sign"]

    def settle() -> None:  # the pixmaps of the level shown are rendered (a user looks before the next step)
        while len(getattr(window.scene, "render_queue", ())):
            canvas.qt_app().processEvents()
        canvas.qt_app().processEvents()

    for _ in range(4):  # 100 %, 80 %, 64 %: each level seen once
        step()
        settle()
    warm = _timed(step, max(6, runs * 3), setup=settle, profile="zoom step")
    # The same with the events the step posts (the curve pane following the canvas's zoom) delivered too.
    with_pane = _timed(lambda: (step(), _frame(window)), max(6, runs * 3), setup=settle)
    # A zoom never shown before: a fresh factor each time (100 % x 1.25^k x a small odd factor).
    fresh = []
    for n in range(max(3, runs)):
        view.set_zoom(0.9 + 0.013 * n)
        _frame(window)
        settle()
        fresh += _timed(lambda: wheel(1), 1, profile="first frame at a new zoom")
    _close_window(window)
    return [Result(f"zoom step (Ctrl+wheel), {cards} cards", statistics.median(warm), 16.0, runs=len(warm),
                   notes="wheel event to the canvas's repainted frame, levels seen before; max, and with the "
                         "curve pane following (ms):",
                   extra={"max": max(warm), "with_pane": statistics.median(with_pane)}),
            Result(f"first frame at a new zoom, {cards} cards", statistics.median(fresh), 16.0, runs=len(fresh),
                   notes="a zoom factor never drawn before; max (ms):", extra={"max": max(fresh)})]


def bench_find(folder: Path, cards: int, runs: int):
    """Find as you type: one more letter in the Find field, to the repainted frame (highlights and count)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    path = canvas.map_project(folder, cards)
    window = _open_window(path)
    window.open_find()
    field = window.find_bar.field
    word = "onboarding"
    letters = iter(range(10**6))

    def setup() -> None:
        n = next(letters) % len(word)
        field.setText(word[:n])
        canvas.qt_app().processEvents()

    def type_letter() -> None:
        n = len(field.text())
        QTest.keyClick(field, word[n] if n < len(word) else "s", Qt.KeyboardModifier.NoModifier)
        _frame(window)

    samples = _timed(type_letter, max(6, runs * 2), setup=setup, profile="find as you type")
    _close_window(window)
    return Result(f"find as you type, {cards} cards", statistics.median(samples), 50.0, runs=len(samples),
                  notes="one key in the Find field to the repainted frame; max (ms):", extra={"max": max(samples)})


SCENARIOS = {"select-all": bench_select_all, "edit-canvas": bench_edit, "zoom-step": bench_zoom_step,
             "find": bench_find}
