"""KPIs with their progress bar, measurement points with their marker on the card, and what `info --json` tells."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox
from sqlalchemy import select

from app import cli
from app.model.enums import MeasureMethod
from app.model.schema import KPI, Card, MeasurementPoint, Stage
from app.ui.method_markers import MEASURE_COLOUR
from tests.ui.canvas import mouse
from tests.ui.painting import paint_item, pixels_of
from tests.ui.test_actions_plan import _edit_cell


@pytest.fixture
def window(make_window, sample_path, qtbot):
    window = make_window(sample_path, show=True)
    window.resize(1600, 1000)
    window.actions_by_name["show_kpis"].trigger()
    qtbot.waitUntil(lambda: window.kpis_view.view.isVisible(), timeout=3000)
    return window


def _open_cell(view, row_id: int, field: str):
    index = view.proxy.mapFromSource(view.table.index(view.table.row_of(row_id), view.table.column_of(field)))
    view.view.scrollTo(index)
    QTest.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=view.view.visualRect(index).center())
    QTest.keyClick(view.view.viewport(), Qt.Key.Key_F2)
    return index, QApplication.focusWidget()


def _bar_colour(view, index) -> QColor:
    image = view.view.viewport().grab().toImage()
    rect = view.view.visualRect(index)
    return image.pixelColor(rect.left() + 8, rect.center().y())


def test_progress_is_drawn_as_a_bar_that_turns_green_at_the_target(window, qtbot) -> None:
    view, session = window.kpis_view, window.document.session
    kpi = view.table.rows[0]
    assert 0 < kpi.progress < 1
    index = view.proxy.mapFromSource(view.table.index(0, view.table.column_of("progress")))
    assert _bar_colour(view, index) == QColor("#2F80C0")
    _edit_cell(qtbot, view.view, view.table, view.proxy, kpi.id, "actual", f"{kpi.target:g}")
    assert view.table.rows[0].progress == 1.0
    assert _bar_colour(view, index) == QColor("#2E9E50")
    _edit_cell(qtbot, view.view, view.table, view.proxy, kpi.id, "actual", "")
    session.expire_all()
    assert session.get(KPI, kpi.id).actual is None and view.table.rows[0].progress is None
    assert _bar_colour(view, index) != QColor("#2E9E50")


def test_a_kpi_is_placed_on_a_stage_from_its_list(window, qtbot) -> None:
    view, session, stack = window.kpis_view, window.document.session, window.document.undo_stack
    kpi = view.table.rows[-1].id
    _index, combo = _open_cell(view, kpi, "where")
    assert isinstance(combo, QComboBox)
    stage_text = next(combo.itemText(i) for i in range(combo.count()) if str(combo.itemData(i)).startswith("stage:"))
    count = stack.count()
    combo.setFocus()
    QTest.keyClicks(combo, stage_text)  # keyboard search picks the item and activates it
    qtbot.waitUntil(lambda: stack.count() == count + 1, timeout=2000)
    session.expire_all()
    row = session.get(KPI, kpi)
    assert row.card_id is None and session.get(Stage, row.stage_id).journey_id == window.journey_id
    stack.undo()
    session.expire_all()
    assert session.get(KPI, kpi).stage_id is None


def test_new_and_deleted_kpis_are_one_step_each(window, qtbot) -> None:
    view, stack, session = window.kpis_view, window.document.undo_stack, window.document.session
    rows = len(view.table.rows)
    count = stack.count()
    QTest.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert stack.count() == count + 1 and len(view.table.rows) == rows + 1
    QTest.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert stack.count() == count + 2 and len(view.table.rows) == rows
    stack.undo()
    assert len(view.table.rows) == rows + 1
    assert session.get(KPI, view.table.rows[-1].id).name == "New KPI"


def test_a_measurement_point_on_a_touchpoint_is_a_marker_that_follows_its_method(window, qtbot) -> None:
    scene, canvas, session = window.scene, window.canvas_view, window.document.session
    stack = window.document.undo_stack
    card = session.scalar(select(Card.id).where(Card.title == "Badge hand-over"))
    assert card not in scene.method_markers.markers
    item = scene.card_item(card)
    assert pixels_of(paint_item(item), MEASURE_COLOUR) == 0
    canvas.ensureVisible(item.sceneBoundingRect())
    mouse.click(canvas, mouse.scene_point(canvas, item.sceneBoundingRect().center()))
    window.actions_by_name["new_measurement_point"].trigger()
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, "Badge survey")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(5)
    point = session.scalar(select(MeasurementPoint).where(MeasurementPoint.name == "Badge survey"))
    assert point.card_id == card and point.stage_id == session.get(Card, card).stage_id
    assert scene.method_markers.markers[card] == (("◉ Survey", "#8E5BB5"),)
    assert pixels_of(paint_item(scene.card_item(card)), MEASURE_COLOUR) > 40  # the pill, drawn over the card
    view = window.method.measurements_view
    _index, combo = _open_cell(view, point.id, "method")
    combo.setFocus()
    QTest.keyClicks(combo, "NPS")
    qtbot.waitUntil(lambda: session.get(MeasurementPoint, point.id).method is MeasureMethod.NPS, timeout=2000)
    assert scene.method_markers.markers[card] == (("◉ NPS", "#8E5BB5"),)
    count = stack.count()
    view.view.selectRow(view.proxy.mapFromSource(view.table.index(view.table.row_of(point.id), 0)).row())
    QTest.keyClick(view.view, Qt.Key.Key_Delete)
    assert stack.count() == count + 1 and card not in scene.method_markers.markers
    stack.undo()
    assert scene.method_markers.markers[card] == (("◉ NPS", "#8E5BB5"),)


def test_info_json_tells_priorities_horizons_progress_and_measures(window, tmp_path, capsys) -> None:
    view = window.kpis_view
    kpi = view.table.rows[0]
    path = tmp_path / "saved.parcours"
    window.save_as(path)
    assert cli.main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert {a["title"] for a in info["actions"]} == {r.title for r in window.actions_view.table.rows}
    priorities = {r.id: r.priority for r in window.actions_view.table.rows}
    assert {a["id"]: a["priority"] for a in info["actions"]} == priorities
    assert {a["horizon"] for a in info["actions"]} >= {"quick_win", "months_3"}
    assert next(k for k in info["kpis"] if k["id"] == kpi.id)["progress"] == kpi.progress
    assert len(info["measurement_points"]) == 3 and info["top_irritants"][str(window.journey_id)]


@pytest.mark.parametrize("typed, stored", [("12,5", 12.5), ("7", 7.0), ("", None)])
def test_a_baseline_is_typed_with_a_comma_or_a_point_or_cleared(window, qtbot, typed, stored) -> None:
    view, session = window.kpis_view, window.document.session
    kpi = view.table.rows[0].id
    _edit_cell(qtbot, view.view, view.table, view.proxy, kpi, "baseline", typed)
    session.expire_all()
    assert session.get(KPI, kpi).baseline == stored


@pytest.mark.parametrize("typed", ["ten", "1e", "--3"])
def test_a_figure_that_is_not_a_number_is_refused_with_one_sentence(window, qtbot, typed) -> None:
    view, session, stack = window.kpis_view, window.document.session, window.document.undo_stack
    said: list[str] = []
    view.message.connect(said.append)
    kpi = view.table.rows[0]
    count = stack.count()
    _edit_cell(qtbot, view.view, view.table, view.proxy, kpi.id, "target", typed)
    assert stack.count() == count and len(said) == 1 and "target" in said[0]
    session.expire_all()
    assert session.get(KPI, kpi.id).target == kpi.target


def test_a_kpi_placed_on_a_card_shows_its_new_title_and_the_list_offers_every_measured_card(window, qtbot) -> None:
    from app.model.enums import LaneKind
    from app.model.schema import Lane
    from app.ui.commands import EditCardCommand, EditCommand, push

    view, session, stack = window.kpis_view, window.document.session, window.document.undo_stack
    kpi = view.table.rows[-1].id
    _index, combo = _open_cell(view, kpi, "where")
    assert isinstance(combo, QComboBox)
    offered = [combo.itemData(i) for i in range(combo.count()) if str(combo.itemData(i)).startswith("card:")]
    measured = session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id).where(
        Lane.journey_id == window.journey_id,
        Lane.kind.in_([LaneKind.TOUCHPOINTS, LaneKind.IRRITANTS, LaneKind.ENCHANTMENTS, LaneKind.STEPS]))).all()
    assert sorted(offered) == sorted(f"card:{card_id}" for card_id in measured) and len(offered) > 1
    QTest.keyClick(combo, Qt.Key.Key_Escape)
    # Placed on a card no KPI is measured at yet (as the list does: the view's own edit).
    used = set(session.scalars(select(KPI.card_id).where(KPI.card_id.is_not(None))))
    card_id = next(int(key.split(":")[1]) for key in reversed(offered) if int(key.split(":")[1]) not in used)
    count = stack.count()
    place = view.edit_op(kpi, "where", f"card:{card_id}")
    push(window.document, EditCommand(window.document, place, "edit", merge=False))
    assert stack.count() == count + 1
    session.expire_all()
    assert session.get(KPI, kpi).card_id == card_id
    title = session.get(Card, card_id).title

    def shown() -> str:
        return view.table.data(view.table.index(view.table.row_of(kpi), view.table.column_of("where")))

    assert shown().endswith(f": {title}")
    push(window.document, EditCardCommand(window.document, card_id, merge=False, title="Renamed for the KPI"))
    QApplication.processEvents()
    assert shown().endswith(": Renamed for the KPI")
    stack.undo()
    QApplication.processEvents()
    assert shown().endswith(f": {title}")


def test_in_a_small_window_the_kpi_names_keep_room_to_be_read(window, qtbot) -> None:
    """At 1,400 pixels the name column had 85 pixels ("Arrivants éq…"): the name keeps its width, the place gives."""
    header = window.kpis_view.view.horizontalHeader()
    name, place = window.kpis_view.table.column_of("name"), window.kpis_view.table.column_of("where")
    wide = header.sectionSize(place)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: header.sectionSize(place) < wide)
    assert header.sectionSize(name) >= 190
