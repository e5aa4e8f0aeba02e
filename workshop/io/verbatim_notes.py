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
left out and counted. The markers decide, not the length: two plain questions each
answered by a bold line are verbatim notes, however short the answers ("**No.**").

The notes often say who and when: a heading "# Interview P3 — 2025-04-17" names the
respondent (P3, a code like P3, R12 or U7) and the day; a line of details such as
"**Participant:** P3, freelancer, 30s" or "**Date:** 2025-04-17" is about the interview,
not said in it: it names the respondent or the day too and is left out (and said), never
read as the moderator's words. ``verbatim_table`` makes the turns' table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from workshop.i18n import grouped, ngettext
from workshop.io.markdown_text import plain_text
from workshop.io.survey_headers import QUESTION_MARKS
from workshop.io.tabular import Table
from workshop.io.transcripts import Utterance, transcript_table

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
#: "**Participant:** P3, freelancer" or "**Date**: 2025-04-17": a detail about the interview.
_DETAIL = re.compile(
    r"^(?:\*\*|__)(?P<label>[^*_:\n]{1,30}?)\s*(?::(?:\*\*|__)|(?:\*\*|__):)\s*(?P<value>.*)$"
)
_PERSON_LABELS = frozenset(
    {"participant", "respondent", "interviewee", "teilnehmer", "teilnehmerin", "participante",
     "répondant", "répondante", "entrevistado", "entrevistada", "befragte", "befragter"}
)  # fmt: skip
_DETAIL_LABELS = _PERSON_LABELS | frozenset(
    {"date", "datum", "fecha", "role", "segment", "age", "location", "duration", "moderator",
     "interviewer", "note taker", "notetaker", "observer", "session", "recorded", "time"}
)  # fmt: skip
_DATE_LABELS = frozenset({"date", "datum", "fecha"})
_CODE = re.compile(r"\b[PRUpru]\d{1,3}\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


@dataclass(frozen=True)
class VerbatimNotes:
    utterances: list[Utterance]
    #: Line numbers of the task prompts and asides left out.
    asides: list[int]
    #: Who was interviewed and when, as the heading or a line of details says ("" / None).
    respondent: str = ""
    day: date | None = None
    #: Line numbers of the details about the interview left out.
    details: list[int] = field(default_factory=list)


def read_verbatim(text: str) -> VerbatimNotes | None:
    """The bold/plain verbatim notes of a Markdown text, or None when it is not written so.

    It is when at least two bold lines hold sentences (five words or more) and at least one
    plain line asks a question: bold subheadings over bullet lists do not qualify.
    """
    utterances: list[Utterance] = []
    asides: list[int] = []
    details: list[int] = []
    respondent, day = "", None
    bold_sentences = questions = answered = 0
    new_section = False
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        if _HEADING.match(line) or _RULE.match(line):
            new_section = True  # a heading ends the turn: the next words start a new one
            if not utterances:  # "# Interview P3 — 2025-04-17"
                respondent = respondent or _code_in(line)
                day = day or _day_in(line)
            continue
        line = _LIST.sub("", line)
        detail = _DETAIL.match(line)
        if detail and " ".join(detail["label"].casefold().split()) in _DETAIL_LABELS:
            label = " ".join(detail["label"].casefold().split())
            value = plain_text(detail["value"]).strip()
            if label in _PERSON_LABELS and not respondent:
                respondent = value.split(",")[0].strip()[:40]
            elif label in _DATE_LABELS:
                day = day or _day_in(value)
            details.append(number)
            continue
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
            if utterances and utterances[-1].speaker == MODERATOR and _asks(utterances[-1].text):
                answered += 1
            utterances.append(Utterance(PARTICIPANT, _tidy(words), at, number, section_start))
        else:
            words = _tidy(plain_text(line))
            if _asks(words):
                questions += 1
            utterances.append(Utterance(MODERATOR, words, at, number, section_start))
    # Sentences in bold under a question, or plain questions each answered in bold.
    if (bold_sentences < 2 or questions < 1) and answered < 2:
        return None
    return VerbatimNotes(utterances, asides, respondent, day, details)


def heading_details(text: str) -> tuple[str, date | None]:
    """The respondent and day a Markdown heading above the first words names ("# Interview
    P4 — 2025-04-20" -> "P4", 2025-04-20), for notes in any shape (labelled lines too)."""
    respondent, day = "", None
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or _RULE.match(line):
            continue
        if not _HEADING.match(line):
            break
        respondent = respondent or _code_in(line)
        day = day or _day_in(line)
    return respondent, day


def verbatim_table(name: str, notes: VerbatimNotes) -> Table:
    """The turns of verbatim notes as a transcript table: the participant named as the notes
    name them (else "Participant"), dated when they say the day, and what was left out
    said."""
    warnings: list[str] = []
    if notes.asides:
        warnings.append(
            ngettext(
                "{count} task prompt or aside in [brackets] left out (line {lines})",
                "{count} task prompts or asides in [brackets] left out (lines {lines})",
                len(notes.asides),
            ).format(count=grouped(len(notes.asides)), lines=_numbers(notes.asides))
        )
    if notes.details:
        warnings.append(
            ngettext(
                "{count} line of details about the interview left out (line {lines})",
                "{count} lines of details about the interview left out (lines {lines})",
                len(notes.details),
            ).format(count=grouped(len(notes.details)), lines=_numbers(notes.details))
        )
    utterances = notes.utterances
    if notes.respondent:
        utterances = [
            replace(u, speaker=notes.respondent) if u.speaker == PARTICIPANT else u
            for u in utterances
        ]
    table = transcript_table(name, utterances, tuple(warnings))
    return replace(table, session_date=notes.day)


def _numbers(lines: list[int]) -> str:
    return ", ".join(str(n) for n in lines[:8]) + (", …" if len(lines) > 8 else "")


def _asks(words: str) -> bool:
    return words.endswith(QUESTION_MARKS)


def _code_in(line: str) -> str:
    found = _CODE.search(line)
    return found.group().upper() if found else ""


def _day_in(text: str) -> date | None:
    found = _ISO_DATE.search(text)
    if found is None:
        return None
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None


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
