"""Exports of research tools and survey tools as a second tester brought them: a Dovetail
highlights export imports its highlights (not the note titles they are filed under), with
its participants, dates and study; a LimeSurvey export is dated by ``submitdate`` and its
answers keep their question without the question code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.domain.model import WorkshopSnapshot
from workshop.io.evidence_import import default_mapping, read_evidence
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, " ".join(out.err.split())


def snapshot_of(path: Path) -> WorkshopSnapshot:
    with open_workshop(path, read_only=True) as workshop:
        return workshop.snapshot()  # type: ignore[attr-defined, no-any-return]


def test_a_dovetail_export_imports_the_highlights_under_participant_date_and_study(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "dovetail-highlights.csv"
    )

    assert code == 0, err
    snapshot = snapshot_of(workshop_path)
    sources = {s.id: s for s in snapshot.sources}
    notes = [
        (n.text, sources[n.source_id].label) for n in sorted(snapshot.notes, key=lambda n: n.z)
    ]
    assert notes == [
        ("I never know what money is coming in", "Ana Lima"),
        ("I keep receipts in a shoebox", "Ana Lima"),
        ("Spreadsheets scare me", "Ben Okoro"),
        ("I review on Sundays", "Cy Park"),
    ]
    assert {s.label: s.date for s in snapshot.sources} == {
        "Ana Lima": date(2025, 4, 17),
        "Ben Okoro": date(2025, 4, 18),
        "Cy Park": date(2025, 4, 19),
    }
    assert [s.name for s in snapshot.studies] == ["Budget interviews 2025"]
    assert "Note text from “Highlight”." in out
    assert "Respondents from “Participant”; dates from “Created date”." in out


@pytest.mark.parametrize("word", ["Quote", "Excerpt", "Snippet", "Observation", "Insight"])
def test_a_research_tools_quote_column_is_proposed_over_a_title_column(
    word: str, tmp_path: Path
) -> None:
    export = tmp_path / "highlights.csv"
    export.write_text(
        f"{word},Note title,Tags\n"
        "Rent goes first,Interview Ana,Budgeting\n"
        "I never open the app,Interview Ben,Habits\n"
        "Fees scare me,Interview Cy,Pain\n",
        encoding="utf-8",
    )

    assert default_mapping(read_evidence(export)).text_columns == (word,)


def test_a_study_column_with_several_values_names_no_study(tmp_path: Path) -> None:
    export = tmp_path / "two studies.csv"
    export.write_text(
        "Highlight,Study\nRent goes first,Round 1\nI never open the app,Round 2\n",
        encoding="utf-8",
    )

    assert default_mapping(read_evidence(export)).study_name is None


def test_a_study_named_on_the_command_line_wins_over_the_column(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "dovetail-highlights.csv",
        "--study",
        "Spring round",
    )

    assert code == 0, err
    assert [s.name for s in snapshot_of(workshop_path).studies] == ["Spring round"]


def test_a_limesurvey_export_is_dated_by_submitdate_and_asks_without_the_code(
    workshop_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        FIXTURES / "limesurvey.csv",
        "--attribute-column",
        "G01Q03. Age",
    )

    assert code == 0, err
    snapshot = snapshot_of(workshop_path)
    sources = {s.id: s for s in snapshot.sources}
    asked = "What is the hardest part of budgeting for you?"
    notes = sorted(snapshot.notes, key=lambda n: n.z)
    assert [(n.text, n.question, sources[n.source_id].date) for n in notes] == [
        ("Irregular income makes planning impossible.", asked, date(2025, 4, 17)),
        ("I forget cash purchases.", asked, date(2025, 4, 18)),
        ("Too many categories, I give up.", asked, date(2025, 4, 19)),
    ]
    assert sorted(r.attributes["Age"] for r in snapshot.respondents) == [
        "20-29",
        "30-39",
        "40-49",
    ]
    # The header shown for choosing the column keeps its code.
    assert "“G01Q01. What is the hardest part of budgeting for you?”" in out
    assert "dates from “submitdate”" in out


@pytest.mark.parametrize(
    ("header", "question"),
    [
        (
            "G01Q02[SQ001]. Which tools do you use? [Spreadsheet]",
            "Which tools do you use? [Spreadsheet]",
        ),
        ("Q3. Why?", "Why?"),
        ("No. of accounts", "No. of accounts"),
        ("Mr. Smith's view", "Mr. Smith's view"),
    ],
)
def test_only_a_question_code_is_taken_off_a_question(
    header: str, question: str, tmp_path: Path
) -> None:
    export = tmp_path / "survey.csv"
    export.write_text(f'id,"{header}"\n1,Yes\n', encoding="utf-8")

    assert read_evidence(export).question_of(1) == question
