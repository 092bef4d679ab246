"""Cards on the clipboard: a JSON payload for Parcours, plain text lines for everything else.

Copy puts both on the clipboard: ``application/x-parcours-cards`` (every
field of the cards, their cell offsets and the links between them) and
``text/plain`` (one title per line). Paste prefers the JSON, so cards keep
everything across journeys and across windows; plain text from another
program becomes one card per non-empty line.
"""

from __future__ import annotations

import enum
import json
from typing import Any

from PySide6.QtCore import QMimeData

from app.model.journey_snapshot import CardData, JourneyData

MIME_CARDS = "application/x-parcours-cards"
#: The payload's format version; a newer one is refused rather than half understood.
PAYLOAD_VERSION = 1
#: Fields copied with a card (everything but its id and place).
COPIED_FIELDS = ("title", "body", "colour", "tags", "channel_id", "department_id", "score", "emotion",
                 "interaction", "is_first", "is_last", "moment_of_truth", "severity", "affected_share",
                 "evidence", "evidence_status", "note", "duration")
#: At most this many cards come from pasted plain text (a stray paste of a whole document).
MAX_TEXT_CARDS = 500


def card_fields(card: CardData) -> dict[str, Any]:
    """The fields of ``card`` that a copy carries, as plain JSON-able values."""
    fields: dict[str, Any] = {}
    for name in COPIED_FIELDS:
        value = getattr(card, name)
        if isinstance(value, enum.Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        fields[name] = value
    return fields


def cards_mime(data: JourneyData, card_ids: list[int], project_id: str = "") -> QMimeData:
    """Clipboard data for these cards of ``data`` (in the order given)."""
    lane_index = {lane.id: index for index, lane in enumerate(data.lanes)}
    stage_index = {stage.id: index for index, stage in enumerate(data.stages)}
    lane_kind = {lane.id: lane.kind.value for lane in data.lanes}
    cards = [data.cards[card_id] for card_id in card_ids if card_id in data.cards]
    top = min((lane_index[c.lane_id] for c in cards), default=0)
    left = min((stage_index[c.stage_id] for c in cards), default=0)
    chosen = {card.id for card in cards}
    payload = {
        "format": "parcours-cards", "version": PAYLOAD_VERSION, "project": project_id,
        "cards": [{"ref": card.id, "lane_offset": lane_index[card.lane_id] - top,
                   "stage_offset": stage_index[card.stage_id] - left, "lane_kind": lane_kind[card.lane_id],
                   "fields": card_fields(card)} for card in cards],
        "links": [{"source": link.source_id, "target": link.target_id, "kind": link.kind.value,
                   "label": link.label}
                  for link in data.links if link.source_id in chosen and link.target_id in chosen],
    }
    mime = QMimeData()
    mime.setData(MIME_CARDS, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(card.title for card in cards))
    return mime


def cards_mime_from_payload(payload: dict[str, Any], text: str) -> QMimeData:
    """Clipboard data from a payload (after the caller added what only it knows) and its plain text."""
    mime = QMimeData()
    mime.setData(MIME_CARDS, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText(text)
    return mime


def read_payload(mime: QMimeData | None) -> dict[str, Any] | None:
    """The cards payload of ``mime``, or None when it has none (or one this version cannot read)."""
    if mime is None or not mime.hasFormat(MIME_CARDS):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_CARDS).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if (not isinstance(payload, dict) or payload.get("format") != "parcours-cards"
            or payload.get("version") != PAYLOAD_VERSION or not isinstance(payload.get("cards"), list)):
        return None
    return payload


def text_lines(mime: QMimeData | None) -> list[str]:
    """Non-empty lines of the plain text of ``mime`` (bullets and surrounding spaces removed)."""
    if mime is None or not mime.hasText():
        return []
    lines = []
    for line in mime.text().splitlines():
        line = line.strip().lstrip("-*•·").strip()
        if line:
            lines.append(line)
    return lines[:MAX_TEXT_CARDS]


# ---------------------------------------------------------------- palette drags

MIME_PALETTE = "application/x-parcours-palette"


def palette_mime(*, lane_kind: str | None = None, channel_id: int | None = None, title: str = "") -> QMimeData:
    """Drag data of a palette entry: a kind of card, or a channel (a touchpoint on that channel)."""
    mime = QMimeData()
    payload = {"lane_kind": lane_kind, "channel_id": channel_id, "title": title}
    mime.setData(MIME_PALETTE, json.dumps(payload).encode("utf-8"))
    return mime


def read_palette(mime: QMimeData | None) -> dict[str, Any] | None:
    """The palette entry carried by ``mime`` ({"lane_kind", "channel_id", "title"}), or None."""
    if mime is None or not mime.hasFormat(MIME_PALETTE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_PALETTE).data()).decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(payload, dict) or (payload.get("lane_kind") is None and payload.get("channel_id") is None):
        return None
    return payload
