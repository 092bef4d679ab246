"""Opening a big map in a fresh editor: to the first paint, to every card interactive, and how that grows.

Each figure comes from a fresh process (this file is its child, as ``canvas.py`` is for
the start scenarios), with the real main window, the collector on, and the first
(cold) run counted::

    python benchmarks/opening.py open PROJECT   # MainWindow shown, then open_path(PROJECT)
    python benchmarks/opening.py raw PROJECT    # sqlite3 read of the journey's card rows

``open`` prints one JSON line: ms from ``open_path`` to the end of the canvas's first
paint, to every card interactive (the document open, the layout whole and the scene's background
work done: the last card item made, or above app.ui.canvas.lazy.ON_DEMAND_CARDS the items around
the view, the others made when a card is used), the longest event-loop
iteration meanwhile (a UI freeze), and the time the curve pane took to build.
"""

from __future__ import annotations

import cProfile
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import canvas
from harness import Result

#: Sizes of the sweep (cards), and the budget of the largest map to every card interactive.
SWEEP = (1_000, 10_000, 50_000, 100_000)
INTERACTIVE_BUDGET_MS = 3000.0
FREEZE_BUDGET_MS = 50.0




def _child_open(project: Path) -> dict:
    from PySide6.QtCore import QCoreApplication

    from app import i18n
    from app.ui import settings
    from app.ui.main_window import MainWindow

    app = canvas.qt_app()
    QCoreApplication.setApplicationName("Parcours")
    i18n.install(settings.language() or None)
    painted_maps = canvas.map_paint_clock()
    window = MainWindow()
    pane = canvas.time_pane_builds(window)
    window.resize(canvas.VIEW_WIDTH, canvas.VIEW_HEIGHT)
    window.show()
    for _ in range(5):
        app.processEvents()
    profiler = _child_profiler()
    start = time.perf_counter()
    window.open_path(project)
    opened_pane = pane["ms"]
    deadline = time.perf_counter() + 60.0
    while not painted_maps and time.perf_counter() < deadline:
        app.processEvents()
    painted = bool(painted_maps)
    if profiler is not None:  # open_path to the first paint only
        profiler.disable()
        profiler.dump_stats(os.environ["PARCOURS_BENCH_PROFILE"])
    first_paint = painted_maps[0] if painted else time.perf_counter()
    longest = 0.0
    # Every card interactive: its item made, and the document open (the map may paint before the store is opened;
    # a click waits for it). ``opening`` is absent before the map painted first.
    while window.scene.filling or getattr(window, "opening", False):
        tick = time.perf_counter()
        before = pane["ms"]
        app.processEvents()
        # The curve pane's one-off build (pyqtgraph) is reported apart from the fill's ticks.
        longest = max(longest, time.perf_counter() - tick - (pane["ms"] - before) / 1000.0)
    interactive = time.perf_counter() - (pane["ms"] - opened_pane) / 1000.0
    window.emotion_pane.pane()
    report = {"painted": painted, "open_ms": (first_paint - start) * 1000.0,
              "interactive_ms": (interactive - start) * 1000.0, "freeze_ms": longest * 1000.0,
              "pane_ms": pane["ms"], "cards": len(window.scene.cards), "maxrss_mb": canvas._maxrss_mb()}
    window.document.close()
    return report


def _child_profiler() -> cProfile.Profile | None:
    """A running profiler when the parent asked for one (``run.py --profile``)."""
    if not os.environ.get("PARCOURS_BENCH_PROFILE"):
        return None
    profiler = cProfile.Profile()
    profiler.enable()
    return profiler


def _child_raw(project: Path) -> dict:
    import sqlite3

    start = time.perf_counter()
    connection = sqlite3.connect(f"file:{project}?mode=ro", uri=True)
    journey = connection.execute("SELECT id FROM journey ORDER BY position LIMIT 1").fetchone()[0]
    rows = connection.execute("SELECT card.* FROM card JOIN lane ON lane.id = card.lane_id "
                              "WHERE lane.journey_id = ?", (journey,)).fetchall()
    connection.close()
    return {"painted": True, "raw_ms": (time.perf_counter() - start) * 1000.0, "rows": len(rows)}


def run(folder: Path, *args: str, profile: str | None = None) -> dict:
    """This file as a fresh child with ``args``: its JSON report (its profile filed under ``profile``)."""
    stamp = time.monotonic_ns()
    env = {**os.environ, "PARCOURS_DATA_DIR": str(folder / f"child-data-{stamp}")}
    env.pop("PARCOURS_BENCH_PROFILE", None)
    if canvas.PROFILING and profile is not None:
        env["PARCOURS_BENCH_PROFILE"] = str(folder / f"child-{stamp}.prof")
        canvas.PROFILES.setdefault(profile, []).append(Path(env["PARCOURS_BENCH_PROFILE"]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled bytecode, as installed (see canvas.run_child)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    completed = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], env=env,
                               capture_output=True, text=True, timeout=600)
    if completed.returncode != 0:
        raise RuntimeError(f"benchmark child {args} failed:\n{completed.stderr}")
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    if not report.get("painted"):
        raise RuntimeError(f"benchmark child {args} never painted")
    return report


