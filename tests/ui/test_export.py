"""File > Export and File > Import: the poster dialog, exports in the background, imports as one undo step."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from app.export import poster
from app.export.poster_options import PosterOptions
from app.model.errors import ParcoursError
from app.model.ops import Change
from app.model.schema import Card, Journey, Lane, Persona
from app.model.store import ProjectStore
from app.ui.export_dialog import PosterDialog
from app.ui.export_settings import load_options, save_options
from app.ui.main_window import MainWindow


@pytest.fixture
def window(make_window, sample_path: Path) -> MainWindow:
    """The sample, shown, first journey on the map."""
    return make_window(sample_path, show=True)


@pytest.fixture
def errors(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences the window shows with ``show_error``."""
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda error: shown.append(error.message()))
    return shown


@pytest.fixture
def progress_dialogs(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[QProgressDialog]:
    """The progress dialogs the window makes (the real ones, recorded)."""
    made: list[QProgressDialog] = []
    original = window.make_progress_dialog

    def make(label: str) -> QProgressDialog:
        made.append(original(label))
        return made[-1]

    monkeypatch.setattr(window, "make_progress_dialog", make)
    return made


def _dialog(qtbot, options: PosterOptions, map_size=(3000.0, 1200.0)) -> PosterDialog:
    dialog = PosterDialog(options, map_size)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(qtbot, combo, data) -> None:
    """Pick the item holding ``data`` in ``combo`` with the keyboard, as a user would."""
    combo.setFocus()
    target = combo.findData(data)
    assert target >= 0
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)


def _type(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Delete)
    qtbot.keyClicks(spin.lineEdit(), text)


def _slow_exporter(calls: list[float], steps: int = 400, delay: float = 0.005):
    """A stand-in poster exporter that reports progress for ``steps * delay`` seconds, then writes the file."""
    def export(session, journey_id, path, *, progress=None, **_options):
        session.scalar(select(func.count(Card.id)))  # it reads through the session it was given
        for step in range(steps):
            time.sleep(delay)
            calls.append(step / steps)
            if progress is not None:
                progress(step / steps)
        Path(path).write_bytes(b"%PDF-1.4 stand-in")
        return poster.PosterResult(Path(path), 1, (841.0, 1189.0), "portrait", None)
    return export


# ---------------------------------------------------------------------- the poster dialog


def test_the_sheet_count_and_the_preview_follow_paper_and_tiling(qtbot) -> None:
    dialog = _dialog(qtbot, PosterOptions(paper="A0", orientation="portrait"))
    assert dialog.sheet_label.text().startswith("One sheet, 841 × 1189 mm")
    assert dialog.preview.grid is None and dialog.preview.poster_mm == (841.0, 1189.0)
    dialog.tile_group.setChecked(True)
    grid = poster.tile_count("A0", "portrait", "A4", None, 10.0, 10.0)
    assert dialog.sheet_label.text() == f"{grid.sheets} sheets ({grid.rows} x {grid.columns}) + assembly page"
    assert len(dialog.preview.sheet_rects()) == grid.sheets
    _choose(qtbot, dialog.paper_combo, "A2")
    smaller = poster.tile_count("A2", "portrait", "A4", None, 10.0, 10.0)
    assert smaller.sheets < grid.sheets
    assert dialog.sheet_label.text().startswith(f"{smaller.sheets} sheets (")
    assert dialog.preview.poster_mm == (420.0, 594.0) and len(dialog.preview.sheet_rects()) == smaller.sheets
    _choose(qtbot, dialog.tile_paper_combo, "A3")
    assert dialog.options().tile == "A3"
    assert dialog.sheet_label.text().startswith(f"{poster.tile_count('A2', 'portrait', 'A3').sheets} sheets (")
    dialog.preview.grab()  # paints without error


def test_automatic_orientation_follows_the_shape_of_the_map(qtbot) -> None:
    wide = _dialog(qtbot, PosterOptions(paper="A1"), map_size=(3000.0, 1000.0))
    assert wide.preview.poster_mm == (841.0, 594.0)
    tall = _dialog(qtbot, PosterOptions(paper="A1"), map_size=(800.0, 2000.0))
    assert tall.preview.poster_mm == (594.0, 841.0)


