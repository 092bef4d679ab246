"""The benchmark script runs end to end on a small project (figures are not checked here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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
    # The in-process scenarios, with two repetitions (the ones that start fresh editors are a slow check, below).
    results = {r["name"]: r for r in _run_benchmarks(tmp_path, "--runs", "2", "--cards", "200", "open-paint-warm",
                                                         "repaint", "drag", "curve")}
    assert len(results) == 10, list(results)
    for touchpoints in (4, 20):
        update = results[f"curve update after a score change, {touchpoints} touchpoints"]
        assert update["median"] > 0 and update["extra"]["points"] == touchpoints
    opened = results["open a 200-card map to first paint (in process, warm)"]
    assert opened["median"] > 0 and opened["baseline"] > 0 and opened["extra"]["main_window"] > 0
    for zoom in ("100%", "25%"):
        repaint = results[f"full 1920x1080 repaint, 100 cards, {zoom}"]
        assert repaint["median"] > 0 and repaint["baseline"] > 0 and repaint["budget"] == 16.0
        assert repaint["notes"].startswith("viewport 1920x1080")
        assert repaint["extra"]["cards_in_view"] > 0 and repaint["max_ratio"] == 1.5
        cold = results[f"first frame at {zoom}, 100 cards, empty pixmap cache"]
        assert cold["median"] > 0 and cold["budget"] == 16.0
        # The first frame may leave work for the next turns of the loop: the complete picture is reported too.
        complete = results[f"complete picture at {zoom}, 100 cards, empty pixmap cache"]
        assert complete["median"] > 0 and complete["budget"] is None
    near, far = (results[f"full 1920x1080 repaint, 100 cards, {zoom}"]["extra"] for zoom in ("100%", "25%"))
    # Near, the card layer draws the cards in view in one paint (the card items have no contents).
    assert near["layer_paints"] == 1 and near["layer_cards"] >= near["cards_in_view"] > 0
    assert near["overview_paints"] == 0 and near["cards_painted"] == 0
    # Far out the overview draws the whole map in one paint, the cards none.
    assert far["cards_in_view"] == 100 and far["overview_paints"] >= 1 and far["cards_painted"] == 0
    assert far["layer_paints"] == 0
    drag = results["drag frame of one card among 200"]
    assert drag["median"] > 0 and (drag["extra"]["unpainted"], drag["extra"]["sql"]) == (0, 0)
    assert drag["extra"]["max"] >= drag["extra"]["p95"] >= drag["median"] * 0.5 > 0


@pytest.mark.slow
def test_the_scenarios_that_start_fresh_editors_run_on_a_tiny_map(tmp_path: Path) -> None:
    # Slow: each start is a fresh editor process (about 7 s of CPU in all); one start each keeps them working.
    results = {r["name"]: r for r in _run_benchmarks(tmp_path, "--runs", "1", "--cards", "200", "first-paint",
                                                         "memory")}
    assert len(results) == 3, list(results)
    first_paint = results["start to first painted window (sample)"]
    assert first_paint["median"] > first_paint["baseline"] > 0 and first_paint["budget"] == 1000.0
    assert first_paint["max_ratio"] == 2.0
    memory = results["peak memory with 200 cards open"]
    assert memory["unit"] == "MB" and memory["median"] > memory["extra"]["bare_window"] > 0
    assert results["memory per 1,000 cards"]["budget"] == 4.0


@pytest.mark.slow
def test_the_interaction_scenarios_run_on_a_tiny_map(tmp_path: Path) -> None:
    results = {r["name"]: r for r in _run_benchmarks(tmp_path, "--runs", "2", "--cards", "200", "select-all",
                                                         "edit-canvas", "zoom-step", "find", "version")}
    select = results["select all 200 cards"]
    assert select["extra"]["selected"] == 200 and select["budget"] == 100.0 and select["baseline"] > 0
    assert results["delete 20 selected cards (of 200)"]["budget"] == 150.0
    assert results["undo the delete of 20 cards"]["median"] > 0
    assert {results[f"edit a card title ({kind}), 200 cards"]["budget"] for kind in ("same height", "height changes")} \
        == {16.0, 50.0}
    assert results["zoom step (Ctrl+wheel), 200 cards"]["extra"]["with_pane"] > 0
    assert results["first frame at a new zoom, 200 cards"]["median"] > 0
    assert results["find as you type, 200 cards"]["median"] > 0
    version = results["parcours --version"]
    assert version["budget"] == 100.0 and version["baseline"] > 0


@pytest.mark.slow
def test_opening_and_the_size_sweep_run_in_fresh_editors(tmp_path: Path) -> None:
    results = {r["name"]: r for r in _run_benchmarks(tmp_path, "--runs", "2", "--cards", "100", "open-paint", "sweep")}
    opened = results["open a 100-card map in the main window to first paint"]
    assert opened["median"] > 0 and opened["baseline"] > 0 and opened["max_ratio"] == 4.0
    sweep = results["size sweep: growth of open-to-interactive, 10 to 1000 cards"]
    assert sweep["unit"] == "x" and sweep["median"] > 0 and sweep["budget"] > 100  # n log n from 10 to 1000
    assert set(sweep["extra"]) == {"exponent", "10", "100", "500", "1000"}


def test_check_exits_non_zero_when_a_budget_is_missed(tmp_path: Path) -> None:
    import benchmarks.harness as harness

    met = harness.Result("fast", 1.0, 2.0, "base", 1.0, max_ratio=3.0)
    slow = harness.Result("slow", 3.0, 2.0)
    steep = harness.Result("steep", 1.0, 2.0, "base", 0.1, max_ratio=3.0)
    assert met.misses() == [] and met.within_budget
    assert slow.misses() and not slow.within_budget
    assert steep.misses() == ["10.0x base > 3x"] and not steep.within_budget
    # The script itself: a budget no figure can meet makes --check fail.
    process = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--check", "--runs", "1",
                              "--cards", "60", "version"], capture_output=True, text=True, timeout=120,
                             env={"PATH": "/usr/bin:/bin", "PARCOURS_DATA_DIR": str(tmp_path / "data"),
                                  "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"})
    assert process.returncode in (0, 1), process.stderr
    assert (process.returncode == 1) == ("MISSED" in process.stderr)


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
