"""A corpus of hostile workshop files, written by the tests.

Each entry makes one file the way a damaged disk, another program, a newer version of
ours or an attacker could, and says what opening it must do: be ``refused`` with a
``WorkshopError`` of a given kind whose message says certain words, or ``opens`` safely.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.errors import (
    DamagedWorkshopFile,
    NewerWorkshopFile,
    NotAWorkshopFile,
    UntrustedWorkshopFile,
    WorkshopError,
)
from workshop.store import create_workshop, schema

#: Where a trigger in a hostile file would like to write, if it ever ran.
CANARY = "canary.txt"


def good_workshop(path: Path, notes: int = 40) -> Path:
    """A real workshop with a bit of everything, as the program writes it."""
    wf = create_workshop(path, "Budgeting app research")
    source = wf.add_source("Interview 1").created[0]
    ann = wf.add_participant("Ann").created[0]
    ids = wf.add_notes(
        [{"text": f"Evidence {i}", "source_id": source, "x": 180.0 * i} for i in range(notes)]
    ).created
    cluster = wf.group_into_cluster(ids[:3], "Irregular income").created[0]
    persona = wf.add_persona("Time-poor planner").created[0]
    item = wf.add_item(persona, "goal", "Finish the weekly review fast").created[0]
    wf.link_evidence(item, note_ids=ids[3:5], cluster_ids=[cluster])
    round_id = wf.add_vote_round("Pains").created[0]
    wf.cast_vote(round_id, ann, note_id=ids[0])
    wf.close()
    return path


def sql(path: Path, *statements: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement, params if "?" in statement else ())
    finally:
        conn.close()


def _bytes(data: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data)

    return make


def _truncated(fraction: float) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        good_workshop(path)
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])

    return make


def _zeroed_pages(path: Path) -> None:
    good_workshop(path, notes=400)
    data = bytearray(path.read_bytes())
    page = 4096
    middle = len(data) // page // 2
    for n in (middle, middle + 1, middle + 5):
        data[n * page : (n + 1) * page] = bytes(page)
    path.write_bytes(bytes(data))


def _zeroed_first_page(path: Path) -> None:
    good_workshop(path)
    data = bytearray(path.read_bytes())
    data[:4096] = bytes(4096)
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    sql(
        path,
        "CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT, data BLOB)",
        "INSERT INTO photos (caption) VALUES ('holiday')",
    )


def _ours_but_no_version(path: Path) -> None:
    good_workshop(path)
    sql(path, "PRAGMA user_version = 0")


def _newer(path: Path) -> None:
    good_workshop(path)
    sql(path, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")


def _with(*statements: str) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        good_workshop(path)
        sql(path, *statements)

    return make


def _malicious_trigger(path: Path) -> None:
    """A trigger that, the first time anything is read or written, would copy every note
    into a table of its own and plant a second trigger; and one that fires on open-time
    housekeeping (app_state) to try to reach a file next door."""
    good_workshop(path)
    canary = path.parent / CANARY
    sql(
        path,
        "CREATE TABLE loot (id TEXT, text TEXT)",
        "CREATE TRIGGER note_housekeeping AFTER UPDATE ON note BEGIN "
        "INSERT INTO loot SELECT id, text FROM note; END",
        "CREATE TRIGGER on_view_state AFTER INSERT ON app_state BEGIN "
        f"SELECT load_extension('{canary}'); "
        f"SELECT writefile('{canary}', 'pwned'); END",
    )


def _trigger_in_the_wal(path: Path) -> None:
    """The trigger hides in the write-ahead log beside the file, not in the file itself,
    and a forged session record claims the log is the file's own (without the record the
    log is set aside unread: tests/store/test_leftover_logs.py)."""
    good_workshop(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        (session,) = conn.execute(
            "SELECT value FROM app_state WHERE key = 'store.session'"
        ).fetchone()
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("CREATE TRIGGER hidden AFTER INSERT ON note BEGIN DELETE FROM note; END")
        shutil.copy(path, path.with_name("copy.tmp"))
        shutil.copy(f"{path}-wal", path.with_name("copy.tmp-wal"))
    finally:
        conn.close()
    os.replace(path.with_name("copy.tmp"), path)
    os.replace(path.with_name("copy.tmp-wal"), f"{path}-wal")
    Path(f"{path}-session").write_text(json.dumps({"session": session}), encoding="utf-8")


def _spelled(kind: str, create: str, name: str) -> Callable[[Path], None]:
    """An object whose type SQLite reads in any case, written in upper case."""

    def make(path: Path) -> None:
        good_workshop(path)
        sql(
            path,
            create,
            "PRAGMA writable_schema = ON",
            f"UPDATE sqlite_master SET type = '{kind}' WHERE name = '{name}'",
            "PRAGMA writable_schema = OFF",
        )

    return make


def _two_workshops(path: Path) -> None:
    good_workshop(path)
    sql(
        path,
        "INSERT INTO workshop SELECT 'second', title, goal, decisions, product, "
        "target_segments, metrics, stage, settings, created_at, updated_at FROM workshop",
    )


def _broken_references(path: Path) -> None:
    good_workshop(path)
    sql(
        path,
        "UPDATE note SET cluster_id = 'no-such-cluster' WHERE rowid = 5",
        "UPDATE evidence_link SET item_id = 'no-such-item' WHERE rowid = 1",
    )


def _absurd_geometry(path: Path) -> None:
    good_workshop(path)
    sql(
        path,
        "UPDATE note SET x = 'NaN', y = 1e999, w = -5, h = 9e300, z = 'top' WHERE rowid = 1",
        "UPDATE note SET x = 1e308, y = -1e308, z = -1e999 WHERE rowid = 2",
        "UPDATE note SET x = 'left', y = 'up', w = 'wide', h = X'00ff' WHERE rowid = 3",
        "UPDATE note SET w = 0, h = 1e-300, x = -9e15 WHERE rowid = 4",
        "UPDATE cluster SET x = 'NaN', y = 1e999, w = 'wide', h = -1, z = 'behind'",
    )


def _control_characters(path: Path) -> None:
    good_workshop(path)
    sql(
        path,
        "UPDATE note SET text = ? WHERE rowid = 1",
        params=("bell\x07 nul\x00 esc\x1b[31mred\x1b[0m rtl\u202eevil\u202c <b>bold</b>",),
    )
    sql(path, "UPDATE note SET text = CAST(X'4f6bff80fe21' AS TEXT) WHERE rowid = 2")
    sql(path, "UPDATE persona SET name = CAST(X'c328' AS TEXT), quote = ?", params=("\x00" * 50,))
    sql(path, "UPDATE workshop SET title = ?", params=("Title\nwith\r\nbreaks\u2028and\tTabs",))


def _junk_values(path: Path) -> None:
    """Values of the wrong kind everywhere a form field lives."""
    good_workshop(path)
    sql(
        path,
        "UPDATE workshop SET stage = 'party', decisions = '{not json', metrics = '42', "
        "settings = '[1, 2]'",
        "UPDATE source SET kind = 'telepathy', date = 'yesterday'",
        "UPDATE persona SET status = 'immortal', template = 7, last_reviewed = '2024-13-45', "
        "evidence_pool = 'null', position = 'first'",
        "UPDATE persona_item SET section = 'astrology', metric_kind = 'vibes', position = 1e999",
        "UPDATE vote_round SET target = 'people', votes_per_participant = -3",
        "UPDATE note SET colour = ''",
    )


def _huge_blobs(path: Path) -> None:
    good_workshop(path)
    blob = os.urandom(1024) * (24 * 1024)  # 24 MB of picture that is no picture
    sql(
        path,
        "INSERT INTO asset VALUES ('big', 'not-a-hash', 'image/png', 100000, 100000, ?, "
        "'2024-01-01', '2024-01-01')",
        params=(blob,),
    )
    sql(
        path,
        "UPDATE note SET asset_id = 'big', text = ? WHERE rowid = 1",
        params=("w" * NOTE_TEXT_MAX,),
    )


def _note_too_long(path: Path) -> None:
    good_workshop(path)
    sql(path, "UPDATE note SET text = ? WHERE rowid = 1", params=("w" * 2_000_000,))


@dataclass(frozen=True)
class Hostile:
    name: str
    make: Callable[[Path], None]
    #: What opening must do: refuse with this error (and words), or open (None).
    error: type[WorkshopError] | None
    words: str = ""


CORPUS: tuple[Hostile, ...] = (
    Hostile(
        "text file", _bytes(b"Interview with Maria\n" * 200), NotAWorkshopFile, "not a workshop"
    ),
    Hostile(
        "png picture",
        _bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(5000)),
        NotAWorkshopFile,
        "not a workshop",
    ),
    Hostile("empty file", _bytes(b""), NotAWorkshopFile, "empty"),
    Hostile(
        "sqlite header only",
        _bytes(b"SQLite format 3\x00" + bytes(40)),
        DamagedWorkshopFile,
        "cut short",
    ),
    Hostile(
        "header and random pages",
        _bytes(b"SQLite format 3\x00" + os.urandom(8192)),
        DamagedWorkshopFile,
        "damaged",
    ),
    Hostile("truncated to half", _truncated(0.5), DamagedWorkshopFile, "damaged"),
    Hostile("truncated to a page", _truncated(4096 / 200_000), DamagedWorkshopFile, "damaged"),
    Hostile("zeroed pages", _zeroed_pages, DamagedWorkshopFile, "damaged"),
    Hostile("zeroed first page", _zeroed_first_page, NotAWorkshopFile, "not a workshop"),
    Hostile("foreign sqlite database", _foreign, NotAWorkshopFile, "another program"),
    Hostile("no format version", _ours_but_no_version, NotAWorkshopFile, "no known format version"),
    Hostile("newer schema version", _newer, NewerWorkshopFile, "newer version"),
    Hostile(
        "extra trigger",
        _with("CREATE TRIGGER audit AFTER DELETE ON note BEGIN SELECT 1; END"),
        UntrustedWorkshopFile,
        "trigger",
    ),
    Hostile(
        "extra view",
        _with("CREATE VIEW everything AS SELECT * FROM note"),
        UntrustedWorkshopFile,
        "view",
    ),
    Hostile(
        "extra index",
        _with("CREATE INDEX ix_note_secret ON note (text)"),
        UntrustedWorkshopFile,
        "index",
    ),
    Hostile("malicious trigger", _malicious_trigger, UntrustedWorkshopFile, "refused for safety"),
    Hostile("trigger hidden in the wal", _trigger_in_the_wal, UntrustedWorkshopFile, "trigger"),
    Hostile(
        "upper-case TRIGGER on app_state",
        _spelled(
            "TRIGGER",
            "CREATE TRIGGER wipe AFTER INSERT ON app_state BEGIN DELETE FROM evidence_link; "
            "UPDATE note SET text = 'gone'; END",
            "wipe",
        ),
        UntrustedWorkshopFile,
        "a trigger ('wipe')",
    ),
    Hostile(
        "Trigger on note",
        _spelled(
            "Trigger",
            "CREATE TRIGGER wipe AFTER INSERT ON note BEGIN DELETE FROM note; END",
            "wipe",
        ),
        UntrustedWorkshopFile,
        "a trigger ('wipe')",
    ),
    Hostile(
        "upper-case VIEW",
        _spelled("VIEW", "CREATE VIEW everything AS SELECT * FROM note", "everything"),
        UntrustedWorkshopFile,
        "a view",
    ),
    Hostile(
        "upper-case INDEX",
        _spelled("INDEX", "CREATE INDEX ix_note_text ON note (text)", "ix_note_text"),
        UntrustedWorkshopFile,
        "an index",
    ),
    Hostile(
        "unique index under our name",
        _with(
            "DROP INDEX ix_evidence_link_note_id",
            "CREATE UNIQUE INDEX ix_evidence_link_note_id ON evidence_link (note_id)",
        ),
        UntrustedWorkshopFile,
        "did not write",
    ),
    Hostile("note longer than a note may be", _note_too_long, DamagedWorkshopFile, "more than"),
    Hostile(
        "missing tables", _with("DROP TABLE evidence_link"), DamagedWorkshopFile, "missing parts"
    ),
    Hostile(
        "two workshops in one file", _two_workshops, DamagedWorkshopFile, "exactly one workshop"
    ),
    Hostile("broken foreign keys", _broken_references, DamagedWorkshopFile, "point at"),
    Hostile("absurd geometry", _absurd_geometry, None),
    Hostile("control characters and broken text", _control_characters, None),
    Hostile("junk values in every field", _junk_values, None),
    Hostile("huge blobs", _huge_blobs, None),
)