def _worse_in_portrait() -> tuple[str, str]:
    for paper in ("A0", "A1", "A2", "A3"):
        for orientation in ("portrait", "landscape"):
            if poster.tile_count(paper, orientation, "A4", "portrait").sheets > \
                    poster.tile_count(paper, orientation, "A4", "landscape").sheets:
                return paper, orientation
    raise AssertionError("no poster needs fewer landscape sheets")


def test_the_other_sheet_orientation_is_suggested_when_it_needs_fewer(qtbot) -> None:
    paper, orientation = _worse_in_portrait()
    dialog = _dialog(qtbot, PosterOptions(paper=paper, orientation=orientation, tile="A4"))
    assert not dialog.suggestion_label.isVisibleTo(dialog)  # automatic already takes the fewest
    _choose(qtbot, dialog.tile_orientation_combo, "portrait")
    fewer = poster.tile_count(paper, orientation, "A4", "landscape").sheets
    assert dialog.suggestion_label.isVisibleTo(dialog)
    assert dialog.suggestion_label.text() == f"Landscape sheets need only {fewer}."
    qtbot.mouseClick(dialog.suggestion_button, Qt.MouseButton.LeftButton)
    assert dialog.options().tile_orientation == "landscape"
    assert dialog.sheet_label.text().startswith(f"{fewer} sheets (")
    assert not dialog.suggestion_label.isVisibleTo(dialog)


def test_an_impossible_custom_size_is_explained_and_ok_is_disabled(qtbot) -> None:
    dialog = _dialog(qtbot, PosterOptions(paper="A0"))
    assert not dialog.custom_row.isVisibleTo(dialog)
    _choose(qtbot, dialog.paper_combo, "custom")
    assert dialog.custom_row.isVisibleTo(dialog) and dialog.ok_button.isEnabled()
    _type(qtbot, dialog.custom_width, "10")
    assert not dialog.ok_button.isEnabled()
    assert dialog.problem == "A custom size must measure 50 to 5000 mm on each side."
    assert dialog.problem_label.isVisibleTo(dialog)
    assert dialog.preview.poster_mm is None
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == 0 and dialog.isVisible()  # Enter does not accept what cannot be printed
    _type(qtbot, dialog.custom_width, "1500")
    _type(qtbot, dialog.custom_height, "600")
    assert dialog.ok_button.isEnabled() and dialog.problem == ""
    assert dialog.options().paper == "1500x600mm"
    assert dialog.preview.poster_mm == (1500.0, 600.0)


def test_too_much_overlap_is_explained(qtbot) -> None:
    dialog = _dialog(qtbot, PosterOptions(paper="A1", tile="A4"))
    dialog.margin_spin.setValue(80.0)
    dialog.overlap_spin.setValue(50.0)
    assert not dialog.ok_button.isEnabled() and "overlap" in dialog.problem


def test_office_sheets_and_print_shop_bleed_exclude_each_other(qtbot) -> None:
    dialog = _dialog(qtbot, PosterOptions(paper="A1", tile="A4"))
    assert dialog.tile_group.isChecked() and not dialog.print_shop_group.isChecked()
    dialog.print_shop_group.setChecked(True)
    assert not dialog.tile_group.isChecked()
    _choose(qtbot, dialog.bleed_combo, 3.0)
    dialog.crop_marks_check.setChecked(True)
    options = dialog.options()
    assert options.tile is None and options.bleed_mm == 3.0 and options.crop_marks
    assert dialog.sheet_label.text().startswith("One sheet")
    assert dialog.preview.bleed_mm == 3.0
    dialog.tile_group.setChecked(True)
    assert not dialog.print_shop_group.isChecked()
    assert dialog.options().bleed_mm == 0.0 and not dialog.options().crop_marks
    assert PosterOptions(tile="A4", bleed_mm=3.0).export_keywords()["bleed_mm"] == 0.0


def test_the_last_options_are_remembered() -> None:
    assert load_options() == PosterOptions()
    chosen = PosterOptions(paper="900x600mm", orientation="landscape", margin_mm=12.0, tile="A3",
                           tile_orientation="portrait", overlap_mm=15.0)
    save_options(chosen)
    assert load_options() == chosen
    save_options(PosterOptions(bleed_mm=5.0, crop_marks=True))
    assert load_options() == PosterOptions(bleed_mm=5.0, crop_marks=True)


