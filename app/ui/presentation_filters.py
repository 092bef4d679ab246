"""Filters for the room: one department's cards, one persona's, or only the pain points; the rest dimmed.

D cycles through the departments, P through the personas, I shows only the
pain points, C clears every filter. A card belongs to a department when it
names it or sits in that department's lane. A card applies to every persona
unless it names some, as on the map's persona filter
(:func:`app.model.persona_curves.cards_not_for`), or its tags name some
personas but not this one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from sqlalchemy import select

from app.model.enums import LaneKind
from app.model.persona_curves import cards_not_for
from app.model.schema import Department, Persona
from app.ui.presentation_host import ShownJourney

translate = QCoreApplication.translate


class RoomFilter:
    """Which cards stay bright in presentation mode."""

    def __init__(self, view: ShownJourney) -> None:
        self.view = view
        self.department: tuple[int, str] | None = None
        self.persona: tuple[int, str] | None = None
        self.irritants_only = False

    def active(self) -> bool:
        """Whether any filter is on."""
        return self.department is not None or self.persona is not None or self.irritants_only

    def state(self) -> tuple[tuple[int, str] | None, tuple[int, str] | None, bool]:
        """The filters as plain values (drawn columns are made again when this changes)."""
        return (self.department, self.persona, self.irritants_only)

    def clear(self) -> None:
        """No filter: every card bright."""
        self.department = self.persona = None
        self.irritants_only = False

    def handle_key(self, event: QKeyEvent) -> bool:
        """D, P, I and C; True when the key was one of them."""
        session = self.view.document.session
        key = event.key()
        if key == Qt.Key.Key_D:
            rows = session.execute(select(Department.id, Department.name).order_by(Department.position)).all()
            self.department = _next(rows, self.department)
        elif key == Qt.Key.Key_P:
            rows = session.execute(select(Persona.id, Persona.name).order_by(Persona.position)).all()
            self.persona = _next(rows, self.persona)
        elif key == Qt.Key.Key_I:
            self.irritants_only = not self.irritants_only
        elif key == Qt.Key.Key_C:
            self.clear()
        else:
            return False
        return True

    def describe(self) -> str:
        """The filters in words, for the banner."""
        parts = []
        if self.department is not None:
            parts.append(translate("Presentation", "Only %1").replace("%1", self.department[1]))
        if self.persona is not None:
            parts.append(translate("Presentation", "Persona: %1").replace("%1", self.persona[1]))
        if self.irritants_only:
            parts.append(translate("Presentation", "Only pain points"))
        return ", ".join(parts) or translate("Presentation", "Every card")

    def keep(self) -> Callable[[int], bool] | None:
        """A test of whether a card stays bright (None: no filter)."""
        data = self.view.data
        if not self.active() or data is None:
            return None
        lanes = {lane.id: lane for lane in data.lanes}
        department = self.department[0] if self.department else None
        persona = self.persona[1].casefold() if self.persona else None
        elsewhere = cards_not_for(self.view.document.session, list(data.cards), self.persona[0]) \
            if self.persona and self.view.document is not None else frozenset()
        names = {name.casefold() for (name,) in self.view.document.session.execute(select(Persona.name))} \
            if self.persona and self.view.document is not None else set()
        irritants = self.irritants_only

        def keep(card_id: int) -> bool:
            card = data.cards.get(card_id)
            if card is None:
                return False
            lane = lanes.get(card.lane_id)
            if irritants and (lane is None or lane.kind is not LaneKind.IRRITANTS):
                return False
            if department is not None and card.department_id != department and (
                    lane is None or lane.department_id != department):
                return False
            if persona is not None:
                tagged = {tag.casefold() for tag in card.tags} & names
                if card_id in elsewhere or (tagged and persona not in tagged):
                    return False
            return True

        return keep


def _next(rows: Sequence[tuple[int, str]], current: tuple[int, str] | None) -> tuple[int, str] | None:
    """The row after ``current`` in ``rows``, then None (no filter), then the first again."""
    items = [(row[0], row[1]) for row in rows]
    if not items:
        return None
    if current is None or current not in items:
        return items[0] if current is None else None
    index = items.index(current) + 1
    return items[index] if index < len(items) else None
