"""Whose change log is this? A ``-wal`` beside a workshop is applied only if it is its own.

SQLite keeps the latest changes of a workshop open for editing in a write-ahead log
(``NAME.pwshop-wal``) and, after a crash, applies whatever log it finds beside the file
the next time it is opened. Nothing in the log says which database it belongs to: a log
left by a crash, beside a file that has since been replaced by a newer copy of the same
workshop (or by another database), would be applied over it silently, mixing old pages
into the new file. So the program records whose log it is:

- Each editing session has an id. When the session starts, a small side record
  (``NAME.pwshop-session``) is written beside the file with that id, the session id the
  file itself held then (``app_state`` key ``store.session``), and a short digest of each
  page of the file; it is removed when the session closes cleanly (the log is then folded
  in and gone).
- The first change of the session also writes the new id into the file (through
  triggers that live only in the editing connection, never in the file), in the same
  transaction, so the file on disk holds it as soon as the log is folded in.
- A log found beside a file nobody is editing is the file's own when the side record
  is there and the file is still the one that session was writing: the file holds the
  session's id (the log has been folded in at least once), or still the id it held when
  the session began and every page is as it was then or is a page the log holds (a
  folding-in cut short by the crash). Anything else is someone else's log:
  it is moved aside (``NAME.pwshop-wal.stale-TIME``), never applied, and the facilitator
  is told in words.

Read-only looks never move or make anything beside the file: an own log is read through
a copy in a private temporary folder, someone else's is ignored (and said so).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import struct
import sys
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from workshop.errors import WorkshopWriteFailed
from workshop.i18n import _
from workshop.store import locking, schema

log = logging.getLogger(__name__)

SESSION_KEY = "store.session"
_WAL_HEADER = 32
_FRAME_HEADER = 24
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_DIGEST = 8  # bytes of digest kept per page of the file


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def record_path(path: Path) -> Path:
    return Path(f"{path}-session")


def has_changes(wal: Path) -> bool:
    """True when ``wal`` is a write-ahead log holding at least one page (SQLite would
    apply it); an empty log, or one reset and never written again, holds nothing."""
    try:
        with wal.open("rb") as handle:
            header = handle.read(_WAL_HEADER)
            frame = handle.read(_FRAME_HEADER)
    except OSError:
        return False
    if len(header) < _WAL_HEADER or len(frame) < _FRAME_HEADER:
        return False
    magic = struct.unpack(">I", header[:4])[0]
    if magic not in _WAL_MAGIC:
        return True  # not a log SQLite would read; still not ours to ignore silently
    return header[16:24] == frame[8:16]  # the first frame belongs to this log's generation


def pending(path: Path) -> bool:
    """True when a log with changes lies beside the file (whoever it belongs to)."""
    return has_changes(wal_path(path.resolve()))


@dataclass(frozen=True)
class Verdict:
    """What a log beside a file nobody is editing is: ``own`` or not, and why."""

    own: bool
    reason: str


def _file_marker(path: Path) -> str | None:
    """The session id the file itself holds, read without any log."""
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        row = conn.execute("SELECT value FROM app_state WHERE key = ?", (SESSION_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return None if row is None else str(row[0])


def _read_record(path: Path) -> dict[str, object] | None:
    try:
        data = json.loads(record_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("session"), str) else None


def judge(path: Path) -> Verdict:
    """Decide whose log lies beside ``path`` (nobody is editing it)."""
    path = path.resolve()
    record = _read_record(path)
    if record is None:
        return Verdict(False, "no record of the session that wrote it")
    marker = _file_marker(path)
    if marker == record["session"]:
        return Verdict(True, "the file holds the session that wrote it")
    if marker != record.get("before"):
        return Verdict(False, "the file was written by another session since")
    if _only_log_pages_changed(path, record):
        return Verdict(True, "the file is as the session began, but for pages in its log")
    return Verdict(False, "the file was changed elsewhere since the session began")


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def page_digests(path: Path) -> bytes:
    """A short digest of every page of the file, in order."""
    digests = bytearray()
    with path.open("rb") as handle:
        size = _page_size(handle.read(100))
        handle.seek(0)
        while block := handle.read(size * 256):
            view = memoryview(block)
            for start in range(0, len(block), size):
                page = view[start : start + size]
                digests += hashlib.blake2b(page, digest_size=_DIGEST).digest()
    return bytes(digests)


def log_pages(wal: Path) -> tuple[int, set[int]]:
    """The page size of a log and the pages its current frames hold."""
    pages: set[int] = set()
    with wal.open("rb") as handle:
        header = handle.read(_WAL_HEADER)
        if len(header) < _WAL_HEADER:
            return 0, pages
        size = struct.unpack(">I", header[8:12])[0]
        while True:
            frame = handle.read(_FRAME_HEADER)
            if len(frame) < _FRAME_HEADER or frame[8:16] != header[16:24]:
                return size, pages
            pages.add(struct.unpack(">I", frame[:4])[0])
            handle.seek(size, os.SEEK_CUR)


def _only_log_pages_changed(path: Path, record: dict[str, object]) -> bool:
    """True when every page of the file is as it was when the session began, or is one
    the log holds (SQLite was folding the log in when the program stopped): the file is
    the one the session was writing. A newer copy from elsewhere differs in other pages."""
    try:
        start = base64.b64decode(str(record.get("pages", "")), validate=True)
        now = page_digests(path)
        size, in_log = log_pages(wal_path(path))
        with path.open("rb") as handle:
            file_size = _page_size(handle.read(100))
    except (OSError, ValueError):
        return False
    if not start or size != file_size:
        return False
    for index in range(len(now) // _DIGEST):
        digest = now[index * _DIGEST : (index + 1) * _DIGEST]
        if index + 1 not in in_log and digest != start[index * _DIGEST : (index + 1) * _DIGEST]:
            return False
    return True


@contextlib.contextmanager
def applied_copy(path: Path) -> Iterator[Path]:
    """A copy of the file and its log in a private temporary folder (SQLite applies the
    log there), removed afterwards: nothing is made or changed beside the file."""
    with tempfile.TemporaryDirectory(prefix="pwshop-") as folder:
        copy = Path(folder) / "workshop.pwshop"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal_path(path), wal_path(copy))
        yield copy


def stale_words(kept_as: Path | None) -> str:
    if kept_as is not None:
        return _(
            "a leftover change log from an older copy of this workshop (or from another file) "
            "was found; it was kept aside as {name}, not applied; the workshop was opened as "
            "the file holds it"
        ).format(name=kept_as.name)
    return _(
        "a leftover change log from an older copy of this workshop (or from another file) "
        "was found; it was not applied; the workshop was opened as the file holds it"
    )


def set_aside(path: Path) -> Path:
    """Move a log that is not the file's own out of SQLite's way; returns its new name."""
    path = path.resolve()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(f"{wal_path(path)}.stale-{stamp}")
    n = 2
    while target.exists():
        target = Path(f"{wal_path(path)}.stale-{stamp}-{n}")
        n += 1
    os.replace(wal_path(path), target)
    Path(f"{path}-shm").unlink(missing_ok=True)  # its index of the log, now meaningless
    record_path(path).unlink(missing_ok=True)
    return target


def _is_our_kind(path: Path) -> bool:
    """True when the file's header says it is a workshop of a version this program
    writes: only then is a log beside it ours to judge (another program's log, or a
    newer version's, is left to them)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    if len(header) < 100:
        return False
    version, app_id = struct.unpack(">I", header[60:64])[0], struct.unpack(">I", header[68:72])[0]
    return app_id == schema.APPLICATION_ID and 1 <= version <= schema.SCHEMA_VERSION


def settle_for_editing(path: Path) -> list[str]:
    """Before a file is checked for editing (its edit lock held): a log that is not its
    own is set aside. Returns what the facilitator should be told."""
    if not pending(path) or not _is_our_kind(path.resolve()):
        return []
    verdict = judge(path)
    if verdict.own:
        return []
    kept = set_aside(path)
    words = stale_words(kept)
    log.warning("%s: %s (%s)", path, words, verdict.reason)
    return [words]


@dataclass
class ReadingSource:
    """Where a read-only look reads the workshop from."""

    conn: sqlite3.Connection
    notices: list[str]
    _cleanup: contextlib.ExitStack

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        self._cleanup.close()


def reading_source(path: Path, *, locked: bool = False) -> ReadingSource:
    """A connection that reads the workshop as it stands, leaving nothing beside it.

    - nothing pending: the file itself, read as immutable (SQLite makes no side files);
    - someone editing it: read through their log (its side files are theirs already);
      ``locked`` says the caller holds the edit lock itself (it is about to edit);
    - an own log left by a crash: a private copy of file and log, with the log applied;
    - someone else's log: the file alone, and a word about the log."""
    real = path.resolve()
    stack = contextlib.ExitStack()
    notices: list[str] = []
    editing = not locked and locking.open_for_editing(real)
    uri = f"file:{quote(str(real))}?mode=ro"
    if editing:
        pass
    elif not pending(real) and not Path(f"{real}-journal").exists():
        uri += "&immutable=1"
    elif pending(real) and sys.platform == "win32":  # pragma: no cover - Windows only
        pass  # whether someone is editing cannot be asked there: read through the log
    elif pending(real) and judge(real).own:
        copy = stack.enter_context(applied_copy(real))
        uri = f"file:{quote(str(copy))}?mode=ro"
    elif pending(real):
        uri += "&immutable=1"
        notices.append(stale_words(None))
        log.warning("%s: %s", path, notices[-1])
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except BaseException:
        stack.close()
        raise
    return ReadingSource(conn, notices, stack)


# Sessions -----------------------------------------------------------------------------------
def start_session(path: Path, raw: sqlite3.Connection, lock: locking.EditLock) -> str:
    """Begin an editing session on an open connection (the file checked, its log folded
    in): record it beside the file, and have the first change write its id into the file."""
    real = path.resolve()
    with contextlib.suppress(sqlite3.Error):
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    session = str(uuid.uuid4())
    record = {
        "what": "Persona Workshop: the session whose change log may lie beside this file",
        "session": session,
        "before": _file_marker(real),
        "pages": base64.b64encode(page_digests(real)).decode("ascii"),
    }
    target = record_path(real)
    partial = Path(f"{target}.part")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(record, handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise WorkshopWriteFailed(
            _(
                "the workshop cannot be opened for editing: the record of this editing session "
                "could not be written beside it ({reason})"
            ).format(reason=(error.strerror or str(error)).lower()),
            where=str(path),
        ) from None
    lock.session_record = target
    _mark_on_first_change(raw, session)
    return session


def _mark_on_first_change(raw: sqlite3.Connection, session: str) -> None:
    """Triggers in the connection's own temporary schema (never in the file): the first
    row written in the session also writes the session id into ``app_state``, in the
    same transaction, then they fall silent."""
    raw.execute(
        "CREATE TEMP TABLE IF NOT EXISTS session_mark (pending INTEGER NOT NULL, session TEXT)"
    )
    raw.execute("DELETE FROM temp.session_mark")
    raw.execute("INSERT INTO temp.session_mark VALUES (1, ?)", (session,))
    tables = [
        row[0] for row in raw.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
    ]
    for table in tables:
        for event in ("INSERT", "UPDATE", "DELETE"):
            raw.execute(
                f"CREATE TEMP TRIGGER IF NOT EXISTS mark_{table}_{event.lower()} "
                f"AFTER {event} ON main.{table} "
                "WHEN (SELECT pending FROM temp.session_mark) "
                "BEGIN "
                "INSERT OR REPLACE INTO app_state (key, value) "
                f"VALUES ('{SESSION_KEY}', '{session}'); "
                "UPDATE session_mark SET pending = 0; "
                "END"
            )


def mark_before_many_rows(raw: sqlite3.Connection) -> None:
    """Inside a transaction about to write many rows (an import): write the session id
    now and drop the triggers, rather than have each trigger ask, row by row, whether the
    mark is still to be written (a tenth of a 10,000-note import). Part of the
    transaction: if it fails, the triggers and the pending mark are as they were."""
    try:
        row = raw.execute("SELECT pending, session FROM temp.session_mark").fetchone()
    except sqlite3.Error:
        return  # written and dropped already
    if row is not None and row[0]:
        raw.execute(
            "INSERT OR REPLACE INTO app_state (key, value) VALUES (?, ?)", (SESSION_KEY, row[1])
        )
    _drop_marks(raw)


def drop_marks_once_written(raw: sqlite3.Connection) -> bool:
    """Once the session id is in the file (the first change committed), the triggers that
    write it are dropped, so later changes run no statement of ours. Returns True once
    they are gone."""
    try:
        row = raw.execute("SELECT pending FROM temp.session_mark").fetchone()
    except sqlite3.Error:
        return True
    if row is None or row[0] or raw.in_transaction:
        return False
    _drop_marks(raw)
    return True


def _drop_marks(raw: sqlite3.Connection) -> None:
    names = [
        r[0] for r in raw.execute("SELECT name FROM temp.sqlite_master WHERE type = 'trigger'")
    ]
    for name in names:
        if name.startswith("mark_"):
            raw.execute(f'DROP TRIGGER temp."{name}"')
    raw.execute("DROP TABLE temp.session_mark")
