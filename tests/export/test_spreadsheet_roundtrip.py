"""The workbook as a full round trip in the project's language, its Actions and KPIs merged back; CSV dialects."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterator

import pytest
from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.csv_dialect import EXCEL_FR, STANDARD
from app.export.read.spreadsheet import import_table
from app.export.spreadsheet import csv_bytes, table_rows, xlsx_bytes
from app.model import ops, templates
from app.model.enums import Language
from app.model.schema import KPI, Action, Card, Journey, Lane, Link, Persona, Project
from tests.export.conftest import cards_of


@pytest.fixture(params=["en", "fr"])
def source(request, new_session: Callable[..., Session]) -> Iterator[Session]:
    """The onboarding sample in English and in French, with its journey's notes and goal filled."""
    session = new_session()
    templates.populate(session, "onboarding", request.param)
    journey = session.scalars(select(Journey).order_by(Journey.position)).first()
    journey.notes, journey.scope, journey.drop_threshold = "Notes\non two lines", "Head office", 2.5
    session.commit()
    yield session


def fresh(new_session: Callable[..., Session], language: Language) -> Session:
    session = new_session()
    session.get(Project, 1).language = language
    session.commit()
    return session


def journey_record(session: Session, journey_id: int) -> dict:
    """Everything the workbook carries of a journey, field by field, without ids."""
    journey = session.get(Journey, journey_id)
    cards = {card.id: card.title for card in cards_of(session, journey_id)}
    stages = {stage.id: stage.name for stage in journey.stages}
    actions = session.scalars(select(Action).order_by(Action.position)).all()
    kpis = session.scalars(select(KPI).order_by(KPI.position)).all()
    return {
        "journey": {key: getattr(journey, key) for key in ("title", "customer_goal", "expectations", "scope",
                                                            "state", "target_score", "drop_threshold", "notes")},
        "stages": [(s.name, s.description, s.duration, s.waiting_time, s.colour) for s in journey.stages],
        "lanes": [(lane.name, lane.kind, lane.colour, lane.collapsed, lane.department.name if lane.department else None)
                  for lane in journey.lanes],
        "cards": table_rows(session, journey_id),
        "channels": sorted({(c.channel.key, c.channel.name, c.channel.icon, c.channel.nature)
                            for c in cards_of(session, journey_id) if c.channel}),
        "personas": [(p.name, p.role, p.quote, p.goals, p.service_preference, p.digital_ease, p.colour,
                      [c.name for c in p.channels]) for p in journey.personas],
        "links": sorted((cards[link.source_id], cards[link.target_id], link.kind, link.label)
                        for link in session.scalars(select(Link)) if link.source_id in cards),
        "actions": [(a.title, a.description, a.department.name if a.department else None, a.impact, a.effort, a.risk,
                     a.affected_share, a.status, a.horizon, a.due_date, a.notes, sorted(c.title for c in a.cards))
                    for a in actions],
        "kpis": [(k.name, k.unit, k.direction, k.baseline, k.target, k.actual, stages.get(k.stage_id),
                  cards.get(k.card_id), k.description) for k in kpis],
    }


def test_the_workbook_round_trips_field_by_field_into_a_new_project(source, new_session):
    language = source.get(Project, 1).language
    target = fresh(new_session, language)
    result = import_table(target, xlsx_bytes(source), kind="xlsx")
    target.commit()
    before, after = journey_record(source, 1), journey_record(target, result.journey_id)
    for key in before:
        assert after[key] == before[key], key
    assert any(kind.value == "emotions" for _name, kind, *_rest in after["lanes"])
    assert xlsx_bytes(target, result.journey_id) != b""  # and it exports again


def test_either_language_imports_into_the_other(source, new_session):
    language = source.get(Project, 1).language
    other = Language.EN if language is Language.FR else Language.FR
    target = fresh(new_session, other)
    result = import_table(target, xlsx_bytes(source), kind="xlsx")
    assert table_rows(target, result.journey_id) == table_rows(source, 1)


