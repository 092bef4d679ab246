"""The editor's preferences and memory (recent files, window layout), in QSettings.

Settings live in an INI file in the user's data folder (``PARCOURS_DATA_DIR``
moves it, so tests never touch the real one).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QMargins, QPoint, QSettings, QSize, Qt
from PySide6.QtWidgets import QMainWindow

from app import i18n
from app.model.data_folder import data_dir

#: How many recent files File > Open Recent lists.
MAX_RECENT = 10
#: Languages the preference may hold ("" = follow the system).
LANGUAGES = ("", *i18n.LANGUAGES)
#: Bumped when the docks or toolbars change, so an old layout is not forced on the new ones.
_LAYOUT_VERSION = 1


def settings() -> QSettings:
    """The editor's settings file."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    """Recently opened projects that still exist, newest first (missing ones are pruned)."""
    stored = settings().value("recent_files", [])
    if isinstance(stored, str):  # QSettings gives a one-item list back as a plain string
        stored = [stored]
    if not isinstance(stored, list):
        stored = []
    existing = [Path(p) for p in stored if isinstance(p, str) and p and Path(p).is_file()][:MAX_RECENT]
    if [str(p) for p in existing] != stored:
        settings().setValue("recent_files", [str(p) for p in existing])
    return existing


def add_recent_file(path: Path | str) -> None:
    """Put ``path`` first in the recent files."""
    path = Path(path).resolve()
    paths = [p for p in recent_files() if p.resolve() != path]
    settings().setValue("recent_files", [str(p) for p in [path, *paths][:MAX_RECENT]])


def clear_recent_files() -> None:
    """Forget every recent file."""
    settings().setValue("recent_files", [])


def language() -> str:
    """The language chosen in the preferences ("" = follow the system)."""
    value = settings().value("language", "")
    return value if value in LANGUAGES else ""


def set_language(value: str) -> None:
    """Choose the language of the next start ("" = follow the system)."""
    if value not in LANGUAGES:
        raise ValueError(f"unknown language {value!r}")
    settings().setValue("language", value)


def restore_window_layout(window: QMainWindow) -> None:
    """Give ``window`` the size, place, docks and toolbars it had when the last window closed."""
    stored = settings()
    geometry = stored.value("window/geometry")
    state = stored.value("window/state")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
        # Left in full screen: come back in the normal window (View > Full screen is unchecked at start).
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
        _fit_on_screen(window)
    if isinstance(state, QByteArray):
        window.restoreState(state, _LAYOUT_VERSION)


def restore_dock_state(window: QMainWindow) -> None:
    """Give ``window``'s docks and toolbars the places and sizes they had when the last window closed (if any)."""
    state = settings().value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state, _LAYOUT_VERSION)


#: A first window's docks: the palette's and the inspector's widths, and the curve pane's height (at most
#: this, and at most 3/10 of the window's height), so the map gets most of a laptop's width.
FIRST_PALETTE_WIDTH, FIRST_INSPECTOR_WIDTH, FIRST_CURVE_HEIGHT = 180, 320, 230


