"""Fonts and colours of the editor, from the bundled font and :mod:`app.model.colours`.

The canvas draws with the bundled DejaVu Sans at pixel sizes, the same font
the poster embeds, so a card wraps its text the same way on screen and on
paper. :func:`family` registers the font files once per process.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor, QFont, QFontDatabase

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


@functools.cache
def colour(hex_value: str) -> QColor:
    """A QColor from ``#RRGGBB`` (cached: the canvas asks for the same few colours all the time)."""
    return QColor(hex_value)
