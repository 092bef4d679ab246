"""Vote dots and comment counts on the editor's cards.

:func:`install_badges` gives a scene a :class:`WorkshopBadges` (its
``workshop_badges``, a :class:`~app.ui.canvas.overlays.CardOverlay` the card
item paints) that keeps the dots of the journey's latest vote round and the
open comments per card. When votes or comments change, only the cards whose
counts changed are repainted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from app.model import comments as comment_queries
from app.model import votes as vote_queries
from app.model.journey_snapshot import CardData
from app.model.ops import Change
from app.ui import theme
from app.ui.canvas.overlays import attach
from app.ui.panels import touched_tables

if TYPE_CHECKING:
    from app.ui.canvas.scene import MapScene

#: Radius of a vote dot on the editor's cards (canvas pixels).
DOT_RADIUS = 4.0
#: Fill of the vote dots and of the open-comment count.
VOTE_COLOUR, COMMENT_COLOUR = "#C4251B", "#1F4FA0"
_TABLES = {"vote", "vote_round", "vote_participant", "comment", "card", "journey"}


class WorkshopBadges(QObject):
    """The counts drawn on a scene's cards: dots of the latest round and open comments."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.votes: dict[int, int] = {}
        self.comments: dict[int, int] = {}
        scene.document.changed.connect(self._on_document_changed)
        scene.layout_changed.connect(self._on_layout_changed)
        self._journey_id: int | None = None
        self.refresh()

    def refresh(self) -> None:
        """Read the counts again and repaint the cards whose counts changed."""
        session = self.scene.document.session
        journey_id = self.scene.journey_id
        self._journey_id = journey_id
        old = (self.votes, self.comments)
        if journey_id is None:
            self.votes, self.comments = {}, {}
        else:
            latest = vote_queries.latest_round(session, journey_id)
            self.votes = dict(latest.counts) if latest is not None else {}
            self.comments = {item_id: count for (kind, item_id), count in
                             comment_queries.open_counts(session, journey_id).items() if kind == "card"}
        for card_id in set(old[0]) | set(old[1]) | set(self.votes) | set(self.comments):
            if old[0].get(card_id) != self.votes.get(card_id) or old[1].get(card_id) != self.comments.get(card_id):
                item = self.scene.cards.get(card_id)
                if item is not None:
                    item.update()

    def _on_document_changed(self, change: Change) -> None:
        if touched_tables(change) & _TABLES:
            self.refresh()

    def _on_layout_changed(self) -> None:
        if self.scene.journey_id != self._journey_id:
            self.refresh()

    def paint(self, painter: QPainter, card_id: int, data: CardData | None, rect: QRectF) -> None:
        """Dots and a comment count astride the top edge of a card, clear of its text."""
        votes = self.votes.get(card_id, 0)
        comments = self.comments.get(card_id, 0)
        if not votes and not comments:
            return
        r = DOT_RADIUS
        # Astride the top edge: the card's padding keeps the title below, its bounds leave room above.
        x, y = rect.x() + 12.0 + r, rect.y() + 1.0
        painter.setPen(QPen(theme.colour("#FFFFFF"), 1.0))
        painter.setBrush(theme.colour(VOTE_COLOUR))
        for _ in range(min(votes, 5)):
            painter.drawEllipse(QPointF(x, y), r, r)
            x += 2 * r + 1.5
        painter.setFont(theme.pixel_font(9.0, True))
        if votes > 5:
            painter.setPen(theme.colour(VOTE_COLOUR))
            painter.drawText(QRectF(x - r, y - r - 1, 24.0, 2 * r + 2), Qt.AlignmentFlag.AlignVCenter, f"{votes}")
            x += 24.0
        if comments:
            badge = QRectF(x - r + 2.0, y - r - 1.0, 18.0, 2 * r + 2.0)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.colour(COMMENT_COLOUR))
            painter.drawRoundedRect(badge, 3.0, 3.0)
            painter.setPen(theme.colour("#FFFFFF"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(comments))


def install_badges(scene: MapScene) -> WorkshopBadges:
    """Draw vote dots and comment counts on ``scene``'s cards."""
    badges = WorkshopBadges(scene)
    attach(scene, "workshop_badges", badges)
    return badges
