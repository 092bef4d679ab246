"""Parcours benchmarks: medians with a same-run baseline (budgets in DESIGN.md).

Usage: ``python benchmarks/run.py [--json] [--check] [--runs N] [--cards N] [--profile] [SCENARIO...]``.
Each scenario builds its own project in a temporary folder. The project file scenarios
are here; the canvas ones (first paint, repaint, drag, memory) are in ``canvas.py``.
``--profile`` prints, after the table, the top of a cProfile of each scenario's timed part.
``--check`` exits 1 when a figure misses its budget or its ratio to the baseline (DESIGN.md),
after naming each miss on stderr.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import canvas
import exchange
import interaction
import opening
import presentation
from harness import Result, print_table, time_median, to_json

from app.model import ops, templates
from app.model.enums import LaneKind
from app.model.schema import Card, Journey, Lane, Stage
from app.model.store import ProjectStore

WORDS = ("badge laptop accueil contrat réunion portail e-mail attente manager équipe formation accès "
         "signature bureau parking support compte mot de passe déjeuner planning").split()


def build_project(path: Path, cards: int, seed: int = 7) -> Path:
    """A project with one journey of 20 stages x 10 lanes holding ``cards`` cards, saved at ``path``."""
    rng = random.Random(seed)

    def populate(session) -> None:
        templates.populate(session, "blank", "en")
        journey = session.query(Journey).one()
        for lane in list(journey.lanes):
            session.delete(lane)
        for stage in list(journey.stages):
            session.delete(stage)
        session.flush()
        stages = [Stage(journey_id=journey.id, position=i, name=f"Stage {i}") for i in range(20)]
        kinds = [LaneKind.STEPS, LaneKind.TOUCHPOINTS, LaneKind.EXPECTATIONS, LaneKind.IRRITANTS,
                 LaneKind.ENCHANTMENTS, LaneKind.FRONT_STAGE, LaneKind.BACK_STAGE, LaneKind.SUPPORT_SYSTEMS,
                 LaneKind.OPPORTUNITIES, LaneKind.NOTES]
        lanes = [Lane(journey_id=journey.id, position=i, kind=k, name=k.value) for i, k in enumerate(kinds)]
        session.add_all(stages + lanes)
        session.flush()
        counts: dict[tuple[int, int], int] = {}
        rows = []
        for n in range(cards):
            lane, stage = lanes[n % len(lanes)], stages[(n // len(lanes)) % len(stages)]
            position = counts.get((lane.id, stage.id), 0)
            counts[(lane.id, stage.id)] = position + 1
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6)))
            rows.append({"lane_id": lane.id, "stage_id": stage.id, "position": position, "title": title,
                         "body": " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))),
                         "score": rng.randint(0, 10) if lane.kind is LaneKind.TOUCHPOINTS else None,
                         "tags": []})
        session.execute(Card.__table__.insert(), [{**r, "note": "", "duration": "", "is_first": False,
                                                   "is_last": False} for r in rows])

    store = ProjectStore.create(populate=populate)
    store.save(path)
    store.close()
    return path


def bench_open(folder: Path, cards: int, runs: int) -> Result:
    """Open a project file (header, checks, working copy) and read its cards."""
    path = build_project(folder / "open.parcours", cards)

    def open_and_read() -> None:
        store = ProjectStore.open(path)
        store.session.execute(Card.__table__.select()).all()
        store.close()

    def raw() -> None:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        connection.execute("SELECT * FROM card").fetchall()
        connection.close()

    return Result(f"open a {cards}-card project", time_median(open_and_read, runs=runs), None,
                  "raw sqlite3 read of the cards", time_median(raw, runs=runs),
                  notes="with the editor, to the first paint of its map: scenario open-paint (budget 600 ms)")


def bench_edit(folder: Path, cards: int, runs: int) -> Result:
    """One card edit committed to the working copy (the autosave)."""
    path = build_project(folder / "edit.parcours", cards)
    store = ProjectStore.open(path)
    session = store.session
    card_ids = [row[0] for row in session.execute(Card.__table__.select().with_only_columns(Card.id))]
    counter = iter(range(10**9))

    def edit() -> None:
        n = next(counter)
        ops.update_card(session, card_ids[n % len(card_ids)], title=f"edited {n}")
        session.commit()

    raw_path = folder / "raw.sqlite"
    shutil.copy(store.working_path, raw_path)
    connection = sqlite3.connect(raw_path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")

    def raw() -> None:
        n = next(counter)
        connection.execute("UPDATE card SET title = ? WHERE id = ?", (f"raw {n}", card_ids[n % len(card_ids)]))
        connection.commit()

    result = Result("one edit committed to the working copy", time_median(edit, runs=runs * 5), 2.0,
                    "raw sqlite3 update + commit", time_median(raw, runs=runs * 5), max_ratio=3.0)
    connection.close()
    store.close()
    return result


def bench_save(folder: Path, cards: int, runs: int) -> Result:
    """Save a project (write beside, fsync, atomic rename)."""
    path = build_project(folder / "save.parcours", cards)
    store = ProjectStore.open(path)
    target = folder / "saved.parcours"

    def save() -> None:
        store.save(target)

    def raw() -> None:
        destination = sqlite3.connect(folder / "raw-backup.sqlite")
        source = sqlite3.connect(store.working_path)
        source.backup(destination)
        destination.close()
        source.close()

    result = Result(f"save a {cards}-card project", time_median(save, runs=runs), None,
                    "raw sqlite3 backup to a file", time_median(raw, runs=runs))
    store.close()
    return result


SCENARIOS = {"open": bench_open, "edit": bench_edit, "save": bench_save, **canvas.SCENARIOS, **opening.SCENARIOS,
             **interaction.SCENARIOS, **exchange.SCENARIOS, **presentation.SCENARIOS}


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a figure misses its budget or its ratio to the baseline")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per scenario (median)")
    parser.add_argument("--cards", type=int, default=10_000,
                        help="cards in generated projects (the repaint scenarios use half as many)")
    parser.add_argument("--profile", action="store_true",
                        help="print the top 15 of a cProfile of each scenario's timed part (figures get slower)")
    parser.add_argument("only", nargs="*", choices=[[], *SCENARIOS], help="scenarios to run (default: all)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="parcours-bench-"))
    os.environ.setdefault("PARCOURS_DATA_DIR", str(folder / "userdata"))
    if args.profile:
        canvas.start_profiling()
    results: list[Result] = []
    try:
        for name in args.only or SCENARIOS:
            outcome = SCENARIOS[name](folder, args.cards, args.runs)
            results.extend(outcome if isinstance(outcome, list) else [outcome])
        reports = canvas.profile_reports() if args.profile else {}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(to_json(results) if args.json else "", end="")
    if not args.json:
        print_table(results)
    for name, report in reports.items():
        print(f"\n=== profile: {name} (cumulative, top 15) ===", file=sys.stderr if args.json else sys.stdout)
        print(report, file=sys.stderr if args.json else sys.stdout)
    if args.check:
        missed = [(r.name, miss) for r in results for miss in r.misses()]
        for name, miss in missed:
            print(f"MISSED: {name}: {miss}", file=sys.stderr)
        return 1 if missed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
