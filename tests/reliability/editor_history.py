"""A Hypothesis state machine that edits a project through the editor's own commands.

Shared by the short and the long randomised command tests
(:mod:`tests.reliability.test_editor_stateful`). Every step pushes a real
command on the document's QUndoStack (or undoes, redoes, saves, refuses an
edit...), with a :class:`~app.ui.canvas.scene.MapScene` following the
document, and checks after each step that:

- the database is exactly the state recorded for the stack's index (undo
  and redo walk a history of table dumps);
- the stack's count and index agree with that history;
- the scene shows exactly the cards, stages and lanes of the journey.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QCoreApplication, QEvent
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops, templates
from app.model.enums import LaneKind
from app.model.errors import ParcoursError
from app.model.ops import Op
from app.model.schema import Base, Card, Journey, Lane, Link, Stage
from app.model.store import ProjectStore
from app.ui import commands
from app.ui.canvas.scene import MapScene
from app.ui.document import ProjectDocument


@contextmanager
def full_disk(document: ProjectDocument, where: str) -> Iterator[None]:
    """Make the document's next writes fail as SQLite does on a full disk.

    ``where``: ``"commit"`` fails the commit (the op ran and was flushed);
    ``"op"`` fails inside the op, after it ran (its rows are in the session).
    """
    def disk_is_full(*args: Any, **kwargs: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    with pytest.MonkeyPatch.context() as patch:
        if where == "commit":
            patch.setattr(document.session, "commit", disk_is_full)
        else:
            real = ops.apply

            def apply_then_fail(session: Any, op: Op) -> Any:
                real(session, op)
                session.flush()
                disk_is_full()

            patch.setattr(ops, "apply", apply_then_fail)
        yield


_TABLES = [table.name for table in Base.metadata.sorted_tables if table.name != "project"]
_KINDS = ("steps", "touchpoints", "emotions", "irritants", "notes")
_TITLES = st.text(alphabet="abcé ", max_size=6)


def _driver(session: Session) -> sqlite3.Connection:
    """The SQLite connection under ``session`` (inside its transaction): the checks read through it for speed."""
    return cast(sqlite3.Connection, session.connection().connection.driver_connection)


def dump_tables(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in a stable order (as :func:`tests.model.helpers.dump_tables`, read raw for speed).

    The project row is left out: saving changes its revision and time.
    """
    connection = _driver(session)
    return {name: sorted(map(tuple, connection.execute(f"SELECT * FROM {name}").fetchall()), key=repr)
            for name in _TABLES}


#: The ids ``EditorHistory._ids`` lists, by class: plain SQL, as the ORM queries they replace would read them.
_ID_QUERIES = {
    Card: "SELECT card.id FROM card JOIN lane ON lane.id = card.lane_id WHERE lane.journey_id = ? ORDER BY card.id",
    Link: "SELECT id FROM link ORDER BY id",
    Stage: "SELECT id FROM stage WHERE journey_id = ? ORDER BY id",
    Lane: "SELECT id FROM lane WHERE journey_id = ? ORDER BY id",
}
#: The cards the scene shows: not those of the emotions lane (points of the curve), nor those of a collapsed lane.
_SHOWN_CARDS = ("SELECT card.id FROM card JOIN lane ON lane.id = card.lane_id "
                "WHERE lane.journey_id = ? AND lane.kind != ? AND NOT lane.collapsed")


