"""Field editors shared by the inspector and the journey panel, and the labels of the enums.

A :class:`FieldEditor` wraps one widget that edits one model column: it
shows a model value with the widget's signals blocked (so showing never
edits) and emits :attr:`FieldEditor.edited` with a plain model value when the
user changes it. A :class:`FieldForm` lays editors out in a ``QFormLayout``
and relays their edits by field name. Neither pushes commands: their owner
does, so the form stays a view of the model.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.enums import Emotion, EvidenceSource, EvidenceStatus, Interaction, JourneyState, LaneKind
from app.model.errors import QT_TRANSLATE_NOOP
from app.model.names import EMOTION_NAMES
from app.ui import labels
from app.ui.inspector_elide import ElidingCombo, StartLineEdit

#: Translation context of the enum labels (lane kinds are named by :mod:`app.ui.labels`).
LABELS_CONTEXT = "labels"

_LABELS: dict[type[enum.Enum], dict[str, str]] = {
    Emotion: {emotion.value: name for emotion, name in EMOTION_NAMES.items()},
    Interaction: {
        "digital": QT_TRANSLATE_NOOP("labels", "Digital"),
        "human": QT_TRANSLATE_NOOP("labels", "Human"),
    },
    EvidenceSource: {
        "interview": QT_TRANSLATE_NOOP("labels", "Interviews"),
        "observation": QT_TRANSLATE_NOOP("labels", "Observation"),
        "survey": QT_TRANSLATE_NOOP("labels", "Satisfaction survey"),
        "analytics": QT_TRANSLATE_NOOP("labels", "Web analytics"),
        "customer_service": QT_TRANSLATE_NOOP("labels", "Customer service reports"),
        "social_media": QT_TRANSLATE_NOOP("labels", "Social media listening"),
    },
    EvidenceStatus: {
        "observed": QT_TRANSLATE_NOOP("labels", "Observed in research"),
        "assumed": QT_TRANSLATE_NOOP("labels", "Assumed"),
    },
    JourneyState: {
        "as_is": QT_TRANSLATE_NOOP("labels", "As-is (lived today)"),
        "to_be": QT_TRANSLATE_NOOP("labels", "To-be (target)"),
    },
}


def label(member: enum.Enum) -> str:
    """The translated label of an enum member (its value when it has no label)."""
    if isinstance(member, LaneKind):
        return labels.lane_kind(member)
    # Keyed by class then value: StrEnum members of different enums with equal values hash alike.
    text = _LABELS.get(type(member), {}).get(member.value)
    return QCoreApplication.translate(LABELS_CONTEXT, text) if text else str(member.value)


def enum_choices(cls: type[enum.Enum]) -> list[tuple[str, Any]]:
    """(label, stored value) for every member of ``cls``, in declaration order."""
    return [(label(member), member.value) for member in cls]


def swatch(colour: str, size: int = 12) -> QIcon:
    """A small square icon filled with ``colour``."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def pick_colour(parent: QWidget, current: str | None) -> str | None:
    """Ask the user for a colour with QColorDialog; ``#RRGGBB``, or None when cancelled."""
    title = QCoreApplication.translate("ColourEditor", "Choose a colour")
    colour = QColorDialog.getColor(QColor(current or "#FFFFFF"), parent, title)
    return colour.name().upper() if colour.isValid() else None


# ---------------------------------------------------------------- editors


