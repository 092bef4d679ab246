"""Built-in projects: realistic small journeys to start from, and a blank project.

:func:`populate` fills a project that holds only its :class:`Project` row,
in French or English. Rows are built with the ORM directly (a new project is
not an edit to undo); positions are dense from 0 in each parent. Each
template's content is a Qt-free module of ``(French, English)`` tables
(``app/model/sample_*.py``), listed in :data:`CONTENT`.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import (
    sample_bank_account,
    sample_ecommerce,
    sample_onboarding,
    sample_patient_visit,
    sample_service_desk,
)
from app.model.enums import (
    ActionStatus,
    Direction,
    Emotion,
    EvidenceSource,
    EvidenceStatus,
    Horizon,
    Interaction,
    JourneyState,
    LaneKind,
    Language,
    LinkKind,
    MeasureMethod,
    ObjectiveKind,
    Origin,
    Scale,
    ServicePreference,
    StageSide,
)
from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.schema import (
    KPI,
    Action,
    Card,
    Channel,
    Department,
    Journey,
    Lane,
    Link,
    MeasurementPoint,
    Objective,
    Persona,
    Project,
    Stage,
)

#: The content module of each built-in template, in the order the start screen lists them.
CONTENT: dict[str, ModuleType] = {
    "onboarding": sample_onboarding, "ecommerce": sample_ecommerce, "service_desk": sample_service_desk,
    "bank_account": sample_bank_account, "patient_visit": sample_patient_visit,
}

#: Names accepted by :func:`populate` (and ``parcours new --template``).
TEMPLATES: tuple[str, ...] = (*CONTENT, "blank")


def describe(template: str, language: str) -> tuple[str, str]:
    """(title, one-line description) of a built-in template in ``language`` (for the start screen)."""
    index = 0 if language == "fr" else 1
    if template == "blank":
        return (("Projet vierge", "Blank project")[index],
                ("Un parcours vide avec les couloirs habituels.", "An empty journey with the usual lanes.")[index])
    content = CONTENT[template]
    return content.JOURNEY["title"][index], content.DESCRIPTION[index]

#: key, icon, nature, French name, English name
CHANNELS: tuple[tuple[str, str, Interaction, str, str], ...] = (
    ("phone", "phone", Interaction.HUMAN, "Téléphone", "Phone"),
    ("email", "email", Interaction.DIGITAL, "E-mail", "E-mail"),
    ("website", "website", Interaction.DIGITAL, "Site web", "Website"),
    ("mobile_app", "mobile_app", Interaction.DIGITAL, "Application mobile", "Mobile app"),
    ("portal", "portal", Interaction.DIGITAL, "Portail client", "Customer portal"),
    ("chat", "chat", Interaction.DIGITAL, "Chat", "Chat"),
    ("letter", "letter", Interaction.HUMAN, "Courrier", "Letter"),
    ("in_person", "in_person", Interaction.HUMAN, "En personne / agence", "In person / branch"),
    ("social_media", "social_media", Interaction.DIGITAL, "Réseaux sociaux", "Social media"),
    ("sms", "sms", Interaction.DIGITAL, "SMS", "SMS"),
    ("video_call", "video_call", Interaction.HUMAN, "Visio", "Video call"),
)

_DEFAULT_LANES: tuple[tuple[LaneKind, str, str], ...] = (
    (LaneKind.STEPS, "Étapes du client", "Customer steps"),
    (LaneKind.TOUCHPOINTS, "Points de contact", "Touchpoints"),
    (LaneKind.EMOTIONS, "Courbe émotionnelle", "Emotion curve"),
    (LaneKind.EXPECTATIONS, "Attentes", "Expectations"),
    (LaneKind.IRRITANTS, "Irritants", "Pain points"),
    (LaneKind.ENCHANTMENTS, "Enchantements", "Delights"),
    (LaneKind.FRONT_STAGE, "Front office", "Front stage"),
    (LaneKind.BACK_STAGE, "Back office", "Back stage"),
    (LaneKind.OPPORTUNITIES, "Opportunités", "Opportunities"),
)


def _check_language(language: str) -> Language:
    try:
        return Language(language)
    except ValueError:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no language {name}; choose one of: {names}."),
                         name=language, names=", ".join(m.value for m in Language)) from None


def default_lanes(language: str) -> list[tuple[LaneKind, str]]:
    """The lanes a new blank journey gets: (kind, name in ``language``)."""
    lang = _check_language(language)
    return [(kind, fr if lang is Language.FR else en) for kind, fr, en in _DEFAULT_LANES]


def seed_channels(session: Session, language: str) -> None:
    """Add the built-in channel catalogue, named in ``language``; keys already present are kept."""
    lang = _check_language(language)
    existing = set(session.scalars(select(Channel.key)))
    position = len(existing)
    for key, icon, nature, fr, en in CHANNELS:
        if key in existing:
            continue
        session.add(Channel(key=key, icon=icon, nature=nature, name=fr if lang is Language.FR else en,
                            builtin=True, position=position))
        position += 1
    session.flush()


def populate(session: Session, template: str = "onboarding", language: str = "en") -> None:
    """Fill a new project (only its Project row) with ``template`` in ``language``."""
    if template not in TEMPLATES:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "There is no template named {name}; choose one of: {names}."),
                         name=template, names=", ".join(TEMPLATES))
    lang = _check_language(language)
    project = session.get(Project, 1)
    if project is None:
        project = Project(id=1)
        session.add(project)
    project.language = lang
    project.scale = Scale.ZERO_TEN
    seed_channels(session, lang.value)
    if template == "blank":
        _populate_blank(session, project, lang)
    else:
        _populate_sample(session, project, lang, CONTENT[template])
    session.flush()


def _populate_blank(session: Session, project: Project, lang: Language) -> None:
    fr = lang is Language.FR
    project.title = "Nouveau projet" if fr else "New project"
    journey = Journey(title="Mon parcours" if fr else "My journey", position=0, state=JourneyState.AS_IS)
    session.add(journey)
    session.flush()
    names = ("Découvrir", "Choisir", "Utiliser") if fr else ("Discover", "Choose", "Use")
    for index, name in enumerate(names):
        session.add(Stage(journey_id=journey.id, position=index, name=name))
    for index, (kind, name) in enumerate(default_lanes(lang.value)):
        session.add(Lane(journey_id=journey.id, position=index, kind=kind, name=name))


class _Builder:
    """Turns the tables of a ``sample_*`` module into rows, in one language."""

    def __init__(self, session: Session, lang: Language, sample: ModuleType) -> None:
        self.session = session
        self.sample = sample
        self.index = 0 if lang is Language.FR else 1
        self.channels = {c.key: c.id for c in session.scalars(select(Channel))}
        self.departments: dict[str, int] = {}

    def t(self, pair: tuple[str, str]) -> str:
        """The text of a (French, English) pair in the builder's language."""
        return pair[self.index]

    def journey(self, position: int, title: tuple[str, str], state: JourneyState, personas: list[Persona],
                objectives: list[Objective], derived_from: int | None, changes: dict[str, dict[str, Any]],
                dropped: set[str]) -> tuple[Journey, dict[str, int]]:
        """One journey with its stages, lanes, cards and links; returns it and card ids by key."""
        s, sample = self.session, self.sample
        about = sample.JOURNEY
        journey = Journey(
            title=self.t(title), position=position, state=state, derived_from_id=derived_from,
            target_score=about.get("target", 7), customer_goal=self.t(about["goal"]),
            expectations=self.t(about["expectations"]), scope=self.t(about["scope"]), notes=self.t(about["notes"]),
            personas=personas, objectives=objectives)
        s.add(journey)
        s.flush()
        stages = []
        for index, (name, description, duration, waiting) in enumerate(sample.STAGES):
            stage = Stage(journey_id=journey.id, position=index, name=self.t(name),
                          description=self.t(description), duration=self.t(duration), waiting_time=self.t(waiting))
            s.add(stage)
            stages.append(stage)
        lanes: dict[str, Lane] = {}
        for index, (key, kind, name, department) in enumerate(sample.LANES):
            lane = Lane(journey_id=journey.id, position=index, kind=LaneKind(kind), name=self.t(name),
                        department_id=self.departments.get(department) if department else None)
            s.add(lane)
            lanes[key] = lane
        s.flush()
        cells: dict[tuple[int, int], int] = {}
        cards: dict[str, Card] = {}
        for key, stage_index, lane_key, title, body, fields in sample.CARDS:
            if key in dropped:
                continue
            override = changes.get(key, {})
            fields = {**fields, **{k: v for k, v in override.items() if k not in ("title", "body")}}
            lane, stage = lanes[lane_key], stages[stage_index]
            cell = (lane.id, stage.id)
            position = cells.get(cell, 0)
            cells[cell] = position + 1
            cards[key] = self.card(lane, stage, position, self.t(override.get("title", title)),
                                   self.t(override.get("body", body)), fields)
        s.flush()
        for source, target, kind in sample.LINKS:
            if source in cards and target in cards:
                s.add(Link(source_id=cards[source].id, target_id=cards[target].id, kind=LinkKind(kind)))
        return journey, {key: card.id for key, card in cards.items()}

    def card(self, lane: Lane, stage: Stage, position: int, title: str, body: str, f: dict[str, Any]) -> Card:
        """One card with its typed fields from the short keys of the sample tables."""
        card = Card(lane_id=lane.id, stage_id=stage.id, position=position, title=title, body=body,
                    channel_id=self.channels.get(f["ch"]) if "ch" in f else None,
                    department_id=self.departments.get(f["dep"]) if "dep" in f else None,
                    score=f.get("score"), emotion=Emotion(f["emo"]) if "emo" in f else None,
                    interaction=Interaction(f["io"]) if "io" in f else None,
                    is_first=f.get("first", False), is_last=f.get("last", False),
                    severity=f.get("sev"), affected_share=f.get("share"),
                    evidence=EvidenceSource(f["ev"]) if "ev" in f else None,
                    evidence_status=EvidenceStatus(f["st"]) if "st" in f else None)
        self.session.add(card)
        return card


