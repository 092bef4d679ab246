"""A real PostgreSQL for the library tests: one throw-away cluster per run, one database per test.

The tests are skipped when PostgreSQL's server programs are not installed,
unless ``PARCOURS_REQUIRE_POSTGRES=1`` (set by ``.ci/run``, which installs
them), where a missing server fails the run instead.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.library.pgcluster import Cluster, find_binary
from tests.made_files import MadeFiles

EDITORS = {"alice": "alice-secret", "bob": "bob-secret"}
READERS = {"rita": "rita-secret"}
_numbers = itertools.count(1)


TEMPLATE = "library_template"


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    """The cluster of this test run: accounts, and a template library made by ``parcours library init``."""
    from app.library.admin import upgrade
    from app.library.connection import library_url

    if not find_binary("initdb"):
        if os.environ.get("PARCOURS_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is required (PARCOURS_REQUIRE_POSTGRES=1) but initdb is not installed")
        pytest.skip("PostgreSQL's server programs are not installed")
    server = Cluster(scratch=True)
    try:
        server.sql(f"CREATE DATABASE {TEMPLATE}")
        upgrade(library_url(server.url(database=TEMPLATE)))
        for name, secret in {**EDITORS, **READERS}.items():
            role = "parcours_editor" if name in EDITORS else "parcours_reader"
            server.sql(f"CREATE ROLE {name} LOGIN PASSWORD '{secret}' IN ROLE {role}")
        yield server
    finally:
        server.stop()


@dataclass
class Library:
    """A fresh library database and the addresses of each account on it."""

    cluster: Cluster
    database: str

    def url(self, user: str = "alice", *, password: str | None = None, query: str = "") -> str:
        """The address of the library as ``user`` (with that user's password unless given)."""
        secret = password if password is not None else {**EDITORS, **READERS}.get(user, "admin-secret")
        return self.cluster.url(user, secret, self.database, query)


@pytest.fixture
def library(cluster: Cluster) -> Library:
    """A new, empty library (a copy of the template the session's ``library init`` made)."""
    database = f"library_{next(_numbers)}"
    cluster.sql(f"CREATE DATABASE {database} TEMPLATE {TEMPLATE}")
    return Library(cluster, database)


@pytest.fixture
def sample(tmp_path: Path, made_files: MadeFiles) -> Path:
    """The built-in French sample project saved as a file (made once by ``parcours new``, copied per test)."""
    return made_files.new_project(tmp_path / "atelier.parcours", "fr")


@pytest.fixture(autouse=True)
def _application(qapp) -> None:
    """The widgets' QApplication before anything else makes a plain QGuiApplication (the thumbnails do)."""
