"""File > Open in a window on screen paints the map once: no second, identical paint in the next turn.

Each widget Qt shows posts itself a request to paint later; the map's view and
viewport, shown as the file opens, took theirs in the turn after the map's
first paint and painted the very same picture again (50 ms at 100,000 cards,
the longest freeze of the opening). The check runs in a fresh process, as the
editor does: the window shown and idle, then File > Open.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import json, sys, time
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QApplication
app = QApplication([])
QCoreApplication.setApplicationName("Parcours")
from app.ui.canvas.view import CanvasView
from app.ui.main_window import MainWindow

rects = []
draw = CanvasView.drawForeground
def draw_foreground(view, painter, rect):
    rects.append(QRectF(rect))
    draw(view, painter, rect)
CanvasView.drawForeground = draw_foreground

window = MainWindow()
window.resize(1280, 800)
window.show()
for _ in range(5):
    app.processEvents()
window.open_path(sys.argv[1])
deadline = time.monotonic() + 30
while (window._after_paint is not None or window.document is None or not rects) and time.monotonic() < deadline:
    app.processEvents()
settle = time.monotonic() + 0.3
while time.monotonic() < settle:
    app.processEvents()
    time.sleep(0.005)
first = rects[0]
print(json.dumps({"paints": len(rects), "same_as_first": sum(1 for rect in rects if rect == first),
                  "first": [first.x(), first.y(), first.width(), first.height()],
                  "open": window.document is not None and str(window.document.path) == sys.argv[1]}))
"""


def test_file_open_paints_the_map_once(tmp_path: Path, sample_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PARCOURS_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(sample_path.resolve())], env=env, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])

    assert report["open"] and report["paints"] >= 1
    assert report["first"][2] > 300 and report["first"][3] > 300  # the map's view, not a sliver of it
    assert report["same_as_first"] == 1, report
