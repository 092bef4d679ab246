"""The Actions table, the top irritants, the matrix and the road map: edits, refusals, undo, and following the model."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from app import i18n
from app.model.enums import Horizon, LaneKind
from app.model.schema import Action, Card, Lane, action_card
from tests.ui.test_actions_plan import _edit_cell, _matrix_point, _slow_drag, _Widget


@pytest.fixture
def window(make_window, sample_path, qtbot):
    window = make_window(sample_path, show=True)
    window.resize(1600, 1000)
    window.actions_by_name["show_actions"].trigger()
    qtbot.waitUntil(lambda: window.actions_view.view.isVisible(), timeout=3000)
    return window


def _first_action(window) -> int:
    return window.actions_view.table.rows[0].id


def _messages(view) -> list[str]:
    said: list[str] = []
    view.message.connect(said.append)
    return said


def test_typing_in_one_field_twice_is_one_undo_step_and_another_field_another(window, qtbot) -> None:
    view, stack, session = window.actions_view, window.document.undo_stack, window.document.session
    action = _first_action(window)
    count = stack.count()
    _edit_cell(qtbot, view.view, view.table, view.proxy, action, "title", "Laptops ready")
    _edit_cell(qtbot, view.view, view.table, view.proxy, action, "title", "Laptops ready early")
    assert stack.count() == count + 1
    _edit_cell(qtbot, view.view, view.table, view.proxy, action, "effort", "4")
    assert stack.count() == count + 2
    stack.undo()
    stack.undo()
    session.expire_all()
    assert session.get(Action, action).title == "Laptop and accounts ready 3 days ahead"
    assert view.table.rows[view.table.row_of(action)].title == "Laptop and accounts ready 3 days ahead"


@pytest.mark.parametrize("typed, stored", [("2027-03-01", dt.date(2027, 3, 1)), ("", None)])
def test_a_due_date_is_typed_as_an_iso_date_or_cleared(window, qtbot, typed, stored) -> None:
    view, session = window.actions_view, window.document.session
    action = _first_action(window)
    _edit_cell(qtbot, view.view, view.table, view.proxy, action, "due_date", typed)
    session.expire_all()
    assert session.get(Action, action).due_date == stored


@pytest.mark.parametrize("typed", ["tomorrow", "2027-13-01", "01/03/2027"])
def test_a_bad_date_is_refused_with_one_sentence_and_nothing_changes(window, qtbot, typed) -> None:
    view, stack, session = window.actions_view, window.document.undo_stack, window.document.session
    said = _messages(view)
    action = _first_action(window)
    count = stack.count()
    _edit_cell(qtbot, view.view, view.table, view.proxy, action, "due_date", typed)
    assert stack.count() == count
    assert len(said) == 1 and typed in said[0] and "2027-01-15" in said[0] and "\n" not in said[0]
    session.expire_all()
    assert session.get(Action, action).due_date == dt.date(2027, 1, 15)


@pytest.fixture
def french():
    i18n.install("fr")
    yield
    i18n.install("en")


def _shown(view, action: int, field: str) -> str:
    return view.table.index(view.table.row_of(action), view.table.column_of(field)).data()


@pytest.mark.parametrize("typed, stored", [("01/03/2027", dt.date(2027, 3, 1)), ("1.3.2027", dt.date(2027, 3, 1)),
                                           ("2027-03-01", dt.date(2027, 3, 1))])
def test_in_french_a_due_date_is_shown_and_typed_day_first(french, window, qtbot, typed, stored) -> None:
    view, session = window.actions_view, window.document.session
    action = _first_action(window)
    assert _shown(view, action, "due_date") == "15/01/2027"
    _edit_cell(qtbot, view.view, view.table, view.proxy, action, "due_date", typed)
    session.expire_all()
    assert session.get(Action, action).due_date == stored
    assert _shown(view, action, "due_date") == "01/03/2027"


@pytest.mark.parametrize("typed", ["31/02/2027", "15/01/27", "demain"])
def test_in_french_a_date_that_is_not_one_is_refused_in_french(french, window, qtbot, typed) -> None:
    view, stack, session = window.actions_view, window.document.undo_stack, window.document.session
    said = _messages(view)
    action = _first_action(window)
    count = stack.count()
    _edit_cell(qtbot, view.view, view.table, view.proxy, action, "due_date", typed)
    assert stack.count() == count
    assert len(said) == 1 and f"«\xa0{typed}\xa0»" in said[0]
    assert "n’est pas une date" in said[0] and "15/01/2027" in said[0]
    session.expire_all()
    assert session.get(Action, action).due_date == dt.date(2027, 1, 15)


def test_the_unknown_step_of_risk_and_share_stores_nothing(window, qtbot) -> None:
    view, session = window.actions_view, window.document.session
    action = _first_action(window)
    for field in ("risk", "affected_share"):
        index = view.proxy.mapFromSource(view.table.index(view.table.row_of(action), view.table.column_of(field)))
        QTest.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=view.view.visualRect(index).center())
        QTest.keyClick(view.view.viewport(), Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        for _ in range(120):  # Page Down would do as well: go down to the lowest step, "Unknown"
            QTest.keyClick(editor, Qt.Key.Key_Down)
        assert editor.text() == "Unknown"
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(5)
    session.expire_all()
    assert session.get(Action, action).risk is None and session.get(Action, action).affected_share is None


def test_sorting_by_priority_and_filtering(window, qtbot) -> None:
    view = window.actions_view
    header = view.view.horizontalHeader()
    column = view.table.column_of("priority")
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2))
    shown = [view.proxy.index(row, column).data(Qt.ItemDataRole.UserRole + 1) for row in range(view.proxy.rowCount())]
    assert shown == sorted(shown) or shown == sorted(shown, reverse=True)
    assert len(set(shown)) > 1
    QTest.keyClicks(view.filter, "welcome")
    assert view.proxy.rowCount() == 1
    assert view.proxy.index(0, 0).data() == "One joint welcome e-mail"


def test_delete_key_removes_the_selected_actions_in_one_step_and_undo_brings_back_their_links(window, qtbot) -> None:
    view, stack, session = window.actions_view, window.document.undo_stack, window.document.session
    links = session.execute(select(func.count()).select_from(action_card)).scalar()
    first = view.view.visualRect(view.proxy.index(0, 0)).center()
    second = view.view.visualRect(view.proxy.index(1, 0)).center()
    QTest.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    QTest.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, second)
    count = stack.count()
    QTest.keyClick(view.view, Qt.Key.Key_Delete)
    assert stack.count() == count + 1
    assert len(view.table.rows) == 4
    stack.undo()
    assert len(view.table.rows) == 6
    assert session.execute(select(func.count()).select_from(action_card)).scalar() == links


def test_linking_pain_points_from_the_checklist(window, qtbot) -> None:
    view, stack, session = window.actions_view, window.document.undo_stack, window.document.session
    action = view.table.rows[view.table.row_of(_first_action(window))]
    index = view.proxy.mapFromSource(view.table.index(view.table.row_of(action.id), view.table.column_of("card_ids")))
    view.view.scrollTo(index)
    QTest.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=view.view.visualRect(index).center())
    QTest.keyClick(view.view.viewport(), Qt.Key.Key_F2)
    checklist = QApplication.focusWidget()
    ids = [checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(checklist.count())]
    unlinked = next(i for i, card_id in enumerate(ids) if card_id not in action.card_ids)
    item_rect = checklist.visualItemRect(checklist.item(unlinked))
    QTest.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(item_rect.left() + 10,
                                                                                 item_rect.center().y()))
    assert checklist.item(unlinked).checkState() == Qt.CheckState.Checked
    count = stack.count()
    QTest.keyClick(checklist, Qt.Key.Key_Return)
    qtbot.wait(5)
    assert stack.count() == count + 1
    assert [c.id for c in session.get(Action, action.id).cards] == sorted([*action.card_ids, ids[unlinked]])


def test_the_table_follows_an_edit_made_elsewhere(window) -> None:
    from app.model import ops
    from app.model.ops import Op
    from app.ui.commands import EditCommand, push

    action = _first_action(window)
    push(window.document, EditCommand(window.document, Op(ops.update_action, {"action_id": action, "impact": 1}), "x"))
    view = window.actions_view
    assert view.table.rows[view.table.row_of(action)].impact == 1
    window.document.undo_stack.undo()
    assert view.table.rows[view.table.row_of(action)].impact == 5


# ------------------------------------------------------------------ top irritants


def test_top_irritants_rank_three_flag_the_unanswered_and_take_votes(window, qtbot) -> None:
    method = window.method
    window.actions_by_name["show_top_irritants"].trigger()
    top = method.top_view
    ranked = top.ranked_card_ids()
    assert len(ranked) == 3
    session = window.document.session
    lane = session.scalar(select(Lane.id).where(Lane.journey_id == window.journey_id, Lane.kind == LaneKind.IRRITANTS))
    unanswered = session.scalar(select(Card.id).where(Card.lane_id == lane, Card.id.not_in(
        select(action_card.c.card_id))).order_by(Card.id))
    top.show_all.click()
    def row_of(card_id: int):
        return top.tree.topLevelItem(top.ranked_card_ids().index(card_id))

    before = float(row_of(unanswered).text(5))
    assert "No action yet" in row_of(unanswered).text(6)
    top.votes_provider = lambda: {unanswered: 9}  # a workshop's dot-votes
    top.refresh()
    assert float(row_of(unanswered).text(5)) > before and "Most votes" in row_of(unanswered).text(6)
    top.tree.setCurrentItem(row_of(unanswered))
    count = window.document.undo_stack.count()
    QTest.mouseClick(top.create_button, Qt.MouseButton.LeftButton)
    assert window.document.undo_stack.count() == count + 1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert unanswered in {c.id for a in session.scalars(select(Action)) for c in a.cards}
    assert "No action yet" not in row_of(unanswered).text(6)


# ------------------------------------------------------------------ matrix and road map


def test_a_drag_on_the_matrix_that_ends_in_the_same_cell_or_off_a_dot_changes_nothing(window, qtbot) -> None:
    window.actions_by_name["show_matrix"].trigger()
    matrix = window.method.matrix_view
    qtbot.waitUntil(lambda: matrix.plot.width() > 200, timeout=3000)
    qtbot.wait(50)
    stack = window.document.undo_stack
    count = stack.count()
    action = _first_action(window)
    x, y = matrix.dots[action]
    _slow_drag(qtbot, matrix.plot, _matrix_point(matrix, x, y), _matrix_point(matrix, x + 0.2, y - 0.2))
    _slow_drag(qtbot, matrix.plot, _matrix_point(matrix, 5.3, 1.5), _matrix_point(matrix, 1.5, 1.5))
    assert stack.count() == count
    _slow_drag(qtbot, matrix.plot, _matrix_point(matrix, x, y), _matrix_point(matrix, 4.0, 2.0))
    assert stack.count() == count + 1
    session = window.document.session
    session.expire_all()
    assert (session.get(Action, action).effort, session.get(Action, action).impact) == (4, 2)
    stack.undo()
    assert matrix.dots[action] == (x, y)


def test_road_map_escape_cancels_a_drag_and_a_click_selects_the_action(window, qtbot) -> None:
    window.actions_by_name["show_roadmap"].trigger()
    grid = window.method.roadmap_view.grid
    qtbot.waitUntil(lambda: grid.isVisible() and grid.chip_rect(_first_action(window)).isValid(), timeout=3000)
    stack = window.document.undo_stack
    count = stack.count()
    action = _first_action(window)
    start = grid.chip_rect(action).center()
    from tests.ui.canvas import mouse

    target = grid.cell_rect(None, Horizon.LATER).center()
    mouse.press(_Widget(grid), start)
    mouse.move(_Widget(grid), target)
    QTest.keyClick(grid, Qt.Key.Key_Escape)
    mouse.release(_Widget(grid), target)
    assert stack.count() == count
    mouse.click(_Widget(grid), start)
    assert window.actions_view.selected_ids() == [action]
    _slow_drag(qtbot, _Widget(grid), start, target)
    assert stack.count() == count + 1
    session = window.document.session
    session.expire_all()
    assert (session.get(Action, action).department_id, session.get(Action, action).horizon) == (None, Horizon.LATER)


def test_hovering_a_road_map_chip_tells_its_whole_title(window, qtbot) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window.actions_by_name["show_roadmap"].trigger()
    grid = window.method.roadmap_view.grid
    action = _first_action(window)
    qtbot.waitUntil(lambda: grid.isVisible() and grid.chip_rect(action).isValid(), timeout=3000)
    pos = grid.chip_rect(action).center()
    QApplication.sendEvent(grid, QHelpEvent(QHelpEvent.Type.ToolTip, pos, grid.mapToGlobal(pos)))
    assert "Laptop and accounts ready 3 days ahead" in QToolTip.text() and "Quick win" in QToolTip.text()


def test_a_view_hidden_behind_another_tab_reads_the_change_when_shown(window) -> None:
    from app.model import ops
    from app.model.ops import Op
    from app.ui.commands import EditCommand, push

    view = window.actions_view
    action = _first_action(window)
    for hide in ("show_kpis", "show_matrix"):  # behind another dock's tab, then behind another page
        window.actions_by_name[hide].trigger()
        assert view.visibleRegion().isEmpty()
        impact = 2 if hide == "show_kpis" else 4
        push(window.document, EditCommand(window.document, Op(ops.update_action, {"action_id": action,
                                                                                "impact": impact}), "x"))
        assert view._stale  # nothing read while out of sight
        window.actions_by_name["show_actions"].trigger()
        assert view.isVisible() and view.table.rows[view.table.row_of(action)].impact == impact


def test_top_irritants_follow_pain_points_edited_or_moved_on_the_map(window) -> None:
    from app.ui.commands import EditCardCommand, MoveCardsCommand, push

    window.actions_by_name["show_top_irritants"].trigger()
    top, session = window.method.top_view, window.document.session
    last = top.ranked_card_ids()[-1]
    push(window.document, EditCardCommand(window.document, last, merge=False, affected_share=100.0, severity=5))
    assert top.ranked_card_ids()[0] == last
    touchpoint = session.scalar(select(Card.id).where(Card.title == "Badge hand-over"))
    assert touchpoint not in top.ranked_card_ids()
    top.show_all.click()
    lane = session.scalar(select(Lane.id).where(Lane.journey_id == window.journey_id, Lane.kind == LaneKind.IRRITANTS))
    stage = session.get(Card, touchpoint).stage_id
    push(window.document, MoveCardsCommand(window.document, [(touchpoint, lane, stage, 0)]))
    assert touchpoint in top.ranked_card_ids()


def test_show_on_map_selects_the_pain_points_of_the_selected_action(window, qtbot) -> None:
    view = window.actions_view
    row = view.table.rows[0]
    QTest.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.view.visualRect(view.proxy.index(0, 0)).center())
    QTest.mouseClick(view.map_button, Qt.MouseButton.LeftButton)
    assert sorted(window.scene.selected_card_ids()) == sorted(row.card_ids) and row.card_ids


def test_road_map_chips_show_two_lines_of_the_title_at_the_narrowest_column(window, qtbot) -> None:
    """At 1280 pixels a chip read "Préparer PC et c…": its title now wraps on two lines before it is cut."""
    from PySide6.QtGui import QFontMetrics

    from app.ui.roadmap import chip_lines

    window.actions_by_name["show_roadmap"].trigger()
    grid = window.method.roadmap_view.grid
    action = _first_action(window)
    qtbot.waitUntil(lambda: grid.isVisible() and grid.chip_rect(action).isValid(), timeout=3000)
    grid.resize(grid.minimumWidth(), grid.height())  # the narrowest columns
    metrics = QFontMetrics(grid.font())
    chip = grid.chip_rect(action)
    assert chip.height() >= 2 * metrics.lineSpacing()
    title = window.actions_view.table.rows[0].title
    lines = chip_lines(metrics, f"{title}  ·  Planned", chip.width() - 14)
    assert len(lines) == 2 and all(metrics.horizontalAdvance(line) <= chip.width() - 14 for line in lines)
    assert " ".join(lines).startswith(title)  # the whole title is read, only the status may be cut


def test_chip_lines_break_between_words_and_cut_only_the_last_line() -> None:
    from PySide6.QtGui import QFont, QFontMetrics

    from app.ui.roadmap import chip_lines

    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("Préparer PC et")
    assert chip_lines(metrics, "Préparer PC et comptes", width) == ["Préparer PC et", "comptes"]
    cut = chip_lines(metrics, "Préparer PC et comptes à J-3 pour chaque arrivée", width)
    assert cut[0] == "Préparer PC et" and cut[1].endswith("…") and len(cut) == 2
    long_word = chip_lines(metrics, "Anticonstitutionnellement vôtre", metrics.horizontalAdvance("Anticonsti"))
    assert long_word[0].endswith("…") and len(long_word) == 2
    assert chip_lines(metrics, "", width) == []