def _populate_sample(session: Session, project: Project, lang: Language, sample: ModuleType) -> None:
    b = _Builder(session, lang, sample)
    project.title = b.t(sample.PROJECT["title"])
    project.organisation = b.t(sample.PROJECT["organisation"])
    project.author = b.t(sample.PROJECT["author"])
    objectives = [Objective(position=i, kind=ObjectiveKind(kind), title=b.t(title), description=b.t(text))
                  for i, (kind, title, text) in enumerate(sample.OBJECTIVES)]
    session.add_all(objectives)
    for index, (key, name, side, origin, colour) in enumerate(sample.DEPARTMENTS):
        department = Department(position=index, name=b.t(name), side=StageSide(side), origin=Origin(origin),
                                colour=colour)
        session.add(department)
        session.flush()
        b.departments[key] = department.id
    channels = {c.key: c for c in session.scalars(select(Channel))}
    personas = []
    for index, p in enumerate(sample.PERSONAS):
        persona = Persona(position=index, name=b.t(p["name"]), role=b.t(p["role"]), segment=b.t(p["segment"]),
                          age_band=b.t(p["age_band"]), quote=b.t(p["quote"]), biography=b.t(p["biography"]),
                          goals=b.t(p["goals"]), frustrations=b.t(p["frustrations"]), hobbies=b.t(p["hobbies"]),
                          service_preference=ServicePreference(p["service_preference"]),
                          digital_ease=p["digital_ease"], colour=p["colour"],
                          channels=[channels[key] for key in p["channels"]])
        session.add(persona)
        personas.append(persona)
    session.flush()
    title = sample.JOURNEY["title"]
    as_is, as_is_cards = b.journey(0, title, JourneyState.AS_IS, personas, objectives, None, {}, set())
    if getattr(sample, "TO_BE_CHANGES", None) is not None:
        b.journey(1, sample.JOURNEY["to_be_title"], JourneyState.TO_BE,
                  personas, objectives, as_is.id, sample.TO_BE_CHANGES, sample.TO_BE_DROPPED)
    stages = {s.position: s.id for s in session.scalars(select(Stage).where(Stage.journey_id == as_is.id))}
    for index, (title, text, dep, impact, effort, share, risk, status, horizon, due, keys) in enumerate(
            sample.ACTIONS):
        cards = [session.get(Card, as_is_cards[key]) for key in keys]
        session.add(Action(position=index, title=b.t(title), description=b.t(text), journey_id=as_is.id,
                           department_id=b.departments[dep], impact=impact, effort=effort, affected_share=share,
                           risk=risk, status=ActionStatus(status), horizon=Horizon(horizon),
                           due_date=dt.date.fromisoformat(due), cards=cards))
    for index, (name, unit, direction, base, target, actual, stage, card, text) in enumerate(sample.KPIS):
        session.add(KPI(position=index, name=b.t(name), unit=b.t(unit), direction=Direction(direction),
                        baseline=base, target=target, actual=actual, description=b.t(text), journey_id=as_is.id,
                        stage_id=stages.get(stage) if stage is not None else None,
                        card_id=as_is_cards.get(card) if card else None))
    for index, (name, stage, card, channel, method, timing, text) in enumerate(sample.MEASUREMENT_POINTS):
        session.add(MeasurementPoint(journey_id=as_is.id, position=index, name=b.t(name), stage_id=stages[stage],
                                     card_id=as_is_cards.get(card) if card else None,
                                     channel_id=b.channels[channel], method=MeasureMethod(method),
                                     timing=b.t(timing), description=b.t(text)))
