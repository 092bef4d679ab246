"""What the scene's mixins use of one another, declared once for the type checker.

:class:`~app.ui.canvas.scene.MapScene` is composed of mixins (selection.py,
incremental.py, lazy.py) that each use attributes and methods the others or
the scene define. :class:`SceneParts` is their common base: at run time an
empty class, for a type checker a ``QGraphicsScene`` with the scene's shared
attributes and the methods one mixin calls on another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from PySide6.QtCore import QPointF, QRectF, QTimer, Signal
    from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

    from app.model import curve
    from app.model.journey_snapshot import CardData, JourneyData
    from app.model.layout import CardBox, LayoutStyle, MapLayout, TextWrapper
    from app.ui.canvas.card_layer import CardLayer
    from app.ui.canvas.grid import CurveItem, GridItem
    from app.ui.canvas.items import CardItem
    from app.ui.canvas.metrics import QtTextMetrics
    from app.ui.canvas.overview import OverviewItem
    from app.ui.canvas.pending import PendingCards
    from app.ui.canvas.render_queue import RenderQueue
    from app.ui.document import ProjectDocument

    _Scene = QGraphicsScene
else:
    _Scene = object


class SceneParts(_Scene):
    """The attributes and methods of a :class:`~app.ui.canvas.scene.MapScene` its mixins share."""

    if TYPE_CHECKING:
        document: ProjectDocument
        journey_id: int | None
        data: JourneyData | None
        layout: MapLayout | None
        style: LayoutStyle  # type: ignore[assignment]  # the map's layout style shadows QGraphicsScene.style()
        metrics: QtTextMetrics
        wrapper: TextWrapper
        cards: dict[int, CardItem]
        moments: dict[int, curve.Moment]
        far: bool
        layout_moved: bool
        current_card: int | None
        grid: GridItem
        curve: CurveItem
        overview: OverviewItem
        card_layer: CardLayer
        render_queue: RenderQueue
        _pending: PendingCards
        _found: set[int]
        _pinned: QRectF
        _fill_timer: QTimer
        layout_changed: Signal
        selection_changed: Signal

        def relayout(self) -> None: ...
        def pin_headers(self, visible: QRectF) -> None: ...
        def reading_order(self) -> list[int]: ...
        def card_item(self, card_id: int) -> CardItem | None: ...
        def card_at(self, pos: QPointF, exclude: set[int] | None = None) -> CardItem | None: ...
        def selected_card_ids(self) -> list[int]: ...
        def select_cards(self, card_ids: Iterable[int], *, clear: bool = True) -> None: ...
        def remove_card_items(self, items: Iterable[QGraphicsItem]) -> None: ...
        def _forget_reading_order(self) -> None: ...
        def _sync_headers(self) -> None: ...
        def _sync_links(self, touching: set[int] | None = None) -> None: ...
        def _follow_map_rect(self, rect: QRectF, *, slack: float = 1.0) -> None: ...
        def _update_moments(self) -> None: ...
        def _make_items(self, card_ids: Iterable[int]) -> None: ...
        def _add_pending(self, card_ids: Iterable[int]) -> None: ...
        def _make_visible(self, visible: QRectF) -> None: ...
        def make_items_in(self, rect: QRectF) -> None: ...
        def _filling_items(self) -> bool: ...
        def _leave_room(self) -> None: ...
        def _on_fill_timer_timeout(self) -> None: ...
        def _near_view(self) -> QRectF: ...
        def _in_view(self) -> QRectF: ...
        def _shift_items(self, card_ids: Iterable[int], boxes: Mapping[int, CardBox],
                         cards: Mapping[int, CardData]) -> None: ...
