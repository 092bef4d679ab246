"""What the room's helpers (filters, live edit, votes) may use of the presentation they serve.

:class:`~app.ui.presentation.PresentationView` builds a
:class:`~app.ui.presentation_filters.RoomFilter`, a
:class:`~app.ui.presentation_live.LiveEdits` and a
:class:`~app.ui.presentation_votes.VoteMode` and hands each itself. They
know it only through the protocols here, so none of them imports the view
(no import cycle) and a test can hand them a plain fake.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt

from app.model.journey_snapshot import JourneyData
from app.model.layout import MapLayout, Rect
from app.ui.document import ProjectDocument


class ShownJourney(Protocol):
    """A journey on the wall: its document, its data and layout as drawn (None while it has none)."""

    @property
    def document(self) -> ProjectDocument: ...

    @property
    def journey_id(self) -> int: ...

    @property
    def data(self) -> JourneyData | None: ...

    @property
    def map_layout(self) -> MapLayout | None: ...

    def show_message(self, text: str) -> None:
        """Tell the room (and the presenter) something, briefly."""


class VotingState(Protocol):
    """Whether a dot vote is on (live edit lets Ctrl+Z through while one is)."""

    @property
    def active(self) -> bool: ...


class LiveEditHost(ShownJourney, Protocol):
    """What live edit uses: where cards are on the screen, and the focus back after typing."""

    @property
    def zoom(self) -> float: ...

    @property
    def votes(self) -> VotingState: ...

    def card_at(self, pos: QPointF) -> int | None:
        """The card under a screen point."""

    def to_scene(self, pos: QPointF) -> QPointF:
        """A screen point on the map."""

    def to_screen(self, rect: Rect) -> QRectF:
        """A map rectangle on the screen."""

    def setFocus(self, reason: Qt.FocusReason) -> None:  # noqa: N802 - QWidget's name
        """Take the keyboard focus back (the title editor closed)."""


class VoteHost(ShownJourney, Protocol):
    """What vote mode uses: the stage in focus, the digits typed, a repaint, a round asked for."""

    @property
    def typed(self) -> str: ...

    def current_stage_id(self) -> int | None:
        """The stage in focus (None when the journey has none)."""

    def ensure_visible(self, card_id: int) -> None:
        """Scroll the lanes so that a card is on screen."""

    def update(self) -> None:
        """Paint again."""

    def request_vote_round(self) -> None:
        """V was pressed outside a round: ask the presenter for one."""
