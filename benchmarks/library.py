"""The team library against a real PostgreSQL, each figure beside a raw same-run baseline.

    python benchmarks/library.py [--cards N] [--projects N] [--runs N] [--check]

Starts a throw-away cluster (tests/library/pgcluster.py: PostgreSQL's server
programs must be installed), then times:

- publish a 10,000-card project (read the file, one transaction into the library)
  beside a raw ``COPY`` of the same rows into a plain table;
- pull it (read one revision, write a new file) beside a raw ``SELECT`` of the
  same rows and an ``executemany`` into SQLite;
- list a library of 500 projects (budget 200 ms).

Budgets: publish and pull within 6x their raw baselines, list <= 200 ms. ``--check``
exits 1 when one is missed. GC stays on; the first run is a warm-up.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.canvas import build_map_project  # noqa: E402
from tests.library.pgcluster import Cluster  # noqa: E402

RATIO_BUDGET = 6.0
LIST_BUDGET_MS = 200.0


def _median(fn, runs: int, setup=None) -> tuple[float, float]:
    samples = []
    for run in range(runs + 1):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        elapsed = (time.perf_counter() - start) * 1000
        if run:
            samples.append(elapsed)
    return statistics.median(samples), max(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--projects", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)

    import psycopg

    from app.library.admin import upgrade
    from app.library.browse import list_projects, pull
    from app.library.connection import library_url
    from app.library.publish import publish_session
    from app.library.rows import read_rows
    from app.library.tables import DATA_TABLES
    from app.model.store import ProjectStore

    cluster = Cluster()
    results = []
    try:
        cluster.sql("CREATE DATABASE library")
        url = library_url(cluster.url())
        upgrade(url)
        with tempfile.TemporaryDirectory() as folder:
            project = build_map_project(Path(folder) / "big.parcours", args.cards)
            store = ProjectStore.open(project)
            rows = read_rows(store.session.connection().connection.driver_connection)
            total = sum(len(table_rows) for table_rows in rows.tables.values())

            def publish() -> None:
                publish_session(store.session, url, published_by="bench", as_new=True)

            def raw_copy() -> None:
                with psycopg.connect(cluster.url()) as connection:
                    for table, _copy in DATA_TABLES:
                        names = [column.name for column in table.columns]
                        connection.execute(f"CREATE TEMP TABLE raw_{table.name} AS SELECT {', '.join(names)} "
                                           f"FROM lib_{table.name} WHERE false")
                        with connection.cursor().copy(
                                f"COPY raw_{table.name} ({', '.join(names)}) FROM STDIN") as copy:
                            for row in rows.tables[table.name]:
                                copy.write_row([row[name] for name in names])

            publish_ms, publish_worst = _median(publish, args.runs)
            copy_ms, _ = _median(raw_copy, args.runs)
            results.append(("publish", publish_ms, publish_worst, "raw COPY", copy_ms))

            name = list_projects(url)[0].name
            target = Path(folder) / "pulled.parcours"

            def pull_it() -> None:
                pull(url, name, target, force=True)

            def raw_pull() -> None:
                out = Path(folder) / "raw.sqlite"
                out.unlink(missing_ok=True)
                sqlite = sqlite3.connect(out)
                with psycopg.connect(cluster.url()) as connection:
                    for table, copy in DATA_TABLES:
                        names = [column.name for column in table.columns]
                        fetched = connection.execute(
                            f"SELECT {', '.join(names)} FROM {copy.name} WHERE lib_project_key = "
                            f"(SELECT key FROM library_project WHERE name = %s) AND lib_revision = 1",
                            (name,)).fetchall()
                        sqlite.execute(f"CREATE TABLE {table.name} ({', '.join(names)})")
                        sqlite.executemany(f"INSERT INTO {table.name} VALUES ({', '.join('?' * len(names))})",
                                           fetched)
                sqlite.commit()
                sqlite.close()

            pull_ms, pull_worst = _median(pull_it, args.runs)
            raw_ms, _ = _median(raw_pull, args.runs)
            results.append(("pull", pull_ms, pull_worst, "raw SELECT + SQLite insert", raw_ms))
            store.close()

            # A library of many projects: copies of one small project under new keys, made in SQL.
            with psycopg.connect(cluster.url()) as connection:
                existing = connection.execute("SELECT count(*) FROM library_project").fetchone()[0]
                for number in range(existing, args.projects):
                    key = f"bench-{number:05d}"
                    connection.execute(
                        "INSERT INTO library_project (key, name, title, organisation, author, head_revision) "
                        "VALUES (%s, %s, %s, 'Client', 'bench', 1)",
                        (key, f"bench-project-{number}", f"Project {number}"))
                    connection.execute(
                        "INSERT INTO library_revision (project_key, revision, schema_version, published_by, "
                        "search_text, summary) VALUES (%s, 1, 3, 'bench', %s, "
                        "'{\"journeys\": [\"A\"], \"personas\": [\"P\"], \"tags\": [], \"cards\": 40}')",
                        (key, f"project {number} client"))
            list_ms, list_worst = _median(lambda: list_projects(url), args.runs)
            results.append(("list 500 projects", list_ms, list_worst, None, None))
    finally:
        cluster.stop()

    print(f"{total:,} rows per 10,000-card project")
    print(f"{'scenario':<22}{'median':>10}{'worst':>10}   baseline")
    failed = False
    for name, median, worst, baseline_name, baseline in results:
        line = f"{name:<22}{median:>8.0f}ms{worst:>8.0f}ms"
        if baseline is not None:
            ratio = median / baseline
            failed |= ratio > RATIO_BUDGET
            line += f"   {baseline_name} {baseline:.0f} ms, ratio {ratio:.1f} (budget <= {RATIO_BUDGET})"
        else:
            failed |= median > LIST_BUDGET_MS
            line += f"   budget <= {LIST_BUDGET_MS:.0f} ms"
        print(line)
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
