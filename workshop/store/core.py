"""The open workshop file: one connection, one transaction per operation, and a record of
every row each operation touched (see ``changes``).

``WorkshopFileCore`` holds the connection and the machinery (each transaction writes through
a ``recorder.Recorder``); the named operations live in the ``*_ops`` modules as mixins and
are put together in ``workshop_file.WorkshopFile``.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop.errors import (
    OperationRefused,
    ReadOnlyWorkshopFile,
    WorkshopError,
    WorkshopWriteFailed,
)
from workshop.i18n import _
from workshop.store.backups import Backup, make_backup
from workshop.store.changes import Change
from workshop.store.locking import EditLock
from workshop.store.recorder import Recorder, TransactionConnection

Listener = Callable[[Change], None]
log = logging.getLogger(__name__)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


@dataclass
class StepResult:
    """What a ``step`` made: its change, once the step has ended."""

    change: Change | None = None


class WorkshopFileCore:
    """An open workshop: the connection, transactions, change listeners."""

    def __init__(
        self,
        path: Path,
        raw: sqlite3.Connection,
        *,
        read_only: bool = False,
        lock: EditLock | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        self._raw = raw
        self._lock = lock
        self._listeners: list[Listener] = []
        #: The recorder of the transaction under way (operations inside a step join it).
        self._recorder: Recorder | None = None
        #: Run inside a transaction before it inserts rows (the editing session's mark
        #: written at once: see ``logs.mark_before_many_rows``); None when nothing is to run.
        self.before_rows: Callable[[sqlite3.Connection], None] | None = None
        self._open = True

    def backup_to(self, **options: Any) -> Backup:
        """Take a safety copy of the open workshop (see ``backups.make_backup`` for the
        options: ``base``, ``keep``, ``now``)."""
        if not self._open:
            raise WorkshopError(_("the workshop is closed"))
        return make_backup(self._raw, self.path, **options)

    # Lifecycle ----------------------------------------------------------------------
    def close(self) -> None:
        if not self._open:
            return
        try:  # fold the log into the file while the connection is still open
            if not self.read_only:
                self._raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError:
            pass  # the data is safe in the WAL; SQLite folds it in on next open
        self._open = False
        self._raw.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> WorkshopFileCore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._open

    # Listening ----------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self, change: Change) -> None:
        """Tell every listener. The change is saved already: a listener that fails must not
        keep it off the undo stack or from the other listeners, so its error is logged."""
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:
                log.exception("a listener failed on %r", change.label)

    # Transactions -------------------------------------------------------------------
    @contextmanager
    def _tx(self, label: str) -> Iterator[Recorder]:
        """One operation = one transaction. Failure leaves the file as it was."""
        if self.read_only:
            raise ReadOnlyWorkshopFile(
                _("this workshop is open read-only; save a copy to make changes"),
                where=str(self.path),
            )
        if not self._open:
            raise WorkshopError(_("the workshop is closed"))
        raw = self._raw
        try:
            raw.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as error:
            raise self._write_failed(error) from None
        try:
            hook = self.before_rows
            yield Recorder(TransactionConnection(raw), None if hook is None else lambda: hook(raw))
            raw.execute("COMMIT")
        except BaseException as error:
            if raw.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    raw.execute("ROLLBACK")
            if isinstance(error, sqlite3.DatabaseError):
                raise self._write_failed(error) from None
            if isinstance(error, UnicodeError):
                raise OperationRefused(
                    _(
                        "some text could not be stored (it holds characters that are not valid "
                        "Unicode)"
                    )
                ) from None
            raise

    def _write_failed(self, error: Exception) -> WorkshopError:
        text = str(getattr(error, "orig", error)).lower()
        if "full" in text:
            reason = _("the disk is full")
        elif "readonly" in text or "read-only" in text:
            reason = _("the file can no longer be written (read-only media?)")
        elif "i/o" in text:
            reason = _("the disk could not be written (was the USB stick removed?)")
        elif "locked" in text or "busy" in text:
            reason = _("another program is holding the file")
        else:
            reason = _("the database refused the change ({problem})").format(problem=text)
        return WorkshopWriteFailed(
            _(
                "the last change could not be saved: {reason}. Everything before it is safe; "
                "use File > Save a Copy to save the workshop elsewhere"
            ).format(reason=reason),
            where=str(self.path),
        )

    def _finish(self, label: str, recorder: Recorder, origin: object = None) -> Change:
        change = Change(label, tuple(recorder.rows), tuple(recorder.created), origin)
        if not change.is_empty:
            self._notify(change)
        return change

    def _run(self, label: str, work: Callable[[Recorder], object], origin: object = None) -> Change:
        """Run ``work`` as one named, recorded transaction and tell listeners.

        Inside a ``step`` it joins the step's transaction instead: the rows it touched come
        back as a ``Change`` (for its ``created`` ids), but nothing is committed or told
        until the step ends, and the step's change holds them all.

        ``label`` names the undo step (Edit › Undo, the Undo History): the operations pass
        English marked with ``N_`` and it is translated here, in the program's language; a
        label the window already translated has no entry and passes unchanged."""
        label = _(label)
        outer = self._recorder
        if outer is not None:
            rows, created = len(outer.rows), len(outer.created)
            work(outer)
            return Change(label, tuple(outer.rows[rows:]), tuple(outer.created[created:]))
        with self._tx(label) as recorder:
            self._recorder = recorder
            try:
                work(recorder)
            finally:
                self._recorder = None
        return self._finish(label, recorder, origin)

    @contextmanager
    def step(self, label: str, origin: object = None) -> Iterator[StepResult]:
        """Several operations as one: one transaction, one ``Change`` (one undo step).

        For the rare gesture no single operation covers. Every operation run inside the
        ``with`` block joins the step; the block's result holds the step's change once it
        has ended (listeners are told once, then). An exception anywhere in the block
        leaves the file as it was. A step inside a step joins the outer one."""
        result = StepResult()
        label = _(label)
        if self._recorder is not None:
            yield result
            return
        with self._tx(label) as recorder:
            self._recorder = recorder
            try:
                yield result
            finally:
                self._recorder = None
        result.change = self._finish(label, recorder, origin)

    # Undo and redo ------------------------------------------------------------------
    def revert(self, change: Change) -> Change:
        """Undo: put back every row as it was before ``change``."""
        inverse = change.inverted()
        return self._run(inverse.label, lambda rec: rec.apply(inverse.rows))

    def reapply(self, change: Change) -> Change:
        """Redo: put back every row as ``change`` left it."""
        return self._run(change.label, lambda rec: rec.apply(change.rows))

    # Reading ------------------------------------------------------------------------
    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Plain reads go straight to SQLite as tuples: fast, and outside any transaction."""
        if not self._open:
            raise WorkshopError(_("the workshop is closed"))
        try:
            return self._raw.execute(sql, params).fetchall()
        except sqlite3.OperationalError as error:
            if "decode" not in str(error) or self._raw.text_factory is _lenient_text:
                raise
            # Text that is not UTF-8 (a file written by another tool): from now on read
            # it with the broken bytes replaced, rather than fail to show the workshop.
            self._raw.text_factory = _lenient_text
            return self._raw.execute(sql, params).fetchall()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Several reads as one consistent picture: one read transaction (joins a
        transaction under way)."""
        if not self._open:
            raise WorkshopError(_("the workshop is closed"))
        raw = self._raw
        if raw.in_transaction:
            yield
            return
        raw.execute("BEGIN")
        try:
            yield
        finally:
            if raw.in_transaction:
                raw.execute("COMMIT")

    # View state (outside undo) ------------------------------------------------------
    def view_state(self, key: str, default: str = "") -> str:
        row = self._read("SELECT value FROM app_state WHERE key = ?", (key,))
        return str(row[0][0]) if row else default

    def set_view_state(self, key: str, value: str) -> None:
        if self.read_only:
            return
        if not self._open:
            raise WorkshopError(_("the workshop is closed"))
        raw = self._raw
        try:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute('DELETE FROM app_state WHERE "key" = ?', (key,))
            raw.execute('INSERT INTO app_state ("key", value) VALUES (?, ?)', (key, value))
            raw.execute("COMMIT")
        except sqlite3.DatabaseError as error:
            if raw.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    raw.execute("ROLLBACK")
            raise self._write_failed(error) from None
