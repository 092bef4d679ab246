"""A consultant builds a small journey from a blank project with mouse and keyboard, undoes, saves, reopens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.model.schema import Card, Lane, Link, Stage
from app.model.store import ProjectStore
from tests.ui.canvas import mouse


def _type_in_editor(view, text: str) -> None:
    assert view.editor is not None
    QTest.keyClicks(view.editor, text)
    QTest.keyClick(view.editor, Qt.Key.Key_Return)


def test_building_a_journey_from_a_blank_project(qtbot, tmp_path: Path) -> None:
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
    stages = [stage.id for stage in scene.data.stages]
    lanes = {lane.kind.value: lane.id for lane in scene.data.lanes}

    # Rename the three stages in place.
    for stage_id, name in zip(stages, ("Apply", "Sign", "Start"), strict=False):
        mouse.double_click(view, mouse.scene_point(view, scene.stage_header_rect(stage_id).center()))
        QTest.keyClick(view.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        _type_in_editor(view, name)
    assert [s.name for s in scene.data.stages] == ["Apply", "Sign", "Start"]

    # A customer step by double-click, then two more with the keyboard (Insert after the current card).
    mouse.double_click(view, mouse.scene_point(view, scene.cell_rect(lanes["steps"], stages[0]).center()))
    _type_in_editor(view, "Sends the application")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Right)  # no card there yet: the selection stays
    # A touchpoint from the palette's "E-mail" channel, dropped in the second stage.
    from tests.ui.canvas.test_create_and_edit import _drop

    cell = scene.cell_rect(lanes["touchpoints"], stages[1])
    entry = window.card_palette.entry("E-mail")
    assert _drop(view, window.card_palette.list.mimeData([entry]), mouse.scene_point(view, cell.center()))
    QTest.keyClick(view.editor, Qt.Key.Key_End)  # the title "E-mail" is selected: keep it, add to it
    _type_in_editor(view, " with the contract")
    touchpoint = scene.selected_card_ids()[0]
    # Score it in the inspector.
    score = window.inspector.field_widget("score")
    assert score is not None
    score.setValue(4)
    score.editingFinished.emit()
    # A pain point in the same stage.
    mouse.double_click(view, mouse.scene_point(view, scene.cell_rect(lanes["irritants"], stages[1]).center()))
    _type_in_editor(view, "Contract full of errors")
    pain = scene.selected_card_ids()[0]
    # Link the touchpoint to the pain point from its handle.
    item = scene.card_item(touchpoint)
    mouse.click(view, mouse.scene_point(view, item.sceneBoundingRect().center()))
    handle = item.mapToScene(item.handle_rect().center())
    mouse.drag(view, mouse.scene_point(view, handle),
               mouse.scene_point(view, scene.card_item(pain).sceneBoundingRect().center()))
    # Move the step to the last stage with the mouse.
    step = session.scalar(select(Card.id).where(Card.title == "Sends the application"))
    mouse.drag(view, mouse.scene_point(view, scene.card_item(step).sceneBoundingRect().center()),
               mouse.scene_point(view, scene.cell_rect(lanes["steps"], stages[2]).center()))

    session.expire_all()
    assert session.get(Card, step).stage_id == stages[2]
    assert session.get(Card, touchpoint).title == "E-mail with the contract"
    assert session.get(Card, touchpoint).score == 4
    assert session.scalar(select(Link.id).where(Link.source_id == touchpoint, Link.target_id == pain))

    # Every step undoes, back to the blank project, and redoes.
    steps = stack.count()
    while stack.canUndo():
        stack.undo()
    assert session.scalar(select(Card.id)) is None
    assert [s.name for s in session.scalars(select(Stage).order_by(Stage.position))] == ["Discover", "Choose", "Use"]
    while stack.canRedo():
        stack.redo()
    assert stack.index() == steps

    # Save As, then reopen: everything is there.
    path = tmp_path / "journey.parcours"
    window.save_as(path)
    assert window.windowTitle().startswith("journey.parcours")
    window.ask_to_save = lambda: QMessageBox.StandardButton.Discard
    window.close()
    with ProjectStore.open(path) as store:
        titles = set(store.session.scalars(select(Card.title)))
        assert titles == {"Sends the application", "E-mail with the contract", "Contract full of errors"}
        assert store.session.scalar(select(Lane.id).where(Lane.kind == "touchpoints")) == lanes["touchpoints"]
        assert store.session.scalar(select(Link.id)) is not None
