"""Lengths shown in the unit chosen in the Preferences: millimetres or inches.

Everything is kept in millimetres (the poster options, the export code, the
settings); only what the user reads and types is converted.
:class:`LengthSpinBox` is a spin box whose ``value()`` and ``setValue()``
speak millimetres while it shows and takes the chosen unit; :func:`length`,
:func:`size` and :func:`paper_label` write lengths for labels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from app import i18n
from app.model.numbers import decimal_mark
from app.ui import settings

MM_PER_INCH = 25.4  # millimetres in an inch


def unit() -> str:
    """The unit lengths are shown in: "mm" or "in" (Preferences > Units)."""
    return str(settings.preference("units"))


def symbol(which: str | None = None) -> str:
    """The symbol of ``which`` (default: the chosen unit), as written after a number."""
    if (which or unit()) == "in":
        #: The symbol of inches, written after a number ("8.5 in").
        return QCoreApplication.translate("units", "in")
    #: The symbol of millimetres, written after a number ("210 mm").
    return QCoreApplication.translate("units", "mm")


def decimals(which: str | None = None) -> int:
    """How many decimals a length shows: none in millimetres, two in inches."""
    return 2 if (which or unit()) == "in" else 0


def from_mm(mm: float, which: str | None = None) -> float:
    """``mm`` in the chosen unit (or in ``which``)."""
    return mm / MM_PER_INCH if (which or unit()) == "in" else mm


def to_mm(value: float, which: str | None = None) -> float:
    """A length in the chosen unit (or in ``which``) back in millimetres, to a tenth of a millimetre."""
    return round(value * MM_PER_INCH, 1) if (which or unit()) == "in" else value


def number(mm: float, which: str | None = None) -> str:
    """The number of a length (no unit), as the interface's language writes it (a decimal comma in French)."""
    text = f"{round(from_mm(mm, which), decimals(which)):.{decimals(which)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return decimal_mark(text, i18n.current_language())


def length(mm: float, which: str | None = None) -> str:
    """A length with its unit: "10 mm", "0.39 in"."""
    return f"{number(mm, which)} {symbol(which)}"


def size(width_mm: float, height_mm: float, which: str | None = None) -> str:
    """A sheet's size: "841 × 1189 mm", "33.11 × 46.81 in"."""
    return f"{number(width_mm, which)} × {number(height_mm, which)} {symbol(which)}"


def paper_label(paper: str, which: str | None = None) -> str:
    """A paper's name with its size in the chosen unit (or in ``which``): "A4 (210 × 297 mm)"."""
    from app.export.paper import paper_size_mm

    width, height = paper_size_mm(paper)
    return f"{paper} ({size(width, height, which)})"


class LengthSpinBox(QDoubleSpinBox):
    """A spin box for a length: shows and takes the chosen unit, but ``value()`` and ``setValue()`` are in mm.

    The range is given in millimetres too (:meth:`set_range_mm`).
    """

    def __init__(self, parent: QWidget | None = None, which: str | None = None) -> None:
        super().__init__(parent)
        #: The unit shown ("mm" or "in"), fixed when the box is made.
        self.unit = which or unit()
        # Three decimals of an inch keep any length to a tenth of a millimetre: options survive a round trip.
        self.setDecimals(3 if self.unit == "in" else 0)
        self.setSingleStep(0.1 if self.unit == "in" else 1.0)
        self.setSuffix(" " + symbol(self.unit))
        if i18n.current_language() == "fr":  # "0,394 po" as the labels write it, and "8,5" typed is understood
            self.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))

    def textFromValue(self, value: float) -> str:
        """The number shown, without trailing zeros ("8.5 in", not "8.500 in")."""
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text

    def set_range_mm(self, low: float, high: float) -> None:
        """Accept lengths from ``low`` to ``high`` millimetres."""
        super().setRange(from_mm(low, self.unit), from_mm(high, self.unit))

    def setRange(self, low: float, high: float) -> None:  # noqa: N802 - Qt's name, here in millimetres
        """Accept lengths from ``low`` to ``high`` millimetres (as :meth:`set_range_mm`)."""
        self.set_range_mm(low, high)

    def value(self) -> float:
        """The length shown, in millimetres."""
        return to_mm(super().value(), self.unit)

    def setValue(self, mm: float) -> None:  # noqa: N802 - Qt's name, here in millimetres
        """Show ``mm`` millimetres in the box's unit."""
        super().setValue(from_mm(mm, self.unit))


def length_spin(parent: QWidget | None, low_mm: float, high_mm: float, value_mm: float) -> LengthSpinBox:
    """A :class:`LengthSpinBox` from ``low_mm`` to ``high_mm`` showing ``value_mm``, following each keystroke."""
    spin = LengthSpinBox(parent)
    spin.set_range_mm(low_mm, high_mm)
    spin.setValue(value_mm)
    spin.setKeyboardTracking(True)
    return spin
