"""The document sorts each change once (as the change classifies itself) and every signal it emits is heard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import SIGNAL
from sqlalchemy import select

from app.model import ops
from app.model.enums import LaneKind
from app.model.ops import Op
from app.model.schema import Card, Journey, Lane, Link
from app.ui.commands import AddLinkCommand, EditCardCommand, EditStageCommand, GenericCommand, push

#: The document's signals about edits, with their C++ signatures (for ``QObject.receivers``).
EDIT_SIGNALS = {"changed": "changed(PyObject)", "structure_changed": "structure_changed(PyObject)",
                "cards_changed": "cards_changed(PyObject)", "links_changed": "links_changed(PyObject)",
                "journeys_changed": "journeys_changed()", "project_changed": "project_changed()"}


def _record(document) -> dict[str, list[object]]:
    heard: dict[str, list[object]] = {name: [] for name in EDIT_SIGNALS}
    for name in EDIT_SIGNALS:
        getattr(document, name).connect(lambda *args, name=name: heard[name].append(args))
    return heard


def _emitted(heard: dict[str, list[object]]) -> set[str]:
    return {name for name, calls in heard.items() if calls}


def _touchpoints(document) -> list[int]:
    lane = document.session.scalars(select(Lane).where(Lane.kind == LaneKind.TOUCHPOINTS)).first()
    return list(document.session.scalars(select(Card.id).where(Card.lane_id == lane.id).order_by(Card.id)))


def test_each_change_emits_the_one_map_signal_it_calls_for(document) -> None:
    first, second = _touchpoints(document)[:2]
    journey = document.session.scalars(select(Journey)).first()
    cases: list[tuple[Callable[[], object], set[str]]] = [
        (lambda: push(document, EditCardCommand(document, first, title="Renamed")), {"changed", "cards_changed"}),
        (lambda: push(document, AddLinkCommand(document, first, second)), {"changed", "links_changed"}),
        (lambda: push(document, EditStageCommand(document, journey.stages[0].id, name="Before")),
         {"changed", "structure_changed"}),
        # Cards deleted with their links: one cards_changed (the links come with it), no links_changed.
        (lambda: push(document, GenericCommand(document, Op(ops.delete_rows, {"roots": {"card": (first,)}}), "Del")),
         {"changed", "cards_changed"}),
        (lambda: push(document, GenericCommand(document, Op(ops.update_journey, {"journey_id": journey.id,
                                                                                 "title": "Other"}), "Rename")),
         {"changed", "structure_changed", "journeys_changed"}),
        (lambda: push(document, GenericCommand(document, Op(ops.add_persona, {"name": "Léa"}), "Add")),
         {"changed", "project_changed"}),
    ]
    for edit, expected in cases:
        heard = _record(document)
        edit()
        assert _emitted(heard) == expected
        assert all(len(calls) == 1 for calls in heard.values() if calls)
    heard = _record(document)
    document.undo_stack.undo()  # the persona goes: the project's panes hear it
    assert _emitted(heard) == {"changed", "project_changed"}


def test_a_card_change_carries_its_ids_and_its_links(document) -> None:
    first, second = _touchpoints(document)[:2]
    push(document, AddLinkCommand(document, first, second))
    link_id = document.session.scalars(select(Link.id).where(Link.source_id == first)).one()
    heard = _record(document)
    push(document, GenericCommand(document, Op(ops.delete_rows, {"roots": {"card": (first,)}}), "Delete"))
    (change,), = heard["cards_changed"]
    assert change.deleted["card"] == {first} and change.deleted["link"] == {link_id}
    assert "link" in change.tables


def test_every_signal_the_document_emits_has_a_listener_in_the_editor(make_window, sample_path: Path) -> None:
    window = make_window(sample_path)
    document = window.document
    for name, signature in EDIT_SIGNALS.items():
        assert document.receivers(SIGNAL(signature)) > 0, name
