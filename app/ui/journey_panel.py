"""The journey panel: the fields of the current journey and the personas it is for.

Like the inspector, the panel is a view of the model: each user edit is one
command (typing merges into one undo step), and the panel re-reads the
journey when the document says journeys or project-wide data changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops
from app.model.enums import JourneyState
from app.model.fields import project_scale
from app.model.ops import Op
from app.model.schema import Journey, Persona
from app.ui.commands import EditJourneyCommand, GenericCommand, OpCommand
from app.ui.document import ProjectDocument
from app.ui.inspector_fields import (
    ChoiceEditor,
    FieldForm,
    LineEditor,
    NumberEditor,
    TextEditor,
    enum_choices,
)
from app.ui.panels import RefusalLabel, scrolled


class JourneyPanel(QWidget):
    """Title, state, goal, expectations, scope, target, threshold, notes and personas of one journey."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ProjectDocument | None = None
        self._journey_id: int | None = None
        #: The model's sentence when it refused the last edit (hidden otherwise).
        self.error_label = RefusalLabel(self)
        self._empty = QLabel(self.tr("No journey is open."), self)
        self._form = FieldForm(self)
        form = self._form
        form.add(self.tr("Title"), LineEditor("title"))
        form.add(self.tr("State"), ChoiceEditor("state", enum_choices(JourneyState)))
        form.add(self.tr("Customer goal"), TextEditor("customer_goal", lines=3))
        form.add(self.tr("Expectations"), TextEditor("expectations", lines=3))
        form.add(self.tr("Scope"), TextEditor("scope", lines=3))
        form.add(self.tr("Target score"), NumberEditor("target_score", 0, 10, step=0.5, decimals=2,
                                                       none_text=self.tr("No target")))
        form.add(self.tr("Big drop above"), NumberEditor("drop_threshold", 0, 10, step=0.5, decimals=2,
                                                         none_text=self.tr("Default")))
        form.editors["drop_threshold"].widget.setToolTip(
            self.tr("A fall of the curve larger than this between two touchpoints is a moment of truth."))
        form.add(self.tr("Notes"), TextEditor("notes", lines=4))
        form.edited.connect(self._on_form_edited)
        self._derived_from = QLabel(self._form)
        self._derived_from.setWordWrap(True)
        form.layout_.addRow(self.tr("Derived from"), self._derived_from)
        self._personas = QListWidget(self._form)
        self._personas.setToolTip(self.tr("The personas this journey is mapped for."))
        self._personas.itemChanged.connect(self._on_personas_item_changed)
        form.layout_.addRow(self.tr("Personas"), self._personas)
        scroll = scrolled(self._form, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self._empty)
        layout.addWidget(scroll, 1)
        self._scroll = scroll
        self._refresh()

    # ------------------------------------------------------------------ public API

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow ``document`` (or none); the panel then shows no journey."""
        if self.document is not None:
            self.document.journeys_changed.disconnect(self._on_document_changed)
            self.document.project_changed.disconnect(self._on_document_changed)
        self.document = document
        if document is not None:
            document.journeys_changed.connect(self._on_document_changed)
            document.project_changed.connect(self._on_document_changed)
        self.show_journey(None)

    @property
    def journey_id(self) -> int | None:
        """The journey shown, or None."""
        return self._journey_id

    def show_journey(self, journey_id: int | None) -> None:
        """Show journey ``journey_id`` (nothing for None or a journey that does not exist)."""
        if journey_id != self._journey_id:
            self.error_label.hide()
        self._journey_id = journey_id
        self._refresh()

    def field_widget(self, name: str) -> QWidget | None:
        """The widget editing field ``name`` (``"personas"``: the persona list), for focus and tests."""
        if name == "personas":
            return self._personas
        editor = self._form.editors.get(name)
        return editor.widget if editor is not None else None

    # ------------------------------------------------------------------ reading the model

    def _journey(self) -> Journey | None:
        if self.document is None or self._journey_id is None:
            return None
        return self.document.session.get(Journey, self._journey_id)

    def _refresh(self) -> None:
        journey = self._journey()
        self._empty.setVisible(journey is None)
        self._scroll.setVisible(journey is not None)
        if journey is None or self.document is None:
            self._journey_id = None
            return
        session = self.document.session
        scale = project_scale(session)
        self._form.editor("target_score", NumberEditor).set_range(scale.low, scale.high)
        self._form.editor("drop_threshold", NumberEditor).set_range(0, scale.high - scale.low)
        self._form.show_values(journey)
        source = journey.derived_from
        self._derived_from.setText(source.title if source is not None else self.tr("Nothing (an original map)"))
        self._show_personas(journey, session)

    def _show_personas(self, journey: Journey, session: Session) -> None:
        personas = session.scalars(select(Persona).order_by(Persona.position)).all()
        chosen = {persona.id for persona in journey.personas}
        previous = self._personas.blockSignals(True)
        try:
            shown = [(item.data(Qt.ItemDataRole.UserRole), item.text())
                     for item in map(self._personas.item, range(self._personas.count()))]
            if shown != [(persona.id, persona.name) for persona in personas]:
                self._personas.clear()
                for persona in personas:
                    item = QListWidgetItem(persona.name, self._personas)
                    item.setData(Qt.ItemDataRole.UserRole, persona.id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            for row in range(self._personas.count()):
                item = self._personas.item(row)
                checked = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        finally:
            self._personas.blockSignals(previous)

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self) -> None:
        self._refresh()

    def _on_form_edited(self, name: str, value: Any) -> None:
        if self.document is None or self._journey_id is None:
            return
        merge = self._form.editors[name].merge
        self._push(EditJourneyCommand(self.document, self._journey_id, merge=merge, **{name: value}))

    def _on_personas_item_changed(self, _item: QListWidgetItem) -> None:
        if self.document is None or self._journey_id is None:
            return
        items = map(self._personas.item, range(self._personas.count()))
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in items
               if item.checkState() == Qt.CheckState.Checked]
        op = Op(ops.set_journey_personas, {"journey_id": self._journey_id, "ids": ids})
        self._push(GenericCommand(self.document, op, self.tr("Change the journey's personas")))

    def _push(self, command: OpCommand) -> None:
        self.error_label.push(command, self._refresh)
