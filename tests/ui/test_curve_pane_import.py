"""The curve pane's slow imports (numpy, pyqtgraph) run in a thread from the map's first paint.

The thread may only load modules: a widget or a QObject made there would
belong to that thread, and Qt forbids using it from the main one. The first
test imports them in a thread of a fresh interpreter and looks for any Qt
object living outside the main thread. The others check the shell's side:
the thread waits for the map's scene to fill in, the pane is built on the
main thread once the thread is done, the window's events keep coming
meanwhile, and a pane asked for sooner is built at once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from app.ui import emotion_pane as pane_module
from app.ui.emotion_pane import EmotionPane

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import gc, json, sys
from shiboken6 import getCppPointer
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui import emotion_pane
before = set(sys.modules)
thread = emotion_pane.import_in_background()
thread.join(120)
main = getCppPointer(app.thread())
strays = [type(obj).__name__ for obj in gc.get_objects()
          if isinstance(obj, QObject) and getCppPointer(obj.thread()) != main]
print(json.dumps({"started": thread is not None, "alive": thread.is_alive(),
                  "loaded": [name for name in emotion_pane.SLOW_IMPORTS if name in sys.modules],
                  "new_modules": len(set(sys.modules) - before), "strays": strays,
                  "widgets": len(QApplication.allWidgets())}))
"""


_QUIT_DURING_IMPORT = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.ui import emotion_pane
thread = emotion_pane.import_in_background()
print(json.dumps({"daemon": thread.daemon, "alive": thread.is_alive()}))
del app
"""


class FakeScene:
    """What the shell reads of the map's scene: whether it is still filling in."""

    filling = True


def test_the_slow_imports_in_their_thread_make_no_qt_object_there() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run([sys.executable, "-c", _CHILD], env=env, capture_output=True, text=True, timeout=180,
                               check=False)
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout.strip().splitlines()[-1])

    assert report["started"] and not report["alive"]
    assert report["loaded"] == list(pane_module.SLOW_IMPORTS) and report["new_modules"] > 50
    assert report["strays"] == [] and report["widgets"] == 0


def test_the_pane_is_built_once_its_imports_are_in_and_the_window_keeps_answering(qtbot, monkeypatch) -> None:
    done = threading.Event()

    def slow_import() -> None:  # stands for numpy and pyqtgraph being imported
        time.sleep(0.4)
        done.set()

    monkeypatch.setattr(pane_module, "_import_slow_modules", slow_import)
    monkeypatch.setattr(pane_module, "SLOW_IMPORTS", ("a_module_nobody_imported",))
    monkeypatch.setattr(pane_module, "LOAD_DELAY_MS", 10)
    shell = EmotionPane()
    qtbot.addWidget(shell)
    canvas = QWidget()
    qtbot.addWidget(canvas)
    built_at: list[bool] = []
    monkeypatch.setattr(shell, "pane", lambda: built_at.append(done.is_set()))  # when the real pane would be built
    scene = FakeScene()
    shell._canvas = (object(), scene, None)  # a document is shown (set_canvas would connect the real pane to it)
    shell._watched = canvas
    canvas.installEventFilter(shell)
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.start(20)
    canvas.show()
    qtbot.waitExposed(canvas)
    qtbot.wait(300)
    assert shell._importing is None and not built_at  # the map's scene is filling in: nothing started yet
    scene.filling = False

    qtbot.waitUntil(lambda: bool(built_at), timeout=5000)
    ticker.stop()
    assert shell._importing is not None and built_at == [True]  # built after the import's thread, not before
    assert len(ticks) >= 5  # the event loop ran while the thread worked


def test_a_pane_asked_for_before_its_imports_are_in_is_built_at_once(qtbot) -> None:
    shell = EmotionPane()
    qtbot.addWidget(shell)
    shell._importing = pane_module.import_in_background()

    pane = shell.pane()

    assert pane is shell.pane() and "pyqtgraph" in sys.modules


def test_quitting_while_the_slow_imports_run_waits_for_them_and_exits_cleanly() -> None:
    """The editor closed within a second of opening a file: the process ends with 0, not aborted mid-import."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(3):
        completed = subprocess.run([sys.executable, "-c", _QUIT_DURING_IMPORT], env=env, capture_output=True,
                                   text=True, timeout=180, check=False)
        assert completed.returncode == 0, completed.stderr
        report = json.loads(completed.stdout.strip().splitlines()[-1])
        assert report == {"daemon": False, "alive": True}
