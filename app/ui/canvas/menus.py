"""Context menus of the map: on cards, links, lane and stage headers, empty cells."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QColorDialog, QMenu, QWidget

from app.model.enums import LaneKind
from app.ui import labels
from app.ui.canvas.controller import CanvasController

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate

def build_menu(parent: QWidget, controller: CanvasController, kind: str, item_id: int,
               scene_pos: QPointF, window_actions: dict[str, QAction]) -> QMenu | None:
    """The menu for what was right-clicked (``kind`` as the view reports it), or None."""
    menu = QMenu(parent)
    view = controller.view
    scene = controller.scene
    if kind == "card":
        menu.addAction(translate("menus", "Edit title"), lambda: view.start_inline_edit("card", item_id))
        menu.addSeparator()
        for name in ("cut", "copy", "paste", "duplicate", "delete"):
            if name in window_actions:
                menu.addAction(window_actions[name])
        menu.addSeparator()
        cards = scene.selected_card_ids() or [item_id]
        data = scene.data.cards.get(item_id) if scene.data is not None else None
        if data is not None and scene.lane_kind(data.lane_id) is LaneKind.TOUCHPOINTS:
            pinned = data.moment_of_truth is True
            text = (translate("menus", "Unpin as a moment of truth") if pinned
                    else translate("menus", "Pin as a moment of truth"))
            menu.addAction(text, lambda: controller.set_moment_of_truth(item_id, None if pinned else True))
            if data.moment_of_truth is not False:
                menu.addAction(translate("menus", "Never a moment of truth"),
                               lambda: controller.set_moment_of_truth(item_id, False))
            menu.addSeparator()
        # Method workspace (app/ui/window_method.py): act on a pain point, measure at a touchpoint.
        method = [window_actions[name] for name in ("create_action", "new_measurement_point")
                  if name in window_actions and window_actions[name].isEnabled()]
        if data is not None and scene.lane_kind(data.lane_id) is not LaneKind.TOUCHPOINTS:
            method = [action for action in method if action is not window_actions.get("new_measurement_point")]
        if method:
            menu.addActions(method)
            menu.addSeparator()
        menu.addAction(translate("menus", "Colour…"),
                       lambda: _pick_colour(parent, lambda c: controller.set_cards_colour(cards, c)))
        menu.addAction(translate("menus", "Default colour"), lambda: controller.set_cards_colour(cards, None))
    elif kind == "link":
        if "delete" in window_actions:
            menu.addAction(window_actions["delete"])
    elif kind == "lane":
        menu.addAction(translate("menus", "Rename"), lambda: view.start_inline_edit("lane", item_id))
        _lane_kinds(menu.addMenu(translate("menus", "Insert lane above")),
                    lambda k: controller.insert_lane(item_id, k, after=False))
        _lane_kinds(menu.addMenu(translate("menus", "Insert lane below")),
                    lambda k: controller.insert_lane(item_id, k, after=True))
        _lane_kinds(menu.addMenu(translate("menus", "Change kind")), lambda k: controller.set_lane_kind(item_id, k))
        menu.addAction(translate("menus", "Colour…"),
                       lambda: _pick_colour(parent, lambda c: controller.set_colour("lane", item_id, c)))
        menu.addAction(translate("menus", "Default colour"), lambda: controller.set_colour("lane", item_id, None))
        menu.addAction(translate("menus", "Fold or unfold"), lambda: controller.toggle_collapsed(item_id))
        menu.addSeparator()
        menu.addAction(translate("menus", "Delete lane"), lambda: controller.delete_header("lane", item_id))
    elif kind == "stage":
        menu.addAction(translate("menus", "Rename"), lambda: view.start_inline_edit("stage", item_id))
        menu.addAction(translate("menus", "Insert stage before"), lambda: controller.insert_stage(item_id, after=False))
        menu.addAction(translate("menus", "Insert stage after"), lambda: controller.insert_stage(item_id, after=True))
        menu.addAction(translate("menus", "Colour…"),
                       lambda: _pick_colour(parent, lambda c: controller.set_colour("stage", item_id, c)))
        menu.addAction(translate("menus", "Default colour"), lambda: controller.set_colour("stage", item_id, None))
        menu.addSeparator()
        menu.addAction(translate("menus", "Delete stage"), lambda: controller.delete_header("stage", item_id))
    elif kind == "cell":
        cell = scene.cell_at(scene_pos)
        if cell is not None:
            lane_kind = scene.lane_kind(cell[0])
            noun = labels.card_noun(lane_kind) if lane_kind is not None else ""
            menu.addAction(translate("menus", "Add a card here: %1").replace("%1", noun),
                           partial(_add_card_at_end, controller, cell))
            if "paste" in window_actions:
                menu.addAction(window_actions["paste"])
    else:
        menu.addAction(translate("menus", "Add stage"), controller.add_stage_at_end)
        _lane_kinds(menu.addMenu(translate("menus", "Add lane")), lambda k: controller.insert_lane(None, k, after=True))
    return menu if not menu.isEmpty() else None


def show_menu(parent: QWidget, controller: CanvasController, kind: str, item_id: int, global_pos: QPoint,
              scene_pos: QPointF, window_actions: dict[str, QAction]) -> None:
    """Build and show the context menu at ``global_pos``."""
    menu = build_menu(parent, controller, kind, item_id, scene_pos, window_actions)
    if menu is not None:
        menu.exec(global_pos)
        menu.deleteLater()


def _add_card_at_end(controller: CanvasController, cell: tuple[int, int]) -> None:
    """Ask for a new card at the end of ``cell`` (lane id, stage id)."""
    scene = controller.scene
    count = len(scene.layout.cell_cards[cell]) if scene.layout is not None else 0
    scene.add_requested.emit(cell[0], cell[1], count, {})


def _lane_kinds(menu: QMenu, chosen: Callable[[LaneKind], object]) -> None:
    for lane_kind in LaneKind:
        menu.addAction(labels.lane_kind(lane_kind), partial(chosen, lane_kind))


def _pick_colour(parent: QWidget, chosen: Callable[[str], object]) -> None:
    colour = QColorDialog.getColor(parent=parent, title=translate("menus", "Choose a colour"))
    if colour.isValid():
        chosen(colour.name().upper())
