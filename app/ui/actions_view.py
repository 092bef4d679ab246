"""The Actions view: the project's improvement actions as a sortable, filterable table edited in place.

Every cell edit is one undoable command (consecutive edits of one field of
one action merge into one step); New action and Delete are one command
each. The table follows the document: it re-reads the actions whenever
actions, cards, departments or KPIs change, whoever changed them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHeaderView, QPushButton, QWidget
from sqlalchemy import select

from app.model import ops
from app.model.enums import ActionStatus, Horizon
from app.model.method_data import ActionRow, read_actions, read_pain_points
from app.model.ops import Change, Op
from app.model.schema import Department
from app.ui.commands import EditCommand, GenericCommand, OpCommand
from app.ui.method_labels import date_text, horizon_name, number_text, status_name
from app.ui.method_table import Column
from app.ui.method_view import TableView
from app.ui.panels import touched_tables

#: Tables whose changes the actions table shows.
WATCHED = frozenset({"action", "card", "department", "kpi", "journey"})


class ActionsView(TableView):
    """The actions table with its filter, New action and Delete."""

    #: Show these cards on the map (the pain points of the selected action).
    cards_requested = Signal(list)
    watched = WATCHED

    def __init__(self, parent: QWidget | None = None) -> None:
        self._departments: dict[int, str] = {}
        super().__init__(parent)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.resizeSection(0, 240)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the title takes the spare width
        for field, width in (("department_id", 120), ("impact", 64), ("effort", 64), ("affected_share", 90),
                             ("risk", 70), ("status", 100), ("horizon", 110), ("due_date", 96),
                             ("card_ids", 220), ("kpis", 140), ("priority", 70)):
            header.resizeSection(self.table.column_of(field), width)
        self.filter.setPlaceholderText(self.tr("Filter actions…"))
        self.this_journey = QCheckBox(self.tr("This journey only"), self)
        self.this_journey.toggled.connect(lambda _on: self.refresh())
        self.add_button.setText(self.tr("New action"))
        self.add_button.clicked.connect(self.add_action)
        self.delete_button.setText(self.tr("Delete"))
        self.map_button = QPushButton(self.tr("Show on map"), self)
        self.map_button.setToolTip(self.tr("Select the pain points of the selected action on the map"))
        self.map_button.clicked.connect(self.show_on_map)
        self.bar.addWidget(self.add_button)
        self.bar.addWidget(self.delete_button)
        self.bar.addWidget(self.map_button)
        self.bar.addWidget(self.filter, 1)
        self.bar.addWidget(self.this_journey)
        self.bar.addWidget(self.count_label)

    def columns(self) -> list[Column]:
        return [
            Column("title", self.tr("Action"), "text", lambda r: r.title, lambda r: r.title),
            Column("department_id", self.tr("Department"), "choice",
                   lambda r: self._departments.get(r.department_id, ""), lambda r: r.department_id,
                   sort=lambda r: self._departments.get(r.department_id, "\uffff"),
                   choices=lambda: [(self.tr("None"), None),
                                    *((name, ident) for ident, name in self._departments.items())]),
            Column("impact", self.tr("Impact"), "int", lambda r: str(r.impact), lambda r: r.impact,
                   tooltip=self.tr("Impact for the customer, 1 (small) to 5 (large)")),
            Column("effort", self.tr("Effort"), "int", lambda r: str(r.effort), lambda r: r.effort,
                   tooltip=self.tr("Effort to deliver, 1 (small) to 5 (large)")),
            Column("affected_share", self.tr("Customers %"), "share", lambda r: number_text(r.affected_share),
                   lambda r: r.affected_share, sort=lambda r: -1 if r.affected_share is None else r.affected_share,
                   tooltip=self.tr("Share of customers the action helps, in percent")),
            Column("risk", self.tr("Risk"), "optional_int", lambda r: number_text(r.risk), lambda r: r.risk,
                   sort=lambda r: 6 if r.risk is None else r.risk,
                   tooltip=self.tr("Delivery risk, 1 (none) to 5 (high)")),
            Column("status", self.tr("Status"), "choice", lambda r: status_name(r.status), lambda r: r.status.value,
                   sort=lambda r: list(ActionStatus).index(r.status),
                   choices=lambda: [(status_name(s), s.value) for s in ActionStatus]),
            Column("horizon", self.tr("Horizon"), "choice", lambda r: horizon_name(r.horizon) if r.horizon else "",
                   lambda r: r.horizon.value if r.horizon else None,
                   sort=lambda r: 9 if r.horizon is None else list(Horizon).index(r.horizon),
                   choices=lambda: [(horizon_name(None), None), *((horizon_name(h), h.value) for h in Horizon)]),
            Column("due_date", self.tr("Due"), "date", lambda r: date_text(r.due_date),
                   lambda r: r.due_date, sort=lambda r: r.due_date.isoformat() if r.due_date else "9999"),
            Column("card_ids", self.tr("Pain points"), "cards", lambda r: " · ".join(r.card_titles),
                   lambda r: list(r.card_ids), sort=lambda r: " ".join(r.card_titles),
                   choices=self._pain_choices, tooltip=self.tr("The pain points the action answers")),
            Column("kpis", self.tr("KPIs"), "readonly", lambda r: " · ".join(r.kpi_names),
                   lambda r: " ".join(r.kpi_names),
                   tooltip=self.tr("KPIs measured on the action's pain points (set in the KPIs view)")),
            Column("priority", self.tr("Priority"), "readonly", lambda r: number_text(r.priority), lambda r: r.priority,
                   tooltip=self.tr("0 to 100, from impact, customers helped, risk and effort")),
        ]

    def _pain_choices(self) -> list[tuple[str, Any]]:
        if self.document is None or self.journey_id is None:
            return []
        return [(f"{point.title} ({point.stage})", point.id)
                for point in read_pain_points(self.document.session, self.journey_id)]

    # ------------------------------------------------------------------ document

    def refresh(self) -> None:
        """Re-read the actions from the model."""
        if self.document is None:
            self._departments = {}
            self.table.set_rows([])
        else:
            session = self.document.session
            self._departments = dict(session.execute(select(Department.id, Department.name)
                                                      .order_by(Department.position)).all())
            journey = self.journey_id if self.this_journey.isChecked() else None
            self.table.set_rows(read_actions(session, journey) if journey or not self.this_journey.isChecked()
                                else [])
        self.count_label.setText(self.tr("%n action(s)").replace("%n", str(len(self.table.rows))))
        self.add_button.setEnabled(self.document is not None)
        self.delete_button.setEnabled(self.document is not None)

    def _on_document_changed(self, change: Change) -> None:
        touched = touched_tables(change)
        if touched == {"card"}:
            # An edit of cards matters only to the actions linked to them (their titles are shown).
            cards = set(change.updated.get("card", ())) | set(change.deleted.get("card", ()))
            if not cards & {card_id for row in self.table.rows for card_id in row.card_ids}:
                return
        if touched & self.watched:
            self.refresh_when_shown()

    # ------------------------------------------------------------------ verbs

    def add_action(self) -> int | None:
        """A new action (one undo step), selected with its title open for typing."""
        if self.document is None:
            return None
        fields: dict[str, Any] = {"title": self.tr("New action")}
        if self.journey_id is not None:
            fields["journey_id"] = self.journey_id
        action_id = self._push(GenericCommand(self.document, Op(ops.create_action, fields), self.tr("New action")))
        if action_id is not None:
            self.edit_title(action_id)
        return action_id

    def edit_title(self, action_id: int) -> None:
        """Select ``action_id`` and open its title for typing."""
        self.edit_row(action_id)

    def show_on_map(self) -> None:
        """Ask for the pain points of the selected actions on the map."""
        ids = set(self.selected_ids())
        cards = [card_id for row in self.table.rows if row.id in ids for card_id in row.card_ids]
        if cards:
            self.cards_requested.emit(list(dict.fromkeys(cards)))

    def delete_selected(self) -> None:
        """Delete the selected actions (one undo step)."""
        ids = self.selected_ids()
        if self.document is None or not ids:
            return
        text = self.tr("Delete action") if len(ids) == 1 else self.tr("Delete %n actions").replace("%n", str(len(ids)))
        self._push(GenericCommand(self.document, Op(ops.delete_rows, {"roots": {"action": tuple(ids)}}), text))

    def _on_table_edit_requested(self, action_id: int, field: str, value: Any) -> None:
        if self.document is None:
            return
        command: OpCommand
        if field == "card_ids":
            command = GenericCommand(self.document, Op(ops.set_action_cards, {"action_id": action_id, "ids": value}),
                                     self.tr("Link pain points"))
        else:
            command = EditCommand(self.document, Op(ops.update_action, {"action_id": action_id, field: value}),
                                  self.tr("Edit action"))
        self._push(command)


def row_for(rows: list[ActionRow], action_id: int) -> ActionRow | None:
    """The row of ``action_id`` in ``rows``, or None."""
    return next((row for row in rows if row.id == action_id), None)
