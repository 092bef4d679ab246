"""The pain points the action plan and the deck print, in the order of the method's ranking."""

from __future__ import annotations

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.model import ops, templates
from app.model.enums import LaneKind
from app.model.method_data import ranked_pain_points
from app.model.priority import irritant_score
from app.model.schema import Base, Journey, Lane, Project


def test_pain_points_come_in_the_rankings_order_with_their_stage_and_score():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Project(title="P"))
        session.flush()
        templates.populate(session, "blank", "en")
        journey = session.scalars(select(Journey)).first()
        lane = session.scalars(select(Lane).where(Lane.kind == LaneKind.IRRITANTS)).first()
        stages = [stage for stage in journey.stages]
        specs = [("mild but wide", 2, 60.0), ("severe and narrow", 5, 10.0), ("unknown share", 5, None),
                 ("severe and wide", 4, 50.0), ("nothing known", None, None)]
        for index, (title, severity, share) in enumerate(specs):
            ops.add_card(session, lane.id, stages[index % len(stages)].id, title=title, severity=severity,
                         affected_share=share)
        session.flush()
        ranked = ranked_pain_points(session, journey.id)
        expected = sorted(specs, key=lambda spec: -irritant_score(spec[2], spec[1], None))
        assert [irritant.title for irritant in ranked] == [title for title, _s, _a in expected]
        assert ranked[0].score == irritant_score(None, 5, None)
        assert {irritant.stage for irritant in ranked} <= {stage.name for stage in stages}
        assert all(irritant.action_ids == () for irritant in ranked)
    engine.dispose()
