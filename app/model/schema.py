"""The journey-map domain as typed SQLAlchemy 2.x ORM classes.

One project file holds one project: the :class:`Project` row is a singleton
(``id = 1``) and every other table belongs to it implicitly. Integrity lives in
the database, not only in Python: foreign keys (switched on for every
connection by :mod:`app.model.store`), cascades, unique ordering within a
parent, CHECK constraints on scores, ranges, colours and enums, and a trigger
that keeps a card's lane and stage in the same journey.

Ordered rows carry a 0-based ``position`` unique within their parent, read in
increasing order (dense, except where a user deleted cards: see :mod:`app.model.ordering`);
:data:`ORDER_SCOPES` names each ordered class's parent columns so that
:mod:`app.model.ordering` (for :mod:`app.model.ops_core`) can open and close gaps generically.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    DDL,
    CheckConstraint,
    Column,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.model.enums import (
    SCORE_MAX,
    SCORE_MIN,
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
from app.model.text import clean_text

#: The schema version this code writes (``PRAGMA user_version``).
SCHEMA_VERSION = 5

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    """Current UTC time without tzinfo and microseconds (what the file stores)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class JSONList(TypeDecorator[list[str]]):
    """A list of strings stored as a JSON array in a TEXT column."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str:
        return json.dumps(list(value or []), ensure_ascii=False)

    def process_result_value(self, value: Any, dialect: Any) -> list[str]:
        return list(json.loads(value)) if value else []


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """A string column limited to ``cls``'s values by a named CHECK constraint."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        values_callable=lambda e: [m.value for m in e],
        length=max(len(m.value) for m in cls),
    )


def _colour_check(column: str) -> CheckConstraint:
    return CheckConstraint(
        f"{column} IS NULL OR {column} GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]"
        "[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'",
        name=f"{column}_hex",
    )


def _range_check(column: str, low: float, high: float) -> CheckConstraint:
    return CheckConstraint(f"{column} IS NULL OR ({column} BETWEEN {low} AND {high})",
                           name=f"{column}_range")


class Base(DeclarativeBase):
    """Declarative base with a naming convention, so every constraint has a stable name."""

    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:
        # Every table declares an integer primary key ``id``; typed here for code that takes any table.
        id: Mapped[int]

    def __repr__(self) -> str:
        ident = getattr(self, "id", None)
        label = getattr(self, "title", None) or getattr(self, "name", None)
        return f"<{type(self).__name__} {ident} {label!r}>" if label else f"<{type(self).__name__} {ident}>"



def table_of(cls: type[Base]) -> Table:
    """The table of a mapped class (``cls.__table__`` is only a FromClause to the type checker)."""
    return Base.metadata.tables[cls.__tablename__]


# --------------------------------------------------------------------------- project


class Project(Base):
    """The project itself: one row per file."""

    __tablename__ = "project"
    __table_args__ = (CheckConstraint("id = 1", name="singleton"),
                      CheckConstraint("revision >= 0", name="revision"),
                      _range_check("target_score", SCORE_MIN, SCORE_MAX),
                      _range_check("drop_threshold", 0, SCORE_MAX - SCORE_MIN))

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    title: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[Language] = mapped_column(_enum(Language, "language"), default=Language.EN)
    scale: Mapped[Scale] = mapped_column(_enum(Scale, "scale"), default=Scale.ZERO_TEN)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The experience aimed for, for journeys without a target of their own (None: no target).
    target_score: Mapped[float | None] = mapped_column(default=None)
    #: The fall that makes a moment of truth, for journeys without a threshold of their own (None: default).
    drop_threshold: Mapped[float | None] = mapped_column(default=None)
    #: Incremented on every save; printed on posters so a stale one is recognisable.
    revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    modified_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


journey_objective = Table(
    "journey_objective",
    Base.metadata,
    Column("journey_id", ForeignKey("journey.id", ondelete="CASCADE"), primary_key=True),
    Column("objective_id", ForeignKey("objective.id", ondelete="CASCADE"), primary_key=True),
)

