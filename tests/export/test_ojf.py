"""OpenJourney (.ojf): export, import into a new journey, the samples' deviations, refusals, round trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import i18n
from app.__main__ import main
from app.export.ojf import export_ojf, import_ojf, ojf_bytes
from app.export.read import journey_plan
from app.export.read import ojf as ojf_read
from app.export.read.journey_plan import InterchangeImport
from app.export.read.ojf import lane_kind_for
from app.model import ops
from app.model.curve import touchpoints_of
from app.model.enums import Emotion, LaneKind, Scale
from app.model.errors import ParcoursError, ProjectFileError
from app.model.journey_data import read_journey
from app.model.schema import Department, Journey, Persona
from tests.export.conftest import cards_of, refused

SAMPLES = ("b2b-software-purchase.ojf", "clinic-visit-blueprint.ojf", "customer-support.ojf",
           "ecommerce-purchase.ojf", "ecommerce-return.ojf", "event-booking.ojf",
           "hotel-check-in-blueprint.ojf", "self-guided-tutorial.ojf")


def document(**root: Any) -> bytes:
    """A small OJF document: two stages, two swimlanes, the nodes given (and any root fields)."""
    base: dict[str, Any] = {
        "version": "1.0", "persona": "Ana", "pointOfView": "Opening an account",
        "stages": [{"id": "s1", "name": "Discover"}, {"id": "s2", "name": "Open"}],
        "swimlanes": [{"id": "l1", "name": "Customer Actions"}, {"id": "l2", "name": "Pain Points"}],
        "nodes": [{"id": "n1", "stageId": "s1", "swimlaneId": "l1", "title": "Search", "score": 5},
                  {"stageId": "s2", "swimlaneId": "l2", "title": "Form too long", "score": -5,
                   "severity": "high", "sentiment": "frustrated", "tags": ["web"]}],
    }
    base.update(root)
    return json.dumps(base).encode("utf-8")


def refusal(session: Session, data: bytes) -> ParcoursError:
    """Import ``data``, expect a refusal, and check that nothing was written."""
    return refused(session, import_ojf, data)


# --------------------------------------------------------------------------- import


def test_a_small_document_becomes_a_journey(session):
    result = import_ojf(session, document(), journey_title="Account")
    session.commit()
    assert isinstance(result, InterchangeImport) and result.cards == 2
    journey = session.get(Journey, result.journey_id)
    assert journey.title == "Account" and journey.customer_goal == "Opening an account"
    assert [stage.name for stage in journey.stages] == ["Discover", "Open"]
    # The customer's actions carry the only scores: they become touchpoints drawing the curve, in its lane.
    assert [(lane.kind, lane.name) for lane in journey.lanes] == [
        (LaneKind.TOUCHPOINTS, "Customer Actions"), (LaneKind.EMOTIONS, "Emotion curve"),
        (LaneKind.IRRITANTS, "Pain Points")]
    assert any("Customer Actions" in w.message() and "emotion curve" in w.message() for w in result.warnings)
    assert [persona.name for persona in journey.personas] == ["Ana"]
    search, form = cards_of(session, journey.id)
    assert (search.title, search.score, search.stage_id) == ("Search", 10.0, journey.stages[0].id)
    assert (form.score, form.severity, form.emotion, form.tags) == (0.0, 5, Emotion.FRUSTRATION, ["web"])


def test_scores_are_rescaled_onto_the_project_scale_and_a_missing_score_stays_unscored(new_session):
    session = new_session(Scale.ONE_FIVE)
    nodes = [{"stageId": "s1", "swimlaneId": "l1", "title": str(score), "score": score} for score in (-5, 0, 5)]
    nodes.append({"stageId": "s1", "swimlaneId": "l1", "title": "none"})
    result = import_ojf(session, document(nodes=nodes))
    assert [card.score for card in cards_of(session, result.journey_id)] == [1.0, 3.0, 5.0, None]
    assert not [w for w in result.warnings if "scores run" in w.message()]  # -5..5 is OJF's own range


def test_scores_on_zero_to_ten_are_read_as_such_with_one_warning(session):
    nodes = [{"stageId": "s1", "swimlaneId": "l1", "title": str(score), "score": score} for score in (0, 7, 10)]
    result = import_ojf(session, document(nodes=nodes))
    assert [card.score for card in cards_of(session, result.journey_id)] == [0.0, 7.0, 10.0]
    rescaled = [w.message() for w in result.warnings if "scores run" in w.message()]
    assert len(rescaled) == 1 and "0 to 10" in rescaled[0]


def test_scores_beyond_any_known_range_are_rescaled_from_what_the_file_spans(session):
    nodes = [{"stageId": "s1", "swimlaneId": "l1", "title": str(score), "score": score} for score in (-20, 80)]
    result = import_ojf(session, document(nodes=nodes))
    assert [card.score for card in cards_of(session, result.journey_id)] == [0.0, 10.0]
    assert any("-20 to 80" in w.message() for w in result.warnings)


@pytest.mark.parametrize(("name", "kind"), [
    ("Emotional State", LaneKind.EMOTIONS), ("User Health (Sentiment)", LaneKind.EMOTIONS),
    ("Thoughts & Feelings", LaneKind.EMOTIONS), ("Pain Points", LaneKind.IRRITANTS),
    ("Issues & Roadblocks", LaneKind.IRRITANTS), ("Friction Points", LaneKind.IRRITANTS),
    ("Internal Blockers", LaneKind.IRRITANTS), ("Touchpoints", LaneKind.TOUCHPOINTS),
    ("Support Channel", LaneKind.TOUCHPOINTS), ("Tools Used", LaneKind.TOUCHPOINTS),
    ("Points de contact", LaneKind.TOUCHPOINTS), ("Customer Actions", LaneKind.STEPS),
    ("User Activity", LaneKind.STEPS), ("Interaction", LaneKind.STEPS), ("Patient Journey", LaneKind.STEPS),
    ("Irritants", LaneKind.IRRITANTS), ("Attentes", LaneKind.EXPECTATIONS), ("Backstage", LaneKind.BACK_STAGE),
    ("Onstage", LaneKind.FRONT_STAGE), ("Opportunités", LaneKind.OPPORTUNITIES), ("Whatever", LaneKind.NOTES),
])
def test_lane_kinds_come_from_the_swimlane_names_in_english_or_french(name, kind):
    assert lane_kind_for(name) is kind


def test_a_swimlane_type_wins_over_its_name(session):
    lanes = [{"id": "l1", "name": "Customer Actions", "type": "kpis"}, {"id": "l2", "name": "X", "type": "pain"}]
    result = import_ojf(session, document(swimlanes=lanes))
    assert [lane.kind for lane in session.get(Journey, result.journey_id).lanes] == [
        LaneKind.KPIS, LaneKind.IRRITANTS]


def test_an_emotional_swimlane_with_nodes_becomes_touchpoints_followed_by_the_curve(session):
    lanes = [{"id": "l1", "name": "Customer Actions"}, {"id": "l2", "name": "Emotional State"},
             {"id": "l3", "name": "Pain Points"}]
    nodes = [{"stageId": "s1", "swimlaneId": "l3", "title": "Slow"},
             {"stageId": "s1", "swimlaneId": "l2", "title": "Happy", "score": 4}]
    result = import_ojf(session, document(swimlanes=lanes, nodes=nodes))
    journey = session.get(Journey, result.journey_id)
    assert [(lane.kind, lane.name) for lane in journey.lanes] == [
        (LaneKind.STEPS, "Customer Actions"), (LaneKind.TOUCHPOINTS, "Emotional State"),
        (LaneKind.EMOTIONS, "Emotion curve"), (LaneKind.IRRITANTS, "Pain Points")]
    slow, happy = cards_of(session, journey.id)
    assert (slow.lane.kind, happy.lane.kind) == (LaneKind.IRRITANTS, LaneKind.TOUCHPOINTS)
    assert sum("Emotional State" in w.message() for w in result.warnings) == 1


def test_an_empty_emotional_swimlane_is_the_curve_itself(session):
    lanes = [{"id": "l1", "name": "Touchpoints"}, {"id": "l2", "name": "Emotional State"}]
    result = import_ojf(session, document(swimlanes=lanes, nodes=[]))
    assert [lane.kind for lane in session.get(Journey, result.journey_id).lanes] == [
        LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS]


def test_a_metadata_wrapper_gives_the_title_persona_and_point_of_view(session):
    data = json.loads(document())
    del data["persona"], data["pointOfView"]
    data["metadata"] = {"title": "Visit", "persona": "Patient", "pov": "Annual check-up", "version": "1.1.0"}
    result = import_ojf(session, json.dumps(data).encode())
    journey = session.get(Journey, result.journey_id)
    assert (journey.title, journey.customer_goal) == ("Visit", "Annual check-up")
    assert [persona.name for persona in journey.personas] == ["Patient"]


def test_an_existing_persona_is_reused_by_name(session):
    ops.apply(session, ops.Op(ops.add_persona, {"name": "Ana"}))
    first = import_ojf(session, document())
    second = import_ojf(session, document(persona="ANA"))
    assert session.scalar(select(func.count(Persona.id))) == 1
    assert not any("persona" in w.message() for w in first.warnings + second.warnings)


def test_blueprint_layers_become_lanes_in_the_node_stage_with_departments(session):
    blueprint = {"evidence": [{"item": "Sign-in sheet", "type": "Physical"}],
                 "onstage": [{"actor": "Reception", "action": "Greets"}],
                 "backstage": [{"actor": "Billing", "action": "Checks insurance"}],
                 "support": [{"system": "EMR", "description": "Loads the record"}]}
    nodes = [{"stageId": "s2", "swimlaneId": "l1", "title": "Arrive", "blueprint": blueprint}]
    result = import_ojf(session, document(nodes=nodes))
    journey = session.get(Journey, result.journey_id)
    assert result.cards == 5
    assert [lane.kind for lane in journey.lanes][2:] == [
        LaneKind.NOTES, LaneKind.FRONT_STAGE, LaneKind.BACK_STAGE, LaneKind.SUPPORT_SYSTEMS]
    cards = cards_of(session, journey.id)
    assert {card.stage_id for card in cards} == {journey.stages[1].id}
    assert [(card.title, card.body, card.tags) for card in cards] == [
        ("Arrive", "", []), ("Sign-in sheet", "", ["Physical"]), ("Greets", "", []),
        ("Checks insurance", "", []), ("EMR", "Loads the record", [])]
    departments = {d.name: d.side.value for d in session.scalars(select(Department))}
    assert departments == {"Reception": "front", "Billing": "back"}
    assert cards[2].department.name == "Reception"
    assert any("Reception, Billing" in w.message() for w in result.warnings)


def test_unknown_fields_are_ignored_with_one_warning_each(session):
    nodes = [{"stageId": "s1", "swimlaneId": "l1", "title": str(i), "purpose": "touchpoint", "icon": "x",
              "colourful": True} for i in range(3)]
    result = import_ojf(session, document(nodes=nodes, theme="dark"))
    messages = [w.message() for w in result.warnings]
    assert sum("purpose" in m for m in messages) == 1
    assert sum("icon" in m for m in messages) == 1
    assert sum("nodes[].colourful" in m for m in messages) == 1
    assert sum("theme" in m for m in messages) == 1
    assert result.cards == 3


def test_a_node_in_an_undefined_stage_or_swimlane_gets_one_of_that_name_and_a_warning(session):
    nodes = [{"stageId": "s9", "swimlaneId": "l1", "title": "a"}, {"stageId": "s1", "swimlaneId": "zz",
                                                                   "title": "b"},
             {"stageId": "s9", "swimlaneId": "zz", "title": "c"}]
    result = import_ojf(session, document(nodes=nodes))
    journey = session.get(Journey, result.journey_id)
    assert [stage.name for stage in journey.stages] == ["Discover", "Open", "s9"]
    assert [lane.name for lane in journey.lanes][-1] == "zz"
    dangling = [w.message() for w in result.warnings if "does not define" in w.message()]
    assert len(dangling) == 1 and "s9, zz" in dangling[0]
    assert result.cards == 3


def test_sentiments_become_emotions_and_unknown_ones_warn_once(session):
    nodes = [{"stageId": "s1", "swimlaneId": "l1", "title": word, "sentiment": word}
             for word in ("delighted", "Anxious", "relieved", "meh", "meh")]
    result = import_ojf(session, document(nodes=nodes))
    assert [card.emotion for card in cards_of(session, result.journey_id)] == [
        Emotion.JOY, Emotion.ANXIETY, Emotion.RELIEF, None, None]
    assert sum("meh" in w.message() for w in result.warnings) == 1


def test_the_file_name_titles_the_journey_when_the_document_has_no_title(session, tmp_path):
    path = tmp_path / "my-map.ojf"
    path.write_bytes(document())
    assert session.get(Journey, import_ojf(session, path).journey_id).title == "my-map"
    assert session.get(Journey, import_ojf(session, document(title="Named")).journey_id).title == "Named"


# --------------------------------------------------------------------------- refusals


def test_an_empty_file_is_refused(session):
    assert "empty" in refusal(session, b" \n\t").message()


def test_text_that_is_not_json_is_refused_with_its_line(session):
    message = refusal(session, b'{\n  "stages": [\n  oops\n]}').message()
    assert "not JSON" in message and "line 3" in message


def test_bytes_that_are_not_utf8_are_refused(session):
    assert "UTF-8" in refusal(session, b'{"stages": ["\xff\xfe"]}').message()


@pytest.mark.parametrize("data", [b'[1, 2]', b'{"nodes": []}', b'"stages"', b"42"])
def test_json_without_stages_is_not_an_ojf_document(session, data):
    error = refusal(session, data)
    assert isinstance(error, ProjectFileError) and "no list of stages" in error.message()


@pytest.mark.parametrize(("change", "path", "fragment"), [
    ({"stages": {"s1": "Discover"}}, "stages", "a list"),
    ({"stages": ["Discover"]}, "stages[0]", "an object"),
    ({"stages": [{"id": "s1", "name": 3}]}, "stages[0].name", "text"),
    ({"swimlanes": [{"id": ["l1"]}]}, "swimlanes[0].id", "text"),
    ({"nodes": [{"stageId": "s1", "swimlaneId": "l1", "score": "5"}]}, "nodes[0].score", "a number"),
    ({"nodes": [{"stageId": "s1", "swimlaneId": "l1"}, {"stageId": "s1", "swimlaneId": "l1", "score": True}]},
     "nodes[1].score", "a number"),
    ({"nodes": [{"stageId": "s1", "swimlaneId": "l1", "tags": "a, b"}]}, "nodes[0].tags", "a list"),
    ({"nodes": [{"stageId": "s1", "swimlaneId": "l1", "tags": ["a", 2]}]}, "nodes[0].tags[1]", "text"),
    ({"nodes": [{"stageId": "s1", "swimlaneId": "l1", "title": 12}]}, "nodes[0].title", "text"),
    ({"nodes": [{"stageId": "s1", "swimlaneId": "l1", "isMomentOfTruth": "yes"}]},
     "nodes[0].isMomentOfTruth", "true or false"),
    ({"nodes": ["a node"]}, "nodes[0]", "an object"),
    ({"nodes": [{"stageId": "s1", "swimlaneId": "l1", "blueprint": {"onstage": [{"actor": 1}]}}]},
     "nodes[0].blueprint.onstage[0].actor", "text"),
    ({"persona": {"name": 3}}, "persona.name", "text"), ({"persona": 3}, "persona", "text"),
    ({"metadata": "Visit"}, "metadata", "an object"),
])
def test_a_value_of_the_wrong_type_is_named_by_its_path(session, change, path, fragment):
    message = refusal(session, document(**change)).message()
    assert f" {path} should be {fragment}" in message, message


def test_a_node_without_a_stage_is_refused_with_its_path(session):
    message = refusal(session, document(nodes=[{"swimlaneId": "l1", "title": "x"}])).message()
    assert "nodes[0].stageId is missing" in message


def test_a_stage_defined_twice_is_refused(session):
    stages = [{"id": "s1", "name": "A"}, {"id": "s1", "name": "B"}]
    assert "s1 twice" in refusal(session, document(stages=stages)).message()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(session, tmp_path, monkeypatch):
    monkeypatch.setattr(journey_plan, "MAX_BYTES", 100)
    path = tmp_path / "big.ojf"
    path.write_bytes(document())
    with pytest.raises(ProjectFileError) as caught:
        import_ojf(session, path)
    assert "larger than" in caught.value.message()
    assert "larger than" in refusal(session, document()).message()
    assert journey_plan.source_bytes(b"x")[0] == b"x"  # bytes in memory are not a file to measure


def test_more_nodes_than_the_limit_are_refused(session, monkeypatch):
    monkeypatch.setattr(ojf_read, "MAX_NODES", 2)
    nodes = [{"stageId": "s1", "swimlaneId": "l1", "title": str(i)} for i in range(3)]
    assert "more than 2 nodes" in refusal(session, document(nodes=nodes)).message()
    blueprint = {"support": [{"system": "a"}, {"system": "b"}]}
    assert "more than 2 nodes" in refusal(session, document(nodes=[{
        "stageId": "s1", "swimlaneId": "l1", "blueprint": blueprint}])).message()


def test_a_failure_while_writing_leaves_nothing_behind(session, monkeypatch):
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ParcoursError("boom")

    monkeypatch.setattr(journey_plan, "_department_id", broken)
    blueprint = {"onstage": [{"actor": "Desk", "action": "Greets"}]}
    assert str(refusal(session, document(nodes=[{"stageId": "s1", "swimlaneId": "l1",
                                                  "blueprint": blueprint}]))) == "boom"


# --------------------------------------------------------------------------- export


def test_export_writes_the_spec_fields_with_scores_on_minus_five_to_five(sample):
    doc = json.loads(ojf_bytes(sample, None))
    journey = sample.scalars(select(Journey).order_by(Journey.position)).first()
    assert doc["version"] == "1.0" and doc["title"] == journey.title
    assert [stage["name"] for stage in doc["stages"]] == [stage.name for stage in journey.stages]
    assert [lane["type"] for lane in doc["swimlanes"]] == [lane.kind.value for lane in journey.lanes]
    assert len(doc["nodes"]) == len(cards_of(sample, journey.id))
    assert all(-5 <= node["score"] <= 5 for node in doc["nodes"] if "score" in node)
    assert doc["persona"] == ", ".join(persona.name for persona in journey.personas)
    ids = {stage["id"] for stage in doc["stages"]}
    assert all(node["stageId"] in ids for node in doc["nodes"])


def test_export_rescales_from_the_project_scale(new_session):
    session = new_session(Scale.ONE_FIVE)
    import_ojf(session, document())
    scores = [node.get("score") for node in json.loads(ojf_bytes(session, None))["nodes"]]
    assert scores == [5, -5]


def test_export_gives_the_same_bytes_twice_and_they_are_sorted_utf8_json(sample, tmp_path):
    first, second = ojf_bytes(sample, None), ojf_bytes(sample, None)
    assert first == second and first.endswith(b"\n")
    text = first.decode("utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    export_ojf(sample, None, tmp_path / "out.ojf")
    assert (tmp_path / "out.ojf").read_bytes() == first


def test_export_of_an_unknown_journey_is_refused(sample):
    with pytest.raises(ParcoursError):
        ojf_bytes(sample, 9999)


def test_export_import_export_gives_the_same_document(sample, new_session):
    first = ojf_bytes(sample, None)
    other = new_session()
    result = import_ojf(other, first)
    other.commit()
    assert ojf_bytes(other, result.journey_id) == first
    journey = sample.scalars(select(Journey).order_by(Journey.position)).first()
    assert result.cards == len(cards_of(sample, journey.id))


def test_what_ojf_carries_survives_a_round_trip(new_session):
    session = new_session(Scale.ONE_FIVE)
    journey_id = ops.add_journey(session, "Trip").result
    stage = ops.add_stage(session, journey_id, "", description="Before anything").result
    ops.add_stage(session, journey_id, "Empty stage")
    lane = ops.add_lane(session, journey_id, LaneKind.EXPECTATIONS, name="").result
    ops.add_lane(session, journey_id, LaneKind.DATA, name="Data we collect")
    ops.add_card(session, lane, stage, title="", body="Line one\nline two", score=2.37, emotion=Emotion.TRUST,
                 severity=3, moment_of_truth=True, colour="#1A2B3C", tags=["x", "y"])
    ops.add_card(session, lane, stage, title="Second, unscored")
    persona_ids = [ops.apply(session, ops.Op(ops.add_persona, {"name": name})).result for name in ("A, b", "C")]
    ops.set_journey_personas(session, journey_id, persona_ids)
    ops.update_journey(session, journey_id, customer_goal="Get there")
    session.commit()
    first = ojf_bytes(session, journey_id)
    other = new_session()
    result = import_ojf(other, first)
    assert ojf_bytes(other, result.journey_id) == first
    journey = other.get(Journey, result.journey_id)
    assert [stage.name for stage in journey.stages] == ["", "Empty stage"]
    assert [(lane.kind, lane.name) for lane in journey.lanes] == [
        (LaneKind.EXPECTATIONS, ""), (LaneKind.DATA, "Data we collect")]
    assert [p.name for p in journey.personas] == ["A, b", "C"]
    card = cards_of(other, journey.id)[0]
    assert (card.score, card.emotion, card.severity, card.moment_of_truth, card.colour, card.tags) == (
        pytest.approx(3.425, abs=0.01), Emotion.TRUST, 3, True, "#1A2B3C", ["x", "y"])


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_survives_import_export_import_export(samples_dir, new_session, name):
    session = new_session()
    first = import_ojf(session, samples_dir / "ojf" / name)
    exported = ojf_bytes(session, first.journey_id)
    again = import_ojf(session, exported)
    assert again.cards == first.cards
    assert ojf_bytes(session, again.journey_id) == exported


# --------------------------------------------------------------------------- the third-party samples


@pytest.mark.parametrize("name", SAMPLES)
def test_every_sample_imports_with_its_stages_nodes_and_persona(samples_dir, session, name):
    raw = json.loads((samples_dir / "ojf" / name).read_text(encoding="utf-8"))
    result = import_ojf(session, samples_dir / "ojf" / name)
    session.commit()
    journey = session.get(Journey, result.journey_id)
    blueprint_items = sum(len(items) for node in raw["nodes"] for items in (node.get("blueprint") or {}).values())
    assert result.cards == len(raw["nodes"]) + blueprint_items
    assert len(journey.stages) == len(raw["stages"])
    assert [stage.name for stage in journey.stages] == [stage["name"] for stage in raw["stages"]]
    persona = raw.get("persona") or raw["metadata"]["persona"]
    assert [p.name for p in journey.personas] == [persona]
    scored = [node["score"] for node in raw["nodes"] if "score" in node]
    cards = cards_of(session, journey.id)
    assert sorted(card.score for card in cards if card.score is not None) == sorted(s + 5 for s in scored)
    # Every scored sample draws its emotion curve, whichever swimlane its scores sat on.
    curve = [point for point in touchpoints_of(read_journey(session, journey.id)) if point.score is not None]
    assert scored and len(curve) >= 1
    assert any(lane.kind is LaneKind.EMOTIONS for lane in journey.lanes)


def test_the_sample_node_without_a_score_stays_unscored(samples_dir, session):
    result = import_ojf(session, samples_dir / "ojf" / "event-booking.ojf")
    website = next(card for card in cards_of(session, result.journey_id) if card.title == "Conference Website")
    assert website.score is None


# --------------------------------------------------------------------------- command line


def test_the_command_line_exports_and_imports_ojf(tmp_path: Path, capsys):
    project, out = tmp_path / "p.parcours", tmp_path / "map.ojf"
    try:
        assert main(["new", str(project), "--lang", "en"]) == 0
        assert main(["export", str(project), str(out), "--journey", "My new job"]) == 0
        assert json.loads(out.read_text(encoding="utf-8"))["title"] == "My new job"
        capsys.readouterr()
        foreign = tmp_path / "foreign.ojf"
        foreign.write_bytes(document(nodes=[{"stageId": "s1", "swimlaneId": "l1", "icon": "x"}]))
        assert main(["import", str(project), str(foreign), "--journey", "Imported map"]) == 0
        err = capsys.readouterr().err
        assert "icon" in err and "Ana" in err and len(err.splitlines()) == 2
        assert main(["info", str(project), "--json"]) == 0
        titles = [j["title"] for j in json.loads(capsys.readouterr().out)["journeys"]]
        assert titles[-1] == "Imported map"
        assert main(["export", str(project), str(out), "--journey", "Nope"]) == 1
        assert "Nope" in capsys.readouterr().err
        foreign.write_bytes(b"{not json")
        assert main(["import", str(project), str(foreign)]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and "not JSON" in err and "Traceback" not in err
    finally:
        i18n.install("en")
