"""A journey as a Mermaid ``journey`` diagram, and such a diagram read into a new journey.

Mermaid's user-journey syntax, which wikis (GitHub, GitLab, Confluence,
Notion, Obsidian...) render from plain text::

    journey
        title My working day
        section Go to work
          Make tea: 5: Me
          Go upstairs: 3: Me, Cat

Export writes ``title``, one ``section`` per stage that has tasks, and one
task per scored touchpoint (the cards of touchpoints lanes, in the reading
order of :func:`app.model.curve.touchpoints_of`); a journey without any
scored touchpoint exports its scored cards of every lane instead, so an
imported map whose scores sit on steps still gives a diagram. Scores are
rescaled from the project's scale to Mermaid's whole numbers 1..5. The
actors of a task are the journey's personas named in the card's tags,
else all of the journey's personas, else the card's channel, else its
lane. Mermaid's lexer ends a name at ``:``, ``#``, ``;`` or a line break,
treats ``%%`` as a comment and ``,`` as an actor separator, and reads a
line starting with ``title``, ``section`` or ``acc...`` as a keyword:
names are cleaned of all these so that the text renders as written.

Import reads what Mermaid reads (see :func:`import_mermaid`); the scores
of the diagram go onto the project's scale.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.export.files import write_bytes_atomically
from app.export.interchange import (MAX_BYTES, InterchangeImport, JourneyPlan, PlannedCard, rescale,
                                    source_bytes, write_plan)
from app.model import templates
from app.model.curve import touchpoints_of
from app.model.enums import LaneKind, Language
from app.model.errors import QT_TRANSLATE_NOOP, ModelError, ParcoursError, ProjectFileError
from app.model.fields import project_scale
from app.model.journey_data import journey_or_first, read_journey
from app.model.schema import Channel, Project

#: Mermaid's documented score range.
MERMAID_LOW, MERMAID_HIGH = 1, 5
#: The most tasks one import creates.
MAX_TASKS = 100_000

_KEYWORD_START = re.compile(r"(?i)^(journey\b|title\s|section\s|acctitle|accdescr)")


# --------------------------------------------------------------------------- export


def clean_name(text: str, *, task: bool = False, actor: bool = False, title: bool = False) -> str:
    """``text`` made safe as a Mermaid title, section, task or actor name (never empty).

    A title may keep its colons; an actor loses its commas; a task that
    starts with a keyword gets a leading dash.
    """
    text = re.sub(r"%%+", "%", text.replace("#", "No.").replace(";", ","))
    if not title:
        text = re.sub(r"\s*:\s*", " - ", text)
    if actor:
        text = text.replace(",", " ")
    text = " ".join(text.split())
    if task and _KEYWORD_START.match(text):
        text = "- " + text  # a leading keyword would be read as a statement, not as a name
    return text or "-"


def _task_score(score: float, low: float, high: float) -> int:
    value = rescale(score, low, high, MERMAID_LOW, MERMAID_HIGH)
    return int(min(MERMAID_HIGH, max(MERMAID_LOW, math.floor(value + 0.5))))


def mermaid_text(session: Session, journey_id: int | None) -> str:
    """The journey ``journey_id`` (None: the first) as a Mermaid ``journey`` diagram, ending with a newline."""
    journey = journey_or_first(session, journey_id)
    data = read_journey(session, journey.id)
    personas = [clean_name(persona.name, actor=True) for persona in journey.personas]
    by_name = {persona.name.casefold(): name for persona, name in zip(journey.personas, personas)}
    channels = dict(session.execute(select(Channel.id, Channel.name)).all())
    lanes = {lane.id: lane for lane in data.lanes}
    cards = [data.cards[point.card_id] for point in touchpoints_of(data) if point.score is not None]
    if not cards:
        cards = [data.cards[card_id] for stage in data.stages for lane in data.lanes
                 for card_id in data.cells[(lane.id, stage.id)] if data.cards[card_id].score is not None]
    by_stage: dict[int, list] = {}
    for card in cards:
        by_stage.setdefault(card.stage_id, []).append(card)
    lines = ["journey", f"    title {clean_name(journey.title, title=True)}"]
    for stage in data.stages:
        tasks = by_stage.get(stage.id)
        if not tasks:
            continue
        lines.append(f"    section {clean_name(stage.name)}")
        for card in tasks:
            actors = list(dict.fromkeys(by_name[tag.casefold()] for tag in card.tags if tag.casefold() in by_name))
            if not actors:
                actors = personas or [clean_name(channels.get(card.channel_id) or lanes[card.lane_id].name
                                                 or lanes[card.lane_id].kind.value, actor=True)]
            score = _task_score(card.score, data.scale.low, data.scale.high)
            lines.append(f"      {clean_name(card.title, task=True)}: {score}: {', '.join(actors)}")
    return "\n".join(lines) + "\n"


def export_mermaid(session: Session, journey_id: int | None, path: Path | str) -> None:
    """Write the journey ``journey_id`` (None: the first) to ``path`` as a Mermaid diagram (UTF-8), atomically."""
    write_bytes_atomically(Path(path), mermaid_text(session, journey_id).encode("utf-8"))


# --------------------------------------------------------------------------- import


def _statements(text: str) -> Iterator[tuple[int, str]]:
    """(line number, statement) of a diagram without comments, front matter, directives or blank lines.

    Markdown fences (a diagram copied from a wiki page with its
    ```` ```mermaid ```` line) are skipped too.

    ``accDescr { ... }`` blocks come back as one statement ``accDescr: ...``.
    """
    lines = text.split("\n")
    number = 0
    if lines and lines[0].strip() == "---":  # YAML front matter (configuration)
        for number in range(1, len(lines)):
            if lines[number].strip() == "---":
                break
        else:
            number = 0
        number = number + 1 if number else 0
    block: list[str] | None = None
    start = 0
    for index in range(number, len(lines)):
        line = lines[index]
        if block is not None:
            if "}" in line:
                block.append(line.split("}", 1)[0])
                yield start, "accDescr: " + " ".join(" ".join(block).split())
                block = None
            else:
                block.append(line)
            continue
        if line.strip().startswith(("```", "~~~", ":::")):  # a diagram pasted with its Markdown fence
            continue
        line = re.sub(r"%%.*", "", line)  # comments and %%{init}%% directives
        line = line.split("#", 1)[0]      # Mermaid skips from '#' to the end of the line
        for part in line.split(";"):
            part = part.strip()
            if not part:
                continue
            found = re.match(r"(?i)accDescr\s*\{(.*)", part)
            if found:
                rest = found.group(1)
                if "}" in rest:
                    yield index + 1, "accDescr: " + rest.split("}", 1)[0].strip()
                else:
                    block, start = [rest], index + 1
                continue
            yield index + 1, part


def _refuse_not_journey(first: str) -> ProjectFileError:
    return ProjectFileError("not_mermaid", QT_TRANSLATE_NOOP(
        "errors", "The file is not a Mermaid journey diagram: it should start with the word journey, "
                  "not {start}."), start=first[:40])


def read_mermaid(session: Session, data: bytes, title: str | None = None,
                 fallback_title: str | None = None) -> tuple[JourneyPlan, list[ParcoursError]]:
    """Check a whole Mermaid journey diagram and plan the journey it describes (nothing is written)."""
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP("errors", "The Mermaid file is empty."))
    try:
        text = data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        raise ProjectFileError("not_mermaid", QT_TRANSLATE_NOOP(
            "errors", "The file is not UTF-8 text, so it cannot be a Mermaid diagram.")) from None
    statements = _statements(text)
    first = next(statements, None)
    if first is None:
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP("errors", "The Mermaid file is empty."))
    header = first[1].split(None, 1)
    if header[0].casefold() != "journey":
        raise _refuse_not_journey(first[1])
    body = [(first[0], header[1])] if len(header) > 1 else []
    warnings: list[ParcoursError] = []
    diagram_title, description = "", []
    stages: list[str] = []
    tasks: list[tuple[int, int, str, float, list[str]]] = []  # line, stage, name, score, actors
    for number, statement in [*body, *statements]:
        keyword = statement.split(None, 1)
        word = keyword[0].casefold()
        if word == "title" and len(keyword) > 1:
            diagram_title = keyword[1].strip()
            continue
        if word == "section" and len(keyword) > 1:
            stages.append(keyword[1].strip())
            continue
        found = re.match(r"(?i)(acctitle|accdescr)\s*:(.*)", statement)
        if found:
            if found.group(1).casefold() == "accdescr":
                description.append(found.group(2).strip())
            continue
        name, colon, rest = statement.partition(":")
        if not colon or not name.strip():
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "Line {line} of the Mermaid diagram is not a task (name: score: actors): {text}"),
                line=number, text=statement[:80])
        raw_score, _colon, people = rest.partition(":")
        try:
            score = float(raw_score.strip())
        except ValueError:
            score = math.nan
        if not math.isfinite(score):
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "Line {line} of the Mermaid diagram: the score {value} is not a number."),
                line=number, value=raw_score.strip()[:40] or '""')
        if not stages:
            stages.append(diagram_title or "-")
        actors = [actor.strip() for actor in people.split(",") if actor.strip()]
        tasks.append((number, len(stages) - 1, name.strip(), score, list(dict.fromkeys(actors))))
        if len(tasks) > MAX_TASKS:
            raise ModelError(QT_TRANSLATE_NOOP(
                "errors", "The Mermaid diagram has more than {limit} tasks: split it and import the parts."),
                limit=f"{MAX_TASKS:,}")
    if not stages and not tasks and not diagram_title:
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP(
            "errors", "The Mermaid journey diagram has no title, section or task."))

    low, high = float(MERMAID_LOW), float(MERMAID_HIGH)
    scores = [task[3] for task in tasks]
    if scores and (min(scores) < MERMAID_LOW or max(scores) > MERMAID_HIGH):
        low, high = min(scores), max(scores)
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "The scores run from {low} to {high}, outside Mermaid's 1 to 5: "
                      "they were rescaled from that range to the project's scale."),
            low=f"{low:g}", high=f"{high:g}"))
    scale = project_scale(session)
    project = session.get(Project, 1)
    names = dict(templates.default_lanes((project.language if project is not None else Language.EN).value))
    plan = JourneyPlan(title=title or diagram_title or fallback_title or "Import",
                       journey_fields={"notes": "\n".join(description)},
                       stages=[(name, "") for name in stages],
                       lanes=[(kind, names[kind]) for kind in (LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS)],
                       personas=list(dict.fromkeys(actor for task in tasks for actor in task[4])))
    for _number, stage, name, score, actors in tasks:
        plan.cards.append(PlannedCard(stage, 0, {"title": name, "tags": actors,
                                                 "score": rescale(score, low, high, scale.low, scale.high)}))
    return plan, warnings


def import_mermaid(session: Session, source: Path | str | bytes, *,
                   journey_title: str | None = None) -> InterchangeImport:
    """Add the Mermaid ``journey`` diagram ``source`` (a path or its bytes) as a new journey.

    Sections become stages, tasks become cards of one touchpoints lane, in
    order, with an emotions lane under it that draws their curve. Scores go linearly from Mermaid's 1..5 onto the project's scale;
    when the diagram's scores leave 1..5 (some wikis use 0..10), they are
    rescaled from the lowest to the highest score found, with one warning
    naming that range. Actors become the journey's personas (matched by
    name or added) and each task's actors its card's tags, so that export
    gives each task its own actors back. ``accDescr`` goes to the
    journey's notes; comments (``%%``, ``#``), front matter and directives
    are skipped. Refused, with one sentence: an empty file, a diagram of
    another type, a task line without a score, a score that is not a
    number (with its line). The journey is titled ``journey_title``, else
    the diagram's title, else the file's name. Nothing is written unless
    the whole diagram is sound; the caller commits.
    """
    data, stem = source_bytes(source, MAX_BYTES)
    plan, warnings = read_mermaid(session, data, journey_title, stem)
    return write_plan(session, plan, warnings)
