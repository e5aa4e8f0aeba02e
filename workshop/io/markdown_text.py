"""Markdown markup rendered to the words it shows, for notes made from Markdown files.

A note made from "**Honestly** it was _awful_" reads "Honestly it was awful" on the board
and on cards: emphasis, strike-through, inline code, links and images (their text kept),
backslash escapes and ``<br>`` are removed; the words stay exactly as written.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_CODE = re.compile(r"`([^`]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_HIDDEN = 0xF0000  # a private-use plane: never in an export's text
_UNHIDE = re.compile("[\U000f0000-\U000f007f]")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def plain_text(line: str) -> str:
    """A line of Markdown as the words it shows: no **, _, `, ~~ or link syntax."""
    if not any(ch in line for ch in "*_`~[\\<"):
        return line
    # Escaped characters are text: hide them from the markup rules, then put them back.
    line = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), line)
    line = _HTML_BREAK.sub(" ", line)
    line = _LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    line = _STRONG.sub(r"\2", line)  # bold inside bold
    line = _EMPHASIS.sub(r"\2", line)
    line = _STRIKE.sub(r"\1", line)
    return _UNHIDE.sub(lambda m: chr(ord(m.group()) - _HIDDEN), line)
