"""Edits, undos and redos that cannot be written: one sentence, and the stack and the data as they were.

A full disk is injected here (the working copy's commit, or an op, raising
what SQLite raises when the disk is full), and met for real on a 1 MB tmpfs
when the tests run as root (``mount`` needs it).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtTest import QTest
from sqlalchemy import exc, select

from app import i18n
from app.model import ops
from app.model.errors import ModelError, ParcoursError
from app.model.ops import Op
from app.model.schema import Card, Journey, Lane, Stage
from app.model.store import ProjectStore
from app.ui.commands import (
    AddCardCommand,
    AddStageCommand,
    EditCardCommand,
    GenericCommand,
    MoveCardsCommand,
    abandon_macro,
    push,
)
from app.ui.document import EditError, ProjectDocument
from tests.ui.canvas import mouse

FULL = "database or disk is full"


def _disk_full(*args: Any, **kwargs: Any) -> None:
    raise sqlite3.OperationalError(FULL)


@contextmanager
def full_disk(document: ProjectDocument, *, after: int = 0) -> Iterator[None]:
    """The working copy's commits fail as on a full disk (the first ``after`` still pass)."""
    real = document.session.commit
    passed = 0

    def commit() -> None:
        nonlocal passed
        if passed < after:
            passed += 1
            return real()
        _disk_full()

    document.session.commit = commit
    try:
        yield
    finally:
        del document.session.commit


@contextmanager
def failing_ops(monkeypatch: pytest.MonkeyPatch, error: BaseException, *, after: int = 0) -> Iterator[None]:
    """Ops run, then raise ``error`` (their rows are in the session); the first ``after`` pass."""
    real = ops.apply
    calls = 0

    def apply(session: Any, op: Op) -> Any:
        nonlocal calls
        calls += 1
        change = real(session, op)
        if calls > after:
            session.flush()
            raise error
        return change

    with monkeypatch.context() as patch:
        patch.setattr(ops, "apply", apply)
        yield


def _cell(document: ProjectDocument) -> tuple[int, int]:
    session = document.session
    journey = session.scalars(select(Journey.id).order_by(Journey.position)).first()
    lane = session.scalars(select(Lane.id).where(Lane.journey_id == journey).order_by(Lane.position)).all()[1]
    stage = session.scalars(select(Stage.id).where(Stage.journey_id == journey).order_by(Stage.position)).first()
    return lane, stage


def _titles(document: ProjectDocument) -> set[str]:
    document.session.expire_all()
    return set(document.session.scalars(select(Card.title)))


def _failures(document: ProjectDocument) -> list[ParcoursError]:
    failures: list[ParcoursError] = []
    document.undo_failed.connect(failures.append)
    return failures


# ---------------------------------------------------------------- edits


def test_an_edit_on_a_full_disk_leaves_no_step_and_undo_takes_back_the_last_real_edit(
        document: ProjectDocument, tmp_path: Path) -> None:
    lane, stage = _cell(document)
    stack = document.undo_stack
    push(document, AddCardCommand(document, lane, stage, title="First"))
    with full_disk(document), pytest.raises(EditError) as refused:
        push(document, AddCardCommand(document, lane, stage, title="Lost"))
    assert refused.value.message() == (
        f"The disk is full ({document.store.working_path.parent}): nothing was changed. "
        "Free some space, then try again.")
    assert stack.count() == 1 and stack.index() == 1
    assert "Lost" not in _titles(document)
    push(document, AddCardCommand(document, lane, stage, title="Second"))  # space came back
    assert stack.count() == 2
    assert document.undo()
    assert {"First", "Second", "Lost"} & _titles(document) == {"First"}
    path = document.save(tmp_path / "after.parcours")
    with ProjectStore.open(path, read_only=True) as reopened:
        titles = set(reopened.session.scalars(select(Card.title)))
    assert "First" in titles and not {"Second", "Lost"} & titles


def test_a_failed_edit_keeps_the_redo_history(document: ProjectDocument) -> None:
    lane, stage = _cell(document)
    card = push(document, AddCardCommand(document, lane, stage, title="Kept"))
    assert document.undo()
    with full_disk(document), pytest.raises(EditError):
        push(document, EditCardCommand(document, _any_card(document), title="Lost"))
    assert document.undo_stack.canRedo() and document.undo_stack.redoText() == "Add card"
    assert document.redo()
    assert document.session.get(Card, card).title == "Kept"


def _any_card(document: ProjectDocument) -> int:
    return document.session.scalars(select(Card.id).order_by(Card.id)).first()


