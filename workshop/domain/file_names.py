"""A workshop's title made into a file name for an output (posters, the board picture).

The title keeps its own characters (dashes, quotes, accents, any script); only what a file
name cannot hold on Windows, macOS or Linux (``\\ / : * ? " < > |`` and control characters)
becomes a space, and leading or trailing dots and spaces go (Windows drops them).
"""

from __future__ import annotations

import re

#: What no file name may hold on any of the systems the app runs on.
_NOT_IN_A_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
#: A title longer than this is cut (the name then stays well within path limits).
TITLE_CHARS = 80


def title_for_file_name(title: str) -> str:
    """``title`` as the start of a file name ("" when nothing of it can be used)."""
    safe = _NOT_IN_A_NAME.sub(" ", title).strip(" .")
    return safe[:TITLE_CHARS].strip(" .")
