"""Canvas benchmarks: the journey map's first paint, repaints, drag frames and memory (budgets in DESIGN.md).

:data:`SCENARIOS` are run by ``benchmarks/run.py``: each builds its projects in the
given folder (shared between the scenarios of one run), times several runs and returns
medians, with a baseline measured in the same run where DESIGN.md names one. Scenarios
that time a start or measure peak memory run in fresh processes; this file is their child,

    python benchmarks/canvas.py window PROJECT [--fit]   # the editor on PROJECT ("first-paint" too)
    python benchmarks/canvas.py bare                     # a bare PySide6 QMainWindow

which prints one JSON line: the wall-clock time (``time.time()``) when the first paint
of the canvas (or of the bare window) was over, and the peak resident memory.

Qt runs offscreen unless ``QT_QPA_PLATFORM`` says otherwise. This module imports only
the standard library at the top, so the bare-window child pays no more than a bare
PySide6 program; Qt and the application are imported where they are used.
"""

from __future__ import annotations

import cProfile
import gc
import io
import json
import math
import os
import pstats
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for _folder in (ROOT, ROOT / "benchmarks"):
    if str(_folder) not in sys.path:
        sys.path.insert(0, str(_folder))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Result  # noqa: E402  (standard library only)

#: Set by :func:`start_profiling` (``run.py --profile``): the timed calls of the scenarios, and the
#: editor children, run under cProfile, one profile per result name; :func:`profile_reports` prints them.
PROFILING = False
PROFILES: dict[str, list] = {}
#: The profiler of a child process (on from its start to its first paint).
_CHILD_PROFILER: cProfile.Profile | None = None

#: The size of the window the repaint and first paint are measured in.
VIEW_WIDTH, VIEW_HEIGHT = 1920, 1080
#: Stages of the 10,000-card map (50 cards per cell over 10 card lanes).
STAGES = 20
#: Stages of the repaint map: at 25 % its 40 columns are wider than the window, so the
#: whole 1920x1080 viewport is full of cards.
REPAINT_STAGES = 40
#: Card lanes of every generated map (an emotions lane holding the curve comes third).
CARD_LANES = ("steps", "touchpoints", "expectations", "irritants", "enchantments", "front_stage",
              "back_stage", "support_systems", "opportunities", "notes")

#: About 240 words of onboarding and service vocabulary: titles and bodies that repeat words, as real
#: maps do, without making every line a cache hit.
_WORDS = """
account access accounts administrator agenda agent agreement answer app application appointment approval
arrival assessment assistant attendance audit availability badge bank benefits billing booking branch
briefing budget building calendar call campaign canteen car card career catalogue certificate chat
checklist claim client coffee colleague company complaint compliance computer confirmation contact
contract coordinator copy course credentials customer dashboard data deadline delay delivery department
deposit description desk device director discount document documents download email employee
enrolment equipment escalation evaluation event expense expenses experience expert feedback file
finance first floor follow-up form forms friday goal guide handbook hardware headset health help
helpdesk holiday hotline identity induction information insurance interview introduction invoice
issue job key keyboard kit knowledge laptop leader leave letter licence list lobby locker login
lunch mailbox manager manual meeting mentor message mobile monday monitor morning network newsletter
notice office onboarding order orientation overview parking partner password payment payroll payslip
pension permission phone photo plan planning platform policy portal presentation printer priority
probation procedure process profile programme project purchase question questionnaire reception
record recruiter refund registration reimbursement reminder renewal report request requirements
review role room rota safety salary schedule screen security seminar service session setup shift
signature site skills slack software software-update space sponsor staff start status step storage
strategy subscription supervisor supplier support survey system table tablet task team template
ticket timesheet tool tour training transfer travel tutorial uniform update vacation validation
vehicle video visit wallet website week welcome wifi workflow workshop workspace
""".split()


# --------------------------------------------------------------------------- projects


