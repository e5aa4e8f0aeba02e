"""Real exports' shapes, read right by default: a one-column file whose second row an
unquoted comma split (refused, not taken for the header), Qualtrics' three header rows,
the respondent and date columns of Typeform, Microsoft Forms, Russian and Japanese
exports, and the open questions an import leaves out, named in its summary."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.cli import main
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def notes_of(path: Path) -> list[tuple[str, str, str]]:
    """(note text, source label, note question) in board order."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    return [
        (n.text, labels.get(n.source_id, ""), n.question)
        for n in sorted(snapshot.notes, key=lambda n: n.z)
    ]


def respondents_of(path: Path) -> list[str]:
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    return sorted(r.label for r in snapshot.respondents)


def test_a_one_column_file_whose_second_row_has_unquoted_commas_is_refused_naming_row_2(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = FIXTURES / "comment-extra-cells.csv"
    assert export.read_text() == "Comment\nThe app crashes, often, on login\nGood\n"

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 1, out
    assert "row 2 has 3 cells but the header names 1" in err
    assert "--join-extra-cells" in err
    assert notes_of(workshop_path) == []


def test_the_same_file_imports_whole_with_join_extra_cells(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = FIXTURES / "comment-extra-cells.csv"

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export, "--join-extra-cells")

    assert code == 0, err
    assert sorted(text for text, _, _ in notes_of(workshop_path)) == [
        "Good",
        "The app crashes, often, on login",
    ]


QUALTRICS = FIXTURES / "qualtrics-three-header-rows.csv"
HARDEST = "What is the hardest part of budgeting for you?"


def test_a_qualtrics_export_imports_its_answers_under_their_questions_by_default(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert '{""ImportId"":""QID1_TEXT""}' in QUALTRICS.read_text().split("\n")[2]

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, QUALTRICS)

    assert code == 0, err
    assert notes_of(workshop_path) == [
        ("I never know what money is coming in, my income is irregular.", "R_1dK3xAbCdEf", HARDEST),
        ("Spreadsheets scare me; too many formulas.", "R_2ZZyQwErTy", HARDEST),
        ("Forgetting to log cash purchases.", "R_3PpLkMnBvC", HARDEST),
    ]
    assert respondents_of(workshop_path) == ["R_1dK3xAbCdEf", "R_2ZZyQwErTy", "R_3PpLkMnBvC"]
    assert "row 3 holds Qualtrics' import ids" in out
    assert "Respondents from “Response ID”; dates from “Start Date”." in out
    with open_workshop(workshop_path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    assert sorted(str(s.date) for s in snapshot.sources) == [
        "2025-04-17",
        "2025-04-18",
        "2025-04-19",
    ]


def test_the_dry_run_of_a_qualtrics_export_shows_it_read_right(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "import-evidence", workshop_path, QUALTRICS, "--dry-run")

    assert code == 0, err
    assert out.startswith("3 rows read from qualtrics-three-header-rows.csv: 3 notes from 3")
    assert "row 3 holds Qualtrics' import ids" in out
    assert f"question: {HARDEST}" in out
    assert "row 4, R_1dK3xAbCdEf:" in out
    assert 'ImportId":"QID1_TEXT' not in out
    assert notes_of(workshop_path) == []


def test_naming_the_rows_by_hand_still_leaves_the_import_ids_out(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "import-evidence", workshop_path, QUALTRICS, "--header-row", "2")

    assert code == 0, err
    assert len(notes_of(workshop_path)) == 3
    assert all("ImportId" not in text for text, _, _ in notes_of(workshop_path))


def test_the_summary_names_the_open_questions_it_left_out(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = FIXTURES / "three-open-questions.csv"
    left_out = (
        "Not imported: “What do you like most about the app?” (2 answers), “Anything else?” "
        "(2 answers); add them with --text-column."
    )

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, export, "--dry-run")
    assert code == 0, err
    assert left_out in out

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, export)
    assert code == 0, err
    assert left_out in out
    assert [question for _, _, question in notes_of(workshop_path)] == ["What frustrates you?"] * 3


def test_a_column_taken_or_of_choices_is_not_named_as_left_out(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = FIXTURES / "three-open-questions.csv"

    code, out, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        export,
        "--text-column",
        "What frustrates you?",
        "--text-column",
        "Anything else?",
    )
    assert code == 0, err
    assert (
        "Not imported: “What do you like most about the app?” (2 answers); add it with "
        "--text-column." in out
    )

    code, out, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "typeform-hash-column.csv"
    )
    assert code == 0, err
    assert "Not imported" not in out  # "Daily", "Weekly", "Monthly" are choices


@pytest.mark.parametrize(
    ("fixture", "who", "when", "respondent"),
    [
        ("typeform-hash-column.csv", "#", "Start Date (UTC)", "a1b2c3d4e5"),
        ("msforms-id-column.xlsx", "ID", "Start time", "ID 1 (msforms-id-column.xlsx)"),
        ("participants-ru-cp1251.csv", "Участник", "Дата", "Ольга"),
        ("respondents-ja-shift_jis.csv", "回答者", "日付", "山田"),
    ],
)
def test_the_respondent_and_date_columns_of_other_tools_and_languages_are_recognised(
    workshop_path: Path,
    capsys: pytest.CaptureFixture[str],
    fixture: str,
    who: str,
    when: str,
    respondent: str,
) -> None:
    code, out, err = run_cli(capsys, "import-evidence", workshop_path, FIXTURES / fixture)

    assert code == 0, err
    assert f"Respondents from “{who}”; dates from “{when}”." in out
    respondents = respondents_of(workshop_path)
    assert len(respondents) == 3 and respondent in respondents
    with open_workshop(workshop_path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    assert all(s.date is not None for s in snapshot.sources)


def test_a_question_ending_in_a_full_width_question_mark_is_kept_as_the_question(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "respondents-ja-shift_jis.csv"
    )

    assert code == 0, err
    assert notes_of(workshop_path)[0] == (
        "収入が不規則で、毎月の予算が立てられない。",
        "山田",
        "家計管理で困っていることは何ですか？",
    )
