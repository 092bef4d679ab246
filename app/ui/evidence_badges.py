"""What a card shows beyond its text: evidence badges, a thumbnail of its images, dimming by persona.

:class:`CardExtras` belongs to one scene (``scene.card_extras``); the
canvas's card item calls :meth:`CardExtras.paint` from its ``paint`` (a
small hook in :mod:`app.ui.canvas.items`). The extras hold plain values
(thumbnails by card id, the dimmed card ids) set by
:class:`~app.ui.window_workspace.WorkspaceController` from the model; the
badges come from the card's own :class:`~app.model.journey_data.CardData`:
observed or assumed, source, share of customers, severity, waiting time,
first / last touchpoint, digital or human.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPixmap

from app.model.enums import EvidenceSource, EvidenceStatus, Interaction
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.journey_snapshot import CardData
from app.ui import theme
from app.ui.canvas import palette as canvas_palette
from app.ui.method_labels import number_text

#: Short names of the evidence sources, for badges.
_SOURCES = {
    EvidenceSource.INTERVIEW: QT_TRANSLATE_NOOP("badges", "interviews"),
    EvidenceSource.OBSERVATION: QT_TRANSLATE_NOOP("badges", "observation"),
    EvidenceSource.SURVEY: QT_TRANSLATE_NOOP("badges", "survey"),
    EvidenceSource.ANALYTICS: QT_TRANSLATE_NOOP("badges", "analytics"),
    EvidenceSource.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("badges", "customer service"),
    EvidenceSource.SOCIAL_MEDIA: QT_TRANSLATE_NOOP("badges", "social media"),
}
_OBSERVED, _ASSUMED = "#2E7D32", "#B26A00"
_BADGE_FILL, _BADGE_TEXT = "#FFFFFF", "#37474F"
#: Badges straddle the card's bottom edge: inside, over the padding only (never over text); outside, in the gap.
BADGE_HEIGHT = 10.0
BADGE_INSIDE = 6.0
THUMB_SIZE = (34.0, 26.0)


# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


def badges(data: CardData) -> list[tuple[str, str]]:
    """(text, colour) of each badge the card's evidence earns, in reading order."""
    result: list[tuple[str, str]] = []
    if data.evidence_status == EvidenceStatus.OBSERVED:
        result.append((translate("badges", "observed"), _OBSERVED))
    elif data.evidence_status == EvidenceStatus.ASSUMED:
        result.append((translate("badges", "assumed?"), _ASSUMED))
    if data.evidence is not None:
        result.append((translate("badges", _SOURCES[EvidenceSource(data.evidence)]), _BADGE_TEXT))
    if data.affected_share is not None:
        result.append((f"{number_text(data.affected_share)} %", _BADGE_TEXT))
    if data.severity is not None:
        result.append((translate("badges", "severity %1").replace("%1", str(data.severity)), _BADGE_TEXT))
    if data.duration:
        result.append((f"⏱ {data.duration}", _BADGE_TEXT))
    if data.is_first:
        result.append((translate("badges", "first"), _BADGE_TEXT))
    if data.is_last:
        result.append((translate("badges", "last"), _BADGE_TEXT))
    if data.interaction == Interaction.DIGITAL:
        result.append((translate("badges", "digital"), _BADGE_TEXT))
    elif data.interaction == Interaction.HUMAN:
        result.append((translate("badges", "human"), _BADGE_TEXT))
    return result


class CardExtras:
    """Thumbnails, image counts and dimmed cards of one scene, painted over its cards."""

    def __init__(self) -> None:
        #: Card id -> (thumbnail of its first image, number of images).
        self.thumbnails: dict[int, tuple[QPixmap, int]] = {}
        #: Cards that do not apply to the persona chosen in the filter.
        self.dimmed: frozenset[int] = frozenset()

    def paint(self, painter: QPainter, card_id: int, data: CardData | None, rect: QRectF) -> None:
        """Draw the badges and thumbnail of a card in ``rect`` (item coordinates), then the veil if dimmed."""
        if data is not None:
            self._paint_badges(painter, data, rect)
        thumb = self.thumbnails.get(card_id)
        if thumb is not None:
            self._paint_thumbnail(painter, *thumb, rect)
        if card_id in self.dimmed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour(canvas_palette.current().veil))
            painter.drawRoundedRect(rect, 4.0, 4.0)

    def _paint_badges(self, painter: QPainter, data: CardData, rect: QRectF) -> None:
        found = badges(data)
        if not found:
            return
        font = theme.pixel_font(8.0, True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        x, y = rect.left() + 8.0, rect.bottom() - BADGE_INSIDE
        right = rect.right() - (THUMB_SIZE[0] + 6.0 if data.id in self.thumbnails else 4.0)
        for text, colour in found:
            width = metrics.horizontalAdvance(text) + 6.0
            if x + width > right:
                break
            pill = QRectF(x, y, width, BADGE_HEIGHT)
            painter.setPen(QColor(colour))
            painter.setBrush(QColor(_BADGE_FILL))
            painter.drawRoundedRect(pill, 5.0, 5.0)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 2.0

    def _paint_thumbnail(self, painter: QPainter, pixmap: QPixmap, count: int, rect: QRectF) -> None:
        width, height = THUMB_SIZE
        box = QRectF(rect.right() - width - 4.0, rect.bottom() - height - 4.0, width, height)
        if not pixmap.isNull():
            scaled = pixmap.scaled(int(width), int(height), Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            target = QRectF(box.right() - scaled.width(), box.bottom() - scaled.height(), scaled.width(),
                            scaled.height())
            painter.drawPixmap(target.toRect(), scaled)
            painter.setPen(QColor("#9AA3AD"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)
        if count > 1:
            painter.setFont(theme.pixel_font(9.0, True))
            painter.setPen(QColor("#FFFFFF"))
            painter.setBrush(QColor("#37474F"))
            tag = QRectF(box.right() - 16.0, box.top() - 2.0, 16.0, 12.0)
            painter.drawRoundedRect(tag, 5.0, 5.0)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, f"{count}")