def bench_open_paint(folder: Path, cards: int, runs: int):
    """Open a ``cards``-card map in a fresh editor: to the first paint (cold run counted) and to all interactive."""
    path = canvas.map_project(folder, cards)
    run(folder, "raw", str(path))  # the file is written: both read it from the same (warm) disk cache
    opened, raw = [], []
    for _ in range(max(1, runs // 2)):  # interleaved, so both see the same machine
        opened.append(run(folder, "open", str(path), profile=f"open a {cards}-card map, open_path to first paint"))
        raw.append(run(folder, "raw", str(path))["raw_ms"])
    return [Result(f"open a {cards}-card map in the main window to first paint", statistics.median(
                       r["open_ms"] for r in opened), 600.0, "raw sqlite3 read of the same card rows",
                   statistics.median(raw), runs=len(opened), max_ratio=4.0,
                   notes="fresh process each run (the first counted), GC on, open_path to the end of the "
                         "canvas's first paint; first run (ms):", extra={"first": opened[0]["open_ms"]}),
            Result(f"open a {cards}-card map to every card interactive", statistics.median(
                       r["interactive_ms"] for r in opened), None, runs=len(opened),
                   notes="to the layout whole and the last card item made (above 20,000 cards: those around "
                         "the view; the others when used); longest UI freeze meanwhile, curve pane build (ms):",
                   extra={"freeze": max(r["freeze_ms"] for r in opened),
                          "pane": statistics.median(r["pane_ms"] for r in opened)})]


def bench_sweep(folder: Path, cards: int, runs: int):
    """Open 1k, 10k, 50k and 100k cards to every card interactive; the growth must stay within n log n."""
    sizes = SWEEP if cards >= 10_000 else tuple(max(10, cards * n // 100) for n in (10, 100, 500, 1000))
    figures = {}
    freezes = {}
    for size in sizes:
        path = canvas.map_project(folder, size)
        reports = [run(folder, "open", str(path)) for _ in range(max(1, runs // 4))]
        figures[size] = statistics.median(r["interactive_ms"] for r in reports)
        freezes[size] = max(r["freeze_ms"] for r in reports)
    small, large = sizes[0], sizes[-1]
    growth = figures[large] / figures[small]
    n_log_n = (large * math.log(large)) / (small * math.log(small))
    exponent = _fitted_exponent(figures)
    if growth > n_log_n:
        print(f"SIZE SWEEP: opening grows faster than n log n: x{growth:.1f} from {small} to {large} cards "
              f"(n log n: x{n_log_n:.1f}; fitted exponent {exponent:.2f})", file=sys.stderr)
    results = [Result(f"size sweep: growth of open-to-interactive, {small} to {large} cards", growth, n_log_n,
                      unit="x", runs=len(sizes),
                      notes=f"n log n allows x{n_log_n:.1f}; fitted exponent (1 = linear), ms per size:",
                      extra={"exponent": exponent, **{f"{size}": ms for size, ms in figures.items()}})]
    results.append(Result(f"open {large} cards to every card interactive", figures[large],
                          INTERACTIVE_BUDGET_MS if large >= 100_000 else None, runs=max(1, runs // 4),
                          notes="longest UI freeze (ms):", extra={"freeze": freezes[large]}))
    results.append(Result(f"longest UI freeze while {large} cards fill in", freezes[large], FREEZE_BUDGET_MS,
                          runs=max(1, runs // 4), notes="the longest event-loop iteration after the first paint"))
    return results


def _fitted_exponent(figures: dict[int, float]) -> float:
    """The least-squares slope of log(time) against log(size)."""
    points = [(math.log(size), math.log(ms)) for size, ms in figures.items() if ms > 0]
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def bench_version(folder: Path, cards: int, runs: int):
    """``parcours --version`` in a fresh process, beside ``python -c pass``."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONPYCACHEPREFIX": str(folder / "bytecode")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def timed(*args: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, *args], env=env, capture_output=True, check=True, timeout=60)
        return (time.perf_counter() - start) * 1000.0

    timed("-m", "app", "--version")  # writes the bytecode
    version, bare = [], []
    for _ in range(max(3, runs)):
        version.append(timed("-m", "app", "--version"))
        bare.append(timed("-c", "pass"))
    return Result("parcours --version", statistics.median(version), 100.0, "python -c pass", statistics.median(bare),
                  runs=len(version), notes="a fresh process each run")


SCENARIOS = {"open-paint": bench_open_paint, "sweep": bench_sweep, "version": bench_version}


def main(argv: list[str]) -> int:
    """The child process (see the module's docstring)."""
    if argv[:1] == ["open"] and len(argv) == 2:
        report = _child_open(Path(argv[1]))
    elif argv[:1] == ["raw"] and len(argv) == 2:
        report = _child_raw(Path(argv[1]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
