"""Reading and checking an OpenJourney Format (.ojf) document into the plan of a new journey.

See :mod:`app.export.ojf` for the format and what :func:`read_ojf`
tolerates; nothing here writes to the project.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from sqlalchemy.orm import Session

from app.export.card_table import guess_lane_kind, normalise
from app.export.read.journey_plan import JourneyPlan, PlannedCard, rescale
from app.export.read.limits import MAX_NODES, parse_json
from app.model import templates
from app.model.enums import Emotion, LaneKind, Language, StageSide
from app.model.errors import QT_TRANSLATE_NOOP, ModelError, ParcoursError, ProjectFileError
from app.model.fields import project_scale
from app.model.schema import Project

#: The score range of the OJF specification.
OJF_LOW, OJF_HIGH = -5.0, 5.0
OJF_VERSION = "1.0"

#: The sentiment word written for each emotion (and read back as that emotion).
SENTIMENTS: dict[Emotion, str] = {
    Emotion.JOY: "delighted", Emotion.TRUST: "confident", Emotion.SURPRISE: "surprised",
    Emotion.RELIEF: "relieved", Emotion.NEUTRAL: "neutral", Emotion.ANXIETY: "anxious",
    Emotion.CONFUSION: "confused", Emotion.FRUSTRATION: "frustrated", Emotion.ANGER: "angry",
    Emotion.SADNESS: "sad",
}
#: Parcours severity (1..5) for each OJF severity, and back.
SEVERITIES = {"low": 1, "medium": 3, "high": 5}


# --------------------------------------------------------------------------- reading and checking


_TEXT = QT_TRANSLATE_NOOP("errors", "In the OJF file, {path} should be text.")
_NUMBER = QT_TRANSLATE_NOOP("errors", "In the OJF file, {path} should be a number.")
_LIST = QT_TRANSLATE_NOOP("errors", "In the OJF file, {path} should be a list.")
_OBJECT = QT_TRANSLATE_NOOP("errors", "In the OJF file, {path} should be an object with named fields.")
_BOOLEAN = QT_TRANSLATE_NOOP("errors", "In the OJF file, {path} should be true or false.")

#: Emotion for each sentiment word (normalised), in English or French.
_EMOTION_WORDS: dict[str, Emotion] = {
    **{word: emotion for emotion, word in SENTIMENTS.items()},
    **{emotion.value: emotion for emotion in Emotion},
    **{word: Emotion.JOY for word in ("happy", "positive", "excited", "satisfied", "pleased", "joyful",
                                      "content", "joie", "heureux", "ravi", "satisfait", "enthousiaste")},
    **{word: Emotion.TRUST for word in ("reassured", "confiance", "rassure", "secure")},
    **{word: Emotion.SURPRISE for word in ("surpris", "amazed", "curious")},
    **{word: Emotion.RELIEF for word in ("hopeful", "soulagement", "soulage")},
    **{word: Emotion.NEUTRAL for word in ("neutre", "indifferent", "calm", "ok")},
    **{word: Emotion.ANXIETY for word in ("worried", "stressed", "nervous", "anxieux", "inquiet", "stresse",
                                          "anxiete")},
    **{word: Emotion.CONFUSION for word in ("lost", "perdu", "confus", "overwhelmed")},
    **{word: Emotion.FRUSTRATION for word in ("annoyed", "impatient", "irritated", "bored", "negative",
                                              "frustre", "agace")},
    **{word: Emotion.ANGER for word in ("furious", "colere", "en colere", "furieux")},
    **{word: Emotion.SADNESS for word in ("upset", "disappointed", "triste", "decu", "tristesse")},
}

#: Lane kind for words of a swimlane's name or type, tried in this order (names are normalised).
_LANE_WORDS: tuple[tuple[LaneKind, tuple[str, ...]], ...] = (
    (LaneKind.FRONT_STAGE, ("onstage", "on stage", "front stage", "frontstage", "front office")),
    (LaneKind.BACK_STAGE, ("backstage", "back stage", "back office", "coulisse")),
    (LaneKind.SUPPORT_SYSTEMS, ("support process", "support system", "systems", "systeme")),
    (LaneKind.EMOTIONS, ("emotion", "sentiment", "feeling", "thought", "mood", "ressenti", "humeur", "pensee")),
    (LaneKind.IRRITANTS, ("pain", "issue", "friction", "blocker", "roadblock", "problem", "irritant",
                          "douleur", "frein", "obstacle", "bottleneck")),
    (LaneKind.TOUCHPOINTS, ("touchpoint", "touch point", "point de contact", "points de contact", "channel",
                            "canal", "canaux", "tool", "outil")),
    (LaneKind.ENCHANTMENTS, ("delight", "enchant", "wow", "gain")),
    (LaneKind.EXPECTATIONS, ("expectation", "attente")),
    (LaneKind.OPPORTUNITIES, ("opportunit", "idea", "idee", "improvement", "amelioration")),
    (LaneKind.STEPS, ("action", "activit", "journey", "step", "etape", "doing", "task", "parcours")),
)

#: Blueprint layers of a node: the lane kind they go to and its name in each language.
_BLUEPRINT: dict[str, tuple[LaneKind, str, str]] = {
    "evidence": (LaneKind.NOTES, "Physical evidence", "Preuves physiques"),
    "onstage": (LaneKind.FRONT_STAGE, "Onstage", "Front office"),
    "backstage": (LaneKind.BACK_STAGE, "Backstage", "Back office"),
    "support": (LaneKind.SUPPORT_SYSTEMS, "Support processes", "Processus support"),
}

_ROOT_FIELDS = {"version", "title", "name", "persona", "personas", "pointOfView", "pov", "description",
                "metadata", "stages", "swimlanes", "nodes"}
_STAGE_FIELDS = {"id", "name", "title", "description"}
_LANE_FIELDS = {"id", "name", "title", "type"}
_NODE_FIELDS = {"id", "stageId", "swimlaneId", "title", "description", "severity", "score", "sentiment",
                "isMomentOfTruth", "iconColor", "tags", "blueprint"}
#: Fields of the spec that have no place in a Parcours card.
_UNUSED_NODE_FIELDS = {"purpose", "icon"}
_ITEM_FIELDS = {"evidence": {"item", "type"}, "onstage": {"actor", "action"},
                "backstage": {"actor", "action"}, "support": {"system", "description"}}


#: The lane kinds' own names, as a swimlane ``type`` written by Parcours.
_KINDS = frozenset(kind.value for kind in LaneKind)


def lane_kind_for(name: str, type_: str = "") -> LaneKind:
    """The lane kind an OJF swimlane's ``type`` (a kind or a word) or ``name`` suggests; notes otherwise."""
    for text in (type_, name):
        if not text:
            continue
        words = normalise(text)
        try:
            return LaneKind(words.replace(" ", "_"))
        except ValueError:
            pass
        found = next((kind for kind, keys in _LANE_WORDS if any(key in words for key in keys)), None)
        if found is not None:
            return found
    return guess_lane_kind(name) or LaneKind.NOTES


