"""Project files on disk: their suffix, flushing a file to the disk, removing a database and its sidecars.

Standard library only (no SQLAlchemy), so the crash records
(:mod:`app.model.recovery`) and the editor's start can use it before the ORM
is loaded. :mod:`app.model.storefile` re-exports these names.
"""

from __future__ import annotations

import os
from pathlib import Path

#: File name suffix of project files.
SUFFIX = ".parcours"

__all__ = ["SUFFIX", "fsync_path", "remove_database_files"]


def fsync_path(path: Path) -> None:
    """Flush a file's content to the disk."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_database_files(path: Path) -> None:
    """Delete a database file and the sidecars SQLite may have left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        try:
            os.unlink(path.with_name(path.name + suffix))
        except FileNotFoundError:
            pass
        except OSError:
            continue  # best effort: the caller is already reporting a failure or closing
