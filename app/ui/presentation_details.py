"""What presentation mode shows over the map: the enlarged card, the banner, the laser pointer; the notes' content."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.enums import LaneKind
from app.model.schema import KPI, Action, Card, Lane, action_card
from app.ui import theme as fonts
from app.ui.inspector_fields import label
from app.ui.method_labels import number_text
from app.ui.presentation_theme import ProjectorTheme

translate = QCoreApplication.translate


@dataclass
class CardDetails:
    """A card's text and what hangs off it, as lines to show."""

    title: str
    body: str
    facts: list[str] = field(default_factory=list)
    irritants: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    kpis: list[str] = field(default_factory=list)


def card_details(session: Session, card_id: int) -> CardDetails | None:
    """Everything the room may want to read about a card (None when it is gone)."""
    card = session.get(Card, card_id)
    if card is None:
        return None
    details = CardDetails(card.title, card.body)
    if card.score is not None:
        details.facts.append(translate("Presentation", "Score: %1").replace("%1", number_text(card.score)))
    if card.severity is not None:
        details.facts.append(translate("Presentation", "Severity: %1 / 5").replace("%1", str(card.severity)))
    if card.affected_share is not None:
        details.facts.append(translate("Presentation", "Customers affected: %1 %").replace(
            "%1", number_text(card.affected_share)))
    if card.evidence is not None:
        details.facts.append(translate("Presentation", "Evidence: %1").replace("%1", label(card.evidence)))
    if card.department is not None:
        details.facts.append(translate("Presentation", "Department: %1").replace("%1", card.department.name))
    if card.channel is not None:
        details.facts.append(translate("Presentation", "Channel: %1").replace("%1", card.channel.name))
    # The irritants of the same stage (what hurts at this moment).
    if card.lane.kind is not LaneKind.IRRITANTS:
        details.irritants = list(session.scalars(
            select(Card.title).join(Lane, Lane.id == Card.lane_id)
            .where(Card.stage_id == card.stage_id, Lane.kind == LaneKind.IRRITANTS).order_by(Card.position)))
    details.actions = list(session.scalars(
        select(Action.title).join(action_card, action_card.c.action_id == Action.id)
        .where(action_card.c.card_id == card_id).order_by(Action.position)))
    details.kpis = list(session.scalars(select(KPI.name).where(KPI.card_id == card_id).order_by(KPI.position)))
    return details


def stage_notes(session: Session, stage_id: int) -> dict[str, list[str]]:
    """The presenter's notes for a stage: its cards by lane, its irritants, the actions on them."""
    rows = session.execute(select(Card.id, Card.title, Lane.name, Lane.kind).join(Lane, Lane.id == Card.lane_id)
                           .where(Card.stage_id == stage_id).order_by(Lane.position, Card.position)).all()
    cards = [f"{lane}: {title}" for _id, title, lane, _kind in rows if title]
    irritants = [title for _id, title, _lane, kind in rows if kind is LaneKind.IRRITANTS]
    ids = [card_id for card_id, *_ in rows]
    actions = list(dict.fromkeys(session.scalars(
        select(Action.title).join(action_card, action_card.c.action_id == Action.id)
        .where(action_card.c.card_id.in_(ids)).order_by(Action.position)))) if ids else []
    return {"cards": cards, "irritants": irritants, "actions": actions}


def paint_card_details(painter: QPainter, theme: ProjectorTheme, area: QRectF, details: CardDetails,
                       scale: float) -> None:
    """The enlarged card: a white panel in the middle of ``area``, as tall as the card and its details need."""
    colour = fonts.colour
    width = min(area.width() * 0.7, 1100.0 * scale)
    margin_x, margin_y = 32 * scale, 28 * scale
    most = area.height() * 0.85
    probe = QRectF(0.0, 0.0, width - 2 * margin_x, most - 2 * margin_y)
    height = min(most, _draw_details(painter, theme, probe, details, scale, draw=False) + 2 * margin_y)
    panel = QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)
    shade = QColor(colour(theme.dim))
    shade.setAlpha(200)
    painter.fillRect(area, shade)
    painter.setPen(QPen(colour(theme.card_border), 2.0))
    painter.setBrush(colour("#FFFFFF"))
    painter.drawRoundedRect(panel, 14.0, 14.0)
    _draw_details(painter, theme, panel.adjusted(margin_x, margin_y, -margin_x, -margin_y), details, scale, draw=True)


def _draw_details(painter: QPainter, theme: ProjectorTheme, inner: QRectF, details: CardDetails, scale: float, *,
                  draw: bool) -> float:
    """Lay out (and with ``draw``, paint) the details in ``inner``; returns the height they take."""
    colour = fonts.colour
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    blocks: list[tuple[str, str, float, bool, str]] = [(details.title, theme.card_text, 40.0, True, "")]
    if details.body:
        blocks.append((details.body, theme.card_muted_text, 26.0, False, ""))
    if details.facts:
        blocks.append((" · ".join(details.facts), theme.card_muted_text, 26.0, False, ""))
    for heading, lines, tint in ((translate("Presentation", "Pain points at this stage"), details.irritants,
                                  theme.accents[LaneKind.IRRITANTS]),
                                 (translate("Presentation", "Actions"), details.actions, theme.card_text),
                                 (translate("Presentation", "KPIs"), details.kpis, theme.card_text)):
        if lines:
            blocks.append((heading, tint, 26.0, True, "gap"))
            blocks.append(("\n".join("• " + line for line in lines), theme.card_muted_text, 26.0, False, ""))
    y = inner.top()
    for text, tint, size, bold, gap in blocks:
        if gap:
            y += 8 * scale
        if y >= inner.bottom():
            break
        painter.setFont(fonts.pixel_font(size * scale, bold))
        box = QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
        used = painter.boundingRect(box, flags, text)
        if draw:
            painter.setPen(colour(tint))
            painter.drawText(box, flags, text)
        y = min(inner.bottom(), used.bottom()) + 8 * scale
    return y - inner.top()


def paint_banner(painter: QPainter, theme: ProjectorTheme, size: QSizeF, text: str, scale: float) -> None:
    """A line of text in a white box at the bottom left (the stage reached, a typed number, a message)."""
    painter.setFont(fonts.pixel_font(24.0 * scale, True))
    metrics = painter.fontMetrics()
    width = min(size.width() - 40.0, metrics.horizontalAdvance(text) + 40.0 * scale)
    rect = QRectF(20.0, size.height() - 20.0 - 50.0 * scale, width, 50.0 * scale)
    painter.setPen(QPen(fonts.colour(theme.card_border), 1.0))
    painter.setBrush(fonts.colour(theme.banner_fill))
    painter.drawRoundedRect(rect, 10.0, 10.0)
    painter.setPen(fonts.colour(theme.banner_text))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                     metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width() - 30 * scale)))


def paint_spotlight(painter: QPainter, theme: ProjectorTheme, pos: QPointF, scale: float) -> None:
    """The laser pointer: a red dot with a glow."""
    glow = QColor(fonts.colour(theme.spotlight))
    glow.setAlpha(70)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(pos, 26.0 * scale, 26.0 * scale)
    painter.setBrush(fonts.colour(theme.spotlight))
    painter.drawEllipse(pos, 9.0 * scale, 9.0 * scale)