class _Reader:
    """Walks an OJF document, typing every value and collecting warnings once per kind."""

    def __init__(self) -> None:
        self.warnings: list[ParcoursError] = []
        self._warned: set[str] = set()

    def warn_once(self, key: str, error: ParcoursError) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.warnings.append(error)

    def fields(self, value: Any, path: str, known: set[str], where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ModelError(_OBJECT, path=path)
        for key in value:
            if key in _UNUSED_NODE_FIELDS and where == "nodes[]":
                self.warn_once(key, ParcoursError(QT_TRANSLATE_NOOP(
                    "errors", "The OJF field {field} has no place in Parcours: it was ignored."), field=key))
            elif key not in known:
                name = f"{where}.{key}" if where else key
                self.warn_once(name, ParcoursError(QT_TRANSLATE_NOOP(
                    "errors", "The OJF field {field} is not one Parcours knows: it was ignored."), field=name))
        return value

    @staticmethod
    def text(value: Any, path: str, default: str = "") -> str:
        if value is None:
            return default
        if not isinstance(value, str):
            raise ModelError(_TEXT, path=path)
        return value

    @staticmethod
    def ident(value: Any, path: str) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise ModelError(_TEXT, path=path)
        return str(value)

    @staticmethod
    def number(value: Any, path: str) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ModelError(_NUMBER, path=path)
        return float(value)

    @staticmethod
    def items(value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise ModelError(_LIST, path=path)
        return value


def _parse(data: bytes) -> dict[str, Any]:
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise ProjectFileError("empty", QT_TRANSLATE_NOOP("errors", "The OJF file is empty."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ProjectFileError("not_ojf", QT_TRANSLATE_NOOP(
            "errors", "The file is not UTF-8 text, so it cannot be an OpenJourney (.ojf) document.")) from None
    try:
        document = parse_json(text, data, "OJF")
    except json.JSONDecodeError as error:
        raise ProjectFileError("not_ojf", QT_TRANSLATE_NOOP(
            "errors", "The file is not JSON (the error is at line {line}, column {column}), "
                      "so it cannot be an OpenJourney (.ojf) document."),
            line=error.lineno, column=error.colno) from None
    except RecursionError:
        raise ProjectFileError("not_ojf", QT_TRANSLATE_NOOP(
            "errors", "The file nests JSON too deeply to be an OpenJourney (.ojf) document.")) from None
    if not isinstance(document, dict) or "stages" not in document:
        raise ProjectFileError("not_ojf", QT_TRANSLATE_NOOP(
            "errors", "The file is JSON but not an OpenJourney (.ojf) document: it has no list of stages."))
    return document


def _score_range(scores: list[float], reader: _Reader) -> tuple[float, float]:
    """The range the file's scores are on: the spec's -5..5 when they fit, else 0..10, else what they span."""
    if not scores or all(OJF_LOW <= score <= OJF_HIGH for score in scores):
        return OJF_LOW, OJF_HIGH
    low, high = min(scores), max(scores)
    span = (0.0, 10.0) if low >= 0 and high <= 10 else (low, high)
    reader.warn_once("scores", ParcoursError(QT_TRANSLATE_NOOP(
        "errors", "The scores run from {low} to {high}, outside the OJF range of -5 to 5: "
                  "they were read as a scale from {from_low} to {from_high}."),
        low=f"{low:g}", high=f"{high:g}", from_low=f"{span[0]:g}", from_high=f"{span[1]:g}"))
    return span


def _header(reader: _Reader, document: dict[str, Any], title: str | None,
            fallback_title: str | None) -> JourneyPlan:
    """The journey's title, persona(s) and point of view, at the root or in a ``metadata`` wrapper."""
    reader.fields(document, "", _ROOT_FIELDS, "")
    metadata = reader.fields(document.get("metadata") or {}, "metadata",
                             {"title", "name", "persona", "personas", "pointOfView", "pov", "version",
                              "description"}, "metadata")
    merged = {**metadata, **{key: value for key, value in document.items() if value is not None}}
    where = {key: key if key in document else "metadata." + key for key in merged}
    text = {key: reader.text(merged.get(key), where.get(key, key)) for key in
            ("title", "name", "pointOfView", "pov", "description")}
    names_path = where.get("personas", "personas")
    personas = [reader.text(name, f"{names_path}[{index}]").strip()
                for index, name in enumerate(reader.items(merged.get("personas"), names_path))]
    if not personas and isinstance(merged.get("persona"), dict):
        personas = [reader.text(merged["persona"].get("name"), where["persona"] + ".name").strip()]
    elif not personas:
        personas = [reader.text(merged.get("persona"), where.get("persona", "persona")).strip()]
    return JourneyPlan(title=(title or text["title"].strip() or text["name"].strip() or fallback_title
                              or "Import"),
                       journey_fields={"customer_goal": text["pointOfView"] or text["pov"],
                                       "notes": text["description"]},
                       personas=[name for name in dict.fromkeys(personas) if name])


def read_ojf(session: Session, data: bytes, title: str | None = None,
             fallback_title: str | None = None) -> tuple[JourneyPlan, list[ParcoursError]]:
    """Check a whole OJF document and plan the journey it describes (nothing is written).

    The journey is titled ``title``, else the document's title, else
    ``fallback_title`` (the file's name), else "Import".
    """
    document = _parse(data)
    reader = _Reader()
    plan = _header(reader, document, title, fallback_title)
    project = session.get(Project, 1)
    language = project.language if project is not None else Language.EN
    stages = _define(reader, document["stages"], "stages", _STAGE_FIELDS, plan.stages,
                     QT_TRANSLATE_NOOP("errors", "The OJF file defines the stage {id} twice."),
                     lambda name, item, path: (name, reader.text(item.get("description"), path + ".description")))
    lanes = _define(reader, document.get("swimlanes"), "swimlanes", _LANE_FIELDS, plan.lanes,
                    QT_TRANSLATE_NOOP("errors", "The OJF file defines the swimlane {id} twice."),
                    lambda name, item, path: (lane_kind_for(name, reader.text(item.get("type"), path + ".type")),
                                              name))

    nodes = reader.items(document.get("nodes"), "nodes")
    if len(nodes) > MAX_NODES:
        raise _too_many()
    scores = [reader.number(node.get("score"), f"nodes[{index}].score")
              for index, node in enumerate(nodes) if isinstance(node, dict)]
    low, high = _score_range([score for score in scores if score is not None], reader)
    scale = project_scale(session)
    dangling: list[str] = []
    blueprint_lanes: dict[str, int] = {}
    node_ids: set[str] = set()
    for index, raw in enumerate(nodes):
        path = f"nodes[{index}]"
        node = reader.fields(raw, path, _NODE_FIELDS, "nodes[]")
        node_id = reader.ident(node.get("id"), path + ".id")
        if node_id is not None:
            if node_id in node_ids:
                raise ModelError(QT_TRANSLATE_NOOP("errors", "The OJF file defines the node {id} twice."),
                                 id=node_id)
            node_ids.add(node_id)
        stage = _place(reader, node, "stageId", path, stages, plan.stages, dangling,
                       lambda ident: (ident, ""))
        lane = _place(reader, node, "swimlaneId", path, lanes, plan.lanes, dangling,
                      lambda ident: (lane_kind_for(ident), ident))
        score = reader.number(node.get("score"), path + ".score")
        fields: dict[str, Any] = {
            "title": reader.text(node.get("title"), path + ".title"),
            "body": reader.text(node.get("description"), path + ".description"),
            "score": None if score is None else rescale(score, low, high, scale.low, scale.high),
            "tags": _tags(reader, node.get("tags"), path + ".tags"),
            "emotion": _emotion(reader, node.get("sentiment"), path + ".sentiment"),
            "severity": _severity(reader, node.get("severity"), path + ".severity"),
            "colour": _colour(reader, node.get("iconColor"), path + ".iconColor"),
        }
        moment = node.get("isMomentOfTruth")
        if moment is not None and not isinstance(moment, bool):
            raise ModelError(_BOOLEAN, path=path + ".isMomentOfTruth")
        fields["moment_of_truth"] = True if moment else None
        plan.cards.append(PlannedCard(stage, lane, fields))
        _blueprint(reader, node.get("blueprint"), path + ".blueprint", stage, plan, blueprint_lanes, language)
        if len(plan.cards) > MAX_NODES:
            raise _too_many()
    # A file that names Parcours lane kinds (as Parcours writes them) meant its lanes as they are.
    typed = any(isinstance(raw, dict) and raw.get("type") in _KINDS for raw in document.get("swimlanes") or []
                if isinstance(document.get("swimlanes"), list))
    _emotion_lanes(plan, reader, language, typed)
    if dangling:
        reader.warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "Some nodes name a stage or swimlane the file does not define ({ids}): "
                      "a stage or lane of that name was added for them."), ids=", ".join(dict.fromkeys(dangling))))
    return plan, reader.warnings


def _define(reader: _Reader, value: Any, key: str, known: set[str], created: list[Any], twice: str,
            make: Any) -> dict[str, int]:
    """Read the stages or swimlanes into ``created`` (``make(name, item, path)`` gives each entry).

    Returns the index in ``created`` of each id; an item without id gets one
    of its own; one without any name (or title) is named by its id.
    """
    indexes: dict[str, int] = {}
    for index, raw in enumerate(reader.items(value, key)):
        path = f"{key}[{index}]"
        item = reader.fields(raw, path, known, key + "[]")
        ident = reader.ident(item.get("id"), path + ".id") or f"#{index}"
        name = (reader.text(item["name"], path + ".name") if "name" in item
                else reader.text(item.get("title"), path + ".title", ident))
        if ident in indexes:
            raise ModelError(twice, id=ident)
        indexes[ident] = len(created)
        created.append(make(name, item, path))
    return indexes


def _emotion_lanes(plan: JourneyPlan, reader: _Reader, language: Language, typed: bool) -> None:
    """Make the file's scores draw the curve, and keep every card visible.

    A Parcours emotions lane draws the curve from the scores of touchpoints
    and shows no cards. So an emotional swimlane that holds nodes becomes a
    touchpoints lane. When no touchpoints lane holds a score, the lane
    holding most scores becomes one (files often score the customer's
    actions), unless the file gave its lanes Parcours kinds (``typed``, as
    Parcours writes them). Then, when the journey has no emotions lane, one
    is added after the first lane so turned or, in a file not ``typed``,
    after the first scored touchpoints lane. Each change is said in a
    warning.
    """
    filled = {card.lane for card in plan.cards}
    turned = [index for index, (kind, _name) in enumerate(plan.lanes)
              if kind is LaneKind.EMOTIONS and index in filled]
    for index in turned:
        plan.lanes[index] = (LaneKind.TOUCHPOINTS, plan.lanes[index][1])
    if turned:
        reader.warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "These emotion swimlanes hold cards, so they became touchpoints lanes whose scores "
                      "draw the emotion curve: {names}."), names=", ".join(plan.lanes[i][1] for i in turned)))
    scored = Counter(card.lane for card in plan.cards if card.fields.get("score") is not None)
    if scored and not typed and not any(plan.lanes[index][0] is LaneKind.TOUCHPOINTS for index in scored):
        index = max(scored, key=lambda lane: (scored[lane], -lane))
        turned.append(index)
        plan.lanes[index] = (LaneKind.TOUCHPOINTS, plan.lanes[index][1])
        reader.warnings.append(ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "The scores sit on the swimlane {name}, so it became a touchpoints lane whose scores "
                      "draw the emotion curve."), name=plan.lanes[index][1]))
    # Scores the file gives draw the curve on the map too: give them the lane to draw in.
    curve = [index for index in sorted(scored) if plan.lanes[index][0] is LaneKind.TOUCHPOINTS]
    if any(kind is LaneKind.EMOTIONS for kind, _name in plan.lanes) or not (turned or (curve and not typed)):
        return
    at = (min(turned) if turned else curve[0]) + 1
    name = dict(templates.default_lanes(language.value))[LaneKind.EMOTIONS]
    plan.lanes.insert(at, (LaneKind.EMOTIONS, name))
    for card in plan.cards:
        if card.lane >= at:
            card.lane += 1


