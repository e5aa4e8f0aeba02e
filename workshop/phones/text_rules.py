"""Text from a phone as the workshop keeps it: plain text, its line breaks as ``\\n``, no
control characters (a NUL or an escape has no place on a sticky note or a poster)."""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def plain_text(text: str) -> str:
    """``text`` with line breaks made ``\\n``, other control characters taken out, and the
    white space at its ends trimmed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text).strip()


def plain_name(text: str) -> str:
    """A name on one line: runs of white space (line breaks too) made one space."""
    return " ".join(plain_text(text).split())
