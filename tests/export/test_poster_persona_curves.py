"""Several personas on one map: the poster draws one curve per persona scored on its own, with its legend."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from app.export.poster import export_poster
from app.model import templates
from app.model.enums import LaneKind
from app.model.schema import Card, CardPersona, Journey, Lane, Persona
from app.model.store import ProjectStore


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_a_persona_scored_on_its_own_gets_a_curve_and_a_legend_line(tmp_path) -> None:
    store = ProjectStore.create(tmp_path / "p.parcours", populate=lambda s: templates.populate(s, "onboarding", "en"))
    try:
        session = store.session
        journey = session.scalars(select(Journey).order_by(Journey.position)).first()
        persona = session.scalars(select(Persona).order_by(Persona.position)).first()
        touch = session.scalars(select(Card).join(Lane, Lane.id == Card.lane_id).where(
            Lane.journey_id == journey.id, Lane.kind == LaneKind.TOUCHPOINTS)).all()[:3]
        plain = tmp_path / "plain.pdf"
        export_poster(session, journey.id, plain, paper="A3")
        assert f"Curve of {persona.name}" not in _text(plain)  # a single-persona map stays as it was
        for card in touch:
            session.add(CardPersona(card_id=card.id, persona_id=persona.id, score=1.0))
        session.commit()
        out = tmp_path / "personas.pdf"
        export_poster(session, journey.id, out, paper="A3")
        assert f"Curve of {persona.name}" in _text(out)
        assert out.stat().st_size > plain.stat().st_size
    finally:
        store.close()
