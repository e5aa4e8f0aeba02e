"""Builds ``tests/fixtures/workshop-v1.pwshop``: a small workshop as version 1 wrote it.

The checked-in file is what the migration tests open; this script says how it was made
(``python tests/store/make_v1_fixture.py`` rewrites it). Ids and times are fixed, so the
contents are the same every time; ``V1_CONTENT`` is what the tests expect to find.
"""

from __future__ import annotations

import hashlib
import sqlite3
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCHEMA = HERE / "v1_schema.sql"
FIXTURE = HERE.parent / "fixtures" / "workshop-v1.pwshop"
APPLICATION_ID = 0x50575331
STAMP = "2024-03-05T10:00:00.000000+00:00"


def tiny_png() -> bytes:
    """A 1×1 blue PNG, built by hand so the fixture needs no image library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x30\x60\xc0")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


PNG = tiny_png()

V1_CONTENT: dict[str, list[tuple[object, ...]]] = {
    "workshop": [
        (
            "w-1",
            "Budgeting app, spring research",
            "Decide which planning features to build first",
            '["onboarding_ux"]',
            "Pocket Budget",
            "Freelancers with irregular income",
            '["activation", "30-day retention"]',
            "cluster",
            "{}",
        )
    ],
    "participant": [("pa-ann", "Ann", "#e57373"), ("pa-raj", "Raj", "#64b5f6")],
    "source": [
        (
            "s-int-1",
            "interview",
            "Interview 1: Maria, freelance designer",
            "2024-02-12",
            "INT-01",
            "",
        ),
        ("s-survey", "survey", "Churn survey, February", None, "", "62 answers"),
    ],
    "asset": [("as-1", hashlib.sha256(PNG).hexdigest(), "image/png", 1, 1, PNG)],
    "cluster": [("c-1", "Income comes in bursts", 0.0, 0.0, 420.0, 320.0, -1.0, "#eceff1")],
    "note": [
        (
            "n-1",
            "I never know when the next invoice gets paid",
            20.0,
            64.0,
            "s-int-1",
            "pa-ann",
            "c-1",
        ),
        (
            "n-2",
            "Budgets built on a monthly salary break for me",
            200.0,
            64.0,
            "s-int-1",
            None,
            "c-1",
        ),
        ("n-3", "Weekly review takes me 40 minutes", 500.0, 40.0, "s-int-1", "pa-raj", None),
        ("n-4", "Cancelled: too much manual entry", 700.0, 40.0, "s-survey", None, None),
        ("n-5", "Cancelled: didn't fit freelance income", 880.0, 40.0, "s-survey", None, None),
        ("n-6", "Assumption: they want automatic categories", 500.0, 260.0, None, None, None),
    ],
    "vote": [
        ("v-1", "pa-ann", "n-3", None),
        ("v-2", "pa-raj", "n-3", None),
        ("v-3", "pa-raj", None, "c-1"),
    ],
    "persona": [
        (
            "p-1",
            "Time-poor planner",
            "The juggler",
            "I just want to know if I'm OK this month",
            "Freelance designer, plans money on Sunday evenings",
            "as-1",
            "draft",
            "user",
            "2024-03-01",
            "Ann",
            "Freelancers",
            "about 1 in 5 sign-ups",
            "sign-up survey 2023",
            0,
        )
    ],
    "persona_item": [
        ("i-1", "p-1", "goal", "Finish the weekly review in under 10 minutes", 0),
        ("i-2", "p-1", "constraint", "Irregular income timing", 0),
    ],
    "evidence_link": [("l-1", "i-1", "n-3", None), ("l-2", "i-2", None, "c-1")],
}


def build(path: Path) -> Path:
    """Write the v1 workshop to ``path`` (which must not exist)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.executescript(SCHEMA.read_text(encoding="utf-8"))
        conn.execute("BEGIN")
        c = V1_CONTENT
        conn.executemany(
            "INSERT INTO workshop VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in c["workshop"]],
        )
        conn.executemany(
            "INSERT INTO participant VALUES (?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in c["participant"]],
        )
        conn.executemany(
            "INSERT INTO source VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in c["source"]],
        )
        conn.executemany(
            "INSERT INTO asset VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in c["asset"]],
        )
        conn.executemany(
            "INSERT INTO cluster VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in c["cluster"]],
        )
        conn.executemany(
            "INSERT INTO note (id, text, x, y, w, h, z, colour, source_id, author_id, "
            "cluster_id, asset_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 160, 120, ?, '#fff59d', ?, ?, ?, NULL, ?, ?)",
            [
                (i, text, x, y, float(n), src, author, cluster, STAMP, STAMP)
                for n, (i, text, x, y, src, author, cluster) in enumerate(c["note"], start=1)
            ],
        )
        conn.executemany(
            "INSERT INTO vote VALUES (?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in c["vote"]],
        )
        conn.executemany(
            "INSERT INTO persona VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in c["persona"]],
        )
        conn.executemany(
            "INSERT INTO persona_item VALUES (?, ?, ?, ?, ?, NULL, '', '', ?, ?)",
            [(*row, STAMP, STAMP) for row in c["persona_item"]],
        )
        conn.executemany(
            "INSERT INTO evidence_link VALUES (?, ?, ?, ?, ?, ?)",
            [(*row, STAMP, STAMP) for row in c["evidence_link"]],
        )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else FIXTURE
    target.unlink(missing_ok=True)
    print(build(target))
