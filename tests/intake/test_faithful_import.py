"""Bad input loses nothing silently: other scripts' encodings, a wrong encoding given by hand,
malformed CSV, and files that are not evidence at all — through ``import-evidence``."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def board(path: Path) -> list[tuple[str, str]]:
    """(note text, source label) of every note, in the order they were made."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    return sorted((n.text, labels.get(n.source_id, "")) for n in snapshot.notes)


# --- encodings -------------------------------------------------------------------------


def test_a_cp1251_russian_export_imports_as_russian(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "survey-ru-cp1251.csv",
        "--text-column",
        "Что вам мешает в работе?",
        "--source-column",
        "ID респондента",
        "--no-with-questions",
    )

    assert code == 0, err
    notes = board(workshop_path)
    assert (
        "Приложение часто зависает при входе, приходится перезапускать телефон",
        "ID респондента 101",
    ) in notes
    assert ("Хочу видеть расходы команды за неделю на одном экране", "ID респондента 104") in (
        notes
    )


def test_a_shift_jis_japanese_export_imports_as_japanese(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "feedback-ja-shift_jis.csv",
        "--source-column",
        "回答者ID",
    )

    assert code == 0, err
    assert board(workshop_path) == sorted(
        [
            ("ログインのたびにパスワードを聞かれるのが面倒です。", "J-01"),
            ("レポートの出力形式をExcelにも対応してほしい。", "J-02"),
            ("スマホだと文字が小さくて読みにくいです。", "J-03"),
            ("経費の承認がどこで止まっているのか分かりません。", "J-04"),
        ]
    )


def test_a_windows_1252_file_still_reads_as_windows_1252(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "comments-windows-1252.csv"
    )

    assert code == 0, err
    assert ("Costs €5 more than the old plan… not worth it", "R2") in (  # its respondent
        board(workshop_path)
    )


def test_latin_1_given_for_a_windows_1252_file_is_refused_not_stored_as_control_characters(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = (workshop_path.read_bytes(), board(workshop_path))

    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "comments-windows-1252.csv",
        "--encoding",
        "latin-1",
    )

    assert code == 1
    assert "comments-windows-1252.csv" in err
    assert "line 2" in err and "U+0093" in err and "cp1252" in err
    assert len(err.strip().splitlines()) == 1
    assert board(workshop_path) == before[1]


# --- malformed CSV ---------------------------------------------------------------------


def test_an_unclosed_quote_is_refused_with_its_row_instead_of_swallowing_the_file(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "tickets.csv"
    export.write_text(
        "Ticket,Subject,Body\n"
        "4411,Login,Cannot log in since the update\n"
        '4412,Export,"The PDF export cuts off the last column\n'
        "4413,Billing,Charged twice in March\n"
        "4414,Mobile,App crashes when I rotate the phone\n",
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 1
    assert "row 3" in err and "never closed" in err
    assert board(workshop_path) == []


def test_a_quote_closed_only_rows_later_is_refused_instead_of_swallowing_rows(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "tickets.csv"
    export.write_text(
        "Ticket,Subject,Body\n"
        "4411,Login,Cannot log in since the update\n"
        '4412,Export,"The PDF export cuts off the last column\n'
        "4413,Billing,Charged twice in March\n"
        '4414,Mobile,App crashes when I "rotate" the phone\n'
        "4415,Login,Password reset mail never arrives\n",
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 1
    assert "row 3: a quote in cell 3 runs on" in err
    assert "“4413,Billing,Charged twice in March”" in err
    assert board(workshop_path) == []


def test_cells_past_the_header_are_refused_with_the_row_number(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "feedback.csv"
    export.write_text(
        "Feedback\nExport is slow\nThe app crashes, often, on login\nLove the dark mode\n",
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 1
    assert "row 3 has 3 cells but the header names 1" in err
    assert "--join-extra-cells" in err
    assert board(workshop_path) == []


def test_join_extra_cells_puts_the_split_comment_back_together(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "feedback.csv"
    export.write_text(
        "Feedback\nExport is slow\nThe app crashes, often, on login\nLove the dark mode\n",
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export, "--join-extra-cells")

    assert code == 0, err
    assert [text for text, _ in board(workshop_path)] == [
        "Export is slow",
        "Love the dark mode",
        "The app crashes, often, on login",
    ]


def test_join_extra_cells_is_explained_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import-evidence", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())

    assert "--join-extra-cells" in help_text
    assert "join the extra cells back onto the last named column" in help_text


def test_a_cell_longer_than_a_note_can_hold_is_refused_with_its_row(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "tickets.csv"
    pasted_log = "ERROR 500 at /api/expenses; retrying. " * 700  # a log pasted into a ticket
    export.write_text(
        f'Ticket,Body\n101,Cannot log in\n102,"{pasted_log}"\n103,Export fails\n',
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 1
    assert f"row 3, “Body” holds {len(pasted_log.strip()):,} characters" in err
    assert "(20,000)" in err
    assert board(workshop_path) == []


def test_a_paragraph_longer_than_a_note_can_hold_is_refused_with_its_number(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Short first thought.\n\n" + "word " * 5000 + "\n", encoding="utf-8")

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, notes)

    assert code == 1
    assert "paragraph 2 holds 24,999 characters" in err


# --- files that are not evidence -------------------------------------------------------


def _pdf() -> bytes:
    stream = b"BT /F1 12 Tf 72 720 Td (Interview with P3: onboarding was confusing) Tj ET"
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"4 0 obj << /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\n"
        b"endstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><w:t>Interview P3</w:t></w:document>")
    return buffer.getvalue()


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("export/responses.csv", "Id,Comment\n1,Hello\n")
    return buffer.getvalue()


def _our_json() -> bytes:
    return json.dumps(
        {"format": "persona-workshop", "version": 1, "tables": {"note": []}}, indent=2
    ).encode()


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("interview-p3.pdf", _pdf(), "this is a PDF file"),
        ("interview-p3.txt", _pdf(), "this is a PDF file"),
        ("interview-p3.docx", _docx(), "this is a Word document"),
        ("responses.zip", _zip(), "this is a zip archive, not an Excel workbook"),
        ("responses.csv", _zip(), "this is a zip archive, not an Excel workbook"),
        ("workshop-export.json", _our_json(), "this is a Persona Workshop JSON export"),
    ],
)
def test_files_that_are_not_evidence_are_named_and_refused(
    name: str,
    data: bytes,
    said: str,
    workshop_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / name
    path.write_bytes(data)

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, path)

    assert code == 1, out
    assert f"{name}: {said}" in err
    assert len(err.strip().splitlines()) == 1
    assert board(workshop_path) == []
