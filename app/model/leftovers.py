"""Temporary files of ours that a crash can leave beside a document or an export, and their cleaning.

A save writes ``.~saving.<pid>-<token>.<name>`` beside the document and
renames it over the document; an export writes ``.<name>.<pid>.part`` beside
its output. A process killed in between leaves that file behind (a full copy
of the project, megabytes each time). They are removed at the next open or
save of the same document (or the next export to the same output) - only
files of exactly our naming for that very file, and only stale ones: their
process is gone, or they have not been touched for :data:`STALE_AFTER` seconds.
"""

from __future__ import annotations

import os
import re
import secrets
import sys
import time
from pathlib import Path

#: A temporary file untouched this long is stale even if a process with its pid runs (pids are reused).
STALE_AFTER = 600.0
#: What a save's temporary file starts with.
SAVING_PREFIX = ".~saving."
_SAVING_ID = re.compile(r"(?:(?P<pid>\d+)-)?[0-9a-f]{8}")
_SIDECARS = ("", "-journal", "-wal", "-shm")


def process_alive(pid: int) -> bool:
    """True when a process ``pid`` runs on this machine (or cannot be ruled out)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by another user
    except OSError:
        return False
    return True


def saving_path(target: Path) -> Path:
    """A new hidden name beside ``target`` for the copy a save writes before renaming it over ``target``."""
    return target.with_name(f"{SAVING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}.{target.name}")


def _stale(path: Path, pid: int | None) -> bool:
    try:
        age = time.time() - path.lstat().st_mtime
    except OSError:
        return False
    if pid is not None and pid == os.getpid():
        return False  # this process's own save, still running
    return age > STALE_AFTER or (pid is not None and not process_alive(pid))


def _remove(path: Path) -> bool:
    removed = False
    for suffix in _SIDECARS:
        try:
            os.unlink(path.with_name(path.name + suffix))
            removed = True
        except OSError:
            continue  # gone already, or not ours to remove: leave it
    return removed


def remove_stale_saves(document: Path) -> list[Path]:
    """Remove the stale temporary copies crashed saves of ``document`` left beside it; return them.

    Call it while holding the document's lock: then no other Parcours is
    saving this document (a forced take-over aside, which the age rule covers).
    """
    tail = "." + document.name
    found = []
    try:
        entries = list(os.scandir(document.parent))
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if not (name.startswith(SAVING_PREFIX) and name.endswith(tail)) or not entry.is_file(follow_symlinks=False):
            continue
        match = _SAVING_ID.fullmatch(name[len(SAVING_PREFIX):-len(tail)])
        if match is None:
            continue
        pid = int(match["pid"]) if match["pid"] else None
        path = Path(entry.path)
        if _stale(path, pid) and _remove(path):
            found.append(path)
    return found


def partial_path(output: Path) -> Path:
    """The hidden name an export writes before renaming it to ``output``."""
    return output.with_name(f".{output.name}.{os.getpid()}.part")


def remove_stale_parts(output: Path) -> list[Path]:
    """Remove the stale partial files killed exports to ``output`` left beside it; return them."""
    head, found = f".{output.name}.", []
    try:
        entries = list(os.scandir(output.parent))
    except OSError:
        return []
    for entry in entries:
        name = entry.name
        if not (name.startswith(head) and name.endswith(".part")) or not entry.is_file(follow_symlinks=False):
            continue
        middle = name[len(head):-len(".part")]
        if not middle.isdigit():
            continue
        path = Path(entry.path)
        if _stale(path, int(middle)):
            try:
                path.unlink()
            except OSError:
                continue
            found.append(path)
    return found
