"""The room's persona filter (P) follows the map's rule: a card naming other personas only is dimmed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.model.schema import CardPersona, Persona


def test_p_dims_the_cards_of_other_personas_and_keeps_the_shared_ones(make_window, sample_path, qtbot) -> None:
    window = make_window(sample_path, show=True)
    session = window.document.session
    first, second = session.scalars(select(Persona).order_by(Persona.position)).all()[:2]
    cards = sorted(window.scene.cards)
    theirs, ours = cards[0], cards[1]
    session.add_all([CardPersona(card_id=theirs, persona_id=second.id, score=None),
                     CardPersona(card_id=ours, persona_id=first.id, score=None)])
    session.commit()
    window.start_presentation()
    view = window.presentation
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert view.filter.persona[0] == first.id
    keep = view.filter.keep()
    assert not keep(theirs) and keep(ours) and keep(cards[2])  # a card naming nobody applies to everyone
    qtbot.keyClick(view, Qt.Key.Key_Escape)
