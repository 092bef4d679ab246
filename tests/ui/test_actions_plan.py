"""A consultant builds an action plan from a blank project: pain points, actions, matrix, road map, KPIs, a measure."""

from __future__ import annotations

from pathlib import Path

import pypdf
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import func, select

from app import cli
from app.model.enums import Horizon
from app.model.schema import KPI, Action, Card, MeasurementPoint
from app.model.store import ProjectStore
from tests.ui.canvas import mouse


def _type_in_editor(view, text: str) -> None:
    assert view.editor is not None
    QTest.keyClicks(view.editor, text)
    QTest.keyClick(view.editor, Qt.Key.Key_Return)


def _type_in_focus(qtbot, text: str) -> None:
    """Type ``text`` in the cell editor that has the focus, replacing its content, and press Return."""
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit), timeout=2000)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(5)  # the item delegate commits and closes its editor in a queued call


def _slow_drag(qtbot, widget, start: QPoint, end: QPoint, steps: int = 6) -> None:
    """Press, move in steps (pyqtgraph drops moves closer than 10 ms apart), release."""
    mouse.press(widget, start)
    for step in range(1, steps + 1):
        qtbot.wait(15)
        mouse.move(widget, start + (end - start) * (step / steps))
    qtbot.wait(15)
    mouse.release(widget, end)


class _Widget:
    """A plain widget seen as a view whose viewport is itself (for the mouse helpers)."""

    def __init__(self, widget) -> None:
        self.widget = widget

    def viewport(self):
        return self.widget


def _matrix_point(matrix, x: float, y: float) -> QPoint:
    return matrix.plot.mapFromScene(matrix.box.mapViewToScene(QPointF(x, y)))


