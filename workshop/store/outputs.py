"""The output rule: every file the program writes (PDF, JSON, a new, imported, merged,
copied or restored workshop) goes through here, from the CLI and the GUI alike. No Qt.

- An output path that is, or resolves to (links, ``..``, a hard link: compared by device
  and inode), one of the command's inputs, or the change log beside one, is refused.
- An output path that another program holds open for editing (its edit lock, see
  ``locking``) is refused, ``--force`` or not.
- A PDF or JSON output never replaces a workshop file.
- An output says what it makes (``makes``: a PDF, a JSON document, a PNG picture, a
  workshop). Its name may not end as another kind of file does (a poster named
  ``plan.pwshop`` or ``data.csv`` would be taken for one), and ``force`` replaces only a
  file that already holds that kind (an earlier PDF, a workshop), never a research export,
  a photo or a document.
- Any other existing file is replaced only with ``force`` (the GUI asks first).
- The output is built in a temporary file beside the target, named ``.NAME.partial-XXXX``
  (hidden and plainly unfinished), flushed to the disk and renamed over the target only
  when it is complete. On any failure (an error, a refusal, a full disk, Ctrl+C) the
  temporary file and its SQLite journals are removed; a killed run leaves at most that
  temporary file, never a file under the final name, and the next output to the same name
  removes it (the writer's process id is in the name: ``.NAME.partial-PID-XXXX``).

``writing(target, inputs=..., force=...)`` is a context manager giving the temporary path
to fill (nothing is there yet); ``check_output`` runs the refusals alone, before
expensive work begins.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from workshop.domain.file_kinds import FileKind, in_words, kind_of
from workshop.errors import WorkshopError, WorkshopInUse, WorkshopWriteFailed
from workshop.i18n import N_, _
from workshop.store import schema
from workshop.store.locking import EditLock, open_for_editing

#: Files kept beside a database while it is written: SQLite's, and the editing session's
#: record (see ``logs``) that tells the file's own change log from a stale one.
SIDE_FILES = ("-wal", "-shm", "-journal", "-session")
PARTIAL_MARK = ".partial-"
#: SQLite result codes (low byte) that mean the disk could not take the write.
_SQLITE_FULL, _SQLITE_IOERR, _SQLITE_CANTOPEN = 13, 10, 14
_NO_ROOM = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}

PathLike = str | os.PathLike[str]
#: The longest file name on common file systems, in bytes (ext4, APFS, NTFS take 255).
_NAME_MAX = 255
#: Room an output's name leaves for the longest name made from it: a workshop's change
#: log set aside (``NAME-wal.stale-YYYYMMDD-HHMMSS-NN``) and its copy from before an
#: upgrade (``STEM.before-v9-YYYYMMDD-HHMMSS.pwshop``).
NAME_ROOM = 32
#: Room for the longest of a database's own side files (``-journal``, ``-session``).
_SIDE_ROOM = max(len(suffix) for suffix in SIDE_FILES)
#: A partial's name keeps this much of the output's name, so that ``.NAME.partial-PID-
#: XXXXXXXX`` with a side file (``-journal``) fits in 255 bytes.
_PARTIAL_NAME_BYTES = _NAME_MAX - 48


class OutputRefused(WorkshopError):
    """The output path is not one the program may write to.

    ``even_with_force``: no asking changes it (the window asks before replacing a file,
    the command line takes ``--force``); the message says so in the words of neither, and
    the command line's line (``str``) adds its flag."""

    def __init__(self, message: str, *, where: str = "", even_with_force: bool = False) -> None:
        super().__init__(message, where=where)
        self.even_with_force = even_with_force
        if even_with_force:
            self.args = (f"{self.args[0]} ({_('--force does not change this')})",)


#: What each kind of output holds: its name's ending, how a file of the kind begins, and
#: the kind in words.
_MADE: dict[str, tuple[str, tuple[bytes, ...], str]] = {
    "pdf": (".pdf", (b"%PDF",), N_("a PDF")),
    "json": (".json", (b"{", b"["), N_("a JSON document")),
    "png": (".png", (b"\x89PNG\r\n\x1a\n",), N_("a PNG picture")),
    "workshop": (".pwshop", (), N_("a workshop")),
}
#: Name endings of the files a facilitator keeps (research exports, workshops, documents,
#: pictures): an output of another kind is never given one of them.
_KEPT_ENDINGS = frozenset(
    {".pwshop", ".csv", ".tsv", ".txt", ".md", ".vtt", ".srt", ".xlsx", ".xls", ".ods",
     ".docx", ".doc", ".odt", ".pptx", ".key", ".json", ".pdf", ".png", ".jpg", ".jpeg",
     ".gif", ".webp", ".heic", ".sqlite", ".db", ".zip", ".bak"}
)  # fmt: skip


