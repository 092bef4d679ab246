"""With a projector plugged in, the map goes there and the laptop keeps the editor with the presenter's notes.

Qt's offscreen platform can pretend to have two screens (a configuration file
names them), but only from the start of a process: the check runs in a child.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.model import templates
from app.model.store import ProjectStore
from app.ui.main_window import MainWindow
from app.ui.presentation_theme import PROJECTOR_STYLE

path = sys.argv[1]
store = ProjectStore.create(populate=lambda s: templates.populate(s, "onboarding", "en"))
store.save(path)
store.close()
window = MainWindow()
window.open_path(path)
window.show()
QTest.qWaitForWindowExposed(window)
app.processEvents()
QTest.keyClick(window.canvas_view, Qt.Key.Key_F5)
view = window.presentation
QTest.qWaitForWindowExposed(view)
QTest.keyClick(view, Qt.Key.Key_Right)
app.processEvents()
laptop = app.screens()[0].availableGeometry()
print(json.dumps({
    "window_screen": window.screen().name(), "presentation_screen": view.screen().name(),
    "presentation": [view.x(), view.y(), view.width(), view.height()],
    "window_inside": laptop.contains(window.frameGeometry()), "frame": str(window.frameGeometry()),
    "laptop": str(laptop),
    "full_screen": view.isFullScreen(), "notes_visible": window.notes_dock.isVisible(),
    "notes": window.notes.plain_text(), "stage": window.scene.data.stages[1].name,
    "title_px": PROJECTOR_STYLE.title_size * view.zoom,
}))
view.close()
window.close()
"""


def test_the_map_goes_to_the_projector_and_the_notes_stay_on_the_laptop(tmp_path: Path) -> None:
    config = tmp_path / "screens.json"
    screen = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720, **screen},
        {"name": "projector", "x": 1280, "y": 0, "width": 1920, "height": 1080, **screen}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "PYTHONPATH": str(ROOT),
           "PARCOURS_DATA_DIR": str(tmp_path / "data"), "PARCOURS_LANG": "en"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "sample.parcours")], env=env,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert (report["window_screen"], report["presentation_screen"]) == ("laptop", "projector")
    assert report["presentation"] == [1280, 0, 1920, 1080] and report["full_screen"]
    # The 1400x860 default shrank to the 1280x720 laptop.
    assert report["window_inside"], (report["frame"], report["laptop"])
    assert report["notes_visible"] and report["stage"] in report["notes"] and "Pain points" in report["notes"]
    assert report["title_px"] >= 24.0