def _edit_cell(qtbot, table_view, model, proxy, row_id: int, field: str, text: str) -> None:
    """Select a cell with the mouse, open it with F2 and type ``text``."""
    index = proxy.mapFromSource(model.index(model.row_of(row_id), model.column_of(field)))
    table_view.scrollTo(index)
    rect = table_view.visualRect(index)
    QTest.mouseClick(table_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.keyClick(table_view.viewport(), Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(5)  # the item delegate commits and closes its editor in a queued call


def test_an_action_plan_from_a_blank_project(qtbot, tmp_path: Path, monkeypatch) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_name["new"].trigger()
    view = window.canvas_view
    scene = view.scene()
    session = window.document.session
    stack = window.document.undo_stack
    method = window.method
    stages = [stage.id for stage in scene.data.stages]
    lanes = {lane.kind.value: lane.id for lane in scene.data.lanes}
    start = stack.count()

    # Three pain points and a touchpoint, typed on the map.
    titles = ("No laptop on day one", "Accounts not ready", "Nobody at reception")
    for stage_id, title in zip(stages, titles, strict=False):  # the first three stages
        mouse.double_click(view, mouse.scene_point(view, scene.cell_rect(lanes["irritants"], stage_id).center()))
        _type_in_editor(view, title)
    mouse.double_click(view, mouse.scene_point(view, scene.cell_rect(lanes["touchpoints"], stages[0]).center()))
    _type_in_editor(view, "Welcome e-mail")
    pains = [session.scalar(select(Card.id).where(Card.title == title)) for title in titles]
    touchpoint = session.scalar(select(Card.id).where(Card.title == "Welcome e-mail"))
    built = stack.count()

    # 1. Right-click the first pain point: Create action, then type its title. (QMenu.exec cannot be
    # patched on this PySide: the window's show_menu is, to pick the entry from the menu it built.)
    from app.ui.canvas import menus

    def choose_create(parent, controller, kind, item_id, _global_pos, scene_pos, window_actions):
        menu = menus.build_menu(parent, controller, kind, item_id, scene_pos, window_actions)
        texts = {action.text().replace("&", ""): action for action in menu.actions()}
        texts["Create action from pain point"].trigger()

    monkeypatch.setattr(menus, "show_menu", choose_create)
    item = scene.card_item(pains[0])
    pos = mouse.scene_point(view, item.sceneBoundingRect().center())
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                              view.viewport().mapToGlobal(pos)))
    assert stack.count() == built + 1  # exactly one command
    _type_in_focus(qtbot, "Laptop ready on day one")
    first = session.scalar(select(Action.id).where(Action.title == "Laptop ready on day one"))
    assert [c.id for c in session.get(Action, first).cards] == [pains[0]]

    # 2. Click the second pain point, then the inspector's button.
    mouse.click(view, mouse.scene_point(view, scene.card_item(pains[1]).sceneBoundingRect().center()))
    assert method.create_button.isVisible()
    count = stack.count()
    QTest.mouseClick(method.create_button, Qt.MouseButton.LeftButton)
    assert stack.count() == count + 1
    _type_in_focus(qtbot, "Accounts created a week ahead")
    second = session.scalar(select(Action.id).where(Action.title == "Accounts created a week ahead"))

    # 3. Click the third, Ctrl+Shift+A on the map.
    mouse.click(view, mouse.scene_point(view, scene.card_item(pains[2]).sceneBoundingRect().center()))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _type_in_focus(qtbot, "A host at the desk")
    third = session.scalar(select(Action.id).where(Action.title == "A host at the desk"))
    assert third is not None and session.scalar(select(func.count(Action.id))) == 3

    # The table: impact of the first action typed in place (one step), customers affected too.
    actions = window.actions_view
    count = stack.count()
    _edit_cell(qtbot, actions.view, actions.table, actions.proxy, first, "impact", "5")
    _edit_cell(qtbot, actions.view, actions.table, actions.proxy, first, "affected_share", "80")
    assert stack.count() == count + 2
    session.expire_all()
    assert (session.get(Action, first).impact, session.get(Action, first).affected_share) == (5, 80.0)
    assert actions.table.rows[actions.table.row_of(first)].priority > 0

    # The matrix: drag the second action to impact 5, effort 1 (one undo step).
    window.actions_by_name["show_matrix"].trigger()
    matrix = method.matrix_view
    qtbot.waitUntil(lambda: matrix.plot.isVisible() and matrix.plot.width() > 200, timeout=3000)
    qtbot.wait(50)
    x, y = matrix.dots[second]
    count = stack.count()
    _slow_drag(qtbot, matrix.plot, _matrix_point(matrix, x, y), _matrix_point(matrix, 1.1, 4.9))
    assert stack.count() == count + 1
    session.expire_all()
    assert (session.get(Action, second).impact, session.get(Action, second).effort) == (5, 1)

    # The road map: drag the third action to "< 3 months" of its row (one undo step).
    window.actions_by_name["show_roadmap"].trigger()
    grid = method.roadmap_view.grid
    qtbot.waitUntil(lambda: grid.isVisible() and not grid.chip_rect(third).isEmpty(), timeout=3000)
    count = stack.count()
    _slow_drag(qtbot, _Widget(grid), grid.chip_rect(third).center(), grid.cell_rect(None, Horizon.MONTHS_3).center())
    assert stack.count() == count + 1
    session.expire_all()
    assert session.get(Action, third).horizon is Horizon.MONTHS_3

    # Two KPIs from the menu, named and given figures in place.
    kpis = window.kpis_view
    for name, figures in (("Equipped on day one", ("40", "95", "60")), ("Account lead time", ("10", "2", "6"))):
        count = stack.count()
        window.actions_by_name["new_kpi"].trigger()
        assert stack.count() == count + 1
        _type_in_focus(qtbot, name)
        kpi = session.scalar(select(KPI.id).where(KPI.name == name))
        for field, text in zip(("baseline", "target", "actual"), figures, strict=True):
            _edit_cell(qtbot, kpis.view, kpis.table, kpis.proxy, kpi, field, text)
    progress = {row.name: row.progress for row in kpis.table.rows}
    assert progress == {"Equipped on day one": round(20 / 55, 4), "Account lead time": 0.5}

    # A measurement point on the selected touchpoint, and its marker on the card.
    mouse.click(view, mouse.scene_point(view, scene.card_item(touchpoint).sceneBoundingRect().center()))
    count = stack.count()
    window.actions_by_name["new_measurement_point"].trigger()
    assert stack.count() == count + 1
    _type_in_focus(qtbot, "Day-one pulse")
    point = session.scalar(select(MeasurementPoint).where(MeasurementPoint.name == "Day-one pulse"))
    assert point.card_id == touchpoint
    assert any("Survey" in text for text, _colour in scene.method_markers.markers[touchpoint])
    assert any("1 action" in text for text, _colour in scene.method_markers.markers[pains[0]])

    # Undo everything back to the map, then redo it all.
    done = stack.count()
    while stack.index() > built:
        stack.undo()
    assert session.scalar(select(func.count(Action.id))) == 0 and session.scalar(select(func.count(KPI.id))) == 0
    window.actions_by_name["show_actions"].trigger()
    assert not scene.method_markers.markers and not actions.table.rows
    while stack.canRedo():
        stack.redo()
    assert stack.index() == done
    assert {row.title for row in actions.table.rows} == {"Laptop ready on day one", "Accounts created a week ahead",
                                                         "A host at the desk"}

    # Save, reopen, export the action plan.
    path = tmp_path / "plan.parcours"
    window.save_as(path)
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.close()
    with ProjectStore.open(path) as store:
        s = store.session
        assert s.get(Action, second).impact == 5 and s.get(Action, third).horizon is Horizon.MONTHS_3
        assert [c.id for c in s.get(Action, first).cards] == [pains[0]]
        assert s.scalar(select(func.count(KPI.id))) == 2
        assert s.scalar(select(MeasurementPoint.card_id)) == touchpoint
    assert start == 0
    pdf = tmp_path / "plan.pdf"
    assert cli.main(["export", str(path), str(pdf), "--report", "actions"]) == 0
    text = " ".join("\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages).split())
    for expected in ("Laptop ready on day one", "Accounts created a week ahead", "A host at the desk",
                     "No laptop on day one", "Within 3 months"):
        assert expected in text
