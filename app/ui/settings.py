"""The editor's preferences and memory (recent files, window layout), in QSettings.

Settings live in an INI file in the user's data folder (``PARCOURS_DATA_DIR``
moves it, so tests never touch the real one).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from app import i18n
from app.model.recovery import data_dir

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
    if isinstance(state, QByteArray):
        window.restoreState(state, _LAYOUT_VERSION)


def save_window_layout(window: QMainWindow) -> None:
    """Remember the size, place, docks and toolbars of ``window`` for the next window."""
    stored = settings()
    stored.setValue("window/geometry", window.saveGeometry())
    stored.setValue("window/state", window.saveState(_LAYOUT_VERSION))
