"""The library's two roles and their rights, granted by each migration on the tables it creates.

The reader role lists and pulls; the editor role also publishes (adds rows and
moves a project's head). Nobody through these roles may UPDATE or DELETE a
published revision: the server refuses it, whatever the client does.
"""

from __future__ import annotations

from collections.abc import Callable

READER_ROLE, EDITOR_ROLE = "parcours_reader", "parcours_editor"


def grant(execute: Callable[[str], object], tables: list[str]) -> None:
    """Create the roles when missing and give them their rights on ``tables`` (``execute`` runs SQL)."""
    for role in (READER_ROLE, EDITOR_ROLE):
        execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$")
    execute(f"GRANT {READER_ROLE} TO {EDITOR_ROLE}")
    listed = ", ".join(tables)
    execute(f"GRANT SELECT ON {listed} TO {READER_ROLE}")
    execute(f"GRANT INSERT ON {listed} TO {EDITOR_ROLE}")