def _too_many() -> ModelError:
    return ModelError(QT_TRANSLATE_NOOP(
        "errors", "The OJF file has more than {limit} nodes: split it and import the parts."),
        limit=f"{MAX_NODES:,}")


def _place(reader: _Reader, node: dict[str, Any], key: str, path: str, known: dict[str, int],
           created: list[Any], dangling: list[str], make: Any) -> int:
    ident = reader.ident(node.get(key), f"{path}.{key}")
    if ident is None:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "In the OJF file, {path} is missing."), path=f"{path}.{key}")
    if ident not in known:
        known[ident] = len(created)
        created.append(make(ident))
        dangling.append(ident)
    return known[ident]


def _tags(reader: _Reader, value: Any, path: str) -> list[str]:
    tags = [reader.text(tag, f"{path}[{index}]").strip() for index, tag in enumerate(reader.items(value, path))]
    return [tag for tag in dict.fromkeys(tags) if tag]


def _emotion(reader: _Reader, value: Any, path: str) -> Emotion | None:
    word = normalise(reader.text(value, path))
    if not word:
        return None
    emotion = _EMOTION_WORDS.get(word)
    if emotion is None:
        reader.warn_once("sentiment:" + word, ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "The sentiment {value} has no matching emotion in Parcours: it was ignored."), value=word))
    return emotion


