"""Helpers for the store tests: table dumps, file fingerprints, and opening a file as a
program that really cannot write what it is not allowed to (root ignores file
permissions, so when the suite runs as root the attempt runs in a child process that has
dropped the capabilities that let root write read-only files)."""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from workshop.store import WorkshopFile, schema


def dump(source: WorkshopFile | sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every content table, sorted: two dumps are equal row for row."""
    read = source._read if isinstance(source, WorkshopFile) else source.execute
    return {
        name: sorted(
            (tuple(row) for row in read(f"SELECT * FROM {name}")),  # type: ignore[operator]
            key=repr,
        )
        for name in schema.CONTENT_TABLES
    }


def file_state(path: Path) -> tuple[str, list[str]]:
    """The file's bytes (as a hash) and which WAL side files beside it hold anything."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    wal = Path(f"{path}-wal")
    sides = [wal.name] if wal.exists() and wal.stat().st_size else []
    return digest, sides


_ATTEMPT = """
import json, sys
from workshop.store import open_workshop
try:
    wf = open_workshop(sys.argv[1], read_only=sys.argv[2] == "1")
except Exception as error:
    print(json.dumps({"error": type(error).__name__, "message": str(error)}))
else:
    print(json.dumps({"error": None, "read_only": wf.read_only, "notes": wf.counts()["note"]}))
    wf.close()
"""


_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _drop_file_permission_override() -> None:
    """In the child before it starts: give up root's right to ignore file permissions."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def open_as_unprivileged(path: Path, *, read_only: bool) -> dict[str, Any]:
    """Try ``open_workshop`` in a child process bound by the file permissions."""
    as_root = os.geteuid() == 0
    try:
        done = subprocess.run(
            [sys.executable, "-c", _ATTEMPT, str(path), "1" if read_only else "0"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            preexec_fn=_drop_file_permission_override if as_root else None,
        )
    except subprocess.SubprocessError as error:
        if as_root and "preexec_fn" in str(error):
            pytest.skip("running as root without the right to drop CAP_DAC_OVERRIDE")
        raise
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
