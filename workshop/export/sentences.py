"""A facilitator's text inside a sentence of the program's language ("Dana — evidence
(continued)"), laid out in the room's direction whatever script the text is in.

A printed line takes its direction from its first letter (``text.base_direction``), which
is right for a line of user text but wrong for such a sentence: after an Arabic or Hebrew
name, "— evidence (continued)" would be set right to left with its closing bracket turned
round. :func:`in_sentence` wraps the user's text in an embedding of its own direction and
:func:`room_sentence` marks the sentence with the room's direction; both marks are
invisible (never drawn, not in the PDF's text) and added only to text with right-to-left
letters, so every other line is left exactly as typed.
"""

from __future__ import annotations

from workshop.export.text import _breaks_before, base_direction, has_rtl
from workshop.i18n import current_language, is_right_to_left

#: Left-to-right and right-to-left marks (invisible strong letters that set a line's
#: direction), the embeddings and their end.
LRM, RLM = "\u200e", "\u200f"
LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"


def in_sentence(text: str) -> str:
    """``text`` to be put into a sentence of the room's language: a text with right-to-left
    letters is embedded in its own direction, so it reads as typed whatever surrounds it."""
    if not has_rtl(text):
        return text
    return f"{RLE if base_direction(text) == 'R' else LRE}{text}{PDF}"


def room_sentence(sentence: str) -> str:
    """``sentence`` (the program's words with a user's text in them) set in the direction
    of the room's language rather than that of its first letter."""
    if not has_rtl(sentence):
        return sentence
    return (RLM if is_right_to_left(current_language()) else LRM) + sentence


def first_words(text: str, length: int = 60) -> str:
    """``text`` on one line, whole when it has at most ``length`` characters, else cut after
    a word (or, in a script written without spaces, between two clusters) and ended with
    "…": short enough to repeat at the top of a column, never a broken letter."""
    line = " ".join(text.split())
    if len(line) <= length:
        return line
    cut = line.rfind(" ", length // 2, length + 1)
    if cut < 0:
        cut = length
        while cut > 1 and not _breaks_before(line, cut):
            cut -= 1
    return line[:cut].rstrip() + "…"
