"""The main window's actions, menus and toolbar, with the platform's standard shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu, QStyle, QToolBar

Key = QKeySequence.StandardKey


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _std_icon(window: QMainWindow, pixmap: QStyle.StandardPixmap) -> QIcon:
    return window.style().standardIcon(pixmap)


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

    sp = QStyle.StandardPixmap
    add("new", _t("&New project"), window.new_project, Key.New, icon=_std_icon(window, sp.SP_FileIcon))
    add("new_window", _t("New &window"), window.new_window, "Ctrl+Shift+N")
    add("open", _t("&Open…"), window.open_dialog, Key.Open, icon=_std_icon(window, sp.SP_DialogOpenButton))
    add("save", _t("&Save"), window.save_interactive, Key.Save, icon=_std_icon(window, sp.SP_DialogSaveButton))
    add("save_as", _t("Save &As…"), window.save_as_dialog, Key.SaveAs)
    add("close", _t("&Close project"), window.close_project, Key.Close)
    # Windows has no standard Quit key (Alt+F4 closes the window): Ctrl+Q everywhere.
    add("quit", _t("&Quit"), window.close, Key.Quit, "Ctrl+Q")
    group = window.undo_group
    # Prefixed by Qt with the command's text: "Undo Move card".
    actions["undo"] = group.createUndoAction(window, _t("&Undo"))
    actions["undo"].setShortcuts(shortcut_list(Key.Undo))
    actions["undo"].setIcon(QIcon.fromTheme("edit-undo"))
    actions["redo"] = group.createRedoAction(window, _t("&Redo"))
    # Ctrl+Y and Ctrl+Shift+Z, which users of every platform try.
    actions["redo"].setShortcuts(shortcut_list(Key.Redo, "Ctrl+Y", "Ctrl+Shift+Z"))
    actions["redo"].setIcon(QIcon.fromTheme("edit-redo"))

    add("cut", _t("Cu&t"), lambda: window.controller and window.controller.cut_selection(), Key.Cut)
    add("copy", _t("&Copy"), lambda: window.controller and window.controller.copy_selection(), Key.Copy)
    add("paste", _t("&Paste"), lambda: window.controller and window.controller.paste(), Key.Paste)
    add("duplicate", _t("D&uplicate"), lambda: window.controller and window.controller.duplicate_selection(),
        "Ctrl+D")
    add("delete", _t("&Delete"), lambda: window.controller and window.controller.delete_selection(), Key.Delete)
    add("select_all", _t("Select &all"), lambda: window.controller and window.controller.select_all(),
        Key.SelectAll)
    add("find", _t("&Find…"), window.open_find, Key.Find)
    add("find_next", _t("Find &next"), lambda: window.step_find(1), Key.FindNext)
    add("find_previous", _t("Find pre&vious"), lambda: window.step_find(-1), Key.FindPrevious)
    add("add_card", _t("New &card"), lambda: window.controller and window.controller.add_card_here(),
        "Ctrl+Return")
    add("add_stage", _t("New &stage"), lambda: window.controller and window.controller.add_stage_at_end())

    add("zoom_in", _t("Zoom &in"), lambda: window.canvas_view and window.canvas_view.zoom_in(), Key.ZoomIn)
    add("zoom_out", _t("Zoom &out"), lambda: window.canvas_view and window.canvas_view.zoom_out(), Key.ZoomOut)
    add("fit", _t("&Fit to window"), lambda: window.canvas_view and window.canvas_view.fit(), "Ctrl+0")
    add("zoom_100", _t("&Actual size (100 %)"), lambda: window.canvas_view and window.canvas_view.zoom_actual(),
        "Ctrl+1")
    add("full_screen", _t("F&ull screen"), window.toggle_full_screen, Key.FullScreen, "F11", checkable=True)

    add("new_journey", _t("&New journey"), window.new_journey)
    add("derive_journey", _t("&Derive a to-be journey"), window.derive_journey)
    add("delete_journey", _t("De&lete this journey"), window.delete_journey)

    menu_bar = window.menuBar()
    file_menu = menu_bar.addMenu(_t("&File"))
    file_menu.addActions([actions["new"], actions["new_window"], actions["open"]])
    window.recent_menu = QMenu(_t("Open &recent"), window)
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addMenu(window.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([actions["save"], actions["save_as"], actions["close"]])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])

    edit_menu = menu_bar.addMenu(_t("&Edit"))
    edit_menu.addActions([actions["undo"], actions["redo"]])
    edit_menu.addSeparator()
    edit_menu.addActions([actions[n] for n in ("cut", "copy", "paste", "duplicate", "delete")])
    edit_menu.addSeparator()
    edit_menu.addActions([actions[n] for n in ("select_all", "find", "find_next", "find_previous")])
    edit_menu.addSeparator()
    edit_menu.addActions([actions["add_card"], actions["add_stage"]])
    window.file_menu, window.edit_menu = file_menu, edit_menu

    view_menu = menu_bar.addMenu(_t("&View"))
    view_menu.addActions([actions[n] for n in ("zoom_in", "zoom_out", "fit", "zoom_100")])
    view_menu.addSeparator()
    view_menu.addAction(actions["full_screen"])
    view_menu.addSeparator()
    window.view_menu = view_menu

    window.journey_menu = journey_menu = menu_bar.addMenu(_t("&Journey"))
    journey_menu.addActions([actions["new_journey"], actions["derive_journey"], actions["delete_journey"]])

    window.settings_menu = settings_menu = menu_bar.addMenu(_t("&Settings"))
    language_menu = settings_menu.addMenu(_t("&Language"))
    group = QActionGroup(window)
    for code, text in (("", _t("Follow the system")), ("en", "English"), ("fr", "Français")):
        action = QAction(text, window)
        action.setCheckable(True)
        action.setData(code)
        group.addAction(action)
        language_menu.addAction(action)
        actions[f"language_{code or 'system'}"] = action
    group.triggered.connect(lambda action: window.set_language(action.data()))

    toolbar = QToolBar(_t("Main toolbar"), window)
    toolbar.setObjectName("main_toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions["new"], actions["open"], actions["save"]])
    toolbar.addSeparator()
    toolbar.addActions([actions["undo"], actions["redo"]])
    toolbar.addSeparator()
    toolbar.addActions([actions["zoom_out"], actions["zoom_in"], actions["fit"]])
    toolbar.addSeparator()
    window.journey_combo = QComboBox(window)
    window.journey_combo.setMinimumContentsLength(28)
    window.journey_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    window.journey_combo.setToolTip(_t("The journey shown on the map"))
    toolbar.addWidget(window.journey_combo)
    window.addToolBar(toolbar)
    window.toolbar = toolbar
    return actions


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
        menu.addAction(_t("No recent projects")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(_t("Clear the list"), clear)
