"""Verbatim interview notes in Markdown, and Markdown markup rendered to plain text.

The common shape of a researcher's verbatim notes: the moderator's questions as plain
lines, the participant's answers in bold, timestamps like "(15:50)" at the start or end
of a line, and task prompts or asides in ``*[...]*``::

    (02:10) How do you file an expense today?
    **I photograph the receipt and then forget about it.** (02:14)
    *[Task: submit the taxi receipt]*
    **Where is the category? I can't find it.**

``read_verbatim`` gives the bold lines as the participant's utterances and the plain
lines as the moderator's (``transcripts.Utterance``; consecutive lines of one speaker are
merged into a turn later); timestamps become the utterance's time, prompts and asides are
left out and counted. ``plain_text`` removes emphasis, code and link markup from a line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workshop.io.markdown_text import plain_text
from workshop.io.transcripts import Utterance

#: The speaker names given to bold and plain lines.
PARTICIPANT, MODERATOR = "Participant", "Interviewer"

_STAMP = r"[(\[]?\b\d{1,2}:\d{2}(?::\d{2})?\b[)\]]?"
_LEADING_STAMP = re.compile(rf"^\s*{_STAMP}\s*[-–—:]?\s*")
_TRAILING_STAMP = re.compile(rf"\s*{_STAMP}\s*$")
_LIST = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s|$)")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,})$")
_ASIDE = re.compile(r"^(?:\*{1,2}|_{1,2})?\s*\[[^\]]*\]\s*(?:\*{1,2}|_{1,2})?[.]?$")
_BOLD_LINE = re.compile(r"^(?:\*\*|__)(?P<body>.+)(?:\*\*|__)[.!?…]?$")


@dataclass(frozen=True)
class VerbatimNotes:
    utterances: list[Utterance]
    #: Line numbers of the task prompts and asides left out.
    asides: list[int]


def read_verbatim(text: str) -> VerbatimNotes | None:
    """The bold/plain verbatim notes of a Markdown text, or None when it is not written so.

    It is when at least two bold lines hold sentences (five words or more) and at least one
    plain line asks a question: bold subheadings over bullet lists do not qualify.
    """
    utterances: list[Utterance] = []
    asides: list[int] = []
    bold_sentences = questions = 0
    new_section = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        if _HEADING.match(line) or _RULE.match(line):
            new_section = True  # a heading ends the turn: the next words start a new one
            continue
        line = _LIST.sub("", line)
        line, at = _without_stamps(line)
        if not line:
            continue
        if _ASIDE.match(line):
            asides.append(number)
            continue
        new_section, section_start = False, new_section
        bold = _BOLD_LINE.match(line)
        if bold and "**" not in bold.group("body").replace("** **", ""):
            words, stamp = _without_stamps(plain_text(bold.group("body")))
            at = at or stamp
            if len(words.split()) >= 5:
                bold_sentences += 1
            utterances.append(Utterance(PARTICIPANT, _tidy(words), at, number, section_start))
        else:
            words = _tidy(plain_text(line))
            if words.endswith("?"):
                questions += 1
            utterances.append(Utterance(MODERATOR, words, at, number, section_start))
    if bold_sentences < 2 or questions < 1:
        return None
    return VerbatimNotes(utterances, asides)


def _without_stamps(line: str) -> tuple[str, str]:
    """The line without a leading or trailing "(15:50)", and the first time found."""
    at = ""
    for stamp in (_LEADING_STAMP, _TRAILING_STAMP):
        found = stamp.search(line)
        if found:
            at = at or found.group().strip(" ()[]-–—:")
            line = (line[: found.start()] + line[found.end() :]).strip()
    return line, at


def _tidy(text: str) -> str:
    return " ".join(text.split())
