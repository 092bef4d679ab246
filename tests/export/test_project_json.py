"""The whole-project JSON: lossless round trips, appending imports, refusals, and the published schema."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import create_engine, event, select
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from app.export.project_json import DOCUMENT_KEYS, FIELDS, PROJECT_FIELDS, SCHEMA_PATH, TABLES, dumps, export_project
from app.export.read import project_json as project_json_read
from app.export.read.project_json import import_project
from app.model.enums import Scale
from app.model.errors import ModelError
from app.model.schema import (
    KPI,
    Action,
    Base,
    Card,
    CardImage,
    CardPersona,
    Channel,
    Comment,
    Department,
    Journey,
    Lane,
    Link,
    MeasurementPoint,
    Objective,
    Persona,
    Project,
    Stage,
    Vote,
    VoteParticipant,
    VoteRound,
)
from tests.database_copies import foreign_keys_on

NASTY = "Élodie « très » contente\u00a0! 👩🏽‍💻🎉 مرحبا بكم \u200fשלום\u202f;"


def build_sample(session: Session, text: str = "Mon nouvel emploi", note: str = "") -> None:
    """Two journeys using every table and every kind of value (None, floats, booleans, dates, bytes)."""
    project = session.get(Project, 1)
    project.title, project.organisation, project.notes, project.revision = text, "ACME", text, 7
    project.created_at = dt.datetime(2024, 1, 2, 3, 4, 5)
    objective = Objective(position=0, kind="retention", title=text, description="why")
    email = Channel(position=0, key="email", name="E-mail", icon="mail", nature="digital", builtin=True)
    desk = Channel(position=1, key="desk", name="Accueil", nature="human")
    hr = Department(position=0, name="RH", colour="#AABBCC", side="back", origin="internal")
    supplier = Department(position=1, name="Dell", origin="supplier")
    lea = Persona(position=0, name="Léa", photo=bytes(range(256)), photo_type="image/png", role=text,
                  service_preference="self_service", digital_ease=4, colour="#123456", channels=[email, desk])
    tom = Persona(position=1, name="Tom")
    first = Journey(position=0, title=text, state="as_is", target_score=7.5, drop_threshold=2.25,
                    personas=[lea, tom], objectives=[objective], notes=note,
                    created_at=dt.datetime(2024, 5, 1, 9, 30),
                    modified_at=dt.datetime(2024, 5, 2, 18, 0, 1, 250000))
    second = Journey(position=1, title="To be", state="to_be", derived_from=first)
    session.add_all([objective, email, desk, hr, supplier, lea, tom, first, second])
    session.flush()
    stages = [Stage(journey=journey, position=i, name=f"S{i}", duration="2 w", waiting_time="1 d",
                    colour="#FFEEDD" if i else None) for journey in (first, second) for i in range(2)]
    lanes = [Lane(journey=first, position=0, kind="touchpoints", name=text),
             Lane(journey=first, position=1, kind="front_stage", department=hr, collapsed=True),
             Lane(journey=second, position=0, kind="irritants")]
    session.add_all(stages + lanes)
    session.flush()
    cards = [Card(lane=lanes[0], stage=stages[0], position=0, title=text, body=text, tags=[text, "x"],
                  note=note, channel=email, department=hr, score=9.25, emotion="joy", interaction="digital",
                  duration="5 min", is_first=True, moment_of_truth=True),
             Card(lane=lanes[0], stage=stages[0], position=1, title="Badge", score=0.0, moment_of_truth=False,
                  is_last=True),
             Card(lane=lanes[1], stage=stages[1], position=0, title="Contrat", colour="#00FF00"),
             Card(lane=lanes[2], stage=stages[2], position=0, title="No laptop", severity=5, affected_share=62.5,
                  evidence="survey", evidence_status="observed", score=1.0)]
    session.add_all(cards)
    session.flush()
    session.add_all([
        Link(source_id=cards[0].id, target_id=cards[1].id, kind="flow", label=text),
        Link(source_id=cards[1].id, target_id=cards[2].id),
        Action(position=0, title=text, journey_id=first.id, department=supplier, impact=5, effort=1,
               affected_share=40.0, risk=2, status="planned", horizon="quick_win", due_date=dt.date(2024, 9, 30),
               cards=[cards[3], cards[0]]),
        Action(position=1, title="Later"),
        KPI(position=0, name="NPS", unit="pts", direction="higher", baseline=-12.5, target=30.0, actual=None,
            journey_id=first.id, stage_id=stages[1].id, card_id=cards[0].id),
        MeasurementPoint(journey_id=first.id, position=0, name="After signing", stage_id=stages[0].id,
                         card_id=cards[2].id, channel_id=desk.id, method="nps", timing="J+1"),
        CardPersona(card_id=cards[0].id, persona_id=tom.id, score=3.5),
        CardImage(card_id=cards[3].id, position=0, image=b"\x89PNG\r\n\x1a\n" + bytes(range(40)),
                  image_type="image/png", caption=text),
    ])
    _add_workshop(session, first.id, cards[3].id, text)
    session.commit()


def _add_workshop(session: Session, journey_id: int, card_id: int, text: str) -> None:
    """A dot-vote round of two participants and a comment thread (comments are exported, never lost)."""
    held = dt.datetime(2024, 6, 1, 9, 30)
    session.add(VoteRound(id=1, journey_id=journey_id, title="Atelier", dots=2, held_at=held))
    session.flush()
    session.add_all([VoteParticipant(id=1, round_id=1, name="Léa"), VoteParticipant(id=2, round_id=1, name="2")])
    session.flush()
    session.add_all([Vote(round_id=1, participant_id=1, card_id=card_id),
                     Vote(round_id=1, participant_id=2, card_id=card_id),
                     Comment(id=1, journey_id=journey_id, card_id=card_id, author="Léa", text=text, created_at=held)])
    session.flush()
    session.add(Comment(journey_id=journey_id, card_id=card_id, parent_id=1, author="Tom", text="Oui",
                        created_at=held, resolved=True))


@pytest.fixture(scope="module")
def sample_data() -> dict[str, Any]:
    """The export of :func:`build_sample`, made once for the many refusal cases."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    event.listen(engine, "connect", foreign_keys_on)
    Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Project())
        session.commit()
        build_sample(session)
        data = export_project(session)
    engine.dispose()
    return data