@pytest.mark.parametrize("error, sentence", [
    (sqlite3.OperationalError(FULL), "The disk is full"),
    (exc.OperationalError("UPDATE card", {}, sqlite3.OperationalError(FULL)), "The disk is full"),
    (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
    (sqlite3.OperationalError("disk I/O error"), "could not write this change to its working copy (disk I/O error)"),
    (OSError(errno.EIO, "Input/output error"), "could not write this change to its working copy"),
    (PermissionError(errno.EACCES, "Permission denied", "/nope/journey.csv"), "/nope/journey.csv: Permission denied."),
    (RuntimeError("something nobody foresaw"),
     "This change stopped on an unexpected problem (RuntimeError: something nobody foresaw)"),
])
def test_any_failure_of_an_edit_is_one_sentence_and_changes_nothing(
        document: ProjectDocument, monkeypatch: pytest.MonkeyPatch, error: BaseException, sentence: str) -> None:
    card = _any_card(document)
    title = document.session.get(Card, card).title
    with failing_ops(monkeypatch, error), pytest.raises(EditError) as refused:
        push(document, EditCardCommand(document, card, title="Lost"))
    message = refused.value.message(i18n.translate)
    assert sentence in message and message.endswith(
        "Free some space, then try again." if "full" in sentence else
        "." if "denied" in sentence else "nothing was changed.")
    assert "\n" not in message and "Traceback" not in message
    assert document.undo_stack.count() == 0
    document.session.expire_all()
    assert document.session.get(Card, card).title == title


def test_a_refused_edit_is_still_the_model_sentence(document: ProjectDocument) -> None:
    with pytest.raises(ModelError, match="between 0 and 10"):
        push(document, EditCardCommand(document, _any_card(document), score=42))
    assert document.undo_stack.count() == 0


def test_the_full_disk_sentence_is_in_french() -> None:
    error = EditError("The disk is full ({folder}): nothing was changed. Free some space, then try again.",
                      folder="/data")
    french = error.message(lambda context, text: i18n.translate_in("fr", context, text))
    assert french != error.message() and "/data" in french and "disque" in french


# ---------------------------------------------------------------- undo and redo


def test_undo_on_a_full_disk_changes_nothing_and_works_when_space_returns(document: ProjectDocument) -> None:
    card = _any_card(document)
    before = document.session.get(Card, card).title
    push(document, EditCardCommand(document, card, title="Edited"))
    failures = _failures(document)
    with full_disk(document):
        assert not document.undo()
    assert [error.message() for error in failures] == [failures[0].message()]
    assert "disk is full" in failures[0].message()
    assert document.undo_stack.index() == 1 and document.undo_stack.count() == 1
    assert document.session.get(Card, card).title == "Edited"
    assert document.undo()
    assert document.session.get(Card, card).title == before
    assert document.redo()
    assert document.session.get(Card, card).title == "Edited"


def test_redo_on_a_full_disk_changes_nothing_and_works_when_space_returns(document: ProjectDocument) -> None:
    lane, stage = _cell(document)
    card = push(document, AddCardCommand(document, lane, stage, title="Again"))
    assert document.undo()
    failures = _failures(document)
    with full_disk(document):
        assert not document.redo()
    assert len(failures) == 1
    assert (document.undo_stack.index(), document.undo_stack.count()) == (0, 1)
    assert document.session.get(Card, card) is None
    assert document.redo()
    assert document.session.get(Card, card).title == "Again"
    assert document.undo()  # the stack and the data still agree
    assert document.session.get(Card, card) is None


def test_a_macro_that_fails_half_way_through_its_undo_is_left_whole(
        document: ProjectDocument, monkeypatch: pytest.MonkeyPatch) -> None:
    lane, stage = _cell(document)
    card = _any_card(document)
    stack = document.undo_stack
    stack.beginMacro("Two edits")
    push(document, EditCardCommand(document, card, merge=False, title="One"))
    push(document, MoveCardsCommand(document, [(card, lane, stage, 0)]))
    stack.endMacro()
    moved = (document.session.get(Card, card).lane_id, document.session.get(Card, card).stage_id)
    failures = _failures(document)
    # The macro's undo takes the move back, then fails on the title: the whole step is rolled back.
    with failing_ops(monkeypatch, sqlite3.OperationalError(FULL), after=1):
        assert not document.undo()
    assert len(failures) == 1 and stack.index() == 1
    document.session.expire_all()
    row = document.session.get(Card, card)
    assert (row.title, row.lane_id, row.stage_id) == ("One", *moved)
    assert document.undo()
    assert document.session.get(Card, card).title != "One"
    assert document.redo()
    row = document.session.get(Card, card)
    assert (row.title, row.lane_id, row.stage_id) == ("One", *moved)


def test_a_macro_abandoned_on_a_full_disk_stays_as_it_was_written(document: ProjectDocument) -> None:
    card = _any_card(document)
    stack = document.undo_stack
    stack.beginMacro("Two edits")
    stack.push(GenericCommand(document, Op(ops.update_card, {"card_id": card, "title": "Done"}), "Title"))
    refused = GenericCommand(document, Op(ops.update_card, {"card_id": card, "score": 42}), "Refused")
    stack.push(refused)
    stack.endMacro()
    assert refused.error is not None
    failures = _failures(document)
    with full_disk(document):
        abandon_macro(stack)
    assert len(failures) == 1 and (stack.index(), stack.count()) == (1, 1)
    assert document.session.get(Card, card).title == "Done"
    abandon_macro(stack)
    assert (stack.index(), stack.count()) == (0, 0)
    assert document.session.get(Card, card).title != "Done"


# ---------------------------------------------------------------- in the window


@pytest.fixture
def shown(make_window: Callable, sample_path: Path):
    window = make_window(sample_path, show=True)
    window.resize(1600, 1000)
    window.canvas_view.set_zoom(1.0)
    return window


def test_a_drag_on_a_full_disk_says_so_and_ctrl_z_then_undoes_the_last_real_edit(
        shown, monkeypatch: pytest.MonkeyPatch) -> None:
    window, view = shown, shown.canvas_view
    document, stack = window.document, window.document.undo_stack
    errors: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: errors.append(error.message(i18n.translate)))
    scene = view.scene()
    renamed = _any_shown_card(scene)
    push(document, EditCardCommand(document, renamed, merge=False, title="Renamed"))
    card = next(card_id for card_id in scene.cards if card_id != renamed)
    start = mouse.scene_point(view, scene.card_item(card).sceneBoundingRect().center())
    row = document.session.get(Card, card)
    cell = (row.lane_id, row.stage_id, row.position)
    target = next(rect for rect in (scene.cell_rect(lane.lane_id, stage.stage_id)
                                    for lane in scene.layout.lanes for stage in scene.layout.stages)
                  if not rect.isEmpty() and not rect.contains(scene.card_item(card).sceneBoundingRect().center()))
    with full_disk(document):
        mouse.drag(view, start, mouse.scene_point(view, QPointF(target.center().x(), target.top() + 12)))
    assert "The disk is full" in window.statusBar().currentMessage()
    assert (stack.count(), stack.index()) == (1, 1)
    document.session.expire_all()
    row = document.session.get(Card, card)
    assert (row.lane_id, row.stage_id, row.position) == cell
    shown = view.scene().card_item(card).sceneBoundingRect().center()
    assert shown == scene.card_item(card).sceneBoundingRect().center()
    with full_disk(document):
        QTest.keySequence(window, window.actions_by_name["undo"].shortcut())
    assert len(errors) == 1 and "The disk is full" in errors[0]
    assert (stack.count(), stack.index()) == (1, 1) and document.session.get(Card, renamed).title == "Renamed"
    QTest.keySequence(window, window.actions_by_name["undo"].shortcut())
    assert stack.index() == 0 and document.session.get(Card, renamed).title != "Renamed"
    assert len(errors) == 1


