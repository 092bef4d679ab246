"""Personas on the map: per-persona scores and curves, the persona filter, evidence images and badges on cards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from app.model.enums import LaneKind
from app.model.journey_data import CardData
from app.model.schema import Card, CardImage, CardPersona, Lane, Persona
from app.model.store import ProjectStore
from app.ui.evidence_badges import badges
from tests.ui.canvas import mouse
from tests.ui.test_personas import picture


def _touchpoints(window) -> list[int]:
    session = window.document.session
    return session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id).where(
        Lane.journey_id == window.journey_id, Lane.kind == LaneKind.TOUCHPOINTS, Card.score.is_not(None))
        .order_by(Card.stage_id, Card.position)).all()


def _click_card(window, card_id: int) -> None:
    view, scene = window.canvas_view, window.canvas_view.scene()
    item = scene.card_item(card_id)
    view.ensureVisible(item.sceneBoundingRect(), 20, 20)
    mouse.click(view, mouse.scene_point(view, item.sceneBoundingRect().center()))
    assert scene.selected_card_ids() == [card_id]


def test_a_single_persona_map_draws_one_curve_and_a_persona_score_adds_that_personas(make_window, sample_path,
                                                                                       qtbot, tmp_path):
    window = make_window(sample_path, show=True)
    pane = window.emotion_pane
    assert len(pane.series()) == 1
    card_id = _touchpoints(window)[0]
    persona = window.document.session.scalars(select(Persona).order_by(Persona.position)).first()
    _click_card(window, card_id)
    window.workspace.actions["evidence"].trigger()
    panel = window.evidence_panel
    assert panel.card_id == card_id
    check, score = panel._persona_rows[persona.id]
    stack = window.document.undo_stack
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert stack.count() == 1
    score.setFocus()
    score.selectAll()
    QTest.keyClicks(score, "2")
    QTest.keyClick(score, Qt.Key.Key_Return)
    assert window.document.session.scalars(select(CardPersona.score)).all() == [2.0]
    series = pane.series()
    assert list(series)[1:] == [persona.name]
    assert (series[persona.name][0][1], series[persona.name][0][2]) == (2.0, card_id)
    assert persona.name in pane.summary.text()
    window.actions_by_name["undo"].trigger()
    window.actions_by_name["undo"].trigger()
    assert len(pane.series()) == 1
    window.actions_by_name["redo"].trigger()
    window.actions_by_name["redo"].trigger()
    path = window.save_as(tmp_path / "personas.parcours")
    with ProjectStore.open(path, read_only=True) as store:
        assert store.session.scalars(select(CardPersona.card_id)).all() == [card_id]


def test_the_persona_filter_veils_the_cards_of_other_personas(make_window, sample_path, qtbot):
    window = make_window(sample_path, show=True)
    session = window.document.session
    first, second = session.scalars(select(Persona.id).order_by(Persona.position)).all()[:2]
    card_id, other_id = _touchpoints(window)[:2]
    _click_card(window, card_id)
    panel = window.evidence_panel
    qtbot.mouseClick(panel._persona_rows[second][0], Qt.MouseButton.LeftButton)
    extras = window.canvas_view.scene().card_extras
    combo = window.persona_filter
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(first))
    combo.activated.emit(combo.currentIndex())
    assert card_id in extras.dimmed and other_id not in extras.dimmed
    window.workspace.set_persona_filter(second)
    assert card_id not in extras.dimmed
    window.workspace.set_persona_filter(None)
    assert not extras.dimmed


def test_an_image_attached_to_a_card_shows_as_a_thumbnail_and_full_size(make_window, sample_path, qtbot, tmp_path,
                                                                         monkeypatch):
    window = make_window(sample_path, show=True)
    card_id = _touchpoints(window)[0]
    _click_card(window, card_id)
    panel = window.evidence_panel
    wall = picture(tmp_path / "wall.png", 3000, 2000, "#FFD54F")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(wall), ""))
    stack = window.document.undo_stack
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert stack.count() == 1
    stored = window.document.session.scalars(select(CardImage)).one()
    assert (stored.card_id, stored.caption) == (card_id, "wall")
    assert QImage.fromData(stored.image).size().toTuple() == (1024, 683)
    extras = window.canvas_view.scene().card_extras
    assert extras.thumbnails[card_id][1] == 1
    assert panel.images.count() == 1
    panel.images.setFocus()
    panel.images.setCurrentRow(0)
    viewer = panel.show_full_size()
    assert viewer.picture.pixmap().width() == 1024
    viewer.close()
    # A bad image is refused in one sentence; nothing is added.
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(30))
    assert panel.add_image_file(bad) is None
    assert panel.error_label.text().endswith(".") and stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert card_id not in extras.thumbnails and panel.images.count() == 0


def test_evidence_shows_on_the_card_as_badges():
    data = CardData(id=1, lane_id=1, stage_id=1, position=0, title="No laptop", severity=4, affected_share=62.5,
                    evidence="survey", evidence_status="observed", duration="3 days", is_first=True,
                    interaction="human")
    assert [text for text, _colour in badges(data)] == [
        "observed", "survey", "62.5 %", "severity 4", "⏱ 3 days", "first", "human"]
    assert badges(CardData(id=2, lane_id=1, stage_id=1, position=0)) == []
