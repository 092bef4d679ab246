"""The projector theme: colours and sizes of presentation mode, independent of the editing theme.

A projector in a lit meeting room washes colours out and the back row sits
far away, so presentation mode draws the map with its own theme: a dark room
around light cards, near-black text (every text/background pair at least
4.5:1, WCAG AA, checked by a test with :func:`contrast_ratio`), bigger type
(card titles at least 24 px on a 1080-pixel-high screen) and a thick emotion
curve. Nothing here is shared with the canvas's colours, so changing the
editing theme never makes the projection unreadable.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.model.enums import LaneKind
from app.model.layout import LayoutStyle

#: Card title size on a 1080-pixel-high screen, in screen pixels.
TITLE_PX_AT_1080 = 26.0
#: Smallest title size on any screen (a 720p projector still gets readable titles).
MIN_TITLE_PX = 18.0

#: The map's geometry in presentation mode (canvas pixels before the presentation zoom): big type, one
#: line of body text (the enlarged card shows the rest), so that more lanes fit on the wall.
PROJECTOR_STYLE = LayoutStyle(
    card_width=250.0, card_padding=10.0, card_gap=10.0, cell_padding=12.0, stage_header_height=70.0,
    lane_header_width=190.0, min_lane_height=70.0, emotion_lane_height=160.0, curve_margin=20.0,
    min_card_height=54.0, title_size=20.0, title_bold=True, body_size=16.0, header_size=22.0, text_gap=4.0,
    max_title_lines=3, max_body_lines=1, icon_size=22.0, badge_size=30.0)


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance of ``#RRGGBB``."""
    channels = [int(hex_colour[i:i + 2], 16) / 255.0 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _card_fills() -> dict[LaneKind, str]:
    fills = {kind: "#FFFFFF" for kind in LaneKind}
    fills.update({LaneKind.IRRITANTS: "#FFD6D1", LaneKind.ENCHANTMENTS: "#CDEFD6",
                  LaneKind.OPPORTUNITIES: "#FFF0A8", LaneKind.EXPECTATIONS: "#E6DEFA",
                  LaneKind.NOTES: "#FFF7CC"})
    return fills


def _accents() -> dict[LaneKind, str]:
    accents = {kind: "#2F6DB5" for kind in LaneKind}
    accents.update({LaneKind.IRRITANTS: "#C4251B", LaneKind.ENCHANTMENTS: "#1E7F3C",
                    LaneKind.OPPORTUNITIES: "#8C6D00", LaneKind.EXPECTATIONS: "#5B3FA0",
                    LaneKind.FRONT_STAGE: "#B35F00", LaneKind.BACK_STAGE: "#6E5A40"})
    return accents


@dataclass(frozen=True)
class ProjectorTheme:
    """Every colour presentation mode paints with (``#RRGGBB``)."""

    background: str = "#0E1216"
    lane_band: str = "#1A2027"
    lane_band_alt: str = "#141A20"
    lane_line: str = "#3A4450"
    lane_header_text: str = "#FFFFFF"
    stage_header_fill: str = "#26303B"
    stage_header_text: str = "#FFFFFF"
    current_stage_fill: str = "#FFFFFF"
    current_stage_text: str = "#0E1216"
    card_text: str = "#111111"
    card_muted_text: str = "#2E3338"
    card_border: str = "#000000"
    card_fills: dict[LaneKind, str] = field(default_factory=_card_fills)
    accents: dict[LaneKind, str] = field(default_factory=_accents)
    curve: str = "#FFC928"
    curve_width: float = 7.0
    neutral_line: str = "#7C8794"
    #: Drawn over what is not in focus (other stages, filtered-out cards), with :attr:`dim_alpha`.
    dim: str = "#0E1216"
    dim_alpha: int = 185
    vote_dot: str = "#C4251B"
    vote_text: str = "#FFFFFF"
    comment_badge: str = "#1F4FA0"
    comment_text: str = "#FFFFFF"
    banner_fill: str = "#FFFFFF"
    banner_text: str = "#0E1216"
    spotlight: str = "#FF2D2D"
    score_text: str = "#FFFFFF"
    #: Score badges: dark enough for white text (low to high).
    score_fills: tuple[str, str, str, str] = ("#B01E1E", "#A34A00", "#6F5F00", "#136B30")

    def score_fill(self, score: float, low: float, high: float) -> str:
        """The badge colour of a score (red when low, green when high)."""
        ratio = 0.5 if high <= low else min(1.0, max(0.0, (score - low) / (high - low)))
        index = 0 if ratio < 0.35 else 1 if ratio < 0.5 else 2 if ratio < 0.65 else 3
        return self.score_fills[index]

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """Every (what, text colour, background colour) the theme draws text with."""
        pairs = [("lane header", self.lane_header_text, self.lane_band),
                 ("lane header (alternate)", self.lane_header_text, self.lane_band_alt),
                 ("stage header", self.stage_header_text, self.stage_header_fill),
                 ("current stage header", self.current_stage_text, self.current_stage_fill),
                 ("vote count", self.vote_text, self.vote_dot),
                 ("comment count", self.comment_text, self.comment_badge),
                 ("banner", self.banner_text, self.banner_fill)]
        for kind, fill in self.card_fills.items():
            pairs.append((f"{kind.value} card title", self.card_text, fill))
            pairs.append((f"{kind.value} card body", self.card_muted_text, fill))
        pairs += [(f"score badge {index}", self.score_text, fill) for index, fill in enumerate(self.score_fills)]
        return pairs


def presentation_zoom(screen_height: int) -> float:
    """The zoom that gives card titles :data:`TITLE_PX_AT_1080` on a 1080 screen, proportionally elsewhere."""
    title = max(MIN_TITLE_PX, TITLE_PX_AT_1080 * screen_height / 1080.0)
    return title / PROJECTOR_STYLE.title_size
