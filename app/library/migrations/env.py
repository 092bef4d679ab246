"""Alembic's environment for the library: runs on the connection app.library.admin hands it."""

from __future__ import annotations

from alembic import context

from app.library.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the library migrations run through app.library.admin.upgrade()")
context.configure(connection=connection, target_metadata=metadata, compare_type=True,
                  version_table="library_alembic_version")
with context.begin_transaction():
    context.run_migrations()
