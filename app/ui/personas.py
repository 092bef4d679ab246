"""The personas view: a gallery of the project's personas and an editor for every field of the selected one.

The gallery shows each persona's photo (or initials), name, role and quote,
in the project's order (drag or Alt+Up / Alt+Down to reorder). The editor
below holds the photo (chosen or dropped, checked and downscaled), name,
role, age band, segment, quote, biography, goals, frustrations, hobbies,
preferred channels (with their icons), self-service or done-for-me, digital
ease and colour, and the journeys the persona is assigned to (the Journey
dock assigns from the other side). Every edit is one command.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import i18n
from app.model import ops
from app.model.enums import JourneyState, ServicePreference
from app.model.ops import Op
from app.model.quotes import quoted
from app.model.schema import Channel, Journey, Persona
from app.ui.canvas.icons import channel_icon
from app.ui.catalogues_base import RowListEditor, workspace_choices
from app.ui.commands import EditCommand
from app.ui.inspector_fields import (
    ChoiceEditor,
    ColourEditor,
    FieldForm,
    LineEditor,
    NumberEditor,
    TextEditor,
)
from app.ui.panels import scrolled
from app.ui.personas_photo import PhotoField, portrait

#: Side of the portraits in the gallery, in pixels.
GALLERY_SIDE = 56


@functools.lru_cache(maxsize=256)
def _portrait_icon(name: str, colour: str | None, photo: bytes | None, seed: int) -> QIcon:
    return QIcon(portrait(name, colour, photo, GALLERY_SIDE, seed))


class PersonasView(RowListEditor):
    """Gallery of personas above the editor of the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self._page = QWidget()
        form = FieldForm(self._page)
        # A narrow dock: each label above its field, so the fields get the whole width.
        form.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.add(self.tr("Name"), LineEditor("name"))
        form.add(self.tr("Role"), LineEditor("role"))
        form.add(self.tr("Age band"), LineEditor("age_band"))
        form.add(self.tr("Segment"), LineEditor("segment"))
        form.add(self.tr("Quote"), TextEditor("quote", lines=2))
        form.add(self.tr("Biography"), TextEditor("biography", lines=3))
        form.add(self.tr("Goals"), TextEditor("goals", lines=3))
        form.add(self.tr("Frustrations"), TextEditor("frustrations", lines=3))
        form.add(self.tr("Hobbies"), TextEditor("hobbies", lines=2))
        form.add(self.tr("Self-service or done for them"), ChoiceEditor(
            "service_preference", [(self.tr("Unknown"), None), *workspace_choices(ServicePreference)]))
        form.add(self.tr("Digital ease (1-5)"), NumberEditor("digital_ease", 1, 5, none_text=self.tr("Unknown")))
        form.editors["digital_ease"].widget.setToolTip(self.tr("1: avoids digital … 5: digital native"))
        form.add(self.tr("Colour"), ColourEditor("colour"))
        self.photo = PhotoField(self._page)
        self.channels = QListWidget(self._page)
        self.channels.setAccessibleName(self.tr("Preferred channels"))
        self.channels.setIconSize(QSize(20, 20))
        self.journeys_list = QListWidget(self._page)
        self.journeys_list.setAccessibleName(self.tr("Journeys of this persona"))
        page_layout = QVBoxLayout(self._page)
        page_layout.addWidget(self.photo)
        page_layout.addWidget(form)
        page_layout.addWidget(QLabel(self.tr("Preferred channels:"), self._page))
        page_layout.addWidget(self.channels)
        page_layout.addWidget(QLabel(self.tr("Journeys mapped for this persona:"), self._page))
        page_layout.addWidget(self.journeys_list)
        scroll = scrolled(self._page)
        texts = {"list": self.tr("Personas"), "add": self.tr("&Add persona"), "delete": self.tr("&Delete"),
                 "add_command": self.tr("Add persona"), "delete_command": self.tr("Delete persona"),
                 "move_command": self.tr("Move persona"), "edit_command": self.tr("Edit persona")}
        super().__init__(ops.PERSONAS, Persona, form, describe=self._describe_persona,
                         new_fields=lambda: {"name": self.tr("New persona")}, texts=texts,
                         watched=frozenset({"channel", "journey"}), body=scroll, parent=parent)
        self.setObjectName("personas_view")
        self.gallery = self.list
        self.gallery.setIconSize(QSize(GALLERY_SIDE, GALLERY_SIDE))
        self.gallery.setWordWrap(True)
        self.gallery.setSpacing(2)
        self.gallery.setViewMode(QListView.ViewMode.ListMode)
        self.error_label.setParent(self)
        self.photo.photo_chosen.connect(self._on_photo_chosen)
        self.photo.refused.connect(self._on_photo_refused)
        self.channels.itemChanged.connect(self._on_channels_item_changed)
        self.journeys_list.itemChanged.connect(self._on_journeys_item_changed)

    # ------------------------------------------------------------------ gallery

    def _describe_persona(self, row: Persona) -> tuple[str, QIcon]:
        head = " — ".join(part for part in (row.name, row.role) if part)
        quote = quoted(row.quote, i18n.current_language())
        text = f"{head}\n{quote}" if quote else head
        return text, _portrait_icon(row.name, row.colour, row.photo, row.position)

    # ------------------------------------------------------------------ editor

    def prepare_form(self, row: Persona, session: Session) -> None:
        self.photo.show_photo(row.name, row.colour, row.photo, row.position)
        self._show_channels(row, session)
        self._show_journeys(row, session)

    def _show_current(self) -> None:
        super()._show_current()
        if hasattr(self, "photo"):
            enabled = self.current_id() is not None
            for widget in (self.photo, self.channels, self.journeys_list):
                widget.setEnabled(enabled)

    def _show_channels(self, persona: Persona, session: Session) -> None:
        chosen = {channel.id for channel in persona.channels}
        previous = self.channels.blockSignals(True)
        try:
            self.channels.clear()
            for channel in session.scalars(select(Channel).order_by(Channel.position)):
                item = QListWidgetItem(channel_icon(channel.icon, channel.colour or "#2F3E4E"), channel.name,
                                       self.channels)
                item.setData(Qt.ItemDataRole.UserRole, channel.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if channel.id in chosen else Qt.CheckState.Unchecked)
        finally:
            self.channels.blockSignals(previous)

    def _show_journeys(self, persona: Persona, session: Session) -> None:
        previous = self.journeys_list.blockSignals(True)
        try:
            self.journeys_list.clear()
            for journey in session.scalars(select(Journey).order_by(Journey.position)):
                label = self.tr("to be") if journey.state is JourneyState.TO_BE else self.tr("as is")
                item = QListWidgetItem(f"{journey.title} ({label})", self.journeys_list)
                item.setData(Qt.ItemDataRole.UserRole, journey.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                mine = any(p.id == persona.id for p in journey.personas)
                item.setCheckState(Qt.CheckState.Checked if mine else Qt.CheckState.Unchecked)
        finally:
            self.journeys_list.blockSignals(previous)

    # ------------------------------------------------------------------ slots

    def _on_photo_chosen(self, data: bytes | None, mime: str) -> None:
        persona_id = self.current_id()
        if persona_id is None or self.document is None:
            return
        op = Op(ops.update_persona, {"persona_id": persona_id, "photo": data, "photo_type": mime})
        text = self.tr("Change the photo") if data is not None else self.tr("Remove the photo")
        self._push(EditCommand(self.document, op, text, merge=False))

    def _on_photo_refused(self, sentence: str) -> None:
        self.error_label.setText(sentence)
        self.error_label.show()

    def _on_channels_item_changed(self, _item: QListWidgetItem) -> None:
        persona_id = self.current_id()
        if persona_id is None:
            return
        items = map(self.channels.item, range(self.channels.count()))
        ids = [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]
        self._push_op(Op(ops.set_persona_channels, {"persona_id": persona_id, "ids": ids}),
                      self.tr("Change the persona's channels"))

    def _on_journeys_item_changed(self, item: QListWidgetItem) -> None:
        persona_id = self.current_id()
        journey = self.document.session.get(Journey, item.data(Qt.ItemDataRole.UserRole)) if self.document else None
        if persona_id is None or journey is None:
            return
        ids = [p.id for p in journey.personas if p.id != persona_id]
        if item.checkState() == Qt.CheckState.Checked:
            ids.append(persona_id)
        self._push_op(Op(ops.set_journey_personas, {"journey_id": journey.id, "ids": ids}),
                      self.tr("Change the journey's personas"))

    def select_persona(self, persona_id: int) -> None:
        """Show persona ``persona_id`` in the editor."""
        self.list.select_id(persona_id)
