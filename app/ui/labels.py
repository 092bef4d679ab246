"""Translated names of the model's enumerations, for menus, the palette and the inspector."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.model.enums import LaneKind


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def lane_kind(kind: LaneKind) -> str:
    """The user's name for a kind of lane ("Pain points", "Points de contact"...)."""
    names = {
        LaneKind.STEPS: _t("Customer steps"),
        LaneKind.TOUCHPOINTS: _t("Touchpoints"),
        LaneKind.EMOTIONS: _t("Emotion curve"),
        LaneKind.EXPECTATIONS: _t("Expectations"),
        LaneKind.IRRITANTS: _t("Pain points"),
        LaneKind.ENCHANTMENTS: _t("Delights"),
        LaneKind.FRONT_STAGE: _t("Front stage"),
        LaneKind.BACK_STAGE: _t("Back stage"),
        LaneKind.SUPPORT_SYSTEMS: _t("Support systems"),
        LaneKind.OPPORTUNITIES: _t("Opportunities"),
        LaneKind.KPIS: _t("Indicators"),
        LaneKind.DATA: _t("Data"),
        LaneKind.EMPLOYEE: _t("Employee experience"),
        LaneKind.EXTERNALITIES: _t("Externalities"),
        LaneKind.NOTES: _t("Notes"),
    }
    return names[kind]


def card_noun(kind: LaneKind) -> str:
    """What one card of a lane of ``kind`` is called ("Pain point", "Touchpoint"...)."""
    names = {
        LaneKind.STEPS: _t("Step"),
        LaneKind.TOUCHPOINTS: _t("Touchpoint"),
        LaneKind.EMOTIONS: _t("Emotion"),
        LaneKind.EXPECTATIONS: _t("Expectation"),
        LaneKind.IRRITANTS: _t("Pain point"),
        LaneKind.ENCHANTMENTS: _t("Delight"),
        LaneKind.FRONT_STAGE: _t("Front-stage action"),
        LaneKind.BACK_STAGE: _t("Back-stage action"),
        LaneKind.SUPPORT_SYSTEMS: _t("Support system"),
        LaneKind.OPPORTUNITIES: _t("Opportunity"),
        LaneKind.KPIS: _t("Indicator"),
        LaneKind.DATA: _t("Data"),
        LaneKind.EMPLOYEE: _t("Employee note"),
        LaneKind.EXTERNALITIES: _t("Externality"),
        LaneKind.NOTES: _t("Note"),
    }
    return names[kind]


#: Lane kinds that hold cards (the emotions lane holds the curve), in palette order.
CARD_KINDS: tuple[LaneKind, ...] = tuple(kind for kind in LaneKind if kind is not LaneKind.EMOTIONS)
