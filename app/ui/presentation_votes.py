"""Dot voting in presentation mode: the room places its dots on the cards, with clicks or keys.

A round (participants, dots each) is started with :meth:`VoteMode.start_round`
(V opens the window's round dialog). Then a click on a card places a dot for
the participant whose turn it is; with the keyboard, Up/Down pick a card of
the stage in focus and Enter (or +) places the dot, - or Delete takes one
back; Tab passes to the next participant, who also gets the turn when the
current one has placed all their dots. V or Esc ends the voting. Each dot is
an undoable command; the counts show as dots on the cards. When the round
ends, the top pain points are shown with their dots (R shows them again).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from sqlalchemy import select

from app import i18n
from app.model import ops
from app.model import votes as vote_queries
from app.model.enums import LaneKind
from app.model.errors import ParcoursError
from app.model.ops import Op
from app.model.schema import Vote, VoteParticipant
from app.ui import theme as fonts
from app.ui.commands import GenericCommand, push
from app.ui.presentation_host import VoteHost
from app.ui.presentation_theme import ProjectorTheme

translate = QCoreApplication.translate


class VoteMode:
    """The vote round of a :class:`~app.ui.presentation.PresentationView` and whose turn it is."""

    def __init__(self, view: VoteHost) -> None:
        self.view = view
        self.active = False
        self.round_id: int | None = None
        #: (participant id, name) in order.
        self.participants: list[tuple[int, str]] = []
        self.turn = 0
        #: Dots per card of the round shown (the active one, else the journey's latest).
        self.counts: dict[int, int] = {}
        #: The card Enter votes for (picked with Up/Down).
        self.marked: int | None = None
        #: The ranking shown over the map when a round ends (R shows it again); None: hidden.
        self.results: list[vote_queries.RankedIrritant] | None = None

    # ------------------------------------------------------------------ rounds

    def start_round(self, names: list[str], dots: int, title: str = "") -> int | None:
        """Open a new round (an undoable command) and start voting in it; returns its id."""
        names = [name.strip() or str(index) for index, name in enumerate(names, start=1)]
        command = GenericCommand(self.view.document, Op(ops.add_vote_round, {
            "journey_id": self.view.journey_id, "participants": names, "dots": dots, "title": title}),
            translate("commands", "Start a dot vote"))
        try:
            round_id = push(self.view.document, command)
        except ParcoursError as error:
            self.view.show_message(error.message(i18n.translate))
            return None
        self.start(round_id)
        return round_id

    def start(self, round_id: int) -> None:
        """Vote in an existing round."""
        session = self.view.document.session
        self.round_id = round_id
        self.participants = [(pid, name) for pid, name in session.execute(
            select(VoteParticipant.id, VoteParticipant.name).where(VoteParticipant.round_id == round_id)
            .order_by(VoteParticipant.id))]
        self.turn = 0
        self.results = None
        self.active = bool(self.participants)
        self.refresh()
        self.view.update()

    def stop(self) -> None:
        """End the voting (the dots stay) and show the ranking of the pain points."""
        self.active = False
        self.marked = None
        self.view.show_message(translate("Presentation", "Voting ended."))
        self.show_results()

    def show_results(self) -> None:
        """Show the journey's top pain points by the dots of its latest round."""
        self.results = vote_queries.top_irritants(self.view.document.session, self.view.journey_id)
        self.view.update()

    def refresh(self) -> None:
        """Read the counts again (after any change)."""
        session = self.view.document.session
        round_id = self.round_id
        if round_id is None or not self.active:
            latest = vote_queries.latest_round(session, self.view.journey_id)
            round_id = latest.id if latest is not None else None
        self.counts = vote_queries.counts(session, round_id) if round_id is not None else {}

    # ------------------------------------------------------------------ turns and dots

    def current(self) -> tuple[int, str] | None:
        """The participant whose turn it is."""
        return self.participants[self.turn] if self.active and self.participants else None

    def pass_turn(self, step: int = 1) -> None:
        """Give the turn to the next (or previous) participant."""
        if self.participants:
            self.turn = (self.turn + step) % len(self.participants)
            self.view.update()

    def click(self, card_id: int | None) -> None:
        """Place a dot on ``card_id`` for the current participant."""
        if card_id is not None:
            self.place(card_id)

    def place(self, card_id: int) -> bool:
        """One dot of the current participant on a card; the turn passes when their dots are spent."""
        person = self.current()
        if person is None:
            return False
        command = GenericCommand(self.view.document,
                                 Op(ops.add_vote, {"participant_id": person[0], "card_id": card_id}),
                                 translate("commands", "Place a dot"))
        try:
            push(self.view.document, command)
        except ParcoursError as error:
            self.view.show_message(error.message(i18n.translate))
            return False
        if vote_queries.dots_left(self.view.document.session, person[0]) == 0:
            self._next_with_dots()
        return True

    def take_back(self, card_id: int) -> bool:
        """Take back the current participant's last dot on a card."""
        person = self.current()
        if person is None:
            return False
        vote_id = self.view.document.session.scalar(
            select(Vote.id).where(Vote.participant_id == person[0], Vote.card_id == card_id)
            .order_by(Vote.id.desc()))
        if vote_id is None:
            return False
        push(self.view.document, GenericCommand(self.view.document, Op(ops.remove_vote, {"vote_id": vote_id}),
                                                translate("commands", "Take a dot back")))
        return True

    def _next_with_dots(self) -> None:
        session = self.view.document.session
        for step in range(1, len(self.participants) + 1):
            index = (self.turn + step) % len(self.participants)
            if vote_queries.dots_left(session, self.participants[index][0]) > 0:
                self.turn = index
                return
        self.active = False
        self.marked = None
        self.view.show_message(translate("Presentation", "Everyone has voted."))
        self.show_results()

    # ------------------------------------------------------------------ keys

    def handle_key(self, event: QKeyEvent) -> bool:
        """V starts or ends voting; while voting: Tab, Up/Down, Enter/+, -/Delete. True when handled."""
        key = event.key()
        if key == Qt.Key.Key_V:
            if self.active:
                self.stop()
            else:
                self.view.request_vote_round()
            return True
        if key == Qt.Key.Key_R and not self.active:
            if self.results is None:
                self.show_results()
            else:
                self.results = None
            return True
        if not self.active:
            return False
        if key == Qt.Key.Key_Tab:
            self.pass_turn(1)
        elif key == Qt.Key.Key_Backtab:
            self.pass_turn(-1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_mark(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Plus, Qt.Key.Key_Equal) and \
                not (self.view.typed and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self.marked is not None:
                self.place(self.marked)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Delete):
            if self.marked is not None:
                self.take_back(self.marked)
        else:
            return False
        return True

    def _move_mark(self, step: int) -> None:
        view = self.view
        stage_id = view.current_stage_id()
        layout = view.map_layout
        if layout is None or stage_id is None:
            return
        cards = [card_id for card_id, box in layout.cards.items() if box.stage_id == stage_id]
        if not cards:
            return
        index = cards.index(self.marked) + step if self.marked in cards else (0 if step > 0 else len(cards) - 1)
        self.marked = cards[index % len(cards)]
        view.ensure_visible(self.marked)

    def on_stage_changed(self) -> None:
        """The stage in focus changed: the keyboard pick starts again."""
        self.marked = None

    def banner(self) -> str:
        """Whose turn it is, for the banner (empty when not voting)."""
        person = self.current()
        if person is None:
            return ""
        left = vote_queries.dots_left(self.view.document.session, person[0])
        return translate("Presentation", "Vote: %1 has %2 dot(s) left · Tab: next · Click a card").replace(
            "%1", person[1]).replace("%2", str(left))


def paint_results(painter: QPainter, theme: ProjectorTheme, area: QRectF, results: list, scale: float) -> None:
    """The room's verdict: the top pain points with their dots, in a panel over the map."""
    colour = fonts.colour
    width = min(area.width() * 0.7, 1100.0 * scale)
    rows = max(1, len(results))
    height = (110.0 + 64.0 * rows) * scale
    panel = QRectF(area.center().x() - width / 2, area.center().y() - height / 2, width, height)
    shade = QColor(colour(theme.dim))
    shade.setAlpha(200)
    painter.fillRect(area, shade)
    painter.setPen(QPen(colour(theme.card_border), 2.0))
    painter.setBrush(colour(theme.banner_fill))
    painter.drawRoundedRect(panel, 14.0, 14.0)
    inner = panel.adjusted(32 * scale, 24 * scale, -32 * scale, -24 * scale)
    painter.setPen(colour(theme.banner_text))
    painter.setFont(fonts.pixel_font(36.0 * scale, True))
    painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), 50 * scale),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     translate("Presentation", "Pain points to work on first"))
    y = inner.top() + 70 * scale
    if not results:
        painter.setFont(fonts.pixel_font(26.0 * scale))
        painter.drawText(QRectF(inner.left(), y, inner.width(), 50 * scale), Qt.AlignmentFlag.AlignLeft,
                         translate("Presentation", "This journey has no pain point."))
    for item in results:
        row = QRectF(inner.left(), y, inner.width(), 56 * scale)
        painter.setFont(fonts.pixel_font(28.0 * scale, True))
        painter.setPen(colour(theme.banner_text))
        dots = translate("Presentation", "1 dot") if item.votes == 1 else translate(
            "Presentation", "%1 dots").replace("%1", str(item.votes))
        label = f"{item.rank}. {item.title}"
        metrics = painter.fontMetrics()
        room = int(row.width() - metrics.horizontalAdvance(dots) - 40 * scale)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(label, Qt.TextElideMode.ElideRight, room))
        painter.setPen(colour(theme.accents[LaneKind.IRRITANTS]))
        painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, dots)
        y += 64 * scale
