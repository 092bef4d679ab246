"""Mermaid ``journey`` diagrams: export that renders, import into a new journey, refusals, round trips."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import i18n
from app.__main__ import main
from app.export import mermaid
from app.export.mermaid import clean_name, export_mermaid, import_mermaid, mermaid_text
from app.export.read import mermaid as mermaid_read
from app.export.read.journey_plan import InterchangeImport
from app.model import ops
from app.model.enums import LaneKind, Language, Scale
from app.model.errors import ParcoursError, ProjectFileError
from app.model.schema import Journey, Lane, Persona, Project
from tests.export.conftest import cards_of, refused

SIMPLE = b"""journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me, Cat
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""

#: What Mermaid's journey lexer accepts, one statement per line (journey.jison).
_STATEMENT = re.compile(r"journey|\s+title [^#\n;]+|\s+section [^#:\n;]+|\s+[^#:\n;]+:\s*[0-9]+(:[^#:\n;]+)?")


def refusal(session: Session, data: bytes) -> ParcoursError:
    """Import ``data``, expect a refusal, and check that nothing was written."""
    return refused(session, import_mermaid, data)


def assert_renders(text: str) -> None:
    """Every line is a statement Mermaid's journey lexer reads as we mean it."""
    assert text.endswith("\n")
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "journey"
    block = False
    for line in lines:
        assert "%%" not in line
        if line.strip() == "accDescr {":
            block = True
        elif block:
            block = line.strip() != "}"
            assert "}" not in line or line.strip() == "}", line
        else:
            assert _STATEMENT.fullmatch(line), line
    assert not block


# --------------------------------------------------------------------------- import


def test_sections_become_stages_and_tasks_cards_of_a_touchpoints_lane(session):
    result = import_mermaid(session, SIMPLE)
    session.commit()
    assert isinstance(result, InterchangeImport) and result.cards == 5
    journey = session.get(Journey, result.journey_id)
    assert journey.title == "My working day"
    assert [stage.name for stage in journey.stages] == ["Go to work", "Go home"]
    assert [(lane.kind, lane.name) for lane in journey.lanes] == [
        (LaneKind.TOUCHPOINTS, "Touchpoints"), (LaneKind.EMOTIONS, "Emotion curve")]
    cards = cards_of(session, journey.id)
    assert [(card.title, card.score) for card in cards][:3] == [("Make tea", 10.0), ("Go upstairs", 5.0),
                                                                ("Do work", 0.0)]
    assert cards[1].tags == ["Me", "Cat"]
    assert [persona.name for persona in journey.personas] == ["Me", "Cat"]
    assert not any("scores" in w.message() for w in result.warnings)


def test_lanes_are_named_in_the_project_language(session):
    session.get(Project, 1).language = Language.FR
    result = import_mermaid(session, SIMPLE)
    assert [lane.name for lane in session.get(Journey, result.journey_id).lanes] == [
        "Points de contact", "Courbe émotionnelle"]


def test_scores_go_onto_the_project_scale(new_session):
    session = new_session(Scale.MINUS_TWO_TWO)
    result = import_mermaid(session, SIMPLE)
    assert [card.score for card in cards_of(session, result.journey_id)] == [2.0, 0.0, -2.0, 2.0, 2.0]


def test_scores_outside_one_to_five_are_rescaled_from_their_range_with_one_warning(session):
    data = b"journey\n  section A\n    a: 3: X\n    b: 6: X\n    c: 9\n    d: 0\n"
    result = import_mermaid(session, data)
    assert [card.score for card in cards_of(session, result.journey_id)] == [3.33, 6.67, 10.0, 0.0]
    rescaled = [w.message() for w in result.warnings if "scores run" in w.message()]
    assert len(rescaled) == 1 and "from 0 to 9" in rescaled[0]


def test_comments_front_matter_directives_and_accessibility_lines_are_understood(session):
    data = b"""---
title: ignored front matter
---
%%{init: {"theme": "forest"}}%%
%% a comment
journey
  accTitle: Accessible title
  accDescr: First line
  accDescr {
    A longer
    description
  }
  title Commented # after a hash
  section One %% trailing comment
    Task: 4: Me
"""
    result = import_mermaid(session, data)
    journey = session.get(Journey, result.journey_id)
    assert journey.title == "Commented"
    assert [stage.name for stage in journey.stages] == ["One"]
    # Nothing said is lost: the front matter's title and accTitle (both unlike the title) and accDescr.
    assert journey.notes == "ignored front matter\nAccessible title\nFirst line\nA longer\ndescription"
    assert any("display settings (%%{init}%%)" in warning.message() for warning in result.warnings)
    assert [card.title for card in cards_of(session, journey.id)] == ["Task"]


def test_a_diagram_copied_with_its_markdown_fence_is_read(session):
    result = import_mermaid(session, b"```mermaid\n" + SIMPLE + b"```\n")
    assert result.cards == 5


