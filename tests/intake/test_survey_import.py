"""Surveys import as answers to questions: two header rows (SurveyMonkey, CR line endings),
a merged title row in a workbook, the right column by default, the question kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from workshop.cli import main
from workshop.domain.model import StudyKind, WorkshopSnapshot
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"
SURVEY = FIXTURES / "surveymonkey-expenses-cr.csv"
FRUSTRATING = "What is the most frustrating part of filing an expense?"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def snapshot_of(path: Path) -> WorkshopSnapshot:
    with open_workshop(path, read_only=True) as workshop:
        return workshop.snapshot()  # type: ignore[attr-defined, no-any-return]


def questions(path: Path) -> list[tuple[str, str]]:
    """(note text, note question) in board order."""
    return [(n.text, n.question) for n in sorted(snapshot_of(path).notes, key=lambda n: n.z)]


def board(path: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(note text, source label) in board order, and each source's notes by label."""
    with open_workshop(path, read_only=True) as workshop:
        snapshot = workshop.snapshot()  # type: ignore[attr-defined]
    labels = {s.id: s.label for s in snapshot.sources}
    notes = sorted(snapshot.notes, key=lambda n: n.z)
    return [(n.text, labels[n.source_id]) for n in notes], {
        s.label: s.notes for s in snapshot.sources
    }


def test_the_fixture_really_has_cr_only_line_endings_and_two_header_rows() -> None:
    data = SURVEY.read_bytes()
    assert b"\r" in data and b"\n" not in data
    first, second = data.split(b"\r")[:2]
    assert b"Which tools do you use" in first and b"Open-Ended Response" in second


def test_a_two_header_row_survey_imports_the_free_answers_by_default(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "import-evidence", workshop_path, SURVEY)

    assert code == 0, err
    notes, _ = board(workshop_path)
    assert len(notes) == 9  # ten respondents, one left the question blank
    answers = [text for text, _ in notes]
    assert answers[0] == "Receipts fade before I get round to scanning them"
    assert answers[-1] == "Finding the claim form — it's buried three menus deep"
    # the question is the note's question, not part of its text
    assert {question for _, question in questions(workshop_path)} == {FRUSTRATING}
    assert not {"Response", "Open-Ended Response", "Spreadsheets"} & set(answers)
    # Each respondent is a source of their own, named by the Respondent ID column, and a
    # respondent of the survey (a bare number means something only in its file).
    assert notes[0][1] == "Respondent ID 11812345670"
    assert len({label for _, label in notes}) == 9
    snap = snapshot_of(workshop_path)
    assert len(snap.respondents) == 9
    assert snap.respondents[0].label == ("Respondent ID 11812345670 (surveymonkey-expenses-cr.csv)")
    assert [(s.name, s.kind) for s in snap.studies] == [
        ("surveymonkey-expenses-cr.csv", StudyKind.OTHER)
    ]
    assert {s.study_id for s in snap.sources} == {snap.studies[0].id}
    assert f"Note text from “{FRUSTRATING}”" in out


def test_naming_the_question_column_never_imports_the_answer_row(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        SURVEY,
        "--text-column",
        "How satisfied are you with how expenses work today?",
        "--no-with-questions",
    )

    assert code == 0, err
    answers = [text for text, _ in board(workshop_path)[0]]
    assert answers[:5] == [
        "Very dissatisfied",
        "Dissatisfied",
        "Neutral",
        "Satisfied",
        "Very satisfied",
    ]
    assert "Response" not in answers and len(answers) == 10


def test_the_dry_run_shows_the_first_rows_as_notes_with_their_question(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = workshop_path.read_bytes()

    code, out, _ = run_cli(capsys, "import-evidence", workshop_path, SURVEY, "--dry-run")

    assert code == 0
    assert "row 3, Respondent ID 11812345670:" in out
    assert "respondent: Respondent ID 11812345670 (surveymonkey-expenses-cr.csv)" in out
    assert f"question: {FRUSTRATING}" in out
    assert "note: Receipts fade before I get round to scanning them\n" in out
    assert "… and 4 more notes." in out
    assert workshop_path.read_bytes() == before


def test_respondent_attributes_are_kept_as_the_respondents_data_not_as_notes(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        SURVEY,
        "--attribute-column",
        "What is your age?",
        "--attribute-column",
        "Which region do you work in?",
    )

    assert code == 0, err
    notes, source_notes = board(workshop_path)
    assert len(notes) == 9
    snap = snapshot_of(workshop_path)
    first = snap.respondents[0]
    assert first.attributes == {
        "What is your age?": "18-24",
        "Which region do you work in?": "North",
    }
    (source,) = [s for s in snap.sources if s.respondent_id == first.id]
    assert source.label == "Respondent ID 11812345670"
    assert "North" not in source_notes["Respondent ID 11812345670"]  # data, not text
    assert not any(text.startswith(("18-24", "North")) for text, _ in notes)


def test_a_workbook_with_a_merged_title_row_above_the_header(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Responses"
    sheet.append(["Onboarding survey, Q2 2025 (exported 1 July 2025)"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Response ID", "Plan", "Submitted", "What should we improve first?"])
    answers = [
        "Let me invite my accountant without a paid seat",
        "The bank connection drops every few days",
        "Explain the approval rules before I set them up",
        "A way to split one receipt across two projects",
    ]
    for number, answer in enumerate(answers, start=1):
        sheet.append([f"R{number:03}", "Pro", "2025-06-0" + str(number), answer])
    path = tmp_path / "onboarding.xlsx"
    workbook.save(path)

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, path)

    assert code == 0, err
    notes, _ = board(workshop_path)
    assert [text for text, _ in notes] == answers
    assert [label for _, label in notes] == ["R001", "R002", "R003", "R004"]
    assert questions(workshop_path)[0] == (answers[0], "What should we improve first?")
    # "R001" is a pseudonym: the respondent is named by it alone
    assert [r.label for r in snapshot_of(workshop_path).respondents] == [
        "R001",
        "R002",
        "R003",
        "R004",
    ]


def test_a_csv_title_row_is_found_without_being_told(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "churn.csv"
    export.write_text(
        "Churn survey May 2025,,\n"
        "Customer,Plan,Why did you leave?\n"
        "Acme Ltd,Team,We moved to the accounting suite's own tool\n"
        "Bolt GmbH,Team,Too expensive for four users\n",
        encoding="utf-8",
    )

    code, _, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 0, err
    assert questions(workshop_path) == [
        ("We moved to the accounting suite's own tool", "Why did you leave?"),
        ("Too expensive for four users", "Why did you leave?"),
    ]
