"""Where Parcours keeps its own files: the user's data folder (working copies, recovery records, settings).

A leaf of the model: it imports nothing of Parcours, so every layer that
needs the folder (the file layer's cache of checked files, the working
copies, the editor's settings) can ask it without importing the others.
"""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The user's Parcours data folder (not created here).

    ``PARCOURS_DATA_DIR`` if set, else ``$XDG_DATA_HOME/parcours``, else
    ``~/.local/share/parcours`` (``%LOCALAPPDATA%\\Parcours`` on Windows).
    """
    override = os.environ.get("PARCOURS_DATA_DIR")
    if override:
        return Path(override)
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "Parcours"
    xdg = os.environ.get("XDG_DATA_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / "parcours"
