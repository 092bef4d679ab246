"""Reading the library: list and search its projects, pull one revision into a new file."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.engine import URL, Connection

from app.library.connection import LibraryError, public_url, transaction
from app.library.rows import ProjectRows, sqlite_connection, write_rows
from app.library.tables import DATA_TABLES, KEY, REVISION, library_project, library_revision
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.schema import SCHEMA_VERSION, LibraryLink, utcnow


@dataclass
class LibraryEntry:
    """One project of the library as a listing shows it (its head revision)."""

    name: str
    key: str
    title: str
    organisation: str
    author: str
    revision: int
    published_by: str
    published_at: str
    summary: dict[str, Any] = field(default_factory=dict)
    thumbnail: bytes | None = None

    def as_json(self) -> dict[str, Any]:
        """The entry for ``parcours library list --json`` (no thumbnail)."""
        return {"name": self.name, "key": self.key, "title": self.title, "organisation": self.organisation,
                "author": self.author, "revision": self.revision, "published_by": self.published_by,
                "published_at": self.published_at, **self.summary}


def list_projects(url: URL, search: str | None = None, *, thumbnails: bool = False) -> list[LibraryEntry]:
    """Every project of the library, newest first; ``search`` keeps those whose words contain it."""
    columns = [library_project.c.name, library_project.c.key, library_project.c.title,
               library_project.c.organisation, library_project.c.author, library_project.c.head_revision,
               library_revision.c.published_by, library_revision.c.published_at, library_revision.c.summary]
    if thumbnails:
        columns.append(library_revision.c.thumbnail)
    query = select(*columns).join(library_revision, and_(
        library_revision.c.project_key == library_project.c.key,
        library_revision.c.revision == library_project.c.head_revision))
    if search:
        pattern = f"%{search.casefold()}%"
        query = query.where(or_(library_revision.c.search_text.like(pattern),
                                library_project.c.name.like(pattern),
                                library_revision.c.published_by.ilike(pattern)))
    query = query.order_by(library_revision.c.published_at.desc(), library_project.c.name)
    with transaction(url) as library:
        found = library.execute(query).all()
    return [LibraryEntry(row.name, row.key, row.title, row.organisation, row.author, row.head_revision,
                         row.published_by, row.published_at.isoformat(timespec="seconds"),
                         json.loads(row.summary or "{}"), row.thumbnail if thumbnails else None)
            for row in found]


def _find(library: Connection, name: str) -> tuple[str, str, int]:
    row = library.execute(select(library_project.c.key, library_project.c.name, library_project.c.head_revision)
                          .where(or_(library_project.c.name == name, library_project.c.key == name))).first()
    if row is None:
        raise LibraryError(QT_TRANSLATE_NOOP("errors", "The library has no project named {name}."), name=name)
    return row.key, row.name, row.head_revision


def fetch_rows(library: Connection, key: str, revision: int) -> ProjectRows:
    """The rows of one published revision."""
    rows = ProjectRows()
    for table, copy in DATA_TABLES:
        names = [column.name for column in table.columns]
        order = [copy.c[column.name] for column in table.primary_key.columns]
        result = library.execute(select(*(copy.c[name] for name in names)).where(
            copy.c[KEY] == key, copy.c[REVISION] == revision).order_by(*order))
        rows.tables[table.name] = [dict(zip(names, values, strict=True)) for values in result]
    return rows


def read_revision(url: URL, name: str, revision: int | None = None) -> tuple[str, str, int, ProjectRows]:
    """``(key, name, revision, rows)`` of project ``name`` at ``revision`` (default: the newest)."""
    with transaction(url) as library:
        key, found_name, head = _find(library, name)
        wanted = head if revision is None else revision
        schema_version = library.execute(select(library_revision.c.schema_version).where(
            library_revision.c.project_key == key, library_revision.c.revision == wanted)).scalar()
        if schema_version is None:
            raise LibraryError(QT_TRANSLATE_NOOP(
                "errors", "The project {name} has no revision {revision}; its newest is {head}."),
                name=found_name, revision=wanted, head=head)
        if schema_version > SCHEMA_VERSION:
            raise LibraryError(QT_TRANSLATE_NOOP(
                "errors", "Revision {revision} of {name} was published by a newer version of Parcours: "
                          "update Parcours to pull it."), name=found_name, revision=wanted)
        return key, found_name, wanted, fetch_rows(library, key, wanted)


def pull(url: URL, name: str, out: Path | str, *, revision: int | None = None, force: bool = False) -> Path:
    """Write revision ``revision`` (default: the newest) of ``name`` to a new project file ``out``."""
    from app.model.store import ProjectStore

    out = Path(out)
    if out.is_dir():
        raise LibraryError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file."), path=str(out))
    if out.exists() and not force:
        raise LibraryError(QT_TRANSLATE_NOOP(
            "errors", "{path} already exists; choose another name or replace it with --force."), path=str(out))
    key, found_name, wanted, rows = read_revision(url, name, revision)
    store = ProjectStore.create(out)
    try:
        session = store.session
        session.commit()
        with store.engine.begin() as connection:
            write_rows(sqlite_connection(connection), rows)
        session.expire_all()
        session.add(LibraryLink(id=1, url=public_url(url), project_key=key, name=found_name, revision=wanted,
                                linked_at=utcnow()))
        session.commit()
        store.save(out)
    finally:
        store.close()
    return out
