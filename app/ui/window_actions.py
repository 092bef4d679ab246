"""The main window's actions, menus and toolbar, with the platform's standard shortcuts.

:func:`build` makes them for a window and connects them to the verbs of its
controllers and its own (:class:`ActionHost`); it returns them as a
:class:`WindowChrome` the window and the other controllers add to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu, QStyle, QToolBar

from app.ui.canvas.controller import CanvasController
from app.ui.canvas.view import CanvasView
from app.ui.window_export import ExportsController
from app.ui.window_files import FilesController
from app.ui.window_import import ImportsController
from app.ui.window_journeys import JourneysController
from app.ui.window_preferences import PreferencesController

Key = QKeySequence.StandardKey


# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


def _std_icon(window: QMainWindow, pixmap: QStyle.StandardPixmap) -> QIcon:
    return window.style().standardIcon(pixmap)


#: Actions whose keys act on the map only: in a text field Ctrl+D or Ctrl+Return must not edit the map
#: (standard keys such as Delete or Ctrl+C are already taken by the field itself).
MAP_ONLY = ("duplicate", "add_card")


def shortcut_list(*shortcuts: Key | str) -> list[QKeySequence]:
    """The key sequences of platform standard keys and plain sequences, in order, each once."""
    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        found = QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key) else [QKeySequence(shortcut)]
        keys.extend(key for key in found if not key.isEmpty() and key not in keys)
    return keys


class ActionHost(Protocol):
    """What the actions call: the window's controllers, its canvas, and its own verbs."""

    @property
    def files(self) -> FilesController: ...

    @property
    def journeys(self) -> JourneysController: ...

    @property
    def exports(self) -> ExportsController: ...

    @property
    def imports(self) -> ImportsController: ...

    @property
    def undo_group(self) -> QUndoGroup: ...

    @property
    def controller(self) -> CanvasController | None: ...

    @property
    def canvas_view(self) -> CanvasView | None: ...

    @property
    def journey_combo(self) -> QComboBox: ...

    def undo(self) -> None:
        """Edit > Undo."""

    def redo(self) -> None:
        """Edit > Redo."""

    def new_window(self) -> object:
        """File > New window."""

    def open_find(self) -> None:
        """Edit > Find."""

    def step_find(self, step: int) -> None:
        """Edit > Find next / previous."""

    def toggle_full_screen(self) -> None:
        """View > Full screen."""

    @property
    def preferences(self) -> PreferencesController:
        """Settings and Help > About (made after the actions: looked up when triggered)."""
        ...


@dataclass(frozen=True)
class WindowChrome:
    """The window's actions by name, its menus and its toolbar (the controllers add theirs)."""

    actions: dict[str, QAction]
    file_menu: QMenu
    recent_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    help_menu: QMenu
    toolbar: QToolBar


