"""Builds a small workshop as version 2 wrote it, from the SQL frozen for version 2.

Version 2 had no respondents, no studies and no note question: an import kept each
respondent as a source of its own, the respondent's attributes in the source's notes
("Age: 25-34; Region: North.") and a survey answer's question in the note's text
("(Q: ...)"). ``V2_CONTENT`` is what the tests expect to find after the migration.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workshop.store import schema_history

APPLICATION_ID = 0x50575331
STAMP = "2025-06-02T09:30:00.000000+00:00"

V2_CONTENT: dict[str, list[tuple[object, ...]]] = {
    "workshop": [
        ("w-2", "Budgeting app, survey round", "", "[]", "", "", "[]", "draft", "{}"),
    ],
    "participant": [("pa-1", "Ann", "#e57373")],
    "source": [
        (
            "s-r17",
            "survey",
            "Respondent ID 17",
            "2025-05-20",
            "survey.csv",
            "Imported from survey.csv: 2 notes. Age: 25-34; Region: North.",
        ),
        ("s-int", "interview", "P3 (p3.vtt)", "2025-05-21", "p3.vtt", ""),
    ],
    "cluster": [],
    "note": [
        # id, text, source, author
        ("n-1", "Too many steps\n(Q: What annoys you most?)", "s-r17", None),
        ("n-2", "Weekly", "s-r17", None),
        ("n-3", "I plan on Sundays", "s-int", "pa-1"),
    ],
    "vote_round": [("vr-1", "Round 1", "notes", 3, 1, 1)],
    "vote": [("v-1", "vr-1", "pa-1", "n-3", None)],
    "persona": [
        (
            "p-1",
            "Sunday planner",
            "",
            "",
            "",
            None,
            "draft",
            "user",
            None,
            "",
            "",
            "",
            "",
            "#5c6bc0",
            0,
            "[]",
        )
    ],
    "persona_item": [("i-1", "p-1", "goal", "Plan once a week", 0, None, "", "")],
    "evidence_link": [("l-1", "i-1", "n-3", None)],
}


def build(path: Path) -> Path:
    """Write the v2 workshop to ``path`` (which must not exist)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 2")
        conn.executescript(schema_history.V2)
        conn.execute("BEGIN")
        c = V2_CONTENT
        for table in ("workshop", "participant", "source", "vote_round", "persona"):
            for row in c[table]:
                marks = ", ".join("?" * (len(row) + 2))
                conn.execute(f"INSERT INTO {table} VALUES ({marks})", (*row, STAMP, STAMP))
        for n, (i, text, src, author) in enumerate(c["note"], start=1):
            conn.execute(
                "INSERT INTO note VALUES (?, ?, ?, 0, 160, 120, ?, '#fff59d', ?, ?, NULL, NULL, "
                "NULL, ?, ?)",
                (i, text, 200.0 * n, float(n), src, author, STAMP, STAMP),
            )
        for table in ("vote", "persona_item", "evidence_link"):
            for row in c[table]:
                marks = ", ".join("?" * (len(row) + 2))
                conn.execute(f"INSERT INTO {table} VALUES ({marks})", (*row, STAMP, STAMP))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return path
