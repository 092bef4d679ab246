"""The inspector: every editable field of the selected card, lane or stage.

The inspector is a view of the model like the canvas: it shows the fields
of one *subject* (``("card", 12)``), pushes one command per user edit
(typing merges into one undo step, other widgets make one step per change),
and re-reads its subject when the document announces that it changed. It
never writes a widget while the user edits it unless the model says
something else: refreshing compares before it writes, with signals blocked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model.colours import EMOTION_COLOURS
from app.model.enums import DEPARTMENT_LANES, Emotion, EvidenceSource, EvidenceStatus, Interaction, LaneKind
from app.model.fields import project_scale
from app.model.ops import Change
from app.model.schema import Card, Channel, Department, Lane, Stage
from app.ui import theme
from app.ui.canvas.icons import channel_icon
from app.ui.commands import EditCardCommand, EditCommand, EditLaneCommand, EditStageCommand
from app.ui.document import ProjectDocument
from app.ui.inspector_fields import (
    CheckEditor,
    ChoiceEditor,
    ColourEditor,
    FieldForm,
    LineEditor,
    NumberEditor,
    TagsEditor,
    TextEditor,
    enum_choices,
    label,
    swatch,
)
from app.ui.labels import card_noun
from app.ui.panels import RefusalLabel, follow_changes, scrolled, touched_tables

#: Card fields that only mean something on a touchpoint (they feed the emotion curve).
TOUCHPOINT_FIELDS = ("channel_id", "department_id", "interaction", "score", "emotion", "duration",
                     "is_first", "is_last", "moment_of_truth")
#: Card fields that only mean something on a pain point.
IRRITANT_FIELDS = ("severity", "affected_share", "evidence", "evidence_status")
#: Lane kinds whose cards are pain points (employee irritants become customer irritants later).
IRRITANT_LANES = frozenset({LaneKind.IRRITANTS, LaneKind.EMPLOYEE})

#: The command editing a subject's fields: ``(document, row id, *, merge, **fields)``.
_COMMANDS: dict[str, Callable[..., EditCommand]] = {
    "card": EditCardCommand, "lane": EditLaneCommand, "stage": EditStageCommand}
_CLASSES: dict[str, type[Card | Lane | Stage]] = {"card": Card, "lane": Lane, "stage": Stage}
#: Other tables whose changes a subject's form shows (choices, scale, the card's lane kind).
_WATCHED = {"card": {"lane", "channel", "department", "project"}, "lane": {"department"}, "stage": set()}


class Inspector(QWidget):
    """The fields of one card, lane or stage, edited through undoable commands."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: ProjectDocument | None = None
        self._subject: tuple[str, int] | None = None
        self._title = QLabel(self)
        self._title.setFont(theme.bold(self._title.font()))
        self._detail = QLabel(self)
        self._detail.setWordWrap(True)
        #: The model's sentence when it refused the last edit (hidden otherwise).
        self.error_label = RefusalLabel(self)
        self._empty = QLabel(self.tr("Select a card, a lane or a stage to see its fields."), self)
        self._empty.setWordWrap(True)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._forms = {"card": self._build_card_form(), "lane": self._build_lane_form(),
                       "stage": self._build_stage_form()}
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._empty)
        for form in self._forms.values():
            self._pages.addWidget(form)
        scroll = scrolled(self._pages, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._detail)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        self.show_nothing()

    # ------------------------------------------------------------------ forms

    def _build_card_form(self) -> FieldForm:
        form = FieldForm(self)
        form.add(self.tr("Title"), LineEditor("title"))
        form.add(self.tr("Text"), TextEditor("body"))
        form.add(self.tr("Colour"), ColourEditor("colour"))
        form.add(self.tr("Tags"), TagsEditor("tags"))
        form.add(self.tr("Channel"), ChoiceEditor("channel_id"))
        form.add(self.tr("Department"), ChoiceEditor("department_id"))
        form.add(self.tr("Interaction"), ChoiceEditor("interaction", self._none(enum_choices(Interaction))))
        form.add(self.tr("Satisfaction"), NumberEditor("score", 0, 10, step=0.5, decimals=2,
                                                       none_text=self.tr("Not scored")))
        icons = {emotion.value: swatch(colour) for emotion, colour in EMOTION_COLOURS.items()}
        form.add(self.tr("Emotion"), ChoiceEditor("emotion", self._none(enum_choices(Emotion)), icons=icons))
        form.add(self.tr("Duration"), LineEditor("duration"))
        form.add(self.tr("First touchpoint"), CheckEditor("is_first"))
        form.add(self.tr("Last touchpoint"), CheckEditor("is_last"))
        form.add(self.tr("Moment of truth"), ChoiceEditor("moment_of_truth", [
            (self.tr("Decided by the curve"), None), (self.tr("Always"), True), (self.tr("Never"), False)]))
        form.add(self.tr("Severity"), NumberEditor("severity", 1, 5, none_text=self.tr("Not rated")))
        form.add(self.tr("Customers affected (%)"), NumberEditor("affected_share", 0, 100, step=5, decimals=1,
                                                                 none_text=self.tr("Unknown")))
        form.add(self.tr("Evidence"), ChoiceEditor("evidence", self._none(enum_choices(EvidenceSource))))
        form.add(self.tr("Evidence status"),
                 ChoiceEditor("evidence_status", self._none(enum_choices(EvidenceStatus))))
        form.add(self.tr("Note"), TextEditor("note"))
        form.edited.connect(self._on_form_edited)
        return form

    def _build_lane_form(self) -> FieldForm:
        form = FieldForm(self)
        form.add(self.tr("Name"), LineEditor("name"))
        form.add(self.tr("Kind"), ChoiceEditor("kind", enum_choices(LaneKind)))
        form.add(self.tr("Colour"), ColourEditor("colour"))
        form.add(self.tr("Department"), ChoiceEditor("department_id"))
        form.add(self.tr("Folded"), CheckEditor("collapsed"))
        form.edited.connect(self._on_form_edited)
        return form

    def _build_stage_form(self) -> FieldForm:
        form = FieldForm(self)
        form.add(self.tr("Name"), LineEditor("name"))
        form.add(self.tr("Description"), TextEditor("description"))
        form.add(self.tr("Duration"), LineEditor("duration"))
        form.add(self.tr("Waiting time"), LineEditor("waiting_time"))
        form.add(self.tr("Colour"), ColourEditor("colour"))
        form.edited.connect(self._on_form_edited)
        return form

    def _none(self, choices: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
        return [(self.tr("None"), None), *choices]

    # ------------------------------------------------------------------ public API

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow ``document`` (or none); the inspector then shows nothing."""
        self.document = follow_changes(self.document, document, self._on_document_changed)
        self.show_nothing()

    @property
    def subject(self) -> tuple[str, int] | None:
        """What is shown: ``("card" | "lane" | "stage", id)``, or None."""
        return self._subject

    def show_card(self, card_id: int) -> None:
        """Show the fields of card ``card_id`` (nothing when it does not exist)."""
        self._show_subject("card", card_id)

    def show_lane(self, lane_id: int) -> None:
        """Show the fields of lane ``lane_id`` (nothing when it does not exist)."""
        self._show_subject("lane", lane_id)

    def show_stage(self, stage_id: int) -> None:
        """Show the fields of stage ``stage_id`` (nothing when it does not exist)."""
        self._show_subject("stage", stage_id)

    def show_nothing(self) -> None:
        """Show no object, only a hint."""
        self._subject = None
        self.error_label.hide()
        self._title.setText(self.tr("Inspector"))
        self._detail.setText("")
        self._empty.setText(self.tr("Select a card, a lane or a stage to see its fields."))
        self._pages.setCurrentWidget(self._empty)

    def show_several(self, count: int) -> None:
        """Show that ``count`` cards are selected: no fields (an edit here would change one card of them)."""
        self._subject = None
        self.error_label.hide()
        self._title.setText(self.tr("%1 cards selected").replace("%1", f"{count:n}"))
        self._detail.setText("")
        self._empty.setText(self.tr("Move, copy, cut or delete them together, or select one card to edit its "
                                    "fields."))
        self._pages.setCurrentWidget(self._empty)

    def field_widget(self, name: str) -> QWidget | None:
        """The widget editing field ``name`` of the shown object (for focus and tests), or None."""
        if self._subject is None:
            return None
        editor = self._forms[self._subject[0]].editors.get(name)
        return editor.widget if editor is not None else None

    # ------------------------------------------------------------------ reading the model

    def _show_subject(self, table: str, row_id: int) -> None:
        if self._subject != (table, row_id):
            self.error_label.hide()
        self._subject = (table, row_id)
        self._refresh()

    def _refresh(self) -> None:
        if self._subject is None or self.document is None:
            self.show_nothing()
            return
        table, row_id = self._subject
        row = self.document.session.get(_CLASSES[table], row_id)
        if row is None:
            self.show_nothing()
            return
        form = self._forms[table]
        if isinstance(row, Card):
            self._prepare_card(form, row, self.document.session)
        elif isinstance(row, Lane):
            self._prepare_lane(form, row, self.document.session)
        elif isinstance(row, Stage):
            self._prepare_stage(form, row)
        form.show_values(row)
        self._pages.setCurrentWidget(form)

    def _prepare_card(self, form: FieldForm, card: Card, session: Session) -> None:
        channels = session.scalars(select(Channel).order_by(Channel.position)).all()
        ink = QApplication.palette().color(QPalette.ColorRole.Text).name()  # the theme's, even mid-switch
        form.editor("channel_id", ChoiceEditor).set_choices(
            self._none([(channel.name, channel.id) for channel in channels]),
            tips={channel.id: channel.icon for channel in channels},
            icons={channel.id: channel_icon(channel.icon, ink, 64)
                   for channel in channels})  # the theme's text colour, sharp at 200 %
        self._set_department_choices(form, session)
        scale = project_scale(session)
        form.editor("score", NumberEditor).set_range(scale.low, scale.high)
        kind = LaneKind(card.lane.kind)
        for name in TOUCHPOINT_FIELDS:
            form.set_row_visible(name, kind is LaneKind.TOUCHPOINTS)
        for name in IRRITANT_FIELDS:
            form.set_row_visible(name, kind in IRRITANT_LANES)
        self._title.setText(card_noun(kind))
        lane_name = card.lane.name or label(kind)
        if lane_name == label(kind):
            detail = self.tr("Lane “{lane}”, stage “{stage}”")
        else:
            detail = self.tr("Lane “{lane}” ({kind}), stage “{stage}”")
        self._detail.setText(detail.format(lane=lane_name, kind=label(kind), stage=card.stage.name))

    def _prepare_lane(self, form: FieldForm, lane: Lane, session: Session) -> None:
        self._set_department_choices(form, session)
        kind = LaneKind(lane.kind)
        form.set_row_visible("department_id", kind in DEPARTMENT_LANES)
        self._title.setText(self.tr("Lane"))
        self._detail.setText(label(kind))

    def _prepare_stage(self, form: FieldForm, stage: Stage) -> None:
        self._title.setText(self.tr("Stage"))
        self._detail.setText("")

    def _set_department_choices(self, form: FieldForm, session: Session) -> None:
        departments = session.scalars(select(Department).order_by(Department.position))
        form.editor("department_id", ChoiceEditor).set_choices(self._none([(d.name, d.id) for d in departments]))

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self, change: Change) -> None:
        if self._subject is None:
            return
        table, row_id = self._subject
        if row_id in change.deleted.get(table, ()):
            self.show_nothing()
            return
        touched = touched_tables(change)
        if (row_id in change.updated.get(table, ()) or row_id in change.created.get(table, ())
                or touched & _WATCHED[table]):
            self._refresh()

    def _on_form_edited(self, name: str, value: Any) -> None:
        if self._subject is None or self.document is None:
            return
        table, row_id = self._subject
        merge = self._forms[table].editors[name].merge
        self.error_label.push(_COMMANDS[table](self.document, row_id, merge=merge, **{name: value}), self._refresh)
