"""Presentation-mode benchmark: the glide from stage to stage on the 10,000-card map (budget 16 ms a frame).

The presentation window is shown at 1920x1080 on the generated map; for several
stage-to-stage steps, every frame of the glide (its eased positions at 60 frames
a second) is painted into a 1920x1080 image through the window's own paint
event, and the frame times give the median and the 95th percentile. The
baseline is the floor of any frame: filling a 1920x1080 image.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from canvas import VIEW_HEIGHT, VIEW_WIDTH, _samples, first_journey, map_project, qt_app
from harness import Result

#: Stage-to-stage steps measured per run.
STEPS = 6


def bench_glide(folder: Path, cards: int, runs: int) -> list[Result]:
    """Frame times of the glide between stages (every eased frame of ``STEPS`` steps, ``runs`` times)."""
    app = qt_app()
    from PySide6.QtCore import QEasingCurve, QPointF
    from PySide6.QtGui import QImage

    from app.model.store import ProjectStore
    from app.ui.document import ProjectDocument
    from app.ui.presentation import GLIDE_MS, PresentationView

    path = map_project(folder, cards)
    document = ProjectDocument(ProjectStore.open(path, read_only=True))
    view = PresentationView(document, first_journey(path))
    view.resize(VIEW_WIDTH, VIEW_HEIGHT)
    view.show()
    app.processEvents()
    image = QImage(VIEW_WIDTH, VIEW_HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    easing = QEasingCurve(QEasingCurve.Type.OutCubic)
    frames_per_glide = max(2, round(GLIDE_MS / 1000.0 * 60))
    positions: list[float] = []
    for index in range(STEPS):
        start, end = view.stage_origin(index).x(), view.stage_origin(index + 1).x()
        positions += [start + (end - start) * easing.valueForProgress(n / frames_per_glide)
                      for n in range(1, frames_per_glide + 1)]
    frame = iter(range(10**9))
    visible = []

    def paint_frame() -> None:
        n = next(frame) % len(positions)
        view.go_to(n // frames_per_glide + 1, animate=False)  # the stage in focus while gliding there
        view.origin = QPointF(positions[n], 0.0)
        view.render(image)

    times = _samples(paint_frame, runs * len(positions), warmup=3, profile="presentation glide")
    visible.append(len(view.painter.visible_cards(view.frame().scene_rect())))

    def fill() -> None:
        image.fill(0xFF0E1216)

    floor = _samples(fill, runs * 10)
    view.close()
    document.close()
    p95 = statistics.quantiles(times, n=20)[-1]
    baseline = statistics.median(floor)
    notes = f"{len(times)} frames of {STEPS} glides, {visible[0]} cards on screen at the end"
    return [Result(f"presentation glide frame, {cards} cards (median)", statistics.median(times), 16.0,
                   "fill a 1920x1080 frame", baseline, runs=len(times), notes=notes),
            Result(f"presentation glide frame, {cards} cards (95th percentile)", p95, 16.0,
                   "fill a 1920x1080 frame", baseline, runs=len(times))]


SCENARIOS = {"presentation-glide": bench_glide}
