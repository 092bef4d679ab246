"""The ``.parcours`` file on disk: how one is trusted before it is read, and written safely.

Every file handed to Parcours is untrusted. :func:`open_for_reading` looks at
it from the outside in, cheapest first, and writes nothing: the file itself
(missing, folder, empty), its 100-byte SQLite header (magic, application id,
schema version, page size, length), the journals an interrupted change may
have left beside it, then - through a read-only, hardened connection - the
content (:mod:`app.model.inspection`: SQLite's integrity check, the foreign
keys, the schema objects, every row). Each failure is one
:class:`~app.model.errors.ProjectFileError` sentence.

:func:`write_document` saves: a complete new file beside the target, synced,
then renamed over it, so the document is always either the old or the new one.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import struct
import threading
from dataclasses import dataclass
from pathlib import Path

from app.model import inspection, integrity, known_files, leftovers, schema
from app.model.disk import SUFFIX as SUFFIX  # re-exported: store and the tests know it from here
from app.model.disk import fsync_path, remove_database_files
from app.model.errors import QT_TRANSLATE_NOOP, ProjectFileError
from app.model.integrity import SchemaObject

#: ``PRAGMA application_id`` of every project file: "PARC" in ASCII.
APPLICATION_ID = 0x50415243

HEADER_SIZE = 100
MAGIC = b"SQLite format 3\x00"
#: Sidecars that hold an unfinished change of the database beside them.
CHANGE_SIDECARS = ("-journal", "-wal")


@dataclass(frozen=True)
class FileHeader:
    """What the first 100 bytes of a SQLite database say about it."""

    page_size: int
    #: Pages according to the header, or None when the header's count is not current.
    page_count: int | None
    #: True when the file is in WAL mode (format bytes 18-19 are 2).
    wal: bool
    user_version: int
    application_id: int

    @classmethod
    def parse(cls, data: bytes) -> FileHeader:
        """Decode a full header (``data`` starts with :data:`MAGIC` and holds 100 bytes)."""
        (raw_page_size,) = struct.unpack_from(">H", data, 16)
        change_counter, page_count = struct.unpack_from(">II", data, 24)
        (valid_for,) = struct.unpack_from(">I", data, 92)
        (user_version,) = struct.unpack_from(">i", data, 60)
        (application_id,) = struct.unpack_from(">i", data, 68)
        return cls(page_size=65536 if raw_page_size == 1 else raw_page_size,
                   page_count=page_count if page_count and valid_for == change_counter else None,
                   wal=data[18] == 2 or data[19] == 2,
                   user_version=user_version, application_id=application_id)


_damaged = inspection.damaged


def _truncated(path: Path) -> ProjectFileError:
    return ProjectFileError("damaged", QT_TRANSLATE_NOOP(
        "errors", "{path} is damaged: it is shorter than it should be, probably cut off during a copy "
                  "or a download."), path=str(path))


def _not_a_project(path: Path) -> ProjectFileError:
    return ProjectFileError("not_sqlite", QT_TRANSLATE_NOOP(
        "errors", "{path} is not a Parcours project."), path=str(path))


def _io_error(path: Path, error: OSError) -> ProjectFileError:
    if isinstance(error, PermissionError):
        return ProjectFileError("permission", QT_TRANSLATE_NOOP(
            "errors", "You are not allowed to read {path}."), path=str(path))
    return ProjectFileError("io", QT_TRANSLATE_NOOP(
        "errors", "Parcours could not read {path}: {reason}."),
        path=str(path), reason=error.strerror or str(error))


def read_header(path: Path) -> FileHeader:
    """Check ``path`` from the outside and return its header, or raise ProjectFileError.

    Covers: missing, folder, not a regular file, empty, not SQLite, a foreign
    database, a newer or unknown schema version, a bad page size, and a file
    shorter than its header says.
    """
    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise ProjectFileError("missing", QT_TRANSLATE_NOOP(
            "errors", "The file {path} does not exist."), path=str(path)) from None
    except OSError as error:
        raise _io_error(path, error) from error
    if stat.S_ISDIR(status.st_mode):
        raise ProjectFileError("directory", QT_TRANSLATE_NOOP(
            "errors", "{path} is a folder, not a Parcours project."), path=str(path))
    if not stat.S_ISREG(status.st_mode):  # a pipe or a device: reading it could block
        raise _not_a_project(path)
    if status.st_size == 0:
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP(
            "errors", "{path} is empty (0 bytes), so it is not a Parcours project."), path=str(path))
    try:
        with open(path, "rb") as stream:
            data = stream.read(HEADER_SIZE)
    except OSError as error:
        raise _io_error(path, error) from error
    if not data.startswith(MAGIC):
        raise _not_a_project(path)
    if len(data) < HEADER_SIZE:
        raise _truncated(path)
    header = FileHeader.parse(data)
    if header.application_id != APPLICATION_ID:
        raise ProjectFileError("not_parcours", QT_TRANSLATE_NOOP(
            "errors", "{path} is a database from another program, not a Parcours project."), path=str(path))
    if header.user_version > schema.SCHEMA_VERSION:
        raise ProjectFileError("newer", QT_TRANSLATE_NOOP(
            "errors", "{path} was saved by a newer version of Parcours (file version {version}); "
                      "update Parcours to open it."), path=str(path), version=header.user_version)
    if header.user_version < 1:
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged: it does not say which version of Parcours wrote it."), path=str(path))
    if not header_fields_valid(data):
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged: its database header holds values SQLite does not accept."),
            path=str(path))
    page_size = header.page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise _damaged(path)
    if header.page_count is not None:
        if status.st_size < header.page_count * page_size:
            raise _truncated(path)
    elif status.st_size % page_size:
        raise _truncated(path)
    return header


def header_fields_valid(data: bytes) -> bool:
    """True when the fixed fields of a SQLite header hold the values SQLite (and Parcours) write.

    Write and read versions (bytes 18, 19) 1 or 2, payload fractions
    (21-23) 64/32/32, schema format (44) 1 to 4, text encoding (56) UTF-8.
    An altered byte 18 makes SQLite open the file read-only, an altered
    byte 19 makes it refuse the file: both are damage, named before reading.
    """
    (schema_format,) = struct.unpack_from(">I", data, 44)
    (encoding,) = struct.unpack_from(">I", data, 56)
    return (data[18] in (1, 2) and data[19] in (1, 2) and data[21:24] == b"\x40\x20\x20"
            and 1 <= schema_format <= 4 and encoding == 1)


def interrupted_change(path: Path) -> Path | None:
    """The ``-journal`` or ``-wal`` beside ``path`` that holds an unfinished change, if any.

    A rollback journal counts when its header is not zeroed (what SQLite calls
    a hot journal); a WAL counts when it is not empty.
    """
    for suffix in CHANGE_SIDECARS:
        sidecar = path.with_name(path.name + suffix)
        try:
            with open(sidecar, "rb") as stream:
                first = stream.read(1)
        except (FileNotFoundError, NotADirectoryError):
            continue
        except OSError:
            return sidecar
        if first and (suffix == "-wal" or first != b"\x00"):
            return sidecar
    return None


def connect_read_only(path: Path, *, wal: bool = False) -> sqlite3.Connection:
    """A read-only connection to an existing database that cannot create or change any file.

    A WAL-mode file (with no WAL beside it: see :func:`interrupted_change`) is
    opened ``immutable`` so that SQLite does not create ``-shm``/``-wal`` beside it.
    """
    uri = path.absolute().as_uri() + "?mode=ro" + ("&immutable=1" if wal else "")
    return integrity.hardened_connect(uri, uri=True, timeout=2.0, check_same_thread=False)


def sqlite_failure(path: Path, error: sqlite3.Error) -> ProjectFileError:
    """The ProjectFileError for a SQLite error met while reading ``path``."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return ProjectFileError("locked", QT_TRANSLATE_NOOP(
            "errors", "{path} is being changed by another program right now; try again in a moment."),
            path=str(path))
    if code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY):
        return ProjectFileError("io", QT_TRANSLATE_NOOP(
            "errors", "Parcours could not read {path}: {reason}."), path=str(path), reason=str(error))
    return _damaged(path)