def first_curve_height(window_height: int) -> int:
    """The curve pane's height in a first window ``window_height`` tall."""
    return min(FIRST_CURVE_HEIGHT, window_height * 3 // 10)


#: The first window's size where the screen has room for it.
FIRST_SIZE = QSize(1400, 860)
#: Room kept for the window manager's frame and title bar, which are not known before the window is shown.
_FRAME_ROOM = QSize(16, 48)


def first_window_size(window: QMainWindow) -> QSize:
    """The size of a first window: :data:`FIRST_SIZE`, within its screen's available area with its frame.

    At 200 % on a 1920x1080 screen the available area is about 960x510: the window must not outgrow it.
    """
    screen = window.screen()
    if screen is None:
        return QSize(FIRST_SIZE)
    area = screen.availableGeometry().size() - _FRAME_ROOM
    return FIRST_SIZE.boundedTo(area).expandedTo(window.minimumSizeHint())


def _fit_on_screen(window: QMainWindow) -> None:
    """A window remembered from a larger screen shrinks to this one's available area (never off its edges)."""
    screen = window.screen()
    if screen is None or window.isMaximized():
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    if frame.width() <= area.width() and frame.height() <= area.height() and area.contains(frame.topLeft()):
        return
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    window.resize(min(window.width(), area.width() - extra_w), min(window.height(), area.height() - extra_h))
    window.move(area.topLeft())


def save_window_layout(window: QMainWindow) -> None:
    """Remember the size, place, docks and toolbars of ``window`` for the next window, and where its map sat."""
    stored = settings()
    stored.setValue("window/geometry", window.saveGeometry())
    stored.setValue("window/state", window.saveState(_LAYOUT_VERSION))
    central = window.centralWidget()
    if central is not None and central.isVisible():
        corner = central.mapTo(window, QPoint(0, 0))
        stored.setValue("window/map_margins", [corner.x(), corner.y(), window.width() - corner.x() - central.width(),
                                               window.height() - corner.y() - central.height()])


def map_margins(window: QMainWindow) -> QMargins:
    """Where the map will sit in ``window`` once its menus, toolbar and docks are made: its margins in the window.

    The editor's start paints the map before them (see app/ui/editor_start.py): painted at its coming
    place, it does not jump when they arrive. Those of the last window closed, else a first window's.
    """
    room = window.size()
    try:
        left, top, right, bottom = (int(value) for value in settings().value("window/map_margins"))
    except (TypeError, ValueError):  # none yet (a first start), or not four numbers
        # The first window's docks, their splitters, the menu bar, toolbar, tab bar and status bar.
        left, top, right = FIRST_PALETTE_WIDTH + 6, 58, FIRST_INSPECTOR_WIDTH + 6
        bottom = first_curve_height(room.height()) + 22
    if min(left, top, right, bottom) < 0 or room.width() - left - right < 200 or room.height() - top - bottom < 150:
        return QMargins()  # from a larger window: the whole window rather than a sliver of map
    return QMargins(left, top, right, bottom)


def _app_folders() -> list[Path]:
    """The app's own folders (data, resources, installed share/parcours): never offered for the user's files."""
    from app import resources

    folders = [data_dir(), *resources.candidate_dirs()]
    folders += [folder.parent for folder in folders if folder.parent.name.lower() == "parcours"]
    return [folder.resolve() for folder in folders]


def is_app_folder(folder: Path) -> bool:
    """True when ``folder`` is inside one of the app's own folders."""
    try:
        folder = folder.resolve()
    except OSError:
        return False
    return any(folder == own or own in folder.parents for own in _app_folders())


def documents_folder() -> Path:
    """The user's documents folder (the home folder when there is none)."""
    from PySide6.QtCore import QStandardPaths

    located = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(located) if located and Path(located).is_dir() else Path.home()


def last_folder() -> Path:
    """Where file dialogs open: the folder used last by the user, else their documents folder.

    The app's own folders never qualify (a sample opened from the installation
    must not send Save As into it).
    """
    stored = settings().value("last_folder", "")
    candidates = [Path(stored)] if isinstance(stored, str) and stored else []
    candidates += [path.parent for path in recent_files()]
    for folder in candidates:
        if folder.is_dir() and not is_app_folder(folder):
            return folder
    return documents_folder()


def set_last_folder(folder: Path | str) -> None:
    """Remember the folder the user chose in a file dialog (the app's own folders are not remembered)."""
    folder = Path(folder)
    if folder.is_dir() and not is_app_folder(folder):
        settings().setValue("last_folder", str(folder))


# ---------------------------------------------------------------------- preferences (issue 13)

#: Defaults of the Preferences dialog's own values (poster options live with the poster dialog's memory).
DEFAULTS: dict[str, object] = {"theme": "system", "units": "mm"}
#: Units for sizes shown to the user.
UNITS = ("mm", "in")
_ALLOWED: dict[str, tuple[str, ...]] = {"theme": ("system", "light", "dark"), "units": UNITS}


def preference(name: str) -> object:
    """A preference (theme, units), its default when unset or odd."""
    default = DEFAULTS[name]
    value = settings().value(f"preferences/{name}", default)
    allowed = _ALLOWED[name]
    return value if value in allowed else default


def set_preference(name: str, value: object) -> None:
    """Store a preference (ValueError for an unknown name or value)."""
    if name not in DEFAULTS:
        raise ValueError(f"unknown preference {name!r}")
    if value not in _ALLOWED[name]:
        raise ValueError(f"{value!r} is not a value of {name}")
    settings().setValue(f"preferences/{name}", value)


def theme() -> str:
    """The theme chosen: system, light or dark."""
    return str(preference("theme"))
