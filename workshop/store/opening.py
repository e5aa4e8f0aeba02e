"""Deciding whether a file may be opened, before anything is written to it.

A workshop file from someone else is untrusted input. Opening checks, in order, and
refuses with one line in the facilitator's words, without touching the file:

1. it exists and is a SQLite database (the 16-byte header);
2. it can be written, when opened for editing (otherwise: offer read-only viewing);
3. no other running copy of the program has it open for editing;
4. it is a workshop (``application_id``) of a version we can read (``user_version``);
5. it holds no triggers, views or indexes we did not create;
6. it passes SQLite's quick integrity check and its references are whole.

Only then is a connection opened for editing (or a copy made in memory for viewing).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from workshop.domain.file_kinds import kind_of
from workshop.errors import (
    DamagedWorkshopFile,
    NewerWorkshopFile,
    NotAWorkshopFile,
    ReadOnlyWorkshopFile,
    UntrustedWorkshopFile,
    WorkshopError,
    WorkshopInUse,
)
from workshop.store import locking, migrations, schema

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    return f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


def _nothing_pending(path: Path) -> bool:
    """True when everything in the workshop is in the file itself: no write-ahead log and no
    rollback journal beside it, so no program has changes on the way (a program editing it
    in WAL mode keeps a ``-wal`` file while it is open). The file can then be read as
    immutable: SQLite makes no ``-wal``/``-shm`` files of its own beside it, which a
    read-only connection would leave behind (``info`` and ``check`` would litter the
    facilitator's folder), and which read-only media would not allow at all. The files
    are looked for beside the file itself (not beside a link to it), and a file some
    program holds open for editing is never taken as settled."""
    real = path.resolve()
    return (
        not Path(f"{real}-wal").exists()
        and not Path(f"{real}-journal").exists()
        and not locking.open_for_editing(real)
    )


def check_not_edited_by_another_name(path: Path) -> None:
    """Refuse a look at a workshop that is open for editing under another name (a hard
    link): SQLite keeps its log beside the name it was opened by, so from this name the
    latest changes cannot be read, and SQLite would call the file damaged."""
    real = path.resolve()
    if locking.open_for_editing(real) and not Path(f"{real}-wal").exists():
        raise WorkshopInUse(
            "this workshop is open for editing under another file name; "
            "close it there first, then look at it again",
            where=str(path),
        )


def connect_for_checks(path: Path) -> sqlite3.Connection:
    """A read-only connection that never runs code from the file's schema."""
    uri = read_only_uri(path, immutable=_nothing_pending(path))
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def check_header(path: Path) -> None:
    where = str(path)
    if not path.exists():
        raise WorkshopError("there is no such file", where=where)
    kind = kind_of(path.stat().st_mode)
    if kind is not None:
        words = "a folder, not" if kind == "a folder" else f"not a regular file ({kind}), so not"
        raise NotAWorkshopFile(f"this is {words} a workshop file", where=where)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise WorkshopError(f"the file cannot be read ({error.strerror})", where=where) from None
    if not header:
        raise NotAWorkshopFile("the file is empty; it is not a workshop file", where=where)
    if not header.startswith(SQLITE_HEADER):
        raise NotAWorkshopFile(
            "this is not a workshop file (it is not a Persona Workshop database)", where=where
        )
    if len(header) < 100:
        raise DamagedWorkshopFile(
            "the file is cut short; it may have been copied only in part", where=where
        )


def check_writable(path: Path) -> None:
    folder = path.resolve().parent
    if not os.access(path, os.W_OK):
        raise ReadOnlyWorkshopFile(
            "the file is read-only; you can open it read-only to view it, or save a copy elsewhere",
            where=str(path),
        )
    if not os.access(folder, os.W_OK):
        raise ReadOnlyWorkshopFile(
            "the folder it is in cannot be written to (read-only media?); "
            "you can open it read-only to view it, or save a copy elsewhere",
            where=str(path),
        )


def inspect(conn: sqlite3.Connection, path: Path) -> int:
    """Check an open (read-only) connection; returns the file's schema version."""
    where = str(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as error:
        raise DamagedWorkshopFile(
            f"the file is damaged and cannot be read ({error})", where=where
        ) from None
    if app_id != schema.APPLICATION_ID:
        raise NotAWorkshopFile(
            "this is a database from another program, not a workshop file", where=where
        )
    if version > schema.SCHEMA_VERSION:
        raise NewerWorkshopFile(
            f"this workshop was saved by a newer version of Persona Workshop (file format "
            f"{version}; this version reads up to {schema.SCHEMA_VERSION}); "
            "please update the program",
            where=where,
        )
    if version < migrations.OLDEST_VERSION:
        raise NotAWorkshopFile("this workshop file has no known format version", where=where)
    expected_indexes = schema.expected_indexes()
    for kind, name, _table in objects:
        if kind in ("trigger", "view"):
            raise UntrustedWorkshopFile(
                f"the file contains a {kind} ({name!r}) that Persona Workshop did not create; "
                "it was refused for safety",
                where=where,
            )
        if (
            kind == "index"
            and not name.startswith("sqlite_autoindex_")
            and name not in expected_indexes
        ):
            raise UntrustedWorkshopFile(
                f"the file contains an index ({name!r}) that Persona Workshop did not create; "
                "it was refused for safety",
                where=where,
            )
    tables = {name for kind, name, _t in objects if kind == "table"}
    needed = set(schema.CONTENT_TABLES) - ({"vote_round"} if version < 2 else set())
    missing = sorted(needed - tables)
    if missing:
        raise DamagedWorkshopFile(
            f"the file is missing parts of a workshop ({', '.join(missing)})", where=where
        )
    if version == schema.SCHEMA_VERSION:
        check_columns(conn, where)
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(1)
        rows = conn.execute("SELECT COUNT(*) FROM workshop").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise DamagedWorkshopFile(
            f"the file is damaged and cannot be read ({error})", where=where
        ) from None
    if result != [("ok",)]:
        raise DamagedWorkshopFile(
            "the file is damaged (it fails SQLite's integrity check); "
            "try File > Restore from backup",
            where=where,
        )
    if broken:
        table, _rowid, parent, _fk = broken[0]
        raise DamagedWorkshopFile(
            f"the file is damaged: some {table} rows point at {parent} rows that do not exist",
            where=where,
        )
    if rows != 1:
        raise DamagedWorkshopFile("the file does not hold exactly one workshop", where=where)
    if version == schema.SCHEMA_VERSION:
        check_references(conn, where)
    return int(version)


def check_columns(conn: sqlite3.Connection, where: str) -> None:
    """Every table has every column the program reads (a file edited by another tool may not)."""
    for name in schema.ALL_TABLES:
        present = {row[1] for row in conn.execute(f"PRAGMA table_info({name})")}
        missing = [c for c in schema.columns(name) if c not in present]
        if missing:
            raise DamagedWorkshopFile(
                f"the file is missing parts of a workshop ({name}: {', '.join(missing)})",
                where=where,
            )


def check_references(conn: sqlite3.Connection, where: str) -> None:
    """References checked against the program's own schema, not the file's declarations
    (a file can declare no foreign keys at all, and then SQLite checks nothing)."""
    for child, columns in schema.FOREIGN_KEYS.items():
        for column, parent in columns.items():
            broken = conn.execute(
                f'SELECT 1 FROM {child} WHERE "{column}" IS NOT NULL AND "{column}" NOT IN '
                f"(SELECT id FROM {parent}) LIMIT 1"
            ).fetchone()
            if broken:
                raise DamagedWorkshopFile(
                    f"the file is damaged: some {child} rows point at {parent} rows that do "
                    "not exist",
                    where=where,
                )


def validate(path: Path) -> int:
    """All read-only checks of an existing file; returns its schema version."""
    check_header(path)
    try:
        conn = connect_for_checks(path)
    except sqlite3.DatabaseError as error:
        raise DamagedWorkshopFile(f"the file cannot be opened ({error})", where=str(path)) from None
    try:
        return inspect(conn, path)
    except sqlite3.DatabaseError as error:  # e.g. "file is not a database" on a bad page
        raise DamagedWorkshopFile(f"the file is damaged ({error})", where=str(path)) from None
    finally:
        conn.close()


def configure(conn: sqlite3.Connection, *, wal: bool = True) -> None:
    """Settings for every connection that edits a workshop."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cell_size_check = ON")
    # Up to 32 MB of the file kept in memory (SQLite's default is 2 MB): a workshop of
    # thousands of notes then reads from memory each time the board or a panel reads it.
    conn.execute("PRAGMA cache_size = -32000")
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a change the program has reported saved survives a power cut too.
    conn.execute("PRAGMA synchronous = FULL")
