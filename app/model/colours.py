"""Colours of the map, shared by the canvas and the poster (hex strings, no Qt).

Chosen for a projector in a lit meeting room: light lane tints that keep dark
text readable, saturated accents for irritants (red) and enchantments
(green), and an emotion scale from warm (bad) to cool/green (good) that also
differs in lightness, so it survives a black-and-white print.
"""

from __future__ import annotations

from app.model.enums import Emotion, LaneKind

#: Background tint of each lane kind (header and cells).
LANE_TINTS: dict[LaneKind, str] = {
    LaneKind.STEPS: "#EEF2F7",
    LaneKind.TOUCHPOINTS: "#E6F0FA",
    LaneKind.EMOTIONS: "#FBF7EE",
    LaneKind.EXPECTATIONS: "#F1EEF8",
    LaneKind.IRRITANTS: "#FCEBEA",
    LaneKind.ENCHANTMENTS: "#E9F6EC",
    LaneKind.FRONT_STAGE: "#FFF4E0",
    LaneKind.BACK_STAGE: "#F3EFE9",
    LaneKind.SUPPORT_SYSTEMS: "#EDEFF1",
    LaneKind.OPPORTUNITIES: "#E8F6F6",
    LaneKind.KPIS: "#EEF1FB",
    LaneKind.DATA: "#F0F3EC",
    LaneKind.EMPLOYEE: "#F8EEF4",
    LaneKind.EXTERNALITIES: "#EDF5EA",
    LaneKind.NOTES: "#F5F5F5",
}

#: Default fill of a card in a lane of each kind (a card's own colour wins).
CARD_FILLS: dict[LaneKind, str] = {
    LaneKind.STEPS: "#FFFFFF",
    LaneKind.TOUCHPOINTS: "#FFFFFF",
    LaneKind.EMOTIONS: "#FFFFFF",
    LaneKind.EXPECTATIONS: "#FFFFFF",
    LaneKind.IRRITANTS: "#FFE1DE",
    LaneKind.ENCHANTMENTS: "#D9F2DF",
    LaneKind.FRONT_STAGE: "#FFFFFF",
    LaneKind.BACK_STAGE: "#FFFFFF",
    LaneKind.SUPPORT_SYSTEMS: "#FFFFFF",
    LaneKind.OPPORTUNITIES: "#FFF6C7",
    LaneKind.KPIS: "#FFFFFF",
    LaneKind.DATA: "#FFFFFF",
    LaneKind.EMPLOYEE: "#FFFFFF",
    LaneKind.EXTERNALITIES: "#FFFFFF",
    LaneKind.NOTES: "#FFFBE6",
}

#: Accent (left stripe of a card, lane header marker) of each lane kind.
LANE_ACCENTS: dict[LaneKind, str] = {
    LaneKind.STEPS: "#4A6FA5",
    LaneKind.TOUCHPOINTS: "#2F80C0",
    LaneKind.EMOTIONS: "#C08A2F",
    LaneKind.EXPECTATIONS: "#7A5EB0",
    LaneKind.IRRITANTS: "#D0392F",
    LaneKind.ENCHANTMENTS: "#2E9E50",
    LaneKind.FRONT_STAGE: "#E08A1E",
    LaneKind.BACK_STAGE: "#8A7357",
    LaneKind.SUPPORT_SYSTEMS: "#6B7680",
    LaneKind.OPPORTUNITIES: "#C2A100",
    LaneKind.KPIS: "#4159B0",
    LaneKind.DATA: "#5F7D3A",
    LaneKind.EMPLOYEE: "#B0507F",
    LaneKind.EXTERNALITIES: "#3D8B5A",
    LaneKind.NOTES: "#8C8C8C",
}

#: Colour of each emotion (points of the curve, emotion chips on cards).
EMOTION_COLOURS: dict[Emotion, str] = {
    Emotion.JOY: "#1E9E4A",
    Emotion.TRUST: "#2C8C7A",
    Emotion.SURPRISE: "#3F7FD0",
    Emotion.RELIEF: "#6BAA3A",
    Emotion.NEUTRAL: "#8A8F96",
    Emotion.ANXIETY: "#D89A1C",
    Emotion.CONFUSION: "#C77A2A",
    Emotion.FRUSTRATION: "#D9562B",
    Emotion.ANGER: "#C42B2B",
    Emotion.SADNESS: "#6A5AA8",
}

TEXT = "#1F2328"
MUTED_TEXT = "#5B636B"
GRID_LINE = "#C9CED4"
HEADER_FILL = "#FFFFFF"
STAGE_HEADER_FILL = "#2F3E4E"
STAGE_HEADER_TEXT = "#FFFFFF"
VISIBILITY_LINE = "#8A5A2B"
CURVE_LINE = "#34495E"
TARGET_LINE = "#2E9E50"
NEUTRAL_LINE = "#9AA0A6"
SELECTION = "#1A73E8"
FIND_HIGHLIGHT = "#FFD54A"
MOMENT_OF_TRUTH = "#E8A200"


def score_colour(score: float, low: float, high: float) -> str:
    """Badge colour of a score on a scale: red (low) through amber to green (high)."""
    if high <= low:
        return EMOTION_COLOURS[Emotion.NEUTRAL]
    ratio = min(1.0, max(0.0, (score - low) / (high - low)))
    if ratio < 0.35:
        return "#C42B2B"
    if ratio < 0.5:
        return "#D9822B"
    if ratio < 0.65:
        return "#B59A1E"
    return "#1E9E4A"
