"""The editor opens a project and paints its map before it imports pyqtgraph (the curve and the matrix come later)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui.main_window import MainWindow
window = MainWindow()
window.open_path(sys.argv[1])
window.show()
app.processEvents()
print("pyqtgraph" in sys.modules, "numpy" in sys.modules, len(window.scene.cards))
window.method.matrix_view.show()  # the matrix, once seen, has its plot
print("pyqtgraph" in sys.modules, window.method.matrix_view.plot is not None)
window.document.close()
"""


def test_the_window_paints_a_project_without_importing_pyqtgraph(sample_path: Path, tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root),
           "PARCOURS_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(sample_path)], env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    before, after = done.stdout.split("\n")[:2]
    assert before.split()[:2] == ["False", "False"] and int(before.split()[2]) > 20
    assert after == "True True"