def _check_content(connection: sqlite3.Connection, path: Path, version: int, *, known: bool,
                   wal: bool) -> list[SchemaObject]:
    """The checks of the content (pages, then structure and rows), the objects not ours; raises as they would.

    SQLite's integrity check of every page runs on a second connection in a
    thread while the structure and every row are checked here (SQLite lets
    the other thread run meanwhile): on two cores the checks take the time
    of the longer one. A damaged page is reported first, as when the page
    check ran first.
    """
    if known:
        return inspection.check_current(connection, path, rows=False) if version == schema.SCHEMA_VERSION else []
    pages = _PageCheck(path, wal)
    pages.start()
    try:
        foreign = inspection.check_current(connection, path) if version == schema.SCHEMA_VERSION else []
    except (sqlite3.Error, ProjectFileError, UnicodeDecodeError):
        pages.join()
        pages.raise_failure()  # a damaged page explains the rows: its sentence first
        raise
    pages.join()
    pages.raise_failure()
    return foreign


class _PageCheck(threading.Thread):
    """:func:`~app.model.inspection.check_pages` on a connection of its own, in a thread."""

    def __init__(self, path: Path, wal: bool) -> None:
        super().__init__(name="page check", daemon=True)
        self._path = path
        self._wal = wal
        self._failure: BaseException | None = None

    def run(self) -> None:
        try:
            connection = connect_read_only(self._path, wal=self._wal)
            try:
                inspection.check_pages(connection, self._path)
            finally:
                connection.close()
        except BaseException as failure:  # raised again in the thread that asked (raise_failure)
            self._failure = failure

    def raise_failure(self) -> None:
        """Raise what the check raised, if anything (after :meth:`join`)."""
        if self._failure is not None:
            raise self._failure


