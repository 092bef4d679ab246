"""Edits of the method's workspace: catalogue merges, per-persona cards and scores, evidence images.

Listed in :mod:`app.model.ops`; the contract of :mod:`app.model.ops_core`
holds: ``fn(session, ...) -> Change`` with an exact inverse. Objectives,
personas, departments and channels themselves are added, changed, moved and
deleted by the ``add_/update_/move_/delete_`` ops of
:mod:`app.model.ops_project`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.model.errors import QT_TRANSLATE_NOOP, ModelError
from app.model.fields import check_fields
from app.model.images import check_image_bytes
from app.model.ops_core import (
    Change,
    Op,
    by_table,
    delete_rows,
    get,
    insert_row,
    move_in_order,
    restore,
    update_row,
)
from app.model.schema import (
    Action,
    Base,
    Card,
    CardImage,
    CardPersona,
    Channel,
    Department,
    Lane,
    MeasurementPoint,
    Persona,
    persona_channel,
    table_of,
)
from app.model.snapshot import Snapshot

#: What points at a catalogue row, by catalogue table: (class, column).
_REFERENCES: dict[str, tuple[tuple[type[Base], str], ...]] = {
    "department": ((Card, "department_id"), (Lane, "department_id"), (Action, "department_id")),
    "channel": ((Card, "channel_id"), (MeasurementPoint, "channel_id")),
}


def _merge(session: Session, cls: type[Base], source_id: int, target_id: int) -> Change:
    """Point everything that names ``source_id`` at ``target_id``, then delete ``source_id``."""
    name = cls.__tablename__
    get(session, cls, source_id)
    get(session, cls, target_id)
    if source_id == target_id:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "Choose two different entries to merge."))
    session.flush()
    moved: dict[str, list[int]] = {}
    updated: dict[str, set[int]] = {}
    for ref_cls, column in _REFERENCES[name]:
        ids = list(session.scalars(select(ref_cls.id).where(getattr(ref_cls, column) == source_id)))
        if ids:
            session.execute(update(ref_cls).where(ref_cls.id.in_(ids)).values({column: target_id}),
                            execution_options={"synchronize_session": False})
            key = f"{ref_cls.__tablename__}.{column}"
            moved[key] = ids
            updated.setdefault(ref_cls.__tablename__, set()).update(ids)
    if cls is Channel:
        # Personas who preferred the merged channel now prefer the one it became.
        personas = set(session.scalars(select(persona_channel.c.persona_id)
                                       .where(persona_channel.c.channel_id == source_id)))
        having = set(session.scalars(select(persona_channel.c.persona_id)
                                     .where(persona_channel.c.channel_id == target_id)))
        added = sorted(personas - having)
        if added:
            session.execute(persona_channel.insert(), [{"persona_id": p, "channel_id": target_id} for p in added])
            moved["persona_channel"] = added
            updated.setdefault("persona", set()).update(added)
    session.expire_all()
    change = delete_rows(session, {name: (source_id,)})
    for table, row_ids in updated.items():
        change.updated.setdefault(table, set()).update(row_ids)
    change.updated.setdefault(name, set()).add(target_id)
    return Change({}, change.updated, change.deleted,
                  Op(unmerge, {"table": name, "source_id": source_id, "target_id": target_id,
                                 "moved": moved, "snapshot": change.inverse.kwargs["snapshot"]}))


def merge_department(session: Session, source_id: int, target_id: int) -> Change:
    """Merge department ``source_id`` into ``target_id``: its cards, lanes and actions follow."""
    return _merge(session, Department, source_id, target_id)


def merge_channel(session: Session, source_id: int, target_id: int) -> Change:
    """Merge channel ``source_id`` into ``target_id``: its cards, measurement points and personas follow."""
    return _merge(session, Channel, source_id, target_id)


def unmerge(session: Session, table: str, source_id: int, target_id: int, moved: dict[str, list[int]],
            snapshot: Snapshot) -> Change:
    """Undo a merge: the merged row comes back and what pointed at it points at it again."""
    change = restore(session, snapshot)
    updated = {key: set(ids) for key, ids in change.updated.items()}
    for key, ids in moved.items():
        if key == "persona_channel":
            session.execute(persona_channel.delete().where(persona_channel.c.channel_id == target_id,
                                                           persona_channel.c.persona_id.in_(ids)))
            updated.setdefault("persona", set()).update(ids)
            continue
        ref_table, column = key.split(".")
        ref_cls = {"card": Card, "lane": Lane, "action": Action, "measurement_point": MeasurementPoint}[ref_table]
        session.execute(update(ref_cls).where(ref_cls.id.in_(ids)).values({column: source_id}),
                        execution_options={"synchronize_session": False})
        updated.setdefault(ref_table, set()).update(ids)
    session.expire_all()
    updated.setdefault(table, set()).add(target_id)
    verb = merge_department if table == "department" else merge_channel
    return Change(change.created, updated, {}, Op(verb, {"source_id": source_id, "target_id": target_id}))


# ----------------------------------------------------------------- several personas on one map


def _card_rows(session: Session, card_id: int) -> dict[int, float | None]:
    return dict(session.execute(select(CardPersona.persona_id, CardPersona.score)
                                .where(CardPersona.card_id == card_id)).all())


def _write_card_rows(session: Session, card_id: int, rows: dict[int, float | None]) -> None:
    table = table_of(CardPersona)
    session.execute(table.delete().where(table.c.card_id == card_id))
    if rows:
        session.execute(table.insert(),
                        [{"card_id": card_id, "persona_id": int(p), "score": s} for p, s in rows.items()])
    session.expire_all()


def set_card_personas(session: Session, card_id: int, scores: dict[Any, float | None]) -> Change:
    """The personas a card applies to, each with its own score (None: not scored); empty: every persona."""
    get(session, Card, card_id)
    rows: dict[int, float | None] = {}
    for persona_id, score in scores.items():
        persona_id = int(persona_id)
        get(session, Persona, persona_id)
        # A persona's score obeys the rules of a card's score (a number within the project's scale).
        rows[persona_id] = check_fields(session, Card, {"score": score})["score"]
    session.flush()
    old = _card_rows(session, card_id)
    _write_card_rows(session, card_id, rows)
    return Change({}, by_table(card={card_id}), {}, Op(set_card_personas, {"card_id": card_id, "scores": old}))


def set_persona_score(session: Session, card_id: int, persona_id: int, score: float | None) -> Change:
    """One persona's score on a card (the card then applies to that persona)."""
    rows = _card_rows(session, card_id)
    rows[persona_id] = score
    return set_card_personas(session, card_id, rows)