journey_persona = Table(
    "journey_persona",
    Base.metadata,
    Column("journey_id", ForeignKey("journey.id", ondelete="CASCADE"), primary_key=True),
    Column("persona_id", ForeignKey("persona.id", ondelete="CASCADE"), primary_key=True),
)

persona_channel = Table(
    "persona_channel",
    Base.metadata,
    Column("persona_id", ForeignKey("persona.id", ondelete="CASCADE"), primary_key=True),
    Column("channel_id", ForeignKey("channel.id", ondelete="CASCADE"), primary_key=True),
)

action_card = Table(
    "action_card",
    Base.metadata,
    Column("action_id", ForeignKey("action.id", ondelete="CASCADE"), primary_key=True),
    # Indexed alone too (the primary key leads with action_id): deleting cards looks their rows up by card.
    Column("card_id", ForeignKey("card.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Objective(Base):
    """Why the organisation maps: acquisition, satisfaction, retention, loyalty, employee ease, custom."""

    __tablename__ = "objective"
    __table_args__ = (UniqueConstraint("position"), CheckConstraint("position >= 0", name="position"))

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ObjectiveKind] = mapped_column(_enum(ObjectiveKind, "kind"), default=ObjectiveKind.SATISFACTION)
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Persona(Base):
    """A fictional but concrete typical customer."""

    __tablename__ = "persona"
    __table_args__ = (
        UniqueConstraint("position"),
        CheckConstraint("position >= 0", name="position"),
        _range_check("digital_ease", 1, 5),
        _colour_check("colour"),
        CheckConstraint("photo IS NULL OR length(photo) <= 4194304", name="photo_size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    #: Image bytes (PNG or JPEG), downscaled on import by the caller.
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    photo_type: Mapped[str] = mapped_column(String(32), default="")
    role: Mapped[str] = mapped_column(Text, default="")
    segment: Mapped[str] = mapped_column(Text, default="")
    age_band: Mapped[str] = mapped_column(Text, default="")
    quote: Mapped[str] = mapped_column(Text, default="")
    biography: Mapped[str] = mapped_column(Text, default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    frustrations: Mapped[str] = mapped_column(Text, default="")
    hobbies: Mapped[str] = mapped_column(Text, default="")
    service_preference: Mapped[ServicePreference | None] = mapped_column(
        _enum(ServicePreference, "service_preference"), default=None)
    #: 1 (avoids digital) .. 5 (digital native).
    digital_ease: Mapped[int | None] = mapped_column(Integer, default=None)
    colour: Mapped[str | None] = mapped_column(String(7), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    channels: Mapped[list[Channel]] = relationship(secondary=persona_channel, order_by="Channel.position")


class Department(Base):
    """A department, team or supplier behind the touchpoints."""

    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("position"), CheckConstraint("position >= 0", name="position"),
                      _colour_check("colour"))

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    colour: Mapped[str | None] = mapped_column(String(7), default=None)
    side: Mapped[StageSide] = mapped_column(_enum(StageSide, "side"), default=StageSide.FRONT)
    origin: Mapped[Origin] = mapped_column(_enum(Origin, "origin"), default=Origin.INTERNAL)
    description: Mapped[str] = mapped_column(Text, default="")


class Channel(Base):
    """A channel of the project's catalogue (seeded, user-extendable)."""

    __tablename__ = "channel"
    __table_args__ = (UniqueConstraint("position"), UniqueConstraint("key"),
                      CheckConstraint("position >= 0", name="position"), _colour_check("colour"))

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    #: Stable identifier (``phone``, ``email``...) used by icons and interchange; unique.
    key: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    icon: Mapped[str] = mapped_column(String(64), default="generic")
    nature: Mapped[Interaction] = mapped_column(_enum(Interaction, "nature"), default=Interaction.DIGITAL)
    builtin: Mapped[bool] = mapped_column(default=False)
    #: None: the channel has no colour of its own.
    colour: Mapped[str | None] = mapped_column(String(7), default=None)


# --------------------------------------------------------------------------- journeys


class Journey(Base):
    """One map: stages (columns) by lanes (rows), holding cards."""

    __tablename__ = "journey"
    __table_args__ = (
        UniqueConstraint("position"),
        CheckConstraint("position >= 0", name="position"),
        _range_check("target_score", SCORE_MIN, SCORE_MAX),
        _range_check("drop_threshold", 0, SCORE_MAX - SCORE_MIN),
        CheckConstraint("derived_from_id IS NULL OR derived_from_id <> id", name="not_self_derived"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Priority rank among the project's journeys (0 = first to map).
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    customer_goal: Mapped[str] = mapped_column(Text, default="")
    expectations: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[JourneyState] = mapped_column(_enum(JourneyState, "state"), default=JourneyState.AS_IS)
    derived_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("journey.id", ondelete="SET NULL"), default=None)
    target_score: Mapped[float | None] = mapped_column(default=None)
    #: A drop between consecutive touchpoints larger than this is a moment of truth (None: default).
    drop_threshold: Mapped[float | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    modified_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    personas: Mapped[list[Persona]] = relationship(secondary=journey_persona, order_by="Persona.position")
    objectives: Mapped[list[Objective]] = relationship(secondary=journey_objective,
                                                       order_by="Objective.position")
    stages: Mapped[list[Stage]] = relationship(back_populates="journey", order_by="Stage.position",
                                               cascade="all, delete-orphan", passive_deletes=True)
    lanes: Mapped[list[Lane]] = relationship(back_populates="journey", order_by="Lane.position",
                                             cascade="all, delete-orphan", passive_deletes=True)
    derived_from: Mapped[Journey | None] = relationship(remote_side=[id])


class Stage(Base):
    """An ordered column of a journey."""

    __tablename__ = "stage"
    __table_args__ = (UniqueConstraint("journey_id", "position"),
                      CheckConstraint("position >= 0", name="position"), _colour_check("colour"))

    id: Mapped[int] = mapped_column(primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    #: Expected duration of the stage, in the user's words ("2 weeks").
    duration: Mapped[str] = mapped_column(Text, default="")
    #: Waiting time within or after the stage, in the user's words.
    waiting_time: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str | None] = mapped_column(String(7), default=None)

    journey: Mapped[Journey] = relationship(back_populates="stages")


class Lane(Base):
    """An ordered row of a journey, of one :class:`LaneKind`."""

    __tablename__ = "lane"
    __table_args__ = (UniqueConstraint("journey_id", "position"),
                      CheckConstraint("position >= 0", name="position"), _colour_check("colour"))

    id: Mapped[int] = mapped_column(primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[LaneKind] = mapped_column(_enum(LaneKind, "kind"))
    name: Mapped[str] = mapped_column(Text, default="")
    #: None: the kind's default colour.
    colour: Mapped[str | None] = mapped_column(String(7), default=None)
    #: For department lanes: the department the lane shows.
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), default=None)
    collapsed: Mapped[bool] = mapped_column(default=False)

    journey: Mapped[Journey] = relationship(back_populates="lanes")
    department: Mapped[Department | None] = relationship()


class Card(Base):
    """A sticky on the grid, in one cell (lane x stage), ordered within its cell.

    Fields beyond title/body/colour/tags/note are typed by the lane's kind:
    touchpoint fields (channel, department, score, emotion, interaction,
    duration, first/last, moment of truth) and irritant fields (severity,
    share affected, evidence, evidence status). They stay stored when a card
    moves to a lane of another kind, so moving it back loses nothing.
    """

    __tablename__ = "card"
    __table_args__ = (
        UniqueConstraint("lane_id", "stage_id", "position"),
        CheckConstraint("position >= 0", name="position"),
        _range_check("score", SCORE_MIN, SCORE_MAX),
        _range_check("severity", 1, 5),
        _range_check("affected_share", 0, 100),
        _colour_check("colour"),
        CheckConstraint("tags IS NULL OR json_valid(tags)", name="tags_json"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lane_id: Mapped[int] = mapped_column(ForeignKey("lane.id", ondelete="CASCADE"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    colour: Mapped[str | None] = mapped_column(String(7), default=None)
    tags: Mapped[list[str]] = mapped_column(JSONList, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    # touchpoint
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id", ondelete="SET NULL"), default=None)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), default=None)
    #: Satisfaction score in the project's scale; None = not scored (a gap in the curve, not a zero).
    score: Mapped[float | None] = mapped_column(default=None)
    emotion: Mapped[Emotion | None] = mapped_column(_enum(Emotion, "emotion"), default=None)
    interaction: Mapped[Interaction | None] = mapped_column(_enum(Interaction, "interaction"), default=None)
    duration: Mapped[str] = mapped_column(Text, default="")
    is_first: Mapped[bool] = mapped_column(default=False)
    is_last: Mapped[bool] = mapped_column(default=False)
    #: None: decided by the curve; True: pinned as a moment of truth; False: never one.
    moment_of_truth: Mapped[bool | None] = mapped_column(default=None)
    # irritant
    severity: Mapped[int | None] = mapped_column(Integer, default=None)
    #: Share of customers affected, in percent.
    affected_share: Mapped[float | None] = mapped_column(default=None)
    evidence: Mapped[EvidenceSource | None] = mapped_column(_enum(EvidenceSource, "evidence"), default=None)
    evidence_status: Mapped[EvidenceStatus | None] = mapped_column(
        _enum(EvidenceStatus, "evidence_status"), default=None)

    lane: Mapped[Lane] = relationship()
    stage: Mapped[Stage] = relationship()
    channel: Mapped[Channel | None] = relationship()
    department: Mapped[Department | None] = relationship()


class Link(Base):
    """A directed link between two cards of the same journey."""

    __tablename__ = "link"
    __table_args__ = (UniqueConstraint("source_id", "target_id"),
                      CheckConstraint("source_id <> target_id", name="not_self"))

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LinkKind] = mapped_column(_enum(LinkKind, "kind"), default=LinkKind.RELATES)
    label: Mapped[str] = mapped_column(Text, default="")


class CardPersona(Base):
    """A card that applies to one persona, with that persona's own score (several personas on one map).

    A card without any row applies to every persona; a touchpoint's score for
    a persona is this row's ``score`` (None: not scored for that persona).
    """

    __tablename__ = "card_persona"
    __table_args__ = (UniqueConstraint("card_id", "persona_id"), _range_check("score", SCORE_MIN, SCORE_MAX))

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    persona_id: Mapped[int] = mapped_column(ForeignKey("persona.id", ondelete="CASCADE"), index=True)
    score: Mapped[float | None] = mapped_column(default=None)


class CardImage(Base):
    """An image attached to a card as evidence (a photo of the post-its, a screenshot, a mock-up)."""

    __tablename__ = "card_image"
    __table_args__ = (
        UniqueConstraint("card_id", "position"),
        CheckConstraint("position >= 0", name="position"),
        CheckConstraint("length(image) <= 4194304", name="image_size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    #: Image bytes (PNG or JPEG), checked and downscaled on import by the caller.
    image: Mapped[bytes] = mapped_column(LargeBinary)
    image_type: Mapped[str] = mapped_column(String(32), default="")
    caption: Mapped[str] = mapped_column(Text, default="")


# --------------------------------------------------------------------------- improvement


class Action(Base):
    """An improvement action (chantier), prioritised by impact and effort."""

    __tablename__ = "action"
    __table_args__ = (
        UniqueConstraint("position"),
        CheckConstraint("position >= 0", name="position"),
        _range_check("impact", 1, 5),
        _range_check("effort", 1, 5),
        _range_check("risk", 1, 5),
        _range_check("affected_share", 0, 100),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    journey_id: Mapped[int | None] = mapped_column(ForeignKey("journey.id", ondelete="SET NULL"), default=None)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), default=None)
    impact: Mapped[int] = mapped_column(Integer, default=3)
    effort: Mapped[int] = mapped_column(Integer, default=3)
    #: Share of customers the action helps, in percent.
    affected_share: Mapped[float | None] = mapped_column(default=None)
    #: 1 (no risk) .. 5 (high risk).
    risk: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus, "status"), default=ActionStatus.IDEA)
    horizon: Mapped[Horizon | None] = mapped_column(_enum(Horizon, "horizon"), default=None)
    due_date: Mapped[dt.date | None] = mapped_column(default=None)
    notes: Mapped[str] = mapped_column(Text, default="")

    cards: Mapped[list[Card]] = relationship(secondary=action_card, order_by="Card.id")
    department: Mapped[Department | None] = relationship()


class KPI(Base):
    """An indicator that tells whether the actions work."""

    __tablename__ = "kpi"
    __table_args__ = (UniqueConstraint("position"), CheckConstraint("position >= 0", name="position"))

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text, default="")
    direction: Mapped[Direction] = mapped_column(_enum(Direction, "direction"), default=Direction.HIGHER)
    baseline: Mapped[float | None] = mapped_column(default=None)
    target: Mapped[float | None] = mapped_column(default=None)
    actual: Mapped[float | None] = mapped_column(default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    journey_id: Mapped[int | None] = mapped_column(ForeignKey("journey.id", ondelete="SET NULL"), default=None)
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="SET NULL"), default=None)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"), default=None,
                                                index=True)


class MeasurementPoint(Base):
    """Where in a journey satisfaction is measured, on which channel, how and when."""

    __tablename__ = "measurement_point"
    __table_args__ = (UniqueConstraint("journey_id", "position"),
                      CheckConstraint("position >= 0", name="position"))

    id: Mapped[int] = mapped_column(primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="SET NULL"), default=None)
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="SET NULL"), default=None,
                                                index=True)
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id", ondelete="SET NULL"), default=None)
    method: Mapped[MeasureMethod] = mapped_column(_enum(MeasureMethod, "method"), default=MeasureMethod.SURVEY)
    #: When the measure is taken, in the user's words ("after signing").
    timing: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class LibraryLink(Base):
    """Where a project came from in a team library, and at which revision (one row, or none).

    Written when the project is pulled from or published to a library
    (:mod:`app.library`); the next publish builds on that revision. The URL
    never holds a password.
    """

    __tablename__ = "library_link"
    __table_args__ = (CheckConstraint("id = 1", name="singleton"),
                      CheckConstraint("revision >= 1", name="revision"))

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    url: Mapped[str] = mapped_column(Text)
    project_key: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)
    linked_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


# --------------------------------------------------------------------------- workshop: votes and comments


class VoteRound(Base):
    """A dot-vote round held in a workshop on one journey: each participant places up to ``dots`` dots."""

    __tablename__ = "vote_round"
    __table_args__ = (CheckConstraint("dots BETWEEN 1 AND 99", name="dots"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    #: Dots each participant may place.
    dots: Mapped[int] = mapped_column(Integer, default=3)
    #: When the round was held.
    held_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class VoteParticipant(Base):
    """Someone who votes in a round (a name, or a number such as "3" for anonymous rooms)."""

    __tablename__ = "vote_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("vote_round.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text, default="")


class Vote(Base):
    """One dot placed by a participant on a card (a participant may stack several dots on one card)."""

    __tablename__ = "vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("vote_round.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("vote_participant.id", ondelete="CASCADE"), index=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), index=True)


class Comment(Base):
    """A remark left on a card, a stage or the journey itself; answers point at the comment they answer."""

    __tablename__ = "comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journey.id", ondelete="CASCADE"), index=True)
    #: The stage commented on (None: the journey, or a card).
    stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id", ondelete="CASCADE"), default=None,
                                                 index=True)
    #: The card commented on (None: the journey or a stage).
    card_id: Mapped[int | None] = mapped_column(ForeignKey("card.id", ondelete="CASCADE"), default=None,
                                                index=True)
    #: The comment this one answers (None: a new thread).
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id", ondelete="CASCADE"), default=None,
                                                  index=True)
    author: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    resolved: Mapped[bool] = mapped_column(default=False)


