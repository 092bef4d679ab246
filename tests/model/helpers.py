"""Helpers for model tests: a full dump of every table, to compare states exactly."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.schema import ORDER_SCOPES, Base, Card


def dump_tables(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, ids included, in a stable order."""
    return {table.name: sorted(map(tuple, session.execute(select(table)).all()), key=repr)
            for table in Base.metadata.sorted_tables}


def assert_dense_positions(session: Session) -> None:
    """Positions are 0..n-1 within every ordered parent, except cards': distinct, from 0 up, gaps allowed.

    (A user's delete of cards leaves gaps in their cells rather than renumbering the cards after them.)
    """
    for cls, scope in ORDER_SCOPES.items():
        columns = [getattr(cls, c) for c in scope]
        groups: dict[tuple, list[int]] = {}
        for row in session.execute(select(*columns, cls.position)):
            groups.setdefault(tuple(row[:-1]), []).append(row[-1])
        for key, positions in groups.items():
            if cls is Card:
                assert len(set(positions)) == len(positions) and min(positions) >= 0, (key, positions)
                assert max(positions) < 1_000_000, (key, positions)  # none left parked
            else:
                assert sorted(positions) == list(range(len(positions))), (cls.__tablename__, key, positions)


def onboarding_en(session: Session) -> None:
    """Fill a project with the English onboarding sample, committed (for :func:`tests.database_copies.fill_once`)."""
    from app.model import templates

    templates.populate(session, "onboarding", "en")
    session.commit()