# ----------------------------------------------------------------- evidence images


def add_card_image(session: Session, card_id: int, image: bytes, image_type: str = "", *, caption: str = "",
                   index: int | None = None, card_image_id: int | None = None) -> Change:
    """Attach an image (already checked and downscaled by the caller) to a card."""
    get(session, Card, card_id)
    check_image_bytes(image)
    return insert_row(session, CardImage, {"card_id": card_id}, index,
                {"image": image, "image_type": image_type, "caption": caption}, card_image_id)


def update_card_image(session: Session, card_image_id: int, **fields: Any) -> Change:
    """Change an evidence image's caption."""
    if set(fields) - {"caption"}:
        raise ModelError(QT_TRANSLATE_NOOP("errors", "A {table} has no field named {field}."), table="card_image",
                         field=", ".join(sorted(set(fields) - {"caption"})))
    return update_row(session, CardImage, card_image_id, fields, update_card_image, "card_image_id")


def move_card_image(session: Session, card_image_id: int, index: int) -> Change:
    """Reorder an image among its card's images."""
    return move_in_order(session, CardImage, card_image_id, index, move_card_image, "card_image_id")


def delete_card_image(session: Session, card_image_id: int) -> Change:
    """Remove an image from its card (restorable)."""
    get(session, CardImage, card_image_id)
    return delete_rows(session, {"card_image": (card_image_id,)})
