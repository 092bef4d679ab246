"""The emotion curve dock: a light shell that loads the pyqtgraph plot once the window is up.

Importing pyqtgraph (and numpy) takes about a third of a second, more than
the rest of the window. The shell stands in the dock at once and builds the
real pane (:class:`~app.ui.emotion_plot.CurvePane`) a moment after the map
has painted (the delay starts at the map's first paint, so a slow machine
never imports pyqtgraph before it), or as soon as anything asks it something: its members
(:meth:`EmotionPane.series`, :attr:`EmotionPane.plot`...) build the real pane first.
Once the map has painted and its scene is done filling in (a big map's
lanes and items come first: they would share Python with the import),
numpy and pyqtgraph are imported in a thread (:func:`import_in_background`):
their import makes no Qt object, and the window keeps answering meanwhile;
the pane is built on the main thread once they are in (a pane asked for
sooner imports them at once).
"""

from __future__ import annotations

import importlib
import sys
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:  # pyqtgraph is imported with the real pane, never at start
    import pyqtgraph as pg

    from app.ui.emotion_plot import CurvePane

#: How long after a project opens the plot is built (the map paints first).
LOAD_DELAY_MS = 150
#: What the real pane imports that takes long: imported in a thread from the map's first paint.
SLOW_IMPORTS = ("numpy", "pyqtgraph")
#: How often the shell looks whether that import is done (ms).
IMPORT_POLL_MS = 40


def import_in_background() -> threading.Thread | None:
    """Start importing :data:`SLOW_IMPORTS` in a thread (None: they are in already).

    Only modules are loaded there: pyqtgraph makes no widget and no QObject
    when imported (a test checks it), so nothing Qt owns lives in that thread.
    """
    if all(name in sys.modules for name in SLOW_IMPORTS):
        return None
    # Not a daemon: the interpreter waits for it at exit. A daemon thread stopped in the middle of pyqtgraph's
    # import (C++ in PySide's modules) aborted the process ("terminate called without an active exception")
    # when the editor was closed within a second of opening a file.
    thread = threading.Thread(target=_import_slow_modules, name="curve-pane-import", daemon=False)
    thread.start()
    return thread


def _import_slow_modules() -> None:
    for name in SLOW_IMPORTS:
        try:
            importlib.import_module(name)
        except ImportError:  # the pane imports it again on the main thread, which reports what is missing
            return


class EmotionPane(QWidget):
    """The emotion curve under the map (see :class:`~app.ui.emotion_plot.CurvePane` for what it does)."""

    #: A point was clicked: select its card.
    card_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pane: CurvePane | None = None
        self._canvas: tuple[Any, Any, Any] = (None, None, None)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._waiting = QLabel(self.tr("The emotion curve is coming…"), self)
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._layout.addWidget(self._waiting)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LOAD_DELAY_MS)
        self._timer.timeout.connect(self._on_load_timer_timeout)
        #: The map's viewport, watched for its first paint (then the delay starts).
        self._watched: QWidget | None = None
        #: The thread importing pyqtgraph and numpy (see import_in_background), once started (None: they were in).
        self._importing: threading.Thread | None = None
        self._imports_started = False

    def set_canvas(self, document, scene, view, *, painted: bool = False) -> None:
        """Draw the curve of ``scene``'s journey under ``view`` (None: nothing).

        ``painted``: the map in ``view`` has painted already (it was painted before its document
        came): the pane comes without waiting for a paint that may not come until the user moves.
        """
        self._canvas = (document, scene, view)
        if self._pane is not None:
            self._pane.set_canvas(document, scene, view)
        elif document is not None and view is not None and painted:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
                self._watched = None
            self._timer.start()
        elif document is not None and view is not None:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = view.viewport()
            self._watched.installEventFilter(self)
        elif document is not None:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._watched = None
            if self._pane is None and self._canvas[0] is not None:
                # (The thread starts once this paint is done: it would take turns with the paint for Python.)
                QTimer.singleShot(0, self._start_importing)
                self._timer.start()
        return False

    def _start_importing(self) -> None:
        """Start the slow imports' thread, unless the map's scene is still filling in (then the next look does)."""
        if self._imports_started or self._pane is not None:
            return
        scene = self._canvas[1]
        if scene is not None and getattr(scene, "filling", False):
            return
        self._imports_started = True
        self._importing = import_in_background()

    def _on_load_timer_timeout(self) -> None:
        """Build the real pane once its imports are in (their thread started and done); else look again soon."""
        if self._pane is None:
            self._start_importing()
            if not self._imports_started or (self._importing is not None and self._importing.is_alive()):
                self._timer.start(IMPORT_POLL_MS)
                return
        self.pane()

    def pane(self) -> CurvePane:
        """The real pane, built now if it is not yet."""
        if self._pane is None:
            from app.ui.emotion_plot import CurvePane

            self._timer.stop()
            pane = CurvePane(self)
            pane.card_clicked.connect(self.card_clicked)
            self._waiting.hide()
            self._layout.addWidget(pane)
            self._pane = pane
            if self._canvas[0] is not None:
                pane.set_canvas(*self._canvas)
        return self._pane

    def series(self) -> dict[str, list[tuple[float, float, int]]]:
        """What is drawn: series label -> [(x, score, card id)] of the scored points, in drawing order."""
        return self.pane().series()

    def compare_with(self, journey_id: int | None) -> None:
        """Overlay the curve of ``journey_id`` (None: no comparison)."""
        self.pane().compare_with(journey_id)

    def refresh(self) -> None:
        """Draw the curves again (builds the real pane first when it is not yet)."""
        self.pane().refresh()

    def follow_canvas(self) -> None:
        """Give the plot the canvas's visible x range (see :meth:`CurvePane.follow_canvas`)."""
        self.pane().follow_canvas()

    @property
    def plot(self) -> pg.PlotWidget:
        """The pyqtgraph plot widget of the real pane."""
        return self.pane().plot

    @property
    def box(self) -> pg.ViewBox:
        """The plot's view box (its x axis is the canvas's scene x)."""
        return self.pane().box

    @property
    def combo(self) -> QComboBox:
        """The "Compare with" list of the other journeys."""
        return self.pane().combo

    @property
    def summary(self) -> QLabel:
        """The summary under the plot, one line per curve (it doubles as the legend)."""
        return self.pane().summary