# ---------------------------------------------------------------------- exports through the menu


def test_a_tiled_poster_is_exported_in_the_background(qtbot, window: MainWindow, tmp_path: Path,
                                                      progress_dialogs, errors) -> None:
    target = tmp_path / "poster.pdf"
    asked = []

    def ask_export_path(title, suggested, filters):
        asked.append(suggested)
        return target

    window.ask_poster_options = lambda options, map_size: PosterOptions(paper="A2", tile="A4")
    window.ask_export_path = ask_export_path
    window.actions_by_name["export_poster"].trigger()
    title = window.document.session.scalar(select(Journey.title).where(Journey.id == window.journey_id))
    assert asked[0].name == f"{title}.pdf"
    assert len(progress_dialogs) == 1
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    assert errors == []
    from pypdf import PdfReader

    pages = len(PdfReader(target).pages)
    grid_sheets = int(window.statusBar().currentMessage().split(": ")[1].split(" ")[0])
    assert pages == grid_sheets + 1 > 2
    assert window.statusBar().currentMessage().startswith("Exported poster.pdf: ")
    assert load_options().tile == "A4"  # remembered for next time
    assert window.actions_by_name["export_poster"].isEnabled()


def test_a_poster_on_one_sheet_has_one_page(qtbot, window: MainWindow, tmp_path: Path, errors) -> None:
    window.ask_poster_options = lambda options, map_size: PosterOptions(paper="A1")
    window.ask_export_path = lambda title, suggested, filters: tmp_path / "one"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    from pypdf import PdfReader

    assert errors == [] and len(PdfReader(tmp_path / "one.pdf").pages) == 1  # the suffix is added
    assert window.statusBar().currentMessage() == "Exported one.pdf."


def test_cancelling_the_poster_dialog_or_the_file_dialog_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    window.ask_poster_options = lambda options, map_size: None
    window.ask_export_path = lambda *args: pytest.fail("asked for a path after Cancel")
    window.actions_by_name["export_poster"].trigger()
    window.ask_poster_options = lambda options, map_size: options
    window.ask_export_path = lambda *args: None
    window.actions_by_name["export_poster"].trigger()
    assert not window.export_running and list(tmp_path.glob("*.pdf")) == []


def test_a_long_export_can_be_cancelled_and_the_window_stays_responsive(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch, progress_dialogs, errors) -> None:
    calls: list[float] = []
    monkeypatch.setattr(poster, "export_poster", _slow_exporter(calls, steps=2000))
    target = tmp_path / "long.pdf"
    window.ask_poster_options = lambda options, map_size: PosterOptions()
    window.ask_export_path = lambda *args: target
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    window.actions_by_name["export_poster"].trigger()
    thread = window.exports.worker
    finished = []
    thread.finished.connect(lambda: finished.append(True))
    assert window.export_running and not window.actions_by_name["export_poster"].isEnabled()
    assert not window.actions_by_name["import"].isEnabled()
    dialog = progress_dialogs[0]
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=10000)
    assert ticks  # the event loop ran while the export worked
    window.actions_by_name["export_image"].trigger()  # a second export is refused while one runs
    assert window.exports.worker is thread
    qtbot.waitUntil(dialog.isVisible, timeout=5000)  # shown once the export has taken 300 ms
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    qtbot.waitUntil(lambda: not window.export_running, timeout=10000)
    timer.stop()
    assert finished == [True] and len(calls) < 2000
    assert not target.exists()
    assert errors == []
    assert window.statusBar().currentMessage() == "Export cancelled; nothing was written."
    assert window.actions_by_name["export_poster"].isEnabled()


