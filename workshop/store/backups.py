"""Safety copies: rotating backups of each open workshop, and restoring one.

While a workshop is open the program takes a safety copy now and then (the GUI decides
when). Copies go to the user data folder (``platformdirs``), one folder per workshop file,
named by the time they were taken (UTC). A copy identical to the newest one is not kept
twice, so an idle workshop does not push older copies out.

After each copy, the copies of all workshops are tidied by ``workshop.store.retention``:
the newest 10 of each workshop, one per hour for the last day and one per day for the
last 30 days, within 1 GiB in all (oldest thinned first, never a workshop's newest copy);
the folder of a workshop file that no longer exists is forgotten 30 days after its last
copy, and copies of demo workshops go after 7 days.

Copies are made with SQLite's backup API, so they are consistent even while the workshop
is being edited, and each is a complete workshop file on its own (no ``-wal`` beside it).
Restoring writes a backup to a *new* path; it never overwrites an existing file, in
particular not the open workshop.

No Qt: the CLI and the tests use this directly.
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import platformdirs

from workshop import APP_NAME, FILE_SUFFIX, ORGANISATION
from workshop.errors import (
    DamagedWorkshopFile,
    NotAWorkshopFile,
    WorkshopError,
    WorkshopWriteFailed,
)
from workshop.i18n import N_, _
from workshop.store import logs, outputs, retention, schema

DEFAULT_KEEP = retention.Policy().last
#: A half-written copy in another workshop's folder older than this was abandoned.
_ABANDONED = timedelta(hours=1)
#: The UTC time a copy was taken, in its file name: 2026-11-30_21-05-09Z(-2).pwshop
_STAMP_FORMAT = "%Y-%m-%d_%H-%M-%SZ"
_NAME = re.compile(
    r"^(?P<stamp>\d{4}-\d\d-\d\d_\d\d-\d\d-\d\dZ)(?:-(?P<n>\d+))?" + re.escape(FILE_SUFFIX) + "$"
)
_PARTIAL = ".partial"
_ABOUT_FILE = "workshop-path.txt"


@dataclass(frozen=True)
class Backup:
    """One safety copy of a workshop."""

    path: Path
    taken_at: datetime  # aware, UTC
    size_bytes: int


@dataclass(frozen=True)
class Contents:
    """What a safety copy holds, to tell copies apart when choosing one."""

    notes: int
    personas: int


def backups_base() -> Path:
    """The folder holding the safety copies of all workshops, in the user data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, ORGANISATION)) / "backups"


