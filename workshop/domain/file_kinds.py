"""What a path that is not a regular file is, in the facilitator's words.

Importers and the opening of a workshop file refuse a folder, a named pipe (reading one
waits for a writer that may never come), a device (``/dev/zero`` never ends) or a socket
before reading it; this names which one it was. Callers compare the kind (``FileKind``),
never its words: the words are translated (``in_words``), for display only.
"""

from __future__ import annotations

import stat
from enum import Enum

from workshop.i18n import N_, _


class FileKind(Enum):
    """A kind of path that is not a regular file; its value is its (untranslated) words."""

    FOLDER = N_("a folder")
    NAMED_PIPE = N_("a named pipe")
    DEVICE = N_("a device")
    DISK_DEVICE = N_("a disk device")
    SOCKET = N_("a socket")
    OTHER = N_("not a file this program can read")


def kind_of(mode: int) -> FileKind | None:
    """What a file of this ``st_mode`` is when it is not a regular file; None when it is."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return FileKind.FOLDER
    if stat.S_ISFIFO(mode):
        return FileKind.NAMED_PIPE
    if stat.S_ISCHR(mode):
        return FileKind.DEVICE
    if stat.S_ISBLK(mode):
        return FileKind.DISK_DEVICE
    if stat.S_ISSOCK(mode):
        return FileKind.SOCKET
    return FileKind.OTHER


def in_words(kind: FileKind) -> str:
    """The kind as the facilitator reads it, in the program's language ("a folder")."""
    return _(kind.value)