#: For each ordered class, the columns whose values share one ``position`` sequence.
ORDER_SCOPES: dict[type[Base], tuple[str, ...]] = {
    Objective: (),
    Persona: (),
    Department: (),
    Channel: (),
    Journey: (),
    Stage: ("journey_id",),
    Lane: ("journey_id",),
    Card: ("lane_id", "stage_id"),
    Action: (),
    KPI: (),
    MeasurementPoint: ("journey_id",),
    CardImage: ("card_id",),
}

#: The association tables, in the order rows are restored.
ASSOCIATIONS = (journey_objective, journey_persona, persona_channel, action_card)

# --------------------------------------------------------------------------- triggers

# A card's update checks its journeys only when its lane or stage changes: a delete renumbers thousands of
# cards (only their position), and the check of each cost a third of writing them.
_SAME_JOURNEY = """
CREATE TRIGGER IF NOT EXISTS card_{when}_same_journey BEFORE {when}{columns} ON card
WHEN (SELECT journey_id FROM lane WHERE id = NEW.lane_id)
     IS NOT (SELECT journey_id FROM stage WHERE id = NEW.stage_id)
BEGIN SELECT RAISE(ABORT, 'card lane and stage belong to different journeys'); END
"""

_LINK_SAME_JOURNEY = """
CREATE TRIGGER IF NOT EXISTS link_{when}_same_journey BEFORE {when} ON link
WHEN (SELECT l.journey_id FROM card c JOIN lane l ON l.id = c.lane_id WHERE c.id = NEW.source_id)
     IS NOT (SELECT l.journey_id FROM card c JOIN lane l ON l.id = c.lane_id WHERE c.id = NEW.target_id)
BEGIN SELECT RAISE(ABORT, 'linked cards belong to different journeys'); END
"""