# The refusals -----------------------------------------------------------------------------
def check_output(
    target: PathLike,
    *,
    inputs: Iterable[PathLike] = (),
    force: bool = False,
    replaces_workshop: bool = False,
    exists_hint: str = N_("add --force to replace it"),
    makes: str | None = None,
) -> Path:
    """Refuse ``target`` (one-line :class:`OutputRefused`) unless the rule allows writing it.

    ``replaces_workshop``: the output is itself a workshop (import, merge, new), so with
    ``force`` it may replace a workshop file nobody has open; a PDF or JSON never may.
    ``makes``: what the output holds ("pdf", "json", "png", "workshop"; see the module).
    """
    if not os.fspath(target).strip():
        raise OutputRefused(_("no output file given; give the name of the file to write"))
    path = Path(target)
    where = str(path)
    if path.name in ("", ".", ".."):
        raise OutputRefused(_("this is a folder; give a file name to write"), where=where)
    for source in inputs:
        if _same_file(path, Path(source)):
            raise OutputRefused(
                _(
                    "this is {name}, which is being read; choose another file name (an output "
                    "never replaces what it is made from)"
                ).format(name=Path(source).name),
                where=where,
            )
        for suffix in SIDE_FILES:
            if _same_file(path, Path(f"{source}{suffix}")):
                raise OutputRefused(
                    _(
                        "this is one of the files kept beside {name} (its change log), "
                        "which is being read; choose another file name"
                    ).format(name=Path(source).name),
                    where=where,
                )
    for suffix in SIDE_FILES:
        owner = Path(str(path)[: -len(suffix)]) if path.name.endswith(suffix) else None
        if owner is not None and is_workshop_file(owner):
            raise OutputRefused(
                _(
                    "this is one of the files kept beside {name} (its change log), a "
                    "workshop; replacing it could lose its saved changes; choose another "
                    "file name"
                ).format(name=owner.name),
                where=where,
                even_with_force=True,
            )
    try:
        kind = kind_of(os.stat(path).st_mode)
    except OSError:
        kind = None  # nothing there (or a dangling link): written as a new file
    if kind is not None and kind is not FileKind.FOLDER:
        raise OutputRefused(
            _(
                "this is {kind}, not a file; an output is only ever written to a file; "
                "choose a file name"
            ).format(kind=in_words(kind)),
            where=where,
            even_with_force=True,
        )
    folder = _folder(path)
    if not folder.is_dir():
        raise OutputRefused(
            _("the folder {folder} does not exist").format(folder=folder), where=where
        )
    too_long = name_too_long(path)
    if too_long:
        raise OutputRefused(too_long, where=where)
    if path.is_dir():
        raise OutputRefused(_("this is a folder; give a file name to write"), where=where)
    exists = path.exists() or path.is_symlink()
    if exists and open_for_editing(path):
        raise _in_use(where)
    if exists and not replaces_workshop and is_workshop_file(path):
        raise OutputRefused(
            _(
                "this is a workshop file; it is never replaced by an export; choose another "
                "file name"
            ),
            where=where,
            even_with_force=True,
        )
    if makes is not None:
        _refuse_misleading_name(path, makes)
    if not exists:
        return path
    if not force:
        raise OutputRefused(
            _("a file with this name exists already; {hint}").format(hint=_(exists_hint)),
            where=where,
        )
    if makes is not None and not _holds(path, makes):
        raise OutputRefused(
            _(
                "this file holds something other than {kind}; only a file that holds {kind} "
                "already (an earlier one) is replaced; choose another file name"
            ).format(kind=_(_MADE[makes][2])),
            where=where,
            even_with_force=True,
        )
    return path


def _refuse_misleading_name(path: Path, makes: str) -> None:
    ending, _starts, kind = _MADE[makes]
    own = path.suffix.lower()
    if own != ending and own in _KEPT_ENDINGS:
        raise OutputRefused(
            _(
                "this would write {kind} under a name ending in {ending}, the ending of "
                "another kind of file; choose a name ending in {own}"
            ).format(kind=_(kind), ending=path.suffix, own=ending),
            where=str(path),
        )


def _holds(path: Path, makes: str) -> bool:
    """True when the file at ``path`` is empty or already holds what ``makes`` makes."""
    try:
        with path.open("rb") as handle:
            start = handle.read(64)
    except OSError:
        return False  # unreadable: not known to be an earlier output, so left alone
    if makes == "workshop":
        return not start or is_workshop_file(path)
    start = start.removeprefix(b"\xef\xbb\xbf").lstrip()
    return not start or start.startswith(_MADE[makes][1])