def round_trip(new_session: Callable[..., Session], source: Session) -> tuple[str, str]:
    """The text of ``source``'s export, and of the export after importing it into an empty project."""
    text = dumps(export_project(source))
    target = new_session()
    report = import_project(target, json.loads(text))
    target.commit()
    assert not report.appended
    return text, dumps(export_project(target))


# --------------------------------------------------------------------------- export and round trips


def test_the_document_names_its_format_and_lists_every_table(new_session):
    session = new_session()
    build_sample(session)
    data = export_project(session)
    assert list(data) == list(DOCUMENT_KEYS)
    assert (data["format"], data["version"]) == ("parcours-project", 1)
    assert [len(data[key]) for key, _model in TABLES] == [1, 2, 2, 2, 2, 4, 3, 4, 2, 2, 1, 1, 1, 1, 1, 2, 2, 2]


def test_rows_are_sorted_by_id_with_keys_in_column_order(new_session):
    session = new_session()
    build_sample(session)
    data = export_project(session)
    for key, model in TABLES:
        assert [row["id"] for row in data[key]] == sorted(row["id"] for row in data[key])
        columns = [column.name for column in model.__table__.columns]
        assert list(data[key][0])[:len(columns)] == columns
    assert data["journeys"][0]["persona_ids"] == [1, 2]
    assert data["actions"][0]["card_ids"] == [1, 4]


def test_values_are_written_as_iso_dates_base64_floats_booleans_and_null(new_session):
    session = new_session()
    build_sample(session)
    data = export_project(session)
    assert data["project"]["created_at"] == "2024-01-02T03:04:05Z"
    assert data["journeys"][0]["modified_at"] == "2024-05-02T18:00:01.250000Z"
    assert data["actions"][0]["due_date"] == "2024-09-30"
    assert data["personas"][0]["photo"].startswith("AAECAwQF")
    assert data["personas"][1]["photo"] is None
    card = data["cards"][1]
    assert (card["score"], card["moment_of_truth"], card["is_last"], card["emotion"]) == (0.0, False, True, None)
    assert isinstance(data["cards"][3]["score"], float)


