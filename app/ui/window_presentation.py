"""The main window's workshop verbs: presentation mode, dot votes, comments, fitting, the minimap, key list.

:class:`WorkshopController` is made once by the main window, which hands it
itself as its :class:`WorkshopHost` (the document and the map shown, the
status bar, docks) and as the window it adds docks and menus to.
F5 presents the journey from its first stage, Shift+F5 from the selected
stage. With a second screen the presentation goes there (or to the screen
chosen in View > Present on) and the laptop keeps the editor with the
presenter's notes; with one screen it covers it. Esc ends it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QComboBox, QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from app.ui import settings, window_view
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from app.ui.comments_panel import CommentsHost, CommentsPanel
from app.ui.document import ProjectDocument
from app.ui.hosts import MapShown
from app.ui.minimap import Minimap
from app.ui.presentation_notes import PresenterNotes
from app.ui.votes_badges import install_badges
from app.ui.window_actions import WindowChrome

if TYPE_CHECKING:  # made when asked for: the presentation and these dialogs are not on the editor's start path
    from app.ui.presentation import PresentationView
    from app.ui.shortcuts_dialog import ShortcutsDialog
    from app.ui.votes_dialog import VoteRoundDialog

translate = QCoreApplication.translate


class WorkshopHost(MapShown, Protocol):
    """What the workshop controller uses of its window: the map shown and where to say things."""

    @property
    def canvas_view(self) -> CanvasView | None: ...

    def show_status(self, text: str, msecs: int) -> None:
        """Say something in the status bar for ``msecs``."""

    def add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock of the window, listed in View."""


class WorkshopController(QObject):
    """Presentation, voting, comments, fit to width/height, minimap and the keyboard help of a window."""

    def __init__(self, host: WorkshopHost, window: QMainWindow, chrome: WindowChrome,
                 inspector_dock: QDockWidget) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        actions = self._actions = chrome.actions
        #: The presenting widget while a presentation runs, else None.
        self.presentation: PresentationView | None = None
        #: The vote round dialog and the keyboard help, once opened.
        self.vote_dialog: VoteRoundDialog | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.minimap = Minimap(window)
        self.minimap_dock = host.add_dock("minimap", translate("MainWindow", "Overview"), self.minimap,
                                          Qt.DockWidgetArea.LeftDockWidgetArea)
        self.comments_panel = CommentsPanel(window)
        self.comments_dock = host.add_dock("comments", translate("MainWindow", "Comments"), self.comments_panel,
                                           Qt.DockWidgetArea.RightDockWidgetArea)
        window.tabifyDockWidget(inspector_dock, self.comments_dock)
        inspector_dock.raise_()
        self.notes = PresenterNotes(window)
        self.notes_dock = QDockWidget(translate("MainWindow", "Presenter notes"), window)
        self.notes_dock.setObjectName("notes_dock")
        self.notes_dock.setWidget(self.notes)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.notes_dock.hide()

        def add(name: str, text: str, slot: Callable[[], object], *keys: str | QKeySequence.StandardKey) -> QAction:
            action = QAction(text, window)
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
        chrome.view_menu.insertActions(actions["zoom_100"], [actions["fit_width"], actions["fit_height"]])
        chrome.view_menu.addAction(self.minimap_dock.toggleViewAction())
        chrome.view_menu.addAction(self.comments_dock.toggleViewAction())
        workshop = window.menuBar().addMenu(translate("MainWindow", "&Workshop"))
        workshop.addActions([actions["present"], actions["present_here"]])
        self.screen_menu = QMenu(translate("MainWindow", "Present &on"), window)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        workshop.addMenu(self.screen_menu)
        workshop.addSeparator()
        workshop.addActions([actions["vote_round"], actions["add_comment"]])
        help_menu = chrome.help_menu
        if help_menu.actions():
            help_menu.insertAction(help_menu.actions()[0], actions["shortcuts"])
        else:
            help_menu.addAction(actions["shortcuts"])
        actions["present"].setIconText(translate("MainWindow", "Present"))
        _place_after_journey_picker(chrome.toolbar, actions["present"])

    @property
    def document(self) -> ProjectDocument | None:
        """The window's document."""
        return self._host.document

    @property
    def journey_id(self) -> int | None:
        """The journey on the window's map."""
        return self._host.journey_id

    @property
    def scene(self) -> MapScene | None:
        """The window's map."""
        return self._host.scene

    @property
    def canvas_view(self) -> CanvasView | None:
        """The window's view of the map."""
        return self._host.canvas_view

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        """The docks the start screen hides."""
        return self.minimap_dock, self.comments_dock

    def document_set(self) -> None:
        """The window shows another document (or none): the docks follow."""
        self.stop_presentation()
        scene = self._host.scene
        self.minimap.set_view(scene, self._host.canvas_view)
        # The main window is the panel's host (its map, document and status bar).
        self.comments_panel.set_window(cast("CommentsHost", self._window))
        if scene is not None:
            install_badges(scene)

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
        from app.ui.presentation import PresentationView

        view = PresentationView(self.document, self.journey_id)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        stage_ids = [stage.id for stage in view.data.stages] if view.data else []
        if stage_id in stage_ids:
            view.go_to(stage_ids.index(stage_id), animate=False)
        self.presentation = view
        view.closed.connect(self._on_presentation_closed)
        view.stage_changed.connect(self._on_presentation_stage_changed)
        view.message.connect(lambda text: self._host.show_status(text, 8000))
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
        view = self.presentation
        if view is not None:
            view.close()

    def _on_presentation_closed(self) -> None:
        self.presentation = None
        self.notes_dock.hide()
        self._window.activateWindow()

    def _on_presentation_stage_changed(self, *_args: object) -> None:
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
        others = [screen for screen in screens if screen != self._window.screen()]
        return others[0] if others else self._window.screen()

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
            action.triggered.connect(_remember_screen(screen.name()))

    # ------------------------------------------------------------------ votes, comments, help

    def start_vote_round(self) -> None:
        """Ask for the participants and dots, then vote in the presentation (started when needed)."""
        if self.document is None or self.journey_id is None:
            return
        from app.ui.votes_dialog import VoteRoundDialog

        dialog = VoteRoundDialog(self.presentation or self._window)
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
        from app.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self._actions, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()


def _remember_screen(name: str) -> Callable[[], None]:
    """A slot choosing the screen called ``name`` for the next presentations."""
    return lambda: settings.settings().setValue("presentation/screen", name)


def _place_after_journey_picker(toolbar: QToolBar, action: QAction) -> None:
    """Put ``action`` right after the toolbar's journey picker (it presents that journey), before the persona filter."""
    items = toolbar.actions()
    picker = next((index for index, item in enumerate(items)
                   if isinstance(toolbar.widgetForAction(item), QComboBox)), None)
    if picker is None or picker + 1 >= len(items):
        toolbar.addAction(action)
    else:
        toolbar.insertAction(items[picker + 1], action)