def longest_name(folder: Path) -> int:
    """The longest file name ``folder`` takes, in bytes as written to the disk."""
    try:
        return min(int(os.pathconf(folder, "PC_NAME_MAX")), _NAME_MAX)
    except (OSError, ValueError, AttributeError):  # pragma: no cover - no pathconf
        return _NAME_MAX


def name_too_long(path: Path) -> str | None:
    """Why ``path``'s name is too long for its folder (a phrase), or None. A name leaves
    room for the longest file kept beside a workshop (``NAME_ROOM``): its change log set
    aside, its copy from before an upgrade, so every guarantee holds for it."""
    room = NAME_ROOM
    if path.name.startswith(".") and PARTIAL_MARK in path.name:
        room = _SIDE_ROOM  # our own partial (a merge copies into one): only its journals
    most = longest_name(_folder(path)) - room
    used = len(os.fsencode(path.name))
    if used <= most:
        return None
    if path.name.isascii():
        return _(
            "the file name is too long for this folder ({used} characters): at most "
            "{most} characters; choose a shorter name"
        ).format(used=used, most=most)
    return _(
        "the file name is too long for this folder: at most {most} bytes, and this one "
        "takes {used} (accented and non-Latin letters take two to four bytes each); "
        "choose a shorter name"
    ).format(used=used, most=most)


