"""The method's workspace in the window: the Actions menu and the Action plan and KPIs docks.

:class:`MethodWorkspace` is a small controller the main window creates once
and knows as its :class:`MethodHost`.
It owns the views of the action plan (:class:`~app.ui.actions_view.ActionsView`,
the top irritants, the impact x effort matrix, the road map) in one dock,
the KPIs and measurement points in another, the markers these put on the
map's cards, and the verbs of the Actions menu: Create action from the
selected pain points (also on a pain point's context menu and under the
inspector), New action, New KPI, New measurement point, and the views.
The window tells it when the document or the journey on the map changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPushButton, QStackedWidget, QTabWidget, QWidget
from sqlalchemy import select

from app import i18n
from app.model import ops
from app.model.errors import ParcoursError
from app.model.method_data import PAIN_LANES
from app.model.ops import Op
from app.model.schema import Card, Lane
from app.ui.actions_top import TopIrritantsView
from app.ui.actions_view import ActionsView
from app.ui.canvas.scene import MapScene
from app.ui.canvas.view import CanvasView
from app.ui.commands import GenericCommand, OpCommand, push
from app.ui.document import ProjectDocument
from app.ui.emotion_pane import EmotionPane
from app.ui.kpis_view import KpisView
from app.ui.matrix import MatrixView
from app.ui.measurements_view import MeasurementsView
from app.ui.method_markers import MapMarkers
from app.ui.pane_focus import BottomPaneFocus
from app.ui.roadmap import RoadmapView


class MethodHost(Protocol):
    """What the method's workspace uses of its window: the map shown, docks and the status bar."""

    @property
    def journey_id(self) -> int | None: ...

    @property
    def scene(self) -> MapScene | None: ...

    @property
    def canvas_view(self) -> CanvasView | None: ...

    def show_journey(self, journey_id: int | None) -> None:
        """Show another journey on the map."""

    def show_status(self, text: str, msecs: int) -> None:
        """Say something in the status bar for ``msecs``."""

    def add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock of the window, listed in View."""


class MethodWorkspace(QObject):
    """Docks, menu and verbs of actions, top irritants, matrix, road map, KPIs and measurement points."""

    def __init__(self, host: MethodHost, window: QMainWindow, emotion_dock: QDockWidget, inspector: QWidget,
                 actions: dict[str, QAction]) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._window_actions = actions
        self.document: ProjectDocument | None = None
        self.journey_id: int | None = None
        self.markers: MapMarkers | None = None
        self.actions_view = ActionsView()
        self.top_view = TopIrritantsView()
        self.matrix_view = MatrixView()
        self.roadmap_view = RoadmapView()
        self.kpis_view = KpisView()
        self.measurements_view = MeasurementsView()
        self.measurements_view.default_card = self._selected_card
        self.plan_tabs = QTabWidget()
        self.plan_tabs.setDocumentMode(True)
        for widget, title in ((self.actions_view, self.tr("Actions")), (self.top_view, self.tr("Top irritants")),
                              (self.matrix_view, self.tr("Impact × effort")), (self.roadmap_view, self.tr("Road map"))):
            self.plan_tabs.addTab(widget, title)
        self.kpi_tabs = QTabWidget()
        self.kpi_tabs.setDocumentMode(True)
        self.kpi_tabs.addTab(self.kpis_view, self.tr("KPIs"))
        self.kpi_tabs.addTab(self.measurements_view, self.tr("Measurement points"))
        for tabs in (self.plan_tabs, self.kpi_tabs):
            # Like the curve's dock: a narrow window must not be held wide by a toolbar (the pages shrink).
            tabs.setMinimumSize(160, 120)
        area = Qt.DockWidgetArea.BottomDockWidgetArea
        self.plan_dock = host.add_dock("actions", self.tr("Action plan"), self.plan_tabs, area)
        self.kpi_dock = host.add_dock("kpis", self.tr("KPIs and measures"), self.kpi_tabs, area)
        self.plan_dock.visibilityChanged.connect(lambda seen: self._catch_up(self.plan_tabs) if seen else None)
        self.kpi_dock.visibilityChanged.connect(lambda seen: self._catch_up(self.kpi_tabs) if seen else None)
        window.tabifyDockWidget(emotion_dock, self.plan_dock)
        window.tabifyDockWidget(self.plan_dock, self.kpi_dock)
        emotion_dock.raise_()
        #: View > Maximise the bottom pane (the map gives its place to the curve, plan or KPIs for a while).
        self.pane_focus = BottomPaneFocus(window, (emotion_dock, self.plan_dock, self.kpi_dock))
        actions["maximise_pane"] = self.pane_focus.action  # listed in Help > Keyboard shortcuts
        self.pane_focus.follow([actions[name] for name in (
            "zoom_in", "zoom_out", "fit", "zoom_100", "find", "add_card", "add_stage", "select_all")])
        pages, curve = window.centralWidget(), emotion_dock.widget()
        if isinstance(pages, QStackedWidget):
            self.pane_focus.follow_pages(pages)  # the start screen, another project: the map comes back
        if isinstance(curve, EmotionPane):
            curve.card_clicked.connect(self.pane_focus.restore)  # a point of the curve shows its card
        for view in (self.actions_view, self.roadmap_view, self.kpis_view, self.measurements_view):
            view.message.connect(self._show_message)
        self.top_view.create_action_requested.connect(self.create_action_for)
        self.top_view.card_requested.connect(self._show_card)
        self.actions_view.cards_requested.connect(self._show_cards)
        self.matrix_view.action_clicked.connect(self._select_action)
        self.roadmap_view.grid.action_clicked.connect(self._select_action)
        self.create_button = QPushButton(self.tr("Create action…"))
        self.create_button.setToolTip(self.tr("A new action that answers this pain point"))
        self.create_button.clicked.connect(self.create_action_from_selection)
        self.create_button.hide()
        self.actions: dict[str, QAction] = {}
        self._build_menu()
        # The inspector's layout ends with its fields; the button goes under them.
        layout = inspector.layout()
        if layout is not None:
            layout.addWidget(self.create_button)

    @property
    def docks(self) -> tuple[QDockWidget, ...]:
        """The workspace's docks (hidden with the others on the start screen)."""
        return self.plan_dock, self.kpi_dock

    def _build_menu(self) -> None:
        window = self._window

        def add(name: str, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False: slot())
            self.actions[name] = action
            self._window_actions[name] = action
            return action

        add("create_action", self.tr("&Create action from pain point"), self.create_action_from_selection,
            "Ctrl+Shift+A")
        add("new_action", self.tr("&New action"), self.new_action)
        add("show_actions", self.tr("&Actions"), lambda: self.show_plan(self.actions_view))
        add("show_top_irritants", self.tr("&Top irritants"), lambda: self.show_plan(self.top_view))
        add("show_matrix", self.tr("&Impact × effort matrix"), lambda: self.show_plan(self.matrix_view))
        add("show_roadmap", self.tr("&Road map"), lambda: self.show_plan(self.roadmap_view))
        add("new_kpi", self.tr("New &KPI"), self.new_kpi)
        add("show_kpis", self.tr("K&PIs"), lambda: self.show_kpis(self.kpis_view))
        add("new_measurement_point", self.tr("New &measurement point"), self.new_measurement_point)
        add("show_measurement_points", self.tr("Measurement &points"), lambda: self.show_kpis(self.measurements_view))
        menu = window.menuBar().addMenu(self.tr("Ac&tions"))
        menu.addActions([self.actions[n] for n in ("create_action", "new_action")])
        menu.addSeparator()
        menu.addActions([self.actions[n] for n in ("show_actions", "show_top_irritants", "show_matrix",
                                                   "show_roadmap")])
        menu.addSeparator()
        menu.addActions([self.actions[n] for n in ("new_kpi", "show_kpis", "new_measurement_point",
                                                   "show_measurement_points")])
        self.menu = menu
        self._update_actions()

    # ------------------------------------------------------------------ the window tells

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow ``document`` (None: the start screen)."""
        if self.markers is not None:
            self.markers.detach()
            self.markers = None
        self.document = document
        for view in self._views():
            view.set_document(document)
        scene = self._host.scene
        if document is not None and scene is not None:
            self.markers = MapMarkers(document, scene)
            scene.selectionChanged.connect(self._update_actions)
        self._update_actions()

    def hold_reading(self) -> Callable[[], None]:
        """Keep the views from reading their rows when the window is first shown; returns what reads them then.

        A project opening calls it before the views get the document (the editor's
        start, ``open_path`` in a shown window) and calls the result once the map
        has painted: the plan and the KPIs behind the curve's tab do not hold up
        the first paint, and read what they would have read.
        """
        held = list(self._views())
        for view in held:
            view.hold_reading()

        def read() -> None:
            for view in held:
                view.read_held()

        return read

    def set_journey(self, journey_id: int | None) -> None:
        """The journey on the map changed."""
        self.journey_id = journey_id
        for view in self._views():
            view.set_journey(journey_id)
        if self.markers is not None:
            self.markers.update()
        self._update_actions()

    def _views(self) -> tuple[ActionsView, TopIrritantsView, MatrixView, RoadmapView, KpisView, MeasurementsView]:
        return (self.actions_view, self.top_view, self.matrix_view, self.roadmap_view, self.kpis_view,
                self.measurements_view)

    # ------------------------------------------------------------------ verbs

    def selected_pain_points(self) -> list[int]:
        """The pain point cards selected on the map, in reading order."""
        scene = self._host.scene
        if scene is None or scene.data is None:
            return []
        return [card_id for card_id in scene.selected_card_ids() if card_id in scene.data.cards
                and scene.lane_kind(scene.data.cards[card_id].lane_id) in PAIN_LANES]

    def create_action_from_selection(self) -> int | None:
        """Create one action answering the selected pain points (one undo step)."""
        cards = self.selected_pain_points()
        if not cards:
            self._show_message(self.tr("Select a pain point on the map first."))
            return None
        return self.create_action_for(cards)

    def create_action_for(self, card_ids: list[int]) -> int | None:
        """Create one action answering ``card_ids``, named after the first, and open its title for typing."""
        if self.document is None or not card_ids:
            return None
        session = self.document.session
        cards = [session.get(Card, card_id) for card_id in card_ids]
        first = next((card.title for card in cards if card is not None and card.title.strip()), "")
        title = self.tr("Resolve: %1").replace("%1", first) if first else self.tr("New action")
        fields: dict[str, object] = {"title": title, "card_ids": list(card_ids)}
        shares = [card.affected_share for card in cards if card is not None and card.affected_share is not None]
        if shares:
            fields["affected_share"] = max(shares)
        action_id = self._push(GenericCommand(self.document, Op(ops.create_action, fields), self.tr("Create action")))
        if action_id is not None:
            self.show_plan(self.actions_view)
            self.actions_view.edit_title(action_id)
        return action_id

    def new_action(self) -> int | None:
        """A new action not linked to any pain point."""
        self.show_plan(self.actions_view)
        return self.actions_view.add_action()

    def new_kpi(self) -> int | None:
        """A new KPI of the journey on the map."""
        self.show_kpis(self.kpis_view)
        return self.kpis_view.add_row()

    def new_measurement_point(self) -> int | None:
        """A new measurement point, on the touchpoint selected on the map if there is one."""
        self.show_kpis(self.measurements_view)
        return self.measurements_view.add_row()

    def show_plan(self, view: QWidget) -> None:
        """Show the Action plan dock on ``view``'s tab."""
        self._show_dock(self.plan_dock, self.plan_tabs, view)

    def show_kpis(self, view: QWidget) -> None:
        """Show the KPIs dock on ``view``'s tab."""
        self._show_dock(self.kpi_dock, self.kpi_tabs, view)

    def _show_dock(self, dock: QDockWidget, tabs: QTabWidget, view: QWidget) -> None:
        dock.show()
        dock.raise_()
        tabs.setCurrentWidget(view)
        if not dock.isFloating():
            # After the dock is laid out: a table, a matrix or a road map needs more than the curve's height.
            QTimer.singleShot(0, self, lambda: self._grow(dock))

    def _grow(self, dock: QDockWidget) -> None:
        wanted = max(300, round(self._window.height() * 0.42))
        if dock.isVisible() and dock.height() < wanted:
            self._window.resizeDocks([dock], [wanted], Qt.Orientation.Vertical)

    # ------------------------------------------------------------------ helpers

    def _catch_up(self, tabs: QTabWidget) -> None:
        """A page shown again reads what changed while it was hidden (the pages that wait do so)."""
        catch_up = getattr(tabs.currentWidget(), "catch_up", None)
        if callable(catch_up):
            catch_up()

    def _selected_card(self) -> int | None:
        scene = self._host.scene
        cards = scene.selected_card_ids() if scene is not None else []
        return cards[0] if len(cards) == 1 else None

    def _select_action(self, action_id: int) -> None:
        view = self.actions_view
        row = view.table.row_of(action_id)
        if row >= 0:
            view.view.selectRow(view.proxy.mapFromSource(view.table.index(row, 0)).row())

    def _show_card(self, card_id: int) -> None:
        self._show_cards([card_id])

    def _show_cards(self, card_ids: list[int]) -> None:
        """Select ``card_ids`` on the map, going to their journey first when it is another one."""
        if self.document is None or not card_ids:
            return
        self.pane_focus.restore()  # the map comes back to show them
        lane = self.document.session.scalar(select(Lane).join(Card, Card.lane_id == Lane.id)
                                            .where(Card.id == card_ids[0]))
        if lane is not None and lane.journey_id != self._host.journey_id:
            self._host.show_journey(lane.journey_id)
        scene, canvas = self._host.scene, self._host.canvas_view
        if scene is None or canvas is None:
            return
        scene.select_cards(card_ids)
        item = scene.card_item(card_ids[0])
        if item is not None:
            canvas.ensureVisible(item.sceneBoundingRect(), 60, 60)

    def _update_actions(self) -> None:
        has_document = self.document is not None
        has_journey = has_document and self.journey_id is not None
        pains = bool(self.selected_pain_points()) if has_document else False
        self.actions["create_action"].setEnabled(pains)
        self.actions["new_action"].setEnabled(has_document)
        for name in ("new_kpi", "new_measurement_point"):
            self.actions[name].setEnabled(has_journey)
        scene = self._host.scene
        self.create_button.setVisible(pains and scene is not None and len(scene.selected_card_ids()) == 1)

    def _push(self, command: OpCommand) -> Any:
        if self.document is None:
            return None
        try:
            return push(self.document, command)
        except ParcoursError as error:
            self._show_message(error.message(i18n.translate))
            return None

    def _show_message(self, text: str) -> None:
        self._host.show_status(text, 8000)
