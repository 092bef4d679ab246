"""Top irritants: the 2-3 pain points of the journey that matter most, and which no action answers yet.

The ranking is :func:`app.model.priority.rank_irritants` (customers
affected, severity, ease of resolution; quick wins first among equals),
over the pain points of the journey on the map. Workshop dot-votes, when a
mode provides them, weigh in through :attr:`TopIrritantsView.votes_provider`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.model.method_data import PAIN_LANES, top_irritants
from app.model.ops import Change
from app.model.schema import Card, Lane
from app.ui.method_labels import number_text
from app.ui.method_view import JourneyView
from app.ui.panels import touched_tables


class TopIrritantsView(JourneyView):
    """The ranked pain points of the journey on the map."""

    #: "Create action" for these pain points.
    create_action_requested = Signal(list)
    #: Show this card on the map.
    card_requested = Signal(int)
    watched = frozenset({"action", "card", "lane"})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Optional per-card dot-votes (card id -> votes), e.g. from a workshop mode; None: no votes.
        self.votes_provider: Callable[[], dict[int, int]] | None = None
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("#"), self.tr("Pain point"), self.tr("Customers %"), self.tr("Severity"),
                                   self.tr("Actions"), self.tr("Score"), self.tr("Why")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(
            lambda item, _c: self.card_requested.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.show_all = QCheckBox(self.tr("All pain points"), self)
        self.show_all.toggled.connect(lambda _on: self.refresh())
        self.create_button = QPushButton(self.tr("Create action"), self)
        self.create_button.clicked.connect(self._on_create_clicked)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.create_button)
        bar.addWidget(self.show_all)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)

    def _on_document_changed(self, change: Change) -> None:
        touched = touched_tables(change)
        if not self.watched & touched:
            return
        if not self.on_screen():
            self._stale = True
        elif touched != {"card"} or self._concerns_pain_points(change):
            self.refresh()

    def _concerns_pain_points(self, change: Change) -> bool:
        """Whether an edit of cards touches a pain point shown, or one of the journey (deleted, or now one)."""
        cards = {i for ids in (change.created, change.updated, change.deleted) for i in ids.get("card", ())}
        if change.deleted.get("card") or cards & set(self.ranked_card_ids()):
            return True
        if self.document is None:
            return False
        return self.document.session.scalar(
            select(Card.id).join(Lane, Card.lane_id == Lane.id)
            .where(Card.id.in_(cards), Lane.kind.in_(list(PAIN_LANES))).limit(1)) is not None

    def ranked_card_ids(self) -> list[int]:
        """The card ids shown, best first."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def refresh(self) -> None:
        """Rank again from the model."""
        self.tree.clear()
        if self.document is None or self.journey_id is None:
            self.summary.setText("")
            return
        votes = self.votes_provider() if self.votes_provider is not None else None
        ranked = top_irritants(self.document.session, self.journey_id, votes=votes,
                               count=None if self.show_all.isChecked() else 3)
        unknown = self.tr("?")
        for entry in ranked:
            facts = entry.facts
            why = []
            if entry.unaddressed:
                why.append(self.tr("No action yet"))
            if entry.quick_win:
                why.append(self.tr("Quick win"))
            if "share" in entry.reasons:
                why.append(self.tr("Many customers"))
            if "severity" in entry.reasons:
                why.append(self.tr("Severe"))
            if "votes" in entry.reasons:
                why.append(self.tr("Most votes"))
            item = QTreeWidgetItem([str(entry.rank), facts.title, number_text(facts.affected_share, unknown),
                                    number_text(facts.severity, unknown), str(len(facts.actions)),
                                    number_text(entry.score), " · ".join(why)])
            item.setData(0, Qt.ItemDataRole.UserRole, facts.card_id)
            if entry.unaddressed:
                item.setForeground(6, QBrush(QColor("#C42B2B")))
            elif entry.quick_win:
                item.setForeground(6, QBrush(QColor("#2E9E50")))
            self.tree.addTopLevelItem(item)
        open_count = sum(1 for entry in ranked if entry.unaddressed)
        if not ranked:
            self.summary.setText(self.tr("This journey has no pain points yet."))
        elif open_count:
            self.summary.setText(self.tr("%n of these pain points has no action yet.").replace("%n", str(open_count)))
        else:
            self.summary.setText(self.tr("Every pain point shown has at least one action."))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def _on_create_clicked(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.create_action_requested.emit([item.data(0, Qt.ItemDataRole.UserRole)])
