"""The measurement points of the journey on the map: where, how, on which channel and when satisfaction is measured.

Each point sits on a touchpoint (its card then carries a marker on the
map), with a method (survey, NPS, CSAT, CES, mystery visit, customer
listening, customer committee), a channel and a timing in the user's words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops
from app.model.enums import LaneKind, MeasureMethod
from app.model.method_data import MeasurementRow, read_measurement_points
from app.model.ops import Op
from app.model.schema import Card, Channel, Lane, Stage
from app.ui.method_labels import method_name
from app.ui.method_rows_view import RowsView
from app.ui.method_table import Column


class MeasurementsView(RowsView):
    """The measurement points of the journey on the map."""

    table_name = "measurement_point"
    watched = frozenset({"measurement_point", "card", "channel", "journey", "stage"})

    def __init__(self, parent: QWidget | None = None) -> None:
        self._touchpoints: dict[int, str] = {}
        self._channels: dict[int, str] = {}
        #: The touchpoint a new point goes on (the card selected on the map), or None.
        self.default_card: Callable[[], int | None] = lambda: None
        super().__init__(parent)
        header = self.view.horizontalHeader()
        for column, width in enumerate((190, 130, 230, 120, 160)):
            header.resizeSection(column, width)

    def texts(self) -> dict[str, str]:
        return {"add": self.tr("New measurement point"), "delete": self.tr("Delete measurement point"),
                "delete_many": self.tr("Delete %n measurement points"), "edit": self.tr("Edit measurement point"),
                "count": self.tr("%n measurement point(s)"), "filter": self.tr("Filter measurement points…")}

    def columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Measure"), "text", lambda r: r.name, lambda r: r.name),
            Column("method", self.tr("Method"), "choice", lambda r: method_name(r.method), lambda r: r.method.value,
                   choices=lambda: [(method_name(m), m.value) for m in MeasureMethod]),
            Column("card_id", self.tr("Touchpoint"), "choice", lambda r: self._touchpoints.get(r.card_id, ""),
                   lambda r: r.card_id, sort=lambda r: self._touchpoints.get(r.card_id, "\uffff"),
                   choices=lambda: [(self.tr("None"), None), *((t, i) for i, t in self._touchpoints.items())]),
            Column("channel_id", self.tr("Channel"), "choice", lambda r: self._channels.get(r.channel_id, ""),
                   lambda r: r.channel_id, sort=lambda r: self._channels.get(r.channel_id, "\uffff"),
                   choices=lambda: [(self.tr("None"), None), *((t, i) for i, t in self._channels.items())]),
            Column("timing", self.tr("When"), "text", lambda r: r.timing, lambda r: r.timing,
                   tooltip=self.tr("When the measure is taken, e.g. “after signing”")),
        ]

    def read_rows(self, session: Session) -> list[MeasurementRow]:
        self._channels = dict(session.execute(select(Channel.id, Channel.name).order_by(Channel.position)).all())
        self._touchpoints = {}
        if self.journey_id is None:
            return []
        for card_id, title, stage in session.execute(
                select(Card.id, Card.title, Stage.name).join(Lane, Card.lane_id == Lane.id)
                .join(Stage, Card.stage_id == Stage.id)
                .where(Lane.journey_id == self.journey_id, Lane.kind == LaneKind.TOUCHPOINTS)
                .order_by(Stage.position, Lane.position, Card.position)):
            self._touchpoints[card_id] = f"{title or '-'} ({stage})"
        return read_measurement_points(session, self.journey_id)

    def add_op(self) -> Op | None:
        if self.journey_id is None:
            return None
        fields: dict[str, Any] = {"journey_id": self.journey_id, "name": self.tr("New measurement point")}
        card_id = self.default_card()
        card = (self.document.session.get(Card, card_id)
                if self.document is not None and card_id in self._touchpoints else None)
        if card is not None:
            fields.update(card_id=card_id, stage_id=card.stage_id, channel_id=card.channel_id)
        return Op(ops.add_measurement_point, fields)

    def edit_op(self, row_id: int, field: str, value: Any) -> Op:
        if field == "card_id" and value is not None and self.document is not None:
            card = self.document.session.get(Card, value)
            if card is not None:
                return Op(ops.update_measurement_point, {"measurement_point_id": row_id, "card_id": value,
                                                       "stage_id": card.stage_id})
        return Op(ops.update_measurement_point, {"measurement_point_id": row_id, field: value})
