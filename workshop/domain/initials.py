"""A persona's initials, for the editor's avatar and the poster's badge alike.

The first letter of each of the first two words of the name that hold a letter, skipping
the articles "the", "a" and "an" and anything in angle brackets; letters only. "Dana, the
working parent" gives "DW", "<b>Maya</b> & Co" gives "MC", a name with no letters "?".
"""

from __future__ import annotations

import re

_ARTICLES = frozenset({"the", "a", "an"})
_TAG = re.compile(r"<[^<>]*>")


def initials(name: str) -> str:
    """See the module docstring: "Dana, the working parent" -> "DW"."""
    letters: list[str] = []
    for word in _TAG.sub(" ", name or "").split():
        alpha = "".join(ch for ch in word if ch.isalpha())
        if not alpha or alpha.casefold() in _ARTICLES:
            continue
        letters.append(alpha[0].upper())
        if len(letters) == 2:
            break
    return "".join(letters) or "?"
