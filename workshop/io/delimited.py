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
from collections import Counter
from collections.abc import Iterator

from workshop.domain.limits import CELL_TEXT_MAX, NOTE_TEXT_MAX
from workshop.errors import ImportFailed

#: Candidates, most likely first; the order breaks ties.
DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")

DELIMITER_NAMES: dict[str, str] = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}

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
        raise ImportFailed(f"'{delimiter}' cannot be used as a delimiter", where=name)
    # The reader stops at a cell longer than this: reading never holds one enormous cell.
    csv.field_size_limit(CELL_TEXT_MAX)
    records: list[list[str]] = []
    reader = csv.reader(_lines(text), delimiter=delimiter)
    try:
        records.extend(reader)
    except csv.Error as exc:
        row = len(records) + 1
        if "field larger than field limit" in str(exc):
            raise ImportFailed(
                f"row {row} has a cell longer than {CELL_TEXT_MAX:,} characters, far more "
                f"than a note holds ({NOTE_TEXT_MAX:,}); shorten it or leave that column out "
                "of the file",
                where=name,
            ) from None
        raise ImportFailed(
            f"the file could not be read as a table (row {row}: {exc})", where=name
        ) from None
    return records


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` (LF endings kept), one at a time: no second copy of the text."""
    start, end = 0, len(text)
    while start < end:
        stop = text.find("\n", start)
        stop = end if stop == -1 else stop + 1
        yield text[start:stop]
        start = stop


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
