"""Start of the frozen bundle beside the virtual-environment start, in the same run.

Exit status: 0 measured (within budget, or not checked), 1 over budget with ``--check``,
3 when a start could not be measured (a process died before its window: its stderr is printed).

    python benchmarks/bundle_start.py [--bundle PATH] [--venv PATH] [--runs N] [--check]

Each run starts a fresh process on the sample project under its own Xvfb screen and
times it until its main window is mapped and visible (xdotool), alternating the
bundle and the venv so a busy machine slows both alike. Prints the median, the
worst and the ratio; the budget is 1.5x the venv start (issue 14). ``--check`` exits
1 when the ratio is over budget. Needs Xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_RATIO = 1.5


def _first_window(command: list[str], project: Path, display: str, home: Path) -> float:
    """Seconds from spawning ``command project`` to its visible main window."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "DISPLAY": display, "LANG": "C.UTF-8",
           "PARCOURS_DATA_DIR": str(home / "data")}
    start = time.perf_counter()
    errors = home / "stderr.txt"
    process = subprocess.Popen([*command, str(project)], env=env, stdout=subprocess.DEVNULL,
                               stderr=errors.open("wb"))
    try:
        while time.perf_counter() - start < 60:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)],
                                   env={"DISPLAY": display}, capture_output=True, text=True)
            if found.stdout.strip():
                return time.perf_counter() - start
            if process.poll() is not None:
                said = errors.read_text(encoding="utf-8", errors="replace")[-1500:]
                raise RuntimeError(f"{command[0]} exited with status {process.returncode} before showing a "
                                   f"window:\n{said}")
            time.sleep(0.01)
        raise RuntimeError(f"{command[0]} showed no window within 60 s")
    finally:
        process.kill()
        process.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    bundles = sorted((ROOT / "dist").glob("parcours-*-linux-*/parcours"))
    parser.add_argument("--bundle", default=str(bundles[-1]) if bundles else "/opt/parcours/parcours")
    parser.add_argument("--venv", default=str(ROOT / ".venv" / "bin" / "parcours"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="exit 1 when over budget")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"bundle_start: {tool} is needed", file=sys.stderr)
            return 2
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        project = home / "sample.parcours"
        subprocess.run([args.venv, "new", str(project), "--lang", "fr"], check=True, stdout=subprocess.DEVNULL,
                       env={**os.environ, "PARCOURS_DATA_DIR": str(home / "data")})
        # Xvfb picks a free display and says which once it accepts clients (-displayfd): a fixed
        # number could meet a server still going away from the run before, and Qt aborts
        # ("could not connect to display") when its display is not there.
        reader, writer = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(writer), "-screen", "0", "1920x1080x24",
                                 "-nolisten", "tcp"], pass_fds=(writer,),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(writer)
        with os.fdopen(reader) as told:
            display = ":" + told.readline().strip()
        times: dict[str, list[float]] = {"bundle": [], "venv": []}
        try:
            return _measure(args, project, display, home, times)
        except RuntimeError as error:
            print(f"bundle_start: could not measure: {error}", file=sys.stderr)
            return 3
        finally:
            xvfb.kill()


def _measure(args: argparse.Namespace, project: Path, display: str, home: Path,
             times: dict[str, list[float]]) -> int:
    """Time both starts (the first pair only warms up), print the table; 1 when over budget with --check."""
    for run in range(args.runs + 1):  # the first pair warms the disk cache; it is printed, not counted
        for name, command in (("bundle", [args.bundle]), ("venv", [args.venv])):
            elapsed = _first_window(command, project, display, home)
            if run == 0:
                print(f"cold {name}: {elapsed * 1000:.0f} ms")
            else:
                times[name].append(elapsed)
    bundle, venv = statistics.median(times["bundle"]), statistics.median(times["venv"])
    ratio = bundle / venv
    print(f"{'start to window':<22}{'median':>10}{'worst':>10}")
    for name in ("bundle", "venv"):
        print(f"{name:<22}{statistics.median(times[name]) * 1000:>8.0f}ms{max(times[name]) * 1000:>8.0f}ms")
    verdict = "ok" if ratio <= BUDGET_RATIO else "OVER BUDGET"
    print(f"ratio bundle/venv {ratio:.2f} (budget <= {BUDGET_RATIO}): {verdict}")
    return 1 if args.check and ratio > BUDGET_RATIO else 0


if __name__ == "__main__":
    sys.exit(main())