def _severity(reader: _Reader, value: Any, path: str) -> int | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 1 <= value <= 5 and value == int(value):
        return int(value)
    word = normalise(reader.text(value, path))
    if word and word not in SEVERITIES:
        reader.warn_once("severity:" + word, ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "The severity {value} is not low, medium or high: it was ignored."), value=word))
    return SEVERITIES.get(word)


def _colour(reader: _Reader, value: Any, path: str) -> str | None:
    colour = reader.text(value, path).strip()
    if len(colour) == 4 and colour.startswith("#"):
        colour = "#" + "".join(2 * digit for digit in colour[1:])
    if len(colour) != 7 or not colour.startswith("#") or any(c not in "0123456789abcdefABCDEF" for c in colour[1:]):
        return None  # CSS names and other notations are display hints only
    return None if colour.upper() == "#FFFFFF" else colour.upper()


def _blueprint(reader: _Reader, value: Any, path: str, stage: int, plan: JourneyPlan,
               lanes: dict[str, int], language: Language) -> None:
    if value is None:
        return
    layers = reader.fields(value, path, set(_BLUEPRINT), "blueprint")
    for layer, (kind, english, french) in _BLUEPRINT.items():
        for index, raw in enumerate(reader.items(layers.get(layer), f"{path}.{layer}")):
            where = f"{path}.{layer}[{index}]"
            if isinstance(raw, str):
                raw = {"item": raw} if layer == "evidence" else {"action" if layer != "support" else "system": raw}
            item = reader.fields(raw, where, _ITEM_FIELDS[layer], f"blueprint.{layer}[]")
            values = {key: reader.text(item.get(key), f"{where}.{key}").strip() for key in _ITEM_FIELDS[layer]}
            if layer not in lanes:
                lanes[layer] = len(plan.lanes)
                plan.lanes.append((kind, french if language is Language.FR else english))
            department = None
            if layer == "evidence":
                fields = {"title": values["item"], "tags": [values["type"]] if values["type"] else []}
            elif layer == "support":
                fields = {"title": values["system"], "body": values["description"]}
            else:
                fields = {"title": values["action"]}
                if values["actor"]:
                    department = (values["actor"], StageSide.FRONT if layer == "onstage" else StageSide.BACK)
            plan.cards.append(PlannedCard(stage, lanes[layer], fields, department))
