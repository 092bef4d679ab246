"""The project's catalogues: departments and channels, each managed in a list with its form.

Add, rename (the Name field, or F2 / double-click in the list), reorder by
drag or Alt+Up / Alt+Down, merge one into another (its cards follow) and
delete (cards keep a clear "None"; undo restores everything). Both live in
:class:`CataloguesDialog`, a non-modal window opened from the Project menu.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QPushButton, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy import select

from app.model import ops
from app.model.enums import Interaction, Origin, StageSide
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.ops import Op, OpFunction
from app.model.schema import Channel, Department
from app.ui.canvas.icons import channel_icon
from app.ui.catalogues_base import RowListEditor, workspace_choices
from app.ui.document import ProjectDocument
from app.ui.inspector_fields import ChoiceEditor, ColourEditor, FieldForm, LineEditor, TextEditor, swatch

#: The built-in channel icons, with their names.
ICONS: tuple[tuple[str, str], ...] = (
    ("phone", QT_TRANSLATE_NOOP("catalogues", "Phone")),
    ("email", QT_TRANSLATE_NOOP("catalogues", "E-mail")),
    ("website", QT_TRANSLATE_NOOP("catalogues", "Website")),
    ("mobile_app", QT_TRANSLATE_NOOP("catalogues", "Mobile app")),
    ("portal", QT_TRANSLATE_NOOP("catalogues", "Customer portal")),
    ("chat", QT_TRANSLATE_NOOP("catalogues", "Chat")),
    ("letter", QT_TRANSLATE_NOOP("catalogues", "Letter")),
    ("in_person", QT_TRANSLATE_NOOP("catalogues", "In person")),
    ("social_media", QT_TRANSLATE_NOOP("catalogues", "Social media")),
    ("sms", QT_TRANSLATE_NOOP("catalogues", "SMS")),
    ("video_call", QT_TRANSLATE_NOOP("catalogues", "Video call")),
    ("generic", QT_TRANSLATE_NOOP("catalogues", "Other")),
)


# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


class _MergingEditor(RowListEditor):
    """A catalogue list that can also merge its selected entry into another."""

    def __init__(self, *args: Any, merge_op: OpFunction, merge_text: str, merge_command: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._merge_op, self._merge_command = merge_op, merge_command
        self.merge_button = QPushButton(merge_text, self)
        self.buttons.insertWidget(1, self.merge_button)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        self._show_current()

    def _show_current(self) -> None:
        super()._show_current()
        if hasattr(self, "merge_button"):
            self.merge_button.setEnabled(self.current_id() is not None and self.list.count() > 1)

    def merge_current_into(self, target_id: int) -> None:
        """Merge the selected entry into ``target_id`` (one undo step); the target is then selected."""
        source_id = self.current_id()
        if source_id is None or target_id == source_id:
            return
        self._push_op(Op(self._merge_op, {"source_id": source_id, "target_id": target_id}), self._merge_command)
        self.list.select_id(target_id)

    def _on_merge_button_clicked(self) -> None:
        source_id, current = self.current_id(), self.list.currentItem()
        others: dict[str, int] = {}
        for row in range(self.list.count()):
            item, row_id = self.list.item(row), self.list.row_id(row)
            if item is not None and row_id is not None and row_id != source_id:
                others[item.text()] = row_id
        if source_id is None or current is None or not others:
            return
        name, ok = QInputDialog.getItem(self, translate("catalogues", "Merge"),
                                        translate("catalogues", "Merge “%1” into:").replace("%1", current.text()),
                                        list(others), 0, False)
        if ok:
            self.merge_current_into(others[name])


class DepartmentsEditor(_MergingEditor):
    """Departments, teams, suppliers and partners: name, colour, internal / supplier / partner, front or back stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        form = FieldForm()
        form.add(translate("catalogues", "Name"), LineEditor("name"))
        form.add(translate("catalogues", "Colour"), ColourEditor("colour"))
        form.add(translate("catalogues", "Belongs to"), ChoiceEditor("origin", workspace_choices(Origin)))
        form.add(translate("catalogues", "Stage"), ChoiceEditor("side", workspace_choices(StageSide)))
        form.add(translate("catalogues", "Description"), TextEditor("description", lines=3))
        texts = {"list": translate("catalogues", "Departments"), "add": translate("catalogues", "&Add department"),
                 "delete": translate("catalogues", "&Delete"),
                 "add_command": translate("catalogues", "Add department"),
                 "delete_command": translate("catalogues", "Delete department"),
                 "move_command": translate("catalogues", "Move department"),
                 "edit_command": translate("catalogues", "Edit department")}
        super().__init__(ops.DEPARTMENTS, Department, form, describe=self._describe_department,
                         new_fields=self._new_department, texts=texts, merge_op=ops.merge_department,
                         merge_text=translate("catalogues", "&Merge into…"),
                         merge_command=translate("catalogues", "Merge departments"), parent=parent)

    @staticmethod
    def _describe_department(row: Department) -> tuple[str, QIcon]:
        return row.name, swatch(row.colour) if row.colour else QIcon()

    def _new_department(self) -> dict[str, Any]:
        return {"name": _unique(translate("catalogues", "New department"), [r.name for r in self._rows()])}


