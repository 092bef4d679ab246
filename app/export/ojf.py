"""A journey as an OpenJourney Format (.ojf) document, and such a document read into a new journey.

OJF (the Ptolemy editor's JSON format) has a root object with ``stages``
(columns), ``swimlanes`` (rows) and ``nodes`` (cards), each node naming its
``stageId`` and ``swimlaneId``; scores run from -5 to +5.

Export writes the spec's root fields (``version``, ``persona``,
``pointOfView``, ``stages``, ``swimlanes``, ``nodes``) plus a few fields the
spec leaves out and other readers ignore: the journey's ``title``, every
persona in ``personas``, a stage's ``description`` and a swimlane's ``type``
(the Parcours lane kind), so that export, import and export again give the
same bytes. Ids are positional (``s1``, ``sl1``, ``n1``), keys sorted, scores
rescaled from the project's scale to -5..5: the output depends on the
journey only.

Import is tolerant of what real files do (see :func:`import_ojf`): a
``metadata`` wrapper, ``pov`` for ``pointOfView``, nodes without ``id`` or
``score``, service-blueprint layers inside nodes. It refuses, with one
sentence, what cannot be a journey: an empty file, text that is not JSON, a
JSON document without ``stages``, a field of the wrong type (named by its
path, such as ``nodes[3].score``), more than 20 MB or 100,000 nodes. A node
whose ``stageId`` or ``swimlaneId`` the file does not define is kept: it goes
to a new stage or lane named after the missing id, with one warning, so
nothing the author wrote is lost and the user sees where to tidy up. As
with spreadsheets, everything is read and checked before one write in a
savepoint; the caller commits.

Reading and checking is in :mod:`app.export.read.ojf`; the journey-building
helpers shared with :mod:`app.export.mermaid` are in :mod:`app.export.read.journey_plan`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from app.export.files import write_bytes_atomically
from app.export.persona_links import persona_links_left_out
from app.export.read.journey_plan import InterchangeImport, plain_number, rescale, source_bytes, write_plan
from app.export.read.ojf import OJF_HIGH, OJF_LOW, OJF_VERSION, SENTIMENTS, read_ojf
from app.model.errors import ParcoursError
from app.model.journey_data import journey_or_first, read_journey

# --------------------------------------------------------------------------- export


def _severity_word(severity: int) -> str:
    return "low" if severity <= 2 else "medium" if severity == 3 else "high"


def ojf_document(session: Session, journey_id: int | None) -> dict[str, Any]:
    """The journey ``journey_id`` (None: the first) as an OJF document (a JSON-ready dict)."""
    journey = journey_or_first(session, journey_id)
    data = read_journey(session, journey.id)
    scale = data.scale
    stages = [{"id": f"s{index}", "name": stage.name, **({"description": stage.description}
                                                          if stage.description else {})}
              for index, stage in enumerate(data.stages, start=1)]
    swimlanes = [{"id": f"sl{index}", "name": lane.name, "type": lane.kind.value}
                 for index, lane in enumerate(data.lanes, start=1)]
    nodes: list[dict[str, Any]] = []
    for stage_index, stage in enumerate(data.stages, start=1):
        for lane_index, lane in enumerate(data.lanes, start=1):
            for card in data.cell_cards(lane.id, stage.id):
                node: dict[str, Any] = {"id": f"n{len(nodes) + 1}", "stageId": f"s{stage_index}",
                                        "swimlaneId": f"sl{lane_index}", "title": card.title,
                                        "description": card.body}
                if card.score is not None:
                    node["score"] = plain_number(rescale(card.score, scale.low, scale.high, OJF_LOW, OJF_HIGH))
                if card.emotion is not None:
                    node["sentiment"] = SENTIMENTS[card.emotion]
                if card.severity is not None:
                    node["severity"] = _severity_word(card.severity)
                if card.moment_of_truth:
                    node["isMomentOfTruth"] = True
                if card.colour:
                    node["iconColor"] = card.colour.lower()
                if card.tags:
                    node["tags"] = list(card.tags)
                nodes.append(node)
    personas = [persona.name for persona in journey.personas]
    document: dict[str, Any] = {"version": OJF_VERSION, "title": journey.title, "stages": stages,
                                "swimlanes": swimlanes, "nodes": nodes}
    if personas:
        document["persona"] = ", ".join(personas)
    if len(personas) > 1:
        document["personas"] = personas
    if journey.customer_goal:
        document["pointOfView"] = journey.customer_goal
    if journey.notes:
        document["description"] = journey.notes
    return document


def ojf_bytes(session: Session, journey_id: int | None) -> bytes:
    """The OJF document of a journey as UTF-8 JSON: sorted keys, 2-space indent, the same bytes every time."""
    text = json.dumps(ojf_document(session, journey_id), ensure_ascii=False, indent=2, sort_keys=True)
    return (text + "\n").encode("utf-8")


def export_ojf(session: Session, journey_id: int | None, path: Path | str) -> list[ParcoursError]:
    """Write the journey ``journey_id`` (None: the first) to ``path`` as OJF, atomically; returns its warnings."""
    write_bytes_atomically(Path(path), ojf_bytes(session, journey_id))
    return persona_links_left_out(session, journey_id, "OpenJourney")


# --------------------------------------------------------------------------- import


def import_ojf(session: Session, source: Path | str | bytes, *,
               journey_title: str | None = None) -> InterchangeImport:
    """Add the OJF document ``source`` (a path or its bytes) to the project as a new journey.

    Mapping: stages become stages; swimlanes become lanes whose kind comes
    from their ``type`` or name (:func:`lane_kind_for`); nodes become cards
    (``description`` the body, ``sentiment`` the emotion, ``severity`` low,
    medium, high as 1, 3, 5, ``iconColor`` the colour unless white,
    ``isMomentOfTruth`` pins a moment of truth, ``tags`` kept). Scores are
    rescaled linearly from -5..5 (or, with a warning, from 0..10 or from the
    range the file uses when they do not fit) onto the project's scale; a
    node without a score stays unscored. Blueprint layers go to lanes of
    their own in the node's stage: evidence (a notes lane), onstage and
    backstage (front and back stage lanes, the actor as the card's
    department), support (support systems). ``persona`` (or ``personas``)
    become personas of the journey, reusing any of the same name. A
    Parcours emotions lane draws the curve and shows no cards, so an
    emotional swimlane that holds nodes becomes a touchpoints lane (its
    scores feed the curve) followed by an emotions lane; an empty one
    becomes the emotions lane itself;
    ``pointOfView`` becomes the customer's goal. A node naming a stage or
    swimlane the file does not define goes to a new one named after that
    id (one warning for all of them). The journey is titled
    ``journey_title``, else the file's title, else the file's name. Nothing
    is written unless the whole file is sound; the caller commits.
    """
    data, stem = source_bytes(source)
    plan, warnings = read_ojf(session, data, journey_title, stem)
    return write_plan(session, plan, warnings)