def test_a_task_before_any_section_gets_a_stage_and_actors_are_optional(session):
    result = import_mermaid(session, b"journey\n title T\n Wake up: 2\n")
    journey = session.get(Journey, result.journey_id)
    assert [stage.name for stage in journey.stages] == ["T"]
    assert journey.personas == [] and cards_of(session, journey.id)[0].tags == []


def test_actors_reuse_the_project_personas_by_name(session):
    ops.apply(session, ops.Op(ops.add_persona, {"name": "me"}))
    result = import_mermaid(session, SIMPLE)
    assert session.scalar(select(func.count(Persona.id))) == 2
    assert sum("persona" in w.message() for w in result.warnings) == 1


def test_the_journey_title_argument_wins_then_the_diagram_then_the_file_name(session, tmp_path):
    assert session.get(Journey, import_mermaid(session, SIMPLE, journey_title="Mine").journey_id).title == "Mine"
    path = tmp_path / "day.mmd"
    path.write_bytes(b"journey\n section A\n  a: 3\n")
    assert session.get(Journey, import_mermaid(session, path).journey_id).title == "day"


# --------------------------------------------------------------------------- refusals


def test_an_empty_file_is_refused(session):
    assert "empty" in refusal(session, b"\n  \n").message()


def test_a_file_of_comments_only_is_refused_as_empty(session):
    assert "empty" in refusal(session, b"%% nothing\n%% here\n").message()


def test_a_journey_without_anything_in_it_is_refused(session):
    assert "no title, section or task" in refusal(session, b"journey\n").message()


def test_another_kind_of_diagram_is_not_a_journey(session):
    error = refusal(session, b"flowchart LR\n  A --> B\n")
    assert isinstance(error, ProjectFileError) and "flowchart LR" in error.message()


def test_a_score_that_is_not_a_number_is_refused_with_its_line(session):
    message = refusal(session, b"journey\n  section A\n    ok: 3: Me\n    bad: high: Me\n").message()
    assert "Line 4" in message and "high" in message


def test_a_task_without_a_score_is_refused_with_its_line(session):
    message = refusal(session, b"journey\n  section A\n    just words\n").message()
    assert "Line 3" in message and "just words" in message


def test_an_empty_score_is_refused(session):
    assert "Line 2" in refusal(session, b"journey\n  task:\n").message()


def test_bytes_that_are_not_utf8_are_refused(session):
    assert "UTF-8" in refusal(session, b"journey\n  section \xff\n").message()


def test_a_file_over_the_size_limit_is_refused(session, monkeypatch):
    monkeypatch.setattr(mermaid, "MAX_BYTES", 10)
    assert "larger than" in refusal(session, SIMPLE).message()


def test_more_tasks_than_the_limit_are_refused(session, monkeypatch):
    monkeypatch.setattr(mermaid_read, "MAX_TASKS", 4)
    assert "more than 4 tasks" in refusal(session, SIMPLE).message()


# --------------------------------------------------------------------------- export


def test_export_draws_one_section_per_stage_and_one_task_per_scored_touchpoint(sample):
    text = mermaid_text(sample, None)
    assert_renders(text)
    journey = sample.scalars(select(Journey).order_by(Journey.position)).first()
    touchpoints = [card for card in cards_of(sample, journey.id)
                   if card.lane.kind is LaneKind.TOUCHPOINTS and card.score is not None]
    tasks = [line for line in text.split("    }\n", 1)[-1].splitlines() if line.startswith("      ")]
    assert len(tasks) == len(touchpoints)
    assert f"    title {journey.title}" in text.splitlines()
    # The sample's cards name no persona: no actor is invented for them.
    assert all(re.fullmatch(r"      [^:]+: [1-5]", line) for line in tasks)


def test_names_are_cleaned_of_what_breaks_mermaid(session):
    result = import_mermaid(session, SIMPLE)
    journey = session.get(Journey, result.journey_id)
    card = cards_of(session, journey.id)[0]
    card.title = "Step 1: pay #2; then\nwait %% or not"
    second = cards_of(session, journey.id)[1]
    second.title, second.tags = "Section of the form", ["Me", "Cat, the: boss"]
    journey.stages[0].name = "Before: during"
    journey.title = "Title: with colon; and #hash"
    persona = session.scalars(select(Persona).where(Persona.name == "Cat")).one()
    persona.name = "Cat, the: boss"
    session.commit()
    text = mermaid_text(session, journey.id)
    assert_renders(text)
    assert "    title Title: with colon, and No.hash" in text
    assert "    section Before - during" in text
    assert "      Step 1 - pay No.2, then wait % or not: 5: Me" in text
    assert "      - Section of the form: 3: Me, Cat\u201a the - boss\n" in text


