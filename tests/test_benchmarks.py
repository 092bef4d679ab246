"""The benchmark script runs end to end on a small project (figures are not checked here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_benchmark_prints_every_scenario_with_its_baseline(tmp_path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--json", "--runs", "1", "--cards", "200"],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "PARCOURS_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)})
    assert completed.returncode == 0, completed.stderr
    results = json.loads(completed.stdout)
    names = [r["name"] for r in results]
    assert len(names) == 3 and any("edit" in n for n in names)
    assert all(r["median"] > 0 and r["baseline"] > 0 for r in results)
