"""Working copies, their recovery records, and the lock beside an open document.

A working copy is the private database every edit is committed to; it lives
in ``<data>/working/<uuid>.parcours`` beside a small JSON record
``<uuid>.json`` naming the document it belongs to and the process that owns
it. A normal close deletes both. When the owner is gone (same host, process
no longer alive) the pair is *recoverable*: :func:`list_recoverable` offers
it until the user recovers or discards it.

The lock is a JSON file ``.~lock.<name>#`` beside the document saying who has
it open; it is stale when its owner is gone, and then taken over silently.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import secrets
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.model.copy_compare import holds_nothing_new
from app.model.data_folder import data_dir
from app.model.disk import SUFFIX, fsync_path, remove_database_files
from app.model.errors import QT_TRANSLATE_NOOP, ProjectFileError
from app.model.leftovers import process_alive


def working_dir() -> Path:
    """``<data>/working``, created private to the user when missing."""
    folder = data_dir() / "working"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"


@dataclass(frozen=True)
class Owner:
    """Who has a document or a working copy open: user, host, process and since when."""

    user: str
    host: str
    pid: int
    opened_at: str

    @classmethod
    def current(cls) -> Owner:
        """This process, now."""
        now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        return cls(user=_user_name(), host=socket.gethostname(), pid=os.getpid(), opened_at=now)

    @classmethod
    def from_json(cls, data: Any) -> Owner:
        """Read the owner fields of a record or lock (raises KeyError/TypeError/ValueError)."""
        return cls(user=str(data["user"]), host=str(data["host"]), pid=int(data["pid"]),
                   opened_at=str(data["opened_at"]))

    def to_json(self) -> dict[str, Any]:
        """The owner fields as JSON-ready values."""
        return {"user": self.user, "host": self.host, "pid": self.pid, "opened_at": self.opened_at}

    def is_gone(self) -> bool:
        """True when the owner surely no longer runs: same host and the process is dead."""
        return self.host == socket.gethostname() and not process_alive(self.pid)

    @property
    def since(self) -> str:
        """``opened_at`` as local ``YYYY-MM-DD HH:MM`` for messages."""
        try:
            return dt.datetime.fromisoformat(self.opened_at).astimezone().strftime("%Y-%m-%d %H:%M")
        except ValueError:
            return self.opened_at


def _write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace ``path`` with ``data`` atomically and durably."""
    temporary = path.with_name(path.name + ".new")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    fsync_path(temporary)
    os.replace(temporary, path)


@dataclass(frozen=True)
class WorkingCopy:
    """A private working database and its recovery record, side by side in :func:`working_dir`."""

    path: Path

    @classmethod
    def new(cls) -> WorkingCopy:
        """A fresh, not yet existing working copy name."""
        return cls(working_dir() / f"{uuid.uuid4()}{SUFFIX}")

    @property
    def record_path(self) -> Path:
        """``<uuid>.json`` beside the working copy."""
        return self.path.with_suffix(".json")

    @property
    def untouched_path(self) -> Path:
        """``<uuid>.untouched`` beside the working copy: there while nothing was changed since it was opened or saved.

        An open may change the copy without the user (a migration to this version, objects Parcours did
        not make removed): the pages then differ from the document's, yet there is nothing to recover.
        """
        return self.path.with_suffix(".untouched")

    def mark_untouched(self) -> bool:
        """Say that the copy holds nothing the user changed (best effort: False when the mark cannot be written)."""
        try:
            self.untouched_path.touch()
        except OSError:
            return False
        return True

    def mark_touched(self) -> None:
        """Say, before the first change is committed, that the copy now holds the user's work (raises OSError)."""
        self.untouched_path.unlink(missing_ok=True)

    def is_untouched(self) -> bool:
        """True when the copy is marked as holding nothing the user changed."""
        return self.untouched_path.exists()

    def write_record(self, document: Path | None, title: str) -> None:
        """Record (again) which document this copy belongs to, and that this process owns it."""
        _write_json(self.record_path, {"document": str(document) if document else None, "title": title,
                                       **Owner.current().to_json()})

    def remove(self) -> None:
        """Delete the working copy and its sidecars, then its record."""
        remove_database_files(self.path)
        for record in (self.untouched_path, self.record_path,
                       self.record_path.with_name(self.record_path.name + ".new")):
            try:
                record.unlink(missing_ok=True)
            except OSError:
                pass  # best effort, like the copy itself


