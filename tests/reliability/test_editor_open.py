"""The editor's open of a hostile or damaged file: one sentence in a message box, never an escaped exception."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from app.model.schema import Card
from app.ui.commands import EditCardCommand
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: shown.append(str(error)))
    monkeypatch.setattr(window, "ask_to_save", lambda: None)
    window.shown_errors = shown
    return window


def sql(path: Path, script: str) -> None:
    connection = sqlite3.connect(path)
    connection.executescript(script)
    connection.close()


def test_the_editor_opens_a_file_with_a_trigger_without_it_and_says_so_once(window, sample):
    sql(sample, "CREATE TRIGGER rewrite AFTER UPDATE ON card BEGIN UPDATE card SET title = 'pwned'; END")
    window.open_interactive(sample)
    assert window.shown_errors == [
        f"{sample} holds database objects that Parcours did not make (trigger rewrite); "
        "they were not run and have been removed from the open copy."]
    card_id = window.document.session.scalars(select(Card.id).order_by(Card.id)).first()
    window.document.undo_stack.push(EditCardCommand(window.document, card_id, title="Edited in the editor"))
    window.save_as(sample)
    saved = sqlite3.connect(sample)
    titles = [title for (title,) in saved.execute("SELECT title FROM card ORDER BY id")]
    triggers = saved.execute("SELECT count(*) FROM sqlite_master WHERE name = 'rewrite'").fetchone()
    saved.close()
    assert titles[0] == "Edited in the editor" and "pwned" not in titles
    assert triggers == (0,)
    window.open_interactive(sample)  # already open here: brought forward, nothing shown again
    assert len(window.shown_errors) == 1


def test_the_editor_refuses_a_damaged_file_with_checks_sentence(window, sample):
    sql(sample, "PRAGMA ignore_check_constraints = ON; UPDATE lane SET kind = 'bogus' WHERE id = 1;")
    window.open_interactive(sample)
    assert window.shown_errors == [
        f"{sample} is damaged: the value of kind in row 1 of its lane table cannot be read."]
    assert window.document is None
