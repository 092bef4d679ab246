"""File > Import of a Parcours workbook in the editor: the whole journey comes in, and one undo takes all of it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.model.schema import KPI, Action, Journey, Link, Persona
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


def _counts(session) -> tuple[int, ...]:
    return tuple(session.scalar(select(func.count()).select_from(model)) for model in (Journey, Action, KPI, Link,
                                                                                         Persona))


def test_a_workbook_comes_in_whole_and_one_undo_takes_it_all_back(window, tmp_path: Path, errors) -> None:
    from app.export import spreadsheet

    document, session = window.document, window.document.session
    source = tmp_path / "Workshop.xlsx"
    spreadsheet.export_xlsx(session, source, window.journey_id)
    before = _counts(session)
    window.ask_import_path = lambda folder, filters: source
    window.show_import_warnings = lambda path, warnings: None
    window.actions_by_name["import"].trigger()
    assert errors == []
    after = _counts(session)
    # The editor imports a copy (its own journey's workbook too): a new journey with its actions, KPIs and links.
    assert after[0] == before[0] + 1 and after[1] > before[1] and after[2] > before[2] and after[3] > before[3]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert _counts(session) == before
    document.undo_stack.redo()
    assert _counts(session) == after


def test_file_export_writes_the_french_excel_csv_when_its_file_type_is_chosen(window, tmp_path: Path, errors) -> None:
    from app.i18n import translate
    from app.ui.window_export_formats import FORMATS

    filters = translate("ExportVerbs", FORMATS["export_spreadsheet"].filters).split(";;")
    assert len(filters) == 3 and filters[2].endswith("(*.csv)")

    def ask(title, suggested, offered, chosen):
        assert offered.split(";;") == filters
        window.export_filter = chosen
        return tmp_path / "cards.csv"

    window.ask_export_path = lambda title, suggested, offered: ask(title, suggested, offered, filters[2])
    window.actions_by_name["export_spreadsheet"].trigger()
    assert errors == []
    assert (tmp_path / "cards.csv").read_bytes().startswith(b"\xef\xbb\xbfstage;stage_position;")
    window.ask_export_path = lambda title, suggested, offered: ask(title, suggested, offered, filters[1])
    window.actions_by_name["export_spreadsheet"].trigger()
    assert (tmp_path / "cards.csv").read_bytes().startswith(b"\xef\xbb\xbfstage,stage_position,")