def build_map_project(path: Path, cards: int, stages: int = STAGES, seed: int = 11) -> Path:
    """A project whose one journey has ``stages`` stages, 10 card lanes and an emotions lane.

    The journey, stages and lanes are made with the model's ops; the cards (spread
    evenly over the cells, 3-8 word titles, a body on two cards in three, touchpoints
    with a channel and a score, irritants with a severity) and a flow link per hundred
    cards are inserted in bulk, as an import would (``ops.add_card`` one by one takes about
    2 ms a card).
    """
    from app.model import ops, templates
    from app.model.enums import LaneKind, LinkKind
    from app.model.schema import Card, Channel, Link
    from app.model.store import ProjectStore

    rng = random.Random(seed)

    def populate(session) -> None:
        templates.seed_channels(session, "en")
        journey_id = ops.add_journey(session, "Employee onboarding (benchmark)").result
        stage_ids = [ops.add_stage(session, journey_id, f"Stage {n + 1}").result for n in range(stages)]
        kinds = [LaneKind(kind) for kind in CARD_LANES]
        lane_ids = [ops.add_lane(session, journey_id, kind, name=kind.value.replace("_", " ").capitalize()).result
                    for kind in kinds]
        ops.add_lane(session, journey_id, LaneKind.EMOTIONS, name="Emotion curve", index=2)
        channels = [channel.id for channel in session.query(Channel)]
        positions: dict[tuple[int, int], int] = {}
        rows = []
        # Stages taken with a stride prime to their count: a small map still spreads over the whole width.
        stride = next(k for k in range(max(1, stages // 3), stages + 1) if math.gcd(k, stages) == 1)
        for n in range(cards):
            lane = n % len(lane_ids)
            stage = (n // len(lane_ids) * stride) % len(stage_ids)
            cell = (lane_ids[lane], stage_ids[stage])
            positions[cell] = position = positions.get(cell, 0) + 1
            kind = kinds[lane]
            title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 8))).capitalize()
            body = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(4, 18))) if rng.random() < 0.67 else ""
            rows.append({
                "lane_id": cell[0], "stage_id": cell[1], "position": position - 1, "title": title, "body": body,
                "tags": [], "note": "", "duration": "", "is_first": False, "is_last": False,
                "channel_id": rng.choice(channels) if kind is LaneKind.TOUCHPOINTS else None,
                "score": rng.randint(0, 10) if kind is LaneKind.TOUCHPOINTS else None,
                "severity": rng.randint(1, 5) if kind is LaneKind.IRRITANTS else None,
            })
        session.execute(Card.__table__.insert(), rows)
        ids = [row[0] for row in session.execute(Card.__table__.select().with_only_columns(Card.id)
                                                 .order_by(Card.id))]
        # A flow link from every hundredth card to the first card of the next stage in its lane.
        first_in_cell: dict[tuple[int, int], int] = {}
        for card_id, row in zip(ids, rows, strict=True):
            first_in_cell.setdefault((row["lane_id"], row["stage_id"]), card_id)
        next_stage = dict(zip(stage_ids, stage_ids[1:], strict=False))  # each stage to the one after it
        links = []
        for card_id, row in list(zip(ids, rows, strict=True))[::100]:
            target = first_in_cell.get((row["lane_id"], next_stage.get(row["stage_id"], -1)))
            if target is not None and target != card_id:
                links.append({"source_id": card_id, "target_id": target, "kind": LinkKind.FLOW, "label": ""})
        if links:
            session.execute(Link.__table__.insert(), links)

    store = ProjectStore.create(populate=populate)
    store.save(path)
    store.close()
    return path


def map_project(folder: Path, cards: int, stages: int = STAGES) -> Path:
    """The generated map of ``cards`` cards in ``folder`` (built on first use, then shared)."""
    path = folder / f"map-{cards}-{stages}.parcours"
    if not path.exists():
        build_map_project(path, cards, stages)
    return path


def sample_project(folder: Path) -> Path:
    """The built-in English onboarding sample, saved in ``folder``."""
    from app.model import templates
    from app.model.store import ProjectStore

    path = folder / "sample.parcours"
    if not path.exists():
        store = ProjectStore.create(populate=lambda s: templates.populate(s, "onboarding", "en"))
        store.save(path)
        store.close()
    return path


def first_journey(path: Path) -> int:
    """The id of the journey the editor shows first."""
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT id FROM journey ORDER BY position LIMIT 1").fetchone()[0]
    finally:
        connection.close()


# --------------------------------------------------------------------------- Qt helpers


def qt_app():
    """The process's QApplication (made on first use; the offscreen plugin's size-hint notices are dropped)."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_qt_message)
        app = QApplication([sys.argv[0]])
    return app


def _qt_message(_kind, _context, message: str) -> None:
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def paint_counter(widget):
    """An event filter counting ``widget``'s paint events (``.count``); keep a reference to it."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.count = 0

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = PaintCounter()
    widget.installEventFilter(counter)
    return counter


def time_pane_builds(window, spent: dict | None = None) -> dict:
    """Time the curve pane's build in ``window`` (``["ms"]``), as its load timer starts it.

    The pane builds itself a moment after the map's first paint; under load that moment
    can come inside the same ``processEvents`` call as the paint. A start is timed to the
    end of the paint, so the children take the pane's build out of it (it is reported apart).
    """
    shell = window.emotion_pane
    spent = {"ms": 0.0} if spent is None else spent

    slot = getattr(shell, "_on_load_timer_timeout", shell.pane)  # (it waits for its imports' thread first)

    def build() -> None:
        start = time.perf_counter()
        slot()
        spent["ms"] += (time.perf_counter() - start) * 1000.0

    shell._timer.timeout.disconnect()  # the same slot, timed
    shell._timer.timeout.connect(build)
    return spent


