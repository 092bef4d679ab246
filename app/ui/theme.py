"""Fonts and colours of the editor, from the bundled font and :mod:`app.model.colours`.

The canvas draws with the bundled DejaVu Sans at pixel sizes, the same font
the poster embeds, so a card wraps its text the same way on screen and on
paper. :func:`family` registers the font files once per process.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app import resources

#: Used when the bundled font cannot be registered (a broken installation still draws).
FALLBACK_FAMILY = "DejaVu Sans"


@functools.cache
def family() -> str:
    """The family name of the bundled font, registered with Qt on first use."""
    name = FALLBACK_FAMILY
    for path in resources.font_paths().values():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                name = families[0]
    return name


@functools.cache
def pixel_font(size: float, bold: bool = False) -> QFont:
    """The bundled font at ``size`` pixels (pixel sizes print at the same size as they show)."""
    font = QFont(family())
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    font.setKerning(True)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def bold(font: QFont) -> QFont:
    """``font`` in bold (a style sheet would freeze the label's colours when the theme changes)."""
    font.setBold(True)
    return font


@functools.cache
def colour(hex_value: str) -> QColor:
    """A QColor from ``#RRGGBB`` (cached: the canvas asks for the same few colours all the time)."""
    return QColor(hex_value)


# ---------------------------------------------------------------------- light and dark, and contrast

#: Theme choices of the preferences ("system" follows the desktop's light or dark setting).
THEMES = ("system", "light", "dark")
#: The smallest contrast ratio of any text on its background (WCAG 2 AA for normal text).
MIN_CONTRAST = 4.5



@dataclass
class _ThemeState:
    """The theme in use: the user's choice, whether it came out dark, whether the desktop is followed."""

    choice: str = "system"
    dark: bool = False
    following: bool = False


_state = _ThemeState()


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(foreground: QColor | str, background: QColor | str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    first, second = _luminance(QColor(foreground)), _luminance(QColor(background))
    return (max(first, second) + 0.05) / (min(first, second) + 0.05)


def readable(hex_value: str, background: str = "#FFFFFF") -> str:
    """``hex_value`` darkened (or lightened on a dark background) until text in it reads on ``background``."""
    colour, back = QColor(hex_value), QColor(background)
    dark_background = _luminance(back) < 0.18
    for _ in range(40):
        if contrast_ratio(colour, back) >= MIN_CONTRAST:
            break
        colour = colour.lighter(108) if dark_background else colour.darker(108)
    return colour.name()


def is_dark() -> bool:
    """True when the dark theme is in use."""
    return _state.dark


#: Text that reports a refusal or a warning, per theme: (light, dark); each reads at 4.5:1 on its window.
_ALERTS = {"error": ("#B3261E", "#FF8A80"), "warning": ("#8A5300", "#F0B45A")}


def alert_colour(kind: str = "error") -> str:
    """The colour of an ``error`` or ``warning`` sentence in the theme in use."""
    light, dark = _ALERTS[kind]
    return dark if is_dark() else light


class _AlertFollower(QObject):
    """Gives one label the alert colour of the theme, now and whenever the theme changes."""

    def __init__(self, label: QWidget, kind: str) -> None:
        super().__init__(label)
        self._label, self._kind = label, kind
        signals().changed.connect(self._on_theme_changed)
        self._on_theme_changed(is_dark())

    def _on_theme_changed(self, _dark: bool) -> None:
        self._label.setStyleSheet(f"color: {alert_colour(self._kind)};")


def mark_alert(label: QWidget, kind: str = "error") -> None:
    """Write ``label`` in the theme's ``error`` (or ``warning``) colour, following theme changes."""
    _AlertFollower(label, kind)


class ThemeSignals(QObject):
    """Tells the views that paint their own colours (the canvas, the overview, the curve) that the theme changed."""

    #: The light or dark theme was applied (True: dark); also sent when the desktop switched.
    changed = Signal(bool)


@functools.cache
def signals() -> ThemeSignals:
    """The one :class:`ThemeSignals` of the process."""
    return ThemeSignals()


def _dark_palette() -> QPalette:
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for name, value in (("Window", "#26292E"), ("WindowText", "#E8EAED"), ("Base", "#1E2125"),
                        ("AlternateBase", "#2A2E33"), ("ToolTipBase", "#33373D"), ("ToolTipText", "#F1F3F4"),
                        ("PlaceholderText", "#A7ADB4"), ("Text", "#E8EAED"), ("Button", "#33373D"),
                        ("ButtonText", "#E8EAED"), ("BrightText", "#FFFFFF"), ("Link", "#8AB4F8"),
                        ("Highlight", "#2F6FD0"), ("HighlightedText", "#FFFFFF"), ("Light", "#4A4F56"),
                        ("Midlight", "#3A3F45"), ("Mid", "#2E3237"), ("Dark", "#1A1C1F"), ("Shadow", "#000000")):
        palette.setColor(getattr(role, name), QColor(value))
    for name in ("WindowText", "Text", "ButtonText"):
        palette.setColor(group.Disabled, getattr(role, name), QColor("#7D838A"))
    return palette


def _light_palette(app: QApplication) -> QPalette:
    style = app.style()
    palette = style.standardPalette() if style is not None else QPalette()
    role = QPalette.ColorRole
    # Fusion's placeholder grey is about 3:1 on white: darker, so hints read too.
    palette.setColor(role.PlaceholderText, QColor("#6B7177"))
    palette.setColor(role.ToolTipBase, QColor("#FFFBE6"))
    palette.setColor(role.ToolTipText, QColor("#1F2328"))
    palette.setColor(role.Highlight, QColor("#1F6FB2"))  # white on Fusion's #308CC6 is only 3.7:1
    palette.setColor(role.HighlightedText, QColor("#FFFFFF"))
    return palette


def system_is_dark(app: QGuiApplication) -> bool:
    """True when the desktop asks for a dark appearance."""
    try:
        return app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt before 6.5
        return False


def apply(application: QCoreApplication, choice: str = "system") -> bool:
    """Give the application the light or dark theme; True if dark.

    ``system`` follows the desktop, now and whenever it changes. The views
    that paint their own colours follow :func:`signals`.
    """
    app = cast(QApplication, application)
    choice = choice if choice in THEMES else "system"
    _state.choice = choice
    dark = choice == "dark" or (choice == "system" and system_is_dark(app))
    _state.dark = dark
    style = app.style()
    if dark and (style is None or style.name().lower() != "fusion"):
        app.setStyle("Fusion")  # native styles (Windows Vista, macOS) ignore a dark palette
    app.setPalette(_dark_palette() if dark else _light_palette(app))
    signals().changed.emit(dark)
    if not _state.following:
        try:
            app.styleHints().colorSchemeChanged.connect(lambda _scheme: _state.choice == "system"
                                                        and apply(app, "system"))
            _state.following = True
        except AttributeError:
            pass
    return dark