class EditorHistory(RuleBasedStateMachine):
    """Random edits, undos, redos and saves through the commands, the stack and a scene."""

    #: Where saves go; set by the test before running (a temporary folder).
    folder: Path

    def __init__(self) -> None:
        super().__init__()
        self.store = ProjectStore.create(populate=lambda s: templates.populate(s, "blank", "en"))
        self.document = ProjectDocument(self.store)
        self.stack = self.document.undo_stack
        self.journey = self.document.session.scalars(select(Journey.id)).one()
        self.scene = MapScene(self.document)
        self.scene.set_journey(self.journey)
        #: states[i]: the tables when the stack's index is i.
        self.states = [dump_tables(self.document.session)]
        #: The index whose state the next check records (the data after a pushed step).
        self._new_state: int | None = None

    def teardown(self) -> None:
        # Some documents are closed; the others are dropped with their commands still on the stack, for the
        # garbage collector to take whenever it runs - in a later history, maybe in the middle of a push.
        store, close = self.store, self.stack.count() % 2 == 0
        self.scene.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if close:
            self.document.close()
        self.document = self.stack = self.scene = None
        store.close()

    # ------------------------------------------------------------------ helpers

    def _ids(self, cls: type) -> list[int]:
        session = self.document.session
        session.flush()  # what the ORM's queries would do first (autoflush)
        query = _ID_QUERIES[cls]
        return [row[0] for row in _driver(session).execute(query, (self.journey,) if "?" in query else ())]

    def _pick(self, data: st.DataObject, cls: type) -> int | None:
        ids = self._ids(cls)
        return data.draw(st.sampled_from(ids)) if ids else None

    def _push(self, command: Any) -> None:
        index, count = self.stack.index(), self.stack.count()
        try:
            commands.push(self.document, command)
        except ParcoursError:
            # Refused or not written: nothing changed, the redo history included (checked by the invariants).
            assert (self.stack.index(), self.stack.count()) == (index, count)
            return
        self._pushed(index)

    def _pushed(self, before: int) -> None:
        """A step was pushed at index ``before``: a new state, a merge, or a merge back to the start."""
        index = self.stack.index()
        assert before - 1 <= index <= before + 1
        if index < before:  # a merged edit that came back to where it started: the stack dropped it
            self.states = self.states[:index + 1]
        else:
            self._new_state = index

    # ------------------------------------------------------------------ cards

    @rule(data=st.data(), title=_TITLES, index=st.integers(0, 3))
    def add_card(self, data: st.DataObject, title: str, index: int) -> None:
        lane, stage = self._pick(data, Lane), self._pick(data, Stage)
        if lane and stage:
            self._push(commands.AddCardCommand(self.document, lane, stage, index=index, title=title))

    @rule(data=st.data(), count=st.integers(1, 3))
    def paste_cards(self, data: st.DataObject, count: int) -> None:
        lane, stage = self._pick(data, Lane), self._pick(data, Stage)
        if lane and stage:
            specs = [{"lane_id": lane, "stage_id": stage, "index": 0, "title": f"p{n}"} for n in range(count)]
            self._push(commands.AddCardsCommand(self.document, specs))

    @rule(data=st.data(), index=st.integers(0, 3))
    def move_card(self, data: st.DataObject, index: int) -> None:
        card, lane, stage = self._pick(data, Card), self._pick(data, Lane), self._pick(data, Stage)
        if card and lane and stage:
            self._push(commands.MoveCardsCommand(self.document, [(card, lane, stage, index)]))

    @rule(data=st.data())
    def delete_card(self, data: st.DataObject) -> None:
        card = self._pick(data, Card)
        if card:
            # What the canvas's Delete pushes (CanvasController.delete_selection).
            self._push(commands.GenericCommand(
                self.document, Op(ops.delete_rows, {"roots": {"card": (card,)}, "gaps": ("card",)}), "Delete card"))

    @rule(data=st.data())
    def duplicate_card(self, data: st.DataObject) -> None:
        card = self._pick(data, Card)
        if card:
            self._push(commands.DuplicateCardsCommand(self.document, [card]))

    @rule(data=st.data(), title=_TITLES, merge=st.booleans())
    def edit_card(self, data: st.DataObject, title: str, merge: bool) -> None:
        card = self._pick(data, Card)
        if card:
            self._push(commands.EditCardCommand(self.document, card, merge=merge, title=title))

    @rule(data=st.data(), score=st.integers(-2, 12))
    def score_card(self, data: st.DataObject, score: int) -> None:
        card = self._pick(data, Card)  # scores outside 0..10 are refused
        if card:
            self._push(commands.EditCardCommand(self.document, card, score=score))

    @rule(data=st.data())
    def link_cards(self, data: st.DataObject) -> None:
        source, target = self._pick(data, Card), self._pick(data, Card)
        if source and target:
            self._push(commands.AddLinkCommand(self.document, source, target))

    @rule(data=st.data())
    def unlink(self, data: st.DataObject) -> None:
        link = self._pick(data, Link)
        if link:
            self._push(commands.GenericCommand(self.document, Op(ops.delete_rows, {"roots": {"link": (link,)}}),
                                               "Delete link"))

    # ------------------------------------------------------------------ structure

    @rule(name=_TITLES, index=st.one_of(st.none(), st.integers(0, 4)))
    def add_stage(self, name: str, index: int | None) -> None:
        self._push(commands.AddStageCommand(self.document, self.journey, name, index))

    @rule(data=st.data(), index=st.integers(0, 4))
    def move_stage(self, data: st.DataObject, index: int) -> None:
        stage = self._pick(data, Stage)
        if stage:
            self._push(commands.MoveStageCommand(self.document, stage, index))

    @rule(data=st.data())
    def delete_stage(self, data: st.DataObject) -> None:
        stage = self._pick(data, Stage)
        if stage:
            self._push(commands.DeleteStageCommand(self.document, stage))

    @rule(data=st.data(), name=_TITLES, merge=st.booleans())
    def rename_stage(self, data: st.DataObject, name: str, merge: bool) -> None:
        stage = self._pick(data, Stage)
        if stage:
            self._push(commands.EditStageCommand(self.document, stage, merge=merge, name=name))

    @rule(kind=st.sampled_from(_KINDS), index=st.one_of(st.none(), st.integers(0, 4)))
    def add_lane(self, kind: str, index: int | None) -> None:
        self._push(commands.AddLaneCommand(self.document, self.journey, kind, kind, index))

    @rule(data=st.data(), index=st.integers(0, 4))
    def move_lane(self, data: st.DataObject, index: int) -> None:
        lane = self._pick(data, Lane)
        if lane:
            self._push(commands.MoveLaneCommand(self.document, lane, index))

    @rule(data=st.data())
    def delete_lane(self, data: st.DataObject) -> None:
        lane = self._pick(data, Lane)
        if lane:
            self._push(commands.DeleteLaneCommand(self.document, lane))

    @rule(data=st.data(), collapsed=st.booleans())
    def collapse_lane(self, data: st.DataObject, collapsed: bool) -> None:
        lane = self._pick(data, Lane)
        if lane:
            self._push(commands.EditLaneCommand(self.document, lane, merge=False, collapsed=collapsed))

    @rule(title=_TITLES)
    def rename_journey(self, title: str) -> None:
        self._push(commands.EditJourneyCommand(self.document, self.journey, title=title))

    @rule(data=st.data())
    def macro(self, data: st.DataObject) -> None:
        """Two edits as one step; when the second is refused the macro is taken back."""
        card = self._pick(data, Card)
        if not card:
            return
        before = self.stack.index()
        score = data.draw(st.sampled_from([5, 42]))
        self.stack.beginMacro("Two edits")
        first = commands.EditCardCommand(self.document, card, merge=False, title="macro")
        self.stack.push(first)
        second = commands.EditCardCommand(self.document, card, merge=False, score=score)
        self.stack.push(second)
        self.stack.endMacro()
        if first.error is not None or second.error is not None:
            commands.abandon_macro(self.stack)
            assert (self.stack.index(), self.stack.count()) == (before, before)
            self.states = self.states[:before + 1]
            return
        self._pushed(before)

    # ------------------------------------------------------------------ history

    @precondition(lambda self: self.stack.canUndo())
    @rule()
    def undo(self) -> None:
        assert self.document.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule()
    def redo(self) -> None:
        assert self.document.redo()

    @rule()
    def save(self) -> None:
        self.document.save(self.folder / "history.parcours")
        assert self.stack.isClean()

    # ------------------------------------------------------------------ a full disk

    @rule(data=st.data(), where=st.sampled_from(["commit", "op"]),
          verb=st.sampled_from(["edit", "undo", "redo"]))
    def disk_full(self, data: st.DataObject, where: str, verb: str) -> None:
        """One edit, undo or redo meets a full disk: nothing changes, the stack keeps its index and count."""
        index, count = self.stack.index(), self.stack.count()
        failures: list[ParcoursError] = []
        self.document.undo_failed.connect(failures.append)
        try:
            with full_disk(self.document, where):
                if verb == "undo" and self.stack.canUndo():
                    assert not self.document.undo()
                    assert len(failures) == 1
                elif verb == "redo" and self.stack.canRedo():
                    assert not self.document.redo()
                    assert len(failures) == 1
                else:
                    card = self._pick(data, Card)
                    command = (commands.EditCardCommand(self.document, card, title="lost") if card else
                               commands.AddStageCommand(self.document, self.journey, "lost"))
                    try:
                        commands.push(self.document, command)
                    except ParcoursError as error:
                        failures.append(error)
                    assert len(failures) == 1
        finally:
            self.document.undo_failed.disconnect(failures.append)
        assert "disk is full" in failures[0].message()
        assert (self.stack.index(), self.stack.count()) == (index, count)

    # ------------------------------------------------------------------ checks

    @invariant()
    def data_follows_the_stack(self) -> None:
        now = dump_tables(self.document.session)
        if self._new_state is not None:
            self.states = self.states[:self._new_state] + [now]
            self._new_state = None
        assert self.stack.count() == len(self.states) - 1
        assert now == self.states[self.stack.index()]

    @invariant()
    def scene_follows_the_data(self) -> None:
        session = self.document.session
        session.flush()
        shown = [row[0] for row in _driver(session).execute(_SHOWN_CARDS, (self.journey, LaneKind.EMOTIONS.value))]
        # Cards of the emotions lane are points of the curve, and a collapsed lane hides its cards.
        assert set(self.scene.cards) | set(self.scene._pending) == set(shown)
        assert set(self.scene.stage_headers) == set(self._ids(Stage))
        assert set(self.scene.lane_headers) == set(self._ids(Lane))
