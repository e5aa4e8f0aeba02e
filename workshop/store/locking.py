"""One editor per workshop file: an advisory lock held while the file is open for editing.

On POSIX this is ``flock`` on the file itself (independent of SQLite's own ``fcntl``
locks, so it never blocks SQLite). On Windows, a lock on a side file next to it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from workshop.errors import WorkshopInUse
from workshop.i18n import _


class EditLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        #: The side record of the editing session (see ``logs``), removed on release once
        #: the session's change log is folded into the file and gone.
        self.session_record: Path | None = None

    def acquire(self) -> None:
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            import msvcrt

            lock_path = self.path.with_name(self.path.name + ".lock")
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT)
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            except OSError:
                os.close(fd)
                raise self._in_use() from None
        else:
            import fcntl

            fd = os.open(self.path, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise self._in_use() from None
        self._fd = fd

    def release(self) -> None:
        if self.session_record is not None:
            wal = Path(f"{self.path.resolve()}-wal")
            if not wal.exists() or wal.stat().st_size == 0:
                self.session_record.unlink(missing_ok=True)
            # else: the log still holds changes; the record says they are this file's own
            self.session_record = None
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops the lock
            self._fd = None

    def carry_over(self, replacement: Path) -> None:
        """Lock ``replacement`` and rename it over the locked file, keeping the file locked
        throughout (a migrated file swapped in for the original)."""
        if sys.platform == "win32":  # pragma: no cover - the side lock file keeps its name
            os.replace(replacement, self.path)
            return
        import fcntl

        fd = os.open(replacement, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            os.replace(replacement, self.path)
        except BaseException:
            os.close(fd)
            raise
        if self._fd is not None:
            os.close(self._fd)
        self._fd = fd

    def _in_use(self) -> WorkshopInUse:
        return WorkshopInUse(
            _(
                "this workshop is already open in another Persona Workshop window; close it "
                "there first, or open it read-only"
            ),
            where=str(self.path),
        )


def open_for_editing(path: Path) -> bool:
    """True when some program holds ``path`` open for editing (its edit lock is taken),
    whatever name it opened the file by. On Windows the lock is a side file that stays
    after the editor closes, and asking whether it is locked would take it, so there the
    answer is False and the caller goes by the files beside the workshop alone."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing the descriptor drops the shared lock at once
    return False
