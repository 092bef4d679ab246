"""The main window's journeys: the switcher in the toolbar and the Journey menu.

:class:`JourneysController` is made once by the main window, which hands it
the journey switcher (a combo box in the toolbar) and itself as its
:class:`JourneyHost`: the open document, the journey shown, and how to
show another one or an error.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from app.model import ops
from app.model.enums import JourneyState
from app.model.errors import ParcoursError
from app.model.ops import Op
from app.model.schema import Journey
from app.ui.commands import GenericCommand, abandon_macro, push
from app.ui.document import ProjectDocument
from app.ui.hosts import MapShown

#: How many journeys shown lately are remembered (to fall back on when one goes away).
_REMEMBERED = 20


class JourneyHost(MapShown, Protocol):
    """What the journeys controller uses of its window."""

    def show_journey(self, journey_id: int | None) -> None:
        """Show ``journey_id`` on the map (and everywhere else)."""

    def show_error(self, error: ParcoursError) -> None:
        """Explain a refused action in one sentence."""


class JourneysController(QObject):
    """Show, create, derive and delete journeys, for a main window."""

    def __init__(self, host: JourneyHost, combo: QComboBox, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.combo = combo
        #: Journeys shown lately, the current one last: where to go back when it goes away.
        self._seen: list[int] = []
        combo.activated.connect(self._on_journey_combo_activated)

    @property
    def document(self) -> ProjectDocument | None:
        """The window's document."""
        return self._host.document

    @property
    def journey_id(self) -> int | None:
        """The journey on the window's map."""
        return self._host.journey_id

    def show_journey(self, journey_id: int | None) -> None:
        """Ask the window to show ``journey_id``."""
        self._host.show_journey(journey_id)

    def show_error(self, error: ParcoursError) -> None:
        """Ask the window to explain ``error``."""
        self._host.show_error(error)

    def shown(self, journey_id: int | None) -> None:
        """The window shows ``journey_id`` now: remember it and select it in the switcher."""
        if journey_id is not None:
            self._seen = [*[seen for seen in self._seen if seen != journey_id], journey_id][-_REMEMBERED:]
        index = self.combo.findData(journey_id)
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def forget(self) -> None:
        """The document went away: no journey to list or go back to."""
        self._seen = []
        self.combo.clear()

    def first_journey(self) -> int | None:
        """The project's first journey (None without a document or a journey)."""
        return self._first_journey()

    def _first_journey(self) -> int | None:
        if self.document is None:
            return None
        return self.document.session.scalars(select(Journey.id).order_by(Journey.position)).first()

    def _journey_to_fall_back_on(self) -> int | None:
        """The journey shown last that still exists, else the first one (the shown one went away)."""
        existing = {self.combo.itemData(index) for index in range(self.combo.count())}
        return next((seen for seen in reversed(self._seen) if seen in existing), self._first_journey())

    def fill_combo(self) -> None:
        """List the project's journeys in the switcher, the shown one selected."""
        combo = self.combo
        combo.blockSignals(True)
        combo.clear()
        if self.document is not None:
            for journey_id, title, state in self.document.session.execute(
                    select(Journey.id, Journey.title, Journey.state).order_by(Journey.position)):
                combo.addItem(self._entry(title, state), journey_id)
            combo.setCurrentIndex(max(0, combo.findData(self.journey_id)))
        combo.blockSignals(False)

    def show_painted(self, journey_id: int, title: str, state: JourneyState) -> None:
        """The journey a map painted before its document shows, alone in the switcher until the document lists all."""
        combo = self.combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self._entry(title, state), journey_id)
        combo.blockSignals(False)

    def _entry(self, title: str, state: JourneyState) -> str:
        label = self.tr("to be") if state is JourneyState.TO_BE else self.tr("as is")
        return f"{title} ({label})"

    def on_journeys_changed(self) -> None:
        """The document's journeys changed: list them again; show another when the shown one is gone."""
        self.fill_combo()
        if self.combo.findData(self.journey_id) < 0:  # the shown journey is gone (deleted, undone)
            self.show_journey(self._journey_to_fall_back_on())

    def _on_journey_combo_activated(self, index: int) -> None:
        self.show_journey(self.combo.itemData(index))

    def new_journey(self) -> None:
        """A new as-is journey with the default lanes and three stages, shown at once."""
        if self.document is None:
            return
        stack = self.document.undo_stack
        stack.beginMacro(self.tr("New journey"))
        try:
            journey_id = push(self.document, GenericCommand(self.document, Op(
                ops.add_journey, {"title": self.tr("New journey"), "with_default_lanes": True}),
                self.tr("New journey")))
            for number in range(1, 4):
                push(self.document, GenericCommand(self.document, Op(
                    ops.add_stage, {"journey_id": journey_id, "name": self.tr("Stage %1").replace("%1", str(number))}),
                    self.tr("Add stage")))
        except ParcoursError as error:
            stack.endMacro()
            abandon_macro(stack)
            self.show_error(error)
            return
        stack.endMacro()
        self.show_journey(journey_id)

    def derive_journey(self) -> None:
        """A to-be copy of the current journey, shown at once."""
        if self.document is None or self.journey_id is None:
            return
        try:
            journey_id = push(self.document, GenericCommand(
                self.document, Op(ops.derive_journey, {"journey_id": self.journey_id}), self.tr("Derive journey")))
        except ParcoursError as error:
            self.show_error(error)
            return
        self.show_journey(journey_id)

    def delete_journey(self) -> None:
        """Delete the current journey (undo brings it back)."""
        if self.document is None or self.journey_id is None:
            return
        try:
            push(self.document, GenericCommand(self.document, Op(ops.delete_journey, {"journey_id": self.journey_id}),
                                               self.tr("Delete journey")))
        except ParcoursError as error:
            self.show_error(error)

    def on_journey_lost(self) -> None:
        """The scene lost its journey (deleted, or its creation undone): show another one."""
        # The scene says so while it reloads, inside the document's signal: show another one afterwards.
        QTimer.singleShot(0, self, self._show_a_journey_that_exists)

    def _show_a_journey_that_exists(self) -> None:
        scene = self._host.scene
        if self.document is not None and (scene is None or scene.journey_id is None):
            self.fill_combo()
            self.show_journey(self._journey_to_fall_back_on())
