"""Exports that cannot carry which personas a card applies to (and their scores) say so: no silent loss."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.__main__ import main
from app.export import mermaid, ojf, spreadsheet, workbook
from app.export.persona_links import cards_with_persona_links
from app.model import ops
from app.model.enums import LaneKind
from app.model.schema import Card, Journey, Lane, Persona
from app.model.store import ProjectStore


def _touchpoints(session: Session, journey_id: int) -> list[int]:
    return list(session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                                .where(Lane.journey_id == journey_id, Lane.kind == LaneKind.TOUCHPOINTS)
                                .order_by(Card.id)))


def _tie_two_cards(session: Session) -> int:
    """Make two touchpoints of the first journey apply to one persona, one with that persona's own score."""
    journey_id = session.scalars(select(Journey.id).order_by(Journey.position)).first()
    assert journey_id is not None
    persona_id = session.scalars(select(Persona.id)).first()
    assert persona_id is not None
    first, second = _touchpoints(session, journey_id)[:2]
    ops.set_card_personas(session, first, {persona_id: 3.0})
    ops.set_card_personas(session, second, {persona_id: None})
    session.flush()
    return journey_id


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ojf", ".mmd"])
def test_each_format_without_a_place_for_persona_links_names_them(sample: Session, tmp_path: Path,
                                                                  suffix: str) -> None:
    journey_id = _tie_two_cards(sample)
    assert cards_with_persona_links(sample, journey_id) == 2
    path = tmp_path / f"map{suffix}"
    if suffix == ".csv":
        warnings = spreadsheet.export_csv(sample, path, journey_id)
    elif suffix == ".xlsx":
        spreadsheet.export_xlsx(sample, path, journey_id)
        warnings = workbook.left_out(sample, journey_id)
    elif suffix == ".ojf":
        warnings = ojf.export_ojf(sample, journey_id, path)
    else:
        warnings = mermaid.export_mermaid(sample, journey_id, path)
    assert path.stat().st_size > 0
    sentences = [warning.message(i18n.translate) for warning in warnings]
    format_name = {".csv": "CSV", ".xlsx": "XLSX", ".ojf": "OpenJourney", ".mmd": "Mermaid"}[suffix]
    assert [s for s in sentences if s.startswith(format_name) and "2 cards" in s and "personas" in s], sentences


def test_a_map_without_persona_links_gets_no_such_warning(sample: Session, tmp_path: Path) -> None:
    journey_id = sample.scalars(select(Journey.id)).first()
    assert cards_with_persona_links(sample, journey_id) == 0
    assert spreadsheet.export_csv(sample, tmp_path / "m.csv", journey_id) == []
    assert ojf.export_ojf(sample, journey_id, tmp_path / "m.ojf") == []


def test_links_on_another_journey_do_not_count(sample: Session) -> None:
    _tie_two_cards(sample)
    other = sample.scalars(select(Journey.id).order_by(Journey.position.desc())).first()
    first = sample.scalars(select(Journey.id).order_by(Journey.position)).first()
    if other == first:
        pytest.skip("the sample has one journey")
    assert cards_with_persona_links(sample, other) == 0


@pytest.fixture
def english() -> Iterator[None]:
    yield
    i18n.install("en")


def test_the_command_line_says_it_on_stderr_in_french(tmp_path: Path, capsys, english, monkeypatch) -> None:
    path = tmp_path / "p.parcours"
    assert main(["new", str(path), "--lang", "fr"]) == 0
    store = ProjectStore.open(path)
    _tie_two_cards(store.session)
    store.session.commit()
    store.save()
    store.close()
    capsys.readouterr()
    monkeypatch.setenv("PARCOURS_LANG", "fr")
    for suffix in (".csv", ".ojf", ".mmd", ".xlsx"):
        assert main(["export", str(path), str(tmp_path / f"out{suffix}")]) == 0
        err = capsys.readouterr().err
        assert "2 cartes" in err and "personas" in err, (suffix, err)
