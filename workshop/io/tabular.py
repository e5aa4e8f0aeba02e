"""A research export read as a table: CSV, TSV or an Excel sheet, headers and rows of text.

``read_table`` is the one entry point the import wizard and the ``import-evidence`` verb
use. It reads the file once, keeps every record, and splits it into header and data at
``header_row`` (1-based; 0 means the file has no header row). The wizard can move that
split without reading the file again (``Table.with_header_row``).

Headers always come out unique and non-empty (a blank header becomes "Column 3", a second
"Comment" becomes "Comment (2)"), and every row has exactly one cell per header: short
rows are padded, and cells past the last header get columns of their own.
Anything wrong with the file raises ``ImportFailed`` with a one-line reason naming it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Literal

from workshop.errors import ImportFailed
from workshop.i18n import N_, _, grouped, ngettext
from workshop.io import xlsx
from workshop.io.delimited import DELIMITER_NAMES, detect_delimiter, parse_delimited
from workshop.io.input_file import read_head
from workshop.io.not_evidence import refuse_non_evidence
from workshop.io.plaintext import MARKDOWN_SUFFIXES, TRANSCRIPT_SUFFIXES
from workshop.io.survey_headers import combine_headers, detect_header_rows, is_import_id_row
from workshop.io.text_decoding import decode_text, normalise_line_endings, read_limited

#: A survey tool's code before a question: "G01Q01. ", "G01Q02[SQ001]. ", "Q3. " (letters
#: then a code with a digit in it, an optional [subquestion], a full stop and a space).
_QUESTION_CODE = re.compile(r"^(?=[A-Za-z]\w*\d)[A-Za-z]\w{0,19}(?:\[\w{1,20}\])?\.\s+(?=\S)")

EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm"})
_UNSUPPORTED = {
    ".xls": N_("old Excel .xls files cannot be read; save it as .xlsx or CSV first"),
    ".xlsb": N_("binary Excel .xlsb files cannot be read; save it as .xlsx or CSV first"),
    ".ods": N_("OpenDocument spreadsheets cannot be read; save it as .xlsx or CSV first"),
    ".numbers": N_("Numbers files cannot be read; export it as .xlsx or CSV first"),
}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Table:
    """The cells of a research export, as text."""

    #: The file name, for messages and the source label.
    name: str
    headers: tuple[str, ...]
    #: Data rows (blank rows left out), each exactly ``len(headers)`` cells.
    rows: list[list[str]] = field(repr=False)
    #: For each data row, its row number in the file (1-based, counting header rows;
    #: a CSV record with a line break inside a quoted cell counts as one row).
    row_numbers: list[int] = field(repr=False)
    header_row: int = 1
    first_data_row: int = 2
    #: Every record as read, before the split into header and data (for the preview).
    records: list[list[str]] = field(default_factory=list, repr=False)
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    sheets: tuple[str, ...] = ()
    #: Things worth telling the facilitator that did not stop the import.
    warnings: tuple[str, ...] = ()
    #: Delimited rows with filled cells past the last header, as (row number, cells):
    #: usually an unquoted comma inside a cell, which an import must not split silently.
    extra_cells: tuple[tuple[int, int], ...] = ()
    #: How many columns the header row names (the rest are "Column N" for extra cells).
    header_width: int = 0
    #: The row of questions above the header row of a survey export (0: none), and each
    #: column's question (empty without a question row: the header is the question).
    question_row: int = 0
    questions: tuple[str, ...] = ()
    #: The row of Qualtrics' {"ImportId": ...} objects under the header, left out (0: none).
    import_id_row: int = 0
    #: The day an interview was held, when its notes or transcript say (a heading).
    session_date: date | None = None

    def preview(self, count: int = 20) -> list[list[str]]:
        """The first ``count`` records as read, header rows included."""
        return [list(r) for r in self.records[:count]]

    def column_values(self, column: int | str) -> list[str]:
        index = self.column_index(column)
        return [row[index] for row in self.rows]

    def column_index(self, column: int | str) -> int:
        """The index of a column given by index, header, 1-based number or letter (A, B, AA).

        A header matches exactly first, then ignoring case and surrounding spaces.
        """
        if isinstance(column, int):
            if 0 <= column < len(self.headers):
                return column
            raise ImportFailed(
                _("there is no column {number}").format(number=column + 1), where=self.name
            )
        if column in self.headers:
            return self.headers.index(column)
        folded = column.strip().casefold()
        for index, header in enumerate(self.headers):
            if header.casefold() == folded:
                return index
        text = column.strip()
        if text.isdigit() and 1 <= int(text) <= len(self.headers):
            return int(text) - 1
        if text.isalpha() and text.isascii() and len(text) <= 3:
            index = _letters_to_index(text)
            if index < len(self.headers):
                return index
        raise ImportFailed(
            _("there is no column '{column}'; the columns are: {columns}").format(
                column=column, columns=", ".join(self.headers)
            ),
            where=self.name,
        )

    def with_header_row(
        self, header_row: int, first_data_row: int | None = None, question_row: int | None = None
    ) -> Table:
        """The same records split at another header row (0: no header row).

        ``question_row`` is a row of questions above it (0: none); None keeps this table's
        question row when it is still the row right above the header.
        """
        if question_row is None:
            kept = self.question_row and self.question_row == header_row - 1
            question_row = self.question_row if kept else 0
        return _split(self, header_row, first_data_row, question_row)

    def with_detected_header(self) -> Table:
        """The records split where ``survey_headers.detect_header_rows`` finds the header:
        below title rows, with a question row above an answer row."""
        header_row, question_row = detect_header_rows(self.records)
        if header_row == self.header_row and question_row == self.question_row:
            return self
        try:
            return _split(self, header_row, None, question_row)
        except ImportFailed:
            return self

    def question_of(self, index: int) -> str:
        """The question column ``index`` answers (its header when there is no question row),
        without a survey tool's question code: LimeSurvey's "G01Q01. What is …?" asks "What
        is …?" (the header keeps the code, to tell the columns apart)."""
        if index < len(self.questions) and self.questions[index]:
            question = self.questions[index]
        else:
            question = self.headers[index]
        return _QUESTION_CODE.sub("", question, count=1) if "." in question else question

    def extra_cells_message(self) -> str:
        """Why an import of this table stops at its first row with extra cells ("" if none)."""
        if not self.extra_cells:
            return ""
        number, cells = self.extra_cells[0]
        last = self.headers[self.header_width - 1]
        more = len(self.extra_cells) - 1
        others = (
            " "
            + ngettext("(and {count} more row)", "(and {count} more rows)", more).format(
                count=grouped(more)
            )
            if more
            else ""
        )
        named = delimiter_name(self.delimiter)
        return _(
            "row {row} has {cells} cells but the header names {width}{others}: a {delimiter} "
            "inside a cell without quotes splits it; fix the quotes, or join the extra cells "
            "back onto “{last}” (--join-extra-cells)"
        ).format(
            row=number,
            cells=cells,
            width=self.header_width,
            others=others,
            delimiter=named or _("delimiter"),
            last=last,
        )

    def with_extra_cells_joined(self) -> Table:
        """Each row's cells past the header joined back onto the last named column with the
        delimiter they were split at ("The app crashes, often, on login" again)."""
        if not self.extra_cells:
            return self
        width, glue = self.header_width, self.delimiter or ","
        rows = []
        for row in self.rows:
            filled = _last_filled(row)
            if filled > width:
                row = [*row[: width - 1], glue.join(row[width - 1 : filled])]
            else:
                row = row[:width]
            rows.append(row)
        return replace(self, headers=self.headers[:width], rows=rows, extra_cells=())


