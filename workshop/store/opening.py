"""Deciding whether a file may be opened, before anything is written to it.

A workshop file from someone else is untrusted input. Opening checks, in order, and
refuses with one line in the facilitator's words, without touching the file:

1. it exists and is a SQLite database (the 16-byte header);
2. it can be written, when opened for editing (otherwise: offer read-only viewing);
3. no other running copy of the program has it open for editing;
4. it is a workshop (``application_id``) of a version we can read (``user_version``);
5. its tables and indexes are exactly those its version defines, nothing more or less
   (``allow_list``): no trigger or view can be in it, so nothing in it can ever run;
6. it passes SQLite's quick integrity check, its references are whole, every row has an
   id of its own, and no note is longer than a note may be.

A change log (``-wal``) beside the file is read with it only when it is the file's own
(``logs``); the checks read through a connection that cannot write and leaves nothing
beside the file. Only then is a connection opened for editing (or a copy made in memory
for viewing); a file of an older version is brought forward into a new file first
(``migrations.migrate_file``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from workshop.domain.file_kinds import FileKind, in_words, kind_of
from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.errors import (
    DamagedWorkshopFile,
    NewerWorkshopFile,
    NotAWorkshopFile,
    ReadOnlyWorkshopFile,
    WorkshopError,
    WorkshopInUse,
)
from workshop.i18n import _, grouped
from workshop.store import allow_list, locking, logs, migrations, schema

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def check_not_edited_by_another_name(path: Path) -> None:
    """Refuse a look at a workshop that is open for editing under another name (a hard
    link): SQLite keeps its log beside the name it was opened by, so from this name the
    latest changes cannot be read, and SQLite would call the file damaged."""
    real = path.resolve()
    if locking.open_for_editing(real) and not Path(f"{real}-wal").exists():
        raise WorkshopInUse(
            _(
                "this workshop is open for editing under another file name; close it there "
                "first, then look at it again"
            ),
            where=str(path),
        )


def unreadable(error: sqlite3.DatabaseError, where: str) -> DamagedWorkshopFile:
    """A workshop file SQLite cannot read, in words; SQLite's own ("database disk image is
    malformed") as the details (the window shows them on request, the command line after)."""
    return DamagedWorkshopFile(
        _("the file is damaged (part of it cannot be read); try File > Restore from Backup"),
        where=where,
        details=f"SQLite: {error}",
    )


def check_header(path: Path) -> None:
    where = str(path)
    if not path.exists():
        raise WorkshopError(_("there is no such file"), where=where)
    kind = kind_of(path.stat().st_mode)
    if kind is FileKind.FOLDER:
        raise NotAWorkshopFile(_("this is a folder, not a workshop file"), where=where)
    if kind is not None:
        raise NotAWorkshopFile(
            _("this is not a regular file ({kind}), so not a workshop file").format(
                kind=in_words(kind)
            ),
            where=where,
        )
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise WorkshopError(
            _("the file cannot be read ({problem})").format(problem=error.strerror), where=where
        ) from None
    if not header:
        raise NotAWorkshopFile(_("the file is empty; it is not a workshop file"), where=where)
    if not header.startswith(SQLITE_HEADER):
        raise NotAWorkshopFile(
            _("this is not a workshop file (it is not a Persona Workshop database)"), where=where
        )
    if len(header) < 100:
        raise DamagedWorkshopFile(
            _("the file is cut short; it may have been copied only in part"), where=where
        )


def check_writable(path: Path) -> None:
    folder = path.resolve().parent
    if not os.access(path, os.W_OK):
        raise ReadOnlyWorkshopFile(
            _(
                "the file is read-only; you can open it read-only to view it, or save a copy "
                "elsewhere"
            ),
            where=str(path),
        )
    if not os.access(folder, os.W_OK):
        raise ReadOnlyWorkshopFile(
            _(
                "the folder it is in cannot be written to (read-only media?); you can open it "
                "read-only to view it, or save a copy elsewhere"
            ),
            where=str(path),
        )


