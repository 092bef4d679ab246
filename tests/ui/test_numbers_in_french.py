"""Numbers as a French reader writes them: "5,8" in the KPI table, its editor, and the action plan report."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from app import i18n
from app.export.report import export_action_plan
from app.model.numbers import number_text
from app.model.schema import KPI
from app.model.store import ProjectStore


@pytest.mark.parametrize(("value", "language", "text"), [
    (5.8, "fr", "5,8"), (5.8, "en", "5.8"), (12.0, "fr", "12"), (1_000_000.0, "en", "1000000"),
    (-0.0, "fr", "0"), (0.125, "fr", "0,125"), (None, "fr", ""),
])
def test_a_number_has_no_exponent_no_useless_decimals_and_its_languages_mark(value, language, text) -> None:
    assert number_text(value, language) == text


@pytest.fixture
def french():
    i18n.install("fr")
    try:
        yield
    finally:
        i18n.install("en")


def test_the_kpi_table_shows_and_edits_a_decimal_comma(french, make_window, sample_path, qtbot) -> None:
    window = make_window(sample_path, show=True)
    window.resize(1600, 1000)
    window.actions_by_name["show_kpis"].trigger()
    view = window.kpis_view
    qtbot.waitUntil(lambda: view.view.isVisible(), timeout=3000)
    session = window.document.session
    kpi = view.table.rows[0]
    session.get(KPI, kpi.id).baseline = 5.8
    session.commit()
    view.refresh()
    column = view.table.column_of("baseline")
    index = view.proxy.mapFromSource(view.table.index(view.table.row_of(kpi.id), column))
    assert index.data() == "5,8"
    view.view.scrollTo(index)
    QTest.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=view.view.visualRect(index).center())
    QTest.keyClick(view.view.viewport(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=3000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "5,8"  # typed back as it is shown
    QTest.keyClick(editor, Qt.Key.Key_End)
    QTest.keyClicks(editor, "5")
    QTest.keyClick(editor, Qt.Key.Key_Return)

    def baseline() -> float | None:
        session.expire_all()
        return session.get(KPI, kpi.id).baseline

    qtbot.waitUntil(lambda: baseline() == pytest.approx(5.85), timeout=3000)  # the delegate commits when queued
    assert window.document.undo_stack.count() >= 1


def test_the_french_action_plan_prints_decimal_commas(sample_path, tmp_path) -> None:
    out = tmp_path / "plan.pdf"
    with ProjectStore.open(sample_path) as store:
        session = store.session
        kpi = session.scalars(select(KPI).order_by(KPI.id)).first()
        assert kpi is not None
        kpi.baseline, kpi.target = 5.8, 7.5
        session.commit()
        export_action_plan(session, out, journey_id=kpi.journey_id, language="fr")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "5,8" in text and "7,5" in text and "5.8" not in text


def test_a_french_poster_prints_a_half_score_with_a_comma(sample_path, tmp_path) -> None:
    from app.export.poster import export_poster
    from app.model.enums import LaneKind
    from app.model.schema import Card, Lane

    out = tmp_path / "poster.pdf"
    with ProjectStore.open(sample_path) as store:
        session = store.session
        card = session.scalars(select(Card).join(Lane, Lane.id == Card.lane_id)
                               .where(Lane.kind == LaneKind.TOUCHPOINTS, Card.score.is_not(None))).first()
        assert card is not None
        card.score = 7.5
        session.commit()
        export_poster(session, None, out, paper="A1", language="fr")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
    assert "7,5" in text and "7.5" not in text