def read_table(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    delimiter: str | None = None,
    header_row: int = 1,
    first_data_row: int | None = None,
    progress: xlsx.Progress | None = None,
) -> Table:
    """Read a CSV, TSV or XLSX export (chosen by the file's name and content).

    ``encoding`` and ``delimiter`` are detected when None; ``sheet`` picks a worksheet of a
    workbook (the first when None). ``header_row`` is the 1-based row holding the column
    names (rows above it are ignored; 0 means there are none) and ``first_data_row`` the
    first row of data (the row after the header when None). ``progress(rows_read,
    rows_expected)`` hears how reading goes (a CSV is read in one go, a workbook row by
    row); an exception it raises to cancel the reading passes through unchanged.
    """
    file = Path(path)
    name = file.name
    suffix = file.suffix.lower()
    if suffix in _UNSUPPORTED:
        raise ImportFailed(_(_UNSUPPORTED[suffix]), where=name)
    data = read_limited(file)
    refuse_non_evidence(data, name=name)
    if suffix in EXCEL_SUFFIXES or data.startswith(b"PK\x03\x04"):
        sheet_records = xlsx.read_sheet(data, name=name, sheet=sheet, progress=progress)
        warnings: tuple[str, ...] = ()
        if sheet_records.merged_ranges:
            warnings = (
                ngettext(
                    "{count} merged cell range: each of its cells was given the range's value",
                    "{count} merged cell ranges: each cell of a range was given the range's value",
                    sheet_records.merged_ranges,
                ).format(count=grouped(sheet_records.merged_ranges)),
            )
        base = Table(
            name=name,
            headers=(),
            rows=[],
            row_numbers=[],
            records=sheet_records.records,
            sheet=sheet_records.sheet,
            sheets=sheet_records.sheets,
            warnings=warnings,
        )
    else:
        decoded = decode_text(data, name=name, encoding=encoding)
        del data
        used_encoding = decoded.encoding
        text = normalise_line_endings(decoded.text)
        del decoded  # one copy of the text at a time
        preferred = "\t" if suffix in (".tsv", ".tab") else ","
        chosen = delimiter if delimiter else detect_delimiter(text, preferred=preferred)
        records = parse_delimited(text, chosen, name=name)
        if progress is not None:
            progress(len(records), len(records))
        base = Table(
            name=name,
            headers=(),
            rows=[],
            row_numbers=[],
            records=records,
            encoding=used_encoding,
            delimiter=chosen,
        )
    return _split(base, header_row, first_data_row)


