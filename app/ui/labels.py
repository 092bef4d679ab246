"""Translated names of the model's enumerations, for menus, the palette and the inspector."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.model.enums import LaneKind


def lane_kind(kind: LaneKind) -> str:
    """The user's name for a kind of lane ("Pain points", "Points de contact"...)."""
    names = {
        LaneKind.STEPS: QCoreApplication.translate("labels", "Customer steps"),
        LaneKind.TOUCHPOINTS: QCoreApplication.translate("labels", "Touchpoints"),
        LaneKind.EMOTIONS: QCoreApplication.translate("labels", "Emotion curve"),
        LaneKind.EXPECTATIONS: QCoreApplication.translate("labels", "Expectations"),
        LaneKind.IRRITANTS: QCoreApplication.translate("labels", "Pain points"),
        LaneKind.ENCHANTMENTS: QCoreApplication.translate("labels", "Delights"),
        LaneKind.FRONT_STAGE: QCoreApplication.translate("labels", "Front stage"),
        LaneKind.BACK_STAGE: QCoreApplication.translate("labels", "Back stage"),
        LaneKind.SUPPORT_SYSTEMS: QCoreApplication.translate("labels", "Support systems"),
        LaneKind.OPPORTUNITIES: QCoreApplication.translate("labels", "Opportunities"),
        LaneKind.KPIS: QCoreApplication.translate("labels", "Indicators"),
        LaneKind.DATA: QCoreApplication.translate("labels", "Data"),
        LaneKind.EMPLOYEE: QCoreApplication.translate("labels", "Employee experience"),
        LaneKind.EXTERNALITIES: QCoreApplication.translate("labels", "Externalities"),
        LaneKind.NOTES: QCoreApplication.translate("labels", "Notes"),
    }
    return names[kind]


def card_noun(kind: LaneKind) -> str:
    """What one card of a lane of ``kind`` is called ("Pain point", "Touchpoint"...)."""
    names = {
        LaneKind.STEPS: QCoreApplication.translate("labels", "Step"),
        LaneKind.TOUCHPOINTS: QCoreApplication.translate("labels", "Touchpoint"),
        LaneKind.EMOTIONS: QCoreApplication.translate("labels", "Emotion"),
        LaneKind.EXPECTATIONS: QCoreApplication.translate("labels", "Expectation"),
        LaneKind.IRRITANTS: QCoreApplication.translate("labels", "Pain point"),
        LaneKind.ENCHANTMENTS: QCoreApplication.translate("labels", "Delight"),
        LaneKind.FRONT_STAGE: QCoreApplication.translate("labels", "Front-stage action"),
        LaneKind.BACK_STAGE: QCoreApplication.translate("labels", "Back-stage action"),
        LaneKind.SUPPORT_SYSTEMS: QCoreApplication.translate("labels", "Support system"),
        LaneKind.OPPORTUNITIES: QCoreApplication.translate("labels", "Opportunity"),
        LaneKind.KPIS: QCoreApplication.translate("labels", "Indicator"),
        LaneKind.DATA: QCoreApplication.translate("labels", "Data"),
        LaneKind.EMPLOYEE: QCoreApplication.translate("labels", "Employee note"),
        LaneKind.EXTERNALITIES: QCoreApplication.translate("labels", "Externality"),
        LaneKind.NOTES: QCoreApplication.translate("labels", "Note"),
    }
    return names[kind]


#: Lane kinds that hold cards (the emotions lane holds the curve), in palette order.
CARD_KINDS: tuple[LaneKind, ...] = tuple(kind for kind in LaneKind if kind is not LaneKind.EMOTIONS)
