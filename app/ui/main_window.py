"""The main window: one project, its journey map, the docks around it, files and settings.

The window owns a :class:`~app.ui.document.ProjectDocument` (or none: the
start screen), a :class:`~app.ui.canvas.scene.MapScene` on the current
journey, the :class:`~app.ui.canvas.view.CanvasView` that shows it and a
:class:`~app.ui.canvas.controller.CanvasController` that turns the canvas's
requests into commands. ``[*]`` in the title follows the undo stack's clean
state; closing with unsaved changes asks Save / Discard / Cancel.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app import i18n
from app.model import templates
from app.model.enums import JourneyState
from app.model.errors import ParcoursError, ProjectFileError
from app.model.ops import Op
from app.model.recovery import RecoveryRecord, list_recoverable
from app.model.schema import Journey
from app.model.store import ProjectStore
from app.ui import settings, window_actions
from app.ui.canvas import menus
from app.ui.canvas.controller import CanvasController, paste_anchor
from app.ui.canvas.navigation import palette_target
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from app.ui.commands import GenericCommand, abandon_macro, push
from app.ui.document import ProjectDocument
from app.ui.find_bar import FindBar
from app.ui.inspector import Inspector
from app.ui.journey_panel import JourneyPanel
from app.ui.palette import Palette
from app.ui.start_screen import StartScreen

#: Every open window (so that File > New window keeps its window alive).
_WINDOWS: list[MainWindow] = []


class MainWindow(QMainWindow):
    """One window, one project document (or the start screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parcours_main_window")
        self.document: ProjectDocument | None = None
        self.journey_id: int | None = None
        #: Journeys shown lately, the current one last: where to go back when it goes away.
        self._journeys_seen: list[int] = []
        self.scene: MapScene | None = None
        self.canvas_view: CanvasView | None = None
        self.controller: CanvasController | None = None
        #: Holds the document's undo stack: Edit > Undo / Redo always act on the open document.
        self.undo_group = QUndoGroup(self)
        self.start_screen = StartScreen(self)
        self.find_bar = FindBar(self)
        self._canvas_page = QWidget(self)
        self._canvas_layout = QVBoxLayout(self._canvas_page)
        self._canvas_layout.setContentsMargins(0, 0, 0, 0)
        self._canvas_layout.setSpacing(0)
        self._canvas_layout.addWidget(self.find_bar)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.start_screen)
        self._pages.addWidget(self._canvas_page)
        self.setCentralWidget(self._pages)
        self.inspector = Inspector(self)
        self.palette = Palette(self)
        self.journey_panel = JourneyPanel(self)
        self.actions_by_name = window_actions.build(self)
        self.inspector_dock = self._dock("inspector", self.tr("Inspector"), self.inspector,
                                         Qt.DockWidgetArea.RightDockWidgetArea)
        self.journey_dock = self._dock("journey", self.tr("Journey"), self.journey_panel,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.palette_dock = self._dock("palette", self.tr("Palette"), self.palette,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.journey_dock, self.inspector_dock)
        self._zoom_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._zoom_label)
        self.start_screen.new_requested.connect(self.new_project)
        self.start_screen.open_requested.connect(self.open_dialog)
        self.start_screen.recent_requested.connect(self.open_interactive)
        self.start_screen.sample_requested.connect(self.open_sample)
        self.find_bar.closed.connect(self._on_find_bar_closed)
        self.journey_combo.activated.connect(self._on_journey_combo_activated)
        self.palette.activated.connect(self._on_palette_activated)
        self.resize(1400, 860)
        settings.restore_window_layout(self)
        self._update_language_menu()
        self._update_state()

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}_dock")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

    # ------------------------------------------------------------------ test-facing surface

    def open_path(self, path: Path | str, *, read_only: bool = False, force: bool = False) -> None:
        """Open the project at ``path`` here, without asking (raises the store's error when it cannot)."""
        store = ProjectStore.open(path, read_only=read_only, force=force)
        self._set_document(ProjectDocument(store, self))
        settings.add_recent_file(path)
        self.start_screen.refresh()

    def save(self) -> Path:
        """Save the document to its file."""
        assert self.document is not None
        return self.document.save()

    def save_as(self, path: Path | str) -> Path:
        """Save the document to ``path``, which becomes its file."""
        assert self.document is not None
        written = self.document.save(path)
        settings.add_recent_file(written)
        self._update_title()
        return written

    def show_journey(self, journey_id: int | None) -> None:
        """Show ``journey_id`` on the map and in the Journey dock."""
        self.journey_id = journey_id
        if journey_id is not None:
            self._journeys_seen = [*[seen for seen in self._journeys_seen if seen != journey_id], journey_id][-20:]
        if self.scene is not None:
            self.scene.set_journey(journey_id)
        self.journey_panel.show_journey(journey_id)
        self.inspector.show_nothing()
        index = self.journey_combo.findData(journey_id)
        if index >= 0:
            self.journey_combo.setCurrentIndex(index)
        self.find_bar.refresh()
        self._update_state()

    # ------------------------------------------------------------------ documents

    def _set_document(self, document: ProjectDocument) -> None:
        self._drop_document()
        self.document = document
        stack = document.undo_stack
        self.undo_group.addStack(stack)
        self.undo_group.setActiveStack(stack)
        stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        stack.indexChanged.connect(self._on_undo_stack_index_changed)
        document.saved.connect(self._on_document_saved)
        document.journeys_changed.connect(self._on_document_journeys_changed)
        self.scene = MapScene(document, self)
        self.canvas_view = CanvasView(self.scene, self._canvas_page)
        self._canvas_layout.addWidget(self.canvas_view, 1)
        self.canvas_view.addActions([self.actions_by_name[name] for name in window_actions.MAP_ONLY])
        self.controller = CanvasController(document, self.scene, self.canvas_view, self)
        self.find_bar.set_controller(self.controller)
        self.controller.message.connect(self._on_controller_message)
        self.scene.selectionChanged.connect(self._on_scene_selection_changed)
        self.scene.header_selected.connect(self._on_scene_header_selected)
        self.scene.journey_lost.connect(self._on_scene_journey_lost)
        self.canvas_view.zoom_changed.connect(self._show_zoom)
        self.canvas_view.context_menu_requested.connect(self._on_view_context_menu_requested)
        self.inspector.set_document(document)
        self.journey_panel.set_document(document)
        self.palette.set_document(document)
        self._pages.setCurrentWidget(self._canvas_page)
        self._fill_journey_combo()
        self.show_journey(self._first_journey())
        self._show_zoom(self.canvas_view.zoom)
        self.canvas_view.setFocus()

    def _drop_document(self) -> None:
        """Forget the current document (its store is closed)."""
        if self.document is None:
            return
        self.undo_group.removeStack(self.document.undo_stack)
        self.inspector.set_document(None)
        self.journey_panel.set_document(None)
        self.palette.set_document(None)
        if self.canvas_view is not None:
            self._canvas_layout.removeWidget(self.canvas_view)
            self.canvas_view.deleteLater()
        if self.controller is not None:
            self.controller.deleteLater()
        if self.scene is not None:
            self.scene.deleteLater()
        self.canvas_view = self.scene = self.controller = None
        document, self.document = self.document, None
        for signal, slot in ((document.undo_stack.cleanChanged, self._on_undo_stack_clean_changed),
                             (document.undo_stack.indexChanged, self._on_undo_stack_index_changed),
                             (document.saved, self._on_document_saved),
                             (document.journeys_changed, self._on_document_journeys_changed)):
            signal.disconnect(slot)
        document.close()  # the scene, still alive until deleteLater runs, hears nothing more from it
        document.deleteLater()
        self.journey_id = None
        self._journeys_seen = []
        self.journey_combo.clear()
        self.find_bar.set_controller(None)
        self._pages.setCurrentWidget(self.start_screen)
        self.start_screen.refresh()
        self._update_state()

    def new_project(self) -> None:
        """A new untitled project with one empty journey."""
        self._open_new(lambda session: templates.populate(session, "blank", i18n.current_language()))

    def open_sample(self, template: str, language: str) -> None:
        """A new untitled project made from a built-in sample."""
        self._open_new(lambda session: templates.populate(session, template, language))

    def _open_new(self, populate) -> None:
        if not self._maybe_save():
            return
        try:
            store = ProjectStore.create(populate=populate)
        except ParcoursError as error:
            self.show_error(error)
            return
        self._set_document(ProjectDocument(store, self))

    def open_dialog(self) -> None:
        """Ask for a project file and open it."""
        path = self.ask_open_path(self._last_folder())
        if path is not None:
            self.open_interactive(path)

    def open_interactive(self, path: Path | str) -> None:
        """Open ``path`` after asking to save the current project; explain any problem in a sentence.

        A project already open in a window of this editor is brought forward
        instead of being opened twice.
        """
        path = Path(path)
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.document is not None and window.document.path is not None \
                    and _same_file(window.document.path, path):
                window.raise_()
                window.activateWindow()
                return
        if not self._maybe_save():
            return
        try:
            self.open_path(path)
        except ProjectFileError as error:
            if error.kind != "locked":
                self.show_error(error)
                self.start_screen.refresh()
                return
            answer = self.ask_locked(error)
            try:
                if answer == "read_only":
                    self.open_path(path, read_only=True)
                elif answer == "anyway":
                    self.open_path(path, force=True)
            except ParcoursError as second:
                self.show_error(second)
        except ParcoursError as error:
            self.show_error(error)

    def save_interactive(self) -> bool:
        """Save; untitled or read-only documents go through Save As. False when nothing was saved."""
        if self.document is None:
            return False
        if self.document.path is None or self.document.read_only:
            return self.save_as_dialog()
        try:
            self.save()
        except ParcoursError as error:
            self.show_error(error)
            return False
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        return True

    def save_as_dialog(self) -> bool:
        """Ask where to save, then save there; False when cancelled or when saving failed."""
        if self.document is None:
            return False
        path = self.ask_save_path(self.document.path or self._last_folder() / self.tr("Journey map.parcours"))
        if path is None:
            return False
        if path.suffix != ".parcours":
            path = path.with_name(path.name + ".parcours")
        try:
            self.save_as(path)
        except ParcoursError as error:
            self.show_error(error)
            return False
        self.statusBar().showMessage(self.tr("Saved."), 4000)
        return True

    def quit(self) -> None:
        """Close every window, each asking about its unsaved changes; stop at the first Cancel."""
        QApplication.closeAllWindows()

    def close_project(self) -> None:
        """Close the project (asking to save) and show the start screen."""
        if self._maybe_save():
            self._drop_document()

    def new_window(self) -> MainWindow:
        """Another window (to copy cards between projects, or see two journeys side by side)."""
        window = MainWindow()
        _keep_alive(window)
        window.show()
        return window

    def recover(self, record: RecoveryRecord, *, force: bool = False) -> None:
        """Open the unsaved work of a crashed session here, without asking; it stays modified until saved.

        Save writes to the record's document (Save As for an untitled one).
        ``force`` takes over the document from someone who has it open;
        without it a ``locked`` ProjectFileError is raised.
        """
        store = record.recover(force=force)
        self._set_document(ProjectDocument(store, self))
        # No undo step leads back to the file on disk: never clean until saved.
        self.document.undo_stack.resetClean()
        self._update_title()

    def offer_recovery(self) -> None:
        """Offer, one by one, the working copies left by a crash (Recover / Discard / Later)."""
        for record in list_recoverable():
            answer = self.ask_recovery(record)
            if answer == "discard":
                record.discard()
            elif answer == "recover":
                target = self if self.document is None else self.new_window()
                try:
                    target.recover(record)
                except ProjectFileError as error:
                    if error.kind != "locked" or self.ask_locked(error, read_only=False) != "anyway":
                        self.show_error(error)
                        continue
                    try:
                        target.recover(record, force=True)
                    except ParcoursError as second:
                        self.show_error(second)
                except ParcoursError as error:
                    self.show_error(error)

    # ------------------------------------------------------------------ questions (tests replace these)

    def ask_to_save(self) -> QMessageBox.StandardButton:
        """Ask Save / Discard / Cancel about unsaved changes."""
        name = self.document.path.name if self.document and self.document.path else self.tr("Untitled")
        return QMessageBox.question(
            self, "Parcours", self.tr("Save the changes to %1 before closing?").replace("%1", name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)

    def ask_save_path(self, suggested: Path) -> Path | None:
        """Ask where to save the project (None: cancelled)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the project as"), str(suggested),
                                              self.tr("Parcours projects (*.parcours)"))
        return Path(path) if path else None

    def ask_open_path(self, folder: Path) -> Path | None:
        """Ask which project to open (None: cancelled)."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), str(folder), self.tr("Parcours projects (*.parcours)"))
        return Path(path) if path else None

    def ask_locked(self, error: ProjectFileError, *, read_only: bool = True) -> str | None:
        """Someone has the project open: "read_only", "anyway" or None (cancel)."""
        box = QMessageBox(QMessageBox.Icon.Question, "Parcours", error.message(i18n.translate),
                          QMessageBox.StandardButton.Cancel, self)
        choices = {}
        if read_only:
            choices[box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)] = "read_only"
        choices[box.addButton(self.tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole)] = "anyway"
        box.exec()
        return choices.get(box.clickedButton())

    def ask_recovery(self, record: RecoveryRecord) -> str:
        """Unsaved work was left by a crash: "recover", "discard" or "later"."""
        name = record.document.name if record.document else (record.title or self.tr("an untitled project"))
        when = record.opened_at.strftime("%Y-%m-%d %H:%M") if record.opened_at else "?"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Recover unsaved work"),
                          self.tr("Parcours closed without saving %1 (opened %2). Recover its changes?")
                          .replace("%1", name).replace("%2", when), QMessageBox.StandardButton.NoButton, self)
        recover = box.addButton(self.tr("Recover"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return {recover: "recover", discard: "discard"}.get(box.clickedButton(), "later")

    def show_error(self, error: ParcoursError) -> None:
        """Explain a refused action in one sentence."""
        QMessageBox.warning(self, "Parcours", error.message(i18n.translate))

    def _maybe_save(self) -> bool:
        """True when the current project may go (saved, discarded or unchanged)."""
        if self.document is None or not self.document.modified:
            return True
        answer = self.ask_to_save()
        if answer == QMessageBox.StandardButton.Save:
            return self.save_interactive()
        return answer == QMessageBox.StandardButton.Discard

    # ------------------------------------------------------------------ journeys

    def _first_journey(self) -> int | None:
        if self.document is None:
            return None
        return self.document.session.scalars(select(Journey.id).order_by(Journey.position)).first()

    def _journey_to_fall_back_on(self) -> int | None:
        """The journey shown last that still exists, else the first one (the shown one went away)."""
        existing = {self.journey_combo.itemData(index) for index in range(self.journey_combo.count())}
        return next((seen for seen in reversed(self._journeys_seen) if seen in existing), self._first_journey())

    def _fill_journey_combo(self) -> None:
        combo = self.journey_combo
        combo.blockSignals(True)
        combo.clear()
        if self.document is not None:
            for journey_id, title, state in self.document.session.execute(
                    select(Journey.id, Journey.title, Journey.state).order_by(Journey.position)):
                label = self.tr("to be") if state is JourneyState.TO_BE else self.tr("as is")
                combo.addItem(f"{title} ({label})", journey_id)
            combo.setCurrentIndex(max(0, combo.findData(self.journey_id)))
        combo.blockSignals(False)

    def _on_document_journeys_changed(self) -> None:
        self._fill_journey_combo()
        if self.journey_combo.findData(self.journey_id) < 0:  # the shown journey is gone (deleted, undone)
            self.show_journey(self._journey_to_fall_back_on())

    def _on_journey_combo_activated(self, index: int) -> None:
        self.show_journey(self.journey_combo.itemData(index))

    def new_journey(self) -> None:
        """A new as-is journey with the default lanes and three stages, shown at once."""
        if self.document is None:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("New journey"))
        try:
            journey_id = push(self.document, GenericCommand(self.document, Op(
                "add_journey", {"title": self.tr("New journey"), "with_default_lanes": True}), self.tr("New journey")))
            for number in range(1, 4):
                push(self.document, GenericCommand(self.document, Op(
                    "add_stage", {"journey_id": journey_id, "name": self.tr("Stage %1").replace("%1", str(number))}),
                    self.tr("Add stage")))
        except ParcoursError as error:
            stack.endMacro()
            abandon_macro(stack)
            self.show_error(error)
            return
        stack.endMacro()
        self.show_journey(journey_id)

    def derive_journey(self) -> None:
        """A to-be copy of the current journey, shown at once."""
        if self.document is None or self.journey_id is None:
            return
        try:
            journey_id = push(self.document, GenericCommand(
                self.document, Op("derive_journey", {"journey_id": self.journey_id}), self.tr("Derive journey")))
        except ParcoursError as error:
            self.show_error(error)
            return
        self.show_journey(journey_id)

    def delete_journey(self) -> None:
        """Delete the current journey (undo brings it back)."""
        if self.document is None or self.journey_id is None:
            return
        try:
            push(self.document, GenericCommand(self.document, Op("delete_journey", {"journey_id": self.journey_id}),
                                               self.tr("Delete journey")))
        except ParcoursError as error:
            self.show_error(error)

    def _on_scene_journey_lost(self) -> None:
        # The scene says so while it reloads, inside the document's signal: show another one afterwards.
        QTimer.singleShot(0, self, self._show_a_journey_that_exists)

    def _show_a_journey_that_exists(self) -> None:
        if self.document is not None and (self.scene is None or self.scene.journey_id is None):
            self._fill_journey_combo()
            self.show_journey(self._journey_to_fall_back_on())

    # ------------------------------------------------------------------ canvas plumbing

    def _on_scene_selection_changed(self) -> None:
        if self.scene is None:
            return
        cards = self.scene.selected_card_ids()
        if len(cards) == 1:
            self.inspector.show_card(cards[0])
            self.inspector_dock.raise_()
        elif not cards and self.scene.current_header is None:
            self.inspector.show_nothing()
        self._update_state()

    def _on_scene_header_selected(self, kind: str, item_id: int) -> None:
        if kind == "lane":
            self.inspector.show_lane(item_id)
        else:
            self.inspector.show_stage(item_id)
        self.inspector_dock.raise_()

    def _on_view_context_menu_requested(self, kind: str, item_id: int, global_pos: QPoint, scene_pos: QPointF) -> None:
        if self.controller is not None:
            menus.show_menu(self, self.controller, kind, item_id, global_pos, scene_pos, self.actions_by_name)

    def _on_palette_activated(self, payload: dict) -> None:
        if self.scene is None or self.scene.layout is None:
            return
        lane_id, stage_id, _ = paste_anchor(self.scene)
        cell = self.scene.cell_rect(lane_id, stage_id)
        target = palette_target(self.scene, payload, cell.center())
        if target is None:
            self.statusBar().showMessage(self.tr("This journey has no lane for that kind of card."), 8000)
            return
        self.canvas_view.palette_dropped.emit(target.lane_id, target.stage_id, target.index, payload)

    def open_find(self) -> None:
        """Show the Find bar."""
        if self.document is not None:
            self.find_bar.open_bar()

    def step_find(self, step: int) -> None:
        """Go to the next (1) or previous (-1) match of Find."""
        self.find_bar.step(step)

    def _on_find_bar_closed(self) -> None:
        if self.canvas_view is not None:
            self.canvas_view.setFocus()

    def toggle_full_screen(self) -> None:
        """Full screen on or off (for the meeting-room projector)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.actions_by_name["full_screen"].setChecked(self.isFullScreen())

    # ------------------------------------------------------------------ state shown

    def _update_title(self) -> None:
        name = self.tr("Untitled")
        if self.document is not None and self.document.path is not None:
            name = self.document.path.name
            if self.document.read_only:
                name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name}[*] — Parcours" if self.document is not None else "Parcours")
        self.setWindowModified(self.document is not None and self.document.modified)

    def _update_state(self) -> None:
        has_document = self.document is not None
        selected = bool(self.scene and (self.scene.selected_card_ids() or self.scene.selected_link_ids()))
        cards = bool(self.scene and self.scene.selected_card_ids())
        for name in ("save", "save_as", "close", "paste", "select_all", "find", "find_next", "find_previous",
                     "add_card", "add_stage", "zoom_in", "zoom_out", "fit", "zoom_100", "new_journey"):
            self.actions_by_name[name].setEnabled(has_document)
        for name in ("derive_journey", "delete_journey"):
            self.actions_by_name[name].setEnabled(self.journey_id is not None)
        for name in ("cut", "copy", "duplicate"):
            self.actions_by_name[name].setEnabled(cards)
        self.actions_by_name["delete"].setEnabled(selected or bool(self.scene and self.scene.current_header))
        self._update_title()

    def _on_undo_stack_clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self._update_state()

    def _on_document_saved(self, _path: Path) -> None:
        self._update_title()

    def _on_controller_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _show_zoom(self, factor: float) -> None:
        self._zoom_label.setText(self.tr("Zoom: %1 %").replace("%1", str(round(factor * 100))))

    def _last_folder(self) -> Path:
        recent = settings.recent_files()
        return recent[0].parent if recent else Path.home()

    def fill_recent_menu(self) -> None:
        """List the recent files in File > Open recent."""
        window_actions.fill_recent_menu(self.recent_menu, settings.recent_files(), self.open_interactive,
                                        self._clear_recent_files)

    def _clear_recent_files(self) -> None:
        settings.clear_recent_files()
        self.start_screen.refresh()

    def set_language(self, code: str) -> None:
        """Remember the language for the next start."""
        settings.set_language(code)
        self._update_language_menu()
        self.statusBar().showMessage(self.tr("The language changes the next time Parcours starts."), 8000)

    def _update_language_menu(self) -> None:
        chosen = settings.language()
        self.actions_by_name[f"language_{chosen or 'system'}"].setChecked(True)

    # ------------------------------------------------------------------ settings and closing

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """Ask about unsaved changes, then close the document and remember the window's layout."""
        if not self._maybe_save():
            event.ignore()
            return
        settings.save_window_layout(self)
        self._drop_document()
        super().closeEvent(event)


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return first == second


def run(path: Path | None) -> int:
    """Start the editor on ``path`` (or the start screen), offer to recover crashed work, return the exit code.

    A file that cannot be opened ends the run with a sentence on stderr; one
    that someone else has open is asked about (read-only, anyway) in the window.
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("Parcours")
    QCoreApplication.setOrganizationName("Parcours")
    i18n.install(settings.language() or None)
    window = MainWindow()
    if path is not None:
        try:
            window.open_path(path)
        except ProjectFileError as error:
            if error.kind != "locked":
                print(error.message(i18n.translate), file=sys.stderr)
                window.deleteLater()
                return 1
            QTimer.singleShot(0, window, lambda: window.open_interactive(path))
        except ParcoursError as error:
            print(error.message(i18n.translate), file=sys.stderr)
            window.deleteLater()
            return 1
    _keep_alive(window)
    window.show()
    QTimer.singleShot(0, window, window.offer_recovery)
    return app.exec()


def _keep_alive(window: MainWindow) -> None:
    """Hold ``window`` in :data:`_WINDOWS` until it is closed (it is deleted then)."""
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _WINDOWS.append(window)
    window.destroyed.connect(lambda: _WINDOWS.remove(window) if window in _WINDOWS else None)
