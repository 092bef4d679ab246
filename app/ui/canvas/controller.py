"""Turns the canvas's requests into commands on the document's undo stack.

The scene and the view only ask (``move_requested``, ``rename_requested``...);
the controller pushes one command per request, selects what the edit
created, and reports a refused edit as one sentence (``message``). The
window's Edit menu and the context menus call its verbs too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication
from sqlalchemy import select

from app import i18n
from app.model import ops
from app.model.enums import LaneKind, LinkKind
from app.model.errors import ParcoursError
from app.model.journey_snapshot import CardData
from app.model.ops import Op
from app.model.schema import Channel, Department
from app.ui import labels
from app.ui.canvas import clipboard
from app.ui.canvas.nudge_and_paste import nudge_moves, paste_anchor, paste_specs
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from app.ui.card_naming import AddNamedCardCommand, NameNewCardCommand
from app.ui.commands import (
    AddCardsCommand,
    AddLaneCommand,
    AddLinkCommand,
    AddStageCommand,
    DeleteLaneCommand,
    DeleteStageCommand,
    DuplicateCardsCommand,
    EditCardCommand,
    EditLaneCommand,
    EditStageCommand,
    GenericCommand,
    MoveCardsCommand,
    MoveLaneCommand,
    MoveStageCommand,
    OpCommand,
    abandon_macro,
    push,
)
from app.ui.document import ProjectDocument

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate


class CanvasController(QObject):
    """The edits of one canvas (scene + view) on one document."""

    #: A sentence for the status bar: a refused edit, or what an action did.
    message = Signal(str)

    def __init__(self, document: ProjectDocument, scene: MapScene, view: CanvasView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.scene = scene
        self.view = view
        self._found: list[int] = []
        #: The card created last whose title is being typed (its naming merges into the add).
        self._naming: int | None = None
        scene.move_requested.connect(self._on_scene_move_requested)
        scene.copy_requested.connect(self._on_scene_copy_requested)
        scene.add_requested.connect(self._on_scene_add_requested)
        scene.lane_move_requested.connect(lambda lane_id, index: self._push(MoveLaneCommand(document, lane_id, index)))
        scene.stage_move_requested.connect(
            lambda stage_id, index: self._push(MoveStageCommand(document, stage_id, index)))
        scene.link_requested.connect(self._on_scene_link_requested)
        view.rename_requested.connect(self._on_view_rename_requested)
        view.nudge_requested.connect(self._on_view_nudge_requested)
        view.palette_dropped.connect(self._on_view_palette_dropped)
        view.channel_dropped_on_card.connect(self._on_view_channel_dropped_on_card)
        view.add_card_requested.connect(self.add_card_here)

    # ------------------------------------------------------------------ plumbing

    def _push(self, command: OpCommand) -> Any:
        try:
            return push(self.document, command)
        except ParcoursError as error:
            self.message.emit(error.message(i18n.translate))
            return None

    def _macro(self, text: str, commands: Sequence[OpCommand]) -> bool:
        """Push several commands as one undo step; False (and the stack unchanged) when one is refused."""
        stack = self.document.undo_stack
        stack.beginMacro(text)
        failed: ParcoursError | None = None
        for command in commands:
            stack.push(command)
            if command.error is not None:
                failed = command.error
                break
        stack.endMacro()
        if failed is not None:
            abandon_macro(stack)
            self.message.emit(failed.message(i18n.translate))
            return False
        return True

    @property
    def journey_id(self) -> int | None:
        """The journey on the canvas."""
        return self.scene.journey_id

    def _select_and_show(self, card_ids: list[int], *, edit: bool = False) -> None:
        self.scene.select_cards(card_ids)
        if card_ids:
            item = self.scene.card_item(card_ids[0])
            if item is not None:
                self.view.ensureVisible(item.sceneBoundingRect(), 60, 60)
            if edit:
                self.view.start_inline_edit("card", card_ids[0])

    # ------------------------------------------------------------------ requests from the canvas

    def _on_scene_move_requested(self, moves: list[tuple[int, int, int, int]]) -> None:
        # The moved cards keep their items, so they stay selected: the selection is left alone.
        self._push(MoveCardsCommand(self.document, moves))

    def _on_scene_copy_requested(self, specs: list[dict[str, Any]]) -> None:
        text = (translate("canvas", "Copy card") if len(specs) == 1
                else translate("canvas", "Copy %n cards").replace("%n", str(len(specs))))
        created = self._push(AddCardsCommand(self.document, specs, text))
        if created:
            self._select_and_show(created)

    def _on_scene_add_requested(self, lane_id: int, stage_id: int, index: int, fields: dict[str, Any]) -> None:
        created = self._push(AddNamedCardCommand(self.document, lane_id, stage_id, index=index, **fields))
        if created is not None:
            self._naming = created
            self._select_and_show([created], edit=True)

    def _on_view_palette_dropped(self, lane_id: int, stage_id: int, index: int, payload: dict[str, Any]) -> None:
        fields: dict[str, Any] = {}
        if payload.get("channel_id") is not None:
            fields["channel_id"] = payload["channel_id"]
            fields["title"] = payload.get("title") or ""
        self._on_scene_add_requested(lane_id, stage_id, index, fields)

    def _on_view_channel_dropped_on_card(self, card_id: int, channel_id: int) -> None:
        self._push(EditCardCommand(self.document, card_id, merge=False, channel_id=channel_id))
        self.scene.select_cards([card_id])

    def _on_scene_link_requested(self, source_id: int, target_id: int) -> None:
        self._push(AddLinkCommand(self.document, source_id, target_id, kind=LinkKind.FLOW))

    def _on_view_rename_requested(self, kind: str, item_id: int, text: str) -> None:
        if kind == "card" and item_id == self._naming:
            self._naming = None
            self._push(NameNewCardCommand(self.document, item_id, text))
        elif kind == "card":
            self._push(EditCardCommand(self.document, item_id, merge=False, title=text))
        elif kind == "lane":
            self._push(EditLaneCommand(self.document, item_id, merge=False, name=text))
        elif kind == "stage":
            self._push(EditStageCommand(self.document, item_id, merge=False, name=text))

    def _on_view_nudge_requested(self, d_lane: int, d_stage: int, _within: int) -> None:
        moves = nudge_moves(self.scene, self.scene.selected_card_ids(), d_lane, d_stage)
        if moves:
            self._on_scene_move_requested(moves)

    # ------------------------------------------------------------------ verbs of the Edit menu

    def add_card_here(self) -> None:
        """A new card after the current one (or in the current lane or stage), then edit its title."""
        layout = self.scene.layout
        if layout is None or not layout.cells:
            return
        lane_id, stage_id, index = paste_anchor(self.scene)
        self._on_scene_add_requested(lane_id, stage_id, index, {})

    def delete_selection(self) -> None:
        """Delete the selected cards and links (one undo step), or the current lane or stage."""
        cards, links = self.scene.selected_card_ids(), self.scene.selected_link_ids()
        if cards or links:
            roots: dict[str, tuple[int, ...]] = {}
            if cards:
                roots["card"] = tuple(cards)
            if links:
                roots["link"] = tuple(links)
            count = len(cards) + len(links)
            text = (translate("canvas", "Delete card") if cards and count == 1
                    else translate("canvas", "Delete link") if count == 1
                    else translate("canvas", "Delete %n items").replace("%n", str(count)))
            # The cards left in the cells keep their positions (see app.model.ordering: no renumbering).
            self._push(GenericCommand(self.document, Op(ops.delete_rows, {"roots": roots, "gaps": ("card",)}), text))
        elif self.scene.current_header is not None:
            kind, item_id = self.scene.current_header
            self.delete_header(kind, item_id)

    def delete_header(self, kind: str, item_id: int) -> None:
        """Delete a lane or a stage with its cards (undo brings them back)."""
        command = (DeleteLaneCommand(self.document, item_id) if kind == "lane"
                   else DeleteStageCommand(self.document, item_id))
        self._push(command)
        self.scene.set_current_header(None)

    def duplicate_selection(self) -> None:
        """Copy the selected cards next to their originals, and select the copies."""
        cards = self.scene.selected_card_ids()
        if cards:
            copies = self._push(DuplicateCardsCommand(self.document, cards))
            if copies:
                self._select_and_show(copies)

    def copy_selection(self) -> bool:
        """Put the selected cards on the clipboard; False when nothing is selected."""
        cards = self.scene.selected_card_ids()
        if not cards or self.scene.data is None:
            return False
        mime = clipboard.cards_mime(self.scene.data, cards)
        payload = clipboard.read_payload(mime)
        if payload is None:  # never for what cards_mime just wrote
            return False
        channels = dict(self.document.session.execute(select(Channel.id, Channel.key)).all())
        departments = dict(self.document.session.execute(select(Department.id, Department.name)).all())
        for card in payload["cards"]:
            fields = card["fields"]
            card["channel_key"] = channels.get(fields.get("channel_id"))
            card["department_name"] = departments.get(fields.get("department_id"))
        mime = clipboard.cards_mime_from_payload(payload, mime.text())
        QGuiApplication.clipboard().setMimeData(mime)
        self.message.emit(translate("canvas", "%n card(s) copied.").replace("%n", str(len(cards))))
        return True

    def cut_selection(self) -> None:
        """Copy the selected cards, then delete them."""
        if self.copy_selection():
            self.delete_selection()

    def paste(self, mime: QMimeData | None = None) -> list[int]:
        """Paste cards (or one card per line of text) at the current card, lane or stage."""
        mime = mime if mime is not None else QGuiApplication.clipboard().mimeData()
        layout = self.scene.layout
        if layout is None or not layout.cells:
            return []
        payload = clipboard.read_payload(mime)
        if payload is not None:
            specs, links = paste_specs(self.scene, payload, self._local_ids())
        else:
            lines = clipboard.text_lines(mime)
            if not lines:
                self.message.emit(translate("canvas", "There is nothing to paste."))
                return []
            lane_id, stage_id, index = paste_anchor(self.scene)
            specs = [{"lane_id": lane_id, "stage_id": stage_id, "index": index + offset, "title": line}
                     for offset, line in enumerate(lines)]
            links = []
        if not specs:
            return []
        if links:
            created = self._paste_with_links(specs, links)
        else:
            created = self._push(AddCardsCommand(self.document, specs))
        if created:
            self._select_and_show(list(created))
        return list(created or [])

    def _paste_with_links(self, specs: list[dict[str, Any]], links: list[tuple[int, int, str, str]]) -> list[int]:
        """Pasted cards and the links between them, as one undo step."""
        stack = self.document.undo_stack
        stack.beginMacro(translate("canvas", "Paste %n card(s)").replace("%n", str(len(specs))))
        add = AddCardsCommand(self.document, specs)
        stack.push(add)
        created = add.result or []
        error = add.error
        if error is None:
            for source, target, kind, label in links:
                link = AddLinkCommand(self.document, created[source], created[target], kind=kind, label=label)
                stack.push(link)
                error = error or link.error
        stack.endMacro()
        if error is not None:
            abandon_macro(stack)
            self.message.emit(error.message(i18n.translate))
            return []
        return created

    def _local_ids(self) -> tuple[dict[str, int], dict[str, int]]:
        session = self.document.session
        channels = {key: channel_id for channel_id, key in session.execute(select(Channel.id, Channel.key))}
        departments = {name: dep_id for dep_id, name in session.execute(select(Department.id, Department.name))}
        return channels, departments

    def select_all(self) -> None:
        """Select every card of the map."""
        self.scene.select_cards(self.scene.reading_order())

    # ------------------------------------------------------------------ lanes and stages

    def insert_stage(self, stage_id: int, *, after: bool) -> None:
        """A new stage before or after ``stage_id``, then edit its name."""
        layout, journey_id = self.scene.layout, self.journey_id
        if layout is None or journey_id is None:
            return
        index = next(box.index for box in layout.stages if box.stage_id == stage_id) + (1 if after else 0)
        created = self._push(AddStageCommand(self.document, journey_id, translate("canvas", "New stage"), index))
        if created is not None:
            self._show_new_header("stage", created)

    def insert_lane(self, lane_id: int | None, kind: LaneKind, *, after: bool) -> None:
        """A new lane of ``kind`` before or after ``lane_id`` (at the end when None)."""
        layout, journey_id = self.scene.layout, self.journey_id
        if layout is None or journey_id is None:
            return
        index = None
        if lane_id is not None:
            index = next(box.index for box in layout.lanes if box.lane_id == lane_id) + (1 if after else 0)
        created = self._push(AddLaneCommand(self.document, journey_id, kind, labels.lane_kind(kind), index))
        if created is not None:
            self._show_new_header("lane", created)

    def _show_new_header(self, kind: str, item_id: int) -> None:
        """A lane or stage just made: current (the inspector shows it), in view, its name open for typing."""
        self.scene.clearSelection()
        self.scene.set_current_header(kind, item_id)
        self.scene.header_selected.emit(kind, item_id)
        self.view.start_inline_edit(kind, item_id)

    def add_stage_at_end(self) -> None:
        """A new stage after the last one."""
        layout, journey_id = self.scene.layout, self.journey_id
        if layout is None or journey_id is None:
            return
        if layout.stages:
            self.insert_stage(layout.stages[-1].stage_id, after=True)
        else:
            created = self._push(AddStageCommand(self.document, journey_id, translate("canvas", "New stage")))
            if created is not None:
                self._show_new_header("stage", created)

    def set_lane_kind(self, lane_id: int, kind: LaneKind) -> None:
        """Change what a lane holds."""
        self._push(EditLaneCommand(self.document, lane_id, merge=False, kind=kind))

    def set_colour(self, kind: str, item_id: int, colour: str | None) -> None:
        """Give a card, lane or stage its own colour (None: back to the default)."""
        if kind == "card":
            command: OpCommand = EditCardCommand(self.document, item_id, merge=False, colour=colour)
        elif kind == "lane":
            command = EditLaneCommand(self.document, item_id, merge=False, colour=colour)
        else:
            command = EditStageCommand(self.document, item_id, merge=False, colour=colour)
        self._push(command)

    def set_cards_colour(self, card_ids: list[int], colour: str | None) -> None:
        """Colour several cards at once (one undo step)."""
        commands = [EditCardCommand(self.document, card_id, merge=False, colour=colour) for card_id in card_ids]
        if len(commands) == 1:
            self._push(commands[0])
        elif commands:
            self._macro(translate("canvas", "Colour %n cards").replace("%n", str(len(commands))), commands)

    def set_moment_of_truth(self, card_id: int, value: bool | None) -> None:
        """Pin a touchpoint as a moment of truth (True), rule it out (False), or let the curve decide (None)."""
        self._push(EditCardCommand(self.document, card_id, merge=False, moment_of_truth=value))

    def toggle_collapsed(self, lane_id: int) -> None:
        """Fold or unfold a lane."""
        data = self.scene.data
        lane = next((lane for lane in data.lanes if lane.id == lane_id), None) if data is not None else None
        if lane is not None:
            self._push(EditLaneCommand(self.document, lane_id, merge=False, collapsed=not lane.collapsed))

    # ------------------------------------------------------------------ find

    def find(self, text: str) -> int:
        """Highlight the cards whose text contains ``text``; select the first; return the count."""
        needle = text.casefold().strip()
        data = self.scene.data
        if not needle or data is None:
            self._found = []
        else:
            self._found = [card_id for card_id in self.scene.reading_order()
                           if needle in _searchable_text(data.cards[card_id])]
        self.scene.set_found(set(self._found))
        if self._found:
            self._select_and_show([self._found[0]])
        return len(self._found)

    def find_next(self, step: int = 1) -> int | None:
        """Select the next (or, with ``step`` -1, the previous) match; return its card id."""
        if not self._found:
            return None
        current = self.scene.current_card
        if current in self._found:
            target = self._found[(self._found.index(current) + step) % len(self._found)]
        else:
            target = self._found[0]
        self._select_and_show([target])
        return target


def _searchable_text(card: CardData) -> str:
    """Everything Find looks in: title, body, note and tags, case-folded."""
    return " ".join((card.title, card.body, card.note, " ".join(card.tags))).casefold()
