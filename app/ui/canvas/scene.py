"""The scene of one journey map: it follows the document and draws it with items.

The scene reads the journey into a :class:`~app.model.journey_data.JourneyData`
snapshot, lays it out with a :class:`~app.model.layout.LayoutBuilder` (a big
map's lanes below the view after the first paint: late_layout.py) and keeps
one item per card, stage, lane and link (``dict[id, item]``). When the
document says what changed (``structure_changed``, ``cards_changed``,
``links_changed``), the scene swaps the changed cards into its snapshot (or
re-reads the journey when its structure changed), lays it out again and
moves only the items whose box changed (those far from the view after the
frame: late_moves.py). Mouse gestures never touch
the model: :class:`~app.ui.canvas.gestures.Gestures` emits the ``*_requested``
signals below, and the controller turns them into commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from app.model import curve
from app.model.enums import LaneKind
from app.model.errors import ModelError
from app.model.journey_snapshot import JourneyData
from app.model.layout import LayoutBuilder, LayoutStyle, TextWrapper
from app.ui import theme
from app.ui.canvas.card_layer import CardLayer
from app.ui.canvas.gestures import Gestures
from app.ui.canvas.grid import CornerItem, CurveItem, GridItem, LaneHeaderItem, StageHeaderItem
from app.ui.canvas.incremental import FollowCards, _emotions
from app.ui.canvas.items import CardItem, DropIndicator, LinkItem
from app.ui.canvas.late_layout import LateLayout
from app.ui.canvas.late_moves import LateMoves
from app.ui.canvas.lazy import LazyCards, freeze_long_lived, thaw_long_lived
from app.ui.canvas.metrics import QtTextMetrics
from app.ui.canvas.overview import OverviewItem
from app.ui.canvas.pending import PendingCards, box_rect
from app.ui.canvas.render_queue import RenderQueue
from app.ui.canvas.selection import CardSelection
from app.ui.evidence_badges import CardExtras

if TYPE_CHECKING:
    from app.model.first_read import FirstJourney
    from app.model.ops import Change
    from app.ui.document import ProjectDocument

#: The layout's geometry unless the caller gives its own.
_DEFAULT_STYLE = LayoutStyle()
#: Room around the map so it can be scrolled a little past its edges.
_MARGIN = 40.0
#: Maps with more cards than this get their card items in chunks after the first paint (see _sync_items).
EAGER_CARDS = 1500


class MapScene(LateLayout, CardSelection, FollowCards, LateMoves, LazyCards, QGraphicsScene):
    """One journey of a document, drawn as a swimlane map."""

    #: Move cards: a list of (card id, lane id, stage id, index), one undo step.
    move_requested = Signal(object)
    #: Create copies of cards: a list of add_card specs (Alt/Ctrl-drag).
    copy_requested = Signal(object)
    #: Create a card: lane id, stage id, index, fields (dict).
    add_requested = Signal(int, int, int, object)
    #: Move a lane to an index.
    lane_move_requested = Signal(int, int)
    #: Move a stage to an index.
    stage_move_requested = Signal(int, int)
    #: Link two cards: source id, target id.
    link_requested = Signal(int, int)
    #: Start editing in place: ("card" | "lane" | "stage", id).
    inline_edit_requested = Signal(str, int)
    #: A lane or stage header was clicked: ("lane" | "stage", id).
    header_selected = Signal(str, int)
    #: A drop was refused; the sentence says why.
    drop_refused = Signal(str)
    #: The map was laid out again (items are in place).
    layout_changed = Signal()
    #: The shown journey went away (deleted, or its undo removed it).
    journey_lost = Signal()
    #: The selection changed: once per user action, however many items it touched (see selection.py).
    selection_changed = Signal()

    #: The map's geometry. It hides ``QGraphicsScene.style()`` (the widget style, which the scene never
    #: asks for), hence the ignore; renaming it touches the canvas modules of issue 12 (see the report).
    style: LayoutStyle  # type: ignore[assignment]
    #: The card the keyboard works from (the last one clicked or reached). CardSelection sets it to an
    #: int without declaring it, hence the ignore until that mixin declares what it uses.
    current_card: int | None  # type: ignore[assignment]

    def __init__(self, document: ProjectDocument | None, parent: QObject | None = None, *,
                 style: LayoutStyle = _DEFAULT_STYLE) -> None:
        """The map of ``document``; None: a map shown from a first read until its document comes (see below)."""
        super().__init__(parent)
        self.document: ProjectDocument = document  # type: ignore[assignment]  # None only before attach_document
        self.style = style
        self.metrics = QtTextMetrics()
        #: Remembers wrapped card text between layouts: an edit re-measures only what changed.
        self.wrapper = TextWrapper(self.metrics)
        self.journey_id: int | None = None
        self.data: JourneyData | None = None
        self._init_late_layout()  # self.layout: the map's layout (lanes below the view come late: late_layout.py)
        self.cards: dict[int, CardItem] = {}
        #: Thumbnails and veils the method's workspace draws on the cards (set by app/ui/window_workspace.py).
        self.card_extras: CardExtras | None = None
        #: Cards laid out but whose items are not made yet (big maps: made in chunks, nearest first).
        self._pending = PendingCards()
        self._found: set[int] = set()
        self._fill_timer = QTimer(self)
        self._fill_timer.setInterval(15)
        self._fill_timer.timeout.connect(self._on_fill_timer_timeout)
        self.stage_headers: dict[int, StageHeaderItem] = {}
        self.lane_headers: dict[int, LaneHeaderItem] = {}
        self.links: dict[int, LinkItem] = {}
        self.current_header: tuple[str, int] | None = None
        self.current_card = None
        #: The moments of truth of the shown journey's curve, by card id (ringed on their cards).
        self.moments: dict[int, curve.Moment] = {}
        #: The snapshot the touchpoints were last worked out from, and them (see touchpoints()).
        self._touchpoints: tuple[JourneyData, list[curve.Touchpoint]] | None = None
        #: Method workspace hook (app/ui/method_markers.py): small labelled pills drawn on cards, by card id,
        #: each (text, fill colour): the actions answering a pain point, the measurement points of a touchpoint.
        self.card_markers: dict[int, tuple[tuple[str, str], ...]] = {}
        self.drop_threshold: float | None = None
        #: The journey shown, read without the ORM, until its document shows it (show_first_read).
        self._read_first: FirstJourney | None = None
        self._pinned = QRectF()
        self.grid = GridItem()
        self.curve = CurveItem()
        self.corner = CornerItem()
        self.indicator = DropIndicator()
        self.overview = OverviewItem()
        #: Draws the cards in one paint call (their items have no contents), but far out (see card_layer).
        self.card_layer = CardLayer()
        #: True when the view is zoomed out so far that the overview draws the cards.
        self.far = False
        for item in (self.grid, self.curve, self.corner, self.indicator, self.overview, self.card_layer):
            self.addItem(item)
        self.card_layer.follow(self)
        self.gestures = Gestures(self)
        #: Cards waiting for their pixmap at a new zoom level (they draw another level scaled meanwhile).
        self.render_queue = RenderQueue(self)
        self._init_selection()
        self._init_late_moves()
        self._init_follow_cards()
        theme.family()
        if document is not None:
            self._follow_document(document)

    def _follow_document(self, document: ProjectDocument) -> None:
        document.structure_changed.connect(self._on_document_structure_changed)
        document.cards_changed.connect(self._on_document_cards_changed)
        document.links_changed.connect(self._on_document_links_changed)

    def show_first_read(self, first: FirstJourney) -> None:
        """Show a journey read without the ORM (app/model/first_read.py), before the scene has its document.

        The editor's start paints this, then opens the document and hands it
        over with :meth:`attach_document`, which reads the journey again.
        """
        self.journey_id = first.journey_id
        self.data = first.data
        self.drop_threshold = first.drop_threshold
        self._read_first = first
        with self.batch():
            self.relayout(late=True)  # a big map: the lanes below the view after the first paint

    def attach_document(self, document: ProjectDocument) -> None:
        """Follow ``document`` from now on (a scene made without one, by the editor's start)."""
        self.document = document
        self._follow_document(document)

    def detach(self) -> None:
        """Stop following the document (the scene is about to be deleted; the document may live on)."""
        document = self.document
        for signal, slot in (() if document is None else  # type: ignore[redundant-expr]  # see __init__
                             ((document.structure_changed, self._on_document_structure_changed),
                              (document.cards_changed, self._on_document_cards_changed),
                              (document.links_changed, self._on_document_links_changed))):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already gone with the document
                pass
        try:  # Qt clears the selection while it destroys the scene: by then its Python side may be gone
            self.selectionChanged.disconnect(self._on_qt_selection_changed)
        except (RuntimeError, TypeError):  # detached before
            pass
        self._fill_timer.stop()
        self._stop_layout()
        self._forget_late_moves()

    # ------------------------------------------------------------------ test-facing surface

    def card_item(self, card_id: int) -> CardItem | None:
        """The item drawn for ``card_id`` (None when the card is not shown)."""
        if self.layout_pending and card_id not in self.cards and card_id not in self._pending:
            self.finish_layout()  # its lane may not be laid out yet
        if card_id in self._pending:
            self._make_items([card_id])
        self.settle_card(card_id)
        return self.cards.get(card_id)

    def cell_rect(self, lane_id: int, stage_id: int) -> QRectF:
        """The rectangle of a cell in scene coordinates (empty when there is no such cell)."""
        if self.layout is None:
            return QRectF()
        rect = self.layout.cells.get((lane_id, stage_id))
        return QRectF(rect.x, rect.y, rect.w, rect.h) if rect is not None else QRectF()

    def lane_header_rect(self, lane_id: int) -> QRectF:
        """Where the lane's header is drawn now (scene coordinates)."""
        item = self.lane_headers.get(lane_id)
        return item.sceneBoundingRect() if item is not None else QRectF()

    def stage_header_rect(self, stage_id: int) -> QRectF:
        """Where the stage's header is drawn now (scene coordinates)."""
        item = self.stage_headers.get(stage_id)
        return item.sceneBoundingRect() if item is not None else QRectF()

    # ------------------------------------------------------------------ journey

    def set_journey(self, journey_id: int | None) -> None:
        """Show ``journey_id`` (None: an empty scene)."""
        if self._read_first is not None and self._shows_as_read_first(journey_id):
            return
        self.journey_id = journey_id
        self.current_header = None
        thaw_long_lived()
        with self.batch():
            self.clearSelection()
            self.remove_card_items([*self.cards.values(), *self.links.values()])
            self.cards.clear()
            self._pending.clear()
            self.links.clear()
            self.reload(late=True)

    def _shows_as_read_first(self, journey_id: int | None) -> bool:
        """Whether the journey read first (:meth:`show_first_read`) is ``journey_id`` as the document reads it.

        Then its layout and items stay as they are (a big map is not read and
        laid out twice); else the scene reads and lays out the journey anew.
        The document's file unchanged since the first read (same stamp) needs
        no second read.
        """
        from app.model.first_read import file_stamp  # here: not for a first paint
        from app.model.journey_data import drop_threshold_of, read_journey
        from app.model.schema import SCHEMA_VERSION

        first, self._read_first = self._read_first, None
        if first is None or journey_id is None or journey_id != self.journey_id:
            return False
        path = self.document.path
        if (first.version == SCHEMA_VERSION and first.stamp is not None and path is not None
                and file_stamp(path) == first.stamp):  # not upgraded when opened, and not written to since
            return True
        try:
            return (read_journey(self.document.session, journey_id) == self.data
                    and drop_threshold_of(self.document.session, journey_id) == self.drop_threshold)
        except ModelError:
            return False

    def reload(self, *, late: bool = False) -> None:
        """Read the whole journey again and lay it out (``late``: the lanes below the view after the paint)."""
        if self.journey_id is None:
            self.data = None
        else:
            from app.model.journey_data import drop_threshold_of, read_journey  # here: not for a first paint

            try:
                self.data = read_journey(self.document.session, self.journey_id)
                self.drop_threshold = drop_threshold_of(self.document.session, self.journey_id)
            except ModelError:
                self.data = None
                self.journey_id = None
                self.journey_lost.emit()
        self.relayout(late=late)

    def relayout(self, *, late: bool = False) -> None:
        """Lay out the current snapshot again and bring every item in line with it.

        ``late`` (a journey just shown, no card item yet): a big map gets the
        lanes in and above the view now, the others after the first paint
        (see late_layout.py).
        """
        data = self.data
        self._forget_reading_order()
        if data is None:
            self.layout = None
            self._sync_items()
            self.layout_changed.emit()
            return
        builder = LayoutBuilder(data, self.metrics, self.style, wrapper=self.wrapper)
        if late and len(data.cards) > EAGER_CARDS and not self.cards:
            self._start_layout(builder, self._near_view().bottom())
        else:
            self.layout = builder.finish()
        layout = builder.layout
        if len(data.cards) > EAGER_CARDS:
            freeze_long_lived()  # the snapshot and the layout live as long as the map (see lazy.py)
        with self._so_far():
            self._sync_items()
            self.setSceneRect(QRectF(-_MARGIN, -_MARGIN, layout.width + 2 * _MARGIN, layout.height + 2 * _MARGIN))
            self.pin_headers(self._pinned)
            self.layout_changed.emit()
            self._leave_room()  # lanes left for later (none: nothing to do)

    def _shows_a_journey(self) -> bool:
        return self.journey_id is not None and self.data is not None

    def _on_document_structure_changed(self, _change: Change) -> None:
        if self._shows_a_journey():
            with self.batch():  # removed cards leave the selection: one notification
                self.reload()

    def _on_document_cards_changed(self, change: Change) -> None:
        self.finish_layout()  # the layout follows the edit from the whole map
        if self._shows_a_journey():
            with self.batch():
                if "link" in change.tables:  # links come and go with cards (a delete cascades): read them alone
                    self._follow_links()
                self._follow_cards(change)

    def _on_document_links_changed(self, _change: Change) -> None:
        self.finish_layout()
        if self._shows_a_journey():
            with self.batch():
                self._follow_links()
                self._sync_links()

    # ------------------------------------------------------------------ items

    def _sync_items(self) -> None:
        """Bring the card items in line with the layout.

        A big map (more than :data:`EAGER_CARDS` new cards) gets the items in
        view and around it at once, and the others in chunks from a timer,
        so its first paint does not wait for thousands of items nobody sees
        yet. :meth:`card_item` and scrolling make a pending item at once.
        """
        layout, data = self.layout_so_far, self.data
        boxes = layout.cards if layout is not None else {}
        self.remove_card_items([self.cards.pop(card_id) for card_id in [c for c in self.cards if c not in boxes]])
        for card_id in [card_id for card_id in self._pending if card_id not in boxes]:
            self._pending.pop(card_id)
        self._forget_late_moves()  # every item left gets its box and place below
        if layout is not None and data is not None:
            new: list[int] = []
            if not self.cards and not self._pending:
                new = list(boxes)  # a map opened afresh: every card is new (a 100,000-card map skips a loop)
            else:
                for card_id, box in boxes.items():
                    item = self.cards.get(card_id)
                    if item is not None:
                        item.set_content(box, data.cards[card_id], data.scale)
                    elif card_id not in self._pending:
                        new.append(card_id)
            if len(new) + len(self._pending) > EAGER_CARDS or self.layout_pending:  # (the map is big)
                for card_id in self._pending:  # their boxes may have moved
                    self._pending.add(card_id, boxes[card_id])
                self._add_pending(new)
            else:
                self._make_items(new + list(self._pending))
            self.grid.set_layout(layout, {lane.id: lane.colour for lane in data.lanes})
            if self.far:  # else set_far gives it the layout when it is needed
                self.overview.set_layout(layout, data)
            self.curve.set_layout(layout, data.scale, data.target_score, _emotions(data, layout))
            self.corner.set_content(data.title, self.style.lane_header_width, self.style.stage_header_height)
            self.corner.show()
        else:
            self.corner.hide()
        self._sync_headers()
        self._sync_links()
        self._update_moments()

    def touchpoints(self) -> list[curve.Touchpoint]:
        """The shown journey's touchpoints in reading order, worked out once per snapshot (do not change the list).

        The moments of truth and the curve pane both need them after each edit (a thousand on a big map).
        """
        data = self.data
        if data is None:
            return []
        cached = self._touchpoints
        if cached is None or cached[0] is not data:
            cached = self._touchpoints = (data, curve.touchpoints_of(data))
        return cached[1]

    def _update_moments(self) -> None:
        """Work out the curve's moments of truth and ring their cards (only the cards that changed)."""
        data = self.data
        old = self.moments
        if data is None:
            self.moments = {}
        else:
            touchpoints = self.touchpoints()
            pinned, suppressed = curve.moment_overrides(touchpoints)
            self.moments = {moment.card_id: moment for moment in curve.moments_of_truth(
                curve.curve_points(touchpoints), data.scale, drop_threshold=self.drop_threshold,
                pinned=pinned, suppressed=suppressed)}
        for card_id in set(old) | set(self.moments):
            item = self.cards.get(card_id)
            if item is not None:
                item.set_moment(self.moments.get(card_id))

    def _sync_headers(self) -> None:
        layout, data = self.layout_so_far, self.data
        stages = {box.stage_id: box for box in layout.stages} if layout else {}
        lanes = {box.lane_id: box for box in layout.lanes} if layout else {}
        for headers, boxes in ((self.stage_headers, stages), (self.lane_headers, lanes)):
            for key in [key for key in headers if key not in boxes]:
                self.removeItem(headers.pop(key))
        if data is None:
            return
        stage_data = {stage.id: stage for stage in data.stages}
        for stage_id, stage_box in stages.items():
            stage_item = self.stage_headers.get(stage_id)
            if stage_item is None:
                stage_item = self.stage_headers[stage_id] = StageHeaderItem(stage_id)
                self.addItem(stage_item)
            stage = stage_data[stage_id]
            stage_item.set_box(stage_box, stage.colour, stage.description)
            current = self.current_header == ("stage", stage_id)
            if stage_item.current != current:  # (a header as drawn is not repainted by set_box)
                stage_item.current = current
                stage_item.update()
        lane_data = {lane.id: lane for lane in data.lanes}
        for lane_id, lane_box in lanes.items():
            lane_item = self.lane_headers.get(lane_id)
            if lane_item is None:
                lane_item = self.lane_headers[lane_id] = LaneHeaderItem(lane_id)
                self.addItem(lane_item)
            lane = lane_data[lane_id]
            lane_item.set_box(lane_box, lane.colour, lane.collapsed)
            current = self.current_header == ("lane", lane_id)
            if lane_item.current != current:
                lane_item.current = current
                lane_item.update()

    def _sync_links(self, touching: set[int] | None = None) -> None:
        """Bring the link items in line with the snapshot and the layout (``touching``: only the links with an
        end among these cards can have changed, such as the cards of lanes just laid out)."""
        data = self.data
        wanted = {link.id: link for link in data.links} if data is not None else {}
        for link_id in [link_id for link_id in self.links if link_id not in wanted]:
            self.removeItem(self.links.pop(link_id))
        layout = self.layout_so_far
        boxes = layout.cards if layout is not None else {}
        for link_id, link in wanted.items():
            if touching is not None and link.source_id not in touching and link.target_id not in touching:
                continue
            source, target = boxes.get(link.source_id), boxes.get(link.target_id)
            item = self.links.get(link_id)
            if source is None or target is None:
                if item is not None:
                    self.removeItem(self.links.pop(link_id))
                continue
            if item is None:  # routed before it joins the scene (else its empty path repaints the map's corner)
                item = self.links[link_id] = LinkItem(link_id, link.source_id, link.target_id, link.kind)
                item.set_ends(box_rect(source), box_rect(target))
                self.addItem(item)
                continue
            item.kind = link.kind
            item.set_ends(box_rect(source), box_rect(target))

    def pin_headers(self, visible: QRectF) -> None:
        """Keep the headers at the top and left of ``visible`` (the view's scene rectangle)."""
        self._extend_layout(visible)  # lanes coming into view are laid out first
        self._settle_for_view(visible)
        self._pinned = QRectF(visible)
        top = max(0.0, visible.top()) if not visible.isNull() else 0.0
        left = max(0.0, visible.left()) if not visible.isNull() else 0.0
        for stage_item in self.stage_headers.values():
            stage_item.setY(top)
        for lane_item in self.lane_headers.values():
            lane_item.setX(left)
        self.corner.setPos(left, top)
        self._make_visible(visible)

    # ------------------------------------------------------------------ selection and queries

    def set_current_header(self, kind: str | None, item_id: int | None = None) -> None:
        """Mark a lane or stage header as the current one (None: no header)."""
        self.current_header = (kind, item_id) if kind is not None and item_id is not None else None
        for stage_id, stage_item in self.stage_headers.items():
            stage_item.current = self.current_header == ("stage", stage_id)
            stage_item.update()
        for lane_id, lane_item in self.lane_headers.items():
            lane_item.current = self.current_header == ("lane", lane_id)
            lane_item.update()

    def reading_order(self) -> list[int]:
        """Every shown card, lane by lane, stage by stage, top to bottom."""
        return list(self.layout.cards) if self.layout is not None else []

    def set_found(self, card_ids: set[int]) -> None:
        """Highlight the matches of Find."""
        self._found = set(card_ids)
        self.overview.found = set(card_ids)
        self.overview.update()
        for card_id, item in self.cards.items():
            item.set_found(card_id in card_ids)

    def lane_kind(self, lane_id: int) -> LaneKind | None:
        """The kind of a lane of the shown journey."""
        if self.data is None:
            return None
        for lane in self.data.lanes:
            if lane.id == lane_id:
                return lane.kind
        return None

    def cell_at(self, pos: QPointF) -> tuple[int, int] | None:
        """The card cell under a scene point (None on headers, emotions lanes or outside)."""
        if self.layout is None:
            return None
        return self.layout.cell_at(pos.x(), pos.y())

    def header_at(self, pos: QPointF) -> tuple[str, int] | None:
        """("lane" | "stage", id) of the header drawn under a scene point."""
        for item in self.items(pos):
            if isinstance(item, LaneHeaderItem):
                return ("lane", item.lane_id)
            if isinstance(item, StageHeaderItem):
                return ("stage", item.stage_id)
            if isinstance(item, CornerItem):
                return None
        return None

    def card_at(self, pos: QPointF, exclude: set[int] | None = None) -> CardItem | None:
        """The topmost card under a scene point, not counting ``exclude``."""
        spot = QRectF(pos.x() - 1.0, pos.y() - 1.0, 2.0, 2.0)
        self._extend_layout(spot)  # the lanes down to the point are laid out
        self.settle_near(pos)
        self.make_items_in(spot)  # a card away from the view may have no item yet (a big map makes them on demand)
        for item in self.items(pos):
            if isinstance(item, (LaneHeaderItem, StageHeaderItem, CornerItem)):
                return None
            if isinstance(item, CardItem) and (exclude is None or item.card_id not in exclude):
                if item.shape().contains(item.mapFromScene(pos)):
                    return item
        return None

    # ------------------------------------------------------------------ mouse: delegated to the gestures

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.settle_moves()  # a press may start a rubber band or a drag of a selection reaching far away
        if not self.gestures.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.move(event):
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.gestures.double_click(event):
            super().mouseDoubleClickEvent(event)

