"""Shared helpers for the output-rule tests: workshops, documents and a child process that
holds a workshop open for editing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workshop.cli import main

ROOT = Path(__file__).resolve().parents[1]
HOLD_OPEN = (
    "import sys\n"
    "from workshop.store import open_workshop\n"
    "workshop = open_workshop(sys.argv[1])\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "workshop.close()\n"
)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    return bool(err.strip()) and err.rstrip("\n").count("\n") == 0 and "Traceback" not in err


def leftovers(folder: Path) -> list[str]:
    """Anything an output may have left behind in ``folder``: partial files, journals."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if ".partial-" in p.name
        or ".replaced-" in p.name
        or p.name.endswith(("-wal", "-shm", "-journal", ".part"))
    )


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


class HeldOpen:
    """A separate process holding ``path`` open for editing until closed."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLD_OPEN, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.strip() == "ready", "the child could not open the workshop"

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)
        assert self.process.stdout is not None
        self.process.stdout.close()


def write_json(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path