def test_every_column_of_the_database_is_carried():
    carried = {model.__tablename__: {f.name for f in FIELDS[key]} for key, model in TABLES}
    for table in Base.metadata.sorted_tables:
        if table.name in carried:
            assert {column.name for column in table.columns} <= carried[table.name]
        elif table.name not in ("project", "library_link"):  # the link to a team library is the file's, not content
            owner = {"journey_objective": "journeys", "journey_persona": "journeys",
                     "persona_channel": "personas", "action_card": "actions"}[table.name]
            assert any(f.kind == "refs" for f in FIELDS[owner])
    assert {f.name for f in PROJECT_FIELDS} == {c.name for c in Project.__table__.columns} - {"id"}


def test_export_import_export_gives_identical_text(new_session):
    source = new_session()
    build_sample(source)
    text, again = round_trip(new_session, source)
    assert again == text


def test_round_trip_keeps_accents_guillemets_nbsp_emoji_rtl_and_a_megabyte_note(new_session):
    source = new_session()
    build_sample(source, text=NASTY, note=NASTY * (1_000_000 // len(NASTY)))
    text, again = round_trip(new_session, source)
    assert again == text
    assert NASTY in text and "\\u" not in text
    assert len(text.encode("utf-8")) > 1_000_000


@pytest.mark.parametrize("template", ["onboarding", "blank"])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_round_trip_of_the_templates_is_identical(new_session, template, language):
    templates = pytest.importorskip("app.model.templates")
    source = new_session()
    templates.populate(source, template, language)
    source.commit()
    text, again = round_trip(new_session, source)
    assert again == text


def test_import_accepts_json_text_and_bytes(new_session):
    source = new_session()
    build_sample(source)
    text = dumps(export_project(source))
    for payload in (text, text.encode("utf-8")):
        target = new_session()
        import_project(target, payload)
        assert dumps(export_project(target)) == text


def test_import_cleans_control_characters_and_renumbers_positions(new_session):
    source = new_session()
    build_sample(source)
    data = export_project(source)
    data["cards"][0]["title"] = "Bad\x00\x1b title\r\n"
    data["objectives"][0]["position"] = 40
    target = new_session()
    import_project(target, data)
    assert target.get(Card, 1).title == "Bad title\n"
    assert target.get(Objective, 1).position == 0


# --------------------------------------------------------------------------- import into a project with content


def test_import_into_a_project_with_content_appends_and_changes_nothing_existing(new_session):
    source = new_session()
    build_sample(source)
    data = export_project(source)
    target = new_session()
    build_sample(target, text="Existing")
    before = export_project(target)
    report = import_project(target, data)
    target.commit()
    after = export_project(target)
    assert report.appended
    for key, _model in TABLES:
        assert after[key][:len(before[key])] == before[key]
    assert after["project"] == before["project"]
    assert [j["id"] for j in after["journeys"]] == [1, 2, 3, 4]
    assert [j["position"] for j in after["journeys"]] == [0, 1, 2, 3]
    assert after["journeys"][3]["derived_from_id"] == 3
    assert after["journeys"][2]["persona_ids"] == [3, 4]
    assert [a["position"] for a in after["actions"]] == [0, 1, 2, 3]
    assert after["actions"][2]["card_ids"] == [5, 8]
    assert {(c["lane_id"], c["stage_id"]) for c in after["cards"][4:]} == {(4, 5), (5, 6), (6, 7)}


def test_appending_matches_channels_by_key_and_departments_by_name(new_session):
    source = new_session()
    build_sample(source)
    data = export_project(source)
    data["channels"].append({**data["channels"][0], "id": 9, "key": "chat", "position": 2})
    data["departments"][0]["name"] = "  rh "
    target = new_session()
    build_sample(target, text="Existing")
    report = import_project(target, data)
    assert report.matched == {"channels": 2, "departments": 2}
    assert report.ids["channels"] == {1: 1, 2: 2, 9: 3}
    assert report.ids["departments"] == {1: 1, 2: 2}
    assert target.scalars(select(Channel.key).order_by(Channel.position)).all() == ["email", "desk", "chat"]
    assert target.get(Card, 5).channel_id == 1
    assert target.get(Lane, 5).department_id == 1


def test_appending_converts_scores_to_the_project_scale(new_session):
    source = new_session()
    build_sample(source)
    target = new_session(scale=Scale.ONE_FIVE)
    build_sample(target, text="Existing")
    report = import_project(target, export_project(source))
    assert report.rescaled_from == Scale.ZERO_TEN
    journey = target.get(Journey, 3)
    assert (journey.target_score, journey.drop_threshold) == (4.0, 0.9)
    assert [target.get(Card, ident).score for ident in (5, 6, 8)] == [4.7, 1.0, 1.4]
    assert target.get(Card, 1).score == 9.25


def test_importing_twice_adds_the_journeys_twice(new_session):
    source = new_session()
    build_sample(source)
    data = export_project(source)
    target = new_session()
    import_project(target, data)
    import_project(target, data)
    assert target.scalars(select(Journey.title).order_by(Journey.position)).all() == [
        "Mon nouvel emploi", "To be", "Mon nouvel emploi", "To be"]


def test_a_failure_while_writing_leaves_the_session_as_it_was(new_session, monkeypatch):
    source = new_session()
    build_sample(source)
    data = export_project(source)
    target = new_session()
    build_sample(target, text="Existing")
    before = dumps(export_project(target))
    number_positions = project_json_read._dense_positions

    def collide_cards(session, model, rows, appended):
        number_positions(session, model, rows, appended)
        if model is Card:  # journeys, stages and lanes are written by now
            assert session.get(Journey, 3) is not None
            rows[1].update(lane_id=rows[0]["lane_id"], stage_id=rows[0]["stage_id"], position=0)
            rows[0]["position"] = 0

    monkeypatch.setattr(project_json_read, "_dense_positions", collide_cards)
    with pytest.raises(ModelError, match="contradicts the project's rules"):
        import_project(target, data)
    assert dumps(export_project(target)) == before
    assert target.get(Journey, 3) is None


# --------------------------------------------------------------------------- refusals


def _set(path: str, value: Any) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        *parents, last = re.findall(r"[a-z_]+|\d+", path)
        target = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is KeyError:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return change


REFUSALS = [
    (_set("format", "trello"), "is not a Parcours project export: its \"format\""),
    (_set("version", 2), "newer version of Parcours (format 2)"),
    (_set("version", "1"), "version should be a whole number."),
    (_set("version", 0), "version should be between 1 and 1."),
    (_set("version", KeyError), "version is missing."),
    (_set("cards", KeyError), "cards is missing."),
    (_set("cards", {}), "cards should be a list."),
    (_set("project", []), "project should be an object."),
    (_set("cards[2].score", KeyError), "cards[2].score is missing."),
    (_set("cards[2].colour_name", "red"), "cards[2].colour_name is not part of a Parcours project export."),
    (_set("cards[2].title", 5), "cards[2].title should be text."),
    (_set("cards[2].title", None), "cards[2].title should be text."),
    (_set("cards[2].tags", "a, b"), "cards[2].tags should be a list."),
    (_set("cards[2].tags", ["a", 3]), "cards[2].tags[1] should be text."),
    (_set("lanes[1].collapsed", "yes"), "lanes[1].collapsed should be true or false."),
    (_set("cards[2].severity", True), "cards[2].severity should be a whole number."),
    (_set("cards[2].severity", 2.5), "cards[2].severity should be a whole number."),
    (_set("kpis[0].baseline", float("nan")), "kpis[0].baseline should be a number."),
    (_set("kpis[0].baseline", "12"), "kpis[0].baseline should be a number."),
    (_set("personas[0].photo", "not base64!"), "personas[0].photo should be an image encoded in base64."),
    (_set("journeys[0].created_at", "yesterday"), "journeys[0].created_at should be a date and time"),
    (_set("journeys[0].created_at", "2024-05-01"), "journeys[0].created_at should be a date and time"),
    (_set("actions[0].due_date", "2024-13-01"), "actions[0].due_date should be a date such as"),
    (_set("lanes[0].kind", None), "lanes[0].kind should be one of: steps, touchpoints,"),
    (_set("cards[2].lane_id", None), "cards[2].lane_id should be a whole number."),
    (_set("cards[2].emotion", "bored"), "cards[2].emotion should be one of: joy, trust,"),
    (_set("project.scale", "0..100"), "project.scale should be one of: 0..10, 1..5, -2..2, -5..5."),
    (_set("cards[2].score", 10.5), "cards[2].score should be between 0 and 10."),
    (_set("journeys[0].target_score", -1), "journeys[0].target_score should be between 0 and 10."),
    (_set("journeys[0].drop_threshold", 11), "journeys[0].drop_threshold should be between 0 and 10."),
    (_set("cards[2].severity", 6), "cards[2].severity should be between 1 and 5."),
    (_set("cards[2].affected_share", 100.5), "cards[2].affected_share should be between 0 and 100."),
    (_set("stages[0].position", -1), "stages[0].position should be at least 0."),
    (_set("cards[2].colour", "red"), "cards[2].colour should be a colour such as #1A2B3C."),
    (_set("channels[0].key", "k" * 65), "channels[0].key is too long: at most 64 characters."),
    (_set("cards[2].lane_id", 99), "cards[2].lane_id refers to lanes id 99, which is not in the file."),
    (_set("kpis[0].card_id", 99), "kpis[0].card_id refers to cards id 99"),
    (_set("personas[0].channel_ids", [1, 99]), "personas[0].channel_ids[1] refers to channels id 99"),
    (_set("personas[0].channel_ids", [1, 1]), "personas[0].channel_ids lists 1 twice."),
    (_set("cards[1].id", 1), "cards[1].id repeats the id 1 of another row."),
    (_set("cards[3].stage_id", 1), "cards[3] puts the card in a lane and a stage of different journeys."),
    (_set("links[0].target_id", 1), "links[0] links a card to itself."),
    (_set("links[0].target_id", 4), "links[0] links cards of different journeys."),
    (lambda data: data["links"][1].update(source_id=1, target_id=2),
     "links[1] repeats a link between the same two cards."),
    (_set("journeys[1].derived_from_id", 2),
     "journeys[1].derived_from_id says the journey is derived from itself."),
    (_set("channels[1].key", "email"), "channels[1].key repeats the channel key email."),
]


@pytest.mark.parametrize("change, message", REFUSALS, ids=[message[:40] for _c, message in REFUSALS])
@pytest.mark.parametrize("with_content", [False, True], ids=["empty", "content"])
def test_a_faulty_document_is_refused_whole_with_one_sentence(new_session, sample_data, change, message,
                                                              with_content):
    data = copy.deepcopy(sample_data)
    change(data)
    target = new_session()
    if with_content:
        build_sample(target, text="Existing")
    before = dumps(export_project(target))
    with pytest.raises(ModelError) as raised:
        import_project(target, data)
    text = str(raised.value)
    assert message in text
    assert text.endswith(".") and "\n" not in text
    assert dumps(export_project(target)) == before


@pytest.mark.parametrize("payload, message", [
    ("{\"format\": ", "The file is not valid JSON (line 1, column 12)."),
    ("", "The file is not valid JSON (line 1, column 1)."),
    (b"\xff\xfe\x00garbage", "The file is not text encoded in UTF-8."),
    ("[1, 2]", "it holds no JSON object."),
    ("\"parcours-project\"", "it holds no JSON object."),
])
def test_text_that_is_not_a_json_object_is_refused(new_session, payload, message):
    target = new_session()
    with pytest.raises(ModelError) as raised:
        import_project(target, payload)
    assert message in str(raised.value)
    assert target.scalars(select(Journey)).all() == []


def test_an_oversized_photo_is_refused(new_session, monkeypatch):
    source = new_session()
    build_sample(source)
    data = export_project(source)
    monkeypatch.setattr(project_json_read, "_MAX_PHOTO_BYTES", 100)
    with pytest.raises(ModelError, match=re.escape("personas[0].photo is too large")):
        import_project(new_session(), data)


# --------------------------------------------------------------------------- the published JSON Schema

def _is_type(value: Any, kind: str) -> bool:
    if kind == "integer":
        return type(value) is int
    if kind == "number":
        return type(value) in (int, float)
    return type(value) is {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}[kind]


def schema_errors(value: Any, schema: dict, root: dict, place: str = "$") -> list[str]:
    """The faults of ``value`` against the draft 2020-12 keywords our schema uses (a tiny checker)."""
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        errors = schema_errors(value, target, root, place)
        schema = {k: v for k, v in schema.items() if k != "$ref"}
    else:
        errors = []
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_is_type(value, kind) for kind in kinds):
            return errors + [f"{place}: not {kinds}"]
    if "const" in schema and value != schema["const"]:
        errors.append(f"{place}: not {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{place}: {value!r} not in enum")
    if type(value) in (int, float):
        if "minimum" in schema and value < schema["minimum"] or "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{place}: {value} out of range")
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{place}: does not match {schema['pattern']}")
        if len(value) > schema.get("maxLength", len(value)):
            errors.append(f"{place}: too long")
    if isinstance(value, list):
        if schema.get("uniqueItems") and len(set(map(json.dumps, value))) != len(value):
            errors.append(f"{place}: repeated items")
        for index, item in enumerate(value):
            errors += schema_errors(item, schema.get("items", {}), root, f"{place}[{index}]")
    if isinstance(value, dict):
        errors += [f"{place}.{key}: missing" for key in schema.get("required", ()) if key not in value]
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            errors += [f"{place}.{key}: not declared" for key in value if key not in properties]
        for key, item in value.items():
            if key in properties:
                errors += schema_errors(item, properties[key], root, f"{place}.{key}")
    return errors


