"""Store benchmark: a workshop with 10,000 notes written and read back, against raw sqlite3.

Ours: ``create_workshop`` then ``WorkshopFile.add_notes`` (one transaction, every row
recorded for undo, listeners told) and ``snapshot()`` (every table read in bulk and
checked into domain objects). The floor, in the same run: ``sqlite3`` on a file with the
same schema and the same settings (WAL, synchronous=FULL, foreign keys), inserting the
same rows with ``executemany`` in one transaction and reading them back as tuples.

Run: ``python -m tests.benchmarks.bench_store`` (or ``python -m tests.benchmarks store``).
"""

from __future__ import annotations

import gc
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workshop.store import create_workshop, reading

NOTES = 10_000
REPEATS = 3
TEXT = (
    "Several people said the weekly budget review takes too long and that the bank "
    "linking step made them stop before they saw any value at all"
)[:120]


def note_rows(count: int) -> list[dict[str, object]]:
    return [
        {"text": f"{i:05d} {TEXT}"[:120], "x": (i % 100) * 180.0, "y": (i // 100) * 140.0}
        for i in range(count)
    ]


def ours(folder: Path, rows: list[dict[str, object]]) -> tuple[float, float, int]:
    path = folder / f"ours-{uuid.uuid4().hex}.pwshop"
    workshop = create_workshop(path, "Benchmark")
    try:
        start = time.perf_counter()
        workshop.add_notes(rows)
        written = time.perf_counter() - start
        start = time.perf_counter()
        snapshot = workshop.snapshot()
        read = time.perf_counter() - start
        return written, read, len(snapshot.notes)
    finally:
        workshop.close()


def schema_sql(folder: Path) -> list[str]:
    """The workshop file's own tables and indexes, to give the floor the same schema."""
    path = folder / "schema.pwshop"
    create_workshop(path, "Schema").close()
    conn = sqlite3.connect(path)
    try:
        return [
            sql
            for (sql,) in conn.execute(
                "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                "ORDER BY type = 'index', name"
            )
        ]
    finally:
        conn.close()


NOTE_COLUMNS = [c.strip() for c in reading.NOTE_COLUMNS.split(",")] + ["updated_at"]


def floor(folder: Path, ddl: list[str], rows: list[dict[str, object]]) -> tuple[float, float, int]:
    path = folder / f"floor-{uuid.uuid4().hex}.db"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        for sql in ddl:
            conn.execute(sql)
        start = time.perf_counter()
        stamp = "2026-01-01T00:00:00.000000+00:00"
        # By column name: the note's columns grow with the format (v3 added its question).
        defaults = {"w": 160.0, "h": 120.0, "colour": "#fff59d", "question": ""}

        def row_of(i: int, r: dict[str, object]) -> tuple[object, ...]:
            fields = {
                **defaults,
                "id": str(uuid.uuid4()),
                "text": r["text"],
                "x": r["x"],
                "y": r["y"],
                "z": float(i),
                "created_at": stamp,
                "updated_at": stamp,
            }
            return tuple(fields.get(column) for column in NOTE_COLUMNS)

        values = [row_of(i, r) for i, r in enumerate(rows, start=1)]
        conn.execute("BEGIN IMMEDIATE")
        marks = ", ".join("?" * len(NOTE_COLUMNS))
        conn.executemany(f"INSERT INTO note ({', '.join(NOTE_COLUMNS)}) VALUES ({marks})", values)
        conn.execute("COMMIT")
        written = time.perf_counter() - start
        start = time.perf_counter()
        found = conn.execute(f"SELECT {reading.NOTE_COLUMNS} FROM note ORDER BY z, id").fetchall()
        read = time.perf_counter() - start
        return written, read, len(found)
    finally:
        conn.close()


def moves(folder: Path, rows: list[dict[str, object]], repeats: int = 200) -> tuple[float, float]:
    """Median time of one note move committed: the store operation (no listeners) against
    a raw sqlite3 UPDATE in its own transaction, same pragmas, in the same file size."""
    path = folder / "moves.pwshop"
    with create_workshop(path, "Moves") as workshop:
        ids = list(workshop.add_notes(rows).created)[:repeats]
        ours_times: list[float] = []
        for i, note_id in enumerate(ids):
            start = time.perf_counter()
            workshop.set_note_geometry({note_id: {"x": 5.0 + i, "y": 7.0}}, "Move note")
            ours_times.append(time.perf_counter() - start)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    floor_times: list[float] = []
    try:
        for i, note_id in enumerate(ids):
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "UPDATE note SET x = ?, y = ?, updated_at = ? WHERE id = ?",
                (9.0 + i, 7.0, f"2026-01-01T00:00:{i % 60:02d}", note_id),
            )
            conn.execute("COMMIT")
            floor_times.append(time.perf_counter() - start)
    finally:
        conn.close()
    return statistics.median(ours_times), statistics.median(floor_times)


def run() -> list[str]:
    rows = note_rows(NOTES)
    best = {
        "ours_w": float("inf"),
        "ours_r": float("inf"),
        "floor_w": float("inf"),
        "floor_r": float("inf"),
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ddl = schema_sql(folder)
        for _ in range(REPEATS):
            gc.collect()
            w, r, n = ours(folder, rows)
            assert n == NOTES
            best["ours_w"], best["ours_r"] = min(best["ours_w"], w), min(best["ours_r"], r)
            gc.collect()
            w, r, n = floor(folder, ddl, rows)
            assert n == NOTES
            best["floor_w"], best["floor_r"] = min(best["floor_w"], w), min(best["floor_r"], r)
        move, move_floor = moves(folder, rows)
    ow, orr, fw, fr = best["ours_w"], best["ours_r"], best["floor_w"], best["floor_r"]
    lines = [
        f"store: write {NOTES:,} notes (add_notes): {ow * 1000:.0f} ms; raw sqlite3 executemany: "
        f"{fw * 1000:.0f} ms; ratio {ow / fw:.1f}x",
        f"store: read them back (snapshot): {orr * 1000:.0f} ms; raw sqlite3 fetchall: "
        f"{fr * 1000:.0f} ms; ratio {orr / fr:.1f}x",
        f"store: write + read: {(ow + orr) * 1000:.0f} ms vs {(fw + fr) * 1000:.0f} ms; "
        f"ratio {(ow + orr) / (fw + fr):.1f}x",
        f"store: one note move committed (set_note_geometry, in a {NOTES:,}-note file): "
        f"{move * 1000:.2f} ms; raw sqlite3 WAL update of one row: {move_floor * 1000:.2f} ms; "
        f"ratio {move / move_floor:.1f}x",
    ]
    for line in lines:
        print(line, flush=True)
    return lines


if __name__ == "__main__":
    run()