def test_the_export_reads_its_own_snapshot_not_the_editors_session(
        qtbot, window: MainWindow, tmp_path: Path, monkeypatch, errors) -> None:
    seen = {}

    def export(session, journey_id, path, *, progress=None, **_options):
        seen["session"] = session
        seen["cards"] = session.scalar(select(func.count(Card.id)))
        seen["journey"] = session.get(Journey, journey_id).title
        with pytest.raises(OperationalError):  # read-only
            session.execute(Journey.__table__.delete())
        return poster.PosterResult(Path(path), 1, (1.0, 1.0), "portrait", None)

    monkeypatch.setattr(poster, "export_poster", export)
    window.ask_poster_options = lambda options, map_size: PosterOptions()
    window.ask_export_path = lambda *args: tmp_path / "x.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=10000)
    assert errors == []
    assert seen["session"] is not window.document.session
    assert seen["cards"] == window.document.session.scalar(select(func.count(Card.id)))
    assert window.document.session.scalar(select(func.count(Journey.id))) >= 1


@pytest.mark.parametrize("failure, sentence", [
    (ParcoursError("There is no paper {paper}.", paper="B7"), "There is no paper B7."),
    (RuntimeError("boom\nTraceback (most recent call last)"),
     "Parcours stopped on an unexpected problem (RuntimeError: boom Traceback (most recent call last))."),
    (PermissionError(13, "Permission denied", "/nope/x.pdf"), "/nope/x.pdf: Permission denied."),
])
def test_a_failed_export_is_said_in_one_sentence(qtbot, window: MainWindow, tmp_path: Path, monkeypatch,
                                                 errors, failure, sentence) -> None:
    def export(*args, **kwargs):
        raise failure

    monkeypatch.setattr(poster, "export_poster", export)
    window.ask_poster_options = lambda options, map_size: PosterOptions()
    window.ask_export_path = lambda *args: tmp_path / "x.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running and bool(errors), timeout=10000)
    assert errors == [sentence] and "\n" not in errors[0]
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_exporter_is_said_in_one_sentence(qtbot, window: MainWindow, tmp_path: Path, monkeypatch,
                                                    errors) -> None:
    import sys

    import app.export

    monkeypatch.setitem(sys.modules, "app.export.mermaid", None)  # "import" then raises ImportError
    monkeypatch.delattr(app.export, "mermaid", raising=False)  # an earlier import left it on the package
    window.ask_export_path = lambda *args: tmp_path / "map.mmd"
    window.actions_by_name["export_mermaid"].trigger()
    assert errors == ["This format is not available in this installation yet."]