@pytest.fixture(scope="module")
def schema() -> dict:
    """The schema published in resources/schema."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def test_the_schema_is_draft_2020_12_and_closed(schema):
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["required"] == list(DOCUMENT_KEYS) == list(schema["properties"])
    assert schema["additionalProperties"] is False


def test_exports_satisfy_the_schema(new_session, schema, sample_data):
    source = new_session()
    build_sample(source, text=NASTY)
    assert schema_errors(export_project(source), schema, schema) == []
    assert schema_errors(sample_data, schema, schema) == []


@pytest.mark.parametrize("template", ["onboarding", "blank"])
def test_template_exports_satisfy_the_schema(new_session, schema, template):
    templates = pytest.importorskip("app.model.templates")
    source = new_session()
    templates.populate(source, template, "fr")
    assert schema_errors(export_project(source), schema, schema) == []


@pytest.mark.parametrize("change, fault", [
    (_set("cards[0].emotion", "bored"), "$.cards[0].emotion: 'bored' not in enum"),
    (_set("cards[0].surprise", 1), "$.cards[0].surprise: not declared"),
    (_set("cards[0].score", KeyError), "$.cards[0].score: missing"),
    (_set("cards[0].severity", 9), "$.cards[0].severity: 9 out of range"),
    (_set("cards[0].is_first", 1), "$.cards[0].is_first: not ['boolean']"),
    (_set("cards[0].colour", "#12345"), "$.cards[0].colour: does not match"),
    (_set("version", 2), "$.version: not 1"),
])
def test_the_schema_checker_catches_faults(schema, sample_data, change, fault):
    data = copy.deepcopy(sample_data)
    change(data)
    assert any(error.startswith(fault) for error in schema_errors(data, schema, schema))


def test_the_schema_declares_exactly_what_the_exporter_writes_and_the_importer_checks(schema):
    definitions = schema["$defs"]
    rows = {"project": PROJECT_FIELDS}
    rows.update({schema["properties"][key]["items"]["$ref"].rsplit("/", 1)[1]: FIELDS[key] for key, _m in TABLES})
    for name, fields in rows.items():
        definition = definitions[name]
        assert definition["additionalProperties"] is False, name
        assert definition["required"] == [f.name for f in fields] == list(definition["properties"]), name
        for spec in fields:
            declared = definition["properties"][spec.name]
            if "$ref" in declared:
                declared = {**definitions[declared["$ref"].rsplit("/", 1)[1]], **declared}
            if spec.kind == "enum":
                assert set(declared["enum"]) == set(spec.values) | ({None} if spec.nullable else set()), spec
            kinds = declared.get("type")
            if kinds is not None and not isinstance(kinds, str):
                assert ("null" in kinds) == spec.nullable, (name, spec.name)
            if spec.low is not None and spec.name not in {"id"}:
                assert declared["minimum"] == spec.low, (name, spec.name)
            if spec.high is not None:
                assert declared["maximum"] == spec.high, (name, spec.name)
            if spec.max_length is not None:
                assert declared["maxLength"] == spec.max_length, (name, spec.name)


def test_an_export_from_before_the_workspace_still_imports(new_session):
    source = new_session()
    build_sample(source)
    data = export_project(source)
    for key in ("card_personas", "card_images"):
        del data[key]
    del data["project"]["target_score"], data["project"]["drop_threshold"]
    for channel in data["channels"]:
        del channel["colour"]
    target = new_session()
    report = import_project(target, data)
    target.commit()
    assert not report.appended
    assert target.get(Project, 1).target_score is None
    assert target.scalars(select(CardPersona)).all() == [] and len(target.scalars(select(Channel)).all()) == 2