def shortened(name: str, most_bytes: int) -> str:
    """``name`` cut to at most ``most_bytes`` bytes on the disk, between characters."""
    encoded = os.fsencode(name)
    if len(encoded) <= most_bytes:
        return name
    cut = name
    while len(os.fsencode(cut)) > most_bytes:
        cut = cut[: max(0, len(cut) - max(1, (len(os.fsencode(cut)) - most_bytes) // 4))]
    return cut


def is_workshop_file(path: Path) -> bool:
    """True when ``path`` starts like a Persona Workshop database (SQLite, our application id)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(72)
    except OSError:
        return False
    return (
        header.startswith(b"SQLite format 3\x00")
        and len(header) >= 72
        and int.from_bytes(header[68:72], "big") == schema.APPLICATION_ID
    )


def _same_file(a: Path, b: Path) -> bool:
    try:
        first, second = os.stat(a), os.stat(b)
    except OSError:
        pass
    else:
        if (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino):
            return True
    try:
        return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))
    except (OSError, ValueError):
        return False


def _folder(path: Path) -> Path:
    return path.parent if str(path.parent) else Path(".")


def _in_use(where: str) -> OutputRefused:
    return OutputRefused(
        _(
            "this workshop is open for editing in Persona Workshop; close it there first (a "
            "file open for editing is never replaced)"
        ),
        where=where,
        even_with_force=True,
    )


# Writing ----------------------------------------------------------------------------------
@contextlib.contextmanager
def writing(
    target: PathLike,
    *,
    inputs: Iterable[PathLike] = (),
    force: bool = False,
    replaces_workshop: bool = False,
    exists_hint: str = N_("add --force to replace it"),
    makes: str | None = None,
) -> Iterator[Path]:
    """Check ``target``, give a temporary path beside it to fill, and put the result in
    place when the block ends without error. The block must close what it opened on the
    temporary path (a workshop, a file) before it ends."""
    inputs = list(inputs)
    path = check_output(
        target,
        inputs=inputs,
        force=force,
        replaces_workshop=replaces_workshop,
        exists_hint=exists_hint,
        makes=makes,
    )
    where = str(path)
    partial = _reserve(path)
    try:
        try:
            yield partial
            _sync(partial)
            os.chmod(partial, _mode_for(path))
        except BaseException as error:
            if _is_write_error(error, partial, path):
                raise _in_words(error, where) from None
            if isinstance(error, WorkshopError) and str(partial) in str(error):
                raise _named_by_target(error, partial, where) from None
            raise
        # The refusals again, now that the output is ready: the target may have changed.
        check_output(
            path,
            inputs=inputs,
            force=force,
            replaces_workshop=replaces_workshop,
            exists_hint=exists_hint,
            makes=makes,
        )
        _put_in_place(partial, path, replaces_workshop)
        remove_abandoned_partials(path)
    except BaseException:
        remove_with_side_files(partial)
        raise


def _reserve(path: Path) -> Path:
    """A free temporary name beside ``path``, named so nobody takes it for finished. Nothing
    is there yet: the caller's builder makes it (some refuse a name that exists)."""
    folder = _folder(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f"{_partial_prefix(path)}{os.getpid()}-", dir=folder)
    except OSError as error:
        raise _in_words(error, str(path)) from None
    os.close(handle)
    os.unlink(name)
    return Path(name)


def _partial_prefix(path: Path) -> str:
    """``.NAME.partial-``, with NAME cut so the partial's own side files still fit."""
    return f".{shortened(path.name, _PARTIAL_NAME_BYTES)}{PARTIAL_MARK}"


def remove_abandoned_partials(path: Path) -> list[Path]:
    """Remove what runs killed while writing ``path`` left beside it (their partial files
    and journals), judged by the process id in the name: a running writer's are kept.
    Returns what was removed."""
    if sys.platform == "win32":  # pragma: no cover - os.kill would end the process there
        return []
    prefix = _partial_prefix(path)
    removed: list[Path] = []
    try:
        names = [p for p in _folder(path).iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    for leftover in names:
        pid_text = leftover.name[len(prefix) :].partition("-")[0]
        if not pid_text.isdigit() or _running(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # someone else's process, or a number we cannot ask about: keep
    return True


def _sync(partial: Path) -> None:
    if not partial.exists():
        raise WorkshopWriteFailed(_("the output was not written"), where=str(partial))
    fd = os.open(partial, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _put_in_place(partial: Path, path: Path, replaces_workshop: bool) -> None:
    """Rename ``partial`` over ``path``, holding the target's edit lock meanwhile (nobody
    can open it for editing while it is replaced), and move an old workshop's change log
    out of the way so it can never be applied to the new file."""
    lock: EditLock | None = None
    if sys.platform != "win32" and path.exists():
        lock = EditLock(path)
        try:
            lock.acquire()
        except WorkshopInUse:
            raise _in_use(str(path)) from None
        except OSError:
            lock = None  # cannot be read by us, so it is not a workshop we could lock
    aside: list[tuple[Path, Path]] = []
    try:
        if replaces_workshop:
            for suffix in SIDE_FILES:
                old = Path(f"{path}{suffix}")
                if old.exists():
                    moved = old.with_name(
                        f".{shortened(old.name, _PARTIAL_NAME_BYTES)}.replaced-{os.getpid()}"
                    )
                    os.replace(old, moved)
                    aside.append((moved, old))
        try:
            os.replace(partial, path)
        except OSError as error:
            for moved, old in aside:
                with contextlib.suppress(OSError):
                    os.replace(moved, old)
            aside.clear()
            raise _in_words(error, str(path)) from None
        _sync_folder(_folder(path))
    finally:
        if lock is not None:
            lock.release()
        for moved, _old in aside:
            with contextlib.suppress(OSError):
                moved.unlink()


def _sync_folder(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - folders cannot be opened there
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _mode_for(path: Path) -> int:
    """A replaced file keeps its permissions; a new one gets the usual ones (umask)."""
    with contextlib.suppress(OSError):
        return os.stat(path).st_mode & 0o777
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def remove_with_side_files(path: Path) -> None:
    """Remove a file and any SQLite journal, log or shared-memory file beside it."""
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILES)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


# Errors in words --------------------------------------------------------------------------
def _sqlite_code(error: BaseException) -> int | None:
    original = getattr(error, "orig", error)  # a wrapped error keeps the driver's
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        return code & 0xFF if isinstance(code, int) else None
    return None


def _is_write_error(error: BaseException, partial: Path, path: Path) -> bool:
    """A failure of the disk while the output was written (not a problem with an input)."""
    if isinstance(error, OSError):
        names = {str(partial), str(path)}
        return (
            error.errno in _NO_ROOM
            or error.filename is None
            or str(error.filename) in names
            or str(error.filename).startswith(str(partial))
        )
    return _sqlite_code(error) in (_SQLITE_FULL, _SQLITE_IOERR, _SQLITE_CANTOPEN)


def _named_by_target(error: WorkshopError, partial: Path, where: str) -> WorkshopError:
    """The same error, naming the output the facilitator asked for, not the partial file."""
    message = error.message.replace(str(partial), where)
    if error.details:
        return type(error)(message, where=where, details=error.details.replace(str(partial), where))
    return type(error)(message, where=where)


def _in_words(error: BaseException, where: str) -> WorkshopWriteFailed:
    code = _sqlite_code(error)
    if (isinstance(error, OSError) and error.errno in _NO_ROOM) or code == _SQLITE_FULL:
        reason = _("the disk is full")
    elif isinstance(error, OSError):
        reason = (error.strerror or str(error)).lower()
    else:
        reason = str(getattr(error, "orig", error)) or type(error).__name__
    return WorkshopWriteFailed(
        _("the file could not be written ({reason}); nothing was changed").format(reason=reason),
        where=where,
    )