def inspect(conn: sqlite3.Connection, path: Path) -> int:
    """Check an open (read-only) connection; returns the file's schema version."""
    where = str(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the schema reads
    except sqlite3.DatabaseError as error:
        raise unreadable(error, where) from None
    if app_id != schema.APPLICATION_ID:
        raise NotAWorkshopFile(
            _("this is a database from another program, not a workshop file"), where=where
        )
    if version > schema.SCHEMA_VERSION:
        raise NewerWorkshopFile(
            _(
                "this workshop was saved by a newer version of Persona Workshop (file format "
                "{version}; this version reads up to {newest}); please update the program"
            ).format(version=version, newest=schema.SCHEMA_VERSION),
            where=where,
        )
    if version < migrations.OLDEST_VERSION:
        raise NotAWorkshopFile(_("this workshop file has no known format version"), where=where)
    allow_list.check(conn, int(version), where)
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
        broken = conn.execute("PRAGMA foreign_key_check").fetchmany(1)
        rows = conn.execute("SELECT COUNT(*) FROM workshop").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise unreadable(error, where) from None
    if result != [("ok",)]:
        raise DamagedWorkshopFile(
            _(
                "the file is damaged (it fails SQLite's integrity check); try File > Restore "
                "from backup"
            ),
            where=where,
        )
    if broken:
        table, _rowid, parent, _fk = broken[0]
        raise DamagedWorkshopFile(
            _damaged_reference(table, parent),
            where=where,
        )
    if rows != 1:
        raise DamagedWorkshopFile(_("the file does not hold exactly one workshop"), where=where)
    check_ids(conn, int(version), where)
    check_note_length(conn, where)
    if version == schema.SCHEMA_VERSION:
        check_references(conn, where)
        check_question_length(conn, where)
    return int(version)


def _damaged_reference(child: str, parent: str) -> str:
    """Why a file whose ``child`` rows point at missing ``parent`` rows is refused (the
    table names as they are in the file)."""
    return _(
        "the file is damaged: some {child} rows point at {parent} rows that do not exist"
    ).format(child=child, parent=parent)


def check_ids(conn: sqlite3.Connection, version: int, where: str) -> None:
    """Every row has an id and no two rows of a table share one. The declared PRIMARY KEY
    says so, but a file written by another tool can hold rows its index does not know
    about; the table itself is read (``NOT INDEXED``), not its index."""
    tables = sorted(
        entry.name
        for entry in allow_list.expected_shapes(version)[0].values()
        if entry.kind == "table"
    )
    for table in tables:
        key = "key" if table == "app_state" else "id"
        empty, repeated = conn.execute(
            f'SELECT COUNT(*) - COUNT("{key}"), COUNT("{key}") - COUNT(DISTINCT "{key}") '
            f"FROM {table} NOT INDEXED"
        ).fetchone()
        what = table.replace("_", " ")
        if empty:
            raise DamagedWorkshopFile(
                _("the file is damaged: {count} {table} row(s) have no {key}").format(
                    count=empty, table=what, key=key
                ),
                where=where,
            )
        if repeated:
            (shared,) = conn.execute(
                f'SELECT "{key}" FROM {table} NOT INDEXED GROUP BY "{key}" '
                "HAVING COUNT(*) > 1 LIMIT 1"
            ).fetchone()
            raise DamagedWorkshopFile(
                _("the file is damaged: several {table} rows share the {key} {value}").format(
                    table=what, key=key, value=repr(shared)
                ),
                where=where,
            )


def check_note_length(conn: sqlite3.Connection, where: str) -> None:
    """No note holds more text than a note may (``NOTE_TEXT_MAX``): a file with a 100 MB
    note would otherwise take minutes and gigabytes to show or print."""
    row = conn.execute(
        "SELECT id, length(text) FROM note WHERE length(text) > ? LIMIT 1", (NOTE_TEXT_MAX,)
    ).fetchone()
    if row is not None:
        raise DamagedWorkshopFile(
            _(
                "the note {id} holds {count} characters of text, more than the {limit} a note "
                "may hold; the file was refused"
            ).format(id=repr(row[0]), count=grouped(row[1]), limit=grouped(NOTE_TEXT_MAX)),
            where=where,
        )


def check_question_length(conn: sqlite3.Connection, where: str) -> None:
    """No note's question (version 3 on) is longer than a note may be, for the same reason."""
    row = conn.execute(
        "SELECT id, length(question) FROM note WHERE length(question) > ? LIMIT 1",
        (NOTE_TEXT_MAX,),
    ).fetchone()
    if row is not None:
        raise DamagedWorkshopFile(
            _(
                "the note {id} has a question of {count} characters, more than the {limit} a "
                "note may hold; the file was refused"
            ).format(id=repr(row[0]), count=grouped(row[1]), limit=grouped(NOTE_TEXT_MAX)),
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
                    _damaged_reference(child, parent),
                    where=where,
                )


def validate(path: Path, *, locked: bool = False) -> int:
    """All read-only checks of an existing file (with its own change log, if one lies
    beside it); returns its schema version. ``locked``: the caller holds the edit lock."""
    check_header(path)
    with checking(path, locked=locked) as conn:
        return inspect(conn, path)


@contextlib.contextmanager
def checking(path: Path, *, locked: bool = False) -> Iterator[sqlite3.Connection]:
    """A connection to the workshop that cannot write, runs nothing from the file's
    schema and leaves nothing beside it (see ``logs.reading_source``). Database errors
    while it is used are the file's damage."""
    try:
        source = logs.reading_source(path, locked=locked)
    except sqlite3.DatabaseError as error:
        raise DamagedWorkshopFile(
            _("the file cannot be opened ({problem})").format(problem=error), where=str(path)
        ) from None
    except OSError as error:
        raise WorkshopError(
            _("the file cannot be read ({problem})").format(problem=error.strerror),
            where=str(path),
        ) from None
    try:
        source.conn.execute("PRAGMA trusted_schema = OFF")
        source.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        yield source.conn
    except sqlite3.DatabaseError as error:  # e.g. "file is not a database" on a bad page
        raise DamagedWorkshopFile(
            _("the file is damaged ({problem})").format(problem=error), where=str(path)
        ) from None
    finally:
        source.close()


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
