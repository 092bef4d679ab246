"""The map in the main window: the scene, view and controller of the open document, and where their signals go.

:class:`MapCanvas` is made once by the main window. For each document it
makes a :class:`~app.ui.canvas.scene.MapScene`, the
:class:`~app.ui.canvas.view.CanvasView` that shows it (in the window's
canvas page, under the Find bar) and the
:class:`~app.ui.canvas.controller.CanvasController` that turns the map's
requests into commands; it drops them with the document. It sends the
selection to the inspector, the context menus to :mod:`app.ui.canvas.menus`,
the palette's entries and the emotion curve's clicks to the map. It knows
the window through :class:`CanvasHost`.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, QPoint, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

from app.ui.canvas import menus
from app.ui.canvas.controller import CanvasController
from app.ui.canvas.navigation import palette_target
from app.ui.canvas.nudge_and_paste import paste_anchor
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from app.ui.document import ProjectDocument
from app.ui.find_bar import FindBar
from app.ui.inspector import Inspector
from app.ui.window_actions import MAP_ONLY


class CanvasHost(Protocol):
    """What the map uses of its window: the status bar and the state of its actions."""

    def show_status(self, text: str, msecs: int) -> None:
        """Say something in the status bar for ``msecs``."""

    def update_state(self) -> None:
        """Enable the actions that apply to the selection now."""


class MapCanvas(QObject):
    """The open document's map in a window, and the routes of its signals."""

    def __init__(self, host: CanvasHost, window: QWidget, page: QVBoxLayout, inspector: Inspector,
                 inspector_dock: QDockWidget, find_bar: FindBar, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._page = page
        self._inspector = inspector
        self._inspector_dock = inspector_dock
        self._find_bar = find_bar
        self._actions = actions
        self.scene: MapScene | None = None
        self.view: CanvasView | None = None
        self.controller: CanvasController | None = None
        #: A map shown before its document (the editor's start), which :meth:`attach` takes on.
        self._adopted: tuple[MapScene, CanvasView] | None = None
        find_bar.closed.connect(self._on_find_bar_closed)

    def adopt(self, scene: MapScene, view: CanvasView) -> None:
        """Make the next :meth:`attach` hand its document to ``scene`` (made without one) shown in ``view``."""
        self._adopted = (scene, view)

    def drop_adopted(self) -> None:
        """The adopted map's document could not be opened: drop the map."""
        adopted, self._adopted = self._adopted, None
        if adopted is not None:
            scene, view = adopted
            self._page.removeWidget(view)
            view.deleteLater()
            scene.detach()
            scene.deleteLater()

    def attach(self, document: ProjectDocument) -> tuple[MapScene, CanvasView, CanvasController]:
        """Make the map of ``document`` (the window drops the previous one first), or take on the adopted one."""
        adopted, self._adopted = self._adopted, None
        if adopted is not None:  # already in the page; it reads the journey again when the window shows it
            scene, view = self.scene, self.view = adopted
            scene.attach_document(document)
        else:
            scene = self.scene = MapScene(document, self._window)
            view = self.view = CanvasView(scene, self._page.parentWidget())
            self._page.addWidget(view, 1)
        view.addActions([self._actions[name] for name in MAP_ONLY])
        controller = self.controller = CanvasController(document, scene, view, self._window)
        self._find_bar.set_controller(controller)
        controller.message.connect(self._on_controller_message)
        scene.selection_changed.connect(self._on_scene_selection_changed)
        scene.header_selected.connect(self._on_scene_header_selected)
        view.context_menu_requested.connect(self._on_view_context_menu_requested)
        return scene, view, controller

    def detach(self) -> None:
        """Drop the map (its document goes away); its widgets are deleted later."""
        if self.view is not None:
            self._page.removeWidget(self.view)
            self.view.deleteLater()
        if self.controller is not None:
            self.controller.deleteLater()
        if self.scene is not None:
            self.scene.detach()
            self.scene.deleteLater()
        self.view = self.scene = self.controller = None
        self._find_bar.set_controller(None)

    # ------------------------------------------------------------------ what others ask of the map

    def show_card(self, card_id: int) -> None:
        """Select ``card_id`` and scroll it into view (a click on its point of the emotion curve)."""
        if self.scene is not None and self.view is not None:
            self.scene.select_cards([card_id])
            item = self.scene.card_item(card_id)
            if item is not None:
                self.view.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def drop_palette_entry(self, payload: dict[str, Any]) -> None:
        """Put the palette's entry ``payload`` (activated with the keyboard) where the current card is."""
        scene, view = self.scene, self.view
        if scene is None or view is None or scene.layout is None:
            return
        lane_id, stage_id, _ = paste_anchor(scene)
        cell = scene.cell_rect(lane_id, stage_id)
        target = palette_target(scene, payload, cell.center())
        if target is None:
            self._host.show_status(self.tr("This journey has no lane for that kind of card."), 8000)
            return
        view.palette_dropped.emit(target.lane_id, target.stage_id, target.index, payload)

    # ------------------------------------------------------------------ slots

    def _on_controller_message(self, text: str) -> None:
        self._host.show_status(text, 8000)

    def _on_scene_selection_changed(self) -> None:
        if self.scene is None:
            return
        cards = self.scene.selected_card_ids()
        if len(cards) == 1:
            self._inspector.show_card(cards[0])
            self._inspector_dock.raise_()
        elif len(cards) > 1:
            self._inspector.show_several(len(cards))
        elif self.scene.current_header is None:
            self._inspector.show_nothing()
        self._host.update_state()

    def _on_scene_header_selected(self, kind: str, item_id: int) -> None:
        if kind == "lane":
            self._inspector.show_lane(item_id)
        else:
            self._inspector.show_stage(item_id)
        self._inspector_dock.raise_()

    def _on_view_context_menu_requested(self, kind: str, item_id: int, global_pos: QPoint, scene_pos: QPointF) -> None:
        if self.controller is not None:
            menus.show_menu(self._window, self.controller, kind, item_id, global_pos, scene_pos, self._actions)

    def _on_find_bar_closed(self) -> None:
        if self.view is not None:
            self.view.setFocus()