def _any_shown_card(scene) -> int:
    return sorted(scene.cards)[0]


# ---------------------------------------------------------------- a real full disk


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MB tmpfs (root only: ``mount`` needs it)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                             capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the disk of ``folder`` with a file until no byte is left."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    out.write(b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    return filler


def test_a_real_full_disk_under_the_working_copy(tiny_disk: Path, sample_path: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    monkeypatch.setenv("PARCOURS_DATA_DIR", str(tiny_disk))
    document = ProjectDocument(ProjectStore.open(sample_path))
    try:
        assert document.store.working_path.is_relative_to(tiny_disk)
        journey = document.session.scalars(select(Journey.id).order_by(Journey.position)).first()
        push(document, AddStageCommand(document, journey, "Before"))
        stages = _stage_names(document)
        filler = _fill(tiny_disk)
        failures = _failures(document)
        lost = 0
        # The first edits may still fit in pages SQLite already holds: edit until the disk refuses.
        for attempt in range(200):
            try:
                push(document, AddStageCommand(document, journey, f"Lost {attempt} " + "x" * 2000))
            except EditError as error:
                assert "The disk is full" in error.message()
                lost += 1
                break
            stages = _stage_names(document)
        assert lost == 1
        count = document.undo_stack.count()
        assert _stage_names(document) == stages
        assert not document.undo()  # nothing can be written: Undo is refused too, and says so
        assert len(failures) == 1 and "The disk is full" in failures[0].message()
        assert document.undo_stack.count() == count and document.undo_stack.index() == count
        assert _stage_names(document) == stages
        filler.unlink()  # space comes back: editing resumes
        push(document, AddStageCommand(document, journey, "After"))
        assert document.undo() and document.undo_stack.index() == count
        assert document.redo()
        path = document.save(tmp_path / "saved.parcours")
    finally:
        document.close()
    with ProjectStore.open(path, read_only=True) as reopened:
        names = list(reopened.session.scalars(select(Stage.name).where(Stage.journey_id == journey)
                                              .order_by(Stage.position)))
    assert names == [*stages, "After"]


def _stage_names(document: ProjectDocument) -> list[str]:
    """The names of the first journey's stages, in order."""
    document.session.expire_all()
    journey = document.session.scalars(select(Journey.id).order_by(Journey.position)).first()
    return list(document.session.scalars(select(Stage.name).where(Stage.journey_id == journey)
                                         .order_by(Stage.position)))
