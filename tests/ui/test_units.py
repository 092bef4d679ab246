"""Preferences > Units (issue 13): the poster dialog shows and takes inches when asked, and keeps millimetres inside."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from app.ui import export_dialog, export_settings, settings, units


def _type(qtbot, spin, text: str) -> None:
    """Select the spin box's number and type ``text`` over it, as a user would."""
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)
    spin.interpretText()


def _choose_units(qtbot, window, which: str) -> None:
    from app.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window)
    combo = dialog.units
    target = combo.findData(which)
    combo.setFocus()
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    if which == "in":  # the dialog's own paper list follows the unit being chosen
        assert dialog.paper.itemText(dialog.paper.findData("A4")) == "A4 (8.27 × 11.69 in)"
    dialog.apply()


def test_with_inches_chosen_the_poster_dialog_shows_inches_and_keeps_millimetres(qtbot, make_window) -> None:
    window = make_window()
    _choose_units(qtbot, window, "in")
    assert units.unit() == "in"  # applied at once: no restart
    options = replace(export_settings.load_options(), paper="A0", orientation="portrait", margin_mm=10.0,
                      tile=None, bleed_mm=0.0, crop_marks=False, scale_percent=None)
    dialog = export_dialog.PosterDialog(options, (1000.0, 700.0))
    qtbot.addWidget(dialog)
    assert dialog.paper_combo.currentText() == "A0 (33.11 × 46.81 in)"
    assert dialog.margin_spin.suffix() == " in" and dialog.margin_spin.text() == "0.394 in"
    assert dialog.sheet_label.text() == "One sheet, 33.11 × 46.81 in"
    assert [dialog.bleed_combo.itemText(i) for i in range(dialog.bleed_combo.count())] == ["0 in", "0.12 in",
                                                                                           "0.2 in"]
    # Round trip: what comes back out is the millimetres that went in.
    assert dialog.options().margin_mm == 10.0
    # Typed in inches, stored in millimetres.
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("custom"))
    _type(qtbot, dialog.custom_width, "8.5")
    _type(qtbot, dialog.custom_height, "11")
    _type(qtbot, dialog.margin_spin, "0.5")
    chosen = dialog.options()
    assert chosen.paper == "215.9x279.4mm" and chosen.margin_mm == 12.7
    assert dialog.sheet_label.text() == "One sheet, 8.5 × 11 in"
    export_settings.save_options(chosen)
    again = export_dialog.PosterDialog(export_settings.load_options(), (1000.0, 700.0))
    qtbot.addWidget(again)
    assert again.custom_width.text() == "8.5 in" and again.margin_spin.text() == "0.5 in"
    assert again.options().paper == "215.9x279.4mm"
    # Too small a custom size is refused in the unit the user reads.
    _type(qtbot, again.custom_width, "1")
    assert again.problem == "A custom size must measure 1.97 to 196.85 in on each side."


def test_millimetres_stay_the_default_and_come_back(qtbot, make_window) -> None:
    window = make_window()
    assert units.unit() == "mm"
    dialog = export_dialog.PosterDialog(replace(export_settings.load_options(), paper="A0", orientation="portrait",
                                                tile=None, bleed_mm=0.0), (1000.0, 700.0))
    qtbot.addWidget(dialog)
    assert dialog.paper_combo.currentText() == "A0 (841 × 1189 mm)"
    assert dialog.sheet_label.text() == "One sheet, 841 × 1189 mm"
    _choose_units(qtbot, window, "in")
    _choose_units(qtbot, window, "mm")
    assert settings.preference("units") == "mm"
    assert units.length(12.7) == "13 mm" and units.length(12.7, "in") == "0.5 in"


@pytest.mark.parametrize("mm", [0.0, 3.0, 9.9, 10.0, 12.7, 215.9, 841.0, 1189.0, 4999.9])
def test_a_length_in_inches_comes_back_to_the_same_tenth_of_a_millimetre(qtbot, mm: float) -> None:
    spin = units.LengthSpinBox(None, "in")
    qtbot.addWidget(spin)
    spin.set_range_mm(0.0, 5000.0)
    spin.setValue(mm)
    assert spin.value() == mm
    spin.setValue(spin.value())
    assert spin.value() == mm


def test_in_french_inches_are_po_with_a_decimal_comma(qtbot, make_window) -> None:
    from app import i18n

    window = make_window()
    _choose_units(qtbot, window, "in")
    i18n.install("fr")
    try:
        dialog = export_dialog.PosterDialog(replace(export_settings.load_options(), paper="A0", orientation="portrait",
                                                    margin_mm=10.0, tile=None, bleed_mm=0.0), (1000.0, 700.0))
        qtbot.addWidget(dialog)
        assert dialog.paper_combo.currentText() == "A0 (33,11 × 46,81 po)"
        assert dialog.margin_spin.text() == "0,394 po"
        assert dialog.sheet_label.text() == "Une feuille, 33,11 × 46,81 po"
        _type(qtbot, dialog.margin_spin, "0,5")
        assert dialog.options().margin_mm == 12.7
    finally:
        i18n.install("en")