def test_a_french_workbook_speaks_french_and_reads_like_a_table(new_session):
    session = new_session()
    templates.populate(session, "onboarding", "fr")
    session.commit()
    book = load_workbook(io.BytesIO(xlsx_bytes(session)))
    assert book.sheetnames == ["Cartes", "Matrice", "Parcours", "Étapes", "Couloirs", "Canaux", "Personas",
                               "Liens", "Actions", "Indicateurs"]
    cards = book["Cartes"]
    head = [cell.value for cell in cards[1]]
    assert head[:3] == ["Étape", "Position de l'étape", "Couloir"]
    values = {cell.value for row in cards.iter_rows(min_row=2) for cell in row}
    assert {"Irritants", "Points de contact", "En personne / agence", "oui"} <= values
    assert "touchpoints" not in values and "in_person" not in values
    actions = book["Actions"]
    horizons = {row[9].value for row in actions.iter_rows(min_row=2)}
    assert "Gain rapide" in horizons or "< 3 mois" in horizons
    due = next(row[10] for row in actions.iter_rows(min_row=2) if row[10].value is not None)
    assert due.is_date and isinstance(due.value, dt.datetime)
    assert isinstance(actions["E2"].value, int)  # impact: a number, not text
    for sheet in book.worksheets:
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), sheet.title
        assert sheet.freeze_panes in ("A2", "B2") and sheet["A1"].font.b, sheet.title
    title = head.index("Titre") + 1
    assert cards.cell(row=2, column=title).alignment.wrap_text
    widths = [cards.column_dimensions[chr(64 + index)].width for index in range(1, 24)]
    assert all(8 <= width <= 60 for width in widths) and len(set(widths)) > 3
    curve = head.index("Moment de vérité (courbe)")
    lanes = head.index("Type de couloir")
    marked = [row[curve].value for row in cards.iter_rows(min_row=2) if row[lanes].value == "Points de contact"]
    assert marked and set(marked) <= {"oui", "non"} and "oui" in marked


def test_departments_fill_in_actions_and_kpis_and_import_them_back(new_session):
    session = new_session()
    templates.populate(session, "onboarding", "en")
    session.commit()
    journeys, cards = session.scalars(select(Journey.id)).all(), len(session.scalars(select(Card.id)).all())
    book = load_workbook(io.BytesIO(xlsx_bytes(session)))
    actions, kpis = book["Actions"], book["KPIs"]
    first_id, first_title = actions["A2"].value, actions["B2"].value
    actions["E2"] = 1 if actions["E2"].value != 1 else 2  # impact
    actions["I2"] = "Doing"
    actions.append([None, "Welcome breakfast", "Team breakfast on day one", "The manager", 3, 1, None, 40,
                    "Idea", "Quick win", dt.datetime(2027, 3, 1), None, None, None])
    kpis["G2"] = 77  # actual
    raw = io.BytesIO()
    book.save(raw)
    result = import_table(session, raw.getvalue(), kind="xlsx", merge=True)
    session.commit()
    assert session.scalars(select(Journey.id)).all() == journeys and result.journey_id == journeys[0]
    assert len(session.scalars(select(Card.id)).all()) == cards
    action = session.get(Action, first_id)
    assert action.impact == actions["E2"].value and action.status.value == "doing"
    added = session.scalars(select(Action).where(Action.title == "Welcome breakfast")).one()
    assert added.due_date == dt.date(2027, 3, 1) and added.horizon.value == "quick_win"
    assert session.get(KPI, kpis["A2"].value).actual == 77
    lines = [warning.message() for warning in result.warnings]
    assert "were merged" in lines[0]
    changed = [line for line in lines if line.startswith(f"Action {first_id} ({first_title}) changed: impact")]
    assert len(changed) == 1 and "status" in changed[0] and changed[0].endswith("→ doing.")
    assert [line for line in lines if line.startswith("Action ")] == [changed[0], "Action added: Welcome breakfast."]
    assert sum(line.startswith("KPI ") for line in lines) == 1
    assert len(lines) == 4  # the merge, one action changed, one added, one KPI changed


