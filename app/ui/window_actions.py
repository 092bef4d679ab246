"""The main window's actions, menus and toolbar, with the platform's standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu, QStyle, QToolBar

from app.ui.canvas.controller import CanvasController
from app.ui.canvas.view import CanvasView
from app.ui import window_export

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


def build(window) -> dict[str, QAction]:
    """Create the window's actions, menus and toolbar; return the actions by name."""
    actions: dict[str, QAction] = {}

    def add(name: str, text: str, slot: Callable[[], object], *shortcuts, icon: QIcon | None = None,
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
        return lambda: window.controller is not None and verb(window.controller)

    def on_view(verb: Callable[[CanvasView], object]) -> Callable[[], object]:
        return lambda: window.canvas_view is not None and verb(window.canvas_view)

    sp = QStyle.StandardPixmap
    add("new", translate("MainWindow", "&New project"), window.new_project, Key.New,
        icon=_std_icon(window, sp.SP_FileIcon))
    add("new_window", translate("MainWindow", "New &window"), window.new_window, "Ctrl+Shift+N")
    add("open", translate("MainWindow", "&Open…"), window.open_dialog, Key.Open,
        icon=_std_icon(window, sp.SP_DialogOpenButton))
    add("save", translate("MainWindow", "&Save"), window.save_interactive, Key.Save,
        icon=_std_icon(window, sp.SP_DialogSaveButton))
    add("save_as", translate("MainWindow", "Save &As…"), window.save_as_dialog, Key.SaveAs)
    add("save_as_template", translate("MainWindow", "Save as &template…"), window.save_as_template)
    add("close", translate("MainWindow", "&Close project"), window.close_project, Key.Close)
    # Windows has no standard Quit key (Alt+F4 closes the window): Ctrl+Q everywhere.
    add("quit", translate("MainWindow", "&Quit"), window.quit, Key.Quit, "Ctrl+Q")

    group = window.undo_group
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
    for name, verb in (("undo", window.undo), ("redo", window.redo)):
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
    add("find", translate("MainWindow", "&Find…"), window.open_find, Key.Find)
    add("find_next", translate("MainWindow", "Find &next"), lambda: window.step_find(1), Key.FindNext)
    add("find_previous", translate("MainWindow", "Find pre&vious"), lambda: window.step_find(-1), Key.FindPrevious)
    add("add_card", translate("MainWindow", "New &card"), on_controller(CanvasController.add_card_here),
        "Ctrl+Return")
    add("add_stage", translate("MainWindow", "New &stage"), on_controller(CanvasController.add_stage_at_end))

    add("zoom_in", translate("MainWindow", "Zoom &in"), on_view(CanvasView.zoom_in), Key.ZoomIn)
    add("zoom_out", translate("MainWindow", "Zoom &out"), on_view(CanvasView.zoom_out), Key.ZoomOut)
    add("fit", translate("MainWindow", "&Fit to window"), on_view(CanvasView.fit), "Ctrl+0")
    add("zoom_100", translate("MainWindow", "&Actual size (100 %)"), on_view(CanvasView.zoom_actual), "Ctrl+1")
    add("full_screen", translate("MainWindow", "F&ull screen"), window.toggle_full_screen, Key.FullScreen, "F11",
        checkable=True)

    add("new_journey", translate("MainWindow", "&New journey"), window.new_journey)
    add("derive_journey", translate("MainWindow", "&Derive a to-be journey"), window.derive_journey)
    add("delete_journey", translate("MainWindow", "De&lete this journey"), window.delete_journey)

    for name in MAP_ONLY:
        # The window adds these to each canvas view it makes: their keys work while the map has the focus.
        actions[name].setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([actions["new"], actions["new_window"], actions["open"]])
    window.recent_menu = QMenu(translate("MainWindow", "Open &recent"), window)
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([actions["save"], actions["save_as"], actions["save_as_template"], actions["close"]])
    file_menu.addSeparator()
    window_export.add_menus(window, file_menu, actions)
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
    window.edit_menu = edit_menu

    view_menu = menu_bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addActions([actions[n] for n in ("zoom_in", "zoom_out", "fit", "zoom_100")])
    view_menu.addSeparator()
    view_menu.addAction(actions["full_screen"])
    view_menu.addSeparator()
    window.view_menu = view_menu

    journey_menu = menu_bar.addMenu(translate("MainWindow", "&Journey"))
    journey_menu.addActions([actions["new_journey"], actions["derive_journey"], actions["delete_journey"]])

    settings_menu = menu_bar.addMenu(translate("MainWindow", "&Settings"))
    language_menu = settings_menu.addMenu(translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, text in (("", translate("MainWindow", "Follow the system")), ("en", "English"), ("fr", "Français")):
        action = QAction(text, window)
        action.setCheckable(True)
        action.setData(code)
        group.addAction(action)
        language_menu.addAction(action)
        actions[f"language_{code or 'system'}"] = action
    group.triggered.connect(lambda action: window.set_language(action.data()))
    add("preferences", translate("MainWindow", "&Preferences…"), window.show_preferences, Key.Preferences)
    settings_menu.addAction(actions["preferences"])
    actions["preferences"].setMenuRole(QAction.MenuRole.PreferencesRole)
    # Help (issue 13: About; the keyboard shortcuts dialog is added beside it elsewhere).
    help_menu = menu_bar.addMenu(translate("MainWindow", "&Help"))
    add("about", translate("MainWindow", "&About Parcours"), window.show_about)
    actions["about"].setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(actions["about"])
    window.help_menu = help_menu

    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions["new"], actions["open"], actions["save"]])
    toolbar.addSeparator()
    toolbar.addActions(_steady_undo_redo(window, actions))
    toolbar.addSeparator()
    toolbar.addActions([actions["zoom_out"], actions["zoom_in"], actions["fit"]])
    toolbar.addSeparator()
    window.journey_combo = QComboBox(window)
    window.journey_combo.setMinimumContentsLength(28)
    window.journey_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    window.journey_combo.setToolTip(translate("MainWindow", "The journey shown on the map"))
    toolbar.addWidget(window.journey_combo)
    window.addToolBar(toolbar)
    window.toolbar = toolbar
    return actions


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


def fill_recent_menu(menu: QMenu, paths: list[Path], open_path: Callable[[Path], object],
                     clear: Callable[[], object]) -> None:
    """List ``paths`` in File > Open recent (numbered for the keyboard), with Clear the list."""
    menu.clear()
    for number, path in enumerate(paths, start=1):
        action = menu.addAction(f"&{number % 10} {path.name}")
        action.setToolTip(str(path))
        action.setData(str(path))
        action.triggered.connect(lambda _checked=False, chosen=path: open_path(chosen))
    if not paths:
        menu.addAction(translate("MainWindow", "No recent projects")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(translate("MainWindow", "Clear the list"), clear)
