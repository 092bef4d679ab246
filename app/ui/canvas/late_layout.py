"""A big map's lanes below the view laid out after its first paint, a slice at a time.

Measuring the text of every card (how many lines make its height) was most of
the wait to see a big map. As a text editor keeps a height map of lines it
has not measured yet, :class:`LateLayout` (mixed into
:class:`~app.ui.canvas.scene.MapScene`) has a newly shown journey laid out
(:class:`~app.model.layout.LayoutBuilder`) down to the bottom of the view
and a margin: the lanes in and above the view, exactly. The lanes below are
as tall as their cards' count makes likely, and their cards have no box yet;
they are laid out from a timer after the first paint, top to bottom, in
slices short enough for the user's events to come between them. A lane laid
out never moves again: only the lanes below it do, far from the view, so
nothing the user sees moves.

Nothing reads a half-laid-out map by mistake: :attr:`LateLayout.layout`
lays out every lane left before it answers. Only the paths that draw or
fill what the view shows read :attr:`LateLayout.layout_so_far`. A scroll or
a zoom lays out the lanes coming into view first (``pin_headers``), and a
click, a key, Select all, Find, Fit, an export or an edit all ask for
``layout``, so they wait for the rest (as long as the layout used to take
before the first paint).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRectF, QTimer

from app.model.collector import collector_paused
from app.model.layout import LayoutBuilder, MapLayout
from app.ui import turns
from app.ui.canvas.incremental import _emotions
from app.ui.canvas.lazy import freeze_long_lived
from app.ui.canvas.scene_parts import SceneParts

#: The first slice waits this long (ms), so the map's first paint comes first; the next follow back to back.
FIRST_SLICE_MS = 15
#: How long a slice lays out cards (ms) before the user's events get their turn, at most: less when the turn of
#: the loop has done other work already (see app/ui/turns.py).
SLICE_MS = 14.0
#: Room around the map (the scene rectangle), as in scene.py.
_MARGIN = 40.0
#: While lanes are left for later, the grid and the card layer reach this much of the map's guessed
#: height below it: the exact height rarely passes it, and bounds that grow repaint the whole view.
_ROOM = 0.5


class LateLayout(SceneParts):
    """The lanes below the view laid out after the first paint, for a :class:`MapScene`."""

    def _init_late_layout(self) -> None:
        self._layout: MapLayout | None = None
        #: Lays out the lanes left (None once the layout is whole).
        self._builder: LayoutBuilder | None = None
        #: Above 0 while a path that draws or fills the view reads the layout (it takes it as far as it is done).
        self._layout_quiet = 0
        #: The bottom of the lanes laid out when the grid, headers and links last followed the layout: what
        #: the view may have drawn. Lanes laid out since are below it (see _laid_out)...
        self._shown_until = 0.0
        #: ...and their cards (only the links from or to them can have changed).
        self._unfollowed: set[int] = set()
        self._layout_timer = QTimer(self)
        self._layout_timer.setSingleShot(False)
        self._layout_timer.timeout.connect(self._on_layout_timer_timeout)

    @property
    def layout(self) -> MapLayout | None:
        """The map's layout, whole: lanes still left for later are laid out first (see the module's docstring)."""
        if self._builder is not None and not self._layout_quiet:
            self.finish_layout()
        return self._layout

    @layout.setter
    def layout(self, layout: MapLayout | None) -> None:
        self._stop_layout()
        self._layout = layout

    @property
    def layout_so_far(self) -> MapLayout | None:
        """The layout as far as it is done, without waiting: for what draws or fills the part of the map in view."""
        return self._layout

    @property
    def layout_pending(self) -> bool:
        """Whether lanes below the view are still left to lay out."""
        return self._builder is not None

    @property
    def filling(self) -> bool:
        """Whether lanes are still laid out, or card items made, in the background."""
        return self._builder is not None or self._filling_items()

    @contextmanager
    def _so_far(self) -> Iterator[None]:
        """Inside the block, :attr:`layout` is the layout as far as it is done (for drawing and filling)."""
        self._layout_quiet += 1
        try:
            yield
        finally:
            self._layout_quiet -= 1

    # ------------------------------------------------------------------ laying out

    def _start_layout(self, builder: LayoutBuilder, until: float) -> None:
        """Lay out the lanes of ``builder`` above ``until`` now, and the others from the timer."""
        self._stop_layout()
        _run_for_view(builder, until)
        self._shown_until = builder.done_until
        self._unfollowed = set()
        self._layout = builder.layout
        if not builder.done:
            self._builder = builder
            self._layout_timer.start(FIRST_SLICE_MS)

    def _leave_room(self) -> None:
        """Lanes are left for later: the grid and the card layer reach below the map's guessed height (_ROOM)."""
        layout, data = self._layout, self.data
        if self._builder is None or layout is None or data is None:
            return
        room = layout.height * _ROOM
        self.grid.set_layout(layout, {lane.id: lane.colour for lane in data.lanes}, room=room)
        self.card_layer.set_extent(layout.width, layout.height + room, repaint=False)

    def _stop_layout(self) -> None:
        self._builder = None
        self._layout_timer.stop()

    def finish_layout(self) -> None:
        """Lay out every lane left now (someone is about to read the whole map)."""
        builder = self._builder
        if builder is not None:
            with collector_paused():
                made = builder.run()
            self._laid_out(made, shown=True)

    def _extend_layout(self, visible: QRectF) -> None:
        """Lay out the lanes that ``visible`` (the view's part of the map) and a margin below it reach."""
        builder = self._builder
        if builder is None or visible.isNull():
            return
        until = visible.bottom() + visible.height() / 2.0
        if builder.done_until < until:
            with collector_paused():
                made = _run_for_view(builder, until)
            if made:  # (a lane whose cells' tops reach below ``until`` already: nothing new)
                self._laid_out(made, shown=True)

    def _on_layout_timer_timeout(self) -> None:
        builder = self._builder
        if builder is None:
            self._layout_timer.stop()
            return
        if self._layout_timer.interval() != 0:
            self._layout_timer.setInterval(0)
        with collector_paused():
            made = builder.run(deadline=turns.deadline(SLICE_MS)) if not builder.done else []
        # The slice that lays out the last cards leaves the map's following them whole (links, headers,
        # grid, the listeners of layout_changed) to the next turn: both in one turn were a long one.
        self._laid_out(made, shown=False, whole=not made)
        freeze_long_lived()  # the boxes live as long as the map (see lazy.py)

    def _laid_out(self, made: Iterable[int], *, shown: bool, whole: bool = True) -> None:
        """Follow lanes just laid out: their cards wait for their items.

        ``shown``: the view is about to show them (or the layout is whole): the
        scene's rectangle (the scroll range), headers, links, grid and curve
        follow too. Else they follow once the layout is whole: what they draw
        from the old guess meanwhile is below the view, and following it in
        every slice would repaint the view (and rebuild Qt's index).
        ``whole`` False: the layout may be whole, but the map follows it later.
        """
        builder, layout = self._builder, self._layout
        if builder is None or layout is None:
            return
        done = builder.done and (whole or shown)
        # The last lanes laid out in the background: nothing the view drew changed (see below).
        below = None if shown else self._shown_until
        made = list(made)
        self._unfollowed.update(made)
        touching = None if shown else self._unfollowed
        if shown or done:
            self._shown_until = builder.done_until
            self._unfollowed = set()
        if done:
            self._stop_layout()
        with self._so_far():
            filling = self._fill_timer.isActive()
            self._add_pending(made)
            if filling:  # the fill's first tick waits for the first paint, long past: no wait again
                self._fill_timer.start(0)
            if shown or done:
                # (A new scene rectangle makes Qt build its index of every item again: not in every slice.)
                # Qt's item index kept while the map stays near its guessed height (100,000 cards: a 200 ms
                # freeze when the last lanes were laid out, every item indexed again).
                self._follow_map_rect(QRectF(-_MARGIN, -_MARGIN, layout.width + 2 * _MARGIN,
                                             layout.height + 2 * _MARGIN), slack=1.5)
                # Headers, links, grid and curve above `below` are as drawn: only what changed repaints
                # (the last slice repainted the whole view, some 40 ms with the links that cross it).
                self._sync_headers()
                self._sync_links(touching)
                room = 0.0 if done else layout.height * _ROOM
                self.card_layer.set_extent(layout.width, layout.height + room, repaint=False)  # cards come as made
                data = self.data
                if data is not None:
                    self.grid.set_layout(layout, {lane.id: lane.colour for lane in data.lanes},
                                         changed_below=below, room=room)
                    self.curve.set_layout(layout, data.scale, data.target_score, _emotions(data, layout),
                                          changed_below=below)
        if done:
            self._forget_reading_order()
            # Laid out in the background: no card drawn moved (the layer need not repaint whole).
            self.layout_moved = below is None
            try:
                self.layout_changed.emit()
            finally:
                self.layout_moved = True

    def select_cards(self, card_ids: Iterable[int], *, clear: bool = True) -> None:
        """Select these cards (see :meth:`CardSelection.select_cards`), their lanes laid out first if they wait."""
        ids = list(card_ids)
        if self._builder is not None and any(card_id not in self.cards and card_id not in self._pending
                                             for card_id in ids):
            self.finish_layout()
        super().select_cards(ids, clear=clear)

    # ------------------------------------------------------------------ the fill reads the layout so far

    def _make_items(self, card_ids: Iterable[int]) -> None:
        with self._so_far():
            super()._make_items(card_ids)

    def _add_pending(self, card_ids: Iterable[int]) -> None:
        with self._so_far():
            super()._add_pending(card_ids)

    def _make_visible(self, visible: QRectF) -> None:
        with self._so_far():
            super()._make_visible(visible)

    def make_items_in(self, rect: QRectF) -> None:
        """Make the pending items that meet ``rect`` (see :meth:`LazyCards.make_items_in`)."""
        with self._so_far():
            super().make_items_in(rect)

    def _on_fill_timer_timeout(self) -> None:
        with self._so_far():
            super()._on_fill_timer_timeout()


def _run_for_view(builder: LayoutBuilder, until: float) -> list[int]:
    """Lay out the lanes above ``until`` (the view's bottom and a margin) and what the view then shows of others.

    A lane reaching below ``until`` gets the cards of its cells that start
    above it (a lane of 1,000 cards is some 5,000 pixels tall: the view shows
    a tenth of it); the rest comes after the first paint. A link from a card
    laid out to a card not laid out crosses the view: that card's cell is laid
    out down to it when it is in that lane, else that card's lane, and the
    lanes above it, are laid out too. Returns the cards that got their box.
    """
    made = builder.run(until, tops=True)
    data, boxes = builder.data, builder.layout.cards
    ends = {end for link in data.links
            for near, end in ((link.source_id, link.target_id), (link.target_id, link.source_id))
            if near in boxes and end not in boxes and end in data.cards}
    if ends:
        made += builder.lay_out_to(ends)
    lane_index = {lane.id: index for index, lane in enumerate(data.lanes)}
    through = max((lane_index[data.cards[end].lane_id] for end in ends if end not in boxes), default=-1)
    if through >= 0:
        made += builder.run(0.0, through=through)
    return made
