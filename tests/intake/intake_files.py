"""Research exports with every oddity real ones have, written by the tests, and what an
import of each must give (the same through the CLI and through the wizard)."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

ROWS = (
    ("Ana", "Café is too loud"),
    ("Bo", "“Smart quotes” — and naïve ’apostrophes’"),
    ("Ana", "Wants the export by Friday"),
)
#: A long answer just under the longest note (NOTE_TEXT_MAX, 20,000 characters).
LONG = "Very long answer. " * 1_100


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass(frozen=True)
class Case:
    id: str
    name: str
    data: bytes
    #: (note text, source label) for every note the import must make.
    notes: tuple[tuple[str, str], ...]
    text_columns: tuple[str, ...] = ("Comment",)
    source_column: str | None = "Respondent"
    header_row: int = 1
    sheet: str | None = None

    def write(self, folder: Path) -> Path:
        path = folder / self.name
        path.write_bytes(self.data)
        return path

    def cli_args(self) -> list[str]:
        args: list[str] = []
        for column in self.text_columns:
            args += ["--text-column", column]
        if self.source_column:
            args += ["--source-column", self.source_column]
        if self.header_row != 1:
            args += ["--header-row", str(self.header_row)]
        if self.sheet:
            args += ["--sheet", self.sheet]
        return args


def _table(delimiter: str, newline: str, rows: tuple[tuple[str, str], ...] = ROWS) -> str:
    lines = [delimiter.join(("Respondent", "Comment"))]
    lines += [delimiter.join(row) for row in rows]
    return newline.join(lines) + newline


EXPECTED = tuple((comment, who) for who, comment in ROWS)


def _workbook() -> bytes:
    book = Workbook()
    intro = book.active
    assert intro is not None
    intro.title = "Read me"
    intro.append(["This export has two sheets; the answers are on the second."])
    answers = book.create_sheet("Answers")
    answers.append(["Respondent", "Comment"])
    answers.append(["Ana", "Sheet answer one"])
    answers.append([None, "Sheet answer two"])  # A2:A3 merged: Ana again
    answers.append(["Bo", "Sheet answer three"])
    answers.merge_cells("A2:A3")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _many_rows(count: int) -> tuple[bytes, tuple[tuple[str, str], ...]]:
    rows = [(f"R{i % 40:02d}", f"Answer number {i} about onboarding") for i in range(count)]
    text = "Respondent,Comment\n" + "".join(f"{who},{what}\n" for who, what in rows)
    return text.encode(), tuple((what, who) for who, what in rows)


_MANY, _MANY_NOTES = _many_rows(3000)

CASES: tuple[Case, ...] = (
    Case("utf8-bom", "utf8-bom.csv", _table(",", "\n").encode("utf-8-sig"), EXPECTED),
    Case("utf8-crlf", "utf8.csv", _table(",", "\r\n").encode("utf-8"), EXPECTED),
    # Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated, named .txt.
    Case("utf16-tabs-txt", "export.txt", _table("\t", "\r\n").encode("utf-16"), EXPECTED),
    Case("cp1252-semicolon", "windows.csv", _table(";", "\r\n").encode("cp1252"), EXPECTED),
    Case("tabs-in-csv-cr-only", "old-mac.csv", _table("\t", "\r").encode("utf-8"), EXPECTED),
    Case("tsv-lf", "export.tsv", _table("\t", "\n").encode("utf-8"), EXPECTED),
    Case(
        "quoted-newlines-delimiters",
        "quoted.csv",
        (
            b'Respondent,Comment\r\nAna,"Line one\r\nline two, with a comma; and a semicolon"\r\n'
            b'Bo,"He said ""no"", twice"\r\n'
        ),
        (
            ("Line one\nline two, with a comma; and a semicolon", "Ana"),
            ('He said "no", twice', "Bo"),
        ),
    ),
    Case(
        "two-header-rows",
        "two-headers.csv",
        ("Churn survey May 2025,\n" + _table(",", "\n")).encode(),
        EXPECTED,
        header_row=2,
    ),
    Case(
        "blank-and-duplicate-headers",
        "dupes.csv",
        b"Respondent,,Comment,Comment\nAna,x,First comment,Second comment\nBo,y,Third,\n",
        (("First comment", "Ana"), ("Second comment", "Ana"), ("Third", "Bo")),
        text_columns=("Comment", "Comment (2)"),
    ),
    Case(
        "ragged-rows",
        "ragged.csv",
        # Short rows and trailing empty cells; cells past the header are refused (see
        # test_faithful_import.py), so none here.
        b"Respondent,Comment\nAna,Too slow,,\nBo\nCy,Fine\n",
        (("Too slow", "Ana"), ("Fine", "Cy")),
    ),
    Case(
        "very-long-cell",
        "long.csv",
        # A cell past the csv module's field limit is read (a note that long is refused:
        # see test_faithful_import.py), here in a column that does not become notes.
        f'Respondent,Comment,Recording transcript\nAna,Long call,"{LONG}"\nBo,Short,x\n'.encode(),
        (("Long call", "Ana"), ("Short", "Bo")),
    ),
    Case("thousands-of-rows", "many.csv", _MANY, _MANY_NOTES),
    Case(
        "xlsx-sheets-merged-cells",
        "survey.xlsx",
        _workbook(),
        (("Sheet answer one", "Ana"), ("Sheet answer two", "Ana"), ("Sheet answer three", "Bo")),
        sheet="Answers",
    ),
    Case(
        "markdown-notes",
        "interview-7.md",
        (
            "# Interview 7 — nurse, night shift\n\n- Too many logins\n- Exports *by Friday*\n\n"
            "Long paragraph\nacross two lines.\n"
        ).encode(),
        (
            ("Too many logins", "interview-7.md"),
            ("Exports by Friday", "interview-7.md"),  # Markdown emphasis is not text
            ("Long paragraph across two lines.", "interview-7.md"),
        ),
        text_columns=(),
        source_column=None,
    ),
)

#: Files that cannot be imported, and a word of the message that says why.
FAILURES: tuple[tuple[str, str, bytes, str], ...] = (
    ("binary", "data.csv", bytes(range(256)) * 8, "not a text file"),
    ("empty", "empty.csv", b"", "empty"),
    ("only-headers", "headers.csv", b"Respondent,Comment\r\n", "headers but no rows"),
    ("xlsx-not-a-zip", "fake.xlsx", b"Respondent,Comment\nAna,Hello\n", "not a zip"),
    (
        "cell-far-too-long",
        "huge.csv",
        b"Respondent,Comment\nAna,short\nBo," + b"x" * 300_000 + b"\n",
        "row 3 has a cell longer than 200,000 characters",
    ),
)

#: Files read fine whose chosen text cannot become notes (refused when planning the import).
PLAN_FAILURES: tuple[tuple[str, str, bytes, str], ...] = (
    (
        "note-too-long",
        "long.csv",
        b'Respondent,Comment\nAna,short\nBo,"' + b"Far too long. " * 1_500 + b'"\n',
        "row 3, \u201cComment\u201d holds 20,999 characters, more than a note can hold",
    ),
)
