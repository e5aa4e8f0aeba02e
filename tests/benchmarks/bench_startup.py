"""Start-up benchmark: whole processes, ours against a bare floor, in the same run.

- ``persona-workshop --version`` (``python -m workshop --version``) against a bare script
  that builds an ``argparse`` parser with ``--version`` and parses it. Target: <= 3x.
- Opening a workshop (a fresh copy of the demo) to the first window: ``python -m workshop
  FILE`` with ``PERSONA_WORKSHOP_QUIT_AFTER_MS=0`` (it quits as soon as the event loop runs,
  the window shown and the workshop on it) against a bare script that makes a
  ``QApplication`` and a ``QMainWindow``, shows it and quits the same way. Target: <= 3x.

Each is the best of ``REPEATS`` runs, ours and the floor taking turns, offscreen, with
settings in a throwaway folder (as on a first start). Bytecode is cached as in an
installation (``PYTHONDONTWRITEBYTECODE`` would make every start compile our sources: here
half a second); the cache goes to a throwaway folder and is filled by a first, untimed run.

Run: ``python -m tests.benchmarks.bench_startup`` (or ``python -m tests.benchmarks startup``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workshop.demo import fresh_demo_copy

REPEATS = 7
TARGET = 3.0
ROOT = Path(__file__).resolve().parents[2]

BARE_ARGPARSE = """
import argparse
parser = argparse.ArgumentParser(prog="bare")
parser.add_argument("file", nargs="?")
parser.add_argument("--version", action="version", version="bare 1.0")
parser.parse_args()
"""

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.showMaximized()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({result.returncode}): {result.stderr}")
    return elapsed


def best_pair(
    ours: list[str], floor: list[str], env: dict[str, str], cwd: Path
) -> tuple[float, float]:
    ours_times: list[float] = []
    floor_times: list[float] = []
    timed(ours, env, cwd)  # fills the bytecode cache
    timed(floor, env, cwd)
    for _ in range(REPEATS):
        ours_times.append(timed(ours, env, cwd))
        floor_times.append(timed(floor, env, cwd))
    return min(ours_times), min(floor_times)


def verdict(ratio: float) -> str:
    return f"target <= {TARGET:g}x: " + ("met" if ratio <= TARGET else "missed")


def run() -> list[str]:
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "PYTHONPYCACHEPREFIX": str(folder / "bytecode"),
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "XDG_DATA_HOME": str(folder / "data"),
            "XDG_CACHE_HOME": str(folder / "cache"),
        }
        bare_cli = folder / "bare_argparse.py"
        bare_cli.write_text(BARE_ARGPARSE, encoding="utf-8")
        bare_window = folder / "bare_window.py"
        bare_window.write_text(BARE_WINDOW, encoding="utf-8")
        workshop = fresh_demo_copy(folder / "demo")

        version, version_floor = best_pair(
            [python, "-m", "workshop", "--version"],
            [python, str(bare_cli), "--version"],
            env,
            folder,
        )
        window_env = {**env, "PERSONA_WORKSHOP_QUIT_AFTER_MS": "0"}
        window, window_floor = best_pair(
            [python, "-m", "workshop", str(workshop)],
            [python, str(bare_window)],
            window_env,
            folder,
        )
    version_ratio = version / version_floor
    window_ratio = window / window_floor
    lines = [
        f"start-up: persona-workshop --version {version * 1000:.0f} ms; bare argparse script "
        f"{version_floor * 1000:.0f} ms; ratio {version_ratio:.1f}x ({verdict(version_ratio)})",
        f"start-up: open the demo workshop to the first window {window * 1000:.0f} ms; bare "
        f"PySide6 QMainWindow {window_floor * 1000:.0f} ms; ratio {window_ratio:.1f}x "
        f"({verdict(window_ratio)})",
    ]
    for line in lines:
        print(line, flush=True)
    return lines


if __name__ == "__main__":
    run()
