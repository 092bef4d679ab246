"""The main window's journeys: the switcher in the toolbar and the Journey menu.

:class:`JourneyVerbs` is mixed into :class:`~app.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from sqlalchemy import select

from app.model import ops
from app.model.enums import JourneyState
from app.model.errors import ParcoursError
from app.model.ops import Op
from app.model.schema import Journey
from app.ui.commands import GenericCommand, abandon_macro, push


class JourneyVerbs:
    """Show, create, derive and delete journeys, for a main window."""

    def _first_journey(self) -> int | None:
        if self.document is None:
            return None
        return self.document.session.scalars(select(Journey.id).order_by(Journey.position)).first()

    def _journey_to_fall_back_on(self) -> int | None:
        """The journey shown last that still exists, else the first one (the shown one went away)."""
        existing = {self.journey_combo.itemData(index) for index in range(self.journey_combo.count())}
        return next((seen for seen in reversed(self._journeys_seen) if seen in existing), self._first_journey())

    def _fill_journey_combo(self) -> None:
        combo = self.journey_combo
        combo.blockSignals(True)
        combo.clear()
        if self.document is not None:
            for journey_id, title, state in self.document.session.execute(
                    select(Journey.id, Journey.title, Journey.state).order_by(Journey.position)):
                label = self.tr("to be") if state is JourneyState.TO_BE else self.tr("as is")
                combo.addItem(f"{title} ({label})", journey_id)
            combo.setCurrentIndex(max(0, combo.findData(self.journey_id)))
        combo.blockSignals(False)

    def _on_document_journeys_changed(self) -> None:
        self._fill_journey_combo()
        if self.journey_combo.findData(self.journey_id) < 0:  # the shown journey is gone (deleted, undone)
            self.show_journey(self._journey_to_fall_back_on())

    def _on_journey_combo_activated(self, index: int) -> None:
        self.show_journey(self.journey_combo.itemData(index))

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

    def _on_scene_journey_lost(self) -> None:
        # The scene says so while it reloads, inside the document's signal: show another one afterwards.
        QTimer.singleShot(0, self, self._show_a_journey_that_exists)

    def _show_a_journey_that_exists(self) -> None:
        if self.document is not None and (self.scene is None or self.scene.journey_id is None):
            self._fill_journey_combo()
            self.show_journey(self._journey_to_fall_back_on())