class ChannelsEditor(_MergingEditor):
    """Channels: name, icon from the built-in set, digital or human, colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        form = FieldForm()
        form.add(translate("catalogues", "Name"), LineEditor("name"))
        icons = {key: channel_icon(key) for key, _ in ICONS}
        form.add(translate("catalogues", "Icon"),
                 ChoiceEditor("icon", [(translate("catalogues", name), key) for key, name in ICONS], icons=icons))
        form.add(translate("catalogues", "Nature"), ChoiceEditor("nature", workspace_choices(Interaction)))
        form.add(translate("catalogues", "Colour"), ColourEditor("colour"))
        texts = {"list": translate("catalogues", "Channels"), "add": translate("catalogues", "&Add channel"),
                 "delete": translate("catalogues", "&Delete"),
                 "add_command": translate("catalogues", "Add channel"),
                 "delete_command": translate("catalogues", "Delete channel"),
                 "move_command": translate("catalogues", "Move channel"),
                 "edit_command": translate("catalogues", "Edit channel")}
        super().__init__(ops.CHANNELS, Channel, form, describe=self._describe_channel, new_fields=self._new_channel,
                         texts=texts, merge_op=ops.merge_channel, merge_text=translate("catalogues", "&Merge into…"),
                         merge_command=translate("catalogues", "Merge channels"), parent=parent)

    @staticmethod
    def _describe_channel(row: Channel) -> tuple[str, QIcon]:
        return row.name, channel_icon(row.icon, row.colour or "#2F3E4E")

    def _new_channel(self) -> dict[str, Any]:
        keys = set(self.document.session.scalars(select(Channel.key))) if self.document else set()
        number = 1
        while f"custom_{number}" in keys:
            number += 1
        return {"name": _unique(translate("catalogues", "New channel"), [r.name for r in self._rows()]),
                "key": f"custom_{number}", "icon": "generic", "nature": Interaction.DIGITAL.value}


def _unique(base: str, taken: list[str]) -> str:
    """``base``, or ``base 2``, ``base 3``... whichever is not taken."""
    if base not in taken:
        return base
    numbers = [int(m.group(1)) for name in taken if (m := re.fullmatch(re.escape(base) + r" (\d+)", name))]
    return f"{base} {max(numbers, default=1) + 1}"


class CataloguesDialog(QDialog):
    """The departments and channels of the project, in two tabs (non-modal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogues_dialog")
        self.setWindowTitle(self.tr("Departments and channels"))
        self.departments = DepartmentsEditor(self)
        self.channels = ChannelsEditor(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.departments, self.tr("&Departments"))
        self.tabs.addTab(self.channels, self.tr("C&hannels"))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def set_document(self, document: ProjectDocument | None) -> None:
        """Show the catalogues of ``document`` (or none)."""
        self.departments.set_document(document)
        self.channels.set_document(document)

    def show_tab(self, which: str) -> None:
        """Open on ``"departments"`` or ``"channels"``."""
        self.tabs.setCurrentWidget(self.departments if which == "departments" else self.channels)
        self.show()
        self.raise_()
        self.activateWindow()

