"""What presentation mode says about a card or a stage: the enlarged card and the presenter's notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.enums import LaneKind
from app.model.schema import KPI, Action, Card, Lane, action_card
from app.ui import theme as fonts
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
        details.facts.append(translate("Presentation", "Score: %1").replace("%1", f"{card.score:g}"))
    if card.severity is not None:
        details.facts.append(translate("Presentation", "Severity: %1 / 5").replace("%1", str(card.severity)))
    if card.affected_share is not None:
        details.facts.append(translate("Presentation", "Customers affected: %1 %").replace(
            "%1", f"{card.affected_share:g}"))
    if card.evidence is not None:
        details.facts.append(translate("Presentation", "Evidence: %1").replace("%1", card.evidence.value))
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
    """The enlarged card: a big white panel in the middle of ``area`` with the card and its details."""
    colour = fonts.colour
    width = min(area.width() * 0.7, 1100.0 * scale)
    height = min(area.height() * 0.8, 760.0 * scale)
    panel = QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)
    shade = QColor(colour(theme.dim))
    shade.setAlpha(200)
    painter.fillRect(area, shade)
    painter.setPen(QPen(colour(theme.card_border), 2.0))
    painter.setBrush(colour("#FFFFFF"))
    painter.drawRoundedRect(panel, 14.0, 14.0)
    inner = panel.adjusted(32 * scale, 28 * scale, -32 * scale, -28 * scale)
    painter.setPen(colour(theme.card_text))
    painter.setFont(fonts.pixel_font(40.0 * scale, True))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    used = painter.boundingRect(inner, flags, details.title)
    painter.drawText(inner, flags, details.title)
    y = used.bottom() + 14 * scale
    blocks: list[tuple[str, list[str]]] = []
    if details.body:
        blocks.append(("", [details.body]))
    if details.facts:
        blocks.append(("", [" · ".join(details.facts)]))
    for heading, lines in ((translate("Presentation", "Pain points at this stage"), details.irritants),
                           (translate("Presentation", "Actions"), details.actions),
                           (translate("Presentation", "KPIs"), details.kpis)):
        if lines:
            blocks.append((heading, lines))
    for heading, lines in blocks:
        if y >= inner.bottom():
            break
        if heading:
            painter.setFont(fonts.pixel_font(26.0 * scale, True))
            painter.setPen(colour(theme.accents[LaneKind.IRRITANTS] if lines is details.irritants
                                  else theme.card_text))
            box = QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
            used = painter.boundingRect(box, flags, heading)
            painter.drawText(box, flags, heading)
            y = used.bottom() + 4 * scale
        painter.setFont(fonts.pixel_font(26.0 * scale))
        painter.setPen(colour(theme.card_muted_text))
        text = "\n".join(("• " + line) if heading else line for line in lines)
        box = QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
        used = painter.boundingRect(box, flags, text)
        painter.drawText(box, flags, text)
        y = used.bottom() + 14 * scale
