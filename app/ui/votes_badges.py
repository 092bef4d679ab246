"""Vote dots and comment counts on the editor's cards, through the card item's workshop hook.

:func:`install_badges` gives a scene a :class:`WorkshopBadges` that keeps the
dots of the journey's latest vote round and the open comments per card, and
sets :data:`app.ui.canvas.items.card_badges` to :func:`paint_badges`, which
the card item calls at the end of its paint. When votes or comments change,
only the cards whose counts changed are repainted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from app.model import comments as comment_queries
from app.model import votes as vote_queries
from app.ui import theme
from app.ui.canvas import items

#: Radius of a vote dot on the editor's cards (canvas pixels).
DOT_RADIUS = 4.0
_VOTE = "#C4251B"
_COMMENT = "#1F4FA0"
_TABLES = {"vote", "vote_round", "vote_participant", "comment", "card", "journey"}


class WorkshopBadges(QObject):
    """The counts drawn on a scene's cards: dots of the latest round and open comments."""

    def __init__(self, scene) -> None:
        super().__init__(scene)
        self.scene = scene
        self.votes: dict[int, int] = {}
        self.comments: dict[int, int] = {}
        scene.document.changed.connect(self._on_document_changed)
        scene.layout_changed.connect(self._on_layout_changed)
        self._journey_id = None
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

    def _on_document_changed(self, change) -> None:
        tables = set(change.created) | set(change.updated) | set(change.deleted)
        if tables & _TABLES:
            self.refresh()

    def _on_layout_changed(self) -> None:
        if self.scene.journey_id != self._journey_id:
            self.refresh()


def install_badges(scene) -> WorkshopBadges:
    """Draw vote dots and comment counts on ``scene``'s cards."""
    badges = WorkshopBadges(scene)
    scene.workshop_badges = badges
    items.card_badges = paint_badges
    return badges


def paint_badges(painter: QPainter, item, rect: QRectF) -> None:
    """Dots and a comment count astride the top edge of a card, clear of its text (called by the card item)."""
    scene = item.scene()
    badges = getattr(scene, "workshop_badges", None) if scene is not None else None
    if badges is None:
        return
    votes = badges.votes.get(item.card_id, 0)
    comments = badges.comments.get(item.card_id, 0)
    if not votes and not comments:
        return
    r = DOT_RADIUS
    # Astride the top edge: the card's padding keeps the title below, its bounds leave room above.
    x, y = rect.x() + 12.0 + r, rect.y() + 1.0
    painter.setPen(QPen(theme.colour("#FFFFFF"), 1.0))
    painter.setBrush(theme.colour(_VOTE))
    for _ in range(min(votes, 5)):
        painter.drawEllipse(QPointF(x, y), r, r)
        x += 2 * r + 1.5
    painter.setFont(theme.pixel_font(9.0, True))
    if votes > 5:
        painter.setPen(theme.colour(_VOTE))
        painter.drawText(QRectF(x - r, y - r - 1, 24.0, 2 * r + 2), Qt.AlignmentFlag.AlignVCenter, f"{votes}")
        x += 24.0
    if comments:
        badge = QRectF(x - r + 2.0, y - r - 1.0, 18.0, 2 * r + 2.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.colour(_COMMENT))
        painter.drawRoundedRect(badge, 3.0, 3.0)
        painter.setPen(theme.colour("#FFFFFF"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(comments))