def open_for_reading(path: Path | str, *, thorough: bool = True) -> tuple[sqlite3.Connection, int,
                                                                           list[SchemaObject]]:
    """Check ``path``; return a read-only connection to it, its schema version, and its foreign objects.

    Nothing is written anywhere but the list of known files. The caller
    closes the connection. The foreign objects (not made by Parcours, see
    :mod:`app.model.integrity`) are listed only for a file of the current
    version: an older one is judged after its upgrade. Unless ``thorough``,
    a file whose exact bytes this installation saved or checked before
    (:mod:`app.model.known_files`) skips the slow checks of every page and
    row. Raises ProjectFileError (see the module docstring for the order
    of checks).
    """
    path = Path(path)
    header = read_header(path)
    digest = known_files.file_digest(path)
    known = not thorough and known_files.is_known(digest)
    sidecar = interrupted_change(path)
    if sidecar is not None:
        raise ProjectFileError("hot_journal", QT_TRANSLATE_NOOP(
            "errors", "An interrupted change from another program lies beside {path} ({sidecar}), so "
                      "Parcours will not open it until that program has finished or undone it."),
            path=str(path), sidecar=sidecar.name)
    try:
        connection = connect_read_only(path, wal=header.wal)
    except sqlite3.Error as error:
        raise sqlite_failure(path, error) from error
    try:
        foreign = _check_content(connection, path, header.user_version, known=known, wal=header.wal)
    except sqlite3.Error as error:
        connection.close()
        raise sqlite_failure(path, error) from error
    except UnicodeDecodeError as error:  # a name or a message of the schema that is not UTF-8
        connection.close()
        raise _damaged(path) from error
    except BaseException:
        connection.close()
        raise
    if not known and not foreign and header.user_version == schema.SCHEMA_VERSION:
        known_files.remember(digest)
    return connection, header.user_version, foreign


# --------------------------------------------------------------------------- writing


def can_write(path: Path) -> bool:
    """True when ``path`` may be (re)written: the file, if it exists, and its folder are writable."""
    if os.path.lexists(path) and not os.access(path, os.W_OK):
        return False
    return os.access(path.parent, os.W_OK | os.X_OK)


def _fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (the rename) to the disk, where the system allows it."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some network file systems cannot sync a folder; the file itself is synced
    finally:
        os.close(descriptor)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` into the new file ``target`` with the backup API, synced, in DELETE mode."""
    copy = integrity.hardened_connect(str(target))
    try:
        copy.execute("PRAGMA synchronous=OFF")  # one fsync of the finished file is enough
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
    fsync_path(target)


def write_document(source: sqlite3.Connection, target: Path) -> None:
    """Write the database ``source`` to ``target`` so that ``target`` is never half-written.

    A complete copy is made beside the target under a hidden temporary name,
    checked (header, application id, schema version, DELETE mode), synced,
    and renamed over the target; the folder is then synced. On failure the
    temporary file is removed, the target is untouched, and an ``io``
    ProjectFileError is raised.
    """
    temporary = leftovers.saving_path(target)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        os.close(descriptor)
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode) | stat.S_IWUSR)
        copy_database(source, temporary)
        with open(temporary, "rb") as stream:
            data = stream.read(HEADER_SIZE)
        header = FileHeader.parse(data) if data.startswith(MAGIC) and len(data) == HEADER_SIZE else None
        if (header is None or header.wal or header.application_id != APPLICATION_ID
                or header.user_version != schema.SCHEMA_VERSION):
            raise OSError(0, "the copy written is not a sound project file")
        digest = known_files.file_digest(temporary)
        if target.exists():
            os.chmod(temporary, stat.S_IMODE(target.stat().st_mode))
        os.replace(temporary, target)
    except (OSError, sqlite3.Error) as error:
        remove_database_files(temporary)
        reason = getattr(error, "strerror", None) or str(error)
        raise ProjectFileError("io", QT_TRANSLATE_NOOP(
            "errors", "Parcours could not save {path}: {reason}."), path=str(target), reason=reason) from error
    except BaseException:
        remove_database_files(temporary)
        raise
    _fsync_folder(target.parent)
    known_files.remember(digest)
