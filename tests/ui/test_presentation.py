"""Presentation mode with real keys: full screen, walking the stages, jumping, blanking, read-only, live edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetricsF
from sqlalchemy import func, select

from app.model.enums import LaneKind
from app.model.schema import Card, Lane
from app.model.store import ProjectStore
from app.ui import theme
from app.ui.main_window import MainWindow
from app.ui.presentation import PresentationView
from app.ui.presentation_theme import PROJECTOR_STYLE, ProjectorTheme, contrast_ratio

K = Qt.Key


@pytest.fixture
def window(make_window, sample_path: Path) -> MainWindow:
    window = make_window(sample_path, show=True)
    window.activateWindow()
    window.canvas_view.setFocus()
    return window


def stage_ids(window: MainWindow) -> list[int]:
    return [stage.id for stage in window.scene.data.stages]


def card_point(view: PresentationView, card_id: int) -> QPoint:
    """Where a card is on the presentation screen (scrolled into view first)."""
    view.ensure_visible(card_id)
    return view.to_screen(view.map_layout.cards[card_id].rect).center().toPoint()


def test_f5_presents_full_screen_from_the_first_stage_and_esc_leaves(qtbot, window: MainWindow) -> None:
    assert window.presentation is None
    qtbot.keyClick(window.canvas_view, K.Key_F5)
    view = window.presentation
    assert view is not None and view.isFullScreen() and view.isVisible()
    assert view.current_stage_id() == stage_ids(window)[0]
    assert window.notes_dock.isVisible() and window.scene.data.stages[0].name in window.notes.plain_text()
    qtbot.keyClick(view, K.Key_Escape)
    assert window.presentation is None and not view.isVisible()


def test_clicker_keys_walk_the_stages_and_the_view_glides_there(qtbot, window: MainWindow) -> None:
    ids = stage_ids(window)
    view = window.start_presentation()
    for key, expected in ((K.Key_Right, 1), (K.Key_PageDown, 2), (K.Key_Space, 3), (K.Key_Left, 2),
                          (K.Key_PageUp, 1), (K.Key_End, len(ids) - 1), (K.Key_Right, len(ids) - 1),
                          (K.Key_Home, 0), (K.Key_Left, 0), (K.Key_Space, 1)):
        qtbot.keyClick(view, key)
        assert view.current_stage_id() == ids[expected], key
    qtbot.waitUntil(lambda: not view.gliding(), timeout=3000)
    assert view.origin.x() == pytest.approx(view.stage_origin(1).x())
    assert window.scene.data.stages[1].name in window.notes.plain_text()


def test_a_number_and_enter_jump_to_that_stage(qtbot, window: MainWindow) -> None:
    ids = stage_ids(window)
    view = window.start_presentation()
    qtbot.keyClicks(view, "4")
    assert view.current_stage_id() == ids[0]
    qtbot.keyClick(view, K.Key_Return)
    assert view.current_stage_id() == ids[3]
    qtbot.keyClicks(view, "99")
    qtbot.keyClick(view, K.Key_Enter)
    assert view.current_stage_id() == ids[-1]
    qtbot.keyClicks(view, "2")
    qtbot.keyClick(view, K.Key_Escape)  # forgets the number, stays in the presentation
    assert window.presentation is view and view.typed == ""
    qtbot.keyClick(view, K.Key_Return)
    assert view.current_stage_id() == ids[-1]


def test_shift_f5_presents_from_the_stage_of_the_selected_card(qtbot, window: MainWindow) -> None:
    ids = stage_ids(window)
    card_id = next(card.id for card in window.scene.data.cards.values() if card.stage_id == ids[2])
    window.scene.select_cards([card_id])
    qtbot.keyClick(window.canvas_view, K.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert window.presentation.current_stage_id() == ids[2]


def test_b_and_w_blank_the_screen_and_any_key_brings_the_map_back(qtbot, window: MainWindow) -> None:
    view = window.start_presentation()
    qtbot.keyClick(view, K.Key_B)
    image = view.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).name() == "#000000"
    qtbot.keyClick(view, K.Key_Right)  # brings the map back, does not step
    assert view.blank is None and view.current_stage_id() == stage_ids(window)[0]
    qtbot.keyClick(view, K.Key_W)
    image = view.grab().toImage()
    assert image.pixelColor(10, image.height() - 10).name() == "#ffffff"


def test_a_click_enlarges_a_card_and_esc_closes_it_first(qtbot, window: MainWindow) -> None:
    view = window.start_presentation()
    card_id = next(iter(view.painter.visible_cards(view.frame().scene_rect()))).card_id
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, card_id))
    assert view.enlarged == card_id
    qtbot.keyClick(view, K.Key_Escape)
    assert view.enlarged is None and window.presentation is view


def test_edits_are_refused_unless_live_edit_is_on_and_nothing_is_written(qtbot, window: MainWindow) -> None:
    view = window.start_presentation()
    session = window.document.session
    before = session.execute(select(Card.id, Card.title, Card.score).order_by(Card.id)).all()
    touchpoint = _touchpoint_of_stage(window, 0)
    point = card_point(view, touchpoint)
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point)
    assert view.live.editor is None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=point)
    for key in (K.Key_Plus, K.Key_Minus, K.Key_F2, K.Key_Insert):
        qtbot.keyClick(view, key)
    qtbot.keyClick(view, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "read-only" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == 0 and not window.document.modified
    assert session.execute(select(Card.id, Card.title, Card.score).order_by(Card.id)).all() == before


def test_live_edits_are_undoable_commands(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.start_presentation()
    session = window.document.session
    touchpoint = _touchpoint_of_stage(window, 0)
    old_title, old_score = session.execute(select(Card.title, Card.score).where(Card.id == touchpoint)).one()
    count_before = session.scalar(select(func.count(Card.id)))
    qtbot.keyClick(view, K.Key_E)
    assert view.live.enabled
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, touchpoint))
    layout = view.map_layout
    qtbot.keyClick(view, K.Key_Minus)
    assert session.get(Card, touchpoint).score == old_score - 1
    # The wall follows at once, without laying the whole map out again.
    assert view.data.cards[touchpoint].score == old_score - 1 and view.map_layout is layout
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, touchpoint))
    assert view.live.editor is not None
    view.live.editor.selectAll()
    qtbot.keyClicks(view.live.editor, "Badge ready at 8:30")
    qtbot.keyClick(view.live.editor, K.Key_Return)
    assert session.get(Card, touchpoint).title == "Badge ready at 8:30"
    # A double-click on the empty part of a cell types a new card there.
    lane_id, stage_id = session.execute(select(Card.lane_id, Card.stage_id).where(Card.id == touchpoint)).one()
    cell = view.to_screen(view.map_layout.cells[(lane_id, stage_id)])
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(int(cell.center().x()), int(cell.bottom()) - 6))
    qtbot.keyClicks(view.live.editor, "Idea from HR")
    qtbot.keyClick(view.live.editor, K.Key_Enter)
    added = session.scalars(select(Card).where(Card.title == "Idea from HR")).one()
    assert (added.lane_id, added.stage_id) == (lane_id, stage_id)
    stack = window.document.undo_stack
    assert stack.count() == 3
    window.save_as(tmp_path / "live.parcours")
    with ProjectStore.open(tmp_path / "live.parcours", read_only=True) as store:
        assert store.session.get(Card, touchpoint).title == "Badge ready at 8:30"
    for _ in range(3):  # Ctrl+Z in the room, as in the editor
        qtbot.keyClick(view, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not stack.canUndo()
    assert session.execute(select(Card.title, Card.score).where(Card.id == touchpoint)).one() == (old_title, old_score)
    assert session.scalar(select(func.count(Card.id))) == count_before


def test_filters_dim_the_other_cards(qtbot, window: MainWindow) -> None:
    view = window.start_presentation()
    for _ in range(6):
        qtbot.keyClick(view, K.Key_Down)  # down to the last lanes: the pain points scroll up out of view
    pain = next(lane for lane in view.map_layout.lanes if lane.kind is LaneKind.IRRITANTS)
    assert view.origin.y() > pain.rect.y
    qtbot.keyClick(view, K.Key_I)  # ...and come back into view
    assert view.origin.y() + PROJECTOR_STYLE.stage_header_height <= pain.rect.y
    keep = view.filter.keep()
    kinds = {lane.id: lane.kind for lane in view.data.lanes}
    assert {kinds[card.lane_id] for card in view.data.cards.values() if keep(card.id)} == {LaneKind.IRRITANTS}
    qtbot.keyClick(view, K.Key_I)
    qtbot.keyClick(view, K.Key_D)
    keep = view.filter.keep()
    department = view.filter.department[0]
    lanes = {lane.id: lane.department_id for lane in view.data.lanes}
    kept = [card for card in view.data.cards.values() if keep(card.id)]
    assert kept and all(department in (card.department_id, lanes[card.lane_id]) for card in kept)
    qtbot.keyClick(view, K.Key_C)
    assert view.filter.keep() is None


def test_the_projector_theme_reads_at_4_5_to_1_everywhere() -> None:
    pairs = ProjectorTheme().text_pairs()
    assert len(pairs) > 20
    low = [(what, round(contrast_ratio(text, fill), 2)) for what, text, fill in pairs
           if contrast_ratio(text, fill) < 4.5]
    assert low == []
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#888888") < 4.5  # the measure does fail a weak pair


@pytest.mark.parametrize("size, smallest", [((1920, 1080), 24.0), ((1280, 720), 16.0)])
def test_card_titles_on_the_projector_are_big_enough(qtbot, document, size, smallest) -> None:
    from app.model.schema import Journey

    journey_id = document.session.scalars(select(Journey.id).order_by(Journey.position)).first()
    view = PresentationView(document, journey_id)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    assert (view.width(), view.height()) == size
    font = theme.pixel_font(PROJECTOR_STYLE.title_size * view.zoom, PROJECTOR_STYLE.title_bold)
    on_screen = QFontMetricsF(font).height()
    assert on_screen >= smallest
    assert PROJECTOR_STYLE.title_size * view.zoom >= smallest
    # The layout wraps titles for that font: a card's title lines fit its width on screen.
    box = next(box for box in view.map_layout.cards.values() if box.title_lines)
    width = max(QFontMetricsF(font).horizontalAdvance(line) for line in box.title_lines)
    assert width <= box.rect.w * view.zoom


def _touchpoint_of_stage(window: MainWindow, index: int) -> int:
    session = window.document.session
    stage_id = stage_ids(window)[index]
    return session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                           .where(Lane.kind == LaneKind.TOUCHPOINTS, Card.stage_id == stage_id,
                                  Card.score.is_not(None)).order_by(Card.position)).first()


def test_a_journey_without_stages_presents_an_empty_wall(qtbot, window: MainWindow) -> None:
    from app.model import ops
    from app.model.ops import Op
    from app.ui.commands import GenericCommand, push

    journey_id = push(window.document, GenericCommand(window.document, Op(ops.add_journey, {"title": "Vide"}), "add"))
    window.show_journey(journey_id)
    view = window.start_presentation()
    assert view.current_stage_id() is None
    for key in (K.Key_Right, K.Key_End, K.Key_Home):
        qtbot.keyClick(view, key)
    assert view.current_stage_id() is None and view.grab().width() > 0


def test_without_a_project_there_is_nothing_to_present(make_window) -> None:
    window = make_window()
    assert window.start_presentation() is None and window.presentation is None


def test_the_enlarged_card_tells_its_evidence_actions_and_kpis(qtbot, window: MainWindow) -> None:
    from app.model.schema import KPI, Action, action_card
    from app.ui.inspector_fields import label
    from app.ui.presentation_details import card_details

    session = window.document.session
    card_id, action = session.execute(select(action_card.c.card_id, Action.title)
                                      .join(Action, Action.id == action_card.c.action_id)).first()
    card = session.get(Card, card_id)
    details = card_details(session, card_id)
    assert details.title == card.title and action in details.actions
    evidence_card = session.scalars(select(Card).where(Card.evidence.is_not(None))).first()
    facts = card_details(session, evidence_card.id).facts
    assert f"Evidence: {label(evidence_card.evidence)}" in facts  # its label, not its key
    kpi_card, kpi = session.execute(select(KPI.card_id, KPI.name).where(KPI.card_id.is_not(None))).first()
    assert kpi in card_details(session, kpi_card).kpis
    view = window.start_presentation(card.stage_id)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=card_point(view, card_id))
    assert view.enlarged == card_id
