"""Interview notes in plain text or Markdown, and text pasted on the board, as notes.

A file becomes one note per paragraph or bullet point. Headings ("# Pain points",
an underlined title) are the researcher's structure, not evidence, and are left out;
bullet markers ("-", "*", "•", "1.", "- [ ]") and quote markers (">") are removed.
Lines of one paragraph are joined with a space in Markdown (where a line break inside a
paragraph means nothing) and kept as line breaks in a plain text file.

Pasted text is split the way the facilitator chose: one note per line, per paragraph, or
per cell of a block copied from a spreadsheet (tab-separated, with quoted cells that hold
line breaks).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Literal

from workshop.domain.limits import NOTE_TEXT_MAX
from workshop.errors import ImportFailed
from workshop.i18n import _, grouped
from workshop.io.markdown_text import plain_text
from workshop.io.not_evidence import refuse_non_evidence
from workshop.io.text_decoding import decode_text, normalise_line_endings, read_limited

PasteMode = Literal["line", "paragraph", "cell"]
PASTE_MODES: tuple[PasteMode, ...] = ("line", "paragraph", "cell")

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
#: Subtitle files of recorded interviews (Zoom, Teams, Otter): always speech.
TRANSCRIPT_SUFFIXES = frozenset({".vtt", ".srt"})

_BULLET = re.compile(r"^\s*(?:[-*+•‣◦▪●–]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?")
_BARE_BULLET = re.compile(r"^\s*(?:[-*+•‣◦▪●–]|\d{1,3}[.)])$")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s|$)")
_UNDERLINE = re.compile(r"^\s{0,3}(?:={2,}|-{3,})\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,})$")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def read_text_notes(path: str | os.PathLike[str], *, encoding: str | None = None) -> list[str]:
    """One note per paragraph or bullet of a text or Markdown file.

    Raises ImportFailed (naming the file) when it cannot be read, is not text, holds
    nothing but headings and blank lines, or has a paragraph longer than a note can be
    (naming the line it starts on).
    """
    file = Path(path)
    data = read_limited(file)
    refuse_non_evidence(data, name=file.name)
    decoded = decode_text(data, name=file.name, encoding=encoding)
    try:
        notes = _paragraphs(
            decoded.text, markdown=file.suffix.lower() in MARKDOWN_SUFFIXES, limit=NOTE_TEXT_MAX
        )
    except _TooLong as long:
        raise ImportFailed(
            _(
                "line {line}: the paragraph starting there is longer than a note can be (more "
                "than {limit} characters); split it with blank lines"
            ).format(line=long.line, limit=grouped(NOTE_TEXT_MAX)),
            where=file.name,
        ) from None
    if not notes:
        raise ImportFailed(
            _("the file has headings but no text to turn into notes"), where=file.name
        )
    return notes


class _TooLong(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(f"line {line}")
        self.line = line


def notes_from_text(text: str, *, markdown: bool = True) -> list[str]:
    """Paragraphs and bullet points of a text, without headings or list markers."""
    return _paragraphs(text, markdown=markdown)


def _paragraphs(text: str, *, markdown: bool, limit: int | None = None) -> list[str]:
    """The notes of ``text``; raises _TooLong (with the line a note starts on) as soon as
    one grows past ``limit`` characters."""
    joiner = " " if markdown else "\n"
    notes: list[str] = []
    current: list[str] = []
    started = 0  # the line the current note starts on
    length = 0
    in_fence = False
    in_bullet = False
    in_quote = False

    def flush(separator: str = joiner) -> None:
        nonlocal length
        note = separator.join(part for part in current if part).strip()
        if markdown and not in_fence:
            note = plain_text(note).strip()
        if note:
            notes.append(note)
        current.clear()
        length = 0

    def add(part: str, number: int) -> None:
        nonlocal started, length
        if not current:
            started = number
        current.append(part)
        length += len(part) + 1
        if limit is not None and length > limit + 1 and len(joiner.join(current).strip()) > limit:
            raise _TooLong(started)

    for number, raw in enumerate(normalise_line_endings(text).split("\n"), start=1):
        if _FENCE.match(raw):
            flush("\n" if in_fence else joiner)  # a code block keeps its lines
            in_fence = not in_fence
            continue
        if in_fence:
            add(raw.rstrip(), number)
            continue
        quoted = _QUOTE.match(raw) is not None
        if quoted != in_quote:
            flush()  # a quote starts or ends a note of its own
            in_quote = quoted
        line = _QUOTE.sub("", raw).rstrip()
        if not line.strip() or _HEADING.match(line):
            flush()
        elif _UNDERLINE.match(line) and len(current) == 1 and not in_bullet:
            current.clear()  # "Title" over "=====" or "-----": a heading
            length = 0
        elif _RULE.match(line) or _UNDERLINE.match(line) or _BARE_BULLET.match(line):
            flush()
        elif match := _BULLET.match(line):
            flush()
            in_bullet = True
            add(line[match.end() :].strip(), number)
            continue
        else:
            if not current:
                in_bullet = False
            add(line.strip(), number)
            continue
        in_bullet = False
    flush()
    return notes


def notes_per_line(text: str, *, markdown: bool = True) -> list[str]:
    """One note per non-empty line of a file, without headings, rules or list markers."""
    notes = []
    for raw in normalise_line_endings(text).split("\n"):
        line = _QUOTE.sub("", raw)
        if not line.strip() or _HEADING.match(line) or _RULE.match(line) or _FENCE.match(line):
            continue
        match = _BULLET.match(line)
        stripped = (line[match.end() :] if match else line).strip()
        if markdown:
            stripped = plain_text(stripped).strip()
        if stripped and not _BARE_BULLET.match(stripped):
            notes.append(stripped)
    return notes


def split_pasted_text(text: str, mode: PasteMode) -> list[str]:
    """Pasted text as note texts: one per non-empty line, paragraph, or spreadsheet cell."""
    text = normalise_line_endings(text)
    if mode == "line":
        result = []
        for line in text.split("\n"):
            match = _BULLET.match(line)
            stripped = (line[match.end() :] if match else line).strip()
            if stripped and not _BARE_BULLET.match(stripped):
                result.append(stripped)
        return result
    if mode == "paragraph":
        return [block.strip() for block in _BLANK_LINE.split(text) if block.strip()]
    if mode == "cell":
        return [cell.strip() for row in spreadsheet_cells(text) for cell in row if cell.strip()]
    raise ValueError(f"unknown paste mode {mode!r}")


def guess_paste_mode(text: str) -> PasteMode:
    """The split a paste most likely wants: cells for a spreadsheet block, paragraphs when
    blank lines separate the text, lines otherwise."""
    text = normalise_line_endings(text).strip("\n")
    if "\t" in text:
        return "cell"
    if _BLANK_LINE.search(text):
        return "paragraph"
    return "line"


def spreadsheet_cells(text: str) -> list[list[str]]:
    """Rows of cells of a block copied from a spreadsheet (tab-separated).

    A cell that starts with a quote and has a matching closing quote before the next tab
    or line break is a quoted cell (it may hold line breaks; "" is a quote); any other
    quote is just text, as spreadsheets write it.
    """
    text = normalise_line_endings(text)
    if text.endswith("\n"):
        text = text[:-1]
    rows: list[list[str]] = []
    row: list[str] = []
    i, n = 0, len(text)
    while True:
        value, i = _quoted_cell(text, i) if i < n and text[i] == '"' else (None, i)
        if value is None:
            end = _next_break(text, i)
            value, i = text[i:end], end
        row.append(value)
        if i >= n:
            rows.append(row)
            return rows
        if text[i] == "\n":
            rows.append(row)
            row = []
        i += 1


def _quoted_cell(text: str, start: int) -> tuple[str | None, int]:
    """The quoted cell at start and the index after it, or (None, start) if not quoted."""
    parts: list[str] = []
    j = start + 1
    while True:
        k = text.find('"', j)
        if k == -1:
            return None, start
        if text.startswith('""', k):
            parts.append(text[j : k + 1])
            j = k + 2
            continue
        if k + 1 == len(text) or text[k + 1] in "\t\n":
            parts.append(text[j:k])
            return "".join(parts), k + 1
        return None, start


def _next_break(text: str, start: int) -> int:
    tab = text.find("\t", start)
    newline = text.find("\n", start)
    ends = [e for e in (tab, newline) if e != -1]
    return min(ends) if ends else len(text)
