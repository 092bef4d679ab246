"""Every edit of a project, as a function ``fn(session, ...) -> Change``: the table of ops.

The editor's commands, the CLI and the importers all edit through these. An
edit held as data is an :class:`Op` naming its function (``Op(add_card,
{...})``); :func:`apply` calls it. Each op returns a :class:`Change` naming
what changed and its exact inverse, another :class:`Op`: ``apply(session,
change.inverse)`` undoes the change, and the inverse of that redoes it, with
the original ids. The contract and the generic verbs are in
:mod:`app.model.ops_core`; the ops themselves live in the modules below,
listed here one by one (nothing is looked up by name).
"""

from __future__ import annotations

# actions made from pain points
from app.model.ops_actions import (
    create_action,
)
from app.model.ops_core import (
    MAP_STRUCTURE_TABLES,
    PROJECT_TABLES,
    TABLES,
    Change,
    Ids,
    MapEffect,
    Op,
    OpFunction,
    apply,
    delete_rows,
    restore,
)

# journeys, stages, lanes, cards, links, measurement points
from app.model.ops_journey import (
    add_card,
    add_cards,
    add_journey,
    add_lane,
    add_link,
    add_measurement_point,
    add_stage,
    delete_cards,
    delete_journey,
    delete_lane,
    delete_link,
    delete_measurement_point,
    delete_stage,
    derive_journey,
    duplicate_cards,
    move_cards,
    move_journey,
    move_lane,
    move_measurement_point,
    move_stage,
    update_card,
    update_journey,
    update_lane,
    update_link,
    update_measurement_point,
    update_stage,
)

# the project, its fields, scale and ordered lists
from app.model.ops_project import (
    ACTIONS,
    CHANNELS,
    DEPARTMENTS,
    KPIS,
    OBJECTIVES,
    PERSONAS,
    RowOps,
    add_action,
    add_channel,
    add_department,
    add_kpi,
    add_objective,
    add_persona,
    delete_action,
    delete_channel,
    delete_department,
    delete_kpi,
    delete_objective,
    delete_persona,
    move_action,
    move_channel,
    move_department,
    move_kpi,
    move_objective,
    move_persona,
    set_action_cards,
    set_journey_objectives,
    set_journey_personas,
    set_persona_channels,
    set_scale,
    update_action,
    update_channel,
    update_department,
    update_kpi,
    update_objective,
    update_persona,
    update_project,
)

# dot votes and comments
from app.model.ops_workshop import (
    add_comment,
    add_vote,
    add_vote_round,
    delete_comment,
    delete_vote_round,
    remove_vote,
    update_comment,
    update_vote_round,
)

# catalogue merges, personas on cards, evidence images
from app.model.ops_workspace import (
    add_card_image,
    delete_card_image,
    merge_channel,
    merge_department,
    move_card_image,
    set_card_personas,
    set_persona_score,
    unmerge,
    update_card_image,
)

__all__ = [
    "ACTIONS", "CHANNELS", "DEPARTMENTS", "KPIS", "OBJECTIVES", "PERSONAS", "RowOps",
    "MAP_STRUCTURE_TABLES", "PROJECT_TABLES", "TABLES", "Change", "Ids", "MapEffect", "Op", "OpFunction", "apply",
    "delete_rows", "restore", "update_project", "set_scale", "set_persona_channels", "set_journey_personas",
    "set_journey_objectives", "set_action_cards", "add_objective", "update_objective", "move_objective",
    "delete_objective", "add_persona", "update_persona", "move_persona", "delete_persona", "add_department",
    "update_department", "move_department", "delete_department", "add_channel", "update_channel", "move_channel",
    "delete_channel", "add_action", "update_action", "move_action", "delete_action", "add_kpi", "update_kpi",
    "move_kpi", "delete_kpi", "add_journey", "update_journey", "delete_journey", "move_journey", "derive_journey",
    "add_stage", "update_stage", "move_stage", "delete_stage", "add_lane", "update_lane", "move_lane",
    "delete_lane", "add_card", "add_cards", "update_card", "move_cards", "delete_cards", "duplicate_cards",
    "add_link", "update_link", "delete_link", "add_measurement_point", "update_measurement_point",
    "move_measurement_point", "delete_measurement_point", "merge_department", "merge_channel", "unmerge",
    "set_card_personas", "set_persona_score", "add_card_image", "update_card_image", "move_card_image",
    "delete_card_image", "create_action", "add_vote_round", "update_vote_round", "delete_vote_round", "add_vote",
    "remove_vote", "add_comment", "update_comment", "delete_comment",
]
