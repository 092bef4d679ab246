"""Mermaid without silent loss: front matter, accessibility fields, line breaks, actors in any script, commas."""

from __future__ import annotations

from sqlalchemy import select

from app.export.mermaid import export_mermaid, import_mermaid, mermaid_export, mermaid_text
from app.export.ojf import import_ojf, ojf_bytes
from app.model import ops
from app.model.schema import Journey, Persona
from tests.export.conftest import cards_of

RICH = """---
title: Front title
config:
  theme: dark
---
journey
  accTitle: Accessible title
  accDescr {
    Why this map exists
    and for whom
  }
  section Arrive<br>and settle
    Badge: 4: Иван, 王芳
    Desk: 2: 김민준, Ivan
  section Work<br/>with others
    Meeting: 5: ＡＮＮＡ, anna, Иван
"""


def journey_fields(session, journey_id: int) -> dict:
    """Everything a Mermaid diagram carries, field by field."""
    journey = session.get(Journey, journey_id)
    return {
        "title": journey.title, "notes": journey.notes,
        "stages": [stage.name for stage in journey.stages],
        "personas": [persona.name for persona in journey.personas],
        "cards": [(card.title, card.score, list(card.tags)) for card in cards_of(session, journey_id)],
    }


def test_front_matter_title_and_accessibility_fields_are_kept(session):
    result = import_mermaid(session, RICH.encode())
    fields = journey_fields(session, result.journey_id)
    assert fields["title"] == "Front title"
    assert fields["notes"] == "Accessible title\nWhy this map exists\nand for whom"
    assert [w.params for w in result.warnings if "display settings" in w.message()] == [{"names": "config"}]


def test_a_title_after_an_accdescr_block_on_its_line_is_read(session):
    data = b"journey\n  accDescr { Short description } title After the block\n  section S\n    t: 3\n"
    result = import_mermaid(session, data)
    assert journey_fields(session, result.journey_id)["title"] == "After the block"
    assert session.get(Journey, result.journey_id).notes == "Short description"
    closing = b"journey\n  accDescr {\n   Two\n   lines\n  } title Closing line\n  section S\n    t: 3\n"
    result = import_mermaid(session, closing)
    assert journey_fields(session, result.journey_id)["title"] == "Closing line"
    assert session.get(Journey, result.journey_id).notes == "Two\nlines"


def test_br_in_section_names_becomes_a_line_break_and_goes_back_as_br(session):
    result = import_mermaid(session, RICH.encode())
    assert journey_fields(session, result.journey_id)["stages"] == ["Arrive\nand settle", "Work\nwith others"]
    text = mermaid_text(session, result.journey_id)
    assert "    section Arrive<br>and settle\n" in text and "    section Work<br>with others\n" in text


def test_actors_in_any_script_stay_distinct(session):
    result = import_mermaid(session, RICH.encode())
    names = sorted(session.scalars(select(Persona.name)))
    # ＡＮＮＡ and anna are one name (NFKC and case aside); no two scripts collapse into one.
    assert names == sorted(["Иван", "王芳", "김민준", "Ivan", "ＡＮＮＡ"])
    cards = {title: tags for title, _score, tags in journey_fields(session, result.journey_id)["cards"]}
    assert cards == {"Badge": ["Иван", "王芳"], "Desk": ["김민준", "Ivan"],
                     "Meeting": ["ＡＮＮＡ", "anna", "Иван"]}
    text = mermaid_text(session, result.journey_id)
    assert "      Badge: 4: Иван, 王芳\n" in text and "      Desk: 2: 김민준, Ivan\n" in text
    assert "      Meeting: 5: ＡＮＮＡ, Иван\n" in text


def test_the_rich_diagram_round_trips_field_by_field(session, new_session):
    first = import_mermaid(session, RICH.encode())
    text = mermaid_text(session, first.journey_id)
    other = new_session()
    second = import_mermaid(other, text.encode())
    before, after = journey_fields(session, first.journey_id), journey_fields(other, second.journey_id)
    assert after["title"] == before["title"] and after["notes"] == before["notes"]
    assert after["stages"] == before["stages"] and after["personas"] == before["personas"]
    # ＡＮＮＡ and anna were one persona: the export names it once.
    assert [card[:2] for card in after["cards"]] == [card[:2] for card in before["cards"]]
    assert mermaid_text(other, second.journey_id) == text


def test_notes_travel_to_ojf_as_its_description_and_back(session, new_session):
    first = import_mermaid(session, RICH.encode())
    data = ojf_bytes(session, first.journey_id)
    other = new_session()
    back = import_ojf(other, data)
    assert other.get(Journey, back.journey_id).notes == session.get(Journey, first.journey_id).notes


def test_a_persona_name_with_commas_survives_the_round_trip(session, new_session, tmp_path):
    journey_id = import_mermaid(session, b"journey\n title T\n section S\n  Pay: 3: Me\n").journey_id
    persona = ops.apply(session, ops.Op(ops.add_persona, {"name": "Doe, Jane"})).result
    me = session.scalars(select(Persona.id).where(Persona.name == "Me")).one()
    ops.set_journey_personas(session, journey_id, [me, persona])
    cards_of(session, journey_id)[0].tags = ["Me", "Doe, Jane"]
    session.commit()
    warnings = export_mermaid(session, journey_id, tmp_path / "out.mmd")
    assert warnings == []
    other = new_session()
    result = import_mermaid(other, tmp_path / "out.mmd")
    assert journey_fields(other, result.journey_id)["personas"] == ["Me", "Doe, Jane"]
    assert cards_of(other, result.journey_id)[0].tags == ["Me", "Doe, Jane"]


def test_names_mermaid_cannot_hold_are_named_in_a_warning(session):
    journey_id = import_mermaid(session, b"journey\n title T\n section S\n  Pay: 3\n").journey_id
    cards_of(session, journey_id)[0].title = "Pay #1; now"
    session.commit()
    _text, warnings = mermaid_export(session, journey_id)
    assert len(warnings) == 1 and "Pay #1; now" in warnings[0].message()


def test_the_third_party_sample_round_trips_field_by_field(samples_dir, session, new_session):
    path = samples_dir / "mermaid" / "catenax-dcm-user-journey.mmd"
    first = import_mermaid(session, path)
    text = mermaid_text(session, first.journey_id)
    other = new_session()
    second = import_mermaid(other, text.encode())
    before, after = journey_fields(session, first.journey_id), journey_fields(other, second.journey_id)
    assert {key: after[key] for key in ("title", "notes", "stages", "personas")} == \
        {key: before[key] for key in ("title", "notes", "stages", "personas")}
    assert [(title, tags) for title, _score, tags in after["cards"]] == \
        [(title, tags) for title, _score, tags in before["cards"]]
