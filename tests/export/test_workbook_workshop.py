"""The workshop in the workbook: the latest dot vote and the comments, in the project's language, reported on import."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.export.read.spreadsheet import import_table
from app.export.workbook import xlsx_bytes
from app.model import ops, templates
from app.model.enums import LaneKind
from app.model.schema import Base, Card, Journey, Lane, Project


def _project(language: str) -> Session:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session = Session(engine)
    session.add(Project(title="Atelier"))
    session.flush()
    templates.populate(session, "onboarding", language)
    session.flush()
    return session


def _pain_points(session: Session, journey: Journey) -> list[int]:
    return list(session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id).where(
        Lane.journey_id == journey.id, Lane.kind == LaneKind.IRRITANTS).order_by(Card.id)))


def test_a_vote_and_comments_go_into_their_own_sheets_and_an_import_says_it_leaves_them(tmp_path) -> None:
    session = _project("fr")
    journey = session.scalars(select(Journey).order_by(Journey.position)).first()
    plain = load_workbook(io.BytesIO(xlsx_bytes(session, journey.id)), read_only=True)
    assert "Votes" not in plain.sheetnames and "Commentaires" not in plain.sheetnames  # nothing to record yet
    pains = _pain_points(session, journey)
    change = ops.add_vote_round(session, journey.id, ["Ana", "Ben"], dots=2, title="Atelier DSI")
    ana, ben = sorted(change.created["vote_participant"])
    for person, card in ((ana, pains[1]), (ana, pains[1]), (ben, pains[1]), (ben, pains[0])):
        ops.add_vote(session, person, card)
    ops.add_comment(session, journey.id, "Qui commande les PC ?", author="Ana", card_id=pains[0])
    session.flush()
    data = xlsx_bytes(session, journey.id)
    book = load_workbook(io.BytesIO(data), read_only=True)
    votes = [row for row in book["Votes"].iter_rows(values_only=True)]
    assert votes[0][:4] == ("Rang", "Carte (id)", "Carte", "Gommettes")
    assert [row[:2] + row[3:4] for row in votes[1:]] == [(1, pains[1], 3), (2, pains[0], 1)]
    comments = [row for row in book["Commentaires"].iter_rows(values_only=True)]
    assert comments[1][3] == "Ana" and comments[1][5] == "Qui commande les PC ?"
    other = _project("fr")
    result = import_table(other, data, kind="xlsx")
    said = [warning.message() for warning in result.warnings]
    assert sum("record the workshop" in text for text in said) == 1
    assert any("Votes" in text and "Commentaires" in text for text in said)


def test_the_action_plan_names_the_dots_of_the_top_pain_points(tmp_path) -> None:
    from pypdf import PdfReader

    from app.export.report import export_action_plan

    session = _project("en")
    journey = session.scalars(select(Journey).order_by(Journey.position)).first()
    pains = _pain_points(session, journey)
    change = ops.add_vote_round(session, journey.id, [str(n) for n in range(1, 6)], dots=3)
    for person in sorted(change.created["vote_participant"]):
        for _ in range(3):
            ops.add_vote(session, person, pains[-1])
    session.flush()
    out = tmp_path / "plan.pdf"
    export_action_plan(session, out, journey_id=journey.id)
    text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "15 dots in the workshop's vote" in " ".join(text.split())
