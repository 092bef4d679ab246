"""A tiny benchmark harness: repeated runs, medians, and a same-run baseline.

The machine is shared and noisy, so every scenario is timed several times
and printed as a median next to a baseline measured in the same run (a raw
sqlite3 read, plain QGraphicsRectItems...): the ratio holds when absolute
times drift.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field


@dataclass
class Result:
    """One scenario's figures (seconds, or the unit named in ``unit``)."""

    name: str
    median: float
    budget: float | None
    baseline_name: str | None = None
    baseline: float | None = None
    unit: str = "ms"
    runs: int = 0
    notes: str = ""
    extra: dict[str, float] = field(default_factory=dict)
    #: The largest ratio to the baseline DESIGN.md allows (None: no ratio budget).
    max_ratio: float | None = None

    @property
    def ratio(self) -> float | None:
        """Scenario median over baseline median."""
        if self.baseline in (None, 0):
            return None
        return self.median / self.baseline

    @property
    def within_budget(self) -> bool | None:
        """True when the median meets the budget and the ratio its limit (None when there is neither)."""
        checks = []
        if self.budget is not None:
            checks.append(self.median <= self.budget)
        if self.max_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.max_ratio)
        return all(checks) if checks else None

    def misses(self) -> list[str]:
        """What this result misses, one phrase each (empty when it meets its budgets)."""
        missed = []
        if self.budget is not None and self.median > self.budget:
            missed.append(f"{self.median:.2f} {self.unit} > {self.budget:g} {self.unit}")
        if self.max_ratio is not None and self.ratio is not None and self.ratio > self.max_ratio:
            missed.append(f"{self.ratio:.1f}x {self.baseline_name} > {self.max_ratio:g}x")
        return missed


def time_median(fn: Callable[[], object], *, runs: int = 7, setup: Callable[[], object] | None = None,
                warmup: int = 1) -> float:
    """Median wall time of ``fn()`` in milliseconds over ``runs`` runs (``setup()`` untimed before each)."""
    for _ in range(warmup):
        if setup:
            setup()
        fn()
    # Like timeit: collect once, then keep the collector out of the timed calls. Collecting
    # before every sample would leave the caches cold and inflate millisecond scenarios.
    samples = []
    gc.collect()
    enabled = gc.isenabled()
    try:
        for _ in range(runs):
            if setup:
                setup()
            gc.disable()
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000.0)
            if enabled:
                gc.enable()
    finally:
        if enabled:
            gc.enable()
    return statistics.median(samples)


def print_table(results: list[Result]) -> None:
    """Print the results as an aligned text table."""
    headers = ("scenario", "median", "budget", "ok", "baseline", "base median", "ratio", "max ratio")
    rows = []
    for r in results:
        rows.append((
            r.name,
            f"{r.median:.2f} {r.unit}",
            "-" if r.budget is None else f"<= {r.budget:g} {r.unit}",
            {True: "yes", False: "NO", None: "-"}[r.within_budget],
            r.baseline_name or "-",
            "-" if r.baseline is None else f"{r.baseline:.2f} {r.unit}",
            "-" if r.ratio is None else f"{r.ratio:.1f}x",
            "-" if r.max_ratio is None else f"<= {r.max_ratio:g}x",
        ))
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=True)]
    line = "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))
    print(line)
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)))
    for r in results:
        if r.notes or r.extra:
            extras = ", ".join(f"{k}={v:.2f}" for k, v in r.extra.items())
            print(f"  {r.name}: {r.notes} {extras}".rstrip())


def to_json(results: list[Result]) -> str:
    """The results as JSON (for machines)."""
    return json.dumps([{**asdict(r), "ratio": r.ratio, "within_budget": r.within_budget} for r in results],
                      indent=2)
