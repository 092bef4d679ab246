"""Damage SQLite's own checks miss: values the model cannot read, a missing project row, header fields.

``check`` names the first damaged value (table, row, column) in one sentence;
opening in the editor and reading for a command refuse the file with that
same sentence, and nothing is written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.model import templates, validation
from app.model.errors import ProjectFileError
from app.model.store import ProjectStore, check_file, data_dir

_SAMPLE: dict[str, bytes] = {}

#: name: (table, column, SQL changing the row ``{id}``, the smallest id of the table).
DAMAGE = {
    "lane_kind_outside_its_set": ("lane", "kind", "UPDATE lane SET kind = 'bogus' WHERE id = {id}"),
    "horizon_with_a_flipped_letter": ("action", "horizon", "UPDATE action SET horizon = 'suick_win' WHERE id = {id}"),
    "date_that_is_not_a_date": ("journey", "created_at", "UPDATE journey SET created_at = 'yesterday' WHERE id = {id}"),
    "day_that_does_not_exist": ("action", "due_date", "UPDATE action SET due_date = '2026-02-30' WHERE id = {id}"),
    "tags_that_are_not_json": ("card", "tags", "UPDATE card SET tags = '{{oops' WHERE id = {id}"),
    "tags_that_are_not_a_list": ("card", "tags", "UPDATE card SET tags = '{{\"a\": 1}}' WHERE id = {id}"),
    "waiting_time_not_utf8": ("stage", "waiting_time",
                              "UPDATE stage SET waiting_time = CAST(X'c328' AS TEXT) WHERE id = {id}"),
    "emotion_not_utf8": ("card", "emotion", "UPDATE card SET emotion = CAST(X'6a6fff' AS TEXT) WHERE id = {id}"),
    "title_not_utf8": ("card", "title", "UPDATE card SET title = CAST(X'41e282' AS TEXT) WHERE id = {id}"),
    "position_that_is_text": ("card", "position", "UPDATE card SET position = 'three' WHERE id = {id}"),
    "boolean_that_is_seven": ("card", "is_first", "UPDATE card SET is_first = 7 WHERE id = {id}"),
    "score_out_of_range": ("card", "score", "UPDATE card SET score = 99 WHERE id = {id}"),
    "card_across_two_journeys": ("card", "stage_id",
                                 "DROP TRIGGER card_UPDATE_same_journey; "
                                 "UPDATE card SET stage_id = (SELECT s.id FROM stage s, lane l "
                                 "WHERE l.id = card.lane_id "
                                 "AND s.journey_id <> l.journey_id LIMIT 1) WHERE id = {id}; "
                                 "CREATE TRIGGER card_UPDATE_same_journey BEFORE UPDATE ON card "
                                 "WHEN (SELECT journey_id FROM lane WHERE id = NEW.lane_id) "
                                 "IS NOT (SELECT journey_id FROM stage WHERE id = NEW.stage_id) "
                                 "BEGIN SELECT RAISE(ABORT, 'card lane and stage belong to different journeys'); END"),
}


def sound_project(path: Path) -> Path:
    """The onboarding sample (two journeys) saved at ``path`` (built once, then copied)."""
    if "bytes" not in _SAMPLE:
        with ProjectStore.create(populate=lambda session: templates.populate(session, "onboarding", "en")) as store:
            _SAMPLE["bytes"] = store.save(path).read_bytes()
    path.write_bytes(_SAMPLE["bytes"])
    return path


def damage(path: Path, table: str, statement: str) -> int:
    """Apply ``statement`` to the smallest id of ``table``, past the CHECK constraints; return that id."""
    connection = sqlite3.connect(path)
    try:
        (ident,) = connection.execute(f"SELECT min(id) FROM {table}").fetchone()
        if table == "action" and ident is None:
            connection.execute("INSERT INTO action (position, title, description, impact, effort, status, notes) "
                               "VALUES (0, 'Act', '', 3, 3, 'idea', '')")
            (ident,) = connection.execute("SELECT min(id) FROM action").fetchone()
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.executescript(statement.format(id=ident))
    finally:
        connection.close()
    return ident


def folder_state(folder: Path) -> dict[str, bytes]:
    return {entry.name: entry.read_bytes() for entry in folder.iterdir()}


def working_files() -> list[str]:
    folder = data_dir() / "working"
    return sorted(os.listdir(folder)) if folder.is_dir() else []


@pytest.mark.parametrize("case", sorted(DAMAGE), ids=str)
def test_check_open_and_read_name_the_same_first_damage(tmp_path, case):
    table, column, statement = DAMAGE[case]
    path = sound_project(tmp_path / "project.parcours")
    row = damage(path, table, statement)
    expected = f"{path} is damaged: the value of {column} in row {row} of its {table} table cannot be read."
    before = folder_state(tmp_path)
    result = check_file(path)
    assert (result.code, result.error.kind, str(result.message)) == (1, "damaged", expected)
    for opening in (ProjectStore.open, ProjectStore.read, lambda p: ProjectStore.open(p, read_only=True)):
        with pytest.raises(ProjectFileError) as caught:
            opening(path)
        assert str(caught.value) == expected
    assert folder_state(tmp_path) == before
    assert working_files() == []


def test_a_missing_project_row_is_named(tmp_path):
    path = sound_project(tmp_path / "project.parcours")
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM project")
    connection.commit()
    connection.close()
    expected = f"{path} is damaged: its project record is missing."
    assert str(check_file(path).message) == expected
    with pytest.raises(ProjectFileError, match="project record is missing"):
        ProjectStore.open(path)


@pytest.mark.parametrize("offset, value", [(18, 3), (19, 3), (19, 0), (21, 65), (56, 2)])
def test_an_altered_header_field_is_damage(tmp_path, offset, value):
    path = sound_project(tmp_path / "project.parcours")
    data = bytearray(path.read_bytes())
    data[offset if offset != 56 else 59] = value
    path.write_bytes(bytes(data))
    expected = f"{path} is damaged: its database header holds values SQLite does not accept."
    result = check_file(path)
    assert (result.code, str(result.message)) == (1, expected)
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.open(path)
    assert str(caught.value) == expected


def test_a_sound_file_has_no_damage(tmp_path):
    path = sound_project(tmp_path / "project.parcours")
    connection = sqlite3.connect(path)
    try:
        assert validation.first_damage(connection) is None
    finally:
        connection.close()
    assert check_file(path).code == 0


def test_a_file_parcours_saved_skips_the_row_checks_and_any_changed_byte_brings_them_back(tmp_path, monkeypatch):
    path = sound_project(tmp_path / "project.parcours")
    with ProjectStore.open(path) as store:
        store.save()  # the bytes Parcours wrote are now known
    calls: list[str] = []
    real = validation.first_damage
    monkeypatch.setattr(validation, "first_damage", lambda connection: calls.append("rows") or real(connection))
    with ProjectStore.open(path):
        pass
    with ProjectStore.read(path):
        pass
    assert calls == []
    assert check_file(path).code == 0 and calls == ["rows"]  # check always reads every row
    row = damage(path, "lane", DAMAGE["lane_kind_outside_its_set"][2])
    with pytest.raises(ProjectFileError, match=f"row {row} of its lane table"):
        ProjectStore.open(path)
    assert calls == ["rows", "rows"]
