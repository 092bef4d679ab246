"""Reading and checking a Mermaid ``journey`` diagram into the plan of a new journey.

See :mod:`app.export.mermaid` for the syntax and :func:`read_mermaid` for
what is kept: nothing here writes to the project.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.export.read.journey_plan import JourneyPlan, PlannedCard, rescale
from app.export.read.limits import MAX_TASKS
from app.model import templates
from app.model.enums import LaneKind, Language
from app.model.errors import QT_TRANSLATE_NOOP, ModelError, ParcoursError, ProjectFileError
from app.model.fields import project_scale
from app.model.schema import Project

#: Mermaid's documented score range.
MERMAID_LOW, MERMAID_HIGH = 1, 5
#: What the exporter writes for a comma inside an actor's name (Mermaid splits actors at commas).
ACTOR_COMMA = "\u201a"

_BREAK = re.compile(r"(?i)<br\s*/?>")
_ACC_BLOCK = re.compile(r"(?i)accDescr\s*\{(.*)")


@dataclass
class _Diagram:
    """What the statements of a diagram said, before it becomes a plan."""

    front: dict[str, str] = field(default_factory=dict)
    title: str = ""
    acc_title: str = ""
    descriptions: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    #: line, stage index, name, score, actors
    tasks: list[tuple[int, int, str, float, list[str]]] = field(default_factory=list)
    directives: bool = False


def _front_matter(lines: list[str], diagram: _Diagram) -> int:
    """Read YAML front matter's top-level ``key: value`` lines; the index of the first line after it."""
    if not lines or lines[0].strip() != "---":
        return 0
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        return 0
    for line in lines[1:end]:
        found = re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*)", line)
        if found and not line[:1].isspace():
            value = found.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            diagram.front[found.group(1)] = value
    return end + 1


def _split(line: str, number: int, block: list[str] | None) -> Iterator[tuple[int, str] | list[str] | None]:
    """Statements of one line; yields a list to open an ``accDescr {`` block, None to close it."""
    rest = line
    if block is not None:
        if "}" not in rest:
            block.append(rest)
            return
        inside, rest = rest.split("}", 1)
        block.append(inside)
        yield None
    rest = re.sub(r"%%.*", "", rest)  # comments and %%{init}%% directives
    rest = rest.split("#", 1)[0]      # Mermaid skips from '#' to the end of the line
    while rest.strip():
        found = _ACC_BLOCK.search(rest)
        head = rest[:found.start()] if found else rest
        for part in head.split(";"):
            if part.strip():
                yield number, part.strip()
        if not found:
            return
        inner = found.group(1)
        if "}" not in inner:
            yield [inner]
            return
        text, rest = inner.split("}", 1)  # a statement (title...) may follow the block on its line
        yield number, "accDescr: " + " ".join(text.split())


def _statements(text: str, diagram: _Diagram) -> Iterator[tuple[int, str]]:
    """(line number, statement) of a diagram without comments, front matter, fences or blank lines.

    ``accDescr { ... }`` blocks come back as one statement ``accDescr: ...``
    (their line breaks kept), and whatever follows the closing brace on its
    line as statements of their own.
    """
    lines = text.split("\n")
    block: list[str] | None = None
    start = 0
    for index in range(_front_matter(lines, diagram), len(lines)):
        line = lines[index]
        if block is None and line.strip().startswith(("```", "~~~", ":::")):
            continue
        if block is None and "%%{" in line:
            diagram.directives = True
        for item in _split(line, index + 1, block):
            if item is None:
                yield start, "accDescr: " + "\n".join(part.strip() for part in block or [] if part.strip())
                block = None
            elif isinstance(item, list):
                block, start = item, index + 1
            else:
                yield item


def _refuse_not_journey(first: str) -> ProjectFileError:
    return ProjectFileError("not_mermaid", QT_TRANSLATE_NOOP(
        "errors", "The file is not a Mermaid journey diagram: it should start with the word journey, "
                  "not {start}."), start=first[:40])


def _decode(data: bytes) -> str:
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP("errors", "The Mermaid file is empty."))
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        raise ProjectFileError("not_mermaid", QT_TRANSLATE_NOOP(
            "errors", "The file is not UTF-8 text, so it cannot be a Mermaid diagram.")) from None


