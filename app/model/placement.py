"""Where dragged or pasted cards go, as the ``move_cards`` op expects it (no Qt).

``move_cards`` applies its moves one after the other, and each index counts
the cell's cards *without* the moving card at that moment. When several
cards land in one cell at once (a group dragged up or down, perhaps inside
its own cell), plain final indexes would be wrong as soon as a card is
moved past another dragged card. :func:`plan_moves` simulates the moves and
gives each one the index that puts the group, in order, where it belongs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.model.journey_snapshot import CellKey

#: (card id, lane id, stage id, index in the cell), as ``move_cards`` takes them.
Move = tuple[int, int, int, int]


def plan_moves(cell_cards: Mapping[CellKey, Sequence[int]],
               targets: Mapping[CellKey, tuple[int, Sequence[int]]]) -> list[Move]:
    """Moves that put each target cell's cards at an insertion point, in the given order.

    ``cell_cards`` lists every cell's cards in order (before the moves);
    ``targets`` maps a target cell to (insertion index counted among the
    cell's cards that do not move, the moving card ids in the order they
    should end up). Returns nothing when every card is already in place.
    """
    moving = {card_id for _, ids in targets.values() for card_id in ids}
    where: dict[int, CellKey] = {card_id: cell for cell, ids in cell_cards.items() for card_id in ids}
    current: dict[CellKey, list[int]] = {cell: list(ids) for cell, ids in cell_cards.items()}
    moves: list[Move] = []
    finals: dict[CellKey, list[int]] = {}
    for cell, (index, ids) in targets.items():
        staying = [card_id for card_id in cell_cards.get(cell, ()) if card_id not in moving]
        index = max(0, min(index, len(staying)))
        finals[cell] = staying[:index] + list(ids) + staying[index:]
    if all(current.get(cell) == final for cell, final in finals.items()):
        return []
    for cell, (_, ids) in targets.items():
        final = finals[cell]
        for card_id in ids:
            source = where.get(card_id)
            if source is not None:
                current[source].remove(card_id)
            cards = current.setdefault(cell, [])
            position = final.index(card_id)
            previous = final[position - 1] if position > 0 else None
            slot = cards.index(previous) + 1 if previous is not None else 0
            cards.insert(slot, card_id)
            where[card_id] = cell
            moves.append((card_id, cell[0], cell[1], slot))
    return moves

