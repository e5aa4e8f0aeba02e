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