def backup_folder(workshop_path: Path, *, base: Path | None = None) -> Path:
    """The folder for one workshop file's copies: its name plus a hash of where it lives."""
    resolved = Path(workshop_path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    readable = re.sub(r"[^\w.-]+", "_", resolved.stem).strip("._")[:40] or "workshop"
    return (base if base is not None else backups_base()) / f"{readable}-{digest}"


def list_backups(workshop_path: Path, *, base: Path | None = None) -> list[Backup]:
    """The safety copies of a workshop file, newest first."""
    folder = backup_folder(workshop_path, base=base)
    return sorted(_scan(folder), key=_order, reverse=True)


def make_backup(
    source: sqlite3.Connection | Path,
    workshop_path: Path | None = None,
    *,
    base: Path | None = None,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
) -> Backup:
    """Take a safety copy of a workshop and drop the oldest beyond ``keep``.

    ``source`` is the open workshop's connection (its file name is asked from SQLite) or
    the path of a workshop file. ``workshop_path`` names the workshop when the connection
    cannot (an in-memory database). Returns the new copy, or the newest existing one when
    nothing changed since it was taken.
    """
    if keep < 1:
        raise ValueError("keep at least one safety copy")
    with _source_connection(source) as conn:
        where = workshop_path or _database_file(conn)
        if where is None:
            raise ValueError("an in-memory workshop needs workshop_path to name its copies")
        folder = backup_folder(where, base=base)
        taken_at = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _note_workshop_path(folder, where)
            target = _free_name(folder, taken_at)
            partial = target.with_name(target.name + _PARTIAL)
            _copy_database(conn, partial)
        except (OSError, sqlite3.Error) as error:
            raise WorkshopWriteFailed(
                _("the safety copy could not be written ({reason})").format(reason=_reason(error)),
                where=str(folder),
            ) from None
    existing = list_backups(where, base=base)
    if existing and filecmp.cmp(existing[0].path, partial, shallow=False):
        partial.unlink()
        return existing[0]
    os.replace(partial, target)
    size = target.stat().st_size
    prune_backups(where, keep=keep, base=base, now=taken_at)
    return Backup(target, taken_at, size)


def prune_backups(
    workshop_path: Path,
    *,
    keep: int = DEFAULT_KEEP,
    base: Path | None = None,
    now: datetime | None = None,
    policy: retention.Policy | None = None,
) -> list[Path]:
    """Tidy the copies of every workshop (see the module's docstring); returns what went.

    Half-written copies of ``workshop_path`` go too (those of other workshops once they
    are an hour old: another window may be writing one)."""
    folder = backup_folder(workshop_path, base=base)
    for leftover in folder.glob("*" + _PARTIAL):
        leftover.unlink(missing_ok=True)
    policy = policy or retention.Policy(last=keep)
    return tidy_backups(base=base, now=now, policy=policy)


def tidy_backups(
    *,
    base: Path | None = None,
    now: datetime | None = None,
    policy: retention.Policy | None = None,
    demo_folder: Path | None = None,
) -> list[Path]:
    """Apply the retention rules to the copies of all workshops under ``base``.

    Deletes the copies ``retention.copies_to_keep`` does not keep, and the folders left
    with none; returns the paths deleted. A file that cannot be deleted is left for next
    time: tidying never stops a safety copy from being taken."""
    base = base if base is not None else backups_base()
    now = (now or datetime.now(UTC)).astimezone(UTC)
    demos = (demo_folder or default_demo_folder()).expanduser().resolve()
    if not base.is_dir():
        return []
    copies: dict[retention.CopyInfo, Path] = {}
    workshops: dict[str, retention.WorkshopInfo] = {}
    folders = [folder for folder in base.iterdir() if folder.is_dir()]
    for folder in folders:
        workshops[folder.name] = _workshop_info(folder, demos)
        for backup in _scan(folder):
            _stamp, sequence = _order(backup)
            info = retention.CopyInfo(
                folder.name, backup.taken_at, backup.size_bytes, sequence, backup.path.name
            )
            copies[info] = backup.path
        _drop_abandoned_partials(folder, now)
    keep = retention.copies_to_keep(copies, now, policy, workshops)
    removed = []
    for info, path in copies.items():
        if info not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    for folder in folders:  # forgotten: nothing left in it but the note of whose it was
        with contextlib.suppress(OSError):
            if {p.name for p in folder.iterdir()} <= {_ABOUT_FILE}:
                (folder / _ABOUT_FILE).unlink(missing_ok=True)
                folder.rmdir()
    return removed


def default_demo_folder() -> Path:
    """Where demo workshops are made (``workshop.demo.demo_folder``; a test checks)."""
    return Path(platformdirs.user_data_dir(APP_NAME, ORGANISATION)) / "demo"


def backup_contents(backup: Backup | Path) -> Contents | None:
    """How many notes and personas a copy holds; None when it cannot be read."""
    path = backup.path if isinstance(backup, Backup) else Path(backup)
    try:
        with _source_connection(path) as conn:
            notes = conn.execute("SELECT count(*) FROM note").fetchone()[0]
            personas = conn.execute("SELECT count(*) FROM persona").fetchone()[0]
    except (WorkshopError, sqlite3.Error):
        return None
    return Contents(int(notes), int(personas))


def restore_backup(backup: Backup | Path, destination: Path) -> Path:
    """Write a safety copy out as a new workshop file at ``destination``.

    Never overwrites: an existing ``destination`` is refused. The copy is checked to be a
    sound workshop file first. Returns ``destination``.
    """
    source = backup.path if isinstance(backup, Backup) else Path(backup)
    destination = Path(destination)
    where = str(destination)
    if destination.exists() or destination.is_symlink():
        raise WorkshopError(
            _("a file with this name already exists; choose a new name for the restored workshop"),
            where=where,
        )
    try:
        with _source_connection(source) as conn:
            _check_is_sound_workshop(conn, source)
            with outputs.writing(
                destination,
                inputs=[source],
                exists_hint=N_("choose a new name for the restored workshop"),
            ) as partial:
                _copy_database(conn, partial)
    except (OSError, sqlite3.Error) as error:
        raise WorkshopWriteFailed(
            _("the restored workshop could not be written ({reason})").format(
                reason=_reason(error)
            ),
            where=where,
        ) from None
    return destination


def suggest_restore_path(workshop_path: Path, backup: Backup) -> Path:
    """A free file name next to the workshop for restoring ``backup``, to offer the user."""
    workshop_path = Path(workshop_path)
    local = backup.taken_at.astimezone().strftime("%Y-%m-%d %H-%M")
    tail = " " + _("(restored {time})").format(time=local)
    # A long name is cut so the suggestion (with " 99" and the suffix) fits the folder.
    room = outputs.longest_name(workshop_path.parent) - outputs.NAME_ROOM
    room -= len(os.fsencode(f"{tail} 99{FILE_SUFFIX}"))
    stem = outputs.shortened(workshop_path.stem, room).rstrip() + tail
    candidate = workshop_path.with_name(stem + FILE_SUFFIX)
    n = 2
    while candidate.exists():
        candidate = workshop_path.with_name(f"{stem} {n}{FILE_SUFFIX}")
        n += 1
    return candidate


# -- helpers -----------------------------------------------------------------------------


@contextlib.contextmanager
def _source_connection(source: sqlite3.Connection | Path) -> Iterator[sqlite3.Connection]:
    if isinstance(source, sqlite3.Connection):
        yield source
        return
    path = Path(source)
    if not path.is_file():
        raise WorkshopError(_("there is no such file"), where=str(path))
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as error:
        raise NotAWorkshopFile(
            _("this file cannot be read ({problem})").format(problem=error), where=str(path)
        ) from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        yield conn
    finally:
        conn.close()


def _database_file(conn: sqlite3.Connection) -> Path | None:
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def _copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of ``conn``'s database as one self-contained file, on the disk
    when this returns.

    The copy is written without SQLite's own flushes (each step of it would wait for the
    disk: most of the time taken to open a workshop) and flushed once at the end; it is
    given its name only after that (``make_backup``), so a copy cut short is never taken
    for a safety copy."""
    target.unlink(missing_ok=True)
    copy = sqlite3.connect(str(target), isolation_level=None)
    try:
        copy.execute("PRAGMA synchronous = OFF")
        conn.backup(copy)
        with contextlib.suppress(sqlite3.OperationalError):  # a copy is not the session's file
            copy.execute("DELETE FROM app_state WHERE key = ?", (logs.SESSION_KEY,))
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    descriptor = os.open(target, os.O_RDWR)  # Windows flushes only what it may write
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _check_is_sound_workshop(conn: sqlite3.Connection, path: Path) -> None:
    where = str(path)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError:
        raise NotAWorkshopFile(_("this is not a workshop file"), where=where) from None
    if app_id != schema.APPLICATION_ID:
        raise NotAWorkshopFile(_("this is not a workshop file"), where=where)
    if verdict != "ok":
        raise DamagedWorkshopFile(
            _("this safety copy is damaged and cannot be restored"), where=where
        )


def _note_workshop_path(folder: Path, workshop_path: Path) -> None:
    """Say in the folder which workshop its copies are of, for someone browsing it."""
    about = folder / _ABOUT_FILE
    text = str(Path(workshop_path).expanduser().resolve()) + "\n"
    if not about.exists() or about.read_text(encoding="utf-8", errors="replace") != text:
        about.write_text(text, encoding="utf-8", errors="surrogateescape")


def _workshop_info(folder: Path, demos: Path) -> retention.WorkshopInfo:
    about = folder / _ABOUT_FILE
    try:
        text = about.read_text(encoding="utf-8", errors="surrogateescape").strip()
    except OSError:
        return retention.WorkshopInfo()  # unknown: never forgotten for being missing
    if not text:
        return retention.WorkshopInfo()
    workshop = Path(text)
    return retention.WorkshopInfo(exists=workshop.exists(), is_demo=workshop.parent == demos)


def _drop_abandoned_partials(folder: Path, now: datetime) -> None:
    for leftover in folder.glob("*" + _PARTIAL):
        with contextlib.suppress(OSError):
            modified = datetime.fromtimestamp(leftover.stat().st_mtime, UTC)
            if now - modified > _ABANDONED:
                leftover.unlink()


def _free_name(folder: Path, taken_at: datetime) -> Path:
    stamp = taken_at.strftime(_STAMP_FORMAT)
    candidate = folder / f"{stamp}{FILE_SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stamp}-{n}{FILE_SUFFIX}"
        n += 1
    return candidate


def _scan(folder: Path) -> Iterator[Backup]:
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        yield Backup(path, _taken_at(match["stamp"]), path.stat().st_size)


def _taken_at(stamp: str) -> datetime:
    """The time in a copy's name (``_STAMP_FORMAT``, which ``_NAME`` has matched), read
    without ``datetime.strptime``: its first use loads and compiles a locale's patterns,
    a few milliseconds of opening a workshop. An impossible date or time (month 13, hour
    24) is a ValueError, as strptime's."""
    day, time = stamp.rstrip("Z").split("_")
    year, month, mday = (int(part) for part in day.split("-"))
    hour, minute, second = (int(part) for part in time.split("-"))
    return datetime(year, month, mday, hour, minute, second, tzinfo=UTC)


def _order(backup: Backup) -> tuple[datetime, int]:
    match = _NAME.match(backup.path.name)
    return backup.taken_at, int(match["n"]) if match and match["n"] else 1


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error) or type(error).__name__
