"""The benchmark script runs end to end on a small project (figures are not checked here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _start(tmp_path: Path, *arguments: str) -> subprocess.Popen:
    folder = tmp_path / str(len(list(tmp_path.iterdir())))
    folder.mkdir()
    return subprocess.Popen(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--json", *arguments],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=folder,
        env={"PATH": "/usr/bin:/bin", "PARCOURS_DATA_DIR": str(folder / "data"), "HOME": str(folder),
             "QT_QPA_PLATFORM": "offscreen"})


def _results(process: subprocess.Popen) -> list[dict]:
    try:
        stdout, stderr = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    assert process.returncode == 0, stderr
    return json.loads(stdout)


def _run_benchmarks(tmp_path: Path, *arguments: str) -> list[dict]:
    return _results(_start(tmp_path, *arguments))


def test_the_benchmark_prints_every_scenario_with_its_baseline(tmp_path: Path) -> None:
    results = _run_benchmarks(tmp_path, "--runs", "1", "--cards", "200", "open", "edit", "save")
    names = [r["name"] for r in results]
    assert len(names) == 3 and any("edit" in n for n in names)
    assert all(r["median"] > 0 and r["baseline"] > 0 for r in results)


def test_the_canvas_scenarios_run_on_a_tiny_map(tmp_path: Path) -> None:
    # Two processes side by side, about 4 s each: the scenarios that start editors (one start each is
    # enough to keep them working), and the in-process ones, with two repetitions.
    processes = [_start(tmp_path, "--runs", "1", "--cards", "200", "first-paint", "memory"),
                 _start(tmp_path, "--runs", "2", "--cards", "200", "open-paint", "repaint", "drag", "curve")]
    results = {r["name"]: r for process in processes for r in _results(process)}
    assert len(results) == 8, list(results)
    for touchpoints in (4, 20):
        update = results[f"curve update after a score change, {touchpoints} touchpoints"]
        assert update["median"] > 0 and update["extra"]["points"] == touchpoints
    first_paint = results["start to first painted window (sample)"]
    assert first_paint["median"] > first_paint["baseline"] > 0 and first_paint["budget"] == 1000.0
    opened = results["open a 200-card map to first paint"]
    assert opened["median"] > 0 and opened["baseline"] > 0 and opened["extra"]["main_window"] > 0
    for zoom in ("100%", "25%"):
        repaint = results[f"full 1920x1080 repaint, 100 cards, {zoom}"]
        assert repaint["median"] > 0 and repaint["baseline"] > 0 and repaint["budget"] == 16.0
        assert repaint["notes"].startswith("viewport 1920x1080")
        assert repaint["extra"]["cards_in_view"] > 0
    near, far = (results[f"full 1920x1080 repaint, 100 cards, {zoom}"]["extra"] for zoom in ("100%", "25%"))
    assert near["cards_painted"] >= near["cards_in_view"] and near["overview_paints"] == 0
    # Far out the overview draws the whole map in one paint, the cards none.
    assert far["cards_in_view"] == 100 and far["overview_paints"] >= 1 and far["cards_painted"] == 0
    drag = results["drag frame of one card among 200"]
    assert drag["median"] > 0 and drag["extra"] == {"unpainted": 0, "sql": 0}
    memory = results["peak memory with 200 cards open"]
    assert memory["unit"] == "MB" and memory["median"] > memory["extra"]["bare_window"] > 0


def test_the_exchange_scenario_runs_on_a_tiny_map(tmp_path: Path) -> None:
    results = _run_benchmarks(tmp_path, "--runs", "1", "--cards", "200", "xlsx")
    assert [r["name"] for r in results] == ["XLSX export of 200 cards", "XLSX import of 200 cards into a new journey"]
    assert all(r["median"] > 0 and r["baseline"] > 0 for r in results)


def test_the_poster_scenario_runs_on_a_tiny_map(tmp_path: Path) -> None:
    results = _run_benchmarks(tmp_path, "--runs", "1", "--cards", "30", "poster")
    assert [r["budget"] for r in results] == [1000.0, 1500.0]
    assert results[0]["baseline"] > 0 and 0 < results[1]["extra"]["size_ratio"] < 2


def test_the_presentation_glide_scenario_runs_on_a_tiny_map(tmp_path: Path) -> None:
    results = _run_benchmarks(tmp_path, "--runs", "1", "--cards", "200", "presentation-glide")
    assert [r["budget"] for r in results] == [16.0, 16.0]
    assert all(r["median"] > 0 and r["baseline"] > 0 for r in results)
    assert "frames of 6 glides" in results[0]["notes"]
