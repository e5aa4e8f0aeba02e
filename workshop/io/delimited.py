"""Comma-, semicolon- and tab-separated exports: finding the delimiter and reading records.

Survey tools and help desks export "CSV" with whatever separator the locale suggests (a
semicolon where the comma is the decimal mark), tab-separated text from spreadsheets, and
quoted fields that hold line breaks and separators. The delimiter is found by trying each
candidate on the first records with the real CSV parser and keeping the one that splits
them most consistently into more than one column.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from workshop.domain.limits import CELL_TEXT_MAX, NOTE_TEXT_MAX
from workshop.errors import ImportFailed
from workshop.i18n import N_, _, grouped

#: Candidates, most likely first; the order breaks ties.
DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")

#: What each is called in messages (translated where it is shown).
DELIMITER_NAMES: dict[str, str] = {
    ",": N_("comma"),
    ";": N_("semicolon"),
    "\t": N_("tab"),
    "|": N_("bar"),
}

_DIGITS = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 65536
_SAMPLE_RECORDS = 200
# csv.field_size_limit takes a C long, which is 32 bits on Windows.
_MAX_FIELD_LIMIT = 2**31 - 1


def detect_delimiter(text: str, *, preferred: str = ",") -> str:
    """The delimiter that splits the first records most consistently.

    ``preferred`` wins ties and is the answer for a file with a single column (a ``.tsv``
    file prefers a tab).
    """
    complete = len(text) <= _SAMPLE_CHARS
    sample = text if complete else text[: text.rfind("\n", 0, _SAMPLE_CHARS) + 1 or _SAMPLE_CHARS]
    order = (preferred, *(d for d in DELIMITERS if d != preferred))
    best = preferred
    best_score: tuple[float, ...] = (0.0,)
    for rank, delimiter in enumerate(order):
        if delimiter not in sample:
            continue
        counts = _field_counts(sample, delimiter, complete)
        if not counts:
            continue
        width, frequency = Counter(counts).most_common(1)[0]
        if width < 2:
            continue
        # Consistency counts first (in coarse steps, so a stray line does not decide),
        # then more columns, then the preferred order.
        score = (round(frequency / len(counts), 1), float(width), -float(rank))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def parse_delimited(text: str, delimiter: str, *, name: str) -> list[list[str]]:
    """Every record of the text, as lists of cells (ragged, exactly as written).

    ``text`` should have LF line endings (see ``normalise_line_endings``); line breaks
    inside quoted fields are kept.
    """
    if len(delimiter) != 1 or delimiter in '"\n\r':
        raise ImportFailed(
            _("'{delimiter}' cannot be used as a delimiter").format(delimiter=delimiter),
            where=name,
        )
    # The reader stops at a cell longer than this: reading never holds one enormous cell.
    csv.field_size_limit(CELL_TEXT_MAX)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    append = records.append
    last_start = 0  # lines read before the last record
    lines_read = 0
    try:
        for record in reader:
            append(record)
            last_start, lines_read = lines_read, reader.line_num
    except csv.Error as exc:
        row = len(records) + 1
        if "field larger than field limit" in str(exc):
            if '"' in text:  # most likely a quote never closed: say so, with its row
                _refuse_unclosed_quote(text, delimiter, row, lines_read, name)
            raise ImportFailed(
                _(
                    "row {row} has a cell longer than {limit} characters, far more than a "
                    "note holds ({note_limit}); shorten it or leave that column out of the file"
                ).format(row=row, limit=grouped(CELL_TEXT_MAX), note_limit=grouped(NOTE_TEXT_MAX)),
                where=name,
            ) from None
        raise ImportFailed(
            _("the file could not be read as a table (row {row}: {problem})").format(
                row=row, problem=exc
            ),
            where=name,
        ) from None
    if records and '"' in text and any("\n" in cell for cell in records[-1]):
        _refuse_unclosed_quote(text, delimiter, len(records), last_start, name)
    if '"' in text:
        _refuse_swallowed_rows(records, delimiter, name)
    return records


def _refuse_swallowed_rows(records: list[list[str]], delimiter: str, name: str) -> None:
    """A quote closed only by a stray quote rows later swallows those rows into one cell:
    refuse a cell whose lines look like the file's rows (as many cells, the first shaped
    like the record's own first cell: "4413" under "4412")."""
    widths = Counter(len(r) for r in records[:50])
    width = widths.most_common(1)[0][0] if widths else 0
    if width < 2:
        return
    for row, record in enumerate(records, start=1):
        if len(record) > width + 1 or not any(map(_has_line_break, record)):
            continue
        shape = _shape(record[0])
        for index, cell in enumerate(record):
            if "\n" not in cell:
                continue
            lines = cell.split("\n")[1:]
            like_rows = [
                line
                for line in lines
                if line.count(delimiter) >= width - 1
                and len(next(csv.reader([line], delimiter=delimiter), [])) == width
                and _shape(line.split(delimiter, 1)[0]) == shape
            ]
            if len(like_rows) >= 2:
                raise ImportFailed(
                    _(
                        "row {row}: a quote in cell {cell} runs on over {lines} lines that look "
                        "like rows of their own (“{sample}”); a closing quote is probably "
                        "missing there"
                    ).format(
                        row=row, cell=index + 1, lines=grouped(len(lines)), sample=like_rows[0][:40]
                    ),
                    where=name,
                )


_has_line_break = re.compile("\n").search


def _shape(cell: str) -> str:
    """ "4413" -> "9999", "R-1041" -> "a-9999": what an id column's cells share."""
    return _DIGITS.sub("9", _LETTERS.sub("a", cell.strip()))


def _refuse_unclosed_quote(text: str, delimiter: str, row: int, before: int, name: str) -> None:
    """A quote opened and never closed makes the rest of the file one cell: refuse it.

    The last record (row ``row``, after ``before`` lines) is read again strictly: ending
    inside a quoted cell is the sign.
    """
    start = 0
    for _line in range(before):
        start = text.index("\n", start) + 1
    tail = text[start:]
    try:
        for _record in csv.reader(io.StringIO(tail, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        if "unexpected end of data" not in str(exc):
            return
        lines = tail.count("\n") + (not tail.endswith("\n"))
        raise ImportFailed(
            _(
                "row {row} (line {line}) opens a quote that is never closed, so everything "
                "after it ({lines} lines) would become one cell; close or remove that quote "
                "and import again"
            ).format(row=row, line=before + 1, lines=grouped(lines)),
            where=name,
        ) from None


def allow_fields_of(length: int) -> None:
    """Let the csv module read a cell as long as ``length`` (its default stops at 128 KiB)."""
    wanted = min(max(length + 1, 131072), _MAX_FIELD_LIMIT)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)


def _field_counts(sample: str, delimiter: str, complete: bool) -> list[int]:
    allow_fields_of(len(sample))
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    counts: list[int] = []
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                counts.append(len(record))
            if len(counts) >= _SAMPLE_RECORDS:
                return counts
    except csv.Error:
        return []
    if not complete and len(counts) > 1:
        counts.pop()  # the sample may end inside a quoted field
    return counts
