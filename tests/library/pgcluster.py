"""A throw-away PostgreSQL cluster on 127.0.0.1 for the library tests (and the benchmarks).

Started from the distribution's binaries (``initdb``, ``pg_ctl``: on the PATH or
under ``/usr/lib/postgresql/<version>/bin``) in a temporary folder, on a free
port, as a non-root user (``postgres`` when run as root, as initdb refuses
root), with password authentication over TCP; removed by :meth:`stop`.

A ``scratch`` cluster (the tests') lives on the RAM disk when there is one and
never syncs to disk: creating a library per test and removing the cluster
(thousands of files, 20 s on a busy disk) then take no time. What clients see
is the same; only a power cut would lose its data. The benchmarks keep the
durable kind, as users have it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "parcours_admin"
SUPERUSER_PASSWORD = "admin-secret"


def find_binary(name: str) -> str | None:
    """The path of a PostgreSQL server program, or None."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(candidates[0]) if candidates else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """A running cluster; :meth:`url` names a database as a given user."""

    def __init__(self, *, scratch: bool = False) -> None:
        initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
        if not initdb or not pg_ctl:
            raise FileNotFoundError("PostgreSQL's initdb and pg_ctl are not installed")
        self.pg_ctl = pg_ctl
        shm = Path("/dev/shm")
        on_shm = scratch and shm.is_dir() and os.access(shm, os.W_OK)
        self.folder = Path(tempfile.mkdtemp(prefix="parcours-pg-", dir=shm if on_shm else None))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.run_as = "postgres" if os.geteuid() == 0 else None
        if self.run_as:
            shutil.chown(self.folder, self.run_as)
            os.chmod(self.folder, 0o700)
        password_file = self.folder / "pw"
        password_file.write_text(SUPERUSER_PASSWORD + "\n", encoding="utf-8")
        if self.run_as:
            shutil.chown(password_file, self.run_as)
        self._run([initdb, "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(password_file),
                   "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-instructions",
                   *(["--no-sync"] if scratch else [])])
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.folder}"
        if scratch:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run([pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"])

    def _run(self, command: list[str]) -> None:
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       env={**os.environ, "LC_ALL": "C.UTF-8"})

    def url(self, user: str = SUPERUSER, password: str | None = SUPERUSER_PASSWORD, database: str = "library",
            query: str = "") -> str:
        """``postgresql://user:password@127.0.0.1:port/database``."""
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@127.0.0.1:{self.port}/{database}{query}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run ``statement`` as the superuser (autocommit)."""
        import psycopg

        with psycopg.connect(self.url(database=database).replace("postgresql://", "postgresql://", 1),
                             autocommit=True) as connection:
            connection.execute(statement)

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        try:
            self._run([self.pg_ctl, "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        except subprocess.CalledProcessError:
            pass
        for _ in range(20):
            try:
                shutil.rmtree(self.folder)
                return
            except OSError:
                time.sleep(0.1)
