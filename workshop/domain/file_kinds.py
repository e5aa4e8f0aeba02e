"""What a path that is not a regular file is, in the facilitator's words.

Importers and the opening of a workshop file refuse a folder, a named pipe (reading one
waits for a writer that may never come), a device (``/dev/zero`` never ends) or a socket
before reading it; this names which one it was.
"""

from __future__ import annotations

import stat

from workshop.i18n import _


def kind_of(mode: int) -> str | None:
    """What a file of this ``st_mode`` is when it is not a regular file; None when it is."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a named pipe")
    if stat.S_ISCHR(mode):
        return _("a device")
    if stat.S_ISBLK(mode):
        return _("a disk device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a file this program can read")
