"""Project files this installation wrote or checked in full, known by a digest of their bytes.

Reading every row of a file (:mod:`app.model.validation`) and SQLite's full
integrity check take about a second for 100,000 cards. A file whose exact
bytes Parcours saved itself, or already checked in full, cannot hold damage
those checks would find, so :func:`app.model.storefile.open_for_reading`
skips them for it: reopening your own file stays fast. Any changed byte
changes the digest, and the file is checked again. ``parcours check``
always checks in full. The digests live in ``<data>/known-files.json``
(the most recent :data:`KEPT`); losing the list only costs time.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from app.model.data_folder import data_dir

#: How many digests are remembered.
KEPT = 64
_CHUNK = 1 << 20


def file_digest(path: Path) -> str | None:
    """The BLAKE2b digest of the file's bytes, or None when it cannot be read."""
    digest = hashlib.blake2b(digest_size=20)
    try:
        with open(path, "rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _list_path() -> Path:
    return data_dir() / "known-files.json"


def _known() -> list[str]:
    try:
        data = json.loads(_list_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [item for item in data if isinstance(item, str)] if isinstance(data, list) else []


def is_known(digest: str | None) -> bool:
    """True when a file with this digest was written or checked in full by this installation."""
    return digest is not None and digest in _known()


def remember(digest: str | None) -> None:
    """Record ``digest`` as the digest of a sound file (best effort: a failure only costs time later)."""
    if digest is None:
        return
    known = [item for item in _known() if item != digest][-(KEPT - 1):] + [digest]
    path = _list_path()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.new")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(known), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