def test_an_unknown_sheet_and_an_unknown_column_are_named(sample, new_session):
    book = load_workbook(io.BytesIO(xlsx_bytes(sample)))
    book.create_sheet("Budget").append(["line", "amount"])
    book["Actions"]["O1"] = "Cost centre"
    raw = io.BytesIO()
    book.save(raw)
    result = import_table(new_session(), raw.getvalue(), kind="xlsx")
    lines = [warning.message() for warning in result.warnings]
    assert any("Budget" in line and "not imported" in line for line in lines)
    assert any("Cost centre" in line and "Actions" in line for line in lines)


def test_a_link_to_a_card_the_workbook_lacks_is_reported(sample, new_session):
    book = load_workbook(io.BytesIO(xlsx_bytes(sample)))
    book["Links"].append([999_999, book["Links"]["B2"].value, "Flow", None, None, None])
    raw = io.BytesIO()
    book.save(raw)
    target = new_session()
    result = import_table(target, raw.getvalue(), kind="xlsx")
    assert any("Links sheet" in warning.message() for warning in result.warnings)
    assert len(journey_record(target, result.journey_id)["links"]) == len(journey_record(sample, 1)["links"])


@pytest.mark.parametrize("dialect", [STANDARD, EXCEL_FR], ids=lambda dialect: dialect.name)
def test_csv_round_trips_field_by_field_in_both_dialects(sample, new_session, dialect):
    card = sample.scalars(select(Card).where(Card.score.is_not(None))).first()
    card.score, card.affected_share = 6.5, 12.5
    sample.commit()
    data = csv_bytes(sample, dialect=dialect)
    assert data.startswith(b"\xef\xbb\xbf") and data.split(b"\r\n")[0].count(dialect.delimiter.encode()) == 20
    target = new_session()
    result = import_table(target, data, kind="csv")
    assert table_rows(target, result.journey_id) == table_rows(sample, 1)
    before, after = journey_record(sample, 1)["channels"], journey_record(target, result.journey_id)["channels"]
    assert after == before  # built-in channels come back with their names and icons, not as raw keys


def test_a_channel_key_in_a_new_project_comes_back_as_the_built_in_channel(new_session):
    session = new_session()
    session.get(Project, 1).language = Language.FR
    result = import_table(session, b"title,stage,lane,channel\r\nVisit,S,L,in_person\r\n", kind="csv")
    card = cards_of(session, result.journey_id)[0]
    assert (card.channel.key, card.channel.name, card.channel.icon) == ("in_person", "En personne / agence",
                                                                       "in_person")


def test_personas_in_any_script_stay_distinct(new_session):
    session = new_session()
    templates.populate(session, "onboarding", "en")
    for name in ("Иван", "王芳", "김민준"):
        persona = ops.apply(session, ops.Op(ops.add_persona, {"name": name})).result
        journey = session.get(Journey, 1)
        ops.set_journey_personas(session, 1, [p.id for p in journey.personas] + [persona])
    session.commit()
    target = new_session()
    result = import_table(target, xlsx_bytes(session), kind="xlsx")
    names = [persona.name for persona in target.get(Journey, result.journey_id).personas]
    assert {"Иван", "王芳", "김민준"} <= set(names) and len(names) == len(set(names))
    assert len(target.scalars(select(Persona)).all()) == len(names)


def test_a_lane_and_stage_without_cards_come_back(new_session):
    session = new_session()
    templates.populate(session, "blank", "en")
    journey = session.scalars(select(Journey)).first()
    stage = ops.add_stage(session, journey.id, "Empty stage").result
    lane = session.scalars(select(Lane).where(Lane.journey_id == journey.id)).first()
    ops.add_card(session, lane.id, stage, title="Only card")
    session.commit()
    target = new_session()
    result = import_table(target, xlsx_bytes(session, journey.id), kind="xlsx")
    assert journey_record(target, result.journey_id)["lanes"] == journey_record(session, journey.id)["lanes"]
    assert journey_record(target, result.journey_id)["stages"] == journey_record(session, journey.id)["stages"]