def time_finish_start(window, then: Callable[[], None] | None = None) -> dict:
    """Time what ``editor_start.start`` leaves for after the map's first paint (``["ms"]``): the side panes'
    filling, or the window's parts and its document when the map was read first (app/model/first_read.py).

    As the curve pane (:func:`time_pane_builds`): it runs from the next turn of the
    loop after the paint, which under load can be the same ``processEvents`` call.
    ``then`` is called (untimed) after it.
    """
    finish = window.finish_start
    spent = {"ms": 0.0}

    def timed() -> None:
        start = time.perf_counter()
        finish()
        spent["ms"] += (time.perf_counter() - start) * 1000.0
        if then is not None:
            then()

    window.finish_start = timed
    return spent


def map_paint_clock() -> list[float]:
    """The ends (perf_counter) of the paints of a map, wherever they happen.

    ``open_path`` paints the map before it returns (it settles the view, which Qt paints at
    once, then opens the store): a paint counter put on the viewport after it returned saw the
    next paint of the same picture, some 15 to 35 ms later, and the figure included that. A
    view's paint ends with its foreground; this wraps that last step of the canvas's paints
    (a view whose scene shows a journey), so it is set before any window is made.
    """
    from PySide6.QtWidgets import QGraphicsView

    from app.ui.canvas.view import CanvasView

    ends: list[float] = []

    def draw_foreground(view, painter, rect) -> None:  # Qt's name
        QGraphicsView.drawForeground(view, painter, rect)
        scene = view.scene()
        if scene is not None and getattr(scene, "data", None) is not None:
            ends.append(time.perf_counter())

    CanvasView.drawForeground = draw_foreground
    return ends


def wait_for_paint(counter, before: int, limit: float = 10.0) -> bool:
    """Process events until ``counter`` has seen a paint past ``before`` (False after ``limit`` seconds)."""
    app = qt_app()
    deadline = time.perf_counter() + limit
    while counter.count <= before:
        app.processEvents()
        if time.perf_counter() > deadline:
            return False
    return True


def flush_deletes() -> None:
    """Run pending deleteLater()s."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app = qt_app()
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()


def size_viewport(view, width: int = VIEW_WIDTH, height: int = VIEW_HEIGHT) -> None:
    """Resize the window holding ``view`` until the view's viewport is exactly ``width`` x ``height``."""
    app = qt_app()
    window = view.window()
    for _ in range(4):
        app.processEvents()
        size = view.viewport().size()
        dw, dh = width - size.width(), height - size.height()
        if dw == 0 and dh == 0:
            return
        window.resize(window.width() + dw, window.height() + dh)
    app.processEvents()


def _samples(fn: Callable[[], object], runs: int, *, setup: Callable[[], object] | None = None,
             teardown: Callable[[], object] | None = None, warmup: int = 1, profile: str | None = None) -> list[float]:
    """Wall times of ``fn()`` in ms (``setup`` and ``teardown`` untimed around each).

    As in :func:`harness.time_median`, the collector runs once before the timed runs and is
    kept out of them. When profiling is on, the timed calls run under a profiler filed under
    the name ``profile``.
    """
    samples = []
    profiler = None
    if PROFILING and profile is not None:
        profiler = cProfile.Profile()
        PROFILES.setdefault(profile, []).append(profiler)
    for n in range(warmup + runs):
        if setup:
            setup()
        if n == warmup:
            gc.collect()
        gc.disable()
        try:
            if profiler is not None:
                profiler.enable()
            start = time.perf_counter()
            fn()
            elapsed = (time.perf_counter() - start) * 1000.0
        finally:
            if profiler is not None:
                profiler.disable()
            gc.enable()
        if teardown:
            teardown()
        if n >= warmup:
            samples.append(elapsed)
    return samples


# --------------------------------------------------------------------------- child processes


