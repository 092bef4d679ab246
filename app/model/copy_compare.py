"""Whether a working copy left by a crash holds anything its document does not: else there is nothing to recover.

A working copy is its document's database, opened in WAL mode: as long as nothing was typed, the two
files hold the same pages, byte for byte, and differ only in header fields that say how the file is
opened or which SQLite last wrote it. A crash (or a kill) right after opening a project, or after saving
it, must not greet the user with "unsaved changes" to recover: there are none.
"""

from __future__ import annotations

from pathlib import Path

#: Header bytes that change with how the file is opened, not with what it holds: the format versions
#: (18-19: 2 in WAL mode, 1 otherwise), the change counter (24-27), and "version valid for" with the
#: SQLite version that last wrote the file (92-99).
_HEADER_NOISE = ((18, 20), (24, 28), (92, 100))
_HEADER = 100
_CHUNK = 1 << 20


def _masked(header: bytes) -> bytes:
    data = bytearray(header)
    for start, end in _HEADER_NOISE:
        data[start:end] = bytes(end - start)
    return bytes(data)


def holds_nothing_new(working: Path, document: Path) -> bool:
    """True when ``working`` has the very content of ``document`` (False when unsure, or either is unreadable)."""
    try:
        for sidecar in ("-wal", "-journal"):  # a change may still sit in a sidecar
            side = working.with_name(working.name + sidecar)
            if side.exists() and side.stat().st_size:
                return False
        if working.stat().st_size != document.stat().st_size:
            return False
        with working.open("rb") as ours, document.open("rb") as theirs:
            if _masked(ours.read(_HEADER)) != _masked(theirs.read(_HEADER)):
                return False
            while True:
                chunk = ours.read(_CHUNK)
                if chunk != theirs.read(_CHUNK):
                    return False
                if not chunk:
                    return True
    except OSError:
        return False
