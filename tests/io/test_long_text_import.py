"""Text longer than a note may be, in every importer: refused with where it is (row, line,
column); a long cell in a column that is not imported does not stop the import."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from workshop.domain.limits import CELL_TEXT_MAX, NOTE_TEXT_MAX
from workshop.errors import ImportFailed
from workshop.io.evidence_import import default_mapping, plan_import, read_evidence
from workshop.io.evidence_mapping import map_rows
from workshop.io.import_mapping import ImportMapping
from workshop.io.plaintext import read_text_notes
from workshop.io.tabular import read_table


def workbook(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def csv_file(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(f'"{c}"' for c in row) for row in rows) + "\n")
    return path


def test_a_workbook_cell_past_what_is_read_names_its_row(tmp_path: Path) -> None:
    # Excel (and openpyxl) write at most 32,767 characters to a cell; a hostile file holds
    # more: write a short cell, then lengthen it in the sheet's XML.
    made = workbook(
        tmp_path / "made.xlsx", [["Respondent", "Comment"], ["Ana", "fine"], ["Bo", "LONGCELL"]]
    )
    path = tmp_path / "survey.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(path, "w") as out:
        for entry in source.infolist():
            data = source.read(entry.filename)
            out.writestr(entry, data.replace(b"LONGCELL", b"z" * (CELL_TEXT_MAX + 1)))
    assert b"z" * CELL_TEXT_MAX in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")

    with pytest.raises(ImportFailed) as error:
        read_table(path)

    assert str(error.value) == (
        "survey.xlsx: row 3 has a cell longer than 200,000 characters, far more than a note "
        "holds (20,000); shorten it or leave that column out of the file"
    )


@pytest.mark.parametrize("make", [csv_file, workbook], ids=["csv", "xlsx"])
def test_a_chosen_cell_over_the_note_cap_is_refused_with_row_and_column(
    tmp_path: Path, make: object
) -> None:
    name = "survey.csv" if make is csv_file else "survey.xlsx"
    long = "Long answer " * 2_000  # 24,000 characters
    path = make(tmp_path / name, [["Respondent", "Comment"], ["Ana", "fine"], ["Bo", long]])  # type: ignore[operator]
    table = read_evidence(path)

    with pytest.raises(ImportFailed) as error:
        plan_import(table, ImportMapping(("Comment",)))

    assert str(error.value) == (
        f"{name}: row 3, “Comment” holds 23,999 characters, more than a note can hold "
        "(20,000); shorten it or split it over several rows or paragraphs"
    )


def test_a_long_cell_in_a_column_left_out_does_not_stop_the_import(tmp_path: Path) -> None:
    transcript = "Transcript " * 5_000  # 55,000 characters: not a note, but read
    path = csv_file(
        tmp_path / "tickets.csv",
        [["Ticket", "Summary", "Transcript"], ["1", "Cannot export", transcript]],
    )
    table = read_table(path)

    plan = map_rows(table, text_columns=["Summary"])

    assert [n.text for n in plan.notes] == ["Cannot export"]


def test_joined_columns_over_the_cap_are_refused(tmp_path: Path) -> None:
    half = "w" * (NOTE_TEXT_MAX // 2 + 10)
    path = csv_file(tmp_path / "pair.csv", [["Good", "Bad"], [half, half]])
    table = read_table(path)

    with pytest.raises(ImportFailed, match=r"row 2, “Good \+ Bad” holds 20,032 characters"):
        map_rows(table, text_columns=["Good", "Bad"], join_columns=True)


def test_a_note_at_the_cap_imports(tmp_path: Path) -> None:
    path = csv_file(tmp_path / "ok.csv", [["Comment"], ["a" * NOTE_TEXT_MAX]])
    table = read_table(path)

    plan = plan_import(table, default_mapping(table))

    assert [len(n.text) for n in plan.notes] == [NOTE_TEXT_MAX]


@pytest.mark.parametrize(
    ("name", "joiner"), [("interview.txt", "\n"), ("interview.md", " ")], ids=["text", "md"]
)
def test_a_paragraph_over_the_cap_names_the_line_it_starts_on(
    tmp_path: Path, name: str, joiner: str
) -> None:
    lines = ["# Interview", "", "First answer.", "", "Second answer starts here"]
    lines += ["and goes on " * 10] * (NOTE_TEXT_MAX // 120 + 5)
    (tmp_path / name).write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(ImportFailed) as error:
        read_text_notes(tmp_path / name)

    assert str(error.value).startswith(
        f"{name}: line 5: the paragraph starting there is longer than a note can be "
        "(more than 20,000 characters)"
    )


def test_paragraphs_at_the_cap_are_kept_whole(tmp_path: Path) -> None:
    line = "x" * 99
    body = "\n".join([line] * (NOTE_TEXT_MAX // 100))  # exactly 20,000 - 1 characters
    (tmp_path / "notes.txt").write_text(f"Intro\n\n{body}\n\nOutro\n", encoding="utf-8")

    notes = read_text_notes(tmp_path / "notes.txt")

    assert notes == ["Intro", body, "Outro"]
    assert len(body) == NOTE_TEXT_MAX - 1
