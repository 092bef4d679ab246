"""Ranking pain points: severity times share of customers, then severity, share and map order."""

from __future__ import annotations

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.model import ops, templates
from app.model.enums import LaneKind
from app.model.priority import rank_irritants
from app.model.schema import Base, Journey, Lane, Project


def test_pain_points_rank_by_severity_times_share_and_unknown_shares_come_after():
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Project(title="P"))
        session.flush()
        templates.populate(session, "blank", "en")
        journey = session.scalars(select(Journey)).first()
        lane = session.scalars(select(Lane).where(Lane.kind == LaneKind.IRRITANTS)).first()
        stages = [stage.id for stage in journey.stages]
        specs = [("mild but wide", 2, 60.0), ("severe and narrow", 5, 10.0), ("unknown share", 5, None),
                 ("severe and wide", 4, 50.0), ("nothing known", None, None)]
        for index, (title, severity, share) in enumerate(specs):
            ops.add_card(session, lane.id, stages[index % len(stages)], title=title, severity=severity,
                         affected_share=share)
        session.flush()
        ranked = [irritant.title for irritant in rank_irritants(session, journey.id)]
    engine.dispose()
    # 200, 120, 50; then the unknown shares: severity 5 before the default 3.
    assert ranked == ["severe and wide", "mild but wide", "severe and narrow", "unknown share", "nothing known"]