ImportKind = Literal["table", "notes", "image"]

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".tif", ".tiff"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".tab", *EXCEL_SUFFIXES, *_UNSUPPORTED})
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")


def import_kind(path: str | os.PathLike[str]) -> ImportKind:
    """Whether a file is read as a table, as notes (text, Markdown) or as an image.

    By its name first; a ``.txt`` file (or one with another name) is a table when its
    first lines split consistently on tabs, commas or semicolons (Excel saves "Unicode
    text" as tab-separated .txt), and notes otherwise. Never raises: a file that cannot
    be read is called a table, and reading it says what is wrong.
    """
    file = Path(path)
    suffix = file.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in TABLE_SUFFIXES:
        return "table"
    if suffix in MARKDOWN_SUFFIXES or suffix in TRANSCRIPT_SUFFIXES:
        return "notes"
    try:
        head = read_head(file, 16384)
    except ImportFailed:
        return "table"  # reading it says what is wrong
    if head.startswith(b"PK\x03\x04"):
        return "table"
    if head.startswith(_IMAGE_MAGIC) or head[4:12] in (b"ftypheic", b"ftypmif1"):
        return "image"
    try:
        text = normalise_line_endings(decode_text(head, name=file.name).text)
    except ImportFailed:
        return "table"
    lines = [line for line in text.split("\n")[:20] if line.strip()]
    if len(head) == 16384:
        lines = lines[:-1]  # the last line may be cut short
    return "table" if _looks_tabular(lines, file.name) else "notes"


def _looks_tabular(lines: list[str], name: str) -> bool:
    """Tab-separated lines of one width, or three or more lines split into three or more
    columns by a comma or semicolon (prose has commas, but not that regularly)."""
    if len(lines) < 2:
        return False
    sample = "\n".join(lines) + "\n"
    delimiter = detect_delimiter(sample, preferred="\t")
    try:
        widths = {len(record) for record in parse_delimited(sample, delimiter, name=name)}
    except ImportFailed:
        return False
    if len(widths) != 1:
        return False
    width = widths.pop()
    return width >= 2 if delimiter == "\t" else width >= 3 and len(lines) >= 3


def list_sheets(path: str | os.PathLike[str]) -> list[str]:
    """The worksheet names of an Excel workbook, in tab order."""
    file = Path(path)
    return xlsx.list_sheets(read_limited(file), name=file.name)


def delimiter_name(delimiter: str | None) -> str:
    """ "comma", "semicolon", "tab"... for the wizard and the summary."""
    if delimiter is None:
        return ""
    name = DELIMITER_NAMES.get(delimiter)
    return _(name) if name else repr(delimiter)


