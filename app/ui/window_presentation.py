"""The main window's workshop verbs: presentation mode, dot votes, comments, fitting, the minimap, key list.

Mixed into :class:`~app.ui.main_window.MainWindow` like the other ``*Verbs``.
F5 presents the journey from its first stage, Shift+F5 from the selected
stage. With a second screen the presentation goes there (or to the screen
chosen in View > Present on) and the laptop keeps the editor with the
presenter's notes; with one screen it covers it. Esc ends it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QDockWidget, QMenu

from app.ui import settings, window_view
from app.ui.comments_panel import CommentsPanel
from app.ui.minimap import Minimap
from app.ui.presentation import PresentationView
from app.ui.presentation_notes import PresenterNotes
from app.ui.shortcuts_dialog import ShortcutsDialog
from app.ui.votes_badges import install_badges
from app.ui.votes_dialog import VoteRoundDialog

translate = QCoreApplication.translate


class WorkshopVerbs:
    """Presentation, voting, comments, fit to width/height, minimap and the keyboard help of the window."""

    #: The presenting widget while a presentation runs, else None.
    presentation: PresentationView | None = None

    def _install_workshop(self) -> None:
        """Actions, menus and docks of the workshop (called once by the window)."""
        actions = self.actions_by_name
        self.presentation = None
        self.minimap = Minimap(self)
        self.minimap_dock = self._dock("minimap", translate("MainWindow", "Overview"), self.minimap,
                                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self.comments_panel = CommentsPanel(self)
        self.comments_dock = self._dock("comments", translate("MainWindow", "Comments"), self.comments_panel,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.inspector_dock, self.comments_dock)
        self.inspector_dock.raise_()
        self.notes = PresenterNotes(self)
        self.notes_dock = QDockWidget(translate("MainWindow", "Presenter notes"), self)
        self.notes_dock.setObjectName("notes_dock")
        self.notes_dock.setWidget(self.notes)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.notes_dock.hide()

        def add(name: str, text: str, slot, *keys: str | QKeySequence.StandardKey) -> QAction:
            action = QAction(text, self)
            shortcuts = [QKeySequence(key) if isinstance(key, str) else QKeySequence(key) for key in keys]
            if shortcuts:
                action.setShortcuts(shortcuts)
            action.triggered.connect(lambda _checked=False: slot())
            actions[name] = action
            return action

        add("fit_width", translate("MainWindow", "Fit to &width"), self.fit_width, "Ctrl+2")
        add("fit_height", translate("MainWindow", "Fit to &height"), self.fit_height, "Ctrl+3")
        add("present", translate("MainWindow", "&Present from the first stage"), self.start_presentation, "F5")
        add("present_here", translate("MainWindow", "Present from the &selected stage"),
            self.present_from_selected_stage, "Shift+F5")
        add("vote_round", translate("MainWindow", "Start a &dot vote…"), self.start_vote_round, "Ctrl+Shift+V")
        add("add_comment", translate("MainWindow", "&Comment…"), self.comment_on_selection, "Ctrl+Alt+M")
        add("shortcuts", translate("MainWindow", "&Keyboard shortcuts"), self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents)
        self.view_menu.insertActions(actions["zoom_100"], [actions["fit_width"], actions["fit_height"]])
        self.view_menu.addAction(self.minimap_dock.toggleViewAction())
        self.view_menu.addAction(self.comments_dock.toggleViewAction())
        workshop = self.menuBar().addMenu(translate("MainWindow", "&Workshop"))
        workshop.addActions([actions["present"], actions["present_here"]])
        self.screen_menu = QMenu(translate("MainWindow", "Present &on"), self)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        workshop.addMenu(self.screen_menu)
        workshop.addSeparator()
        workshop.addActions([actions["vote_round"], actions["add_comment"]])
        self.help_menu.insertAction(self.help_menu.actions()[0] if self.help_menu.actions() else None,
                                    actions["shortcuts"])
        actions["present"].setIconText(translate("MainWindow", "Present"))
        self.toolbar.insertActions(self.toolbar.actions()[-1], [actions["present"]])

    def _workshop_document_set(self) -> None:
        """The window shows another document (or none): the docks follow."""
        self.stop_presentation()
        self.minimap.set_view(self.scene, self.canvas_view)
        self.comments_panel.set_window(self)
        if self.scene is not None:
            install_badges(self.scene)

    # ------------------------------------------------------------------ fitting

    def fit_width(self) -> None:
        """Zoom so that every stage fits across the window."""
        if self.canvas_view is not None:
            window_view.fit_width(self.canvas_view)

    def fit_height(self) -> None:
        """Zoom so that every lane fits down the window."""
        if self.canvas_view is not None:
            window_view.fit_height(self.canvas_view)

    # ------------------------------------------------------------------ presentation

    def start_presentation(self, stage_id: int | None = None) -> PresentationView | None:
        """Present the shown journey full screen from ``stage_id`` (None: its first stage); returns the widget."""
        if self.document is None or self.journey_id is None:
            return None
        self.stop_presentation()
        view = PresentationView(self.document, self.journey_id)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        stage_ids = [stage.id for stage in view.data.stages] if view.data else []
        if stage_id in stage_ids:
            view.go_to(stage_ids.index(stage_id), animate=False)
        self.presentation = view
        view.closed.connect(self._on_presentation_closed)
        view.stage_changed.connect(self._on_presentation_stage_changed)
        view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        view.vote_round_requested.connect(self.start_vote_round)
        view.show_on(self._presentation_screen())
        self.notes_dock.show()
        self.notes_dock.raise_()
        self._on_presentation_stage_changed()
        return view

    def present_from_selected_stage(self) -> None:
        """Present from the selected stage (its header, or the stage of the selected card)."""
        self.start_presentation(self._selected_stage())

    def _selected_stage(self) -> int | None:
        scene = self.scene
        if scene is None or scene.layout is None:
            return None
        if scene.current_header is not None and scene.current_header[0] == "stage":
            return scene.current_header[1]
        cards = scene.selected_card_ids()
        if cards and cards[0] in scene.layout.cards:
            return scene.layout.cards[cards[0]].stage_id
        centre = self.canvas_view.visible_scene_rect().center() if self.canvas_view else None
        return scene.layout.stage_at_x(centre.x()) if centre is not None else None

    def stop_presentation(self) -> None:
        """End the presentation, if one runs."""
        view = getattr(self, "presentation", None)
        if view is not None:
            view.close()

    def _on_presentation_closed(self) -> None:
        self.presentation = None
        self.notes_dock.hide()
        self.activateWindow()

    def _on_presentation_stage_changed(self, *_args) -> None:
        view = self.presentation
        if view is None or view.data is None or self.document is None:
            return
        stages = [(stage.id, stage.name) for stage in view.data.stages]
        index = next((i for i, (sid, _) in enumerate(stages) if sid == view.current_stage_id()), 0)
        self.notes.show_stage(self.document, stages, index)

    def _presentation_screen(self) -> QScreen | None:
        """The chosen screen, else another screen than the window's (the projector), else the window's."""
        screens = QGuiApplication.screens()
        chosen = settings.settings().value("presentation/screen", "")
        for screen in screens:
            if chosen and screen.name() == chosen:
                return screen
        others = [screen for screen in screens if screen != self.screen()]
        return others[0] if others else self.screen()

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        chosen = settings.settings().value("presentation/screen", "")
        automatic = self.screen_menu.addAction(translate("MainWindow", "Automatic (the other screen if any)"))
        automatic.setCheckable(True)
        automatic.setChecked(not chosen)
        automatic.triggered.connect(lambda: settings.settings().setValue("presentation/screen", ""))
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = self.screen_menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen.name() == chosen)
            action.triggered.connect(lambda _c=False, name=screen.name():
                                     settings.settings().setValue("presentation/screen", name))

    # ------------------------------------------------------------------ votes, comments, help

    def start_vote_round(self) -> None:
        """Ask for the participants and dots, then vote in the presentation (started when needed)."""
        if self.document is None or self.journey_id is None:
            return
        host = self.presentation or self
        dialog = VoteRoundDialog(host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_vote_round_accepted(dialog.round_spec()))
        self.vote_dialog = dialog
        dialog.open()

    def _on_vote_round_accepted(self, spec: tuple[list[str], int, str]) -> None:
        view = self.presentation or self.start_presentation()
        if view is not None:
            names, dots, title = spec
            view.votes.start_round(names, dots, title)
            view.setFocus()

    def comment_on_selection(self) -> None:
        """Show the Comments panel on the selected card or stage, ready to type."""
        self.comments_dock.show()
        self.comments_dock.raise_()
        self.comments_panel.focus_new_comment()

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts: every key of the window and of presentation mode."""
        dialog = ShortcutsDialog(self.actions_by_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()
