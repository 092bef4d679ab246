"""The background work shares each turn of the event loop: Qt runs every due timer in one turn, and together
their slices stay within the turn's budget, while each still gets a little (app/ui/turns.py)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.ui import turns


def _busy_until(deadline: float) -> None:
    while time.perf_counter() < deadline:
        pass


def test_three_background_jobs_due_in_one_turn_share_its_budget(qtbot) -> None:
    turns.watch()
    slices: list[tuple[float, float]] = []

    def job() -> None:
        start = time.perf_counter()
        _busy_until(turns.deadline(15.0))  # each alone would take 15 ms: 45 ms in one turn
        slices.append((start, time.perf_counter()))

    timers = []
    for _ in range(3):
        timer = QTimer()
        timer.setInterval(0)
        timer.timeout.connect(job)
        timers.append(timer)
    for timer in timers:
        timer.start()
    before = time.perf_counter()
    QApplication.processEvents()  # one turn: the three timers are due in it
    turn = time.perf_counter() - before
    for timer in timers:
        timer.stop()

    assert len(slices) == 3  # every job ran: none is starved
    spent = sum(end - start for start, end in slices) * 1000.0
    assert spent <= turns.TURN_BUDGET_MS + 2 * turns.MIN_SLICE_MS + 3.0, slices
    assert all((end - start) * 1000.0 >= turns.MIN_SLICE_MS * 0.9 for start, end in slices)
    assert turn * 1000.0 < 45.0


def test_a_slice_alone_at_the_start_of_a_turn_gets_what_it_asks_for_up_to_the_budget(qtbot) -> None:
    turns.watch()
    asked: list[float] = []
    QTimer.singleShot(0, lambda: asked.extend((turns.slice_ms(8.0), turns.slice_ms(500.0))))
    qtbot.waitUntil(lambda: len(asked) == 2)

    assert asked[1] <= turns.TURN_BUDGET_MS  # the rest of the turn's budget
    assert abs(asked[0] - min(8.0, asked[1])) < 0.5  # what it asks for, when the turn has that much left


def test_a_slice_run_outside_the_loop_gets_what_it_asks_for(qtbot) -> None:
    turns.watch()
    time.sleep(0.3)  # no turn of the loop since: nothing to share
    assert turns.slice_ms(40.0) > 39.0