def _start_slow_poster(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    """Start a 4,000-step stand-in poster export to ``closing.pdf``; (progress calls, its thread) once it runs."""
    calls: list[float] = []
    monkeypatch.setattr(poster, "export_poster", _slow_exporter(calls, steps=4000))
    window.ask_poster_options = lambda options, map_size: PosterOptions()
    window.ask_export_path = lambda *args: tmp_path / "closing.pdf"
    window.actions_by_name["export_poster"].trigger()
    thread = window.exports.worker
    qtbot.waitUntil(lambda: len(calls) > 5, timeout=10000)
    return calls, thread


def test_closing_the_window_during_an_export_cancels_it(qtbot, window: MainWindow, tmp_path: Path,
                                                        monkeypatch, progress_dialogs) -> None:
    calls, thread = _start_slow_poster(qtbot, window, tmp_path, monkeypatch)
    working = window.document.store.working_path
    assert window.close()
    assert thread.isFinished() and len(calls) < 4000
    assert window.exports.worker is None and window.document is None
    assert not (tmp_path / "closing.pdf").exists() and not working.exists()


def test_closing_the_project_during_an_export_cancels_it(qtbot, window: MainWindow, tmp_path: Path,
                                                         monkeypatch) -> None:
    _calls, thread = _start_slow_poster(qtbot, window, tmp_path, monkeypatch)
    window.actions_by_name["close"].trigger()
    assert thread.isFinished() and window.exports.worker is None
    assert not window.actions_by_name["export_poster"].isEnabled()
    qtbot.wait(50)  # nothing left in the queue for a document that is gone
    assert "Exported" not in window.statusBar().currentMessage()


def test_quick_exports_run_at_once(window: MainWindow, tmp_path: Path, errors) -> None:
    window.ask_export_path = lambda title, suggested, filters: tmp_path / "cards.csv"
    window.actions_by_name["export_spreadsheet"].trigger()
    assert not window.export_running and errors == []
    assert (tmp_path / "cards.csv").read_text(encoding="utf-8").count("\n") > 5
    window.ask_export_path = lambda title, suggested, filters: tmp_path / "project"
    window.actions_by_name["export_json"].trigger()
    assert errors == [] and (tmp_path / "project.json").read_text(encoding="utf-8").startswith("{")
    assert window.statusBar().currentMessage() == "Exported project.json."


def test_the_file_dialog_suggests_the_last_export_folder(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    asked = []
    window.ask_export_path = lambda title, suggested, filters: asked.append(suggested) or folder / "a.csv"
    window.actions_by_name["export_spreadsheet"].trigger()
    window.actions_by_name["export_spreadsheet"].trigger()
    assert asked[0].suffix == ".xlsx" and asked[1].parent == folder


def test_export_needs_a_journey(make_window) -> None:
    window = make_window()
    assert not window.export_menu.isEnabled() and not window.actions_by_name["import"].isEnabled()


# ---------------------------------------------------------------------- import


def _cards(session, journey_id: int) -> int:
    return session.scalar(select(func.count(Card.id)).join(Lane, Card.lane_id == Lane.id)
                          .where(Lane.journey_id == journey_id))


def test_an_imported_spreadsheet_is_a_new_journey_undone_in_one_step(
        window: MainWindow, tmp_path: Path, errors) -> None:
    from app.export import spreadsheet

    document = window.document
    session = document.session
    source_id = window.journey_id
    source = tmp_path / "Workshop cards.csv"
    spreadsheet.export_csv(session, source, source_id)
    before = set(session.scalars(select(Journey.id)))
    window.ask_import_path = lambda folder, filters: source
    window.actions_by_name["import"].trigger()
    assert errors == []
    new = set(session.scalars(select(Journey.id))) - before
    assert len(new) == 1
    journey_id = new.pop()
    assert window.journey_id == journey_id and window.journey_combo.currentData() == journey_id
    assert _cards(session, journey_id) == _cards(session, source_id) > 0
    assert session.get(Journey, journey_id).title == "Workshop cards"
    assert document.undo_stack.undoText() == "Import Workshop cards.csv"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert session.get(Journey, journey_id) is None and window.journey_id != journey_id
    assert window.journey_combo.findData(journey_id) < 0
    document.undo_stack.redo()
    assert _cards(session, journey_id) == _cards(session, source_id)
    assert window.journey_combo.findData(journey_id) >= 0
    cards = _cards(session, journey_id)
    path = window.save()
    window.close()
    with ProjectStore.open(path, read_only=True) as store:
        assert store.session.get(Journey, journey_id).title == "Workshop cards"
        assert _cards(store.session, journey_id) == cards


def test_import_warnings_are_shown_once(window: MainWindow, tmp_path: Path, errors) -> None:
    source = tmp_path / "extra.csv"
    source.write_text("stage,lane,title,mood of the day\nArrival,Actions,Badge,fine\n", encoding="utf-8")
    shown = []
    window.show_import_warnings = lambda path, warnings: shown.append(warnings)
    window.ask_import_path = lambda folder, filters: source
    window.actions_by_name["import"].trigger()
    assert errors == [] and len(shown) == 1 and shown[0]
    assert "Imported extra.csv: 1 cards." == window.statusBar().currentMessage()


def test_a_bad_import_is_explained_and_leaves_nothing(window: MainWindow, tmp_path: Path, errors) -> None:
    session = window.document.session
    source = tmp_path / "broken.csv"
    source.write_text("stage,lane,title,score\nArrival,Actions,Badge,99\n", encoding="utf-8")
    counts = (session.scalar(select(func.count(Journey.id))), session.scalar(select(func.count(Card.id))))
    window.ask_import_path = lambda folder, filters: source
    window.actions_by_name["import"].trigger()
    assert len(errors) == 1 and "\n" not in errors[0]
    assert (session.scalar(select(func.count(Journey.id))), session.scalar(select(func.count(Card.id)))) == counts
    assert window.document.undo_stack.count() == 0
    window.imports.import_file(tmp_path / "notes.txt")
    assert errors[1].startswith("Parcours cannot import .txt files yet")


def test_apply_external_commits_and_announces_or_rolls_back(document) -> None:
    announced = []
    document.journeys_changed.connect(lambda: announced.append(True))

    def write(session):
        session.add(Persona(name="Visitor", position=90))
        session.flush()
        return Change(created={"journey": {1}}, updated={}, deleted={}, inverse=None)

    document.apply_external(write)
    assert announced == [True]
    assert document.session.scalar(select(func.count(Persona.id)).where(Persona.name == "Visitor")) == 1

    def broken(session):
        session.add(Persona(name="Ghost", position=91))
        session.flush()
        raise ParcoursError("No.")

    with pytest.raises(ParcoursError):
        document.apply_external(broken)
    assert announced == [True]
    assert document.session.scalar(select(func.count(Persona.id)).where(Persona.name == "Ghost")) == 0


# ---------------------------------------------------------------------- with the real exporters


def test_a_print_shop_poster_has_its_bleed(qtbot, window: MainWindow, tmp_path: Path, errors) -> None:
    window.ask_poster_options = lambda options, map_size: PosterOptions(paper="A3", bleed_mm=3.0, crop_marks=True)
    window.ask_export_path = lambda *args: tmp_path / "shop.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    from pypdf import PdfReader

    page = PdfReader(tmp_path / "shop.pdf").pages[0]
    assert errors == [] and "/BleedBox" in page and "/TrimBox" in page
    assert float(page.mediabox.width) > float(page.trimbox.width)


def test_the_real_poster_exporter_stops_when_cancelled(qtbot, window: MainWindow, tmp_path: Path, monkeypatch,
                                                       errors) -> None:
    real = poster.export_poster
    reports: list[float] = []

    def export(*args, progress=None, **keywords):
        def hooked(fraction: float) -> None:
            reports.append(fraction)
            window.exports.worker.cancel()  # as the Cancel button would, at the first report
            progress(fraction)
        return real(*args, progress=hooked, **keywords)

    monkeypatch.setattr(poster, "export_poster", export)
    target = tmp_path / "out" / "stopped.pdf"
    target.parent.mkdir()
    target.write_bytes(b"the previous poster")
    window.ask_poster_options = lambda options, map_size: PosterOptions(paper="A2", tile="A4")
    window.ask_export_path = lambda *args: target
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    assert errors == [] and len(reports) == 1
    assert target.read_bytes() == b"the previous poster"  # untouched
    assert list(target.parent.iterdir()) == [target]  # no temporary file left beside it
    assert window.statusBar().currentMessage() == "Export cancelled; nothing was written."


@pytest.mark.parametrize("suffix, action", [(".ojf", "export_ojf"), (".mmd", "export_mermaid")])
def test_an_interchange_file_goes_out_and_comes_back_as_a_new_journey(
        window: MainWindow, tmp_path: Path, errors, suffix: str, action: str) -> None:
    session = window.document.session
    source_id = window.journey_id
    target = tmp_path / f"out{suffix}"
    window.ask_export_path = lambda *args: target
    window.actions_by_name[action].trigger()
    assert errors == [] and target.exists()
    window.show_import_warnings = lambda path, warnings: None
    window.ask_import_path = lambda folder, filters: target
    window.actions_by_name["import"].trigger()
    assert errors == []
    assert window.journey_id != source_id
    assert _cards(session, window.journey_id) > 0
    window.document.undo_stack.undo()
    assert window.journey_id == source_id


def test_the_real_dialog_is_asked_through_the_menu(qtbot, window: MainWindow, tmp_path: Path, monkeypatch,
                                                  errors) -> None:
    def answer(dialog: PosterDialog) -> int:
        dialog.show()
        _choose(qtbot, dialog.paper_combo, "A3")
        dialog.tile_group.setChecked(True)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(PosterDialog, "exec", answer)
    window.ask_export_path = lambda *args: tmp_path / "asked.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    from pypdf import PdfReader

    sheets = poster.tile_grid(poster.sheet_size_mm("A3", "portrait"), "A4").sheets
    assert errors == [] and len(PdfReader(tmp_path / "asked.pdf").pages) in (sheets + 1, poster.tile_count(
        "A3", "landscape", "A4").sheets + 1)
    assert load_options().paper == "A3" and load_options().tile == "A4"


def test_the_legend_and_the_persona_panel_can_be_left_off(qtbot, window: MainWindow, tmp_path: Path,
                                                          errors) -> None:
    dialog = _dialog(qtbot, PosterOptions(paper="A3"))
    assert dialog.legend_check.isChecked() and dialog.persona_check.isChecked()
    qtbot.mouseClick(dialog.legend_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.persona_check, Qt.MouseButton.LeftButton)
    chosen = dialog.options()
    assert (chosen.legend, chosen.persona_panel) == (False, False)
    save_options(chosen)
    assert load_options() == chosen
    window.ask_poster_options = lambda options, map_size: options
    window.ask_export_path = lambda *args: tmp_path / "bare.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    from pypdf import PdfReader

    bare = PdfReader(tmp_path / "bare.pdf").pages[0].extract_text()
    window.ask_poster_options = lambda options, map_size: PosterOptions(paper="A3")
    window.ask_export_path = lambda *args: tmp_path / "full.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    full = PdfReader(tmp_path / "full.pdf").pages[0].extract_text()
    role = window.document.session.scalars(select(Persona.role).where(Persona.role != "")).first()
    assert errors == [] and role in full and role not in bare


@pytest.mark.parametrize(("action", "name", "check"), [
    ("export_image", "map.png", lambda data: data.startswith(b"\x89PNG\r\n\x1a\n")),
    ("export_image", "map.svg", lambda data: b"<svg" in data[:2000]),
    ("export_action_plan", "plan.pdf", lambda data: data.startswith(b"%PDF")),
    ("export_persona_sheets", "personas.pdf", lambda data: data.startswith(b"%PDF")),
    ("export_spreadsheet", "cards.xlsx", lambda data: data.startswith(b"PK")),
])
def test_the_background_formats_are_written_through_the_menu(qtbot, window: MainWindow, tmp_path: Path, errors,
                                                              action, name, check) -> None:
    window.ask_export_path = lambda title, suggested, filters: tmp_path / name
    window.ask_image_dpi = lambda current: 96
    window.actions_by_name[action].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=60000)
    assert errors == []
    assert check((tmp_path / name).read_bytes())
    assert window.statusBar().currentMessage() == f"Exported {name}."


def test_undoing_an_import_also_removes_the_personas_it_added(window: MainWindow, tmp_path: Path, errors) -> None:
    document, session = window.document, window.document.session
    source = tmp_path / "visit.mmd"
    source.write_text("journey\n  title Visit\n  section Arrive\n    Park the car: 2: Nadia Newcomer\n"
                      "    Find the desk: 4: Nadia Newcomer, Guard\n", encoding="utf-8")
    personas = set(session.scalars(select(Persona.name)))
    window.ask_import_path = lambda folder, filters: source
    window.show_import_warnings = lambda path, warnings: None
    window.actions_by_name["import"].trigger()
    assert errors == []
    added = set(session.scalars(select(Persona.name))) - personas
    assert added == {"Nadia Newcomer", "Guard"}
    journey_id = window.journey_id
    document.undo_stack.undo()
    assert set(session.scalars(select(Persona.name))) == personas
    assert session.get(Journey, journey_id) is None
    document.undo_stack.redo()
    assert set(session.scalars(select(Persona.name))) - personas == added
    assert [p.name for p in session.get(Journey, journey_id).personas] == ["Nadia Newcomer", "Guard"]


def test_the_preview_turns_the_poster_as_the_exporter_will(qtbot) -> None:
    dialog = PosterDialog(PosterOptions(paper="A1"), (1000.0, 1000.0), has_personas=True)
    qtbot.addWidget(dialog)
    dialog.show()
    # A square map beside the persona column is largest on a landscape sheet...
    assert dialog.preview.poster_mm == (841.0, 594.0)
    assert poster.automatic_orientation("A1", (1000.0, 1000.0), persona_panel=True) == "landscape"
    # ...and alone, on a portrait one: unticking the panel turns the preview.
    qtbot.mouseClick(dialog.persona_check, Qt.MouseButton.LeftButton)
    assert dialog.preview.poster_mm == (594.0, 841.0)


def test_a_png_is_written_at_the_resolution_asked_and_that_resolution_is_offered_next(
        qtbot, window: MainWindow, tmp_path: Path, errors) -> None:
    import struct

    offered: list[int] = []
    window.ask_export_path = lambda title, suggested, filters: tmp_path / "slides.png"
    window.ask_image_dpi = lambda current: offered.append(current) or 150
    window.actions_by_name["export_image"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=60000)
    data = (tmp_path / "slides.png").read_bytes()
    at = data.index(b"pHYs") + 4
    per_metre = struct.unpack(">I", data[at:at + 4])[0]
    assert errors == [] and round(per_metre * 0.0254) == 150
    window.ask_export_path = lambda title, suggested, filters: tmp_path / "other.png"
    window.ask_image_dpi = lambda current: offered.append(current) or None  # cancelled
    window.actions_by_name["export_image"].trigger()
    assert not window.export_running and not (tmp_path / "other.png").exists()
    assert offered == [96, 150]
    window.ask_export_path = lambda title, suggested, filters: tmp_path / "vector.svg"
    window.ask_image_dpi = lambda current: pytest.fail("an SVG has no resolution to ask")
    window.actions_by_name["export_image"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=60000)
    assert (tmp_path / "vector.svg").exists()


def test_a_fixed_scale_is_checked_against_the_sheet_and_reaches_the_pdf(qtbot, window: MainWindow, tmp_path: Path,
                                                                        errors) -> None:
    dialog = _dialog(qtbot, PosterOptions(paper="A4"), map_size=(3000.0, 1200.0))
    assert not dialog.scale_spin.isEnabled()
    qtbot.mouseClick(dialog.scale_check, Qt.MouseButton.LeftButton)
    assert dialog.scale_spin.isEnabled() and dialog.options().scale_percent == 100.0
    # 3000 canvas pixels at 100 % are 794 mm: not on an A4.
    assert "does not fit this sheet" in dialog.problem and not dialog.ok_button.isEnabled()
    _type(qtbot, dialog.scale_spin, "20")
    assert dialog.options().scale_percent == 20.0 and dialog.problem == "" and dialog.ok_button.isEnabled()
    _type(qtbot, dialog.scale_spin, "100")
    _choose(qtbot, dialog.paper_combo, "A0")
    assert dialog.problem == "" and dialog.ok_button.isEnabled()
    save_options(dialog.options())
    assert load_options().scale_percent == 100.0
    window.ask_poster_options = lambda options, map_size: PosterOptions(paper="A0", scale_percent=100.0)
    window.ask_export_path = lambda *args: tmp_path / "scaled.pdf"
    window.actions_by_name["export_poster"].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=30000)
    from pypdf import PdfReader

    content = PdfReader(tmp_path / "scaled.pdf").pages[0].get_contents().get_data().decode("latin-1")
    assert errors == [] and "\n.75 0 0 .75 " in "\n" + content