def _child_window(project: Path, fit: bool) -> dict:
    """The editor as ``parcours PROJECT`` starts it (``editor_start.start``), until the canvas's first paint is over.

    ``start`` shows the window but paints nothing yet (no event has run): the paint
    counter and the timing of the curve pane are put in place before the first paint.
    """
    from app.ui.editor_start import start

    app = qt_app()
    window = start(project)
    if window is None:
        raise RuntimeError(f"the editor could not open {project}")
    pane = {"ms": 0.0}
    if "emotion_pane" in vars(window):  # the window's parts were made before the map's first paint
        time_pane_builds(window, pane)
        panes = time_finish_start(window)
    else:  # they come after it, with the curve pane's shell: its build is timed from then
        panes = time_finish_start(window, then=lambda: time_pane_builds(window, pane))
    counter = paint_counter(window.canvas_view.viewport())
    opened_pane = pane["ms"]
    painted = wait_for_paint(counter, 0)
    # The curve pane and the side panes, when they came in the same call, came after the paint.
    painted_at = time.time() - (pane["ms"] - opened_pane + panes["ms"]) / 1000.0
    if _CHILD_PROFILER is not None:
        _CHILD_PROFILER.disable()  # from the start to the first paint only
    result = {"painted_at": painted_at, "painted": painted, "cards": len(window.scene.cards)}
    if fit:
        window.emotion_pane.pane()  # memory is measured with the curve pane built, as a user has it
        window.resize(VIEW_WIDTH, VIEW_HEIGHT)
        app.processEvents()
        before = counter.count
        window.canvas_view.fit()
        window.canvas_view.viewport().update()
        wait_for_paint(counter, before)
        result["zoom"] = window.canvas_view.zoom
        # Every card made, as the user has the map a moment later (measured mid-fill, the figure depended
        # on how far the background fill had got, and so on the machine's load).
        deadline = time.perf_counter() + 60.0
        while window.scene.filling and time.perf_counter() < deadline:
            app.processEvents()
        result["cards_made"] = len(window.scene.cards)
    result.update(maxrss_mb=_maxrss_mb(), ru_maxrss_mb=_ru_maxrss_mb())
    window.document.close()  # (opened now if not yet) no lock, working copy or recovery record left behind
    return result


def _child_bare() -> dict:
    """A bare PySide6 QMainWindow, shown until its first paint is over."""
    from PySide6.QtWidgets import QMainWindow

    qt_app()
    window = QMainWindow()
    window.resize(1400, 860)
    counter = paint_counter(window)
    window.show()
    painted = wait_for_paint(counter, 0)
    return {"painted_at": time.time(), "painted": painted, "maxrss_mb": _maxrss_mb(), "ru_maxrss_mb": _ru_maxrss_mb()}