OJF_SAMPLES = ("b2b-software-purchase.ojf", "clinic-visit-blueprint.ojf", "customer-support.ojf",
               "ecommerce-purchase.ojf", "ecommerce-return.ojf", "event-booking.ojf", "hotel-check-in-blueprint.ojf",
               "self-guided-tutorial.ojf")


@pytest.mark.parametrize("name", OJF_SAMPLES)
def test_third_party_maps_survive_the_workbook_field_by_field(samples_dir, new_session, name):
    from app.export.ojf import import_ojf

    source = new_session()
    journey_id = import_ojf(source, samples_dir / "ojf" / name).journey_id
    source.commit()
    target = new_session()
    result = import_table(target, xlsx_bytes(source, journey_id), kind="xlsx")
    before, after = journey_record(source, journey_id), journey_record(target, result.journey_id)
    for key in before:
        assert after[key] == before[key], key


@pytest.mark.parametrize("name", OJF_SAMPLES)
def test_every_field_of_a_third_party_map_left_out_is_named(samples_dir, session, name):
    import json

    from app.export.ojf import import_ojf
    from app.export.read.ojf import _NODE_FIELDS

    raw = json.loads((samples_dir / "ojf" / name).read_text(encoding="utf-8"))
    result = import_ojf(session, samples_dir / "ojf" / name)
    left_out = {key for node in raw["nodes"] for key in node if key not in _NODE_FIELDS}
    said = " ".join(warning.message() for warning in result.warnings)
    assert all(key in said for key in left_out), (left_out, said)


def test_the_command_line_writes_the_french_excel_dialect_and_says_what_the_workbook_leaves_out(tmp_path, capsys):
    from app import i18n
    from app.__main__ import main

    project, table, book = tmp_path / "p.parcours", tmp_path / "cards.csv", tmp_path / "cards.xlsx"
    try:
        assert main(["new", str(project), "--lang", "en"]) == 0
        assert main(["export", str(project), str(table), "--csv-dialect", "excel-fr"]) == 0
        assert table.read_bytes().startswith(b"\xef\xbb\xbfstage;stage_position;lane;")
        capsys.readouterr()
        assert main(["export", str(project), str(book), "--csv-dialect", "excel-fr"]) == 1
        assert "--csv-dialect" in capsys.readouterr().err
        assert main(["export", str(project), str(book)]) == 0
        assert "measurement point" in capsys.readouterr().err
        assert main(["import", str(project), str(table), "--journey", "From French Excel"]) == 0
    finally:
        i18n.install("en")


def test_a_workbook_from_another_project_of_the_same_template_is_not_merged(new_session):
    first, second = new_session(), new_session()
    for session in (first, second):
        templates.populate(session, "onboarding", "en")
        session.commit()
    second.get(Project, 1).created_at = dt.datetime(2020, 1, 1)
    second.commit()
    actions = [action.title for action in second.scalars(select(Action))]
    result = import_table(second, xlsx_bytes(first), kind="xlsx", merge=True)
    assert result.cards > 0 and result.journey_id != 1  # a new journey, not a merge into the other project's
    assert [action.title for action in second.scalars(select(Action))][:len(actions)] == actions


def test_a_persona_already_in_the_project_is_kept_and_a_different_description_is_named(sample):
    book = load_workbook(io.BytesIO(xlsx_bytes(sample)))
    lines = [w.message() for w in import_table(sample, xlsx_bytes(sample), kind="xlsx").warnings]
    assert not any("already in the project" in line for line in lines)  # the same personas: nothing to say
    name = book["Personas"]["A2"].value
    book["Personas"]["C2"] = "A role rewritten by a department"
    raw = io.BytesIO()
    book.save(raw)
    result = import_table(sample, raw.getvalue(), kind="xlsx")
    said = [w for w in result.warnings if "already in the project" in w.message()]
    assert len(said) == 1 and said[0].params == {"names": name}
    assert sample.scalars(select(Persona.role).where(Persona.name == name)).one() != "A role rewritten by a department"