def build(window: QMainWindow, host: ActionHost) -> WindowChrome:
    """Create ``window``'s actions, menus and toolbar, connected to ``host`` (the window itself)."""
    actions: dict[str, QAction] = {}

    def add(name: str, text: str, slot: Callable[[], object], *shortcuts: Key | str, icon: QIcon | None = None,
            checkable: bool = False) -> QAction:
        action = QAction(text, window)
        keys = shortcut_list(*shortcuts)
        if keys:
            action.setShortcuts(keys)
        if icon is not None:
            action.setIcon(icon)
        action.setCheckable(checkable)
        action.triggered.connect(lambda checked=False: slot())
        actions[name] = action
        return action

    def on_controller(verb: Callable[[CanvasController], object]) -> Callable[[], object]:
        return lambda: host.controller is not None and verb(host.controller)

    def on_view(verb: Callable[[CanvasView], object]) -> Callable[[], object]:
        return lambda: host.canvas_view is not None and verb(host.canvas_view)

    sp = QStyle.StandardPixmap
    add("new", translate("MainWindow", "&New project"), host.files.new_project, Key.New,
        icon=_std_icon(window, sp.SP_FileIcon))
    add("new_window", translate("MainWindow", "New &window"), host.new_window, "Ctrl+Shift+N")
    add("open", translate("MainWindow", "&Open…"), host.files.open_dialog, Key.Open,
        icon=_std_icon(window, sp.SP_DialogOpenButton))
    add("save", translate("MainWindow", "&Save"), host.files.save_interactive, Key.Save,
        icon=_std_icon(window, sp.SP_DialogSaveButton))
    add("save_as", translate("MainWindow", "Save &As…"), host.files.save_as_dialog, Key.SaveAs)
    add("save_as_template", translate("MainWindow", "Save as &template…"), host.files.save_as_template)
    add("close", translate("MainWindow", "&Close project"), host.files.close_project, Key.Close)
    # Windows has no standard Quit key (Alt+F4 closes the window): Ctrl+Q everywhere.
    add("quit", translate("MainWindow", "&Quit"), host.files.quit, Key.Quit, "Ctrl+Q")

    group = host.undo_group
    # Qt follows the prefix with the command's text: "Undo Move card".
    actions["undo"] = group.createUndoAction(window, translate("MainWindow", "&Undo"))
    actions["undo"].setShortcuts(shortcut_list(Key.Undo))
    actions["undo"].setIcon(QIcon.fromTheme("edit-undo"))
    actions["redo"] = group.createRedoAction(window, translate("MainWindow", "&Redo"))
    # Ctrl+Y and Ctrl+Shift+Z, which users of every platform try.
    actions["redo"].setShortcuts(shortcut_list(Key.Redo, "Ctrl+Y", "Ctrl+Shift+Z"))
    actions["redo"].setIcon(QIcon.fromTheme("edit-redo"))
    # The group keeps their text and state; triggering goes through the document, which keeps the
    # stack as it was and explains why when a step cannot be written (a full disk).
    for name, verb in (("undo", host.undo), ("redo", host.redo)):
        actions[name].triggered.disconnect()
        actions[name].triggered.connect(verb)

    add("cut", translate("MainWindow", "Cu&t"), on_controller(CanvasController.cut_selection), Key.Cut)
    add("copy", translate("MainWindow", "&Copy"), on_controller(CanvasController.copy_selection), Key.Copy)
    add("paste", translate("MainWindow", "&Paste"), on_controller(CanvasController.paste), Key.Paste)
    add("duplicate", translate("MainWindow", "D&uplicate"), on_controller(CanvasController.duplicate_selection),
        "Ctrl+D")
    # "Del" alone: X11's standard Delete keys add Ctrl+D, which is Duplicate (both would then be dead).
    add("delete", translate("MainWindow", "&Delete"), on_controller(CanvasController.delete_selection), "Del")
    add("select_all", translate("MainWindow", "Select &all"), on_controller(CanvasController.select_all),
        Key.SelectAll)
    add("find", translate("MainWindow", "&Find…"), host.open_find, Key.Find)
    add("find_next", translate("MainWindow", "Find &next"), lambda: host.step_find(1), Key.FindNext)
    add("find_previous", translate("MainWindow", "Find pre&vious"), lambda: host.step_find(-1), Key.FindPrevious)
    add("add_card", translate("MainWindow", "New &card"), on_controller(CanvasController.add_card_here),
        "Ctrl+Return")
    add("add_stage", translate("MainWindow", "New &stage"), on_controller(CanvasController.add_stage_at_end))

    add("zoom_in", translate("MainWindow", "Zoom &in"), on_view(CanvasView.zoom_in), Key.ZoomIn)
    add("zoom_out", translate("MainWindow", "Zoom &out"), on_view(CanvasView.zoom_out), Key.ZoomOut)
    add("fit", translate("MainWindow", "&Fit to window"), on_view(CanvasView.fit), "Ctrl+0")
    add("zoom_100", translate("MainWindow", "&Actual size (100 %)"), on_view(CanvasView.zoom_actual), "Ctrl+1")
    add("full_screen", translate("MainWindow", "F&ull screen"), host.toggle_full_screen, Key.FullScreen, "F11",
        checkable=True)

    add("new_journey", translate("MainWindow", "&New journey"), host.journeys.new_journey)
    add("derive_journey", translate("MainWindow", "&Derive a to-be journey"), host.journeys.derive_journey)
    add("delete_journey", translate("MainWindow", "De&lete this journey"), host.journeys.delete_journey)

    for name in MAP_ONLY:
        # The window adds these to each canvas view it makes: their keys work while the map has the focus.
        actions[name].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([actions["new"], actions["new_window"], actions["open"]])
    recent_menu = QMenu(translate("MainWindow", "Open &recent"), window)
    recent_menu.aboutToShow.connect(lambda: host.files.fill_recent_menu(recent_menu))
    file_menu.addMenu(recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([actions["save"], actions["save_as"], actions["save_as_template"], actions["close"]])
    file_menu.addSeparator()
    host.exports.add_menu(file_menu)
    actions.update(host.exports.actions)
    actions["import"] = host.imports.action
    file_menu.addAction(host.imports.action)
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])

    edit_menu = menu_bar.addMenu(translate("MainWindow", "&Edit"))
    edit_menu.addActions([actions["undo"], actions["redo"]])
    edit_menu.addSeparator()
    edit_menu.addActions([actions[n] for n in ("cut", "copy", "paste", "duplicate", "delete")])
    edit_menu.addSeparator()
    edit_menu.addActions([actions[n] for n in ("select_all", "find", "find_next", "find_previous")])
    edit_menu.addSeparator()
    edit_menu.addActions([actions["add_card"], actions["add_stage"]])

    view_menu = menu_bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([actions[n] for n in ("zoom_in", "zoom_out", "fit", "zoom_100")])
    view_menu.addSeparator()
    view_menu.addAction(actions["full_screen"])
    view_menu.addSeparator()

    journey_menu = menu_bar.addMenu(translate("MainWindow", "&Journey"))
    journey_menu.addActions([actions["new_journey"], actions["derive_journey"], actions["delete_journey"]])

    settings_menu = menu_bar.addMenu(translate("MainWindow", "&Settings"))
    language_menu = settings_menu.addMenu(translate("MainWindow", "&Language"))
    languages = QActionGroup(window)
    for code, text in (("", translate("MainWindow", "Follow the system")), ("en", "English"), ("fr", "Français")):
        action = QAction(text, window)
        action.setCheckable(True)
        action.setData(code)
        languages.addAction(action)
        language_menu.addAction(action)
        actions[f"language_{code or 'system'}"] = action
    languages.triggered.connect(lambda action: host.preferences.set_language(action.data()))
    add("preferences", translate("MainWindow", "&Preferences…"), lambda: host.preferences.show_preferences(),
        Key.Preferences)
    settings_menu.addAction(actions["preferences"])
    actions["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
    # Help (issue 13: About; the keyboard shortcuts dialog is added beside it elsewhere).
    help_menu = menu_bar.addMenu(translate("MainWindow", "&Help"))
    add("about", translate("MainWindow", "&About Parcours"), lambda: host.preferences.show_about())
    actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(actions["about"])

    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions["new"], actions["open"], actions["save"]])
    toolbar.addSeparator()
    toolbar.addActions(_steady_undo_redo(window, actions))
    toolbar.addSeparator()
    toolbar.addActions([actions["zoom_out"], actions["zoom_in"], actions["fit"]])
    toolbar.addSeparator()
    combo = host.journey_combo
    combo.setMinimumContentsLength(28)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setToolTip(translate("MainWindow", "The journey shown on the map"))
    toolbar.addWidget(combo)
    window.addToolBar(toolbar)
    return WindowChrome(actions, file_menu, recent_menu, edit_menu, view_menu, help_menu, toolbar)


def _steady_undo_redo(window: QMainWindow, actions: dict[str, QAction]) -> list[QAction]:
    """Toolbar twins of Undo and Redo with short fixed labels: the buttons never jump as the step's name changes.

    The full "Undo Move card" stays in the Edit menu and in the twin's tooltip.
    """
    twins = []
    for name, text, fallback in (("undo", translate("MainWindow", "Undo"), QStyle.StandardPixmap.SP_ArrowBack),
                                 ("redo", translate("MainWindow", "Redo"), QStyle.StandardPixmap.SP_ArrowForward)):
        source = actions[name]
        twin = QAction(QIcon.fromTheme(f"edit-{name}", _std_icon(window, fallback)), text, window)
        twin.setObjectName(f"toolbar_{name}")

        def follow(twin: QAction = twin, source: QAction = source) -> None:
            twin.setEnabled(source.isEnabled())
            twin.setToolTip(source.text().replace("&", ""))

        source.changed.connect(follow)
        follow()
        twin.triggered.connect(source.trigger)
        twins.append(twin)
    return twins
