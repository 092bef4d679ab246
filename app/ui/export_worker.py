"""Exports that run beside the editor: a thread, its own read-only connection, progress and cancel.

The editor's session belongs to the GUI thread, so a background export
never touches it. :class:`ExportThread` opens its own read-only
connection to the document's working copy (SQLite in WAL mode; every edit
is committed there, so one read transaction sees a consistent snapshot of
what the user saw when the export started), hands a session on it to the
export job, and reports back with Qt signals, which reach the GUI thread
queued. Cancelling sets a flag; the job's :data:`~app.export.progress.Progress`
callback then raises :class:`~app.export.progress.ExportCancelled`, and
the exporters write atomically, so nothing is left behind.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.export.progress import ExportCancelled, Progress
from app.model.integrity import hardened_connect

#: An export to run in the background: given a read-only session and a progress callback, returns a result.
ExportJob = Callable[[Session, Progress], Any]

#: Progress reaches the GUI at most this often (seconds): about 20 updates a second.
PROGRESS_INTERVAL = 0.05


@contextmanager
def read_only_session(working_path: Path | str) -> Iterator[Session]:
    """A session on ``working_path`` opened ``mode=ro``, in one read transaction (a consistent snapshot).

    Python's sqlite3 starts no transaction for SELECTs, so each query would
    see the latest commit; an explicit BEGIN on the connection keeps every
    read of the export on the same snapshot.
    """
    uri = Path(working_path).absolute().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        return hardened_connect(uri, uri=True, isolation_level=None, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=StaticPool)

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:  # SQLAlchemy's Connection
        connection.exec_driver_sql("BEGIN")

    session = Session(engine)
    try:
        yield session
    finally:
        session.close()
        engine.dispose()


class ExportThread(QThread):
    """Run one export job on a read-only snapshot of a working copy, with progress and cancel.

    Exactly one of :attr:`succeeded`, :attr:`failed` or :attr:`cancelled`
    is emitted, then QThread's ``finished``.
    """

    #: Fraction done, 0.0 to 1.0 (throttled to about 20 a second).
    progressed = Signal(float)
    #: The job returned this result.
    succeeded = Signal(object)
    #: The job raised this exception (a ParcoursError for the user, or anything unexpected).
    failed = Signal(object)
    #: The job stopped because :meth:`cancel` was called.
    cancelled = Signal()

    def __init__(self, working_path: Path | str, job: ExportJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.working_path = Path(working_path)
        self.job = job
        self._cancel = threading.Event()
        self._last_report = 0.0

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report (thread-safe)."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancel.is_set()

    def report(self, fraction: float) -> None:
        """The job's progress callback: pass the fraction on (throttled), or stop when cancelled."""
        if self._cancel.is_set():
            raise ExportCancelled()
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL or fraction >= 1.0:
            self._last_report = now
            self.progressed.emit(float(fraction))

    def run(self) -> None:  # Qt's name: the body of the thread
        """Open the snapshot, run the job, and say how it ended."""
        try:
            if self._cancel.is_set():
                raise ExportCancelled()
            with read_only_session(self.working_path) as session:
                result = self.job(session, self.report)
        except ExportCancelled:
            self.cancelled.emit()
        except Exception as error:  # handed to the GUI, which says it in one sentence
            self.failed.emit(error)
        else:  # a cancel that came after the last progress report is too late: the file is written
            self.succeeded.emit(result)
