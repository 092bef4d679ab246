"""Presentation mode: the journey on the meeting-room wall, walked stage by stage.

:class:`PresentationView` is a full-screen window of its own (on the
projector when there is one) that paints the map in the projector theme
with :class:`~app.ui.presentation_paint.MapPainter`. Remote clickers send
Right/Left, PageDown/PageUp and Space: each steps one stage, and the view
glides there, the other stages dimmed. Home/End go to the ends, a number
then Enter jumps, B/W blank the screen, Esc leaves. The mouse is a laser
pointer; a click enlarges a card with its details. D, P and I filter the
room's attention (one department, one persona, only pain points).

It is read-only until live edit is switched on (E): then a double-click
types a card's title or adds a card in a cell, and +/- change a score,
each an ordinary undoable command. Vote mode (:mod:`app.ui.presentation_votes`)
places dots with clicks or keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QSizeF, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import QWidget

from app.model import comments as comment_queries
from app.model.enums import LaneKind
from app.model.errors import ModelError
from app.model.journey_data import JourneyData, read_cards, read_journey
from app.model.layout import MapLayout, TextWrapper, compute_layout, update_cards
from app.ui import theme as fonts
from app.ui.canvas.metrics import QtTextMetrics
from app.ui.document import ProjectDocument
from app.ui.presentation_details import card_details, paint_banner, paint_card_details, paint_spotlight
from app.ui.presentation_filters import RoomFilter
from app.ui.presentation_live import LiveEdits
from app.ui.presentation_paint import Frame, MapPainter
from app.ui.presentation_theme import PROJECTOR_STYLE, ProjectorTheme, presentation_zoom
from app.ui.presentation_votes import VoteMode, paint_results

#: How long the glide from one stage to the next takes (ms).
GLIDE_MS = 420
#: The mouse cursor and the laser pointer hide after this long without moving (ms).
IDLE_MS = 2000
Key = Qt.Key
#: Tables whose change means the map is laid out again.
_MAP_TABLES = {"card", "stage", "lane", "link", "journey", "project", "channel"}


class PresentationView(QWidget):
    """The map on the projector, one stage in focus at a time."""

    #: The stage in focus changed (its id).
    stage_changed = Signal(int)
    #: The presentation ended (Esc, or the window closed).
    closed = Signal()
    #: Something to tell the presenter (a refused edit, a vote placed...).
    message = Signal(str)
    #: V was pressed: the presenter wants to start a dot-vote round.
    vote_round_requested = Signal()

    def __init__(self, document: ProjectDocument, journey_id: int, parent: QWidget | None = None,
                 theme: ProjectorTheme | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(self.tr("Presentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.document = document
        self.journey_id = journey_id
        self.theme = theme or ProjectorTheme()
        self.painter = MapPainter(self.theme)
        self.data: JourneyData | None = None
        self.map_layout: MapLayout | None = None
        self._data_version = 0
        self._metrics = QtTextMetrics()
        self._wrapper = TextWrapper(self._metrics)
        self._index = 0
        self.origin = QPointF(0.0, 0.0)
        self.zoom = 1.0
        #: Digits typed before Enter (jump to that stage).
        self.typed = ""
        #: "#000000" or "#FFFFFF" while the screen is blanked.
        self.blank: str | None = None
        #: The card shown enlarged with its details (None: none).
        self.enlarged: int | None = None
        self.spotlight_on = True
        self._pointer: QPointF | None = None
        self.filter = RoomFilter(self)
        self.live = LiveEdits(self, self)
        self.votes = VoteMode(self)
        self.comment_counts: dict[int, int] = {}
        self._banner = ""
        self._banner_timer = _single_shot(self, 3000, self._hide_banner)
        self._idle = _single_shot(self, IDLE_MS, self._on_idle)
        self._glide = QVariantAnimation(self)
        self._glide.setDuration(GLIDE_MS)
        self._glide.setEasingCurve(QEasingCurve(QEasingCurve.Type.OutCubic))
        self._glide.valueChanged.connect(self._on_glide_value_changed)
        document.changed.connect(self._on_document_changed)
        self.reload()

    # ------------------------------------------------------------------ test-facing surface

    def current_stage_id(self) -> int | None:
        """The stage in focus (None when the journey has no stage)."""
        if self.data is None or not self.data.stages:
            return None
        return self.data.stages[self._index].id

    # ------------------------------------------------------------------ content

    def reload(self) -> None:
        """Read the journey again and lay it out in the projector style."""
        current = self.current_stage_id()
        try:
            self.data = read_journey(self.document.session, self.journey_id)
        except ModelError:  # the journey went away (deleted, or its creation undone): show nothing
            self.data = None
        self.map_layout = compute_layout(self.data, self._metrics, PROJECTOR_STYLE, wrapper=self._wrapper) \
            if self.data is not None else None
        self.painter.set_map(self.map_layout, self.data)
        self._data_version += 1
        stage_ids = [stage.id for stage in self.data.stages] if self.data else []
        self._index = stage_ids.index(current) if current in stage_ids else min(self._index, max(0, len(stage_ids) - 1))
        self._read_counts()
        self.update()

    def _read_counts(self) -> None:
        counts = comment_queries.open_counts(self.document.session, self.journey_id) if self.data else {}
        self.comment_counts = {item_id: count for (kind, item_id), count in counts.items() if kind == "card"}
        self.votes.refresh()

    def _on_document_changed(self, change) -> None:
        tables = set(change.created) | set(change.updated) | set(change.deleted)
        if tables == {"card"} and not change.created and not change.deleted and self._update_cards(
                change.updated["card"]):
            return  # a title or a score typed live: same places, only those cards drawn again
        if tables & _MAP_TABLES:
            self.reload()
        elif tables & {"vote", "vote_round", "vote_participant", "comment"}:
            self._read_counts()
            self.update()

    def _update_cards(self, card_ids) -> bool:
        """Swap edited cards into the map without laying it all out again; False when that is not enough."""
        if self.data is None or self.map_layout is None or not set(card_ids) <= set(self.data.cards):
            return False
        data = self.data.with_cards(read_cards(self.document.session, card_ids))
        if not update_cards(self.map_layout, data, card_ids, self._metrics, wrapper=self._wrapper):
            return False
        self.data = data
        self.painter.set_map(self.map_layout, data)
        self._data_version += 1
        self.update()
        return True

    # ------------------------------------------------------------------ screen

    def show_on(self, screen: QScreen | None) -> None:
        """Go full screen on ``screen`` (None: the current one) with the first frame in place."""
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        height = (screen or self.screen()).geometry().height()
        self.zoom = presentation_zoom(height)
        self.setCursor(Qt.CursorShape.BlankCursor)  # no arrow on the wall until the mouse moves
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.go_to(self._index, animate=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.zoom = presentation_zoom(max(1, self.height()))
        self.go_to(self._index, animate=False)

    # ------------------------------------------------------------------ walking the journey

    def stage_origin(self, index: int) -> QPointF:
        """The origin that centres stage ``index`` in the room right of the lane headers."""
        if self.map_layout is None or not self.map_layout.stages:
            return QPointF(0.0, 0.0)
        stage = self.map_layout.stages[index]
        header = PROJECTOR_STYLE.lane_header_width * self.zoom
        centre = header + (self.width() - header) / 2.0
        x = stage.rect.x + stage.rect.w / 2.0 - centre / self.zoom
        # The first and last stages sit against the lane headers / the right edge rather than leave a gap.
        x = min(x, self.map_layout.width - self.width() / self.zoom)
        return QPointF(max(0.0, x), self.origin.y())

    def go_to(self, index: int, *, animate: bool = True) -> None:
        """Put stage ``index`` (0-based, clamped) in focus, gliding there unless ``animate`` is False."""
        stages = self.data.stages if self.data else []
        count = len(stages)
        if count == 0:
            self.update()
            return
        index = max(0, min(count - 1, index))
        changed = index != self._index
        self._index = index
        target = self.stage_origin(index)
        self._glide.stop()
        if animate and self.isVisible():
            self._glide.setStartValue(self.origin.x())
            self._glide.setEndValue(target.x())
            self._glide.start()
        else:
            self.origin = target
        self.votes.on_stage_changed()
        self._show_banner(f"{index + 1} / {count} · {stages[index].name}")
        self.update()
        if changed:
            self.stage_changed.emit(stages[index].id)

    def step(self, steps: int) -> None:
        """Move ``steps`` stages forward (negative: back)."""
        self.go_to(self._index + steps)

    def scroll_lanes(self, direction: int) -> None:
        """Scroll the lanes up (-1) or down (1) by a third of the screen."""
        if self.map_layout is None:
            return
        bottom = max(0.0, self.map_layout.height - self.height() / self.zoom)
        y = min(bottom, max(0.0, self.origin.y() + direction * self.height() / self.zoom / 3.0))
        self.origin = QPointF(self.origin.x(), y)
        self.update()

    def ensure_visible(self, card_id: int) -> None:
        """Scroll the lanes so that a card is on screen (below the stage headers)."""
        box = self.map_layout.cards.get(card_id) if self.map_layout else None
        if box is None:
            return
        top = self.origin.y() + PROJECTOR_STYLE.stage_header_height
        bottom = self.origin.y() + self.height() / self.zoom
        if box.rect.y < top or box.rect.y + box.rect.h > bottom:
            y = max(0.0, box.rect.y - PROJECTOR_STYLE.stage_header_height - 20.0)
            self.origin = QPointF(self.origin.x(), y)
        self.update()

    def scroll_to_kind(self, kind: LaneKind) -> None:
        """Scroll the first lane of ``kind`` into view, just under the stage headers."""
        layout = self.map_layout
        if layout is None:
            return
        lane = next((lane for lane in layout.lanes if lane.kind is kind), None)
        top = self.origin.y() + PROJECTOR_STYLE.stage_header_height
        if lane is not None and (lane.rect.y < top or lane.rect.y + lane.rect.h > top + self.height() / self.zoom
                                 - PROJECTOR_STYLE.stage_header_height):
            bottom = max(0.0, layout.height - self.height() / self.zoom)
            y = min(bottom, lane.rect.y - PROJECTOR_STYLE.stage_header_height)
            self.origin = QPointF(self.origin.x(), max(0.0, y))

    def _on_glide_value_changed(self, value: float) -> None:
        self.origin = QPointF(float(value), self.origin.y())
        self.update()

    def gliding(self) -> bool:
        """Whether the view is still moving to a stage."""
        return self._glide.state() == QVariantAnimation.State.Running

    def frame(self) -> Frame:
        """What the next paint shows."""
        state = (self.filter.state(), tuple(self.votes.counts.items()), tuple(self.comment_counts.items()),
                 self._data_version)
        return Frame(self.origin, self.zoom, QSizeF(self.size()), self.current_stage_id(), self.filter.keep(),
                     self.votes.counts, self.comment_counts, self.votes.marked or self.live.marked, state)

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if self.live.editing():
            return super().keyPressEvent(event)
        if self.blank is not None and key != Key.Key_Escape:
            self.blank = None  # any key brings the map back
            self.update()
            return
        if key == Key.Key_Escape:
            self._escape()
        elif event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo) or (
                key == Key.Key_Y and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.live.undo_or_redo(event.matches(QKeySequence.StandardKey.Undo))
        elif self.votes.handle_key(event) or self.live.handle_key(event):
            pass
        elif text.isdigit() and text:
            self.typed += text
            self._show_banner(self.tr("Go to stage %1…").replace("%1", self.typed))
        elif key in (Key.Key_Return, Key.Key_Enter):
            if self.typed:
                self.go_to(int(self.typed) - 1)
                self.typed = ""
        elif key in (Key.Key_Right, Key.Key_PageDown, Key.Key_Space):
            self.step(1)
        elif key in (Key.Key_Left, Key.Key_PageUp, Key.Key_Backspace):
            self.step(-1)
        elif key == Key.Key_Home:
            self.go_to(0)
        elif key == Key.Key_End:
            self.go_to(len(self.data.stages) - 1 if self.data else 0)
        elif key in (Key.Key_Up, Key.Key_Down):
            self.scroll_lanes(-1 if key == Key.Key_Up else 1)
        elif key in (Key.Key_B, Key.Key_Period):
            self.blank = "#000000"
        elif key == Key.Key_W:
            self.blank = "#FFFFFF"
        elif key == Key.Key_L:
            self.spotlight_on = not self.spotlight_on
        elif self.filter.handle_key(event):
            self._show_banner(self.filter.describe())
            if self.filter.irritants_only:
                self.scroll_to_kind(LaneKind.IRRITANTS)
        else:
            return super().keyPressEvent(event)
        self.update()

    def focusNextPrevChild(self, next_child: bool) -> bool:
        return self.live.editing() and super().focusNextPrevChild(next_child)  # Tab passes the vote turn

    def _escape(self) -> None:
        if self.typed:
            self.typed = ""
        elif self.enlarged is not None:
            self.enlarged = None
        elif self.votes.results is not None:
            self.votes.results = None
        elif self.votes.active:
            self.votes.stop()
        else:
            self.close()

    # ------------------------------------------------------------------ mouse

    def card_at(self, pos: QPointF) -> int | None:
        """The card under a screen point."""
        scene = self.to_scene(pos)
        for box in self.painter.visible_cards(QRectF(scene.x() - 0.5, scene.y() - 0.5, 1.0, 1.0)):
            return box.card_id
        return None

    def to_scene(self, pos: QPointF) -> QPointF:
        """A screen point on the map."""
        return QPointF(self.origin.x() + pos.x() / self.zoom, self.origin.y() + pos.y() / self.zoom)

    def to_screen(self, rect) -> QRectF:
        """A map rectangle (layout Rect) on the screen."""
        return QRectF((rect.x - self.origin.x()) * self.zoom, (rect.y - self.origin.y()) * self.zoom,
                      rect.w * self.zoom, rect.h * self.zoom)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._pointer = event.position()
        self.setCursor(Qt.CursorShape.BlankCursor if self.spotlight_on else Qt.CursorShape.ArrowCursor)
        self._idle.start()
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        if self.blank is not None:
            self.blank = None
        elif self.enlarged is not None:
            self.enlarged = None
        elif self.votes.results is not None:
            self.votes.results = None
        else:
            card = self.card_at(event.position())
            if self.votes.active:
                self.votes.click(card)
            elif self.live.enabled:
                self.live.click(card)
            elif card is not None:
                self.enlarged = card
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.votes.active:
            self.enlarged = None
            self.live.double_click(event.position())
            self.update()

    def _on_idle(self) -> None:
        self._pointer = None
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.update()

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.blank is not None:
            painter.fillRect(self.rect(), fonts.colour(self.blank))
            return
        self.painter.paint(painter, self.frame())
        scale = self.zoom / presentation_zoom(1080)
        if self.enlarged is not None:
            details = card_details(self.document.session, self.enlarged)
            if details is not None:
                paint_card_details(painter, self.theme, QRectF(self.rect()), details, scale)
        if self.votes.results is not None:
            paint_results(painter, self.theme, QRectF(self.rect()), self.votes.results, scale)
        banner = self.votes.banner() or self._banner_text()
        if banner:
            paint_banner(painter, self.theme, QSizeF(self.size()), banner, scale)
        if self.spotlight_on and self._pointer is not None:
            paint_spotlight(painter, self.theme, self._pointer, scale)

    def _banner_text(self) -> str:
        parts = [self._banner] if self._banner else []
        if self.typed and self.tr("Go to stage %1…").replace("%1", self.typed) not in parts:
            parts.append(self.tr("Go to stage %1…").replace("%1", self.typed))
        if self.live.enabled:
            parts.append(self.tr("Live edit"))
        if self.filter.active() and self.filter.describe() not in parts:
            parts.append(self.filter.describe())
        return "   ·   ".join(parts)

    def _show_banner(self, text: str) -> None:
        self._banner = text
        self._banner_timer.start()
        self.update()

    def _hide_banner(self) -> None:
        self._banner = ""
        self.update()

    def request_vote_round(self) -> None:
        """V was pressed outside a round: ask the presenter for one (:attr:`vote_round_requested`)."""
        self.vote_round_requested.emit()

    def show_message(self, text: str) -> None:
        """Tell the room (and the presenter) something, briefly."""
        self._show_banner(text)
        self.message.emit(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._glide.stop()
        self.live.cancel()
        try:
            self.document.changed.disconnect(self._on_document_changed)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)
        self.closed.emit()


def _single_shot(parent: QWidget, interval: int, slot: Callable[[], None]) -> QTimer:
    """A single-shot timer of ``parent`` calling ``slot`` ``interval`` ms after each start."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(slot)
    return timer
