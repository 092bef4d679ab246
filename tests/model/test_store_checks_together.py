"""Opening checks a file's pages in a thread while its rows are checked: the answer is the one-after-the-other one.

SQLite's integrity check of every page runs on a connection of its own
beside the checks of the structure and rows (app/model/storefile.py). These
tests fail if either side's verdict is lost or if the order of the
sentences changes: a file damaged both ways gets the damaged-page sentence,
as when the page check ran first, and each damage alone is still found.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.model.errors import ProjectFileError
from app.model.store import ProjectStore, check_file
from tests.model.test_damaged_rows import damage, sound_project


def flip_page_of(path: Path, table: str) -> None:
    """Flip the first bytes of ``table``'s root page: only SQLite's own check reads it while opening."""
    connection = sqlite3.connect(path)
    try:
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    for offset in range((root - 1) * page_size, (root - 1) * page_size + 12):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def refusal(path: Path) -> str:
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.open(path)
    assert caught.value.kind == "damaged"
    return str(caught.value)


def test_damaged_pages_and_rows_get_the_damaged_pages_sentence(tmp_path: Path) -> None:
    path = sound_project(tmp_path / "both.parcours")
    damage(path, "lane", "UPDATE lane SET kind = 'bogus' WHERE id = {id}")
    flip_page_of(path, "card")  # the rows' check meets the lane (checked before the cards) first

    message = refusal(path)

    assert "integrity check" in message and "lane" not in message
    assert check_file(path).error is not None and "integrity check" in str(check_file(path).error)


def test_damaged_pages_alone_and_rows_alone_are_each_found(tmp_path: Path) -> None:
    pages = sound_project(tmp_path / "pages.parcours")
    flip_page_of(pages, "project")
    rows = sound_project(tmp_path / "rows.parcours")
    damage(rows, "lane", "UPDATE lane SET kind = 'bogus' WHERE id = {id}")

    assert "integrity check" in refusal(pages)
    message = refusal(rows)
    assert "lane" in message and "kind" in message and "integrity check" not in message
    with ProjectStore.open(sound_project(tmp_path / "sound.parcours")) as store:  # a sound file still opens
        assert store.path is not None
