"""Creating, opening and copying workshop files; ``WorkshopFile`` puts the operations together."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

from sqlalchemy import insert

from workshop.bulk import collector_paused
from workshop.domain.model import WorkshopSnapshot
from workshop.errors import DamagedWorkshopFile, WorkshopError
from workshop.store import migrations, opening, reading, schema
from workshop.store.board_gestures import BoardGestures
from workshop.store.core import new_id, now
from workshop.store.facilitation_ops import FacilitationOps
from workshop.store.intake_ops import IntakeOps
from workshop.store.interchange_ops import InterchangeOps
from workshop.store.locking import EditLock
from workshop.store.persona_ops import PersonaOps


class WorkshopFile(InterchangeOps, IntakeOps, BoardGestures, PersonaOps, FacilitationOps):
    """An open workshop file and every named operation on it."""

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

    def save_copy(self, target: Path | str) -> Path:
        """A consistent copy of the workshop at ``target`` (File > Save a Copy)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise WorkshopError(
                "choose another file name than the open workshop's", where=str(target)
            )
        partial = target.with_name(target.name + ".part")
        try:
            partial.unlink(missing_ok=True)
            migrations.backup(self._raw, partial)
            copy = sqlite3.connect(partial)
            try:
                copy.execute("PRAGMA journal_mode = WAL")
            finally:
                copy.close()
            partial.replace(target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise WorkshopError(
                f"the copy could not be written ({error.strerror})", where=str(target)
            ) from None
        except sqlite3.DatabaseError as error:
            partial.unlink(missing_ok=True)
            raise WorkshopError(
                f"the copy could not be written ({error})", where=str(target)
            ) from None
        return target


def create_workshop(path: Path | str, title: str, *, overwrite: bool = False) -> WorkshopFile:
    """Make a new, empty workshop file and open it for editing."""
    path = Path(path)
    if not title.strip():
        raise WorkshopError("a workshop needs a title", where=str(path))
    if path.exists():
        if not overwrite:
            raise WorkshopError("a file with this name exists already", where=str(path))
        path.unlink()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    try:
        raw = sqlite3.connect(path, isolation_level=None)
    except sqlite3.OperationalError as error:
        raise WorkshopError(f"the file cannot be created ({error})", where=str(path)) from None
    raw.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")
    opening.configure(raw)
    lock = EditLock(path)
    lock.acquire()
    workshop = WorkshopFile(path, raw, lock=lock)
    stamp = now()
    conn = workshop._connection()
    with conn.begin():
        schema.metadata.create_all(conn)
        conn.execute(
            insert(schema.table("workshop")),
            [
                {
                    "id": new_id(),
                    "title": title,
                    "goal": "",
                    "decisions": "[]",
                    "product": "",
                    "target_segments": "",
                    "metrics": "[]",
                    "stage": "frame",
                    "settings": json.dumps({}),
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            ],
        )
    return workshop


def open_workshop(path: Path | str, *, read_only: bool = False) -> WorkshopFile:
    """Open a workshop file, after checking it (see ``opening``); refuse it otherwise.

    Read-only opens work on a copy in memory, so even a file from a newer minor
    migration path or on read-only media can be looked at without a single write.
    """
    path = Path(path)
    opening.check_header(path)
    if read_only:
        opening.check_not_edited_by_another_name(path)
        version = opening.validate(path)
        source = opening.connect_for_checks(path)
        memory = sqlite3.connect(":memory:", isolation_level=None)
        try:
            source.backup(memory)
        finally:
            source.close()
        if version < schema.SCHEMA_VERSION:
            try:
                migrations.migrate(memory, version)
            except sqlite3.Error as error:
                memory.close()
                raise DamagedWorkshopFile(
                    f"this workshop from an older version could not be read ({error})",
                    where=str(path),
                ) from None
        opening.configure(memory, wal=False)
        return WorkshopFile(path, memory, read_only=True)
    opening.check_writable(path)
    lock = EditLock(path)
    lock.acquire()
    raw: sqlite3.Connection | None = None
    try:
        version = opening.validate(path)
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute("PRAGMA trusted_schema = OFF")
        if version < schema.SCHEMA_VERSION:
            try:
                migrations.backup(raw, migrations.backup_path_for(path, version))
                raw.execute("PRAGMA foreign_keys = OFF")
                migrations.migrate(raw, version)
            except (sqlite3.Error, OSError) as error:
                raise DamagedWorkshopFile(
                    f"this workshop from an older version could not be brought up to date "
                    f"({error}); the file is unchanged",
                    where=str(path),
                ) from None
        opening.configure(raw)
        return WorkshopFile(path, raw, lock=lock)
    except BaseException:
        if raw is not None:
            with contextlib.suppress(sqlite3.Error):
                raw.close()
        lock.release()
        raise
