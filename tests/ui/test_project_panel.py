"""Project > Properties, objectives and journey priorities: edited with keys, undoable, following the model."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.model.schema import Card, Journey, Objective, Project


def test_typing_the_title_is_one_undo_step_and_the_panel_follows_undo(make_window, sample_path):
    window = make_window(sample_path, show=True)
    window.workspace.actions["properties"].trigger()
    title = window.project_panel.field_widget("title")
    old = window.document.session.get(Project, 1).title
    QTest.keyClick(title, Qt.Key.Key_End)
    QTest.keyClicks(title, " 2026")
    assert window.document.session.get(Project, 1).title == old + " 2026"
    assert window.document.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert title.text() == old


def test_changing_the_scale_converts_every_score_in_one_step(make_window, sample_path):
    window = make_window(sample_path)
    session = window.document.session
    scores = dict(session.execute(select(Card.id, Card.score).where(Card.score.is_not(None))).all())
    scale = window.project_panel.field_widget("scale")
    scale.setFocus()
    QTest.keyClick(scale, Qt.Key.Key_Down)  # 0..10 -> 1..5
    assert session.get(Project, 1).scale.value == "1..5"
    card_id, score = next(iter(scores.items()))
    assert session.get(Card, card_id).score == round(1 + score / 10 * 4, 2)
    assert window.project_panel.scale_label.text() == "1 · 3 · 5"
    assert window.document.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert dict(session.execute(select(Card.id, Card.score).where(Card.score.is_not(None))).all()) == scores


def test_a_target_out_of_the_scale_cannot_be_typed(make_window, sample_path):
    window = make_window(sample_path)
    target = window.project_panel.field_widget("target_score")
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(target, "42")
    QTest.keyClick(target, Qt.Key.Key_Return)
    # The second digit would leave the 0..10 scale: the field refuses it, 4 is kept.
    assert window.document.session.get(Project, 1).target_score == 4.0


def test_journeys_are_reordered_by_keys_and_by_drag_and_serve_objectives(make_window, sample_path):
    window = make_window(sample_path, show=True)
    session = window.document.session
    panel = window.project_panel
    window.workspace.actions["journey_priorities"].trigger()
    titles = session.scalars(select(Journey.title).order_by(Journey.position)).all()
    assert len(titles) >= 2 and panel.journeys.count() == len(titles)
    panel.journeys.setCurrentRow(0)
    QTest.keyClick(panel.journeys, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert session.scalars(select(Journey.title).order_by(Journey.position)).all()[:2] == [titles[1], titles[0]]
    assert panel.journeys.item(0).text().startswith(f"1. {titles[1]}")
    # A drag dropped on the first row puts the current journey first again.
    panel.journeys.setCurrentRow(1)
    rect = panel.journeys.visualItemRect(panel.journeys.item(0))
    event = QDropEvent(QPointF(rect.center().x(), rect.top() + 1), Qt.DropAction.MoveAction, QMimeData(),
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    moves = []
    panel.journeys.move_requested.connect(lambda *args: moves.append(args))
    panel.journeys.dropEvent.__func__(panel.journeys, _FromSelf(event, panel.journeys))
    assert moves and moves[0][1] == 0
    assert session.scalars(select(Journey.title).order_by(Journey.position)).all()[:2] == titles[:2]
    # Objectives served by the current journey: Space ticks one.
    objectives = session.scalars(select(Objective.id).order_by(Objective.position)).all()
    journey = session.get(Journey, panel.journeys.current_id())
    before = {o.id for o in journey.objectives}
    panel.journey_objectives.setFocus()
    panel.journey_objectives.setCurrentRow(0)
    QTest.keyClick(panel.journey_objectives, Qt.Key.Key_Space)
    session.expire_all()
    after = {o.id for o in session.get(Journey, journey.id).objectives}
    assert after ^ before == {objectives[0]}


class _FromSelf:
    """A drop event whose source is the list itself (as in a real internal drag)."""

    def __init__(self, event: QDropEvent, source) -> None:
        self._event, self._source = event, source

    def source(self):
        return self._source

    def __getattr__(self, name):
        return getattr(self._event, name)


def test_an_objective_is_added_in_one_step_and_its_kind_chosen(make_window, sample_path, qtbot):
    window = make_window(sample_path)
    session = window.document.session
    editor = window.project_panel.objectives
    count = editor.list.count()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.list.count() == count + 1 and window.document.undo_stack.count() == 1
    kind = editor.form.editors["kind"].widget
    kind.setFocus()
    QTest.keyClick(kind, Qt.Key.Key_Up)
    objective = session.get(Objective, editor.current_id())
    assert objective.kind.value == "acquisition"
    assert editor.list.currentItem().text().endswith("Win new customers")
