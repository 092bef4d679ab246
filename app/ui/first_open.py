"""A map painted before its document: what the window keeps meanwhile, the input that waits, the opening in a thread.

The window paints a file's first journey read with the sqlite3 driver
(:mod:`app.model.first_read`), then opens the file's store after the paint
(:mod:`app.ui.window_first_paint`). :class:`FirstOpen` is that map and what
its opening needs; :class:`InputWaits` holds back the keys and clicks meant
for the window until the document is open; :class:`BackgroundOpening` runs
the store's checks and copy (:func:`app.model.store.check_and_copy`: sqlite3
and the file system, which release the GIL) in a thread, so that the event
loop keeps turning while a big file is checked.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.model.errors import ParcoursError
    from app.model.first_read import FirstJourney
    from app.model.store import CheckedCopy, ProjectStore
    from app.ui.canvas.scene import MapScene
    from app.ui.canvas.view import CanvasView


#: Python's thread switch interval while a file is read or checked in a thread (s).
_QUICK_SWITCH_S = 0.0005
#: How long the window waits for the first read to reach its long fetch before doing its own work (s).
_HEAD_START_S = 0.01
_switches = {"threads": 0, "interval": 0.005}
_switches_lock = threading.Lock()


@contextmanager
def quick_switches() -> Iterator[None]:
    """A short thread switch interval while the calling thread reads a file beside the main thread's work.

    Each query gives the GIL up while sqlite3 works; taking it back waits for the
    main thread to let go of it, which it does every switch interval (5 ms by
    default) while it runs Python: the store's 200 checks took 0.9 s more while
    a 100,000-card map was laid out.
    """
    with _switches_lock:
        if _switches["threads"] == 0:
            _switches["interval"] = sys.getswitchinterval()
            sys.setswitchinterval(min(_switches["interval"], _QUICK_SWITCH_S))
        _switches["threads"] += 1
    try:
        yield
    finally:
        with _switches_lock:
            _switches["threads"] -= 1
            if _switches["threads"] == 0:
                sys.setswitchinterval(_switches["interval"])


class FirstReading:
    """:func:`~app.model.first_read.read_first_journey` in a thread, while the window makes room for the map."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._first: FirstJourney | None = None
        self._fetching = threading.Event()
        self._thread = threading.Thread(target=self._run, name="first read", daemon=True)
        self._thread.start()
        # The read's first queries need the GIL between them, which the window's work meanwhile (widgets made and
        # shown, in Qt's code) holds for milliseconds at a time: the cards' fetch began 17 ms late. Once it has
        # begun, sqlite3 works without the GIL beside the window's work.
        self._fetching.wait(_HEAD_START_S)

    def _run(self) -> None:
        from app.model.first_read import read_first_journey

        try:  # (not with quick_switches: both threads run Python here, and switching more often cost 6 ms)
            self._first = read_first_journey(self._path, fetching=self._fetching.set)  # never raises: None
        finally:
            self._fetching.set()

    def result(self) -> FirstJourney | None:
        """The first journey read (waits for the thread); None when the file is left to the ordinary opening."""
        self._thread.join()
        return self._first


class BackgroundOpening:
    """:func:`~app.model.store.check_and_copy` of one file in a thread; :meth:`result` waits for it."""

    def __init__(self, path: Path, *, read_only: bool, force: bool) -> None:
        self._path, self._read_only, self._force = path, read_only, force
        self._checked: CheckedCopy | None = None
        self._failure: BaseException | None = None
        self._taken = False
        self._thread = threading.Thread(target=self._run, name="opening", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from app.model.store import check_and_copy

        with quick_switches():  # some 200 queries (1.4 s instead of 0.5 s at 100,000 cards without)
            try:
                self._checked = check_and_copy(self._path, read_only=self._read_only, force=self._force)
            except BaseException as failure:  # raised again in the thread that asks (result)
                self._failure = failure

    @property
    def done(self) -> bool:
        """Whether the thread has finished (:meth:`result` returns at once)."""
        return not self._thread.is_alive()

    def result(self) -> CheckedCopy:
        """The checked copy (waits for the thread); raises what the checks raised. Called once."""
        self._thread.join()
        self._taken = True
        if self._failure is not None:
            raise self._failure
        assert self._checked is not None
        return self._checked

    def discard(self) -> None:
        """Nobody will take the result: once the thread ends, its working copy and lock go."""
        if self._taken:
            return
        self._taken = True
        self._thread.join()
        if self._checked is not None:
            self._checked.discard()


@dataclass
class FirstOpen:
    """The map painted from a first read, waiting for its document (see :mod:`app.ui.window_first_paint`)."""

    path: Path
    scene: MapScene
    view: CanvasView
    #: Holds back keys and clicks until the document is open.
    waits: InputWaits
    #: How an opening refused after the paint is told (the start: on stderr; a window: in a sentence).
    refused: Callable[[ParcoursError], None]
    read_only: bool = False
    force: bool = False
    #: The window's parts were made for this map (the editor's start): the docks are sized once it opens.
    parts_made_for_it: bool = False
    #: The store's checks and copy, running in a thread once the map has painted (None before, or never).
    opening: BackgroundOpening | None = field(default=None)
    #: The store on the checked copy, made in the turn after the thread's (None before, or never).
    store: ProjectStore | None = field(default=None)
    #: What making the store raised (told when the document is asked for).
    failure: BaseException | None = field(default=None)

    def move_to(self, layout: QVBoxLayout) -> None:
        """Put the view in ``layout`` (the window's map page, once made)."""
        layout.addWidget(self.view, 1)

    def make_store(self) -> None:
        """The piece after the thread: the store on the checked copy, its connection made (a failure kept)."""
        from app.model.store import ProjectStore

        if self.opening is None or self.store is not None or self.failure is not None:
            return
        try:
            self.store = ProjectStore.from_checked(self.opening.result())
            self.store.session.connection()  # the working copy's connection, here rather than in the next piece
        except BaseException as failure:  # raised again by checked(), where the opening's errors are told
            self.failure = failure

    def checked(self) -> CheckedCopy | ProjectStore:
        """The file checked and copied (or its store, made already): from the thread when it ran, else now."""
        if self.failure is not None:
            raise self.failure
        if self.store is not None:
            return self.store
        if self.opening is not None:
            return self.opening.result()
        from app.model.store import check_and_copy

        return check_and_copy(self.path, read_only=self.read_only, force=self.force)

    def discard(self) -> None:
        """Nobody will open it: what the opening made (copy, lock, store) goes."""
        if self.store is not None:
            self.store.close()
        elif self.opening is not None:
            self.opening.discard()


class InputWaits(QObject):
    """Until the first-read map's document is open: a key or a click first opens it (edits and saves wait)."""

    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress,
                        QEvent.Type.MouseButtonDblClick, QEvent.Type.DragEnter, QEvent.Type.Drop})

    def __init__(self, window: QWidget, open_now: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._open_now = open_now
        #: Whether :meth:`stop` was called (a later :meth:`start` does nothing).
        self._stopped = False

    def start(self) -> None:
        """Hold back input from now on (once the map is shown: before the event loop turns again)."""
        application = QCoreApplication.instance()
        if application is not None and not self._stopped:
            application.installEventFilter(self)

    def stop(self) -> None:
        """The document is open: input goes straight through again."""
        self._stopped = True
        application = QCoreApplication.instance()
        if application is not None:
            application.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the document before the first key or click reaches the window (then let it through)."""
        if event.type() in self._INPUT and isinstance(watched, QWidget) and watched.window() is self._window:
            self._open_now()
        return False
