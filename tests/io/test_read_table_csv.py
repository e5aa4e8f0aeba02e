"""read_table on CSV and TSV exports: every oddity of a real export, each in a real file."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from workshop.errors import ImportFailed
from workshop.io import text_decoding
from workshop.io.tabular import import_kind, read_table, unique_headers

MakeFile = Callable[..., Path]

ROWS = [
    ["Respondent", "Comment", "Date"],
    ["R1", "Café opens late – “annoying”", "2024-03-05"],
    ["R2", "Naïve pricing €5, too dear", "2024-03-06"],
]


def as_csv(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    return out.getvalue()


def assert_one_line_naming(error: pytest.ExceptionInfo[ImportFailed], path: Path) -> None:
    message = str(error.value)
    assert "\n" not in message
    assert path.name in message


@pytest.mark.parametrize(
    ("encoding", "prefix", "detected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8"),
        ("utf-16-le", b"\xff\xfe", "utf-16-le"),
        ("utf-16-be", b"\xfe\xff", "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),
        ("cp1252", b"", "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le-no-bom", "windows-1252"],
)
def test_each_encoding_is_detected(
    make_file: MakeFile, encoding: str, prefix: bytes, detected: str
) -> None:
    path = make_file("export.csv", prefix + as_csv(ROWS).encode(encoding))

    table = read_table(path)

    assert table.encoding == detected
    assert table.headers == ("Respondent", "Comment", "Date")
    assert table.rows == [ROWS[1], ROWS[2]]


def test_a_given_encoding_is_used_and_a_wrong_one_is_refused(make_file: MakeFile) -> None:
    path = make_file("latin.csv", as_csv(ROWS), encoding="cp1252")

    assert read_table(path, encoding="cp1252").rows[0][1] == ROWS[1][1]
    with pytest.raises(ImportFailed, match="not valid utf-8") as error:
        read_table(path, encoding="utf-8")
    assert_one_line_naming(error, path)
    with pytest.raises(ImportFailed, match="not an encoding"):
        read_table(path, encoding="klingon-8")


@pytest.mark.parametrize(
    ("delimiter", "suffix"),
    [(",", ".csv"), (";", ".csv"), ("\t", ".csv"), ("\t", ".tsv"), ("|", ".txt")],
    ids=["comma", "semicolon", "tab-in-csv", "tab-in-tsv", "bar"],
)
def test_the_delimiter_is_detected(make_file: MakeFile, delimiter: str, suffix: str) -> None:
    rows = [*ROWS, ["R3", "Scores 4,5 and 3,2; both low", "2024-03-07"]]
    path = make_file("export" + suffix, as_csv(rows, delimiter))

    table = read_table(path)

    assert table.delimiter == delimiter
    assert table.rows[-1] == rows[-1]


def test_semicolon_export_with_decimal_commas_is_not_split_on_commas(make_file: MakeFile) -> None:
    text = "Id;Score;Comment\n1;4,5;good\n2;3,0;ok, I guess\n3;1,5;bad\n"
    path = make_file("scores.csv", text)

    table = read_table(path)

    assert table.delimiter == ";"
    assert table.rows == [["1", "4,5", "good"], ["2", "3,0", "ok, I guess"], ["3", "1,5", "bad"]]


def test_a_given_delimiter_overrides_detection(make_file: MakeFile) -> None:
    path = make_file("one-column.csv", "Comment\nI like it, a lot\nBad\n")

    table = read_table(path, delimiter="\t")

    assert table.headers == ("Comment",)
    assert table.rows == [["I like it, a lot"], ["Bad"]]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"], ids=["crlf", "lf", "cr"])
def test_line_endings_and_quoted_cells_with_breaks_and_delimiters(
    make_file: MakeFile, newline: str
) -> None:
    rows = [
        ["Ticket", "Description"],
        ["T-1", f"First line{newline}second line, with a comma; and a semicolon"],
        ["T-2", 'He said "never again"'],
    ]
    path = make_file("tickets.csv", as_csv(rows, newline=newline))

    table = read_table(path)

    assert table.delimiter == ","
    assert table.rows == [
        ["T-1", "First line\nsecond line, with a comma; and a semicolon"],
        ["T-2", 'He said "never again"'],
    ]
    assert table.row_numbers == [2, 3]


def test_title_rows_above_the_headers(make_file: MakeFile) -> None:
    text = "Customer survey,,\nExported 2024-03-08,,\n,,\nId,Answer,Score\n7,Too slow,2\n8,Fine,4\n"
    path = make_file("survey.csv", text)

    table = read_table(path, header_row=4)

    assert table.headers == ("Id", "Answer", "Score")
    assert table.rows == [["7", "Too slow", "2"], ["8", "Fine", "4"]]
    assert table.row_numbers == [5, 6]
    assert table.preview(2) == [["Customer survey", "", ""], ["Exported 2024-03-08", "", ""]]


def test_two_header_rows_with_data_starting_later(make_file: MakeFile) -> None:
    # Survey tools write a question id row, a question text row, then answers.
    text = (
        "Q1,Q2\nWhat frustrates you?,What would you change?\nLogins,Fewer clicks\nPrinting,Search\n"
    )
    path = make_file("qualtrics.csv", text)

    table = read_table(path, header_row=2, first_data_row=3)
    by_ids = table.with_header_row(1, first_data_row=3)

    assert table.headers == ("What frustrates you?", "What would you change?")
    assert by_ids.headers == ("Q1", "Q2")
    assert by_ids.rows == table.rows == [["Logins", "Fewer clicks"], ["Printing", "Search"]]
    assert by_ids.row_numbers == [3, 4]


def test_no_header_row_names_the_columns(make_file: MakeFile) -> None:
    path = make_file("bare.csv", "a,b\nc,d\n")

    table = read_table(path, header_row=0)

    assert table.headers == ("Column 1", "Column 2")
    assert table.rows == [["a", "b"], ["c", "d"]]
    assert table.row_numbers == [1, 2]


def test_blank_and_duplicate_headers_become_unique(make_file: MakeFile) -> None:
    path = make_file("messy.csv", "Comment,,Comment, comment ,  \n1,2,3,4,5\n")

    table = read_table(path)

    assert table.headers == ("Comment", "Column 2", "Comment (2)", "comment (3)", "Column 5")


def test_generated_header_names_avoid_real_ones() -> None:
    headers = unique_headers(["Comment", "", "Comment", "Column 2", "Comment (2)"], 5)

    assert headers == ("Comment", "Column 2 (2)", "Comment (3)", "Column 2", "Comment (2)")
    assert len({h.casefold() for h in headers}) == 5


def test_ragged_rows_are_padded_and_extra_cells_get_columns(make_file: MakeFile) -> None:
    text = "Id,Comment,Score\n1,short\n2,long,5,extra,\n3,ok,4,,,,\n\n4\n"
    path = make_file("ragged.csv", text)

    table = read_table(path)

    assert table.headers == ("Id", "Comment", "Score", "Column 4")
    assert table.rows == [
        ["1", "short", "", ""],
        ["2", "long", "5", "extra"],
        ["3", "ok", "4", ""],
        ["4", "", "", ""],
    ]
    assert table.row_numbers == [2, 3, 4, 6]


def test_very_long_cells(make_file: MakeFile) -> None:
    # Longer than the csv module's own limit, within what is read at all (CELL_TEXT_MAX).
    long_text = ('Transcript line, with commas; and "quotes".\n' * 8000)[:150_000]
    path = make_file("transcript.csv", as_csv([["Id", "Transcript"], ["1", long_text], ["2", "x"]]))

    table = read_table(path)

    assert len(long_text) > csv_default_limit()
    assert table.rows[0][1] == long_text
    assert table.rows[1] == ["2", "x"]


def csv_default_limit() -> int:
    return 131072


def test_ten_thousand_rows(make_file: MakeFile) -> None:
    rows = [["Id", "Comment", "Respondent"]] + [
        [str(i), f"Comment number {i}, quite ordinary", f"R{i % 250}"] for i in range(10_000)
    ]
    path = make_file("big.csv", as_csv(rows))

    table = read_table(path)

    assert len(table.rows) == 10_000
    assert table.rows[9_999] == rows[10_000]
    assert table.row_numbers[-1] == 10_001


def test_column_lookup_by_name_number_and_letter(make_file: MakeFile) -> None:
    table = read_table(make_file("cols.csv", as_csv(ROWS)))

    assert table.column_index("Comment") == 1
    assert table.column_index(" comment ") == 1
    assert table.column_index("3") == 2
    assert table.column_index("C") == 2
    assert table.column_index(0) == 0
    assert table.column_values("Respondent") == ["R1", "R2"]
    with pytest.raises(ImportFailed, match="no column 'Feedback'; the columns are: Respondent"):
        table.column_index("Feedback")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\r\n  \n\t\n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"Id,Comment,Date\r\n", "has headers but no rows"),
        (b"Id,Comment,Date\r\n,,\r\n\r\n", "has headers but no rows"),
        (b"\x00\x01\x02\x03\xfe\xfa\x00\x00binary\x00\x9c\x10" * 20, "not a text file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\x00\x00", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG image"),
    ],
    ids=[
        "zero-bytes",
        "blank-lines",
        "bom-only",
        "headers-only",
        "headers-and-blanks",
        "binary",
        "pdf",
        "png",
    ],
)
def test_unreadable_files_are_refused_clearly(
    make_file: MakeFile, content: bytes, expected: str
) -> None:
    path = make_file("export.csv", content)

    with pytest.raises(ImportFailed, match=expected) as error:
        read_table(path)

    assert_one_line_naming(error, path)


def test_header_row_past_the_end(make_file: MakeFile) -> None:
    path = make_file("short.csv", "a,b\n1,2\n")

    with pytest.raises(ImportFailed, match="header row is row 5 but the file has only 2 rows"):
        read_table(path, header_row=5)


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:  # sparse: no disk space used
        handle.truncate(text_decoding.MAX_TEXT_FILE_BYTES + 1)

    with pytest.raises(ImportFailed, match="too large") as error:
        read_table(path)

    assert_one_line_naming(error, path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="does not exist"):
        read_table(tmp_path / "nowhere.csv")
    with pytest.raises(ImportFailed, match="folder"):
        read_table(tmp_path)


def test_unreadable_permissions(make_file: MakeFile, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_file("locked.csv", as_csv(ROWS))
    path.chmod(0)
    # CI runs as root, who can read anything: refuse the open as the system would for a
    # facilitator without the right to read the file.
    import os

    real_open = os.open

    def locked_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", locked_open)
    with pytest.raises(ImportFailed, match="permission"):
        read_table(path)


@pytest.mark.parametrize("suffix", [".xls", ".ods", ".numbers"])
def test_unsupported_spreadsheet_formats_say_what_to_do(make_file: MakeFile, suffix: str) -> None:
    path = make_file("old" + suffix, b"\xd0\xcf\x11\xe0whatever")

    with pytest.raises(ImportFailed, match=r"(save|export) it as \.xlsx or CSV"):
        read_table(path)


def test_progress_hears_a_csv_read_in_one_go(make_file: MakeFile) -> None:
    heard: list[tuple[int, int | None]] = []

    read_table(make_file("p.csv", as_csv(ROWS)), progress=lambda *p: heard.append(p))

    assert heard == [(3, 3)]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("survey.csv", b"", "table"),
        ("research.XLSX", b"", "table"),
        ("old.xls", b"", "table"),
        ("interview.md", b"a,b,c\n1,2,3\n4,5,6\n", "notes"),
        ("wall.JPG", b"", "image"),
        ("excel-unicode-text.txt", "Id\tComment\r\n1\tSlow\r\n".encode("utf-16"), "table"),
        ("export.txt", b"Id;Score;Comment\n1;4,5;ok\n2;3;bad\n", "table"),
        ("notes.txt", b"Hello, world.\nI think, therefore I am.\n\nMore, and more.\n", "notes"),
        ("notes.txt", b"One line only", "notes"),
        ("renamed.dat", b"PK\x03\x04rest", "table"),
        ("photo", b"\xff\xd8\xff\xe0 jpeg", "image"),
        ("IMG_0001", b"\x00\x00\x00\x18ftypheic", "image"),
        ("binary.txt", bytes(range(1, 30)) * 10, "table"),
    ],
)
def test_import_kind_by_name_then_content(
    make_file: MakeFile, name: str, content: bytes, kind: str
) -> None:
    assert import_kind(make_file(name, content)) == kind
