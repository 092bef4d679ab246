"""The KPIs of the journey on the map: name, unit, direction, baseline, target, actual, where, progress.

Progress toward the target is :func:`app.model.method_data.kpi_progress`,
drawn as a bar (green once the target is reached, red when worse than the
baseline). "Measured at" links the KPI to a stage or a card of the journey;
a KPI linked to a pain point is listed with the actions answering it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.model import ops
from app.model.enums import Direction, LaneKind
from app.model.method_data import KpiRow, read_kpis
from app.model.ops import Op
from app.model.schema import Card, Lane, Stage
from app.ui.labels import card_noun
from app.ui.method_labels import direction_name, number_text
from app.ui.method_rows_view import RowsView
from app.ui.method_table import Column

#: Cards a KPI may be measured on (touchpoints, pain points, delights, steps).
_MEASURED_KINDS = (LaneKind.TOUCHPOINTS, LaneKind.IRRITANTS, LaneKind.ENCHANTMENTS, LaneKind.STEPS)


class KpisView(RowsView):
    """The KPI table of the journey on the map (and the project-wide KPIs)."""

    table_name = "kpi"
    watched = frozenset({"kpi", "stage", "card", "journey"})

    def __init__(self, parent: QWidget | None = None) -> None:
        self._places: dict[str, str] = {}
        super().__init__(parent)
        header = self.view.horizontalHeader()
        for column, width in enumerate((190, 50, 150, 70, 70, 70, 220, 150)):
            header.resizeSection(column, width)
        # The name keeps its width (in a small window the name was squeezed to "Arrivants éq…" first); where it is
        # measured takes the room a wide window gives, and gives it back first; the bar keeps its size.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)

    def texts(self) -> dict[str, str]:
        return {"add": self.tr("New KPI"), "delete": self.tr("Delete KPI"), "delete_many": self.tr("Delete %n KPIs"),
                "edit": self.tr("Edit KPI"), "count": self.tr("%n KPI(s)"), "filter": self.tr("Filter KPIs…")}

    def columns(self) -> list[Column]:
        def where(row: KpiRow) -> str | None:
            return f"card:{row.card_id}" if row.card_id else f"stage:{row.stage_id}" if row.stage_id else None

        return [
            Column("name", self.tr("KPI"), "text", lambda r: r.name, lambda r: r.name),
            Column("unit", self.tr("Unit"), "text", lambda r: r.unit, lambda r: r.unit),
            Column("direction", self.tr("Direction"), "choice", lambda r: direction_name(r.direction),
                   lambda r: r.direction.value, choices=lambda: [(direction_name(d), d.value) for d in Direction]),
            Column("baseline", self.tr("Baseline"), "number", lambda r: number_text(r.baseline), lambda r: r.baseline,
                   sort=lambda r: r.baseline if r.baseline is not None else float("inf")),
            Column("target", self.tr("Target"), "number", lambda r: number_text(r.target), lambda r: r.target,
                   sort=lambda r: r.target if r.target is not None else float("inf")),
            Column("actual", self.tr("Actual"), "number", lambda r: number_text(r.actual), lambda r: r.actual,
                   sort=lambda r: r.actual if r.actual is not None else float("inf")),
            Column("where", self.tr("Measured at"), "choice", lambda r: self._places.get(where(r) or "", ""), where,
                   sort=lambda r: self._places.get(where(r) or "", "\uffff"), choices=self._place_choices,
                   tooltip=self.tr("The stage or card of the journey the KPI measures")),
            Column("progress", self.tr("Progress"), "progress", lambda r: "", lambda r: r.progress,
                   sort=lambda r: r.progress if r.progress is not None else float("-inf"),
                   tooltip=self.tr("From the baseline (0 %) to the target (100 %)")),
        ]

    def _place_choices(self) -> list[tuple[str, Any]]:
        if self.document is not None:  # every place of the journey, read when the list opens
            self._places = self._read_places(self.document.session, None)
        return [(self.tr("Whole journey"), None), *((text, key) for key, text in self._places.items())]

    def read_rows(self, session: Session) -> list[KpiRow]:
        rows = read_kpis(session, self.journey_id)
        # The places the rows show: every card edit reads them again, so only the KPIs' own cards.
        self._places = self._read_places(session, {row.card_id for row in rows if row.card_id})
        return rows

    def _read_places(self, session: Session, card_ids: set[int] | None) -> dict[str, str]:
        """The journey's stages and measured cards by key ("stage:1", "card:2"); ``card_ids``: only those cards."""
        places: dict[str, str] = {}
        if self.journey_id is None:
            return places
        for stage_id, name in session.execute(select(Stage.id, Stage.name)
                                              .where(Stage.journey_id == self.journey_id)
                                              .order_by(Stage.position)):
            places[f"stage:{stage_id}"] = self.tr("Stage: %1").replace("%1", name)
        if card_ids is not None and not card_ids:
            return places
        query = (select(Card.id, Card.title, Lane.kind).join(Lane, Card.lane_id == Lane.id)
                 .join(Stage, Card.stage_id == Stage.id)
                 .where(Lane.journey_id == self.journey_id, Lane.kind.in_(list(_MEASURED_KINDS)))
                 .order_by(Lane.position, Stage.position, Card.position))
        if card_ids is not None:
            query = query.where(Card.id.in_(sorted(card_ids)))
        # Translated once per kind, not per card: a journey may have thousands.
        pattern = self.tr("%1: %2")
        nouns: dict[Any, str] = {}
        for card_id, title, kind in session.execute(query):
            noun = nouns.get(kind)
            if noun is None:
                noun = nouns[kind] = card_noun(LaneKind(kind))
            places[f"card:{card_id}"] = pattern.replace("%1", noun).replace("%2", title or "-")
        return places

    def add_op(self) -> Op | None:
        if self.journey_id is None:
            return None
        return Op(ops.add_kpi, {"name": self.tr("New KPI"), "journey_id": self.journey_id})

    def edit_op(self, row_id: int, field: str, value: Any) -> Op:
        if field == "where":
            kind, _, ident = (value or "").partition(":")
            return Op(ops.update_kpi, {"kpi_id": row_id, "stage_id": int(ident) if kind == "stage" else None,
                                     "card_id": int(ident) if kind == "card" else None})
        return Op(ops.update_kpi, {"kpi_id": row_id, field: value})
