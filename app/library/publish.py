"""Publishing a project to the library: one transaction, one new revision, or a conflict.

Each publish adds a revision and never rewrites one, so every earlier
revision can still be pulled. Publishes race on ``library_project.head_revision``
(optimistic concurrency): a publish built on revision ``n`` succeeds only while
the head is still ``n``. When someone published in between, nothing is
written and :class:`~app.library.connection.LibraryConflict` says so; the user
then keeps theirs (``keep_mine``: published on top, the other revision stays in
the history), keeps the library's (pull), or publishes a new copy (``as_new``).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlalchemy.engine import URL, Connection
from sqlalchemy.orm import Session

from app.library.connection import LibraryConflict, LibraryError, public_url, transaction
from app.library.rows import ProjectRows, read_rows, sqlite_connection
from app.library.tables import DATA_TABLES, KEY, REVISION, library_project, library_revision
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.schema import SCHEMA_VERSION, LibraryLink, utcnow


@dataclass(frozen=True)
class Published:
    """Where a publish went: the project's name and key in the library, and the new revision."""

    name: str
    key: str
    revision: int
    base: int | None


def slug(title: str) -> str:
    """A library name from a title: lower case, ASCII letters and digits joined by hyphens."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "project"


def _free_name(connection: Connection, wanted: str) -> str:
    taken = {row[0] for row in connection.execute(
        select(library_project.c.name).where(library_project.c.name.like(f"{wanted}%")))}
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


def linked_revision(session: Session, url: URL) -> LibraryLink | None:
    """The file's link to this library (None when it never met this library)."""
    link = session.get(LibraryLink, 1)
    if link is None or link.url != public_url(url):
        return None
    return link


def publish_session(session: Session, url: URL, *, published_by: str, keep_mine: bool = False,
                    as_new: bool = False, name: str | None = None, thumbnail: bytes | None = None,
                    before_rows: Callable[[Connection], None] | None = None) -> Published:
    """Publish the project committed in ``session`` (a working copy) and link the file to the result.

    The session's pending changes must be committed first. On success the
    file's :class:`~app.model.schema.LibraryLink` names the new revision
    (committed to the working copy: the caller saves the document). Raises
    :class:`LibraryConflict` (nothing written) when someone published after
    the linked revision, unless ``keep_mine`` or ``as_new``.
    ``before_rows`` is a test hook run inside the transaction.
    """
    rows = read_rows(sqlite_connection(session))
    link = None if as_new else linked_revision(session, url)
    with transaction(url) as library:
        if link is None:
            result = _create(library, rows, name, published_by, thumbnail)
        else:
            result = _advance(library, rows, link, keep_mine, published_by, thumbnail)
        if before_rows is not None:
            before_rows(library)
        _insert_rows(library, rows, result.key, result.revision)
    stored = session.get(LibraryLink, 1) or LibraryLink(id=1)
    stored.url, stored.project_key, stored.name = public_url(url), result.key, result.name
    stored.revision, stored.linked_at = result.revision, utcnow()
    session.add(stored)
    session.commit()
    return result


def _create(library: Connection, rows: ProjectRows, name: str | None, published_by: str,
            thumbnail: bytes | None) -> Published:
    project = rows.project
    if name:
        if library.execute(select(library_project.c.key).where(library_project.c.name == name)).first():
            raise LibraryError(QT_TRANSLATE_NOOP(
                "errors", "The library already has a project named {name}: choose another name."), name=name)
    else:
        name = _free_name(library, slug(project.get("title") or "project"))
    key = str(uuid.uuid4())
    library.execute(insert(library_project).values(
        key=key, name=name, title=project.get("title") or "", organisation=project.get("organisation") or "",
        author=project.get("author") or "", head_revision=1))
    _insert_revision(library, rows, key, 1, None, published_by, thumbnail)
    return Published(name, key, 1, None)


def _advance(library: Connection, rows: ProjectRows, link: LibraryLink, keep_mine: bool, published_by: str,
             thumbnail: bytes | None) -> Published:
    project = rows.project
    statement = update(library_project).where(library_project.c.key == link.project_key)
    if not keep_mine:
        statement = statement.where(library_project.c.head_revision == link.revision)
    moved = library.execute(statement.values(
        head_revision=library_project.c.head_revision + 1, title=project.get("title") or "",
        organisation=project.get("organisation") or "", author=project.get("author") or "",
        updated_at=utcnow()).returning(library_project.c.head_revision, library_project.c.name)).first()
    if moved is None:
        head = library.execute(select(library_project.c.head_revision).where(
            library_project.c.key == link.project_key)).scalar()
        if head is None:
            raise LibraryError(QT_TRANSLATE_NOOP(
                "errors", "The project {name} is no longer in the library: publish it as a new copy."),
                name=link.name)
        raise LibraryConflict(QT_TRANSLATE_NOOP(
            "errors", "Someone published {name} (revision {head}) after the revision {base} this file builds on: "
                      "nothing was written; keep yours, keep the library's, or publish a new copy."),
            head=head, base=link.revision, name=link.name)
    revision, name = moved
    _insert_revision(library, rows, link.project_key, revision, link.revision, published_by, thumbnail)
    return Published(name, link.project_key, revision, link.revision)


def _insert_revision(library: Connection, rows: ProjectRows, key: str, revision: int, base: int | None,
                     published_by: str, thumbnail: bytes | None) -> None:
    import json

    library.execute(insert(library_revision).values(
        project_key=key, revision=revision, base_revision=base, schema_version=SCHEMA_VERSION,
        published_by=published_by, search_text=rows.search_text(),
        summary=json.dumps(rows.summary(), ensure_ascii=False), thumbnail=thumbnail))


def _insert_rows(library: Connection, rows: ProjectRows, key: str, revision: int) -> None:
    """Send every table's rows with PostgreSQL's ``COPY`` (in the publish's transaction)."""
    driver = library.connection.driver_connection
    assert driver is not None, "an open connection holds its driver's"
    cursor = driver.cursor()
    for table, copy in DATA_TABLES:
        names = [column.name for column in table.columns]
        table_rows = rows.tables[table.name]
        if not table_rows:
            continue
        columns = ", ".join(f'"{name}"' for name in (KEY, REVISION, *names))
        with cursor.copy(f"COPY {copy.name} ({columns}) FROM STDIN") as stream:  # our own names
            for row in table_rows:
                stream.write_row((key, revision, *(row[name] for name in names)))
