"""Closed vocabularies of the domain.

Each enum's *value* is what the project file stores (CHECK constraints keep
other values out) and what JSON and spreadsheets carry. Labels shown to users
live in the UI layer, which translates them.
"""

from __future__ import annotations

import enum


class Language(enum.StrEnum):
    """Language of a project's content (and of its sample text)."""

    FR = "fr"
    EN = "en"


class Scale(enum.StrEnum):
    """Satisfaction scale presets. Practitioners speak of "a score of 7": 0..10 is the default."""

    ZERO_TEN = "0..10"
    ONE_FIVE = "1..5"
    MINUS_TWO_TWO = "-2..2"
    MINUS_FIVE_FIVE = "-5..5"

    @property
    def low(self) -> float:
        """Lowest score of the scale."""
        return float(self.value.split("..")[0])

    @property
    def high(self) -> float:
        """Highest score of the scale."""
        return float(self.value.split("..")[1])

    @property
    def neutral(self) -> float:
        """The middle of the scale: neither satisfied nor dissatisfied."""
        return (self.low + self.high) / 2.0

    def rescale(self, score: float, to: Scale) -> float:
        """Map ``score`` from this scale onto ``to`` linearly, rounded to 2 decimals."""
        ratio = (score - self.low) / (self.high - self.low)
        return round(to.low + ratio * (to.high - to.low), 2)


#: The widest range any scale covers; the database CHECKs scores against it.
SCORE_MIN = -5.0
SCORE_MAX = 10.0


class ObjectiveKind(enum.StrEnum):
    """Why the organisation maps journeys at all."""

    ACQUISITION = "acquisition"
    SATISFACTION = "satisfaction"
    RETENTION = "retention"
    LOYALTY = "loyalty"
    EMPLOYEE_EASE = "employee_ease"
    CUSTOM = "custom"


class ServicePreference(enum.StrEnum):
    """Whether a persona prefers to help themselves or to have it done for them."""

    SELF_SERVICE = "self_service"
    DONE_FOR_ME = "done_for_me"
    EITHER = "either"


class StageSide(enum.StrEnum):
    """Where a department stands relative to the line of visibility."""

    FRONT = "front"
    BACK = "back"


class Origin(enum.StrEnum):
    """Whether an actor belongs to the organisation, is a supplier or a partner."""

    INTERNAL = "internal"
    SUPPLIER = "supplier"
    PARTNER = "partner"


class Interaction(enum.StrEnum):
    """Nature of a channel or a touchpoint."""

    DIGITAL = "digital"
    HUMAN = "human"


class JourneyState(enum.StrEnum):
    """The journey as it is lived today, or as it should become."""

    AS_IS = "as_is"
    TO_BE = "to_be"


class LaneKind(enum.StrEnum):
    """What a row of the map holds."""

    STEPS = "steps"
    TOUCHPOINTS = "touchpoints"
    EMOTIONS = "emotions"
    EXPECTATIONS = "expectations"
    IRRITANTS = "irritants"
    ENCHANTMENTS = "enchantments"
    FRONT_STAGE = "front_stage"
    BACK_STAGE = "back_stage"
    SUPPORT_SYSTEMS = "support_systems"
    OPPORTUNITIES = "opportunities"
    KPIS = "kpis"
    DATA = "data"
    EMPLOYEE = "employee"
    EXTERNALITIES = "externalities"
    NOTES = "notes"


class Emotion(enum.StrEnum):
    """How the customer felt at a touchpoint."""

    JOY = "joy"
    TRUST = "trust"
    SURPRISE = "surprise"
    RELIEF = "relief"
    NEUTRAL = "neutral"
    ANXIETY = "anxiety"
    CONFUSION = "confusion"
    FRUSTRATION = "frustration"
    ANGER = "anger"
    SADNESS = "sadness"


class EvidenceSource(enum.StrEnum):
    """Where the knowledge behind an irritant comes from."""

    INTERVIEW = "interview"
    OBSERVATION = "observation"
    SURVEY = "survey"
    ANALYTICS = "analytics"
    CUSTOMER_SERVICE = "customer_service"
    SOCIAL_MEDIA = "social_media"


class EvidenceStatus(enum.StrEnum):
    """Whether an irritant was seen in research or only assumed."""

    OBSERVED = "observed"
    ASSUMED = "assumed"


class LinkKind(enum.StrEnum):
    """What a link between two cards means."""

    FLOW = "flow"
    SUPPORTS = "supports"
    CAUSES = "causes"
    ANSWERS = "answers"
    RELATES = "relates"


class ActionStatus(enum.StrEnum):
    """Progress of an improvement action."""

    IDEA = "idea"
    PLANNED = "planned"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"


class Horizon(enum.StrEnum):
    """When an action is expected to deliver."""

    QUICK_WIN = "quick_win"
    MONTHS_3 = "months_3"
    MONTHS_12 = "months_12"
    LATER = "later"


class Direction(enum.StrEnum):
    """Which way a KPI should move."""

    HIGHER = "higher"
    LOWER = "lower"


class MeasureMethod(enum.StrEnum):
    """How satisfaction is measured at a measurement point."""

    SURVEY = "survey"
    NPS = "nps"
    CSAT = "csat"
    CES = "ces"
    MYSTERY_VISIT = "mystery_visit"
    CUSTOMER_LISTENING = "customer_listening"
    CUSTOMER_COMMITTEE = "customer_committee"


#: Lane kinds that hold departments; the line of visibility runs between them.
DEPARTMENT_LANES = frozenset({LaneKind.FRONT_STAGE, LaneKind.BACK_STAGE})
