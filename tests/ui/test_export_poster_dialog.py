"""The poster dialog: readability warning, marks left off, comparison; the deck through File > Export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.ui.export_dialog import PosterDialog
from app.ui.main_window import MainWindow


@pytest.fixture
def window(make_window, sample_path: Path) -> MainWindow:
    """The sample, shown, first journey on the map."""
    return make_window(sample_path, show=True)


def _choose(qtbot, combo, data) -> None:
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def test_the_dialog_says_when_card_text_prints_too_small_and_the_file_is_still_written(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    seen: dict[str, str] = {}

    def answer(dialog: PosterDialog) -> int:
        dialog.show()
        _choose(qtbot, dialog.paper_combo, "A0")
        seen["A0"] = dialog.readability
        _choose(qtbot, dialog.paper_combo, "A4")
        seen["A4"] = dialog.readability
        seen["visible"] = str(dialog.readability_label.isVisible())
        qtbot.mouseClick(dialog.persona_check, Qt.MouseButton.LeftButton)  # personas off: still too small on A4
        seen["bare"] = dialog.readability
        qtbot.mouseClick(dialog.persona_check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PosterDialog, "exec", answer)
    window.ask_export_path = lambda *args: tmp_path / "small.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    assert seen["A0"] == ""
    assert "8 pt" in seen["A4"] and "persona panel" in seen["A4"] and seen["visible"] == "True"
    assert "--" not in seen["A4"]  # the dialog speaks of its own choices, not of command-line options
    assert "persona panel" not in seen["bare"]
    assert (tmp_path / "small.pdf").exists()
    assert "8 pt" in window.statusBar().currentMessage() and "--" not in window.statusBar().currentMessage()


def test_the_deck_is_written_through_file_export_presentation(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from pptx import Presentation

    window.ask_export_path = lambda title, suggested, filters: tmp_path / "committee"
    window.actions_by_name["export_deck"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=60000)
    deck = Presentation(str(tmp_path / "committee.pptx"))  # the suffix is added
    assert len(deck.slides) > 6
    assert "committee.pptx" in window.statusBar().currentMessage()


def test_the_dialog_leaves_marks_off_and_compares_with_another_journey(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    import pypdf

    def answer(dialog: PosterDialog) -> int:
        dialog.show()
        _choose(qtbot, dialog.paper_combo, "A1")
        qtbot.mouseClick(dialog.mark_checks["header"], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.mark_checks["kpis"], Qt.MouseButton.LeftButton)
        _choose(qtbot, dialog.compare_combo, dialog.journeys[0][0])
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PosterDialog, "exec", answer)
    window.ask_export_path = lambda *args: tmp_path / "marks.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    text = " ".join(pypdf.PdfReader(tmp_path / "marks.pdf").pages[0].extract_text().split())
    assert "Customer goal" not in text and "Satisfaction measured here" not in text
    assert "Duration and waiting time" in text and "Curve of " in text


def test_at_a_fixed_scale_the_dialog_counts_the_sheets_of_the_map_not_of_the_whole_sheet(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    seen: dict[str, str] = {}

    def answer(dialog: PosterDialog) -> int:
        dialog.show()
        _choose(qtbot, dialog.paper_combo, "A0")
        dialog.tile_group.setChecked(True)
        seen["whole"] = dialog.sheet_label.text()
        qtbot.mouseClick(dialog.scale_check, Qt.MouseButton.LeftButton)
        seen["scaled"] = dialog.sheet_label.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PosterDialog, "exec", answer)
    window.ask_export_path = lambda *args: tmp_path / "scaled.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    whole, scaled = (int(seen[key].split()[0]) for key in ("whole", "scaled"))
    assert scaled < whole
    import pypdf

    printed = len(pypdf.PdfReader(tmp_path / "scaled.pdf").pages) - 1
    assert printed <= scaled  # the estimate never promises fewer sheets than come out
