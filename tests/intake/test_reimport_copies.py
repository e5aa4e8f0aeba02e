"""Importing the same evidence again adds nothing, however the copy differs: saved in
decomposed Unicode, exported again later with more rows under a new name, imported with
another respondent column, renamed when it has only a row or two, or split by lines
after it was imported by paragraphs."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook

from workshop.cli import main
from workshop.io.tabular import read_table
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def board(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(note text, source label) sorted, and the respondents' labels sorted."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    notes = sorted((n.text, labels.get(n.source_id, "")) for n in snapshot.notes)
    return notes, sorted(r.label for r in snapshot.respondents)


def test_the_fixtures_are_the_same_text_composed_and_decomposed() -> None:
    nfc = (FIXTURES / "accents-nfc.csv").read_text(encoding="utf-8")
    nfd = (FIXTURES / "accents-nfd.csv").read_text(encoding="utf-8")
    assert nfc != nfd
    assert unicodedata.normalize("NFD", nfc) == nfd


def test_a_decomposed_copy_of_a_file_adds_no_notes_and_no_respondents(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "import-evidence", workshop_path, FIXTURES / "accents-nfc.csv")[0] == 0
    before = board(workshop_path)

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, FIXTURES / "accents-nfd.csv")

    assert code == 0, err
    assert "3 notes already in the workshop" in out
    assert board(workshop_path) == before
    assert before[1] == ["José", "Renée", "Zoë"]


def test_a_decomposed_file_imported_first_is_stored_composed(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "import-evidence", workshop_path, FIXTURES / "accents-nfd.csv")

    assert code == 0, err
    notes, respondents = board(workshop_path)
    assert respondents == ["José", "Renée", "Zoë"]
    assert ("Café receipts, I lose them all.", "Zoë") in notes
    assert all(unicodedata.is_normalized("NFC", text) for text, _ in notes)


def test_a_workbook_cell_saved_decomposed_is_read_composed(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Participant", "Comment"])
    sheet.append([unicodedata.normalize("NFD", "Zoë"), unicodedata.normalize("NFD", "Café")])
    path = tmp_path / "accents.xlsx"
    book.save(path)

    table = read_table(path)

    assert table.rows == [["Zoë", "Café"]]


WEEK1 = FIXTURES / "Budget survey week1.csv"
WEEK3 = FIXTURES / "Budget survey week3.csv"


def test_a_later_export_of_a_survey_still_collecting_adds_only_its_new_rows(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    week1 = WEEK1.read_bytes().split(b"\r")
    assert WEEK3.read_bytes().split(b"\r")[: len(week1) - 1] == week1[:-1]  # the same 4 + 16
    assert run_cli(capsys, "import-evidence", workshop_path, WEEK1)[0] == 0
    first_notes, first_respondents = board(workshop_path)

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, WEEK3)

    assert code == 0, err
    assert "20 rows read from Budget survey week3.csv: 16 notes from 16 sources" in out
    assert "4 notes already in the workshop (imported before)" in out
    assert "shares 4 rows with Budget survey week1.csv, imported before" in out
    notes, respondents = board(workshop_path)
    assert len(notes) == 20 and len(set(notes)) == 20
    assert set(first_notes) <= set(notes)
    assert len(respondents) == 20
    assert set(first_respondents) <= set(respondents)
    assert "Respondent ID 11873456001 (Budget survey week1.csv)" in respondents
    assert not any("week3" in label for label in respondents)
    with open_workshop(workshop_path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    assert [s.name for s in snapshot.studies] == ["Budget survey week1.csv"]


def test_an_earlier_export_imported_after_the_later_one_adds_nothing(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "import-evidence", workshop_path, WEEK3)[0] == 0
    before = board(workshop_path)

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, WEEK1)

    assert code == 0, err
    assert "4 notes already in the workshop" in out
    assert board(workshop_path) == before


PARTICIPANTS = FIXTURES / "ten-participants.csv"


@pytest.mark.parametrize(
    "other_column",
    [["--source-column", ""], ["--source-column", "Segment"], ["--source-column", "Date"]],
)
def test_the_same_file_with_another_respondent_column_adds_nothing(
    workshop_path: Path, capsys: pytest.CaptureFixture[str], other_column: list[str]
) -> None:
    assert run_cli(capsys, "import-evidence", workshop_path, PARTICIPANTS)[0] == 0
    before = board(workshop_path)
    assert len(before[0]) == 10 and len(before[1]) == 10

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, PARTICIPANTS, *other_column)

    assert code == 0, err
    assert "10 notes already in the workshop" in out
    assert "Nothing new to import" in out
    assert board(workshop_path) == before


def test_a_new_row_in_the_file_with_another_respondent_column_adds_just_that_row(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "import-evidence", workshop_path, PARTICIPANTS)[0] == 0
    grown = tmp_path / PARTICIPANTS.name
    grown.write_bytes(
        PARTICIPANTS.read_bytes()
        + b"P11,2025-04-21,Parent,Comment number 1: budgeting is hard because of reason 1.\r\n"
    )

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, grown, "--source-column", "")

    assert code == 0, err
    assert "1 note from 1 source" in out and "10 notes already in the workshop" in out
    texts = [text for text, _ in board(workshop_path)[0]]
    assert texts.count("Comment number 1: budgeting is hard because of reason 1.") == 2


def test_a_renamed_copy_of_a_two_turn_transcript_adds_nothing(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        run_cli(capsys, "import-evidence", workshop_path, FIXTURES / "zoom-two-turns.vtt")[0] == 0
    )
    before = board(workshop_path)
    assert len(before[0]) == 2
    copy = tmp_path / "zoom-two-turns (1).vtt"
    copy.write_bytes((FIXTURES / "zoom-two-turns.vtt").read_bytes())

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, copy)

    assert code == 0, err
    assert "2 notes already in the workshop" in out
    assert "holds the same rows as zoom-two-turns.vtt" in out
    assert board(workshop_path) == before


def test_a_renamed_copy_of_two_paragraphs_of_notes_adds_nothing(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = FIXTURES / "two-paragraph-notes.txt"
    assert run_cli(capsys, "import-evidence", workshop_path, notes)[0] == 0
    before = board(workshop_path)
    copy = tmp_path / "two-paragraph-notes copy.txt"
    copy.write_bytes(notes.read_bytes())

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, copy)

    assert code == 0, err
    assert "2 notes already in the workshop" in out
    assert board(workshop_path) == before


def test_a_one_row_file_that_only_shares_its_row_with_a_longer_one_is_not_a_copy(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "a.csv"
    first.write_text("Participant,Comment\nP1,Too slow\nP2,Too dear\n", encoding="utf-8")
    other = tmp_path / "b.csv"
    other.write_text("Participant,Comment\nP1,Too slow\n", encoding="utf-8")
    assert run_cli(capsys, "import-evidence", workshop_path, first)[0] == 0

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, other)

    assert code == 0, err
    assert "1 note from 1 source" in out and "already" not in out


def test_split_by_lines_after_paragraphs_adds_only_the_lines_not_there(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "two-paragraph-notes.txt"
    notes.write_bytes((FIXTURES / "two-paragraph-notes.txt").read_bytes())
    assert run_cli(capsys, "import-evidence", workshop_path, notes)[0] == 0
    assert len(board(workshop_path)[0]) == 2

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, notes, "--split", "line")

    assert code == 0, err
    assert "4 notes already in the workshop" in out
    assert len(board(workshop_path)[0]) == 2
    with notes.open("a", encoding="utf-8") as grown:
        grown.write("Nobody mentioned apps.\n")

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, notes, "--split", "line")

    assert code == 0, err
    assert "1 note from 1 source" in out
    texts = [text for text, _ in board(workshop_path)[0]]
    assert len(texts) == 3 and "Nobody mentioned apps." in texts


def test_a_short_new_paragraph_found_inside_an_old_one_is_still_new(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("Asked if she budgets. She said no. Then laughed.\n")
    assert run_cli(capsys, "import-evidence", workshop_path, notes)[0] == 0
    notes.write_text("Asked if she budgets. She said no. Then laughed.\n\nsaid no.\n")

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, notes)

    assert code == 0, err
    assert "1 note from 1 source" in out
    assert len(board(workshop_path)[0]) == 2
