"""The editor's preferences and memory (recent files, window layout), in QSettings.

Settings live in an INI file in the user's data folder (``PARCOURS_DATA_DIR``
moves it, so tests never touch the real one).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.model.recovery import data_dir

#: How many recent files File > Open Recent lists.
MAX_RECENT = 10


def settings() -> QSettings:
    """The editor's settings file."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    """Recently opened projects that still exist, newest first (missing ones are pruned)."""
    stored = settings().value("recent_files", [])
    if isinstance(stored, str):
        stored = [stored]
    paths = [Path(p) for p in stored or [] if p]
    existing = [p for p in paths if p.is_file()]
    if len(existing) != len(paths):
        settings().setValue("recent_files", [str(p) for p in existing])
    return existing[:MAX_RECENT]


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
    return value if isinstance(value, str) else ""


def set_language(value: str) -> None:
    """Choose the language of the next start ("" = follow the system)."""
    settings().setValue("language", value)
