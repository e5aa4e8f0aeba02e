"""Creating, opening and copying workshop files; ``WorkshopFile`` puts the operations together."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from workshop.bulk import collector_paused
from workshop.domain.ids import new_id
from workshop.domain.model import WorkshopSnapshot
from workshop.errors import DamagedWorkshopFile, WorkshopError
from workshop.i18n import N_, _
from workshop.store import logs, migrations, opening, outputs, reading, schema, schema_history
from workshop.store.board_gestures import BoardGestures
from workshop.store.facilitation_ops import FacilitationOps
from workshop.store.intake_ops import IntakeOps
from workshop.store.interchange_ops import InterchangeOps
from workshop.store.locking import EditLock
from workshop.store.merge_ops import MergeOps
from workshop.store.persona_ops import PersonaOps
from workshop.store.phone_ops import PhoneOps
from workshop.store.recorder import now
from workshop.store.research_ops import ResearchOps


class WorkshopFile(
    InterchangeOps,
    IntakeOps,
    PhoneOps,
    BoardGestures,
    PersonaOps,
    FacilitationOps,
    MergeOps,
    ResearchOps,
):
    """An open workshop file and every named operation on it."""

    #: What opening it found that the facilitator should be told (one line each).
    notices: tuple[str, ...] = ()

    def snapshot(self) -> WorkshopSnapshot:
        with collector_paused():
            return reading.snapshot(self._read)

    @property
    def title(self) -> str:
        return str(self._read("SELECT title FROM workshop")[0][0])

    def counts(self) -> dict[str, int]:
        return {
            name: int(self._read(f"SELECT COUNT(*) FROM {name}")[0][0])
            for name in ("source", "note", "cluster", "persona", "vote", "participant")
        }

    def integrity_ok(self) -> bool:
        return self._read("PRAGMA quick_check") == [("ok",)] and not self._read(
            "PRAGMA foreign_key_check"
        )

    def save_copy(self, target: Path | str, *, force: bool = False) -> Path:
        """A consistent copy of the workshop at ``target`` (File > Save a Copy), by the
        output rule (see ``outputs``): never over the open workshop or one open elsewhere,
        over another file only with ``force``, whole or not at all."""
        with outputs.writing(
            target,
            inputs=[self.path],
            force=force,
            replaces_workshop=True,
            makes="workshop",
            exists_hint=N_("choose another file name"),
        ) as partial:
            try:
                copy = sqlite3.connect(partial, isolation_level=None)
                try:
                    self._raw.backup(copy)
                    # A copy is not the session's file: a log of this session must never
                    # be taken for its own (see ``logs``).
                    copy.execute("DELETE FROM app_state WHERE key = ?", (logs.SESSION_KEY,))
                    copy.execute("PRAGMA journal_mode = WAL")
                finally:
                    copy.close()
            except sqlite3.DatabaseError as error:
                if error.sqlite_errorcode & 0xFF in (10, 13, 14):  # disk: said by outputs
                    raise
                raise WorkshopError(
                    _("the copy could not be written ({problem})").format(problem=error),
                    where=str(target),
                ) from None
        return Path(target)


def create_workshop(path: Path | str, title: str, *, overwrite: bool = False) -> WorkshopFile:
    """Make a new, empty workshop file and open it for editing. Its tables are those
    frozen for the current version (``schema_history``), as a migrated file has them."""
    path = Path(path)
    if not title.strip():
        raise WorkshopError(_("a workshop needs a title"), where=str(path))
    if path.exists():
        if not overwrite:
            raise WorkshopError(_("a file with this name exists already"), where=str(path))
        path.unlink()
        for suffix in ("-wal", "-shm", "-session"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    try:
        raw = sqlite3.connect(path, isolation_level=None)
    except sqlite3.OperationalError as error:
        raise WorkshopError(
            _("the file cannot be created ({problem})").format(problem=error), where=str(path)
        ) from None
    lock = EditLock(path)
    try:
        raw.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
        opening.configure(raw)
        lock.acquire()
        stamp = now()
        raw.execute("BEGIN IMMEDIATE")
        for statement in schema_history.TABLES[schema.SCHEMA_VERSION].split(";"):
            if statement.strip():
                raw.execute(statement)
        raw.execute(
            "INSERT INTO workshop (id, title, goal, decisions, product, target_segments, "
            "metrics, stage, settings, created_at, updated_at) "
            "VALUES (?, ?, '', '[]', '', '', '[]', 'frame', '{}', ?, ?)",
            (new_id(), title, stamp, stamp),
        )
        raw.execute("COMMIT")
        logs.start_session(path, raw, lock)
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            raw.close()
        lock.release()
        raise
    return _editing(WorkshopFile(path, raw, lock=lock), raw)


def _editing(workshop: WorkshopFile, raw: sqlite3.Connection) -> WorkshopFile:
    """The session's id goes into the file with its first change (``logs``); after that
    change, the connection's triggers that wrote it are dropped. A change that inserts
    rows writes the id and drops the triggers itself, before its rows."""

    def after_change(_change: object) -> None:
        if logs.drop_marks_once_written(raw):
            workshop.before_rows = None
            stop()

    stop = workshop.subscribe(after_change)
    workshop.before_rows = logs.mark_before_many_rows
    return workshop


def open_workshop(path: Path | str, *, read_only: bool = False) -> WorkshopFile:
    """Open a workshop file, after checking it (see ``opening``); refuse it otherwise.

    Read-only opens work on a copy in memory, so even a file from an older version or on
    read-only media can be looked at without a single write, and without a file made
    beside it. What the facilitator should be told about the opening (a change log set
    aside, a file brought up to date) is in the workshop's ``notices``.
    """
    path = Path(path)
    opening.check_header(path)
    if read_only:
        return _open_for_viewing(path)
    opening.check_writable(path)
    lock = EditLock(path)
    lock.acquire()
    raw: sqlite3.Connection | None = None
    try:
        notices = logs.settle_for_editing(path)
        version = opening.validate(path, locked=True)
        if logs.pending(path):  # the file's own log, left by a crash: fold it in first
            _fold_log(path)
        if version < schema.SCHEMA_VERSION:
            try:
                kept = migrations.migrate_file(path, version, lock)
            except (sqlite3.Error, OSError) as error:
                raise DamagedWorkshopFile(
                    _(
                        "this workshop from an older version could not be brought up to date "
                        "({reason}); the file is unchanged"
                    ).format(reason=_reason(error)),
                    where=str(path),
                ) from None
            notices.append(
                _(
                    "this workshop was brought up to date; the file as it was is kept as {name}"
                ).format(name=kept.name)
            )
        raw = sqlite3.connect(path, isolation_level=None)
        opening.configure(raw)
        logs.start_session(path, raw, lock)
        workshop = _editing(WorkshopFile(path, raw, lock=lock), raw)
    except BaseException:
        if raw is not None:
            with contextlib.suppress(sqlite3.Error):
                raw.close()
        lock.release()
        raise
    workshop.notices = tuple(notices)
    return workshop


def _open_for_viewing(path: Path) -> WorkshopFile:
    opening.check_not_edited_by_another_name(path)
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        source = logs.reading_source(path)
    except sqlite3.DatabaseError as error:
        raise opening.unreadable(error, str(path)) from None
    try:
        source.conn.execute("PRAGMA trusted_schema = OFF")
        source.conn.execute(f"PRAGMA busy_timeout = {opening.BUSY_TIMEOUT_MS}")
        version = opening.inspect(source.conn, path)
        source.conn.backup(memory)
    except sqlite3.DatabaseError as error:
        memory.close()
        raise opening.unreadable(error, str(path)) from None
    except BaseException:
        memory.close()
        raise
    finally:
        source.close()
    if version < schema.SCHEMA_VERSION:
        try:
            migrations.migrate(memory, version)
        except sqlite3.Error as error:
            memory.close()
            raise DamagedWorkshopFile(
                _("this workshop from an older version could not be read"),
                where=str(path),
                details=f"SQLite: {error}",
            ) from None
    opening.configure(memory, wal=False)
    workshop = WorkshopFile(path, memory, read_only=True)
    workshop.notices = tuple(source.notices)
    return workshop


def _fold_log(path: Path) -> None:
    """Apply the file's own change log (checked with it) into the file, so the file holds
    everything on its own. A checkpoint copies pages; no SQL from the file runs."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute(f"PRAGMA busy_timeout = {opening.BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)
