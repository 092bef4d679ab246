"""The map first, its document after: how a window opens a file (the editor's start, File > Open, the recent files).

:class:`FirstPaintWindow` is the main window's half that paints a file's first
journey read with the sqlite3 driver (:mod:`app.model.first_read`: a file it
is not sure of goes down the ordinary path) and opens the file's store after
that paint, keeping the scene and view on screen. After the paint, one piece
per turn of the event loop: the store's checks, lock and working copy in a
thread (:class:`~app.ui.first_open.BackgroundOpening`), the window's parts
meanwhile when the editor starts (they load SQLAlchemy), then the document
handed to the map, then the side panes, the curve and the plan. A key, a
click or any use of the document before then waits for it
(:class:`~app.ui.first_open.InputWaits`, :attr:`MainWindow.document`). A file
the store refuses after the paint is told as the ordinary path tells it
(``refused``: one sentence in the window, or on stderr at the start).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import i18n
from app.model.errors import ParcoursError, ProjectFileError
from app.ui import collector, settings, window_view
from app.ui.first_open import BackgroundOpening, FirstOpen, FirstReading, InputWaits
from app.ui.first_paint import after_first_paint, settle_before_first_paint
from app.ui.window_hooks import AskingWindow

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget

    from app.model.first_read import FirstJourney
    from app.model.store import CheckedCopy, ProjectStore
    from app.ui.canvas.scene import MapScene
    from app.ui.canvas.view import CanvasView
    from app.ui.document import ProjectDocument
    from app.ui.journey_panel import JourneyPanel
    from app.ui.palette import Palette
    from app.ui.window_canvas import MapCanvas
    from app.ui.window_files import FilesController
    from app.ui.window_journeys import JourneysController
    from app.ui.window_method import MethodWorkspace
    from app.ui.window_pages import WindowPages
    from app.ui.window_workspace import WorkspaceController

#: The actions that need a document (enabled with a map painted first: using one waits for its document).
DOCUMENT_ACTIONS = ("save", "save_as", "save_as_template", "close", "paste", "select_all", "find", "find_next",
                    "find_previous", "add_card", "add_stage", "zoom_in", "zoom_out", "fit", "zoom_100", "new_journey")
#: How often the window looks whether the opening's thread has finished (ms).
_POLL_MS = 5


class FirstPaintWindow(AskingWindow):
    """The window's map painted before its document (see the module's docstring)."""

    #: The file :meth:`show_first_read` showed at the start could not be opened (said on stderr; the window is gone).
    start_refused = Signal()

    if TYPE_CHECKING:  # made by MainWindow and its parts (app/ui/main_window.py, app/ui/window_parts.py)
        pages: WindowPages
        map: MapCanvas
        method: MethodWorkspace
        files: FilesController
        _document: ProjectDocument | None
        journey_panel: JourneyPanel
        card_palette: Palette
        workspace: WorkspaceController
        journeys: JourneysController

        @property
        def document(self) -> ProjectDocument | None: ...
        palette_dock: QDockWidget
        inspector_dock: QDockWidget
        emotion_dock: QDockWidget
        journey_id: int | None
        _built: bool
        _building: bool

        def _build(self) -> None: ...
        def _show_checked(self, checked: CheckedCopy | ProjectStore, path: Path) -> None: ...
        def _show_start_screen(self) -> None: ...
        def drop_document(self) -> None: ...
        def open_interactive(self, path: Path | str) -> None: ...
        def _forget_window(self) -> None: ...
        def update_state(self) -> None: ...
        def _show_zoom(self, factor: float) -> None: ...

        actions_by_name: dict[str, QAction]

    def _init_first_paint(self) -> None:
        #: What the next document's side panes are handed once the map has painted (None: at once).
        self._after_paint: list[Callable[[], None]] | None = None
        #: The map read without the ORM and the file it came from, until its document is open (show_first_read).
        self._first_open: FirstOpen | None = None
        #: Does the work left for after the first paint when no paint comes (a hidden window).
        self._unpainted: QTimer | None = None
        #: True while finish_start does one piece of the work left for after the first paint (see there).
        self._one_piece = False
        #: True while the map painted first is handed its document (it keeps what it shows).
        self._handing_over = False
        #: Looks whether the opening's thread has finished.
        self._opening_poll = QTimer(self)
        self._opening_poll.setInterval(_POLL_MS)
        self._opening_poll.timeout.connect(self._on_opening_poll)

    @property
    def opening(self) -> bool:
        """Whether a map is shown whose document is still being opened (asking for the document waits for it)."""
        return self._first_open is not None

    # ------------------------------------------------------------------ painting first

    def paint_first(self, path: Path, *, read_only: bool = False, force: bool = False) -> bool:
        """Paint ``path``'s first journey now and open its store after the paint; False when it is not sure of it.

        The file's header is checked first (a missing, foreign or newer file
        raises its sentence at once, as the ordinary path does); a file the
        first read is not sure of (a lock or an unfinished change beside it,
        a column it does not know...) returns False: the caller opens it the
        ordinary way. Errors found after the paint go to the window's files
        controller, as File > Open reports them.
        """
        from app.model.storefile import read_header

        read_header(Path(path).expanduser().absolute())
        # One pause from the read to the end of the map's first paint: the collector, back on between the read and
        # the layout, walked the read's new objects (2 ms), which the layout then freezes for good (lazy.py).
        with collector.paused_for_a_new_map():
            reading = FirstReading(path)  # (sqlite3 lets the docks be shown meanwhile)
            # The plan and KPIs seen now read once the map has painted and its document has come.
            read_plan = self.method.hold_reading()
            self.pages.show_map()  # the docks as they will be: the map does not move when its document comes
            made = self._first_view()  # (while the file is read)
            first = reading.result()
            if first is None:
                made[0].deleteLater()  # the view and its scene with it
                read_plan()
                self._show_start_screen()  # as it was: the ordinary opening shows the map, or says why not
                return False
            self.drop_document()
            self.show_first_read(path, first, read_only=read_only, force=force,
                                 refused=lambda error: self.files.refused(path, error), made=made)
        self.now_or_after_paint(read_plan)
        self.setWindowTitle(f"{path.name}[*] — Parcours")
        for name in (*DOCUMENT_ACTIONS, "derive_journey", "delete_journey"):  # as they will be: the toolbar stays
            self.actions_by_name[name].setEnabled(True)
        self.journeys.show_painted(first.journey_id, first.data.title, first.data.state)
        self._show_zoom(self._first_open.view.zoom if self._first_open is not None else 1.0)
        return True

    def show_first_read(self, path: Path, first: FirstJourney, *, read_only: bool = False, force: bool = False,
                        refused: Callable[[ParcoursError], None] | None = None,
                        made: tuple[QWidget, MapScene, CanvasView] | None = None) -> None:
        """Paint ``first`` (read from ``path`` without the ORM) now; open ``path`` once the map has painted.

        For a window made with ``parts_later`` (the editor's start): the map is
        shown alone, and the window's parts, SQLAlchemy and the document come
        right after its first paint (or at once, when something asks for them
        before: see :attr:`document`, and any key or click, which waits for
        them too). ``refused`` tells an opening refused after the paint (by
        default, the start's way: on stderr, and the window goes). ``made``:
        the page, scene and view :meth:`_first_view` made (else made here).
        """
        page, scene, view = made if made is not None else self._first_view()
        layout = cast(QVBoxLayout, page.layout())
        path = Path(path)
        waits = InputWaits(self, self.open_first_now)
        self._first_open = FirstOpen(path, scene, view, waits,
                                     refused or (lambda error: self._refuse_start(path, error)), read_only, force,
                                     parts_made_for_it=not self._built)
        if not self._built:
            self.resize(settings.first_window_size(self))  # sized empty: the map's minimum size is no concern
            self.setCentralWidget(page)
            settings.restore_window_layout(self)
            window_view.keep_on_screen_when_shown(self)
            layout.setContentsMargins(settings.map_margins(self))  # where the map will sit: no jump when the rest comes
        if self._built:
            self._first_open.move_to(self.pages.map_layout)
            page.deleteLater()  # (the frame's page is for a window without its parts)
            self.pages.show_map()  # the docks as they will be: the map does not move when its document comes
        with collector.paused_for_a_new_map():
            scene.show_first_read(first)
        self.journey_id = first.journey_id
        self._after_paint = [self._begin_opening]
        self._run_after_first_paint(view.viewport())  # (before the settling, which may paint at once)
        if self._built:  # File > Open: its scroll bars, and the scene's queued changes, in the first paint
            settle_before_first_paint(view)
        view.setFocus()
        # Input waits from here: no key or click is handled before the event loop turns again. (Installed before
        # File > Open's paint, the application's filter in Python met Qt's private events of that paint, and
        # PySide looked up every class it has to name them: 5 ms, and a call into Python per event.)
        waits.start()

    def _first_view(self) -> tuple[QWidget, MapScene, CanvasView]:
        """A hidden page holding the view of a new scene without a document, for the map painted first."""
        from app.ui.canvas.scene import MapScene
        from app.ui.canvas.view import CanvasView

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        scene = MapScene(None)
        view = CanvasView(scene, page)
        scene.setParent(view)  # deleted with it: a scene deleted before its view would make it call back into Python
        layout.addWidget(view, 1)
        return page, scene, view

    def _begin_opening(self) -> None:
        """The first piece after the paint: the store's checks and copy start in their thread."""
        first = self._first_open
        if self._after_paint is None:
            self._after_paint = []  # the work after the paint is not over until the document has come
        if first is None or first.opening is not None:
            return
        first.opening = BackgroundOpening(first.path, read_only=first.read_only, force=first.force)
        self._opening_poll.start()
        if not self._built:  # the editor's start: the window's parts are made while the file is checked
            QTimer.singleShot(0, self, self._build_while_opening)

    def _build_while_opening(self) -> None:
        if not self._built and self._first_open is not None:
            self._build()

    def _waiting_for_opening(self) -> bool:
        """Whether the opening has begun and its document has not come yet (the work after it waits)."""
        first = self._first_open
        return first is not None and first.opening is not None

    def _on_opening_poll(self) -> None:
        first = self._first_open
        if first is not None and first.opening is not None and not first.opening.done:
            return
        self._opening_poll.stop()
        if first is not None:
            first.make_store()  # one piece; the document is handed to the map in the next
        QTimer.singleShot(0, self, self._hand_over_in_turn)

    def _hand_over_in_turn(self) -> None:
        self.open_first_now()
        QTimer.singleShot(0, self, self._finish_start_in_turns)  # the map has painted: the panes' turn

    def open_first_now(self) -> None:
        """Open the file :meth:`show_first_read` showed (nothing when it is open): the parts, then the document.

        The map's scene and view stay: the document is handed to them. A file
        the store refuses goes to ``refused`` (see :meth:`show_first_read`).
        Waits for the opening's thread when it runs.
        """
        first = self._first_open
        if first is None or self._building:
            return
        if not self._built:
            self._build()
        self._first_open = None
        self._opening_poll.stop()
        first.waits.stop()
        self.map.adopt(first.scene, first.view)
        try:
            checked = first.checked()
            self._handing_over = True
            try:
                self._show_checked(checked, first.path)
            finally:
                self._handing_over = False
            self.now_or_after_paint(self.method.hold_reading())  # the plan and KPIs behind the curve
        except ParcoursError as error:
            self.map.drop_adopted()
            self._show_start_screen()
            self.update_state()  # the title named the file painted first
            first.refused(error)
        finally:
            if first.parts_made_for_it:  # sized with their contents, as a window shown after its document opened
                self._size_docks()
                settings.restore_window_layout(self)
                # The docks were added to a window on screen: Qt lays them out at the loop's next turn and drops
                # sizes given before (the first window came up with a 320-pixel palette and a curve half its
                # height): give them again then. (Not with the window's updates off meanwhile: a window left
                # frozen is far worse.)
                QTimer.singleShot(0, self, self._settle_docks)

    def give_up_opening(self) -> None:
        """Drop the map painted first and give up opening its file (nothing is left of it: no copy, no lock)."""
        first, self._first_open = self._first_open, None
        if first is None:
            return
        self._opening_poll.stop()
        first.waits.stop()
        first.discard()
        self._after_paint = None
        first.view.hide()
        first.view.deleteLater()  # its scene with it
        first.scene.detach()
        if self._built:
            self._show_start_screen()
            self.update_state()

    def _hand_method(self, document: ProjectDocument) -> None:
        """Give ``document`` (if still open here) to the method's workspace: its markers on the map, its views."""
        if document is self.document:
            self.method.set_document(document)

    def _hand_workspace(self, document: ProjectDocument) -> None:
        """Give ``document`` (if still open here) to the method's workspace: thumbnails and the persona filter."""
        if document is self.document:
            self.workspace.set_document(document, panels=False)  # its panels come with the side panes

    def _hand_side_panes(self, document: ProjectDocument) -> None:
        """Give ``document`` (if still open here) to the panes beside the map that :func:`start` left for later."""
        if document is not self.document:
            return
        self.journey_panel.set_document(document)
        self.journey_panel.show_journey(self.journey_id)
        self.card_palette.set_document(document)
        self.workspace.set_panels_document(document)
        self.workspace.follow_selection()

    def _settle_docks(self) -> None:
        """The docks' sizes given again once laid out (see :meth:`open_first_now`)."""
        self._size_dock_areas()
        settings.restore_dock_state(self)

    def _refuse_start(self, path: Path, error: ParcoursError) -> None:
        """The start's file cannot be opened: say why on stderr and go, as ``parcours FILE`` does before any window.

        One someone else has open is asked about, in the window.
        """
        if isinstance(error, ProjectFileError) and error.kind == "locked":
            QTimer.singleShot(0, self, lambda: self.open_interactive(path))
            return
        print(error.message(i18n.translate), file=sys.stderr)
        self._forget_window()
        self.hide()
        self.deleteLater()
        self.start_refused.emit()

    def _size_docks(self) -> None:
        """The first window's size and narrow docks, so the map gets most of a laptop's width."""
        self.resize(settings.first_window_size(self))
        self._size_dock_areas()

    def _size_dock_areas(self) -> None:
        from PySide6.QtCore import Qt

        self.resizeDocks([self.palette_dock, self.inspector_dock],
                         [settings.FIRST_PALETTE_WIDTH, settings.FIRST_INSPECTOR_WIDTH], Qt.Orientation.Horizontal)
        self.resizeDocks([self.emotion_dock], [settings.first_curve_height(self.height())], Qt.Orientation.Vertical)

    # ------------------------------------------------------------------ the work left for after the first paint

    def hold_until_first_paint(self) -> None:
        """Leave the side panes' filling for after the map's first paint (the start path, before it opens)."""
        self._after_paint = []

    def release_if_nothing_open(self) -> None:
        """Nothing opened after :meth:`hold_until_first_paint`: nothing waits for a paint."""
        if self._document is None and self._first_open is None:
            self._after_paint = None

    def now_or_after_paint(self, work: Callable[[], None]) -> None:
        """Do ``work`` now, or once the map has painted (and its document opened) while a file opens."""
        if self._after_paint is None:
            work()
        else:
            self._after_paint.append(work)

    def _run_after_first_paint(self, viewport: QWidget) -> None:
        """Run the work left for later as soon as ``viewport`` has painted (or after a second, unseen)."""
        after_first_paint(viewport, self._finish_start_in_turns)
        if self._unpainted is None:
            self._unpainted = QTimer(self)
            self._unpainted.setSingleShot(True)
            self._unpainted.setInterval(1000)
            self._unpainted.timeout.connect(self._finish_start_in_turns)
        self._unpainted.start()  # a second from now (the start's file opened before the paint restarts it)

    def finish_start(self) -> None:
        """Do what was left for after the map's first paint (nothing when it is done: the panes are full).

        From the loop after the paint, one piece of it per turn (:meth:`_finish_start_in_turns`): the opening,
        the side panes, the curve and the plan each come in their own turn, so none of them adds to another's
        freeze; while the store's checks run in their thread, the pieces after them wait.
        """
        work = self._after_paint
        if work and self._one_piece and len(work) > 1:
            task = work.pop(0)
            task()
            QTimer.singleShot(0, self, self._finish_start_in_turns)
            return
        self._after_paint = None
        for task in work or ():
            task()

    def _finish_start_in_turns(self) -> None:
        if self._waiting_for_opening():
            return  # the opening's end comes back here (_on_opening_poll)
        self._one_piece = True
        try:
            self.finish_start()  # looked up when it runs (the benchmark times it)
        finally:
            self._one_piece = False