TRIGGERS = tuple(template.format(when=when, columns=" OF lane_id, stage_id" if when == "UPDATE" else "")
                 for template in (_SAME_JOURNEY, _LINK_SAME_JOURNEY) for when in ("INSERT", "UPDATE"))

#: Triggers of ours as older schema versions made them (version 4 and before: the card check fired on every
#: update). Still ours in an older file, whose migration replaces them (app/model/migrations.py).
FORMER_TRIGGERS = (_SAME_JOURNEY.format(when="UPDATE", columns=""),)

for _ddl in TRIGGERS:
    event.listen(Base.metadata, "after_create", DDL(_ddl))  # type: ignore[no-untyped-call]  # DDL() is untyped


# --------------------------------------------------------------------------- text cleaning


def _install_text_cleaning() -> None:
    """Clean every text attribute on assignment (see :func:`app.model.text.clean_text`)."""
    for mapper in Base.registry.mappers:
        for prop in mapper.column_attrs:
            column = prop.columns[0]
            if isinstance(column.type, (Text, String)) and not isinstance(column.type, Enum):
                attribute = getattr(mapper.class_, prop.key)
                event.listen(attribute, "set", _clean_on_set, retval=True)


def _clean_on_set(target: Any, value: Any, oldvalue: Any, initiator: Any) -> Any:
    return clean_text(value) if isinstance(value, str) else value


Base.registry.configure()
_install_text_cleaning()