def test_clean_name_never_returns_an_empty_name():
    assert clean_name("  \n ") == "-"
    assert clean_name("journey planning", task=True) == "- journey planning"
    assert clean_name("a,b", actor=True) == "a b"


def test_a_task_without_actors_is_written_without_them(session):
    import_mermaid(session, b"journey\n section A\n  a: 5\n  b: 1: Ann\n")
    lane = session.scalars(select(Lane).where(Lane.kind == LaneKind.TOUCHPOINTS)).one()
    lane.name = "Web: site"
    session.commit()
    text = mermaid_text(session, None)
    assert "      a: 5\n" in text and "      b: 1: Ann\n" in text and "Web" not in text


def test_a_journey_without_scored_touchpoints_exports_its_scored_cards(session):
    from app.export.ojf import import_ojf

    data = (b'{"stages": [{"id": "s", "name": "S"}], "swimlanes": [{"id": "l", "name": "Customer Actions"}],'
            b' "nodes": [{"stageId": "s", "swimlaneId": "l", "title": "Act", "score": 5}]}')
    result = import_ojf(session, data)
    assert "      Act: 5\n" in mermaid_text(session, result.journey_id)


def test_export_gives_the_same_text_twice_and_writes_it_as_utf8(sample, tmp_path):
    assert mermaid_text(sample, None) == mermaid_text(sample, None)
    export_mermaid(sample, None, tmp_path / "out.mmd")
    assert (tmp_path / "out.mmd").read_bytes() == mermaid_text(sample, None).encode("utf-8")


def test_export_import_export_gives_the_same_diagram(sample, new_session):
    first = mermaid_text(sample, None)
    other = new_session()
    result = import_mermaid(other, first.encode("utf-8"))
    assert mermaid_text(other, result.journey_id) == first


def test_a_diagram_survives_import_and_export(session):
    result = import_mermaid(session, SIMPLE)
    text = mermaid_text(session, result.journey_id)
    assert_renders(text)
    assert text == ("journey\n    title My working day\n    section Go to work\n      Make tea: 5: Me\n"
                    "      Go upstairs: 3: Me, Cat\n      Do work: 1: Me, Cat\n    section Go home\n"
                    "      Go downstairs: 5: Me\n      Sit down: 5: Me\n")


# --------------------------------------------------------------------------- the third-party sample


def test_the_catena_x_sample_imports_with_its_scores_rescaled(samples_dir, session):
    path = samples_dir / "mermaid" / "catenax-dcm-user-journey.mmd"
    raw = path.read_text(encoding="utf-8")
    tasks = [line for line in raw.splitlines() if re.match(r"\s*[^:]+:\s*\d+\s*:", line)]
    sections = [line.strip()[len("section "):].strip() for line in raw.splitlines()
                if line.strip().startswith("section ")]
    result = import_mermaid(session, path)
    journey = session.get(Journey, result.journey_id)
    assert result.cards == len(tasks)
    assert [stage.name for stage in journey.stages] == sections
    assert journey.title == "Basic DCM User Journey"
    assert sorted(persona.name for persona in journey.personas) == ["Customer", "Supplier"]
    scores = [card.score for card in cards_of(session, journey.id)]
    assert min(scores) == 0.0 and max(scores) == 10.0
    rescaled = [w.message() for w in result.warnings if "scores run" in w.message()]
    assert len(rescaled) == 1 and "from 3 to 9" in rescaled[0]
    text = mermaid_text(session, journey.id)
    assert_renders(text)
    assert "      Consume demand data: 1: Supplier\n" in text
    assert "      Solve problems: 5: Customer, Supplier\n" in text


# --------------------------------------------------------------------------- command line


def test_the_command_line_exports_and_imports_mermaid(tmp_path: Path, capsys):
    project, out = tmp_path / "p.parcours", tmp_path / "map.mmd"
    try:
        assert main(["new", str(project), "--lang", "en"]) == 0
        assert main(["export", str(project), str(out), "--journey", "1"]) == 0
        assert out.read_text(encoding="utf-8").startswith("journey\n    title My new job\n")
        capsys.readouterr()
        source = tmp_path / "day.mmd"
        source.write_bytes(b"journey\n section A\n  a: 7: Me\n  b: 2: Me\n")
        assert main(["import", str(project), str(source), "--journey", "Day"]) == 0
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 2 and "from 2 to 7" in err[0] and "Me" in err[1]
        assert main(["info", str(project), "--json"]) == 0
        assert '"title": "Day"' in capsys.readouterr().out
        source.write_bytes(b"sequenceDiagram\n  A->>B: hi\n")
        assert main(["import", str(project), str(source)]) == 1
        err = capsys.readouterr().err
        assert len(err.splitlines()) == 1 and "not a Mermaid journey" in err and "Traceback" not in err
    finally:
        i18n.install("en")
