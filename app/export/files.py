"""Writing an output file so that it is never left half written."""

from __future__ import annotations

import os
from pathlib import Path

from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` beside ``path``, fsync it, then rename it over ``path``: never a half file.

    Raises :class:`ParcoursError` with one sentence when the file cannot be written.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with open(partial, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except OSError as error:
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "Parcours could not write {path}: {reason}."),
                            path=str(path), reason=error.strerror or str(error)) from error
    finally:
        partial.unlink(missing_ok=True)
