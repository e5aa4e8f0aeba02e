"""Forward migrations of the workshop file, one step per schema version.

Each step builds its version's tables from the definitions frozen for that version in
``schema_history`` (never from today's ``schema.py``), so a later change to a table cannot
reshape an old file on its way forward. A file is never migrated in place: the migrated
workshop is built in a temporary file beside it, checked in full, and swapped in, the
original bytes kept as ``NAME.before-vN.pwshop``, N the current version (see
``migrate_file``). All steps run in one transaction.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.store import schema, schema_history
from workshop.store.locking import EditLock


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _statements(script: str) -> dict[str, list[str]]:
    """A frozen definition script, split per table: its CREATE TABLE then its indexes."""
    by_table: dict[str, list[str]] = {}
    for statement in (part.strip() for part in script.split(";")):
        if not statement:
            continue
        words = statement.split()
        table = words[2] if words[1].upper() == "TABLE" else words[words.index("ON") + 1]
        by_table.setdefault(table, []).append(statement)
    return by_table


def _rebuild(conn: sqlite3.Connection, table: str, definitions: list[str], copy: str) -> None:
    """Give ``table`` its new definition (SQLite's recipe for changes ALTER TABLE cannot
    make): create it under a new name, copy the rows with ``copy`` (a SELECT from the old
    table giving the new columns in order), drop the old table, rename the new one, then
    make its indexes. References from other tables keep naming ``table`` throughout."""
    create, *indexes = definitions
    interim = f"{table}_new"
    conn.execute(create.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {interim} (", 1))
    conn.execute(f"INSERT INTO {interim} {copy}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {interim} RENAME TO {table}")
    for statement in indexes:
        conn.execute(statement)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Version 2 brought voting rounds, crops of wall photos, persona colours and the
    evidence pool a persona was drafted from.

    - ``vote_round`` is new; the votes of a v1 file go into one round named "Votes".
    - ``vote.round_id`` is new and required; ``note.origin_asset_id``, ``persona.colour``
      and ``persona.evidence_pool`` are new: these three tables are rebuilt with their
      version-2 definitions (``schema_history.V2``), so a migrated file has exactly the
      tables of a file made new by version 2.
    """
    v2 = _statements(schema_history.V2)
    for statement in v2["vote_round"]:
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
    _rebuild(
        conn,
        "vote",
        v2["vote"],
        "SELECT id, " + ("NULL" if round_id is None else f"'{round_id}'") + ", participant_id, "
        "note_id, cluster_id, created_at, updated_at FROM vote",
    )
    _rebuild(
        conn,
        "note",
        v2["note"],
        "SELECT id, text, x, y, w, h, z, colour, source_id, author_id, cluster_id, asset_id, "
        "NULL, created_at, updated_at FROM note",
    )
    _rebuild(
        conn,
        "persona",
        v2["persona"],
        "SELECT id, name, archetype, quote, role_context, photo_asset_id, status, template, "
        "last_reviewed, owner, segment_name, segment_size, segment_size_source, '#5c6bc0', "
        "position, '[]', created_at, updated_at FROM persona",
    )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Version 3 made research respondents and studies first-class, and a note's question.

    - ``study`` and ``respondent`` are new, and start empty;
    - ``source.study_id`` and ``source.respondent_id`` are new and stay empty (NULL) for
      every source of a v2 file: a v2 file never said which study or respondent a source
      belongs to, and nothing is guessed. (Making a study per source would invent rows
      with fresh ids in each breakout copy migrated on a different laptop, which a merge
      would then keep twice.) The check counts such a source by its identity, as v2 did;
      the facilitator can put sources into studies and respondents afterwards;
    - ``note.question`` is new and empty: a v2 import kept the question in the note's text,
      where it stays (the text is the facilitator's evidence, never rewritten by a
      migration).

    ``source``, ``note`` and ``persona`` are rebuilt with their version-3 definitions
    (``schema_history.V3``), so a migrated file has exactly the tables of a new one.
    """
    v3 = _statements(schema_history.V3)
    for table in ("study", "respondent"):
        for statement in v3[table]:
            conn.execute(statement)
    _rebuild(
        conn,
        "source",
        v3["source"],
        "SELECT id, kind, label, date, reference, notes, NULL, NULL, created_at, updated_at "
        "FROM source",
    )
    _rebuild(
        conn,
        "note",
        v3["note"],
        "SELECT id, text, x, y, w, h, z, colour, source_id, author_id, cluster_id, asset_id, "
        "origin_asset_id, '', created_at, updated_at FROM note",
    )
    # A v2 file brought forward by a release before the migrations were frozen has the v2
    # persona columns added at the end of its table (``V2_AS_FIRST_MIGRATED``): rebuilt by
    # name, it takes the one shape version 3 has.
    _rebuild(
        conn,
        "persona",
        v3["persona"],
        "SELECT id, name, archetype, quote, role_context, photo_asset_id, status, template, "
        "last_reviewed, owner, segment_name, segment_size, segment_size_source, colour, "
        "position, evidence_pool, created_at, updated_at FROM persona",
    )


#: from-version -> the step that brings a file to from-version + 1.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}

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


def migrate_file(path: Path, from_version: int, lock: EditLock) -> Path:
    """Bring the workshop file at ``path`` (checked, self-contained, its edit lock held)
    to the current version, never touching its bytes: the migrated workshop is built in
    a temporary file in the same folder, checked in full as a file of the current version,
    and only then swapped in; the original bytes are kept as ``NAME.before-vN.pwshop``.
    Any failure removes the temporary file and leaves the original as it was. Returns
    the name the original was kept under."""
    from workshop.store import opening  # opening checks files; it imports this module

    partial = path.with_name(f"{path.name}.v{schema.SCHEMA_VERSION}.part")
    kept = backup_path_for(path, from_version)
    kept_partial = kept.with_name(kept.name + ".part")
    try:
        _remove_with_side_files(partial)
        target = sqlite3.connect(partial, isolation_level=None)
        try:
            with opening.checking(path, locked=True) as source:
                source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.execute("PRAGMA foreign_keys = OFF")
            target.execute("PRAGMA trusted_schema = OFF")
            migrate(target, from_version)
            target.execute("PRAGMA journal_mode = WAL")
        finally:
            target.close()
        try:  # the whole file, checked as a file of the current version
            opening.validate(partial)
        except WorkshopError as error:
            raise sqlite3.DatabaseError(f"the result failed a check: {error.message}") from None
        _fsync(partial)
        shutil.copyfile(path, kept_partial)
        _fsync(kept_partial)
        os.replace(kept_partial, kept)
        lock.carry_over(partial)
        _fsync_folder(path.parent)
    except BaseException:
        _remove_with_side_files(partial)
        kept_partial.unlink(missing_ok=True)
        raise
    return kept


def _remove_with_side_files(path: Path) -> None:
    for name in (path, *(Path(f"{path}{s}") for s in ("-journal", "-wal", "-shm"))):
        name.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can sync a folder (Windows)
        _fsync(folder)