@dataclass(frozen=True)
class RecoveryRecord:
    """A working copy left behind by a process that is gone: unsaved work to recover or discard."""

    #: The document it belongs to (None: the project was never saved).
    document: Path | None
    title: str
    #: When its owner opened it (local time).
    opened_at: dt.datetime | None
    working_path: Path
    owner: Owner

    def discard(self) -> None:
        """Delete the working copy and its record for good."""
        WorkingCopy(self.working_path).remove()


def _nothing_to_recover(working: WorkingCopy, document: Path | None) -> bool:
    """True when the copy holds no work of the user's that its document (if any, and still there) lacks."""
    if document is not None and not document.exists():
        return False  # the copy is the project's last copy
    return working.is_untouched() or (document is not None and holds_nothing_new(working.path, document))


def list_recoverable() -> list[RecoveryRecord]:
    """Working copies whose owner is gone, newest first. Unreadable records are left alone."""
    folder = data_dir() / "working"
    if not folder.is_dir():
        return []
    found = []
    for record_path in folder.glob("*.json"):
        try:
            data = json.loads(record_path.read_text(encoding="utf-8"))
            owner = Owner.from_json(data)
            document = Path(data["document"]) if data.get("document") else None
            title = str(data.get("title") or "")
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if not owner.is_gone():
            continue
        working = WorkingCopy(record_path.with_suffix(SUFFIX))
        if not working.path.exists():  # closed between deleting the copy and its record
            record_path.unlink(missing_ok=True)
            continue
        if _nothing_to_recover(working, document):
            working.remove()  # opened (or saved) then left without a change: nothing to recover
            continue
        try:
            opened_at: dt.datetime | None = dt.datetime.fromisoformat(owner.opened_at)
        except ValueError:
            opened_at = None
        found.append(RecoveryRecord(document, title, opened_at, working.path, owner))
    found.sort(key=lambda record: record.owner.opened_at, reverse=True)
    return found


# --------------------------------------------------------------------------- lock


def lock_path(document: Path) -> Path:
    """The lock file of ``document``: ``.~lock.<name>#`` in the same folder."""
    return document.with_name(f".~lock.{document.name}#")


def _read_lock_data(document: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(lock_path(document).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def read_lock(document: Path) -> Owner | None:
    """Who holds the lock on ``document``, or None when there is no readable lock."""
    try:
        return Owner.from_json(_read_lock_data(document))
    except (KeyError, TypeError, ValueError):
        return None


@dataclass(frozen=True)
class DocumentLock:
    """This process's lock on one document."""

    document: Path
    owner: Owner
    #: Tells this lock from another one by the same process (a forced re-open).
    token: str

    @classmethod
    def acquire(cls, document: Path, *, force: bool = False) -> DocumentLock | None:
        """Lock ``document`` for this process, taking over a stale (or, with ``force``, any) lock.

        Raises a ``locked`` ProjectFileError naming who has it open and since
        when. Returns None when no lock file can be written there (the caller
        decides whether the folder is writable at all).
        """
        path, owner, token = lock_path(document), Owner.current(), secrets.token_hex(8)
        payload = json.dumps({**owner.to_json(), "token": token}, ensure_ascii=False).encode("utf-8")
        for _attempt in range(3):
            try:
                descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_lock(document)
                if holder is not None and not force and not holder.is_gone():
                    raise ProjectFileError("locked", QT_TRANSLATE_NOOP(
                        "errors", "{path} is already open by {user} on {host} since {since}; open it "
                                  "read-only, or wait until it is closed."),
                        path=str(document), user=holder.user, host=holder.host, since=holder.since) from None
                # stale, unreadable or overridden: take it over
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    return None
                continue
            except OSError:
                return None
            try:
                os.write(descriptor, payload)
            finally:
                os.close(descriptor)
            return cls(document, owner, token)
        return None

    def release(self) -> None:
        """Remove the lock file if it is still this lock (a forced take-over is left alone)."""
        data = _read_lock_data(self.document)
        if data is not None and data.get("token") == self.token:
            try:
                lock_path(self.document).unlink()
            except OSError:
                pass
