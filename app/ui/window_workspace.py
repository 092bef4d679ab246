"""The method's workspace in the main window: the Project menu, its docks, the persona filter, card extras.

:class:`WorkspaceController` is made by the main window (its
:class:`WorkspaceHost`), which hands it the document as it opens and
closes projects. It adds three docks
(Project: properties, objectives and journey priorities; Personas: gallery
and editor; Evidence: the selected card's images and personas), the
Departments and channels window, the Project menu that reaches them all,
and the persona filter of the canvas (a combo in the toolbar and a submenu),
which veils the cards that do not apply to the chosen persona.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QPixmap
from PySide6.QtWidgets import QComboBox, QDockWidget, QLabel, QMainWindow, QMenu, QToolBar, QWidget
from sqlalchemy import select

from app.model.ops import Change
from app.model.persona_curves import cards_not_for
from app.model.schema import Card, CardImage, Lane, Persona
from app.ui import images
from app.ui.canvas.scene import MapScene
from app.ui.document import ProjectDocument
from app.ui.evidence_badges import CardExtras
from app.ui.evidence_panel import EvidencePanel
from app.ui.personas import PersonasView
from app.ui.project_panel import ProjectPanel

if TYPE_CHECKING:  # the dialog is made when first asked for: not on the editor's start path
    from app.ui.catalogues import CataloguesDialog

# Called by this name with literal strings so that lupdate finds them (a wrapper would hide them).
translate = QCoreApplication.translate

#: Side of the thumbnails kept for the cards, in pixels.
THUMB_SIDE = 64


class WorkspaceHost(Protocol):
    """What the method's workspace uses of its window: the map shown and its docks."""

    @property
    def scene(self) -> MapScene | None: ...

    def add_dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock of the window, listed in View."""


class WorkspaceController(QObject):
    """Project, personas, evidence and catalogues for one main window."""

    def __init__(self, host: WorkspaceHost, window: QMainWindow, journey_dock: QDockWidget,
                 toolbar: QToolBar) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self.document: ProjectDocument | None = None
        self.scene: MapScene | None = None
        self._journey_shown: int | None = None
        #: The persona whose cards the canvas shows (None: every card).
        self.persona_filter: int | None = None
        #: Thumbnails by image id (images never change: they are added and removed), and each card's first image.
        self._thumbs: dict[int, QPixmap] = {}
        self._shown_first: dict[int, int] = {}
        self.project_panel = ProjectPanel(window)
        self.personas_view = PersonasView(window)
        self.evidence_panel = EvidencePanel(window)
        self._catalogues: CataloguesDialog | None = None  # made when first asked for (see catalogues)
        #: The document the panels were handed (the window's, or None while the editor's start paints the map).
        self._panels_document: ProjectDocument | None = None
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.project_dock = host.add_dock("project", translate("Workspace", "Project"), self.project_panel, right)
        self.personas_dock = host.add_dock("personas", translate("Workspace", "Personas"), self.personas_view, right)
        self.evidence_dock = host.add_dock("evidence", translate("Workspace", "Evidence"), self.evidence_panel, right)
        for dock in (self.project_dock, self.personas_dock):
            window.tabifyDockWidget(journey_dock, dock)
        # The selected card's evidence stays apart, under the tab group (added below it): it follows the selection.
        journey_dock.raise_()
        #: The docks the start screen hides.
        self.docks: tuple[QDockWidget, ...] = (self.project_dock, self.personas_dock, self.evidence_dock)
        self.project_panel.catalogues_button.clicked.connect(lambda: self.show_catalogues("departments"))
        self._build_menu()
        self._build_filter(toolbar)
        self.set_document(None)

    # ------------------------------------------------------------------ menus

    def _build_menu(self) -> None:
        window = self._window
        menu = QMenu(translate("Workspace", "&Project"), window)
        self.menu = menu
        self.actions: dict[str, QAction] = {}

        def add(name: str, text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
            action = menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False: slot())
            self.actions[name] = action
            return action

        add("properties", translate("Workspace", "&Properties…"), self.show_properties, "Ctrl+Alt+P")
        add("objectives", translate("Workspace", "&Objectives…"), self.show_objectives)
        add("journey_priorities", translate("Workspace", "&Journeys by priority…"), self.show_journey_priorities)
        menu.addSeparator()
        add("personas", translate("Workspace", "P&ersonas…"), self.show_personas, "Ctrl+Alt+E")
        add("add_persona", translate("Workspace", "&New persona"), self.add_persona)
        add("departments", translate("Workspace", "&Departments…"), lambda: self.show_catalogues("departments"))
        add("channels", translate("Workspace", "&Channels…"), lambda: self.show_catalogues("channels"))
        menu.addSeparator()
        add("evidence", translate("Workspace", "E&vidence of the card…"), self.show_evidence)
        self.filter_menu = menu.addMenu(translate("Workspace", "Show the cards &of"))
        self.filter_menu.aboutToShow.connect(self._fill_filter_menu)
        bar = window.menuBar()
        settings = next((a for a in bar.actions() if a.menu() is not None
                         and a.text() == translate("MainWindow", "&Settings")), None)
        if settings is not None:
            bar.insertMenu(settings, menu)
        else:
            bar.addMenu(menu)

    def _build_filter(self, toolbar: QToolBar) -> None:
        self.filter_combo = QComboBox(self._window)
        self.filter_combo.setObjectName("persona_filter")
        self.filter_combo.setToolTip(translate("Workspace", "Veil the cards that do not apply to this persona"))
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.activated.connect(lambda index: self.set_persona_filter(self.filter_combo.itemData(index)))
        toolbar.addSeparator()
        label = QLabel(translate("Workspace", "Persona:"), self._window)
        label.setBuddy(self.filter_combo)
        toolbar.addWidget(label)
        toolbar.addWidget(self.filter_combo)

    def _fill_filter_menu(self) -> None:
        self.filter_menu.clear()
        group = QActionGroup(self.filter_menu)
        for index in range(self.filter_combo.count()):
            persona_id = self.filter_combo.itemData(index)
            action = self.filter_menu.addAction(self.filter_combo.itemText(index))
            action.setCheckable(True)
            action.setChecked(persona_id == self.persona_filter)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, chosen=persona_id: self.set_persona_filter(chosen))

    # ------------------------------------------------------------------ verbs

    def _show_dock(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def show_properties(self) -> None:
        """The Project dock on its Properties tab, the title field focused."""
        self._show_dock(self.project_dock)
        self.project_panel.tabs.setCurrentIndex(0)
        title = self.project_panel.field_widget("title")
        if title is not None:
            title.setFocus()

    def show_objectives(self) -> None:
        """The Project dock on its Objectives tab."""
        self._show_dock(self.project_dock)
        self.project_panel.tabs.setCurrentIndex(1)
        self.project_panel.objectives.list.setFocus()

    def show_journey_priorities(self) -> None:
        """The Project dock on its Journeys tab."""
        self._show_dock(self.project_dock)
        self.project_panel.tabs.setCurrentIndex(2)
        self.project_panel.journeys.setFocus()

    def show_personas(self) -> None:
        """The Personas dock, the gallery focused."""
        self._show_dock(self.personas_dock)
        self.personas_view.gallery.setFocus()

    def add_persona(self) -> int | None:
        """A new persona (one undo step), shown in the Personas dock with its name selected."""
        if self.document is None:
            return None
        self._show_dock(self.personas_dock)
        return self.personas_view.add_row()

    @property
    def catalogues(self) -> CataloguesDialog:
        """The Departments and channels window (a hidden dialog until asked for: made then, not at start)."""
        if self._catalogues is None:
            from app.ui.catalogues import CataloguesDialog

            self._catalogues = CataloguesDialog(self._window)
            if self._panels_document is not None:
                self._catalogues.set_document(self._panels_document)
        return self._catalogues

    def show_catalogues(self, which: str) -> None:
        """The Departments and channels window on ``which`` tab."""
        if self.document is not None:
            self.catalogues.show_tab(which)

    def show_evidence(self) -> None:
        """The Evidence dock (the selected card's images and personas)."""
        self._show_dock(self.evidence_dock)
        self.evidence_panel.images.setFocus()

    def set_persona_filter(self, persona_id: int | None) -> None:
        """Veil the cards that do not apply to ``persona_id`` (None: show every card plainly)."""
        self.persona_filter = persona_id
        index = self.filter_combo.findData(persona_id)
        if index >= 0:
            self.filter_combo.setCurrentIndex(index)
        self._update_dimmed()

    # ------------------------------------------------------------------ document

    def set_document(self, document: ProjectDocument | None, *, panels: bool = True) -> None:
        """Follow ``document`` (None: the start screen); called by the window once its scene exists.

        ``panels=False`` leaves the project, personas and evidence panels and the
        catalogues as they are: the window hands them the document a moment later
        with :meth:`set_panels_document` (the editor's start paints the map first).
        What the map draws (card thumbnails, the persona filter) follows at once.
        """
        if self.document is not None:
            self.document.changed.disconnect(self._on_document_changed)
        if self.scene is not None:
            try:
                self.scene.selectionChanged.disconnect(self._on_scene_selection_changed)
                self.scene.layout_changed.disconnect(self._on_scene_layout_changed)
            except (RuntimeError, TypeError):
                pass
        self.document = document
        self._thumbs, self._shown_first = {}, {}
        self.scene = self._host.scene if document is not None else None
        self.persona_filter = None
        if panels:
            self.set_panels_document(document)
        if document is not None:
            document.changed.connect(self._on_document_changed)
        if self.scene is not None:
            self.scene.card_extras = CardExtras()
            self.scene.selectionChanged.connect(self._on_scene_selection_changed)
            self.scene.layout_changed.connect(self._on_scene_layout_changed)
        for action in self.actions.values():
            action.setEnabled(document is not None)
        self.filter_menu.setEnabled(document is not None)
        self._fill_filter_combo()
        self._journey_shown = None
        self._update_extras()

    def set_panels_document(self, document: ProjectDocument | None) -> None:
        """Hand ``document`` to the project, personas and evidence panels and the catalogues (see set_document)."""
        self._panels_document = document
        for panel in (self.project_panel, self.personas_view, self.evidence_panel):
            panel.set_document(document)
        if self._catalogues is not None:
            self._catalogues.set_document(document)
            if document is None:
                self._catalogues.hide()

    def _fill_filter_combo(self) -> None:
        combo = self.filter_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(translate("Workspace", "Every persona"), None)
        if self.document is not None:
            for persona_id, name in self.document.session.execute(
                    select(Persona.id, Persona.name).order_by(Persona.position)):
                combo.addItem(name, persona_id)
        index = combo.findData(self.persona_filter)
        if index < 0:
            self.persona_filter, index = None, 0
        combo.setCurrentIndex(index)
        combo.setEnabled(self.document is not None)
        combo.blockSignals(False)

    def _journey_cards(self) -> list[int]:
        scene = self.scene
        if scene is None or scene.journey_id is None or self.document is None:
            return []
        return list(self.document.session.scalars(select(Card.id).join(Lane, Lane.id == Card.lane_id)
                                                  .where(Lane.journey_id == scene.journey_id)))

    def _update_extras(self) -> None:
        self._update_thumbnails()
        self._update_dimmed()

    def _update_thumbnails(self) -> None:
        scene = self.scene
        extras = scene.card_extras if scene is not None else None
        if scene is None or extras is None or self.document is None or scene.journey_id is None:
            return
        session = self.document.session
        rows = session.execute(select(CardImage.card_id, CardImage.id).join(Card, Card.id == CardImage.card_id)
                               .join(Lane, Lane.id == Card.lane_id).where(Lane.journey_id == scene.journey_id)
                               .order_by(CardImage.card_id, CardImage.position)).all()
        first: dict[int, int] = {}
        counts: dict[int, int] = {}
        for card_id, image_id in rows:
            first.setdefault(card_id, image_id)
            counts[card_id] = counts.get(card_id, 0) + 1
        # Only images not drawn yet are read and decoded: a card edit costs no blob.
        missing = [image_id for image_id in first.values() if image_id not in self._thumbs]
        for image_id, data in session.execute(select(CardImage.id, CardImage.image)
                                              .where(CardImage.id.in_(missing))).all() if missing else ():
            self._thumbs[image_id] = images.pixmap(data, THUMB_SIDE)
        thumbnails = {card_id: (self._thumbs[image_id], counts[card_id]) for card_id, image_id in first.items()}
        changed = {card_id for card_id in set(thumbnails) | set(extras.thumbnails)
                   if thumbnails.get(card_id, (None, 0))[1] != extras.thumbnails.get(card_id, (None, 0))[1]
                   or first.get(card_id) != self._shown_first.get(card_id)}
        extras.thumbnails = thumbnails
        self._shown_first = first
        self._repaint(changed)

    def _update_dimmed(self) -> None:
        extras = self.scene.card_extras if self.scene is not None else None
        if extras is None or self.document is None:
            return
        dimmed: frozenset[int] = frozenset()
        if self.persona_filter is not None:
            dimmed = cards_not_for(self.document.session, self._journey_cards(), self.persona_filter)
        changed = dimmed ^ extras.dimmed
        extras.dimmed = dimmed
        self._repaint(changed)

    def _repaint(self, card_ids: Iterable[int]) -> None:
        for card_id in card_ids:
            item = self.scene.cards.get(card_id) if self.scene is not None else None
            if item is not None:
                item.update()

    # ------------------------------------------------------------------ slots

    def _on_document_changed(self, change: Change) -> None:
        touched = set(change.created) | set(change.updated) | set(change.deleted)
        if "persona" in touched:
            self._fill_filter_combo()
        # Deleting or restoring a card deletes or restores its images too: card_image is then touched.
        if "card_image" in touched:
            self._update_thumbnails()
        if touched & {"card", "persona"}:
            self._update_dimmed()

    def follow_selection(self) -> None:
        """Show the evidence of the card selected now (the panel was handed its document after a selection)."""
        self._on_scene_selection_changed()

    def _on_scene_selection_changed(self) -> None:
        cards = self.scene.selected_card_ids() if self.scene is not None else []
        if len(cards) == 1:
            self.evidence_panel.show_card(cards[0])
        elif not cards:
            self.evidence_panel.show_card(None)

    def _on_scene_layout_changed(self) -> None:
        journey = self.scene.journey_id if self.scene is not None else None
        if journey != self._journey_shown:  # another journey: its own thumbnails and veils
            self._journey_shown = journey
            self._update_extras()
