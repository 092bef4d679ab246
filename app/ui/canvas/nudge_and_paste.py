"""Where cards go when nudged with the keyboard (Alt+arrows) or pasted: plain computations on the laid-out map.

No commands here: the controller turns what these return into one. (Where
dragged cards land is worked out by :func:`app.model.placement.plan_moves`
and :meth:`app.model.layout.MapLayout.drop_index`.)
"""

from __future__ import annotations

from typing import Any

from app.model import placement
from app.model.layout import MapLayout
from app.ui.canvas import clipboard
from app.ui.canvas.scene import MapScene


def nudge_moves(scene: MapScene, card_ids: list[int], d_lane: int, d_stage: int) -> list[tuple[int, int, int, int]]:
    """Moves that take ``card_ids`` one place up or down in their cell (then to the next lane), or one stage."""
    layout = scene.layout
    if layout is None or not card_ids:
        return []
    card_lanes = [lane.lane_id for lane in layout.lanes if layout.stages and
                  (lane.lane_id, layout.stages[0].stage_id) in layout.cells]
    stages = [stage.stage_id for stage in layout.stages]
    boxes = [layout.cards[c] for c in card_ids if c in layout.cards]
    cells = {(box.lane_id, box.stage_id) for box in boxes}
    if d_lane and len(cells) == 1:
        cell = next(iter(cells))
        ids = list(layout.cell_cards[cell])
        chosen = [c for c in ids if c in card_ids]
        staying = [c for c in ids if c not in card_ids]
        first = ids.index(chosen[0])
        new_index = sum(1 for c in ids[:first] if c not in card_ids) + d_lane
        if 0 <= new_index <= len(staying):
            return placement.plan_moves(layout.cell_cards, {cell: (new_index, chosen)})
        lane_position = card_lanes.index(cell[0]) + d_lane
        if not 0 <= lane_position < len(card_lanes):
            return []
        target = (card_lanes[lane_position], cell[1])
        index = len(layout.cell_cards[target]) if d_lane < 0 else 0
        return placement.plan_moves(layout.cell_cards, {target: (index, chosen)})
    targets: dict[tuple[int, int], tuple[int, list[int]]] = {}
    for box in boxes:
        lane_position = card_lanes.index(box.lane_id) + d_lane
        stage_position = stages.index(box.stage_id) + d_stage
        if not (0 <= lane_position < len(card_lanes) and 0 <= stage_position < len(stages)):
            return []
        key = (card_lanes[lane_position], stages[stage_position])
        index, ids = targets.get(key, (len([c for c in layout.cell_cards[key] if c not in card_ids]), []))
        targets[key] = (index, ids + [box.card_id])
    return placement.plan_moves(layout.cell_cards, targets)


def paste_anchor(scene: MapScene) -> tuple[int, int, int]:
    """(lane id, stage id, index) where pasted (or added) cards start.

    After the current card, else at the end of the first cell of the current
    lane or stage, else of the map's first cell.
    """
    layout = _laid_out(scene)
    current = scene.current_card
    if current is not None and current in layout.cards:
        box = layout.cards[current]
        return box.lane_id, box.stage_id, box.index + 1
    cells = list(layout.cells)
    header = scene.current_header
    if header is not None:
        position = 0 if header[0] == "lane" else 1
        cells = [c for c in cells if c[position] == header[1]] or cells
    cell = cells[0]
    return cell[0], cell[1], len(layout.cell_cards.get(cell, ()))


def paste_specs(scene: MapScene, payload: dict[str, Any],
                local: tuple[dict[str, int], dict[str, int]],
                ) -> tuple[list[dict[str, Any]], list[tuple[int, int, str, str]]]:
    """add_cards specs for a clipboard payload, and the links between them (indexes into the specs).

    Cards keep their offsets in stages from the anchor; each goes to the lane
    of its own kind nearest to its offset (any card lane when the journey has
    none of that kind). Channels and departments are matched by key and name,
    so cards pasted from another project keep them when this one has them.
    """
    layout = _laid_out(scene)
    # Keys from the clipboard may be anything: looked up as they are (a key of another type finds nothing).
    channels: dict[Any, int] = local[0]
    departments: dict[Any, int] = local[1]
    lane_id, stage_id, index = paste_anchor(scene)
    card_lanes = [lane for lane in layout.lanes if (lane.lane_id, stage_id) in layout.cells]
    stages = [stage.stage_id for stage in layout.stages]
    base_lane = next(i for i, lane in enumerate(card_lanes) if lane.lane_id == lane_id)
    base_stage = stages.index(stage_id)
    specs: list[dict[str, Any]] = []
    refs: dict[Any, int] = {}
    next_index: dict[tuple[int, int], int] = {}
    for card in payload["cards"]:
        if not isinstance(card, dict) or not isinstance(card.get("fields"), dict):
            continue
        wanted = base_lane + int(card.get("lane_offset", 0))
        same_kind = [i for i, lane in enumerate(card_lanes) if lane.kind.value == card.get("lane_kind")]
        candidates = same_kind or list(range(len(card_lanes)))
        lane_position = min(candidates, key=lambda i: (abs(i - wanted), i))
        stage_position = min(len(stages) - 1, max(0, base_stage + int(card.get("stage_offset", 0))))
        key = (card_lanes[lane_position].lane_id, stages[stage_position])
        if key not in next_index:
            next_index[key] = index if key == (lane_id, stage_id) else len(layout.cell_cards.get(key, ()))
        fields = {name: value for name, value in card["fields"].items() if name in clipboard.COPIED_FIELDS}
        fields["channel_id"] = channels.get(card.get("channel_key")) if card.get("channel_key") else None
        fields["department_id"] = (departments.get(card.get("department_name"))
                                   if card.get("department_name") else None)
        refs[card.get("ref")] = len(specs)
        specs.append({"lane_id": key[0], "stage_id": key[1], "index": next_index[key], **fields})
        next_index[key] += 1
    links = [(refs[link["source"]], refs[link["target"]], link.get("kind", "relates"), link.get("label", ""))
             for link in payload.get("links", [])
             if isinstance(link, dict) and link.get("source") in refs and link.get("target") in refs]
    return specs, links


def _laid_out(scene: MapScene) -> MapLayout:
    """The scene's layout (pasting and adding are offered only on a map that is laid out)."""
    if scene.layout is None:
        raise ValueError("the map is not laid out")
    return scene.layout
