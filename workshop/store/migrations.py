"""Forward migrations of the workshop file, one step per schema version.

Before the first step runs, a copy of the file is written beside it with the SQLite
backup API (``NAME.before-v2.pwshop``), so a migration that goes wrong, or is killed, never
costs the facilitator their workshop. All steps run in one transaction: a file is either
wholly at its old version or wholly at the new one.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.schema import CreateIndex, CreateTable

from workshop.store import schema


def _ddl(table_name: str) -> list[str]:
    engine = create_engine("sqlite://")
    table = schema.table(table_name)
    statements = [str(CreateTable(table).compile(engine)).strip()]
    statements += [str(CreateIndex(index).compile(engine)) for index in table.indexes]
    return statements


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 brought voting rounds, crops of wall photos, persona colours and the
    evidence pool a persona was drafted from.

    - ``vote_round`` is new; the votes of a v1 file go into one round named "Votes".
    - ``vote.round_id`` is new and required: the vote table is rebuilt.
    - ``note.origin_asset_id``, ``persona.colour`` and ``persona.evidence_pool`` are new.
    """
    for statement in _ddl("vote_round"):
        conn.execute(statement)
    round_id = None
    if conn.execute("SELECT EXISTS (SELECT 1 FROM vote)").fetchone()[0]:
        # The same id and time in every copy of the file, so breakout copies migrated on
        # different laptops still merge into one round.
        workshop_id = conn.execute("SELECT id FROM workshop").fetchone()[0]
        round_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"persona-workshop:votes:{workshop_id}"))
        now = conn.execute("SELECT MIN(created_at) FROM vote").fetchone()[0] or _now()
        conn.execute(
            "INSERT INTO vote_round (id, name, target, votes_per_participant, is_open, "
            "show_tallies, created_at, updated_at) VALUES (?, 'Votes', 'notes', 3, 0, 1, ?, ?)",
            (round_id, now, now),
        )
    conn.execute("ALTER TABLE vote RENAME TO vote_v1")
    for statement in _ddl("vote"):
        conn.execute(statement)
    conn.execute(
        "INSERT INTO vote (id, round_id, participant_id, note_id, cluster_id, created_at, "
        "updated_at) SELECT id, ?, participant_id, note_id, cluster_id, created_at, updated_at "
        "FROM vote_v1",
        (round_id,),
    )
    conn.execute("DROP TABLE vote_v1")
    conn.execute("ALTER TABLE note ADD COLUMN origin_asset_id VARCHAR REFERENCES asset (id)")
    conn.execute("ALTER TABLE persona ADD COLUMN colour VARCHAR NOT NULL DEFAULT '#5c6bc0'")
    conn.execute("ALTER TABLE persona ADD COLUMN evidence_pool VARCHAR NOT NULL DEFAULT '[]'")


#: from-version -> the step that brings a file to from-version + 1.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}

#: Oldest version this program can bring forward.
OLDEST_VERSION = 1

assert max(STEPS) + 1 == schema.SCHEMA_VERSION, "every version needs a migration step"


def backup_path_for(path: Path, version: int) -> Path:
    candidate = path.with_name(f"{path.stem}.before-v{schema.SCHEMA_VERSION}{path.suffix}")
    if candidate.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        candidate = path.with_name(
            f"{path.stem}.before-v{schema.SCHEMA_VERSION}-{stamp}{path.suffix}"
        )
    return candidate


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database, through SQLite's backup API.

    The copy is written under a temporary name and renamed into place once complete, so
    a copy interrupted half-way (the program killed, the disk full) never sits there
    under the name of a good one."""
    partial = target.with_name(target.name + ".part")
    for leftover in (partial, Path(f"{partial}-journal")):
        leftover.unlink(missing_ok=True)
    copy = sqlite3.connect(partial)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    os.replace(partial, target)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Bring an open connection from ``from_version`` to the current schema, in one
    transaction. The caller has made the backup copy (unless migrating a copy in memory)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Rebuilding a table must not trip over the foreign keys that point at it.
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for version in range(from_version, schema.SCHEMA_VERSION):
            STEPS[version](conn)
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise sqlite3.IntegrityError(f"migration left {len(problems)} broken references")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
