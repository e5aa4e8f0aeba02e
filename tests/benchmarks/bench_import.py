"""Import benchmark: a 10,000-row survey export into a workshop, end to end, against a floor.

Ours: ``persona-workshop import-evidence`` in-process (open and check the workshop file,
detect the encoding and delimiter, read, map each row to a note and a source, lay the
blocks out, write sources and notes in one recorded transaction, close).
The floor, measured in the same run: ``csv.reader`` reading the same file plus raw
``sqlite3`` inserting the same rows (id, text, respondent, x, y) in one transaction into a
fresh WAL database. The phases of ours (read, plan, write) are printed too.

Run: ``python -m tests.benchmarks.bench_import`` (or ``run()`` from the benchmark runner).
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workshop.cli import main
from workshop.io.evidence_import import apply_plan, plan_import, read_evidence
from workshop.io.import_mapping import ImportMapping
from workshop.store import create_workshop

ROWS = 10_000
REPEATS = 5


def write_export(path: Path, rows: int = ROWS) -> None:
    """A survey export: respondent, date, a free-text answer (some quoted, some empty)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Respondent", "Submitted", "What slows you down?"])
    for i in range(rows):
        answer = f"Answer {i}: the export takes too long, so I copy numbers by hand"
        if i % 10 == 0:
            answer = f'"Quoted", with a comma; and a line\nbreak ({i})'
        if i % 37 == 0:
            answer = ""
        writer.writerow([f"R{i % 500:03d}", f"2025-05-{1 + i % 28:02d}", answer])
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


def floor(export: Path, database: Path) -> int:
    """csv.reader over the file, and the rows inserted with raw sqlite3."""
    with open(export, encoding="utf-8-sig", newline="") as handle:
        records = list(csv.reader(handle))
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS note "
            "(id TEXT PRIMARY KEY, text TEXT, respondent TEXT, x REAL, y REAL)"
        )
        connection.execute("BEGIN")
        connection.executemany(
            "INSERT INTO note VALUES (?, ?, ?, ?, ?)",
            [
                (str(uuid.uuid4()), r[2], r[0], float(i % 100) * 180, float(i // 100) * 140)
                for i, r in enumerate(records[1:])
                if r[2]
            ],
        )
        connection.execute("COMMIT")
        return int(connection.execute("SELECT COUNT(*) FROM note").fetchone()[0])
    finally:
        connection.close()


def ours(export: Path, workshop: Path) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        code = main(
            [
                "import-evidence", str(workshop), str(export),
                "--text-column", "What slows you down?", "--source-column", "Respondent",
                "--date-column", "Submitted", "--source-kind", "survey",
            ]
        )  # fmt: skip
    if code != 0:
        raise RuntimeError("the import failed")


def _timed(action: Callable[[], object]) -> float:
    gc.collect()
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def phases(export: Path, folder: Path) -> tuple[float, float, float]:
    """Seconds to read, to plan, and to write (into an open workshop)."""
    folder.mkdir()
    workshop = create_workshop(folder / "phases.pwshop", "Bench")
    try:
        start = time.perf_counter()
        table = read_evidence(export)
        read = time.perf_counter()
        plan = plan_import(
            table,
            ImportMapping(("What slows you down?",), "Respondent", date_column="Submitted"),
        )
        planned = time.perf_counter()
        apply_plan(workshop, plan)
        written = time.perf_counter()
    finally:
        workshop.close()
    return read - start, planned - read, written - planned


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as name:
        folder = Path(name)
        export = folder / "survey.csv"
        write_export(export)
        best_ours = best_floor = float("inf")
        notes = 0
        for attempt in range(REPEATS):
            workshop = folder / f"w{attempt}.pwshop"
            create_workshop(workshop, "Bench").close()
            database = folder / f"floor{attempt}.sqlite"
            best_ours = min(best_ours, _timed(partial(ours, export, workshop)))
            best_floor = min(best_floor, _timed(partial(floor, export, database)))
            if attempt == 0:
                notes = floor(export, folder / "count.sqlite")
        # Each phase's best over as many runs as the end-to-end figure (one run alone
        # carries first-run costs the end-to-end best does not).
        runs = [phases(export, folder / f"phases{i}") for i in range(REPEATS)]
        read, plan, write = (min(run[k] for run in runs) for k in range(3))
    return [
        f"import {ROWS:,}-row CSV ({notes:,} notes) end to end: {best_ours * 1000:.0f} ms; "
        f"floor csv.reader + raw sqlite3 inserts: {best_floor * 1000:.0f} ms; "
        f"ratio {best_ours / best_floor:.1f}x",
        f"  phases: read {read * 1000:.0f} ms, plan {plan * 1000:.0f} ms, "
        f"write {write * 1000:.0f} ms",
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
