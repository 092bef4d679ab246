"""Translated names of the action plan's vocabularies: statuses, horizons, KPI directions, methods."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from app import i18n
from app.model import dates, numbers
from app.model.enums import ActionStatus, Direction, Horizon, MeasureMethod

#: Colours of the horizons (road map columns, matrix dots).
HORIZON_COLOURS = {Horizon.QUICK_WIN: "#2E9E50", Horizon.MONTHS_3: "#2F80C0", Horizon.MONTHS_12: "#8E5BB5",
                   Horizon.LATER: "#7A8591", None: "#B0B7BF"}


def status_name(status: ActionStatus) -> str:
    """The user's name of an action status."""
    return {
        ActionStatus.IDEA: QCoreApplication.translate("method", "Idea"),
        ActionStatus.PLANNED: QCoreApplication.translate("method", "Planned"),
        ActionStatus.DOING: QCoreApplication.translate("method", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("method", "Done"),
        ActionStatus.DROPPED: QCoreApplication.translate("method", "Dropped"),
    }[ActionStatus(status)]


def horizon_name(horizon: Horizon | None) -> str:
    """The user's name of a horizon (None: not scheduled)."""
    if horizon is None:
        return QCoreApplication.translate("method", "Not scheduled")
    return {
        Horizon.QUICK_WIN: QCoreApplication.translate("method", "Quick win"),
        Horizon.MONTHS_3: QCoreApplication.translate("method", "< 3 months"),
        Horizon.MONTHS_12: QCoreApplication.translate("method", "< 12 months"),
        Horizon.LATER: QCoreApplication.translate("method", "Later"),
    }[Horizon(horizon)]


def direction_name(direction: Direction) -> str:
    """The user's name of a KPI direction."""
    return {Direction.HIGHER: QCoreApplication.translate("method", "Higher is better"),
            Direction.LOWER: QCoreApplication.translate("method", "Lower is better")}[Direction(direction)]


def method_name(method: MeasureMethod) -> str:
    """The user's name of a measuring method."""
    return {
        MeasureMethod.SURVEY: QCoreApplication.translate("method", "Survey"),
        MeasureMethod.NPS: QCoreApplication.translate("method", "NPS"),
        MeasureMethod.CSAT: QCoreApplication.translate("method", "CSAT"),
        MeasureMethod.CES: QCoreApplication.translate("method", "CES"),
        MeasureMethod.MYSTERY_VISIT: QCoreApplication.translate("method", "Mystery visit"),
        MeasureMethod.CUSTOMER_LISTENING: QCoreApplication.translate("method", "Customer listening"),
        MeasureMethod.CUSTOMER_COMMITTEE: QCoreApplication.translate("method", "Customer committee"),
    }[MeasureMethod(method)]


def number_text(value: float | None, unknown: str = "") -> str:
    """A number as the interface's language writes it ("12", "12,5" in French), or ``unknown``."""
    return numbers.number_text(value, i18n.current_language(), unknown)


def date_text(value: dt.date | None) -> str:
    """A date as the interface's language writes it (15/01/2027 in French, 2027-01-15 in English); "" for None."""
    return dates.date_text(value, i18n.current_language()) if value is not None else ""


def typed_date(text: str) -> dt.date | str | None:
    """The date typed in ``text`` (15/01/2027 in French, ISO in any language); None when empty; else the text itself.

    The text is handed on as it is so that the model refuses it with its own sentence.
    """
    if not text.strip():
        return None
    try:
        return dates.read_date(text, i18n.current_language())
    except ValueError:
        return text.strip()