class FieldEditor(QObject):
    """One widget editing one model field (named like its column)."""

    #: The user changed the value; carries the new model value.
    edited = Signal(object)

    #: True when consecutive edits should merge into one undo step (typing).
    merge = False

    def __init__(self, name: str, widget: QWidget) -> None:
        super().__init__(widget)
        self.name = name
        self.widget = widget

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting :attr:`edited`."""
        previous = self.widget.blockSignals(True)
        try:
            self._show(value)
        finally:
            self.widget.blockSignals(previous)

    def _show(self, value: Any) -> None:
        raise NotImplementedError


class LineEditor(FieldEditor):
    """A one-line text field; commits as the user types."""

    merge = True
    widget: StartLineEdit

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, StartLineEdit(parent))
        self.widget.textEdited.connect(self._on_widget_text_edited)

    def _show(self, value: Any) -> None:
        # Only when it differs, so our own edit coming back leaves the cursor where it is.
        if self.widget.text() != (value or ""):
            self.widget.setText(value or "")
            self.widget.show_start()

    def _on_widget_text_edited(self, text: str) -> None:
        self.edited.emit(text)


class TextEditor(FieldEditor):
    """A multi-line text field; commits as the user types."""

    merge = True
    widget: QPlainTextEdit

    def __init__(self, name: str, parent: QWidget | None = None, lines: int = 4) -> None:
        super().__init__(name, QPlainTextEdit(parent))
        self.widget.setTabChangesFocus(True)
        self.widget.setFixedHeight(self.widget.fontMetrics().lineSpacing() * lines + 12)
        self.widget.textChanged.connect(self._on_widget_text_changed)

    def _show(self, value: Any) -> None:
        if self.widget.toPlainText() != (value or ""):
            self.widget.setPlainText(value or "")

    def _on_widget_text_changed(self) -> None:
        self.edited.emit(self.widget.toPlainText())


class TagsEditor(FieldEditor):
    """Tags as one comma-separated line; commits the list as the user types."""

    merge = True
    widget: QLineEdit

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, QLineEdit(parent))
        self.widget.setPlaceholderText(self.tr("tag, another tag"))
        self.widget.textEdited.connect(self._on_widget_text_edited)

    @staticmethod
    def parse(text: str) -> list[str]:
        """The tags of a comma-separated line: trimmed, without blanks or repeats."""
        return list(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))

    def _show(self, value: Any) -> None:
        # "a, " parses as ["a"]: leave what is being typed alone while it means the same list.
        if self.parse(self.widget.text()) != list(value or []):
            self.widget.setText(", ".join(value or []))

    def _on_widget_text_edited(self, text: str) -> None:
        self.edited.emit(self.parse(text))


class ChoiceEditor(FieldEditor):
    """A combo box of (label, value) choices; commits on change."""

    widget: ElidingCombo

    def __init__(self, name: str, choices: Sequence[tuple[str, Any]] = (), *,
                 icons: dict[Any, QIcon] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(name, ElidingCombo(parent))
        # A long choice must not widen the dock: the list shows it whole when opened.
        self.widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.widget.setMinimumContentsLength(10)
        self._choices: list[tuple[str, Any]] = []
        self._tips: dict[Any, str] = {}
        self._icons = dict(icons or {})
        self._value: Any = None
        self.set_choices(choices)
        self.widget.currentIndexChanged.connect(self._on_widget_current_index_changed)

    def set_choices(self, choices: Sequence[tuple[str, Any]], *, tips: dict[Any, str] | None = None,
                    icons: dict[Any, QIcon] | None = None) -> None:
        """Replace the (label, value) choices, keeping the shown value; a no-op when unchanged.

        ``tips`` are tooltips by value; ``icons`` (by value) replace the icons given so far.
        """
        choices, tips = list(choices), dict(tips or {})
        if choices == self._choices and tips == self._tips:
            return
        self._choices, self._tips = choices, tips
        if icons is not None:
            self._icons = dict(icons)
        previous = self.widget.blockSignals(True)
        try:
            self.widget.clear()
            for index, (text, value) in enumerate(choices):
                self.widget.addItem(self._icons.get(value, QIcon()), text)
                if value in tips:
                    self.widget.setItemData(index, tips[value], Qt.ItemDataRole.ToolTipRole)
            self._show(self._value)
        finally:
            self.widget.blockSignals(previous)

    def value(self) -> Any:
        """The value of the current choice."""
        index = self.widget.currentIndex()
        return self._choices[index][1] if 0 <= index < len(self._choices) else None

    def _show(self, value: Any) -> None:
        self._value = value
        values = [choice for _, choice in self._choices]
        self.widget.setCurrentIndex(values.index(value) if value in values else -1)

    def _on_widget_current_index_changed(self, index: int) -> None:
        if 0 <= index < len(self._choices):
            self._value = self._choices[index][1]
            self.edited.emit(self._value)


class NumberBox(QDoubleSpinBox):
    """A spin box that writes 7 rather than 7.00 (also the evidence panel's persona scores)."""

    def textFromValue(self, value: float) -> str:
        text = self.locale().toString(float(value), "f", self.decimals())
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text


class NumberEditor(FieldEditor):
    """A number in a range, optionally with a "none" state shown below the lowest value."""

    widget: NumberBox

    def __init__(self, name: str, low: float, high: float, *, step: float = 1.0, decimals: int = 0,
                 none_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(name, NumberBox(parent))
        self._step, self._optional = step, none_text is not None
        self._low = low
        self.widget.setKeyboardTracking(False)  # typed numbers commit on Enter or focus out
        self.widget.setDecimals(decimals)
        self.widget.setSingleStep(step)
        if none_text is not None:
            self.widget.setSpecialValueText(none_text)
        self.set_range(low, high)
        self.widget.valueChanged.connect(self._on_widget_value_changed)

    def set_range(self, low: float, high: float) -> None:
        """Accept values from ``low`` to ``high`` (the scale may change)."""
        self._low = low
        previous = self.widget.blockSignals(True)
        try:
            self.widget.setRange(low - self._step if self._optional else low, high)
        finally:
            self.widget.blockSignals(previous)

    def _show(self, value: Any) -> None:
        self.widget.setValue(self.widget.minimum() if value is None else float(value))

    def _on_widget_value_changed(self, value: float) -> None:
        if self._optional and value < self._low:
            self.edited.emit(None)
        elif self.widget.decimals() == 0:
            self.edited.emit(round(value))
        else:
            self.edited.emit(round(value, self.widget.decimals()))


class CheckEditor(FieldEditor):
    """A yes/no check box; commits on toggle."""

    widget: QCheckBox

    def __init__(self, name: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(name, QCheckBox(text, parent))
        self.widget.toggled.connect(self._on_widget_toggled)

    def _show(self, value: Any) -> None:
        self.widget.setChecked(bool(value))

    def _on_widget_toggled(self, checked: bool) -> None:
        self.edited.emit(checked)


class ColourEditor(FieldEditor):
    """A button that opens QColorDialog, and a reset to the default colour (None)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, QWidget(parent))
        self._value: str | None = None
        layout = QHBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        # A plain container would take the form's spare height and float its buttons in it.
        self.widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.button = QPushButton(self.widget)
        self.reset_button = QToolButton(self.widget)
        self.reset_button.setText(self.tr("Default"))
        self.reset_button.setToolTip(self.tr("Use the default colour"))
        layout.addWidget(self.button, 1)
        layout.addWidget(self.reset_button)
        self.button.clicked.connect(self._on_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self._show(None)

    def _show(self, value: Any) -> None:
        self._value = value
        self.button.setText(value if value else self.tr("Default colour"))
        self.button.setIcon(swatch(value) if value else QIcon())
        self.reset_button.setEnabled(value is not None)

    def _on_button_clicked(self) -> None:
        chosen = pick_colour(self.widget, self._value)
        if chosen is not None and chosen != self._value:
            self.edited.emit(chosen)

    def _on_reset_button_clicked(self) -> None:
        if self._value is not None:
            self.edited.emit(None)


# ---------------------------------------------------------------- form

E = TypeVar("E", bound=FieldEditor)


class FieldForm(QWidget):
    """Editors in a QFormLayout, one row each, relaying their edits by field name."""

    #: The user changed a field: its name and its new value.
    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.layout_ = QFormLayout()
        outer.addLayout(self.layout_)
        outer.addStretch(1)  # spare height goes below the rows, not between them
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow dock (or with long French labels) a field goes under its label rather than off the edge.
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        #: The editors by field name, in row order.
        self.editors: dict[str, FieldEditor] = {}

    def add(self, text: str, editor: E) -> E:
        """Add a row labelled ``text`` for ``editor`` and return the editor."""
        self.editors[editor.name] = editor
        self.layout_.addRow(text, editor.widget)
        editor.edited.connect(lambda value, name=editor.name: self.edited.emit(name, value))
        return editor

    def editor(self, name: str, kind: type[E]) -> E:
        """The editor of field ``name``, which is a ``kind`` (a ``TypeError`` when it is not)."""
        editor = self.editors[name]
        if not isinstance(editor, kind):
            raise TypeError(f"the editor of {name} is a {type(editor).__name__}, not a {kind.__name__}")
        return editor

    def set_row_visible(self, name: str, visible: bool) -> None:
        """Show or hide the row of field ``name``."""
        self.layout_.setRowVisible(self.editors[name].widget, visible)

    def show_values(self, row: Any) -> None:
        """Show the fields of a model row (attributes named like the editors)."""
        for name, editor in self.editors.items():
            editor.set_value(getattr(row, name))
