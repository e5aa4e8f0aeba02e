"""A user's input file, looked at before it is read and read as a stream with a cap.

Every path that reads a file the facilitator chose (an evidence export, interview notes, a
photo, a JSON export) reads it through here, so none of them can be made to wait forever
or to fill the memory:

- only a regular file is read: a folder, a named pipe (FIFO), a device such as
  ``/dev/zero``, or a socket is refused in words, before it is opened for reading (a
  named pipe is opened without waiting for a writer, and checked again once open, in case
  it was swapped in between);
- a file larger than the cap is refused before it is read, and the reading stops at the
  cap in any case (a file that grows while it is read, or whose size is reported wrong);
- the bytes are read in chunks, never with one ``read()`` of unknown size.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from typing import BinaryIO

from workshop.domain.file_kinds import FileKind, in_words, kind_of
from workshop.domain.limits import INPUT_FILE_MAX
from workshop.errors import ImportFailed
from workshop.i18n import _, ngettext

#: Bytes read at a time.
CHUNK_BYTES = 1 << 20

# Opening flags: never wait for a pipe's writer, never adopt a terminal, binary on Windows.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _refusal(mode: int, where: str) -> ImportFailed | None:
    kind = kind_of(mode)
    if kind is None:
        return None
    if kind is FileKind.FOLDER:
        return ImportFailed(_("this is a folder, not a file"), where=where)
    return ImportFailed(
        _("this is not a regular file ({kind})").format(kind=in_words(kind)), where=where
    )


def size_in_words(size: int) -> str:
    """A byte count as a facilitator reads it ("300 MB", "12 KB")."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):,.0f} MB"
    if size >= 1024:
        return f"{size / 1024:,.0f} KB"
    return ngettext("{count} byte", "{count} bytes", size).format(count=size)


def _too_large(size: int | None, limit: int, where: str) -> ImportFailed:
    if size is None:
        message = _("the file is too large to import (the limit is {limit})")
    else:
        message = _("the file is too large to import ({size}; the limit is {limit})")
    return ImportFailed(
        message.format(size=size_in_words(size or 0), limit=size_in_words(limit)), where=where
    )


def _os_refusal(error: OSError, where: str) -> ImportFailed:
    if isinstance(error, FileNotFoundError):
        return ImportFailed(_("the file does not exist"), where=where)
    if isinstance(error, IsADirectoryError):
        return ImportFailed(_("this is a folder, not a file"), where=where)
    if isinstance(error, PermissionError):
        return ImportFailed(_("you do not have permission to read this file"), where=where)
    return ImportFailed(
        _("the file could not be read ({problem})").format(problem=error.strerror or error),
        where=where,
    )


def check_input(
    path: str | os.PathLike[str], *, limit: int = INPUT_FILE_MAX, where: str | None = None
) -> int:
    """The size of ``path`` in bytes, after checking that it is a regular file no larger
    than ``limit``; raises ImportFailed (naming ``where``, the path as given by default)."""
    where = str(path) if where is None else where
    try:
        info = os.stat(path)
    except OSError as error:
        raise _os_refusal(error, where) from None
    refusal = _refusal(info.st_mode, where)
    if refusal is not None:
        raise refusal
    if info.st_size > limit:
        raise _too_large(info.st_size, limit, where)
    return info.st_size


@contextlib.contextmanager
def open_input(
    path: str | os.PathLike[str], *, limit: int = INPUT_FILE_MAX, where: str | None = None
) -> Iterator[BinaryIO]:
    """The file opened for reading, once checked (see ``check_input``).

    Reading it still has to stop at ``limit``: use ``read_chunks``/``read_input``.
    """
    where = str(path) if where is None else where
    check_input(path, limit=limit, where=where)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _os_refusal(error, where) from None
    try:
        info = os.fstat(fd)  # the file it is now, not the one looked at a moment ago
        refusal = _refusal(info.st_mode, where)
        if refusal is not None:
            raise refusal
        if info.st_size > limit:
            raise _too_large(info.st_size, limit, where)
        if hasattr(os, "O_NONBLOCK"):  # POSIX: reads wait for the disk as usual again
            os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb", buffering=0)
    except BaseException:
        os.close(fd)
        raise
    with handle:
        yield handle  # type: ignore[misc]


def read_chunks(
    handle: BinaryIO, *, limit: int = INPUT_FILE_MAX, where: str = "the file"
) -> Iterator[bytes]:
    """The bytes of an open input, chunk by chunk; raises ImportFailed once more than
    ``limit`` bytes have come (whatever the file's size said)."""
    total = 0
    while True:
        try:
            chunk = handle.read(min(CHUNK_BYTES, limit + 1 - total))
        except OSError as error:
            raise _os_refusal(error, where) from None
        if not chunk:
            return
        total += len(chunk)
        if total > limit:
            raise _too_large(None, limit, where)
        yield chunk


def read_input(
    path: str | os.PathLike[str], *, limit: int = INPUT_FILE_MAX, where: str | None = None
) -> bytes:
    """The whole of a checked input file, read in chunks and never more than ``limit``."""
    where = str(path) if where is None else where
    gathered = io.BytesIO()  # chunks are let go as they are copied in: no second copy
    with open_input(path, limit=limit, where=where) as handle:
        for chunk in read_chunks(handle, limit=limit, where=where):
            gathered.write(chunk)
    return gathered.getvalue()


def read_head(path: str | os.PathLike[str], size: int, *, where: str | None = None) -> bytes:
    """At most the first ``size`` bytes of a checked input file (to tell what it is)."""
    where = str(path) if where is None else where
    with open_input(path, limit=INPUT_FILE_MAX, where=where) as handle:
        parts: list[bytes] = []
        got = 0
        while got < size:
            try:
                chunk = handle.read(size - got)
            except OSError as error:
                raise _os_refusal(error, where) from None
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)
