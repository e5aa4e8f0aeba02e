"""read_table on Excel workbooks: several sheets, merged cells, typed cells, damaged files."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from workshop.errors import ImportFailed
from workshop.io import xlsx
from workshop.io.tabular import list_sheets, read_table

MakeWorkbook = Callable[..., Path]

SHEETS: dict[str, list[list[object]]] = {
    "Read me": [["This export was made on 8 March"]],
    "Interviews": [
        ["Participant", "Quote", "When"],
        ["P1", "I print everything twice", date(2024, 3, 5)],
        ["P2", "Night shift has no IT support", datetime(2024, 3, 6, 14, 30)],
    ],
    "Tickets": [["Ticket", "Text"], [4512, "Cannot log in"], [4513, "Slow search"]],
}


def test_sheets_are_listed_in_tab_order(make_workbook: MakeWorkbook) -> None:
    path = make_workbook("research.xlsx", SHEETS)

    assert list_sheets(path) == ["Read me", "Interviews", "Tickets"]


def test_a_chosen_sheet_is_read(make_workbook: MakeWorkbook) -> None:
    path = make_workbook("research.xlsx", SHEETS)

    table = read_table(path, sheet="Interviews")
    tickets = read_table(path, sheet="tickets")  # case does not matter

    assert table.sheet == "Interviews"
    assert table.sheets == ("Read me", "Interviews", "Tickets")
    assert table.headers == ("Participant", "Quote", "When")
    assert table.rows == [
        ["P1", "I print everything twice", "2024-03-05"],
        ["P2", "Night shift has no IT support", "2024-03-06 14:30:00"],
    ]
    assert tickets.rows == [["4512", "Cannot log in"], ["4513", "Slow search"]]
    assert table.encoding is None
    assert table.delimiter is None


def test_the_first_sheet_is_the_default(make_workbook: MakeWorkbook) -> None:
    path = make_workbook("research.xlsx", SHEETS)

    with pytest.raises(ImportFailed, match="has headers but no rows"):
        read_table(path)
    assert read_table(path, header_row=0).rows == [["This export was made on 8 March"]]


def test_an_unknown_sheet_lists_the_sheets(make_workbook: MakeWorkbook) -> None:
    path = make_workbook("research.xlsx", SHEETS)

    with pytest.raises(
        ImportFailed, match="no sheet named 'Survey'; its sheets are: Read me, Interviews, Tickets"
    ) as error:
        read_table(path, sheet="Survey")
    assert "research.xlsx" in str(error.value)


def test_merged_cells_fill_their_range(make_workbook: MakeWorkbook) -> None:
    rows: list[list[object]] = [
        ["Ward survey", None, None],
        ["Participant", "Feedback", None],
        ["P1", "Too many logins", "Printer far away"],
        [None, "Alarms are noisy", "No chairs"],
        [None, "Handover is rushed", None],
        ["P2", "Fine", "Good"],
    ]
    path = make_workbook(
        "merged.xlsx", {"Data": rows}, merges={"Data": ["A1:C1", "B2:C2", "A3:A5", "C5:C6"]}
    )

    table = read_table(path, header_row=2)

    assert table.preview(1) == [["Ward survey"] * 3]
    assert table.headers == ("Participant", "Feedback", "Feedback (2)")
    assert [row[0] for row in table.rows] == ["P1", "P1", "P1", "P2"]
    assert table.rows[2] == ["P1", "Handover is rushed", ""]  # C5:C6 merge has no value
    assert any("merged" in w for w in table.warnings)


def test_typed_cells_become_text(make_workbook: MakeWorkbook) -> None:
    rows: list[list[object]] = [
        ["Int", "Float", "Whole float", "Bool", "Formula", "Empty"],
        [7, 2.5, 3.0, True, "=1+1", None],
    ]
    path = make_workbook("types.xlsx", {"S": rows})

    table = read_table(path)

    # openpyxl writes no cached value for a formula, so it reads back as empty.
    assert table.rows == [["7", "2.5", "3", "TRUE", "", ""]]
    assert table.headers[-1] == "Empty"


def test_ragged_sheet_rows_and_gaps(make_workbook: MakeWorkbook) -> None:
    rows: list[list[object]] = [["A", "B"], ["1"], [], ["2", "x", "y"]]
    path = make_workbook("ragged.xlsx", {"S": rows})

    table = read_table(path)

    assert table.headers == ("A", "B", "Column 3")
    assert table.rows == [["1", "", ""], ["2", "x", "y"]]
    assert table.row_numbers == [2, 4]


def test_a_workbook_with_the_wrong_suffix_is_still_read(
    make_workbook: MakeWorkbook, tmp_path: Path
) -> None:
    path = make_workbook("research.xlsx", SHEETS)
    renamed = tmp_path / "research.csv"
    renamed.write_bytes(path.read_bytes())

    assert read_table(renamed, sheet="Tickets").headers == ("Ticket", "Text")


def test_an_xlsx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    path.write_text("Id,Comment\n1,hello\n", encoding="utf-8")

    with pytest.raises(ImportFailed, match=r"not an Excel \.xlsx workbook") as error:
        read_table(path)
    assert "report.xlsx" in str(error.value)
    assert "\n" not in str(error.value)


def test_a_truncated_workbook(make_workbook: MakeWorkbook, tmp_path: Path) -> None:
    data = make_workbook("full.xlsx", SHEETS).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])

    with pytest.raises(ImportFailed, match="damaged"):
        read_table(path)


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    path = tmp_path / "photos.xlsx"
    path.write_bytes(buffer.getvalue())

    with pytest.raises(ImportFailed, match="could not be read") as error:
        list_sheets(path)
    assert "photos.xlsx" in str(error.value)


def test_an_old_or_password_protected_workbook(tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)

    with pytest.raises(ImportFailed, match="password-protected"):
        read_table(path)


def test_a_workbook_that_unpacks_too_large_is_refused(
    make_workbook: MakeWorkbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = make_workbook("bomb.xlsx", SHEETS)
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", 1000)

    with pytest.raises(ImportFailed, match="too large"):
        read_table(path)


def test_a_sheet_with_nothing_in_it(make_workbook: MakeWorkbook) -> None:
    path = make_workbook("blank.xlsx", {"Empty": []})

    with pytest.raises(ImportFailed, match="empty"):
        read_table(path)


@pytest.mark.parametrize("depth", [1, 9])
def test_entities_in_a_sheet_are_expanded_but_a_bomb_is_refused(
    make_workbook: MakeWorkbook, tmp_path: Path, depth: int
) -> None:
    source = make_workbook("ok.xlsx", {"S": [["a"], ["b"]]})
    laughs = '<!ENTITY l0 "ha">' + "".join(
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    bomb = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(bomb, "w") as out:
        for info in original.infolist():
            content = original.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = f"<!DOCTYPE worksheet [{laughs}]>" + content.decode("utf-8")
                content = text.replace("<t>", f"<t>&l{depth};", 1).encode("utf-8")
            out.writestr(info, content)

    if depth == 1:  # ten "ha": harmless, read as usual
        assert read_table(bomb, header_row=0).rows[0] == ["ha" * 10 + "a"]
        return
    with pytest.raises(ImportFailed, match="could not be read"):
        read_table(bomb, header_row=0)


class Cancelled(Exception):
    """What a wizard's progress callback raises when the facilitator cancels."""


def test_progress_is_reported_and_a_cancel_passes_through(
    make_workbook: MakeWorkbook, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows: list[list[object]] = [["Id", "Text"], *([i, f"note {i}"] for i in range(9))]
    path = make_workbook("long.xlsx", {"S": rows})
    monkeypatch.setattr(xlsx, "PROGRESS_EVERY", 4)
    heard: list[tuple[int, int | None]] = []

    read_table(path, progress=lambda done, expected: heard.append((done, expected)))

    assert heard == [(4, 10), (8, 10), (10, 10)]

    def cancel(done: int, expected: int | None) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        read_table(path, progress=cancel)
