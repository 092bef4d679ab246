"""The actions as the action plan prints them, the order of its horizons, and its paragraph styles.

Shared by the plan (:mod:`app.export.report_actions`, :mod:`app.export.report_plan`)
and the deck (:mod:`app.export.deck`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from reportlab.lib.enums import TA_CENTER

from app.export.fonts import BOLD
from app.export.report_matrix import CLOSED_STATUSES, QUICK_WIN, quadrant
from app.export.report_page import style
from app.model import colours
from app.model.enums import ActionStatus, Horizon

#: The horizons in the order the plan lists them (None: not scheduled).
HORIZON_ORDER: list[Horizon | None] = [Horizon.QUICK_WIN, Horizon.MONTHS_3, Horizon.MONTHS_12, Horizon.LATER, None]


@dataclass
class Item:
    """One action as the plan prints it."""

    action_id: int
    position: int
    title: str
    description: str
    department: str
    department_colour: str | None
    department_position: int | None
    impact: int
    effort: int
    risk: int | None
    share: float | None
    status: ActionStatus
    horizon: Horizon | None
    due: dt.date | None
    notes: str
    #: The action's journey, printed when the plan covers several journeys.
    journey: str = ""
    irritants: list[str] = field(default_factory=list)
    linked: list[str] = field(default_factory=list)
    kpis: list[str] = field(default_factory=list)
    number: int = 0

    @property
    def quadrant(self) -> str:
        return quadrant(self.impact, self.effort)

    @property
    def group(self) -> Horizon | None:
        """The horizon the plan lists the action under (unscheduled quick wins count as quick wins)."""
        if self.horizon is None and self.quadrant == QUICK_WIN:
            return Horizon.QUICK_WIN
        return self.horizon

    def sort_key(self) -> tuple[object, ...]:
        """Quick wins first, then by horizon, open before closed, impact, effort, risk and share."""
        return (HORIZON_ORDER.index(self.group), self.status in CLOSED_STATUSES, self.quadrant != QUICK_WIN,
                -self.impact, self.effort, self.risk if self.risk is not None else 6,
                -(self.share if self.share is not None else -1.0), self.position, self.action_id)


class PlanStyles:
    """The paragraph styles of the action plan."""

    def __init__(self) -> None:
        self.title = style("title", 20.0, font=BOLD, leading=1.2)
        self.subtitle = style("subtitle", 11.0, text=colours.MUTED_TEXT, spaceBefore=2.0)
        self.heading = style("heading", 13.0, font=BOLD, spaceBefore=10.0, spaceAfter=4.0, keepWithNext=1)
        self.group = style("group", 12.0, font=BOLD, spaceBefore=12.0, spaceAfter=2.0, keepWithNext=1,
                           text=colours.STAGE_HEADER_FILL)
        self.action = style("action", 10.5, font=BOLD, leftIndent=20.0, firstLineIndent=-20.0, spaceBefore=6.0)
        self.meta = style("meta", 8.5, leftIndent=20.0, text=colours.MUTED_TEXT, spaceBefore=1.0)
        self.body = style("body", 9.0, leftIndent=20.0, spaceBefore=2.0)
        self.links = style("links", 8.5, leftIndent=20.0, spaceBefore=2.0)
        self.cell = style("cell", 8.5)
        self.cell_head = style("cell_head", 7.5, font=BOLD, alignment=TA_CENTER, text=colours.MUTED_TEXT)
        self.cell_num = style("cell_num", 8.5, alignment=TA_CENTER)
