"""The main window's parts: pages, docks, menus, toolbars, panes and the controllers behind them.

:meth:`PartsWindow._make_parts` is the body of :meth:`MainWindow._build`: at
once for any window, right after the map's first paint at the editor's start
(the parts' modules load SQLAlchemy, which the first paint does without; see
:mod:`app.ui.window_first_paint`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt

from app.ui import settings, window_view
from app.ui.window_first_paint import FirstPaintWindow

# Called by this name with literal strings so that lupdate finds them; the window's context, as before the split.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMenu, QToolBar, QWidget

    from app.ui.actions_view import ActionsView
    from app.ui.comments_panel import CommentsPanel
    from app.ui.emotion_pane import EmotionPane
    from app.ui.evidence_panel import EvidencePanel
    from app.ui.find_bar import FindBar
    from app.ui.first_steps import FirstStepsHint
    from app.ui.inspector import Inspector
    from app.ui.journey_panel import JourneyPanel
    from app.ui.kpis_view import KpisView
    from app.ui.minimap import Minimap
    from app.ui.palette import Palette
    from app.ui.personas import PersonasView
    from app.ui.presentation_notes import PresenterNotes
    from app.ui.project_panel import ProjectPanel
    from app.ui.start_screen import StartScreen
    from app.ui.toolbar_fit import ToolbarFitter
    from app.ui.window_actions import ActionHost
    from app.ui.window_export import ExportHost, ExportsController
    from app.ui.window_files import FileHost
    from app.ui.window_import import ImportHost, ImportsController
    from app.ui.window_journeys import JourneyHost, JourneysController
    from app.ui.window_library import LibraryController, LibraryHost
    from app.ui.window_method import MethodHost
    from app.ui.window_preferences import PreferencesController
    from app.ui.window_presentation import WorkshopController, WorkshopHost
    from app.ui.window_workspace import WorkspaceController, WorkspaceHost

    class WholeWindow(FileHost, JourneyHost, ExportHost, ImportHost, ActionHost, WorkspaceHost, LibraryHost,
                      MethodHost, WorkshopHost, Protocol):
        """What the main window is to the controllers of its parts (each knows it through its own protocol)."""


class PartsWindow(FirstPaintWindow):
    """The main window's parts, made by :meth:`_make_parts` (their names are the ones the rest of the code knows)."""

    if TYPE_CHECKING:  # made by _make_parts (the pages, the map, the method's: declared by FirstPaintWindow)
        start_screen: StartScreen
        find_bar: FindBar
        first_steps: FirstStepsHint
        inspector: Inspector
        card_palette: Palette
        journey_panel: JourneyPanel
        journeys: JourneysController
        journey_combo: QComboBox
        exports: ExportsController
        imports: ImportsController
        actions_by_name: dict[str, QAction]
        recent_menu: QMenu
        edit_menu: QMenu
        view_menu: QMenu
        help_menu: QMenu
        toolbar: QToolBar
        journey_dock: QDockWidget
        preferences: PreferencesController
        emotion_pane: EmotionPane
        workspace: WorkspaceController
        project_panel: ProjectPanel
        personas_view: PersonasView
        evidence_panel: EvidencePanel
        persona_filter: QComboBox
        library: LibraryController
        toolbar_fit: ToolbarFitter
        actions_view: ActionsView
        kpis_view: KpisView
        _zoom_label: QLabel
        workshop: WorkshopController
        minimap: Minimap
        minimap_dock: QDockWidget
        comments_panel: CommentsPanel
        comments_dock: QDockWidget
        notes: PresenterNotes
        notes_dock: QDockWidget
        _dock_tabs: QObject

        def add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget: ...

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
        """Make the window's parts and set them as its attributes."""
        window, host = self, cast("WholeWindow", self)  # the hosts the parts are made for: the whole window
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
        window.pages = WindowPages(window)
        if window._first_open is not None:  # the map read first goes from the frame's page to the map page
            window._first_open.move_to(window.pages.map_layout)
        window.setCentralWidget(window.pages)
        window.start_screen, window.find_bar, window.first_steps = (window.pages.start_screen, window.pages.find_bar,
                                                                    window.pages.first_steps)
        window.inspector = Inspector(window)
        #: The palette of card kinds and channels (QWidget.palette() keeps its meaning).
        window.card_palette = Palette(window)
        window.journey_panel = JourneyPanel(window)
        #: New, Open, Save, recent files, crash recovery (app/ui/window_files.py).
        window.files = FilesController(host, window.start_screen, window)
        #: The Journey menu and the journey switcher in the toolbar.
        window.journeys = JourneysController(host, QComboBox(window), window)
        window.journey_combo = window.journeys.combo
        #: File > Export (app/ui/window_export.py) and File > Import (app/ui/window_import.py).
        window.exports = ExportsController(host, window)
        window.imports = ImportsController(host, window.exports, window)
        chrome = window_actions.build(window, host)
        window.actions_by_name = chrome.actions
        window.recent_menu, window.edit_menu, window.view_menu = chrome.recent_menu, chrome.edit_menu, chrome.view_menu
        window.help_menu, window.toolbar = chrome.help_menu, chrome.toolbar
        window.inspector_dock = window.add_dock("inspector", translate("MainWindow", "Inspector"), window.inspector,
                                                Qt.DockWidgetArea.RightDockWidgetArea)
        window.journey_dock = window.add_dock("journey", translate("MainWindow", "Journey"), window.journey_panel,
                                              Qt.DockWidgetArea.RightDockWidgetArea)
        window.palette_dock = window.add_dock("palette", translate("MainWindow", "Palette"), window.card_palette,
                                              Qt.DockWidgetArea.LeftDockWidgetArea)
        window.tabifyDockWidget(window.journey_dock, window.inspector_dock)
        #: The open document's map: its scene, view and controller (app/ui/window_canvas.py).
        window.map = MapCanvas(window, window, window.pages.map_layout, window.inspector, window.inspector_dock,
                               window.find_bar, window.actions_by_name)
        window.card_palette.activated.connect(window.map.drop_palette_entry)
        #: Settings > Language and Preferences, Help > About (app/ui/window_preferences.py).
        window.preferences = PreferencesController(window, window, window.actions_by_name)
        # The curve sits under the map only: the side docks keep the bottom corners.
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        window.emotion_pane = EmotionPane(window)
        window.emotion_dock = window.add_dock("emotion", translate("MainWindow", "Emotion curve"), window.emotion_pane,
                                              Qt.DockWidgetArea.BottomDockWidgetArea)
        window.emotion_pane.card_clicked.connect(window.map.show_card)
        #: The method's workspace: Project menu, project / personas / evidence docks, persona filter.
        window.workspace = WorkspaceController(host, window, window.journey_dock, window.toolbar)
        window.project_panel, window.personas_view = window.workspace.project_panel, window.workspace.personas_view
        window.evidence_panel = window.workspace.evidence_panel
        window.persona_filter = window.workspace.filter_combo
        #: File > Publish to / Open from the team library.
        window.library = LibraryController(host, window, chrome.file_menu)
        # Labels while they fit; icons alone in a narrow window (1280x720 in French).
        zooms = (("out", "zoom_out"), ("in", "zoom_in"), ("fit", "fit"))
        window.toolbar_fit = keep_fitting(window, window.toolbar, {kind: window.actions_by_name[name]
                                                                   for kind, name in zooms})
        # The method's workspace: actions, top irritants, matrix, road map, KPIs (app/ui/window_method.py).
        window.method = MethodWorkspace(host, window, window.emotion_dock, window.inspector, window.actions_by_name)
        window.actions_view, window.kpis_view = window.method.actions_view, window.method.kpis_view
        window.view_menu.addAction(window.method.pane_focus.action)
        window._zoom_label = QLabel(window)
        window.statusBar().addPermanentWidget(window._zoom_label)
        if window._first_open is None:  # else once its document is shown: docks sized empty stay so (see _size_docks)
            window._size_docks()
        #: Presentation, votes, comments, minimap, fitting, keyboard help (app/ui/window_presentation.py).
        window.workshop = WorkshopController(host, window, chrome, window.inspector_dock)
        window.minimap, window.minimap_dock = window.workshop.minimap, window.workshop.minimap_dock
        window.comments_panel, window.comments_dock = window.workshop.comments_panel, window.workshop.comments_dock
        window.notes, window.notes_dock = window.workshop.notes, window.workshop.notes_dock
        # The controllers above add their menus at the end of the bar: Help goes back to the end.
        window.menuBar().removeAction(window.help_menu.menuAction())
        window.menuBar().addAction(window.help_menu.menuAction())
        if window._first_open is None:
            settings.restore_window_layout(window)
        window._dock_tabs = keep_dock_tab_titles_whole(window)  # "Inspecteur", never "Insp…"
        window_view.keep_on_screen_when_shown(window)  # never larger than its screen, even from an old saved geometry
        if window.isVisible():  # made for a window on screen: docks not hidden on purpose are shown, as in any window
            from PySide6.QtWidgets import QDockWidget

            for dock in window.findChildren(QDockWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if dock.isHidden() and not dock.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    dock.show()
        window._show_start_screen()  # its docks come back with the document (as in any window)
        if window._first_open is not None:  # the map read first stays in view meanwhile
            window.pages.setCurrentWidget(window.pages.map_page)
        window.preferences.update_language_menu()
        window.update_state()
