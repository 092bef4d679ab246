"""The main window: one project, its journey map, the docks around it, files and settings.

The window owns a :class:`~app.ui.document.ProjectDocument` (or none: the
start screen) and the journey shown, and composes one small controller per
role, each given the few objects it uses and knowing the window only
through the protocol it declares: files (:mod:`~app.ui.window_files`),
journeys, exports, imports, the workshop, the method's workspace and its
action plan, the team library, preferences, and the map itself
(:class:`~app.ui.window_canvas.MapCanvas`: the scene, the view and the
canvas controller of the open document). When a document opens or goes,
the window hands it to each of them. Every question goes through an
``ask_*`` method (:class:`~app.ui.window_hooks.AskingWindow`), which tests
replace. ``[*]`` in the title follows the undo stack's clean state; closing
with unsaved changes asks Save / Discard / Cancel.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import i18n
from app.model.errors import ParcoursError, ProjectFileError
from app.ui import collector, settings, window_view
from app.ui.first_paint import after_first_paint, settle_before_first_paint
from app.ui.window_hooks import AskingWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

    # The window's parts are made by _build, which imports them: the editor's start paints the map
    # before any of them (and SQLAlchemy behind them) is loaded (see app/ui/editor_start.py).
    from app.export.poster_options import PosterOptions
    from app.model.first_read import FirstJourney
    from app.model.ops import Change
    from app.model.recovery import RecoveryRecord
    from app.ui.canvas.controller import CanvasController
    from app.ui.canvas.scene import MapScene
    from app.ui.canvas.view import CanvasView
    from app.ui.catalogues import CataloguesDialog
    from app.ui.document import ProjectDocument
    from app.ui.presentation import PresentationView

#: Every open window (so that File > New window keeps its window alive).
_WINDOWS: list[MainWindow] = []


class MainWindow(AskingWindow):
    """One window, one project document (or the start screen)."""

    #: The file :meth:`show_first_read` showed could not be opened (said on stderr; the window is gone).
    start_refused = Signal()

    def __init__(self, parent: QWidget | None = None, *, parts_later: bool = False) -> None:
        """A window on the start screen; ``parts_later``: only the frame, for :meth:`show_first_read` (see there)."""
        super().__init__(parent)
        self.setObjectName("parcours_main_window")
        self._document: ProjectDocument | None = None
        self.journey_id: int | None = None
        #: While the editor starts (see :func:`start`): what the next document's side panes are handed
        #: once the map has painted (None: they get it at once, as everywhere else).
        self._after_paint: list[Callable[[], None]] | None = None
        #: The map read without the ORM and the file it came from, until its document is open (show_first_read).
        self._first_open: _FirstOpen | None = None
        #: Does the work left for after the first paint when no paint comes (a hidden window).
        self._unpainted: QTimer | None = None
        #: True while finish_start does one piece of the work left for after the first paint (see there).
        self._one_piece = False
        #: Whether the parts (docks, menus, panes, controllers) are made, and while they are being made.
        self._built = self._building = False
        #: Holds the document's undo stack: Edit > Undo / Redo always act on the open document.
        self.undo_group = QUndoGroup(self)
        if not parts_later:
            self._build()

    if not TYPE_CHECKING:  # mypy keeps checking the attributes by name
        def __getattr__(self, name: str) -> Any:
            """A part of the window not made yet (the start made the map first): make the parts, then answer."""
            if name.startswith("__") or self.__dict__.get("_built", True) or self.__dict__.get("_building"):
                raise AttributeError(name)
            self._build()
            return getattr(self, name)

    def _build(self) -> None:
        """Make the window's parts: pages, docks, menus, toolbars, panes and the controllers behind them.

        The editor's start calls it once the map has painted (the parts'
        modules load SQLAlchemy); any other window at once.
        """
        self._built = self._building = True
        try:
            self._make_parts()
        finally:
            self._building = False

    def _make_parts(self) -> None:
        from PySide6.QtWidgets import QComboBox, QLabel

        from app.ui import window_actions
        from app.ui.dock_tabs import keep_dock_tab_titles_whole
        from app.ui.emotion_pane import EmotionPane
        from app.ui.inspector import Inspector
        from app.ui.journey_panel import JourneyPanel
        from app.ui.palette import Palette
        from app.ui.toolbar_fit import keep_fitting
        from app.ui.window_canvas import MapCanvas
        from app.ui.window_export import ExportsController
        from app.ui.window_files import FilesController
        from app.ui.window_import import ImportsController
        from app.ui.window_journeys import JourneysController
        from app.ui.window_library import LibraryController
        from app.ui.window_method import MethodWorkspace
        from app.ui.window_pages import WindowPages
        from app.ui.window_preferences import PreferencesController
        from app.ui.window_presentation import WorkshopController
        from app.ui.window_workspace import WorkspaceController

        #: The start screen, or the map under the Find bar (app/ui/window_pages.py).
        self.pages = WindowPages(self)
        if self._first_open is not None:  # the map read first goes from the frame's page to the map page
            self._first_open.move_to(self.pages.map_layout)
        self.setCentralWidget(self.pages)
        self.start_screen, self.find_bar, self.first_steps = (self.pages.start_screen, self.pages.find_bar,
                                                              self.pages.first_steps)
        self.inspector = Inspector(self)
        #: The palette of card kinds and channels (QWidget.palette() keeps its meaning).
        self.card_palette = Palette(self)
        self.journey_panel = JourneyPanel(self)
        #: New, Open, Save, recent files, crash recovery (app/ui/window_files.py).
        self.files = FilesController(self, self.start_screen, self)
        #: The Journey menu and the journey switcher in the toolbar.
        self.journeys = JourneysController(self, QComboBox(self), self)
        self.journey_combo = self.journeys.combo
        #: File > Export (app/ui/window_export.py) and File > Import (app/ui/window_import.py).
        self.exports = ExportsController(self, self)
        self.imports = ImportsController(self, self.exports, self)
        chrome = window_actions.build(self, self)
        self.actions_by_name = chrome.actions
        self.recent_menu, self.edit_menu, self.view_menu = chrome.recent_menu, chrome.edit_menu, chrome.view_menu
        self.help_menu, self.toolbar = chrome.help_menu, chrome.toolbar
        self.inspector_dock = self.add_dock("inspector", self.tr("Inspector"), self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.journey_dock = self.add_dock("journey", self.tr("Journey"), self.journey_panel,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.palette_dock = self.add_dock("palette", self.tr("Palette"), self.card_palette,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.journey_dock, self.inspector_dock)
        #: The open document's map: its scene, view and controller (app/ui/window_canvas.py).
        self.map = MapCanvas(self, self, self.pages.map_layout, self.inspector, self.inspector_dock, self.find_bar,
                             self.actions_by_name)
        self.card_palette.activated.connect(self.map.drop_palette_entry)
        #: Settings > Language and Preferences, Help > About (app/ui/window_preferences.py).
        self.preferences = PreferencesController(self, self, self.actions_by_name)
        # The curve sits under the map only: the side docks keep the bottom corners.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.emotion_pane = EmotionPane(self)
        self.emotion_dock = self.add_dock("emotion", self.tr("Emotion curve"), self.emotion_pane,
                                          Qt.DockWidgetArea.BottomDockWidgetArea)
        self.emotion_pane.card_clicked.connect(self.map.show_card)
        #: The method's workspace: Project menu, project / personas / evidence docks, persona filter.
        self.workspace = WorkspaceController(self, self, self.journey_dock, self.toolbar)
        self.project_panel, self.personas_view = self.workspace.project_panel, self.workspace.personas_view
        self.evidence_panel = self.workspace.evidence_panel
        self.persona_filter = self.workspace.filter_combo
        #: File > Publish to / Open from the team library.
        self.library = LibraryController(self, self, chrome.file_menu)
        # Labels while they fit; icons alone in a narrow window (1280x720 in French).
        self.toolbar_fit = keep_fitting(self, self.toolbar, {kind: self.actions_by_name[name] for kind, name in (
            ("out", "zoom_out"), ("in", "zoom_in"), ("fit", "fit"))})
        # The method's workspace: actions, top irritants, matrix, road map, KPIs (app/ui/window_method.py).
        self.method = MethodWorkspace(self, self, self.emotion_dock, self.inspector, self.actions_by_name)
        self.actions_view, self.kpis_view = self.method.actions_view, self.method.kpis_view
        self.view_menu.addAction(self.method.pane_focus.action)
        self._zoom_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._zoom_label)
        if self._first_open is None:  # else once its document is shown: docks sized empty stay so (see _size_docks)
            self._size_docks()
        #: Presentation, votes, comments, minimap, fitting, keyboard help (app/ui/window_presentation.py).
        self.workshop = WorkshopController(self, self, chrome, self.inspector_dock)
        self.minimap, self.minimap_dock = self.workshop.minimap, self.workshop.minimap_dock
        self.comments_panel, self.comments_dock = self.workshop.comments_panel, self.workshop.comments_dock
        self.notes, self.notes_dock = self.workshop.notes, self.workshop.notes_dock
        # The controllers above add their menus at the end of the bar: Help goes back to the end.
        self.menuBar().removeAction(self.help_menu.menuAction())
        self.menuBar().addAction(self.help_menu.menuAction())
        if self._first_open is None:
            settings.restore_window_layout(self)
        self._dock_tabs = keep_dock_tab_titles_whole(self)  # "Inspecteur", never "Insp…"
        window_view.keep_on_screen_when_shown(self)  # never larger than its screen, even from an old saved geometry
        if self.isVisible():  # made for a window on screen: docks not hidden on purpose are shown, as in any window
            from PySide6.QtWidgets import QDockWidget

            for dock in self.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if dock.isHidden() and not dock.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    dock.show()
        self._show_start_screen()  # its docks come back with the document (as in any window)
        if self._first_open is not None:  # the map read first stays in view meanwhile
            self.pages.setCurrentWidget(self.pages.map_page)
        self.preferences.update_language_menu()
        self.update_state()

    @property
    def document(self) -> ProjectDocument | None:
        """The open project (None on the start screen). Asked for while the start's file is still being opened
        (between the map's first paint and its document), it waits for it: nothing can edit or save before."""
        self.open_first_now()
        return self._document

    @document.setter
    def document(self, document: ProjectDocument | None) -> None:
        self._document = document

    # ------------------------------------------------------------------ the editor's start (app/ui/editor_start.py)

    def show_first_read(self, path: Path, first: FirstJourney) -> None:
        """Paint ``first`` (read from ``path`` without the ORM) now; open ``path`` once the map has painted.

        For a window made with ``parts_later``: the map is shown alone, and the
        window's parts, SQLAlchemy and the document come right after its first
        paint (or at once, when something asks for them before: see
        :attr:`document`, and any key or click, which waits for them too).
        """
        from app.ui.canvas.scene import MapScene
        from app.ui.canvas.view import CanvasView

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        scene = MapScene(None)
        view = CanvasView(scene, page)
        scene.setParent(view)  # deleted with it: a scene deleted before its view would make it call back into Python
        layout.addWidget(view, 1)
        self._first_open = _FirstOpen(Path(path), scene, view, _InputWaits(self))
        if not self._built:
            self.resize(settings.first_window_size(self))  # sized empty: the map's minimum size is no concern
            self.setCentralWidget(page)
            settings.restore_window_layout(self)
            window_view.keep_on_screen_when_shown(self)
            layout.setContentsMargins(settings.map_margins(self))  # where the map will sit: no jump when the rest comes
        else:
            self._first_open.move_to(self.pages.map_layout)
            self.pages.setCurrentWidget(self.pages.map_page)
        scene.show_first_read(first)
        self.journey_id = first.journey_id
        self._after_paint = [self.open_first_now]
        self._run_after_first_paint(view.viewport())
        view.setFocus()

    def open_first_now(self) -> None:
        """Open the file :meth:`show_first_read` showed (nothing when it is open): the parts, then the document.

        The map's scene and view stay: the document is handed to them. A file
        the ordinary opening refuses closes the window with its sentence on
        stderr, as ``parcours FILE`` does when it cannot open it (one someone
        else has open is asked about).
        """
        first = self._first_open
        if first is None or self._building:
            return
        if not self._built:
            self._build()
        self._first_open = None
        first.waits.stop()
        self.map.adopt(first.scene, first.view)
        try:
            self.open_path(first.path)
            self.now_or_after_paint(self.method.hold_reading())  # the plan and KPIs behind the curve, as at start
        except ProjectFileError as error:
            self.map.drop_adopted()
            self._show_start_screen()
            if error.kind == "locked":
                QTimer.singleShot(0, self, lambda: self.open_interactive(first.path))
            else:
                self._refuse_start(error)
        except ParcoursError as error:
            self.map.drop_adopted()
            self._show_start_screen()
            self._refuse_start(error)
        finally:  # sized with their contents, as a window shown after its document opened
            self._size_docks()
            settings.restore_window_layout(self)
            # The docks were added to a window on screen: Qt lays them out at the loop's next turn and drops sizes
            # given before (the first window came up with a 320-pixel palette and a curve half its height): give
            # them again then. (Not with the window's updates off meanwhile: a window left frozen is far worse.)
            QTimer.singleShot(0, self, self._settle_docks)

    def _settle_docks(self) -> None:
        """The docks' sizes given again once laid out (see :meth:`open_first_now`)."""
        self._size_dock_areas()
        settings.restore_dock_state(self)

    def _refuse_start(self, error: ParcoursError) -> None:
        """The start's file cannot be opened: say why on stderr and go, as ``parcours FILE`` does before any window."""
        print(error.message(i18n.translate), file=sys.stderr)
        if self in _WINDOWS:
            _WINDOWS.remove(self)
        self.hide()
        self.deleteLater()
        self.start_refused.emit()

    def _size_docks(self) -> None:
        """The first window's size and narrow docks, so the map gets most of a laptop's width."""
        self.resize(settings.first_window_size(self))
        self._size_dock_areas()

    def _size_dock_areas(self) -> None:
        self.resizeDocks([self.palette_dock, self.inspector_dock],
                         [settings.FIRST_PALETTE_WIDTH, settings.FIRST_INSPECTOR_WIDTH], Qt.Orientation.Horizontal)
        self.resizeDocks([self.emotion_dock], [settings.first_curve_height(self.height())], Qt.Orientation.Vertical)

    def add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock called ``name`` showing ``widget`` in ``area``, listed in the View menu."""
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    # ------------------------------------------------------------------ test-facing surface

    def open_path(self, path: Path | str, *, read_only: bool = False, force: bool = False) -> None:
        """Open the project at ``path`` here, without asking (raises the store's error when it cannot).

        In a window on screen, the map paints first: the side panes get the
        document, and the recent files the path, once it has painted (as at
        the editor's start, see :meth:`hold_until_first_paint`).
        """
        from app.model.store import ProjectStore
        from app.ui.document import ProjectDocument

        store = ProjectStore.open(path, read_only=read_only, force=force)
        held = self.isVisible()
        if held:
            self.drop_document()  # (which does what the last one left for later first)
            held = self._after_paint is None
        if held:
            self.hold_until_first_paint()
        try:
            self.show_document(ProjectDocument(store, self))
            self.now_or_after_paint(lambda: settings.add_recent_file(path))
        finally:
            if held:
                self.release_if_nothing_open()
        self.start_screen.refresh_when_shown()

    def save(self) -> Path:
        """Save the document to its file."""
        assert self.document is not None
        return self.document.save()

    def save_as(self, path: Path | str) -> Path:
        """Save the document to ``path``, which becomes its file."""
        assert self.document is not None
        written = self.document.save(path)
        settings.add_recent_file(written)
        self.update_title()
        return written

    def undo(self) -> None:
        """Edit > Undo, through the document: a step it cannot write stays on the stack and is explained."""
        if self.document is not None:
            self.document.undo()

    def redo(self) -> None:
        """Edit > Redo, through the document (as :meth:`undo`)."""
        if self.document is not None:
            self.document.redo()

    def show_journey(self, journey_id: int | None) -> None:
        """Show ``journey_id`` on the map and in the Journey dock."""
        self.journey_id = journey_id
        with collector.paused_for_a_new_map():
            if self.scene is not None:
                self.scene.set_journey(journey_id)
            if self._after_paint is None:  # else it is handed the journey with the document
                self.journey_panel.show_journey(journey_id)
            self.method.set_journey(journey_id)
            self.inspector.show_nothing()
            self.journeys.shown(journey_id)
            self.find_bar.refresh()
            self.update_state()

    # ------------------------------------------------------------------ documents

    def show_document(self, document: ProjectDocument) -> None:
        """Show ``document`` here (the current one is dropped first, without asking)."""
        self.drop_document()
        document.setParent(self)
        self.document = document
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        for signal, slot in self._document_links(document):
            signal.connect(slot)
        scene, view, _controller = self.map.attach(document)
        scene.journey_lost.connect(self.journeys.on_journey_lost)
        view.zoom_changed.connect(self._show_zoom)
        panes_later = self._after_paint is not None
        if panes_later:  # the plan and KPIs (shown or behind the curve's tab) read once the map has painted
            self.now_or_after_paint(self.method.hold_reading())
        for panel in (self.inspector, self.method):  # the method's markers are drawn on the map
            panel.set_document(document)
        if not panes_later:
            self.journey_panel.set_document(document)
            self.card_palette.set_document(document)
        self.emotion_pane.set_canvas(document, scene, view)
        self.workshop.document_set()
        self.pages.show_map()
        self.journeys.fill_combo()
        self.show_journey(self.journeys.first_journey())
        settle_before_first_paint(view)
        self.workspace.set_document(document, panels=not panes_later)
        if panes_later:
            self.now_or_after_paint(lambda: self._hand_side_panes(document))
            self._run_after_first_paint(view.viewport())
        self._show_zoom(view.zoom)
        view.setFocus()

    def _hand_side_panes(self, document: ProjectDocument) -> None:
        """Give ``document`` (if still open here) to the panes beside the map that :func:`start` left for later."""
        if document is not self.document:
            return
        self.journey_panel.set_document(document)
        self.journey_panel.show_journey(self.journey_id)
        self.card_palette.set_document(document)
        self.workspace.set_panels_document(document)
        self.workspace.follow_selection()

    def hold_until_first_paint(self) -> None:
        """Leave the side panes' filling for after the map's first paint (the start path, before it opens)."""
        self._after_paint = []

    def release_if_nothing_open(self) -> None:
        """Nothing opened after :meth:`hold_until_first_paint`: nothing waits for a paint."""
        if self.document is None:
            self._after_paint = None

    def now_or_after_paint(self, work: Callable[[], None]) -> None:
        """Do ``work`` now, or once the map has painted while the editor starts."""
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
            self._unpainted.timeout.connect(lambda: self.finish_start())
        self._unpainted.start()  # a second from now (the start's file opened before the paint restarts it)

    def finish_start(self) -> None:
        """Do what the start left for after the map's first paint (nothing when it is done: the panes are full).

        From the loop after the paint, one piece of it per turn (:meth:`_finish_start_in_turns`): the side
        panes, the curve and the plan each come in their own turn, so none of them adds to another's freeze.
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
        self._one_piece = True
        try:
            self.finish_start()  # looked up when it runs (the benchmark times it)
        finally:
            self._one_piece = False

    def drop_document(self) -> None:
        """Forget the current document (its store is closed)."""
        self.exports.stop()  # its thread reads the working copy that goes away
        if self.document is None:
            return
        self.finish_start()  # the panes get the document they are about to lose: every link is undone below
        self.undo_group.removeStack(self.document.undo_stack)
        for panel in (self.inspector, self.journey_panel, self.card_palette, self.workspace, self.method):
            panel.set_document(None)
        self.emotion_pane.set_canvas(None, None, None)
        self.workshop.stop_presentation()
        self.map.detach()
        document, self.document = self.document, None
        for signal, slot in self._document_links(document):
            signal.disconnect(slot)
        document.close()  # the scene, still alive until deleteLater runs, hears nothing more from it
        document.deleteLater()
        self.journey_id = None
        self.workshop.document_set()
        self.journeys.forget()
        self._show_start_screen()
        self.start_screen.refresh_when_shown()
        self.update_state()

    def _on_document_changed(self, _change: Change) -> None:
        self.first_steps.follow(self.scene)

    def _on_document_undo_failed(self, error: ParcoursError) -> None:
        self.show_error(error)  # looked up when it fails: a test may have replaced it meanwhile

    def _document_links(self, document: ProjectDocument) -> tuple[tuple[SignalInstance, Callable[..., object]], ...]:
        """The document's signals the window follows, with their slots (connected, then disconnected)."""
        return ((document.undo_stack.cleanChanged, self.update_title),
                (document.undo_stack.indexChanged, self.update_state),
                # An undone step is announced after the stack's index moved: the hint looks again then.
                (document.changed, self._on_document_changed),
                (document.saved, self.update_title),
                (document.journeys_changed, self.journeys.on_journeys_changed),
                (document.undo_failed, self._on_document_undo_failed))

    def new_window(self) -> MainWindow:
        """Another window (to copy cards between projects, or see two journeys side by side)."""
        window = MainWindow()
        keep_alive(window)
        window.show()
        return window

    # ------------------------------------------------------------------ file verbs tests and other windows call

    def open_interactive(self, path: Path | str) -> None:
        """Open ``path`` after asking to save the current project (see :class:`FilesController`)."""
        self.files.open_interactive(path)

    def new_project(self) -> None:
        """A new untitled project with one empty journey."""
        self.files.new_project()

    def save_as_dialog(self) -> bool:
        """Ask where to save, then save there; False when cancelled or when saving failed."""
        return self.files.save_as_dialog()

    def close_project(self) -> None:
        """Close the project (asking to save) and show the start screen."""
        self.files.close_project()

    def recover(self, record: RecoveryRecord, *, force: bool = False) -> None:
        """Open the unsaved work of a crashed session here (see :meth:`FilesController.recover`)."""
        self.files.recover(record, force=force)

    def offer_recovery(self) -> None:
        """Offer, one by one, the working copies left by a crash (Recover / Discard / Later)."""
        self.files.offer_recovery()

    @property
    def presentation(self) -> PresentationView | None:
        """The presenting widget while a presentation runs, else None."""
        return self.workshop.presentation

    def start_presentation(self, stage_id: int | None = None) -> PresentationView | None:
        """Present the shown journey full screen from ``stage_id`` (None: its first stage); returns the widget."""
        return self.workshop.start_presentation(stage_id)

    # ------------------------------------------------------------------ canvas plumbing

    def open_find(self) -> None:
        """Show the Find bar."""
        if self.document is not None:
            self.find_bar.open_bar()

    def step_find(self, step: int) -> None:
        """Go to the next (1) or previous (-1) match of Find."""
        self.find_bar.step(step)

    def toggle_full_screen(self) -> None:
        """Full screen on or off (for the meeting-room projector)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_name["full_screen"].setChecked(self.isFullScreen())

    # ------------------------------------------------------------------ state shown

    def update_title(self) -> None:
        """Show the document's name, read-only state and ``[*]`` modified marker in the title."""
        name = self.tr("Untitled")
        if self.document is not None and self.document.path is not None:
            name = self.document.path.name
            if self.document.read_only:
                name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — Parcours" if self.document is not None else "Parcours")
        self.setWindowModified(self.document is not None and self.document.modified)

    def update_state(self) -> None:
        """Enable the actions that apply now (a document, a journey, a selection), and show the title."""
        has_document = self.document is not None
        selected = bool(self.scene and (self.scene.selected_card_ids() or self.scene.selected_link_ids()))
        cards = bool(self.scene and self.scene.selected_card_ids())
        for name in ("save", "save_as", "save_as_template", "close", "paste", "select_all", "find", "find_next",
                     "find_previous", "add_card", "add_stage", "zoom_in", "zoom_out", "fit", "zoom_100", "new_journey"):
            self.actions_by_name[name].setEnabled(has_document)
        for name in ("derive_journey", "delete_journey"):
            self.actions_by_name[name].setEnabled(self.journey_id is not None)
        for name in ("cut", "copy", "duplicate"):
            self.actions_by_name[name].setEnabled(cards)
        self.actions_by_name["delete"].setEnabled(selected or bool(self.scene and self.scene.current_header))
        self.exports.update_actions()
        self.imports.update_action()
        self.first_steps.follow(self.scene)
        self.update_title()

    @property
    def scene(self) -> MapScene | None:
        """The open journey's map (None on the start screen; before its document, the map the start read first)."""
        if self._first_open is not None:
            return self._first_open.scene
        return self.map.scene

    @property
    def canvas_view(self) -> CanvasView | None:
        """The view of the map (None on the start screen; before its document, the view the start showed first)."""
        if self._first_open is not None:
            return self._first_open.view
        return self.map.view

    @property
    def controller(self) -> CanvasController | None:
        """Turns the map's requests into commands (None on the start screen; the start's document is opened first)."""
        self.open_first_now()
        return self.map.controller

    @property
    def catalogues_dialog(self) -> CataloguesDialog:
        """Project > Departments and channels (made when first asked for)."""
        return self.workspace.catalogues

    @property
    def export_running(self) -> bool:
        """True while a background export runs."""
        return self.exports.running

    @property
    def export_menu(self) -> QMenu | None:
        """File > Export."""
        return self.exports.menu

    # ------------------------------------------------------------------ questions (tests replace these)

    def ask_to_save(self) -> QMessageBox.StandardButton:
        """Ask Save / Discard / Cancel about unsaved changes."""
        from app.ui import window_questions

        name = self.document.path.name if self.document and self.document.path else self.tr("Untitled")
        return window_questions.ask_to_save(self, name)

    def ask_poster_options(self, options: PosterOptions, map_size: tuple[float, float] | None) -> PosterOptions | None:
        """Ask how to print the poster, starting from ``options`` (None: cancelled)."""
        from app.ui import window_export_poster

        if self.document is None:
            return None
        return window_export_poster.ask_poster_options(self, self.document.session, self.journey_id, options, map_size)

    def _show_zoom(self, factor: float) -> None:
        self._zoom_label.setText(self.tr("Zoom: %1 %").replace("%1", str(round(factor * 100))))

    def _show_start_screen(self) -> None:
        """The start screen, without the docks (they have nothing to show without a project)."""
        self.pages.show_start((self.palette_dock, self.inspector_dock, self.journey_dock, self.emotion_dock,
                               *self.workshop.docks, *self.workspace.docks, *self.method.docks))

    # ------------------------------------------------------------------ settings and closing

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes, then close the document and remember the window's layout."""
        if not self.files.maybe_save():
            event.ignore()
            return
        self.pages.restore_docks()  # remember the docks as the user left them, not as the start screen hides them
        settings.save_window_layout(self)
        self.drop_document()
        super().closeEvent(event)


def keep_alive(window: MainWindow) -> None:
    """Hold ``window`` in :data:`_WINDOWS` until it is closed (it is deleted then)."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _WINDOWS.append(window)
    window.destroyed.connect(lambda: _WINDOWS.remove(window) if window in _WINDOWS else None)


@dataclass
class _FirstOpen:
    """The map :meth:`MainWindow.show_first_read` showed, waiting for its document."""

    path: Path
    scene: MapScene
    view: CanvasView
    #: Holds back keys and clicks until the document is open.
    waits: _InputWaits

    def move_to(self, layout: QVBoxLayout) -> None:
        """Put the view in ``layout`` (the window's map page, once made)."""
        layout.addWidget(self.view, 1)


class _InputWaits(QObject):
    """Until the start's document is open: a key or a click first opens it (edits and saves wait for the file)."""

    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress,
                        QEvent.Type.MouseButtonDblClick, QEvent.Type.DragEnter, QEvent.Type.Drop})

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        application = QCoreApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    def stop(self) -> None:
        """The document is open: input goes straight through again."""
        application = QCoreApplication.instance()
        if application is not None:
            application.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Open the document before the first key or click reaches the window (then let it through)."""
        if event.type() in self._INPUT and isinstance(watched, QWidget) and watched.window() is self._window:
            self._window.open_first_now()
        return False
