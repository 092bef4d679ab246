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
with unsaved changes asks Save / Discard / Cancel. Its parts are made by :mod:`~app.ui.window_parts`; a
file opened is painted first, its document after (:mod:`~app.ui.window_first_paint`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QWidget

from app.model.errors import ParcoursError
from app.ui import collector, settings
from app.ui.first_paint import settle_before_first_paint
from app.ui.window_first_paint import DOCUMENT_ACTIONS
from app.ui.window_parts import PartsWindow

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget, QMenu, QMessageBox

    # The window's parts are made by _build, which imports them: the editor's start paints the map
    # before any of them (and SQLAlchemy behind them) is loaded (see app/ui/editor_start.py).
    from app.export.poster_options import PosterOptions
    from app.model.ops import Change
    from app.model.recovery import RecoveryRecord
    from app.model.store import CheckedCopy, ProjectStore
    from app.ui.canvas.controller import CanvasController
    from app.ui.canvas.scene import MapScene
    from app.ui.canvas.view import CanvasView
    from app.ui.catalogues import CataloguesDialog
    from app.ui.document import ProjectDocument
    from app.ui.presentation import PresentationView
    from app.ui.window_parts import WholeWindow


#: Every open window (so that File > New window keeps its window alive).
_WINDOWS: list[MainWindow] = []


class MainWindow(PartsWindow):
    """One window, one project document (or the start screen)."""

    def __init__(self, parent: QWidget | None = None, *, parts_later: bool = False) -> None:
        """A window on the start screen; ``parts_later``: only the frame, for :meth:`show_first_read` (see there)."""
        super().__init__(parent)
        self.setObjectName("parcours_main_window")
        self._document: ProjectDocument | None = None
        self.journey_id: int | None = None
        self._init_first_paint()
        #: Whether the parts (docks, menus, panes, controllers) are made, and while they are being made.
        self._built = self._building = False
        #: Holds the document's undo stack: Edit > Undo / Redo always act on the open document.
        self.undo_group = QUndoGroup(self)
        if not parts_later:
            self._build()

    @property
    def document(self) -> ProjectDocument | None:
        """The open project (None on the start screen). Asked for while the start's file is still being opened
        (between the map's first paint and its document), it waits for it: nothing can edit or save before."""
        self.open_first_now()
        return self._document

    @document.setter
    def document(self, document: ProjectDocument | None) -> None:
        self._document = document

    def _forget_window(self) -> None:
        """Let the window go from :data:`_WINDOWS` (it is about to be deleted)."""
        if self in _WINDOWS:
            _WINDOWS.remove(self)

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

        In a window on screen without a project, the map paints first from the file read without the store
        (:meth:`paint_first`) and the store opens after that paint (an error then is told as File > Open tells
        it); in any window on screen, the side panes get the document, and the recent files the path, after the
        map's paint (see :meth:`hold_until_first_paint`).
        """
        path = Path(path)
        # With a project open, the ordinary way: a file refused after its paint would have closed that project.
        if (self.isVisible() and self._built and not self._building and self.document is None
                and self.paint_first(path, read_only=read_only, force=force)):
            return
        from app.model.store import check_and_copy

        self._show_checked(check_and_copy(path, read_only=read_only, force=force), path)

    def _show_checked(self, checked: CheckedCopy | ProjectStore, path: Path) -> None:
        """Show the document of ``checked``'s store (made here unless given): the end of :meth:`open_path`."""
        from app.model.store import ProjectStore
        from app.ui.document import ProjectDocument

        store = checked if isinstance(checked, ProjectStore) else ProjectStore.from_checked(checked)
        held = self.isVisible()
        if held:
            self.drop_document()  # (which does what the last one left for later first)
            held = self._after_paint is None
        if held:
            self.hold_until_first_paint()
        try:
            document = ProjectDocument(store, self)
            queued = self._after_paint is not None  # (then the recent files come before the panes, as they did)
            if queued:
                self.now_or_after_paint(lambda: settings.add_recent_file(path))
            self.show_document(document)
            if not queued:
                settings.add_recent_file(path)
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
        # The map painted first, handed its document, is not read again: no pause (asking whether objects are
        # frozen walks all of them, 24 ms with 100,000 cards shown).
        with nullcontext() if self._handing_over else collector.paused_for_a_new_map():
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
        self.inspector.set_document(document)
        queue = self._after_paint if self._handing_over else None
        handing = queue is not None
        if queue is not None:  # a map painted first: what the method and the workspace draw on it, each in a turn
            queue[:0] = [lambda: self._hand_method(document), lambda: self._hand_workspace(document)]
        else:
            self.method.set_document(document)  # the method's markers are drawn on the map
        if not panes_later:
            self.journey_panel.set_document(document)
            self.card_palette.set_document(document)
        self.emotion_pane.set_canvas(document, scene, view, painted=handing)
        self.workshop.document_set()
        self.pages.show_map()
        self.journeys.fill_combo()
        self.show_journey(self.journeys.first_journey())
        if not self._handing_over:  # (a map painted first was settled before its paint)
            settle_before_first_paint(view)
        if not handing:
            self.workspace.set_document(document, panels=not panes_later)
        if panes_later:
            self.now_or_after_paint(lambda: self._hand_side_panes(document))
            self._run_after_first_paint(view.viewport())
        self._show_zoom(view.zoom)
        view.setFocus()

    def drop_document(self) -> None:
        """Forget the current document (its store is closed), or give up the one being opened."""
        self.exports.stop()  # its thread reads the working copy that goes away
        self.give_up_opening()
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
        document = self._document  # (a file still being opened: its name is shown already, see paint_first)
        if document is None and self._first_open is not None:
            return
        name = self.tr("Untitled")
        if document is not None and document.path is not None:
            name = document.path.name
            if document.read_only:
                name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — Parcours" if document is not None else "Parcours")
        self.setWindowModified(document is not None and document.modified)

    def update_state(self) -> None:
        """Enable the actions that apply now (a document, a journey, a selection), and show the title.

        Nothing, while a map painted first waits for its document (:meth:`paint_first` enables its actions;
        the document's coming updates them).
        """
        if self._first_open is not None:  # a map painted first: nothing here may wait for its document
            return
        has_document = self._document is not None
        selected = bool(self.scene and (self.scene.selected_card_ids() or self.scene.selected_link_ids()))
        cards = bool(self.scene and self.scene.selected_card_ids())
        for name in DOCUMENT_ACTIONS:
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


if TYPE_CHECKING:
    def _whole(window: MainWindow) -> WholeWindow:
        return window  # mypy checks that the window is each host its parts are made for (window_parts.py)
