"""Bringing a project file of an older schema version up to date, in the working copy only.

``PRAGMA user_version`` is the schema version of a file. :data:`MIGRATIONS`
maps a version ``n`` to the function that turns a version-``n`` database into
a version ``n + 1`` one; :func:`upgrade` runs them in order, one transaction
per step, so a file of any released version reaches
:data:`app.model.schema.SCHEMA_VERSION`. The user's document is never
migrated in place: :mod:`app.model.store` runs this on its private copy.

This module also knows what a current database must contain
(:func:`missing_schema`), which is checked after every upgrade and on every open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.model import schema
from app.model.errors import QT_TRANSLATE_NOOP, ProjectFileError

Migration = Callable[[sqlite3.Connection], None]


#: The tables schema version 2 added, exactly as that step created them: written out, not taken from
#: :mod:`app.model.schema`, so that a later change of these tables cannot change what the old step does.
_WORKSPACE_TABLES = (
    "\nCREATE TABLE card_persona (\n\tid INTEGER NOT NULL, \n\tcard_id INTEGER NOT NULL, \n"
    "\tpersona_id INTEGER NOT NULL, \n\tscore DOUBLE, \n\tCONSTRAINT pk_card_persona PRIMARY KEY (id), \n"
    "\tCONSTRAINT uq_card_persona_card_id_persona_id UNIQUE (card_id, persona_id), \n"
    "\tCONSTRAINT ck_card_persona_score_range CHECK (score IS NULL OR (score BETWEEN -5.0 AND 10.0)), \n"
    "\tCONSTRAINT fk_card_persona_card_id_card FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE, \n"
    "\tCONSTRAINT fk_card_persona_persona_id_persona FOREIGN KEY(persona_id) REFERENCES persona (id) "
    "ON DELETE CASCADE\n)\n\n",
    "CREATE INDEX ix_card_persona_card_id ON card_persona (card_id)",
    "CREATE INDEX ix_card_persona_persona_id ON card_persona (persona_id)",
    "\nCREATE TABLE card_image (\n\tid INTEGER NOT NULL, \n\tcard_id INTEGER NOT NULL, \n"
    "\tposition INTEGER NOT NULL, \n\timage BLOB NOT NULL, \n\timage_type VARCHAR(32) NOT NULL, \n"
    "\tcaption TEXT NOT NULL, \n\tCONSTRAINT pk_card_image PRIMARY KEY (id), \n"
    "\tCONSTRAINT uq_card_image_card_id_position UNIQUE (card_id, position), \n"
    "\tCONSTRAINT ck_card_image_position CHECK (position >= 0), \n"
    "\tCONSTRAINT ck_card_image_image_size CHECK (length(image) <= 4194304), \n"
    "\tCONSTRAINT fk_card_image_card_id_card FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE\n)\n\n",
    "CREATE INDEX ix_card_image_card_id ON card_image (card_id)",
)


def add_workspace(connection: sqlite3.Connection) -> None:
    """1 -> 2: the method's workspace (additive only).

    Project-wide target and drop threshold, a colour per channel, partners
    among the departments, per-persona cards and scores (``card_persona``)
    and evidence images on cards (``card_image``). Every statement is written
    out as this step ran it (scores from -5 to 10 at the time).
    """
    for statement in _WORKSPACE_TABLES:
        connection.execute(statement)
    connection.execute("ALTER TABLE project ADD COLUMN target_score FLOAT CONSTRAINT "
                       "ck_project_target_score_range CHECK (target_score IS NULL OR "
                       "(target_score BETWEEN -5.0 AND 10.0))")
    connection.execute("ALTER TABLE project ADD COLUMN drop_threshold FLOAT CONSTRAINT "
                       "ck_project_drop_threshold_range CHECK (drop_threshold IS NULL OR "
                       "(drop_threshold BETWEEN 0 AND 15.0))")
    connection.execute("ALTER TABLE channel ADD COLUMN colour VARCHAR(7) CONSTRAINT ck_channel_colour_hex "
                       "CHECK (colour IS NULL OR colour GLOB "
                       "'#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]')")
    # A CHECK cannot be altered in SQLite; loosening one in place is the documented way
    # (sqlite.org/lang_altertable.html, "other kinds of table schema changes"): no row changes.
    old = "origin IN ('internal', 'supplier')"
    sql = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'department'").fetchone()
    if sql is not None and old in sql[0]:
        version = connection.execute("PRAGMA schema_version").fetchone()[0]
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'department'",
                           (sql[0].replace(old, "origin IN ('internal', 'supplier', 'partner')"),))
        connection.execute(f"PRAGMA schema_version = {int(version) + 1}")
        connection.execute("PRAGMA writable_schema = OFF")


def add_library_link(connection: sqlite3.Connection) -> None:
    """2 -> 3: the ``library_link`` table (where a project came from in a team library)."""
    connection.execute(
        "CREATE TABLE library_link (id INTEGER NOT NULL, url TEXT NOT NULL, project_key TEXT NOT NULL, "
        "name TEXT NOT NULL, revision INTEGER NOT NULL, linked_at DATETIME NOT NULL, "
        "CONSTRAINT pk_library_link PRIMARY KEY (id), "
        "CONSTRAINT ck_library_link_singleton CHECK (id = 1), "
        "CONSTRAINT ck_library_link_revision CHECK (revision >= 1))")


#: The workshop tables (dot votes and comments), as schema version 4 created them.
_WORKSHOP_TABLES = (
    "CREATE TABLE vote_round ( id INTEGER NOT NULL, journey_id INTEGER NOT NULL, title TEXT NOT NULL, "
    "dots INTEGER NOT NULL, held_at DATETIME NOT NULL, CONSTRAINT pk_vote_round PRIMARY KEY (id), "
    "CONSTRAINT ck_vote_round_dots CHECK (dots BETWEEN 1 AND 99), "
    "CONSTRAINT fk_vote_round_journey_id_journey FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE )",
    "CREATE INDEX ix_vote_round_journey_id ON vote_round (journey_id)",
    "CREATE TABLE vote_participant ( id INTEGER NOT NULL, round_id INTEGER NOT NULL, name TEXT NOT NULL, "
    "CONSTRAINT pk_vote_participant PRIMARY KEY (id), "
    "CONSTRAINT fk_vote_participant_round_id_vote_round FOREIGN KEY(round_id)"
    " REFERENCES vote_round (id) ON DELETE CASCADE )",
    "CREATE INDEX ix_vote_participant_round_id ON vote_participant (round_id)",
    "CREATE TABLE vote ( id INTEGER NOT NULL, round_id INTEGER NOT NULL, "
    "participant_id INTEGER NOT NULL, card_id INTEGER NOT NULL, CONSTRAINT pk_vote PRIMARY KEY (id), "
    "CONSTRAINT fk_vote_round_id_vote_round FOREIGN KEY(round_id) REFERENCES vote_round (id) ON DELETE CASCADE, "
    "CONSTRAINT fk_vote_participant_id_vote_participant FOREIGN KEY(participant_id)"
    " REFERENCES vote_participant (id) ON DELETE CASCADE, "
    "CONSTRAINT fk_vote_card_id_card FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE )",
    "CREATE INDEX ix_vote_card_id ON vote (card_id)",
    "CREATE INDEX ix_vote_participant_id ON vote (participant_id)",
    "CREATE INDEX ix_vote_round_id ON vote (round_id)",
    "CREATE TABLE comment ( id INTEGER NOT NULL, journey_id INTEGER NOT NULL, stage_id INTEGER, "
    "card_id INTEGER, parent_id INTEGER, author TEXT NOT NULL, text TEXT NOT NULL, "
    "created_at DATETIME NOT NULL, resolved BOOLEAN NOT NULL, CONSTRAINT pk_comment PRIMARY KEY (id), "
    "CONSTRAINT fk_comment_journey_id_journey FOREIGN KEY(journey_id) REFERENCES journey (id) ON DELETE CASCADE, "
    "CONSTRAINT fk_comment_stage_id_stage FOREIGN KEY(stage_id) REFERENCES stage (id) ON DELETE CASCADE, "
    "CONSTRAINT fk_comment_card_id_card FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE, "
    "CONSTRAINT fk_comment_parent_id_comment FOREIGN KEY(parent_id) REFERENCES comment (id) ON DELETE CASCADE )",
    "CREATE INDEX ix_comment_card_id ON comment (card_id)",
    "CREATE INDEX ix_comment_journey_id ON comment (journey_id)",
    "CREATE INDEX ix_comment_parent_id ON comment (parent_id)",
    "CREATE INDEX ix_comment_stage_id ON comment (stage_id)",
)


def add_workshop_tables(connection: sqlite3.Connection) -> None:
    """3 -> 4: add the tables of dot-vote rounds and comments (nothing else changes)."""
    for statement in _WORKSHOP_TABLES:
        connection.execute(statement)


#: What schema version 5 added or replaced to make deleting cards fast, as that step wrote it.
_CARD_REFERENCE_INDEXES = (
    "CREATE INDEX ix_action_card_card_id ON action_card (card_id)",
    "CREATE INDEX ix_kpi_card_id ON kpi (card_id)",
    "CREATE INDEX ix_measurement_point_card_id ON measurement_point (card_id)",
    "DROP TRIGGER IF EXISTS card_UPDATE_same_journey",
    "CREATE TRIGGER card_UPDATE_same_journey BEFORE UPDATE OF lane_id, stage_id ON card\n"
    "WHEN (SELECT journey_id FROM lane WHERE id = NEW.lane_id)\n"
    "     IS NOT (SELECT journey_id FROM stage WHERE id = NEW.stage_id)\n"
    "BEGIN SELECT RAISE(ABORT, 'card lane and stage belong to different journeys'); END",
)


def index_card_references(connection: sqlite3.Connection) -> None:
    """4 -> 5: faster card deletes (no row changes).

    An index on the ``card_id`` of ``action_card``, ``kpi`` and
    ``measurement_point`` (a delete looked up each card's rows there by
    reading the whole table), and the check that a card's lane and stage
    share a journey runs only when one of them changes (it ran for every
    card a delete renumbered).
    """
    for statement in _CARD_REFERENCE_INDEXES:
        connection.execute(statement)


#: ``{n: step}``: ``step`` upgrades a database of schema version ``n`` to ``n + 1``.
MIGRATIONS: dict[int, Migration] = {1: add_workspace, 2: add_library_link, 3: add_workshop_tables,
                                    4: index_card_references}


def expected_schema() -> dict[str, set[str]]:
    """Every table of the current schema with the names of its columns."""
    return {table.name: {column.name for column in table.columns}
            for table in schema.Base.metadata.tables.values()}


def missing_schema(connection: sqlite3.Connection) -> list[str]:
    """``table`` or ``table.column`` for each part of the current schema the database lacks.

    Extra tables and columns are allowed: a later release may add some.
    """
    found: dict[str, set[str]] = {}
    rows = connection.execute(
        "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p "
        "WHERE m.type = 'table'")
    for table, column in rows:
        found.setdefault(table, set()).add(column)
    missing = []
    for table, columns in sorted(expected_schema().items()):
        if table not in found:
            missing.append(table)
        else:
            missing.extend(f"{table}.{column}" for column in sorted(columns - found[table]))
    return missing


def verify_structure(connection: sqlite3.Connection, path: Path | str) -> None:
    """Raise a ``damaged`` ProjectFileError unless the database has the whole current schema."""
    missing = missing_schema(connection)
    if missing:
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} is damaged: part of the project's structure is missing ({missing})."),
            path=str(path), missing=", ".join(missing[:5]))


def upgrade(connection: sqlite3.Connection, version: int, path: Path | str) -> int:
    """Run the migrations from ``version`` up to the current schema version and check the result.

    ``connection`` is a read-write connection to a private copy (or an
    in-memory one); ``path`` names the user's document in messages. Each step
    and its new ``user_version`` commit together, so a failed step leaves the
    copy at the previous version. Returns the version reached.
    """
    target, start = schema.SCHEMA_VERSION, version
    previous_isolation = connection.isolation_level
    connection.isolation_level = None  # explicit BEGIN/COMMIT around each step
    try:
        while version < target:
            step = MIGRATIONS.get(version)
            if step is None:
                raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
                    "errors", "{path} uses file version {version}, which this version of Parcours "
                              "cannot bring up to date."), path=str(path), version=version)
            connection.execute("BEGIN IMMEDIATE")
            try:
                step(connection)
                connection.execute(f"PRAGMA user_version = {int(version) + 1}")
                connection.execute("COMMIT")
            except BaseException as error:
                connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
                        "errors", "{path} could not be brought up to date from file version {version}."),
                        path=str(path), version=version) from error
                raise
            version += 1
    finally:
        connection.isolation_level = previous_isolation
    verify_structure(connection, path)
    if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise ProjectFileError("damaged", QT_TRANSLATE_NOOP(
            "errors", "{path} could not be brought up to date from file version {version}."),
            path=str(path), version=start)
    return version
