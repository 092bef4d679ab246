"""Writing an output file so that it is never left half written."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from app.model import leftovers
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Let ``write(stream)`` fill a file beside ``path``, fsync it, then rename it over ``path``.

    A file streamed this way (a large PNG) need not be held in memory. If
    ``write`` raises (an error, or a cancelled export), the partial file is
    removed and ``path`` is left as it was. Partial files that killed exports
    to ``path`` left behind are removed first. Raises :class:`ParcoursError`
    with one sentence when the file cannot be written.
    """
    path = Path(path)
    leftovers.remove_stale_parts(path)
    partial = leftovers.partial_path(path)
    try:
        with open(partial, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except OSError as error:
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "Parcours could not write {path}: {reason}."),
                            path=str(path), reason=error.strerror or str(error)) from error
    finally:
        partial.unlink(missing_ok=True)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through :func:`write_atomically`: never a half file."""
    write_atomically(path, lambda stream: stream.write(data))