@pytest.mark.parametrize(("action", "name"), [("export_spreadsheet", "cards.xlsx"), ("export_mermaid", "map.mmd"),
                                              ("export_ojf", "map.ojf")])
def test_what_an_export_cannot_carry_is_said_in_the_window(qtbot, window: MainWindow, tmp_path: Path, errors,
                                                           action, name) -> None:
    from app.model import ops
    from app.model.schema import Card, Lane

    session = window.document.session
    persona_id = session.scalars(select(Persona.id)).first()
    card_id = session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                              .where(Lane.journey_id == window.journey_id)).first()
    window.document.apply(ops.Op(ops.set_card_personas, {"card_id": card_id, "scores": {persona_id: 2.0}}))
    said: list[tuple[str, list[str]]] = []
    window.show_export_warnings = lambda path, warnings: said.append((path.name, warnings))
    window.ask_export_path = lambda title, suggested, filters: tmp_path / name
    window.actions_by_name[action].trigger()
    qtbot.waitUntil(lambda: not window.export_running, timeout=60000)
    assert errors == [] and (tmp_path / name).exists()
    assert len(said) == 1 and said[0][0] == name
    assert any("which personas 1 cards apply to" in sentence for sentence in said[0][1]), said
    if name.endswith(".xlsx"):
        assert any("objectives" in sentence for sentence in said[0][1])