def _task(diagram: _Diagram, number: int, statement: str) -> None:
    name, colon, rest = statement.partition(":")
    if not colon or not name.strip():
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "Line {line} of the Mermaid diagram is not a task (name: score: actors): {text}"),
            line=number, text=statement[:80])
    raw_score, _colon, people = rest.partition(":")
    try:
        score = float(raw_score.strip()) if len(raw_score.strip()) <= 40 else math.nan
    except ValueError:
        score = math.nan
    if not math.isfinite(score):
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "Line {line} of the Mermaid diagram: the score {value} is not a number."),
            line=number, value=raw_score.strip()[:40] or '""')
    if not diagram.stages:
        diagram.stages.append(diagram.title or diagram.front.get("title") or "-")
    actors = [actor.strip().replace(ACTOR_COMMA, ",") for actor in people.split(",") if actor.strip()]
    diagram.tasks.append((number, len(diagram.stages) - 1, name.strip(), score, list(dict.fromkeys(actors))))
    if len(diagram.tasks) > MAX_TASKS:
        raise ModelError(QT_TRANSLATE_NOOP(
            "errors", "The Mermaid diagram has more than {limit} tasks: split it and import the parts."),
            limit=f"{MAX_TASKS:,}")


def _parse(data: bytes) -> _Diagram:
    diagram = _Diagram()
    statements = _statements(_decode(data), diagram)
    first = next(statements, None)
    if first is None:
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP("errors", "The Mermaid file is empty."))
    header = first[1].split(None, 1)
    if header[0].casefold() != "journey":
        raise _refuse_not_journey(first[1])
    body = [(first[0], header[1])] if len(header) > 1 else []
    for number, statement in [*body, *statements]:
        keyword = statement.split(None, 1)
        word = keyword[0].casefold()
        if word == "title" and len(keyword) > 1:
            diagram.title = keyword[1].strip()
        elif word == "section" and len(keyword) > 1:
            diagram.stages.append("\n".join(part.strip() for part in _BREAK.split(keyword[1].strip())))
        elif found := re.match(r"(?i)(acctitle|accdescr)\s*:(.*)", statement, re.DOTALL):
            if found.group(1).casefold() == "accdescr":
                diagram.descriptions.append(found.group(2).strip())
            else:
                diagram.acc_title = found.group(2).strip()
        else:
            _task(diagram, number, statement)
    if not diagram.stages and not diagram.tasks and not diagram.title and not diagram.front.get("title"):
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP(
            "errors", "The Mermaid journey diagram has no title, section or task."))
    return diagram


def read_mermaid(session: Session, data: bytes, title: str | None = None,
                 fallback_title: str | None = None) -> tuple[JourneyPlan, list[ParcoursError]]:
    """Check a whole Mermaid journey diagram and plan the journey it describes (nothing is written).

    The journey's title is ``title``, else the diagram's ``title``, else the
    front matter's ``title:``, else ``fallback_title`` (the file's name). The
    journey's notes hold ``accDescr`` (every one, in order), after
    ``accTitle`` and any title that lost to another when it says something
    else. What the diagram holds and Parcours does not keep (display
    settings) is named in a warning.
    """
    diagram = _parse(data)
    warnings: list[ParcoursError] = []
    chosen = title or diagram.title or diagram.front.get("title") or fallback_title or "Import"
    kept = [text for text in dict.fromkeys((diagram.front.get("title", ""), diagram.title, diagram.acc_title))
            if text and text != chosen]
    ignored = [key for key in diagram.front if key != "title"] + (["%%{init}%%"] if diagram.directives else [])
    if ignored:
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "The diagram's display settings ({names}) have no place in a journey: they were ignored."),
            names=", ".join(ignored)))
    low, high = float(MERMAID_LOW), float(MERMAID_HIGH)
    scores = [task[3] for task in diagram.tasks]
    if scores and (min(scores) < MERMAID_LOW or max(scores) > MERMAID_HIGH):
        low, high = min(scores), max(scores)
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "The scores run from {low} to {high}, outside Mermaid's 1 to 5: "
                      "they were rescaled from that range to the project's scale."),
            low=f"{low:g}", high=f"{high:g}"))
    scale = project_scale(session)
    project = session.get(Project, 1)
    names = dict(templates.default_lanes((project.language if project is not None else Language.EN).value))
    plan = JourneyPlan(title=chosen, journey_fields={"notes": "\n".join(kept + diagram.descriptions)},
                       stages=[(name, "") for name in diagram.stages],
                       lanes=[(kind, names[kind]) for kind in (LaneKind.TOUCHPOINTS, LaneKind.EMOTIONS)],
                       personas=list(dict.fromkeys(actor for task in diagram.tasks for actor in task[4])))
    for _number, stage, name, score, actors in diagram.tasks:
        plan.cards.append(PlannedCard(stage, 0, {"title": name, "tags": actors,
                                                 "score": rescale(score, low, high, scale.low, scale.high)}))
    return plan, warnings
