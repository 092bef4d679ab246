"""Creating and upgrading a library's tables with Alembic, on the administrator's connection.

``parcours library init --url postgresql://admin@host/db`` runs every migration
of ``app/library/migrations`` (creating the tables, and the roles
``parcours_reader`` and ``parcours_editor`` with their rights, see
:mod:`app.library.grants`; the administrator grants them to people). The server
enforces the rights: a reader can list and pull, an editor can also publish,
and nobody can change or delete a published revision through those roles.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import URL

from app.library.connection import transaction

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "library_alembic_version"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest migration of this version of Parcours."""
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(url: URL) -> str | None:
    """The migration the library's tables are at (None: no library there yet)."""
    with transaction(url) as connection:
        return MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE}).get_current_revision()


def upgrade(url: URL) -> str:
    """Create or upgrade the library's tables and roles to :func:`head_revision`; return it."""
    config = _config()
    with transaction(url) as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return head_revision()