def unique_headers(raw: list[str], width: int) -> tuple[str, ...]:
    """Headers made non-empty and unique: blanks become "Column N", repeats "Name (2)"."""
    cleaned = [_SPACES.sub(" ", h).strip() for h in raw[:width]]
    cleaned += [""] * (width - len(cleaned))
    taken = {h.casefold() for h in cleaned if h}
    seen: set[str] = set()
    result: list[str] = []
    for index, header in enumerate(cleaned):
        if not header:
            candidate = f"Column {index + 1}"
            number = 2
            while candidate.casefold() in taken:
                candidate = f"Column {index + 1} ({number})"
                number += 1
        elif header.casefold() in seen:
            number = 2
            candidate = f"{header} ({number})"
            while candidate.casefold() in taken:
                number += 1
                candidate = f"{header} ({number})"
        else:
            candidate = header
        seen.add(candidate.casefold())
        taken.add(candidate.casefold())
        result.append(candidate)
    return tuple(result)


def _split(
    table: Table, header_row: int, first_data_row: int | None, question_row: int = 0
) -> Table:
    """The table with its records split into headers and data at header_row (combined
    with the question row above it, when there is one)."""
    records, name = table.records, table.name
    if header_row < 0:
        raise ImportFailed(_("the header row must be 0 (no headers) or a row number"), where=name)
    start = header_row + 1 if first_data_row is None else first_data_row
    import_ids = 0
    if (
        first_data_row is None
        and header_row < len(records)
        and is_import_id_row(records[header_row])
    ):
        import_ids, start = start, start + 1  # Qualtrics' ids are not answers
    if start <= header_row:
        raise ImportFailed(
            _("the data must start after the header row (row {row})").format(row=header_row),
            where=name,
        )
    if not any(any(cell.strip() for cell in r) for r in records):
        raise ImportFailed(_("the file is empty"), where=name)
    if header_row > len(records):
        raise ImportFailed(
            ngettext(
                "the header row is row {row} but the file has only {count} row",
                "the header row is row {row} but the file has only {count} rows",
                len(records),
            ).format(row=header_row, count=grouped(len(records))),
            where=name,
        )
    header_cells = records[header_row - 1] if header_row else []
    asked: list[str] = []
    if question_row and 0 < question_row < header_row:
        header_cells, asked = combine_headers(records[question_row - 1], header_cells)
    else:
        question_row = 0
    rows: list[list[str]] = []
    numbers: list[int] = []
    width = header_width = _last_filled(header_cells)
    extra: list[tuple[int, int]] = []
    watch_extra = header_width > 0 and table.delimiter is not None
    for number, record in enumerate(records[start - 1 :], start=start):
        if not "".join(record).strip():  # no cell holds more than blanks
            continue
        if len(record) > width or (watch_extra and len(record) > header_width):
            filled = _last_filled(record)
            width = max(width, filled)
            if watch_extra and filled > header_width:
                extra.append((number, filled))
        rows.append(record)
        numbers.append(number)
    if not rows:
        if header_row and any(cell.strip() for cell in header_cells):
            raise ImportFailed(
                _("the file has headers but no rows (nothing after row {row})").format(
                    row=header_row
                ),
                where=name,
            )
        raise ImportFailed(
            _("the file has no rows from row {row} on").format(row=start), where=name
        )
    padded = [
        r if len(r) == width else (r + [""] * (width - len(r)) if len(r) < width else r[:width])
        for r in rows
    ]
    headers = unique_headers(header_cells, width)
    questions = tuple(
        (asked[i] if i < len(asked) and asked[i] else headers[i]) for i in range(width)
    )
    warnings = tuple(w for w in table.warnings if w != _import_ids_left_out(table.import_id_row))
    if import_ids:
        warnings += (_import_ids_left_out(import_ids),)
    return replace(
        table,
        warnings=warnings,
        import_id_row=import_ids,
        headers=headers,
        question_row=question_row,
        questions=questions if question_row else (),
        rows=padded,
        row_numbers=numbers,
        header_row=header_row,
        first_data_row=start,
        extra_cells=tuple(extra),
        header_width=header_width,
    )


def _import_ids_left_out(row: int) -> str:
    if not row:
        return ""
    return _(
        'row {row} holds Qualtrics\' import ids ({{"ImportId": …}}), not answers: left out'
    ).format(row=row)


def _last_filled(cells: list[str]) -> int:
    for index in range(len(cells) - 1, -1, -1):
        if cells[index].strip():
            return index + 1
    return 0


def _letters_to_index(letters: str) -> int:
    index = 0
    for char in letters.upper():
        index = index * 26 + (ord(char) - 64)
    return index - 1