def _maxrss_mb() -> float:
    """This process's peak resident memory in MB.

    On Linux the high-water mark of the process's own memory (``VmHWM``): ``ru_maxrss``
    carries the parent's peak over ``exec``, so a child of a big benchmark process would
    report the parent's size. Elsewhere ``ru_maxrss``.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return _ru_maxrss_mb()


def _ru_maxrss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024.0 * 1024.0) if sys.platform == "darwin" else peak / 1024.0  # bytes on macOS, KiB here


def run_child(folder: Path, *args: str, profile: str | None = None) -> tuple[float, dict]:
    """Start this file as a child with ``args``: (ms from the start to its first paint, its JSON report)."""
    stamp = time.monotonic_ns()
    data = folder / f"child-data-{stamp}"  # a fresh user folder: no settings, no recent files
    env = {**os.environ, "PARCOURS_DATA_DIR": str(data)}
    # An installed program has its bytecode compiled (pip does it): a start must not time the compiler.
    # The bytecode goes to the run's folder (the warm-up start writes it), not into the sources or the venv.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    env.pop("PARCOURS_BENCH_PROFILE", None)
    if PROFILING and profile is not None:
        env["PARCOURS_BENCH_PROFILE"] = str(folder / f"child-{stamp}.prof")
        PROFILES.setdefault(profile, []).append(Path(env["PARCOURS_BENCH_PROFILE"]))
    started = time.time()
    completed = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], env=env,
                               capture_output=True, text=True, timeout=120)
    if completed.returncode != 0:
        raise RuntimeError(f"benchmark child {args} failed:\n{completed.stderr}")
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    if not report.get("painted"):
        raise RuntimeError(f"benchmark child {args} never painted")
    return (report["painted_at"] - started) * 1000.0, report


# --------------------------------------------------------------------------- scenarios


def bench_first_paint(folder: Path, cards: int, runs: int):
    """Start to the first painted window with the sample project, beside a bare PySide6 window."""
    name = "start to first painted window (sample)"
    project = sample_project(folder)
    warmup = 1 if runs >= 3 else 0
    editor, bare = [], []
    for n in range(warmup + runs):  # interleaved, so both see the same machine
        elapsed, _ = run_child(folder, "window", str(project), profile=name if n >= warmup else None)
        bare_elapsed, _ = run_child(folder, "bare")
        if n >= warmup:
            editor.append(elapsed)
            bare.append(bare_elapsed)
    return Result(name, statistics.median(editor), 1000.0,
                  "bare PySide6 window shown and painted", statistics.median(bare), runs=runs, max_ratio=2.0,
                  notes="fresh process each run, timed from spawn to the end of the canvas's first paint")


def bench_open_to_paint(folder: Path, cards: int, runs: int):
    """Open a big project and show its map until the first viewport paint is over."""
    import sqlite3

    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from app.model.schema import Journey
    from app.model.store import ProjectStore
    from app.ui.canvas.scene import MapScene
    from app.ui.canvas.view import CanvasView
    from app.ui.document import ProjectDocument
    from app.ui.main_window import MainWindow

    name = f"open a {cards}-card map to first paint (in process, warm)"
    path = map_project(folder, cards)
    journey_id = first_journey(path)
    app = qt_app()
    state: dict = {}

    def open_and_paint() -> None:
        store = ProjectStore.open(path)
        document = ProjectDocument(store)
        first = document.session.scalars(select(Journey.id).order_by(Journey.position)).first()
        scene = MapScene(document)
        scene.set_journey(first)
        view = CanvasView(scene)
        view.resize(VIEW_WIDTH, VIEW_HEIGHT)
        counter = paint_counter(view.viewport())
        view.show()
        if not wait_for_paint(counter, 0):
            raise RuntimeError("the canvas never painted")
        state.update(document=document, scene=scene, view=view, counter=counter)

    def close() -> None:
        view, scene, document = state.pop("view"), state.pop("scene"), state.pop("document")
        state.clear()
        view.close()
        view.deleteLater()
        scene.deleteLater()
        document.close()
        document.deleteLater()
        flush_deletes()

    samples = _samples(open_and_paint, runs, teardown=close, profile=name)

    def raw() -> None:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        connection.execute("SELECT card.* FROM card JOIN lane ON lane.id = card.lane_id WHERE lane.journey_id = ?",
                           (journey_id,)).fetchall()
        connection.close()

    baseline = _samples(raw, runs * 3)

    # The same in the main window (docks, journey list, inspector), for the record.
    def new_window() -> None:
        window = MainWindow()
        window.resize(VIEW_WIDTH, VIEW_HEIGHT)
        window.show()
        app.processEvents()
        state["window"] = window

    map_paints = map_paint_clock()  # open_path may paint the map before it returns: counted from before it

    def window_open_and_paint() -> None:
        window = state["window"]
        before = len(map_paints)
        window.open_path(path)
        deadline = time.perf_counter() + 10.0
        while len(map_paints) <= before:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError("the canvas never painted")

    def close_window() -> None:
        window = state.pop("window")
        state.clear()
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.close()
        flush_deletes()

    in_window = _samples(window_open_and_paint, max(1, runs // 2), setup=new_window, teardown=close_window,
                         profile=f"{name}, main window open_path")
    return Result(name, statistics.median(samples), 600.0,
                  "raw sqlite3 read of the same card rows", statistics.median(baseline), runs=runs,
                  notes="store + document + scene + view, 1920x1080; main window open_path to first paint (ms):",
                  extra={"main_window": statistics.median(in_window)})


def bench_repaint(folder: Path, cards: int, runs: int):
    """Full 1920x1080 repaints of a map at 100 % and 25 %, beside plain QGraphicsRectItems at the same places."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor, QPen, QPixmapCache
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView

    from app.model.store import ProjectStore
    from app.ui.canvas.card_layer import CardLayer
    from app.ui.canvas.items import CardItem
    from app.ui.canvas.overview import OverviewItem
    from app.ui.canvas.scene import MapScene
    from app.ui.canvas.view import CanvasView
    from app.ui.document import ProjectDocument

    cards = max(1, cards // 2)
    path = map_project(folder, cards, REPAINT_STAGES)
    app = qt_app()
    store = ProjectStore.open(path)
    document = ProjectDocument(store)
    scene = MapScene(document)
    scene.set_journey(first_journey(path))
    view = CanvasView(scene)
    view.show()
    size_viewport(view)
    layout = scene.layout

    plain_scene = QGraphicsScene()
    plain_scene.setSceneRect(scene.sceneRect())
    brush, pen = QBrush(QColor("#FFF4C2")), QPen(QColor("#9AA3AD"), 1.0)
    for box in layout.cards.values():
        item = QGraphicsRectItem(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h))
        item.setBrush(brush)
        item.setPen(pen)
        plain_scene.addItem(item)
    plain = QGraphicsView(plain_scene)
    plain.setRenderHints(view.renderHints())
    plain.show()
    size_viewport(plain)

    repaints = max(3, runs * 6)
    results = []
    paints = paint_counter(view.viewport())
    for zoom in (1.0, 0.25):
        centre = (layout.width / 2.0, layout.height / 2.0)
        view.set_zoom(zoom)
        view.centerOn(*centre)
        plain.resetTransform()
        plain.scale(zoom, zoom)
        plain.centerOn(*centre)
        size_viewport(view)  # the scroll bars come and go with the zoom
        size_viewport(plain)
        view.centerOn(*centre)
        plain.centerOn(*centre)
        app.processEvents()
        visible = view.visible_scene_rect()
        shown = sum(1 for box in layout.cards.values()
                    if visible.intersects(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h)))
        # Card pixmaps are cached per zoom level (DESIGN.md's lever): count the cards drawn on a cold
        # cache, and time cold repaints too, so the table shows both the warm and the first frame.
        QPixmapCache.clear()
        painted = _count_paints(CardItem.paint, view.viewport().repaint)
        # Near, one card layer draws the cards from their pixmaps (the card items have no contents).
        layer_paints = _count_paints(CardLayer.paint, view.viewport().repaint)
        layer_cards = len(scene.card_layer.cards_in(visible)) if scene.card_layer.isVisible() else 0
        # Far out, one overview item draws every card (the card items have no contents then).
        overview_paints = _count_paints(OverviewItem.paint, view.viewport().repaint)
        name = f"full 1920x1080 repaint, {cards} cards, {zoom:.0%}"

        def never_drawn() -> None:
            # A zoom never drawn: no pixmap (cards, their frames, the overview's cells, the headers), and far out
            # no title laid out at this zoom (the overview keeps them per zoom outside the pixmap cache: a cold
            # frame that kept them measured a zoom seen before).
            QPixmapCache.clear()
            scene.overview.forget_titles()

        cold = _samples(view.viewport().repaint, max(3, repaints // 3), setup=never_drawn)

        def incomplete() -> bool:
            return scene.overview.titles_pending() or scene.render_queue.repaints_pending()

        def complete_picture() -> None:
            # The first frame may leave work for the loop's next turns (far out: the titles of the cells it
            # greeked, laid out in slices; near: cards shown scaled from another level until rendered). Timed
            # until none is left, with the loop running as it does for the user, and the frame that shows the
            # last of it painted.
            view.viewport().repaint()
            if not incomplete():
                return
            painted = paints.count
            while incomplete():
                painted = paints.count  # the paints before the turn that does the last of it
                app.processEvents()
            for _turn in range(50):
                if paints.count > painted:
                    return
                app.processEvents()
            view.viewport().repaint()  # never seen: counted as one more frame

        caching: list[float] = []

        def and_after(spent: list[float] = caching) -> None:
            # Then what the loop still does for the next frames (pixmaps of cards drawn in place, cells kept).
            start = time.perf_counter()
            while (len(scene.render_queue) or scene.overview.keeping()) and time.perf_counter() - start < 5.0:
                app.processEvents()
            spent.append((time.perf_counter() - start) * 1000.0)

        complete = _samples(complete_picture, max(3, repaints // 3), setup=never_drawn, teardown=and_after)
        # Between two frames the application's event loop runs, as it does between a user's frames (what the
        # views do after a frame, such as keeping the cells just drawn, happens there, untimed, for both).
        samples = _samples(view.viewport().repaint, repaints, setup=app.processEvents, profile=name)
        baseline = _samples(plain.viewport().repaint, repaints, setup=app.processEvents)
        results.append(Result(
            f"first frame at {zoom:.0%}, {cards} cards, empty pixmap cache", statistics.median(cold), 16.0,
            runs=len(cold), notes="a zoom level never drawn: every card in view renders its pixmap (far out: "
                                  "the overview lays out its titles)"))
        results.append(Result(
            f"complete picture at {zoom:.0%}, {cards} cards, empty pixmap cache", statistics.median(complete), None,
            runs=len(complete), notes="from the first frame at a zoom never drawn until nothing is left to draw "
                                      "(greeked titles laid out, scaled stand-ins rendered), the last frame "
                                      "included; then the pixmaps made for the next frames (ms):",
            extra={"caching_after": statistics.median(caching)}))
        results.append(Result(
            name, statistics.median(samples), 16.0,
            "plain QGraphicsRectItems, same places", statistics.median(baseline), runs=repaints, max_ratio=1.5,
            notes=f"viewport {view.viewport().width()}x{view.viewport().height()} showing "
                  f"{visible.width():.0f}x{visible.height():.0f} scene px; warm card caches; cold (ms):",
            extra={"cards_in_view": shown, "cards_painted": painted, "layer_paints": layer_paints,
                   "layer_cards": layer_cards, "overview_paints": overview_paints,
                   "cold": statistics.median(cold)}))
    plain.close()
    view.close()
    view.deleteLater()
    plain.deleteLater()
    scene.deleteLater()
    plain_scene.deleteLater()
    document.close()
    flush_deletes()
    return results


def _count_paints(paint: Callable, repaint: Callable[[], object]) -> int:
    """How many calls of the Python function ``paint`` one ``repaint()`` makes (items are really drawn).

    Counted with a profile hook, not by wrapping the method: PySide caches an item's
    Python overrides, so a wrapper put on the class later is never called.
    """
    code, calls = paint.__code__, [0]

    def profile(frame, event, _arg) -> None:
        if event == "call" and frame.f_code is code:
            calls[0] += 1

    sys.setprofile(profile)
    try:
        repaint()
    finally:
        sys.setprofile(None)
    return calls[0]


def bench_drag(folder: Path, cards: int, runs: int):
    """One drag frame of one card among ``cards``: a mouse move and the repaint it causes; no SQL meanwhile."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event as sa_event

    from app.ui.main_window import MainWindow

    name = f"drag frame of one card among {cards}"
    path = map_project(folder, cards)
    app = qt_app()
    window = MainWindow()
    window.resize(VIEW_WIDTH, VIEW_HEIGHT)
    window.open_path(path)
    view, scene = window.canvas_view, window.scene
    counter = paint_counter(view.viewport())
    window.show()
    wait_for_paint(counter, 0)
    # The emotion curve's plot is built just after the first paint (it reads the journeys and channels):
    # build it now, so the statements counted below are the drag's alone.
    window.emotion_pane.pane()
    while scene.filling:  # every card item made, as a user drags once the map has settled
        app.processEvents()
    app.processEvents()
    viewport = view.viewport()

    # A card near the middle of the view, whose path to the right stays in view.
    visible = view.visible_scene_rect()
    middle = visible.center()
    box = min((b for b in scene.layout.cards.values() if visible.contains(b.rect.x, b.rect.y)
               and visible.contains(b.rect.x + b.rect.w + 400, b.rect.y + b.rect.h + 200)),
              key=lambda b: abs(b.rect.x - middle.x()) + abs(b.rect.y - middle.y()))
    start = view.mapFromScene(QPointF(box.rect.x + box.rect.w / 2.0, box.rect.y + box.rect.h / 2.0))

    def send(kind, x: float, y: float, button, buttons) -> None:
        local = QPointF(x, y)
        QApplication.sendEvent(viewport, QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(local)), button,
                                                     buttons, Qt.KeyboardModifier.NoModifier))

    statements = {"count": 0}

    def count(*_args) -> None:
        statements["count"] += 1

    engine = window.document.session.get_bind()
    x, y = float(start.x()), float(start.y())
    none, left = Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton
    send(QEvent.Type.MouseMove, x, y, none, none)
    app.processEvents()
    send(QEvent.Type.MouseButtonPress, x, y, left, left)
    app.processEvents()
    for _ in range(3):  # past the drag distance: the drag has started
        x, y = x + 6.0, y + 3.0
        send(QEvent.Type.MouseMove, x, y, none, left)
        app.processEvents()
    dragging = scene.card_item(box.card_id).dragging
    moves = max(5, runs * 7)
    unpainted = {"count": 0}
    position = {"x": x, "y": y}

    def frame() -> None:
        position["x"] += 6.0
        position["y"] += 3.0
        before = counter.count
        send(QEvent.Type.MouseMove, position["x"], position["y"], none, left)
        if not wait_for_paint(counter, before, limit=1.0):
            unpainted["count"] += 1

    sa_event.listen(engine, "before_cursor_execute", count)
    try:
        samples = []
        for _ in range(moves):  # the collector left on: a user's session has it on
            start_frame = time.perf_counter()
            frame()
            samples.append((time.perf_counter() - start_frame) * 1000.0)
    finally:
        sa_event.remove(engine, "before_cursor_execute", count)
    # Back to the start before letting go: the drop moves nothing and the window closes without asking.
    send(QEvent.Type.MouseMove, start.x(), start.y(), none, left)
    app.processEvents()
    send(QEvent.Type.MouseButtonRelease, start.x(), start.y(), left, none)
    app.processEvents()
    if window.document.modified:
        window.document.undo_stack.setClean()
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    flush_deletes()
    if not dragging:
        raise RuntimeError("the drag never started")
    ordered = sorted(samples)
    return Result(name, statistics.median(samples), 4.0, runs=moves,
                  notes=f"mouse move + the repaint it causes, {moves} moves, GC on; frames without a paint, "
                        "SQL statements during the moves (must be 0), 95th percentile and worst frame (ms):",
                  extra={"unpainted": unpainted["count"], "sql": statements["count"],
                         "p95": ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
                         "max": ordered[-1]})


def bench_memory(folder: Path, cards: int, runs: int):
    """Peak resident memory of the editor with a big map open, shown, painted, then fitted in the window."""

    path = map_project(folder, cards)
    peaks = [run_child(folder, "window", str(path), "--fit")[1]["maxrss_mb"] for _ in range(max(1, min(runs // 2, 3)))]
    small = map_project(folder, max(1, cards // 10))
    small_peaks = [run_child(folder, "window", str(small), "--fit")[1]["maxrss_mb"]
                   for _ in range(max(1, min(runs // 2, 3)))]
    bare = run_child(folder, "bare")[1]["maxrss_mb"]
    # What each card costs: the slope between a tenth of the map and the map (the editor's own memory cancels).
    per_thousand = (statistics.median(peaks) - statistics.median(small_peaks)) / (cards - max(1, cards // 10)) * 1000
    return [Result(f"peak memory with {cards} cards open", statistics.median(peaks), 400.0, unit="MB",
                   runs=len(peaks), notes="peak RSS (VmHWM) of a fresh editor after the first paint, the curve pane, "
                                          "a fit-to-window paint and every card item made; a bare PySide6 "
                                          "window for scale (MB):",
                   extra={"bare_window": bare}),
            Result("memory per 1,000 cards", per_thousand, 4.0, unit="MB", runs=len(peaks),
                   notes=f"peak RSS with {cards} cards less with {max(1, cards // 10)}, per 1,000 cards")]


def bench_curve(folder: Path, cards: int, runs: int):
    """The emotion pane's update after a score change, with 40 and 400 touchpoints (the whole edit beside it)."""
    from app.model.enums import LaneKind
    from app.model.store import ProjectStore
    from app.ui.canvas.scene import MapScene
    from app.ui.canvas.view import CanvasView
    from app.ui.commands import EditCardCommand, push
    from app.ui.document import ProjectDocument
    from app.ui.emotion_pane import EmotionPane

    app = qt_app()
    results = []
    # DESIGN.md's sizes on a full run; a tiny map (the smoke test) keeps the scenario alive cheaply.
    sizes = ((40, 5.0), (400, 16.0)) if cards >= 4000 else ((4, 5.0), (max(8, cards // 10), 16.0))
    for touchpoints, budget in sizes:
        # One card lane in ten holds touchpoints: 10 x the cards gives the touchpoints wanted.
        path = map_project(folder, touchpoints * len(CARD_LANES))
        document = ProjectDocument(ProjectStore.open(path))
        scene = MapScene(document)
        scene.set_journey(first_journey(path))
        view = CanvasView(scene)
        pane = EmotionPane()
        pane.resize(VIEW_WIDTH, 260)
        view.resize(VIEW_WIDTH, 800)
        view.show()
        pane.show()
        pane.set_canvas(document, scene, view)
        app.processEvents()
        card_id = next(card.id for card in scene.data.cards.values()
                       if scene.lane_kind(card.lane_id) is LaneKind.TOUCHPOINTS and card.score is not None)
        scores = iter(range(10**6))

        def edit(document=document, card_id=card_id, scores=scores) -> None:
            push(document, EditCardCommand(document, card_id, merge=False, score=float(next(scores) % 10)))

        refresh = _samples(pane.refresh, max(10, runs * 4), profile=f"curve update, {touchpoints} touchpoints")
        whole = _samples(edit, max(10, runs * 4))
        drawn = len(next(iter(pane.series().values())))
        results.append(Result(
            f"curve update after a score change, {touchpoints} touchpoints", statistics.median(refresh), budget,
            None, None, runs=max(10, runs * 4),
            notes="the pane redrawn from the canvas's snapshot; points drawn, whole edit (commit + canvas + pane, ms):",
            extra={"points": drawn, "whole_edit": statistics.median(whole)}))
        pane.set_canvas(None, None, None)
        pane.close()
        view.close()
        for widget in (pane, view, scene):
            widget.deleteLater()
        document.close()
        flush_deletes()
    return results


SCENARIOS = {"first-paint": bench_first_paint, "open-paint-warm": bench_open_to_paint, "repaint": bench_repaint,
             "drag": bench_drag, "memory": bench_memory, "curve": bench_curve}


def start_profiling() -> None:
    """Profile the timed part of the scenarios run from now on (see :func:`profile_reports`)."""
    global PROFILING
    PROFILING = True
    PROFILES.clear()


def profile_reports(top: int = 15) -> dict[str, str]:
    """Result name -> the ``top`` entries by cumulative time of its profiled calls."""
    reports = {}
    for name, sources in PROFILES.items():
        out = io.StringIO()
        stats: pstats.Stats | None = None
        for source in sources:
            if isinstance(source, Path):
                if not source.exists():
                    continue
                source = str(source)
            elif not source.getstats():
                continue
            if stats is None:
                stats = pstats.Stats(source, stream=out)
            else:
                stats.add(source)
        if stats is not None:
            stats.sort_stats("cumulative").print_stats(top)
            reports[name] = out.getvalue()
    return reports


def main(argv: list[str]) -> int:
    """The child process of the start and memory scenarios (see the module's docstring)."""
    global _CHILD_PROFILER
    profile_to = os.environ.get("PARCOURS_BENCH_PROFILE")
    if profile_to:
        _CHILD_PROFILER = cProfile.Profile()
        _CHILD_PROFILER.enable()
    if argv[:1] == ["bare"]:
        report = _child_bare()
    elif argv[:1] in (["window"], ["first-paint"]) and len(argv) >= 2:
        report = _child_window(Path(argv[1]), "--fit" in argv[2:])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    if _CHILD_PROFILER is not None:
        _CHILD_PROFILER.disable()
        _CHILD_PROFILER.dump_stats(profile_to)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
