"""Random edits with random undo and redo: every state in history comes back exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.model import ops
from app.model.errors import ModelError
from app.model.ops import Op
from app.model.schema import Base, Card, Lane, Link, Project, Stage
from tests.model.conftest import _foreign_keys_on
from tests.model.helpers import assert_dense_positions, dump_tables


class EditHistory(RuleBasedStateMachine):
    """A small journey edited at random; undo and redo walk a history of table dumps."""

    def __init__(self) -> None:
        super().__init__()
        self.engine = create_engine("sqlite://", poolclass=StaticPool)
        event.listen(self.engine, "connect", _foreign_keys_on)
        Base.metadata.create_all(self.engine)
        self.session = Session(self.engine)
        self.session.add(Project())
        journey = ops.add_journey(self.session, "J").result
        for name in ("A", "B", "C"):
            ops.add_stage(self.session, journey, name)
        for kind in ("touchpoints", "irritants"):
            ops.add_lane(self.session, journey, kind)
        self.session.commit()
        self.journey = journey
        self.done: list[tuple[Op, list]] = []  # (inverse, state before)
        self.undone: list[tuple[Op, list]] = []
        self.state = dump_tables(self.session)

    def teardown(self) -> None:
        self.session.close()
        self.engine.dispose()

    def _ids(self, cls: type) -> list[int]:
        if cls is Card:
            return self.session.scalars(select(Card.id).join(Lane).where(Lane.journey_id == self.journey)
                                        .order_by(Card.id)).all()
        if cls is Link:
            return self.session.scalars(select(Link.id).order_by(Link.id)).all()
        return self.session.scalars(select(cls.id).where(cls.journey_id == self.journey).order_by(cls.id)).all()

    def _do(self, op: Op) -> None:
        try:
            change = ops.apply(self.session, op)
            self.session.commit()
        except ModelError:
            self.session.rollback()
            assert dump_tables(self.session) == self.state
            return
        self.done.append((change.inverse, self.state))
        self.undone.clear()
        self.state = dump_tables(self.session)

    def _cell(self, lane: int, stage: int) -> list[int]:
        """The card ids of a cell in their order."""
        return list(self.session.scalars(select(Card.id).where(Card.lane_id == lane, Card.stage_id == stage)
                                         .order_by(Card.position)))

    def _pick(self, data: st.DataObject, cls: type) -> int | None:
        ids = self._ids(cls)
        return data.draw(st.sampled_from(ids)) if ids else None

    @rule(data=st.data(), title=st.text(max_size=5), index=st.integers(0, 4))
    def add_card(self, data: st.DataObject, title: str, index: int) -> None:
        lane, stage = self._pick(data, Lane), self._pick(data, Stage)
        if lane and stage:
            size = len(self._cell(lane, stage))
            self._do(Op(ops.add_card, {"lane_id": lane, "stage_id": stage, "title": title, "index": index}))
            cell = self._cell(lane, stage)  # at its index, whatever gaps a delete left in the positions
            assert len(cell) == size + 1 and cell.index(max(self._ids(Card))) == min(index, size)

    @rule(data=st.data(), index=st.integers(0, 4))
    def move_card(self, data: st.DataObject, index: int) -> None:
        card, lane, stage = self._pick(data, Card), self._pick(data, Lane), self._pick(data, Stage)
        if card and lane and stage:
            self._do(Op(ops.move_cards, {"moves": [(card, lane, stage, index)]}))
            cell = self._cell(lane, stage)
            if card in cell:  # (a move to another journey is refused)
                assert cell.index(card) == min(index, len(cell) - 1)

    @rule(data=st.data())
    def delete_card(self, data: st.DataObject) -> None:
        card = self._pick(data, Card)
        if card:
            self._do(Op(ops.delete_cards, {"card_ids": [card]}))

    @rule(data=st.data())
    def duplicate_card(self, data: st.DataObject) -> None:
        card = self._pick(data, Card)
        if card:
            self._do(Op(ops.duplicate_cards, {"card_ids": [card]}))

    @rule(data=st.data())
    def link(self, data: st.DataObject) -> None:
        a, b = self._pick(data, Card), self._pick(data, Card)
        if a and b:
            self._do(Op(ops.add_link, {"source_id": a, "target_id": b}))

    @rule(data=st.data(), index=st.integers(0, 3))
    def move_stage(self, data: st.DataObject, index: int) -> None:
        stage = self._pick(data, Stage)
        if stage:
            self._do(Op(ops.move_stage, {"stage_id": stage, "index": index}))

    @rule(data=st.data())
    def delete_stage_or_lane(self, data: st.DataObject) -> None:
        cls, delete = data.draw(st.sampled_from([(Stage, ops.delete_stage), (Lane, ops.delete_lane)]))
        row = self._pick(data, cls)
        if row:
            self._do(Op(delete, {f"{cls.__tablename__}_id": row}))

    @rule(kind=st.sampled_from(["steps", "emotions", "front_stage"]), index=st.integers(0, 3))
    def add_lane(self, kind: str, index: int) -> None:
        self._do(Op(ops.add_lane, {"journey_id": self.journey, "kind": kind, "index": index}))

    @precondition(lambda self: self.done)
    @rule()
    def undo(self) -> None:
        inverse, before = self.done.pop()
        change = ops.apply(self.session, inverse)
        self.session.commit()
        assert dump_tables(self.session) == before
        self.undone.append((change.inverse, self.state))
        self.state = before

    @precondition(lambda self: self.undone)
    @rule()
    def redo(self) -> None:
        op, after = self.undone.pop()
        change = ops.apply(self.session, op)
        self.session.commit()
        assert dump_tables(self.session) == after
        self.done.append((change.inverse, self.state))
        self.state = after

    @invariant()
    def positions_stay_dense(self) -> None:
        assert_dense_positions(self.session)


EditHistory.TestCase.settings = settings(max_examples=25, stateful_step_count=25, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
test_random_edits_undo_and_redo_exactly = EditHistory.TestCase
