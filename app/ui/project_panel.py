"""The project panel: the project's properties, its objectives, and its journeys in priority order.

Properties are the title, organisation, author, language of the content,
satisfaction scale (its low, high and neutral shown), the target experience
and the drop that makes a moment of truth (defaults for journeys without
their own). Objectives (acquisition, satisfaction, retention, loyalty,
employee ease, custom) are listed and edited here; each journey says which
it serves, and the journeys are reordered by drag (their priority). Every
edit is one command; the panel follows the document.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops
from app.model.enums import JourneyState, Language, ObjectiveKind, Scale
from app.model.fields import project_scale
from app.model.ops import Change, Op
from app.model.schema import Journey, Objective, Project
from app.ui.catalogues_base import OrderedList, RowListEditor, workspace_choices, workspace_label
from app.ui.commands import EditCommand, GenericCommand, OpCommand
from app.ui.document import ProjectDocument
from app.ui.inspector_fields import ChoiceEditor, FieldForm, LineEditor, NumberEditor, TextEditor
from app.ui.method_labels import number_text
from app.ui.panels import RefusalLabel, follow_changes, scrolled, touched_tables


class ProjectPanel(QWidget):
    """Properties, objectives and journey priorities of the open project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("project_panel")
        self.document: ProjectDocument | None = None
        self.error_label = RefusalLabel(self)
        self.properties = self._build_properties()
        self.objectives = self._build_objectives()
        self.journeys = OrderedList(self)
        self.journeys.setAccessibleName(self.tr("Journeys by priority"))
        self.journey_objectives = QListWidget(self)
        self.journey_objectives.setAccessibleName(self.tr("Objectives the journey serves"))
        self.catalogues_button = QPushButton(self.tr("Departments and &channels…"), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolled(self.properties, self), self.tr("Properties"))
        # Every page scrolls: the dock must not hold a small window taller than its screen (200 % on 1080p).
        self.tabs.addTab(scrolled(self.objectives, self), self.tr("Objectives"))
        self.tabs.addTab(scrolled(self._journeys_page(), self), self.tr("Journeys"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.catalogues_button)
        self.properties.edited.connect(self._on_properties_edited)
        self.journeys.move_requested.connect(self._on_journeys_move_requested)
        self.journeys.currentRowChanged.connect(self._on_journeys_current_row_changed)
        self.journey_objectives.itemChanged.connect(self._on_journey_objectives_item_changed)
        self._refresh()

    # ------------------------------------------------------------------ building

    def _build_properties(self) -> FieldForm:
        form = FieldForm(self)
        # A narrow dock: each label above its field, so the fields get the whole width.
        form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.add(self.tr("Title"), LineEditor("title"))
        form.add(self.tr("Organisation"), LineEditor("organisation"))
        form.add(self.tr("Author"), LineEditor("author"))
        form.add(self.tr("Language of the content"), ChoiceEditor("language", workspace_choices(Language)))
        form.add(self.tr("Score scale"), ChoiceEditor("scale", [(scale.value.replace("..", " … "), scale.value)
                                                                for scale in Scale]))
        form.editors["scale"].widget.setToolTip(self.tr("Changing the scale converts every score."))
        self.scale_label = QLabel(form)
        form.layout_.addRow(self.tr("Low, neutral, high"), self.scale_label)
        form.add(self.tr("Target score"), NumberEditor("target_score", 0, 10, step=0.5, decimals=2,
                                                       none_text=self.tr("No target")))
        form.editors["target_score"].widget.setToolTip(
            self.tr("The experience aimed for, for journeys without a target of their own."))
        form.add(self.tr("Big drop above"), NumberEditor("drop_threshold", 0, 10, step=0.5, decimals=2,
                                                         none_text=self.tr("Default")))
        form.editors["drop_threshold"].widget.setToolTip(self.tr(
            "A fall of the curve larger than this between two touchpoints is a moment of truth "
            "(for journeys without a threshold of their own)."))
        form.add(self.tr("Notes"), TextEditor("notes", lines=3))
        return form

    def _build_objectives(self) -> RowListEditor:
        form = FieldForm(self)
        form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.add(self.tr("Title"), LineEditor("title"))
        form.add(self.tr("Kind"), ChoiceEditor("kind", workspace_choices(ObjectiveKind)))
        form.add(self.tr("Description"), TextEditor("description", lines=3))
        texts = {"list": self.tr("Objectives"), "add": self.tr("&Add objective"), "delete": self.tr("&Delete"),
                 "add_command": self.tr("Add objective"), "delete_command": self.tr("Delete objective"),
                 "move_command": self.tr("Move objective"), "edit_command": self.tr("Edit objective")}
        return RowListEditor(ops.OBJECTIVES, Objective, form, describe=self._describe_objective,
                             new_fields=lambda: {"title": self.tr("New objective"),
                                                 "kind": ObjectiveKind.SATISFACTION.value},
                             texts=texts, watched=frozenset({"journey"}), parent=self)

    @staticmethod
    def _describe_objective(row: Objective) -> tuple[str, QIcon]:
        kind = workspace_label(ObjectiveKind(row.kind))
        return (f"{row.title}\n{kind}" if row.title else kind), QIcon()

    def _journeys_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Drag a journey (or Alt+Up / Alt+Down) to change its priority."), page)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.journeys, 2)
        layout.addWidget(QLabel(self.tr("Objectives this journey serves:"), page))
        layout.addWidget(self.journey_objectives, 1)
        return page

    # ------------------------------------------------------------------ public API

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow ``document`` (or none)."""
        self.document = follow_changes(self.document, document, self._on_document_changed)
        self.objectives.set_document(document)
        self.error_label.hide()
        self._refresh()

    def field_widget(self, name: str) -> QWidget | None:
        """The widget editing project field ``name`` (for focus and tests)."""
        editor = self.properties.editors.get(name)
        return editor.widget if editor is not None else None

    # ------------------------------------------------------------------ reading the model

    def _refresh(self) -> None:
        session = self.document.session if self.document is not None else None
        project = session.get(Project, 1) if session is not None else None
        self.setEnabled(project is not None)
        if session is None or project is None:
            for widget in (self.journeys, self.journey_objectives):
                previous = widget.blockSignals(True)
                widget.clear()
                widget.blockSignals(previous)
            return
        scale = project_scale(session)
        self.properties.editor("target_score", NumberEditor).set_range(scale.low, scale.high)
        self.properties.editor("drop_threshold", NumberEditor).set_range(0, scale.high - scale.low)
        self.properties.show_values(project)
        self.scale_label.setText(" · ".join(number_text(value) for value in (scale.low, scale.neutral, scale.high)))
        self._show_journeys(session)

    def _show_journeys(self, session: Session) -> None:
        current = self.journeys.current_id()
        rows = session.execute(select(Journey.id, Journey.title, Journey.state).order_by(Journey.position)).all()
        previous = self.journeys.blockSignals(True)
        try:
            self.journeys.clear()
            for rank, (ident, title, state) in enumerate(rows, start=1):
                label = self.tr("to be") if state is JourneyState.TO_BE else self.tr("as is")
                item = QListWidgetItem(f"{rank}. {title} ({label})", self.journeys)
                item.setData(Qt.ItemDataRole.UserRole, ident)
            self.journeys.select_id(current)
            if self.journeys.currentRow() < 0 and self.journeys.count():
                self.journeys.setCurrentRow(0)
        finally:
            self.journeys.blockSignals(previous)
        self._show_journey_objectives()

    def _show_journey_objectives(self) -> None:
        journey_id = self.journeys.current_id()
        if self.document is None:
            return
        journey = self.document.session.get(Journey, journey_id) if journey_id is not None else None
        previous = self.journey_objectives.blockSignals(True)
        try:
            self.journey_objectives.clear()
            self.journey_objectives.setEnabled(journey is not None)
            if journey is None:
                return
            chosen = {objective.id for objective in journey.objectives}
            for objective in self.document.session.scalars(select(Objective).order_by(Objective.position)):
                text, _icon = self._describe_objective(objective)
                item = QListWidgetItem(text, self.journey_objectives)
                item.setData(Qt.ItemDataRole.UserRole, objective.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if objective.id in chosen else Qt.CheckState.Unchecked)
        finally:
            self.journey_objectives.blockSignals(previous)

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self, change: Change) -> None:
        touched = touched_tables(change)
        if touched & {"project", "journey", "objective"}:
            self._refresh()

    def _on_properties_edited(self, name: str, value: Any) -> None:
        if self.document is None:
            return
        command: OpCommand
        if name == "scale":
            command = GenericCommand(self.document, Op(ops.set_scale, {"scale": value}), self.tr("Change the scale"))
        else:
            command = EditCommand(self.document, Op(ops.update_project, {name: value}),
                                  self.tr("Edit the project's properties"), merge=self.properties.editors[name].merge)
        self._push(command)

    def _on_journeys_move_requested(self, journey_id: int, index: int) -> None:
        if self.document is None:
            return
        self._push(GenericCommand(self.document, Op(ops.move_journey, {"journey_id": journey_id, "index": index}),
                                  self.tr("Change the journeys' priority")))
        self.journeys.select_id(journey_id)
        self._show_journey_objectives()

    def _on_journeys_current_row_changed(self, _row: int) -> None:
        self._show_journey_objectives()

    def _on_journey_objectives_item_changed(self, _item: QListWidgetItem) -> None:
        journey_id = self.journeys.current_id()
        if self.document is None or journey_id is None:
            return
        items = map(self.journey_objectives.item, range(self.journey_objectives.count()))
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]
        self._push(GenericCommand(self.document, Op(ops.set_journey_objectives, {"journey_id": journey_id, "ids": ids}),
                                  self.tr("Change the journey's objectives")))

    def _push(self, command: OpCommand) -> Any:
        return self.error_label.push(command, self._refresh)
