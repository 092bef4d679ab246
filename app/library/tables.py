"""The library's tables: two of its own, and one copy of each project-file table.

A project's published revision is stored as the rows of its file, unchanged,
in ``lib_<table>`` tables whose primary key starts with the project's key and
the revision (:data:`KEY`, :data:`REVISION`). The copies are derived from :mod:`app.model.schema`, so a column
added to the file is a column the library must have too (the Alembic
migrations under ``app/library/migrations`` create them; a test compares the
two). Values are stored as the file stores them (text, integers, reals,
bytes), so a pull writes back exactly what was published.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKeyConstraint,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    func,
)
from sqlalchemy.types import Boolean, TypeEngine

from app.model import schema

#: File tables that describe the file itself, not the project: never published.
LOCAL_TABLES = frozenset({"library_link"})
#: Prefix of the library's copy of a file table.
PREFIX = "lib_"
#: The columns a copy adds in front of the file's (named so no file column can clash).
KEY, REVISION = "lib_project_key", "lib_revision"

metadata = MetaData(naming_convention=schema.NAMING)

#: One row per project in the library; ``head_revision`` is the row version publishes race on.
library_project = Table(
    "library_project", metadata,
    Column("key", String(36), primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("title", Text, nullable=False, server_default=""),
    Column("organisation", Text, nullable=False, server_default=""),
    Column("author", Text, nullable=False, server_default=""),
    Column("head_revision", Integer, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
)

#: One row per published revision: who, when, from which revision, and what to search.
library_revision = Table(
    "library_revision", metadata,
    Column("project_key", String(36), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("base_revision", Integer, nullable=True),
    Column("schema_version", Integer, nullable=False),
    Column("published_by", Text, nullable=False),
    Column("published_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    #: Titles, organisation, personas, tags... lower-cased, for ``list --search``.
    Column("search_text", Text, nullable=False, server_default=""),
    #: JSON: journeys, personas, tags and counts, shown by ``list``.
    Column("summary", Text, nullable=False, server_default="{}"),
    Column("thumbnail", LargeBinary, nullable=True),
    ForeignKeyConstraint(["project_key"], ["library_project.key"], ondelete="RESTRICT"),
)


def storage_type(column_type: TypeEngine) -> TypeEngine:
    """The library column type holding what SQLite stores for ``column_type``."""
    if isinstance(column_type, Boolean):
        return Integer()
    if isinstance(column_type, Integer):
        return Integer()
    if isinstance(column_type, (Float, Numeric)):
        return Float()
    if isinstance(column_type, LargeBinary):
        return LargeBinary()
    return Text()  # text, enums, JSON lists, dates and times: SQLite keeps them as text


def _copy(table: Table) -> Table:
    columns: list[Column[Any]] = [Column(KEY, String(36), primary_key=True),
                                  Column(REVISION, Integer, primary_key=True)]
    for column in table.columns:
        columns.append(Column(column.name, storage_type(column.type), primary_key=column.primary_key,
                              nullable=True if not column.primary_key else False, autoincrement=False))
    return Table(PREFIX + table.name, metadata, *columns,
                 ForeignKeyConstraint([KEY, REVISION],
                                      ["library_revision.project_key", "library_revision.revision"],
                                      ondelete="RESTRICT"))


#: ``(file table, library copy)`` in the order rows can be inserted (parents first).
DATA_TABLES: tuple[tuple[Table, Table], ...] = tuple(
    (table, _copy(table)) for table in schema.Base.metadata.sorted_tables if table.name not in LOCAL_TABLES)
