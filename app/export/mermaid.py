"""A journey as a Mermaid ``journey`` diagram, and such a diagram read into a new journey.

Mermaid's user-journey syntax, which wikis (GitHub, GitLab, Confluence,
Notion, Obsidian...) render from plain text::

    journey
        title My working day
        accDescr {
          What the map is for
        }
        section Go to work
          Make tea: 5: Me
          Go upstairs: 3: Me, Cat

Export writes ``title``, the journey's notes as ``accDescr { ... }`` (when
there are any), one ``section`` per stage that has tasks (a line break in a
stage's name as ``<br>``), and one task per scored touchpoint (the cards of
touchpoints lanes, in the reading order of
:func:`app.model.curve.touchpoints_of`); a journey without any scored
touchpoint exports its scored cards of every lane instead, so an imported
map whose scores sit on steps still gives a diagram. Scores are rescaled
from the project's scale to Mermaid's whole numbers 1..5. The actors of a
task are the journey's personas named in the card's tags, and only those:
a task without one is written without actors (none is invented). Mermaid's
lexer ends a name at ``:``, ``#``, ``;`` or a line break, treats ``%%`` as a
comment and ``,`` as an actor separator, and reads a line starting with
``title``, ``section`` or ``acc...`` as a keyword: names are cleaned of all
these so that the text renders as written, and every name so changed is
named in a warning. A comma inside a persona's name is written as ``‚``
(U+201A, which looks the same), and read back as a comma.

Import reads what Mermaid reads (see :func:`import_mermaid` and
:mod:`app.export.read.mermaid`); the scores of the diagram go onto the
project's scale.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from sqlalchemy.orm import Session

from app.export.files import write_bytes_atomically
from app.export.persona_links import persona_links_left_out
from app.export.read.journey_plan import MAX_BYTES, InterchangeImport, name_key, rescale, source_bytes, write_plan
from app.export.read.limits import MAX_TASKS
from app.export.read.mermaid import ACTOR_COMMA, MERMAID_HIGH, MERMAID_LOW, read_mermaid
from app.model.curve import touchpoints_of
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError
from app.model.journey_data import CardData, journey_or_first, read_journey

__all__ = ["MAX_TASKS", "MERMAID_HIGH", "MERMAID_LOW", "clean_name", "export_mermaid", "import_mermaid",
           "mermaid_export", "mermaid_text", "read_mermaid"]

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


def _section(name: str) -> str:
    return "<br>".join(clean_name(part) for part in name.split("\n") if part.strip()) or "-"


def mermaid_export(session: Session, journey_id: int | None) -> tuple[str, list[ParcoursError]]:
    """The journey ``journey_id`` (None: the first) as a Mermaid diagram, and what it could not write as is."""
    journey = journey_or_first(session, journey_id)
    data = read_journey(session, journey.id)
    changed: list[str] = []

    def written(name: str, cleaned: str, lossless: str | None = None) -> str:
        expected = " ".join(name.split()) if lossless is None else lossless
        if expected != cleaned.removeprefix("- ") and name not in changed:
            changed.append(name)
        return cleaned

    personas = {}
    for persona in journey.personas:
        name = persona.name.replace(",", ACTOR_COMMA)
        personas[name_key(persona.name)] = written(name, clean_name(name, actor=True))
    cards = [data.cards[point.card_id] for point in touchpoints_of(data) if point.score is not None]
    if not cards:
        cards = [data.cards[card_id] for stage in data.stages for lane in data.lanes
                 for card_id in data.cells[(lane.id, stage.id)] if data.cards[card_id].score is not None]
    by_stage: dict[int, list[CardData]] = {}
    for card in cards:
        by_stage.setdefault(card.stage_id, []).append(card)
    lines = ["journey", f"    title {written(journey.title, clean_name(journey.title, title=True))}"]
    notes = [line.strip() for line in (journey.notes or "").split("\n") if line.strip()]
    if notes:
        lines += ["    accDescr {", *(f"      {line.replace('}', ')')}" for line in notes), "    }"]
        if any("}" in line for line in notes):
            changed.append("accDescr")
    for stage in data.stages:
        tasks = by_stage.get(stage.id)
        if not tasks:
            continue
        lossless = "<br>".join(" ".join(part.split()) for part in stage.name.split("\n") if part.strip())
        lines.append(f"    section {written(stage.name, _section(stage.name), lossless)}")
        for card in tasks:
            actors = list(dict.fromkeys(personas[name_key(tag)] for tag in card.tags if name_key(tag) in personas))
            score = _task_score(card.score or 0.0, data.scale.low, data.scale.high)  # cards with a score only
            task = written(card.title, clean_name(card.title, task=True))
            lines.append(f"      {task}: {score}" + (f": {', '.join(actors)}" if actors else ""))
    warnings = []
    if changed:
        warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "Mermaid cannot hold some characters (: # ; %% and line breaks), so these names were "
                      "written differently: {names}."), names=", ".join(name[:40] for name in changed[:10])))
    return "\n".join(lines) + "\n", warnings


def mermaid_text(session: Session, journey_id: int | None) -> str:
    """The journey ``journey_id`` (None: the first) as a Mermaid ``journey`` diagram, ending with a newline."""
    return mermaid_export(session, journey_id)[0]


def export_mermaid(session: Session, journey_id: int | None, path: Path | str) -> list[ParcoursError]:
    """Write the journey to ``path`` as a Mermaid diagram (UTF-8), atomically; returns the export's warnings."""
    text, warnings = mermaid_export(session, journey_id)
    write_bytes_atomically(Path(path), text.encode("utf-8"))
    return warnings + persona_links_left_out(session, journey_id, "Mermaid")


# --------------------------------------------------------------------------- import


def import_mermaid(session: Session, source: Path | str | bytes, *,
                   journey_title: str | None = None) -> InterchangeImport:
    """Add the Mermaid ``journey`` diagram ``source`` (a path or its bytes) as a new journey.

    Sections become stages, tasks become cards of one touchpoints lane, in
    order, with an emotions lane under it that draws their curve. Scores go
    linearly from Mermaid's 1..5 onto the project's scale;
    when the diagram's scores leave 1..5 (some wikis use 0..10), they are
    rescaled from the lowest to the highest score found, with one warning
    naming that range. Actors become the journey's personas (matched by
    name, in any script, or added) and each task's actors its card's tags,
    so that export gives each task its own actors back. ``accDescr`` goes
    to the journey's notes, after ``accTitle`` and a front matter
    ``title:`` when they differ from the title; ``<br>`` in a section's
    name becomes a line break; comments (``%%``, ``#``) are skipped, and
    display settings (front matter ``config``, ``%%{init}%%``) named in a
    warning. Refused, with one sentence: an empty file, a diagram of
    another type, a task line without a score, a score that is not a
    number (with its line). The journey is titled ``journey_title``, else
    the diagram's title, else the front matter's, else the file's name.
    Nothing is written unless the whole diagram is sound; the caller
    commits.
    """
    data, stem = source_bytes(source, MAX_BYTES)
    plan, warnings = read_mermaid(session, data, journey_title, stem)
    return write_plan(session, plan, warnings)
