"""Imports fill in who the evidence comes from: each import is a study, each person in it a
respondent (a research participant, not one of the people in the workshop room), found
again by later imports, so the same person is one respondent however many files and
sources speak for them; re-importing makes no second study or respondent."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.cli import main
from workshop.domain.model import StudyKind, WorkshopSnapshot
from workshop.store import open_workshop

FIXTURES = Path(__file__).parents[1] / "fixtures" / "intake"

SURVEY = (
    "Respondent,Segment,Region,Why did you cancel?\r\n"
    "Priya Nair,Manager,North,Approving claims means logging in again every time\r\n"
    "Tom Berg,Freelancer,South,Too expensive for one person\r\n"
    "Priya Nair,Manager,,The mobile app logs me out\r\n"
)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def snapshot_of(path: Path) -> WorkshopSnapshot:
    with open_workshop(path, read_only=True) as workshop:
        return workshop.snapshot()  # type: ignore[attr-defined, no-any-return]


def import_survey(capsys: pytest.CaptureFixture[str], workshop: Path, csv: Path) -> str:
    code, out, err = run_cli(
        capsys,
        "import-evidence",
        workshop,
        csv,
        "--source-column",
        "Respondent",
        "--source-kind",
        "survey",
        "--attribute-column",
        "Segment",
        "--attribute-column",
        "Region",
    )
    assert code == 0, err
    return out


@pytest.fixture
def survey_csv(tmp_path: Path) -> Path:
    path = tmp_path / "churn-survey.csv"
    path.write_text(SURVEY, encoding="utf-8")
    return path


def test_a_survey_makes_one_study_and_a_respondent_per_person_with_attributes_as_data(
    workshop_path: Path, survey_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = import_survey(capsys, workshop_path, survey_csv)

    snap = snapshot_of(workshop_path)
    assert [(s.name, s.kind) for s in snap.studies] == [("churn-survey.csv", StudyKind.SURVEY)]
    assert [(r.label, r.attributes) for r in snap.respondents] == [
        ("Priya Nair", {"Segment": "Manager", "Region": "North"}),
        ("Tom Berg", {"Segment": "Freelancer", "Region": "South"}),
    ]
    by_label = {r.id: r.label for r in snap.respondents}
    assert sorted((s.label, by_label[s.respondent_id or ""]) for s in snap.sources) == [
        ("Priya Nair", "Priya Nair"),
        ("Tom Berg", "Tom Berg"),
    ]
    assert {s.study_id for s in snap.sources} == {snap.studies[0].id}
    assert all("North" not in s.notes for s in snap.sources)  # attributes are not text
    assert "3 notes from 2 sources, 2 respondents." in out
    assert "Study: churn-survey.csv (survey)." in out


def test_the_same_person_in_a_survey_and_an_interview_is_one_respondent(
    workshop_path: Path, survey_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_survey(capsys, workshop_path, survey_csv)
    code, _, err = run_cli(
        capsys, "import-evidence", workshop_path, FIXTURES / "zoom-transcript-p7.txt"
    )
    assert code == 0, err

    snap = snapshot_of(workshop_path)
    assert [r.label for r in snap.respondents] == ["Priya Nair", "Tom Berg"]
    (priya,) = [r for r in snap.respondents if r.label == "Priya Nair"]
    spoke = sorted(s.label for s in snap.sources if s.respondent_id == priya.id)
    assert spoke == ["Priya Nair", "Priya Nair (zoom-transcript-p7.txt)"]
    assert sorted(s.name for s in snap.studies) == ["churn-survey.csv", "zoom-transcript-p7.txt"]
    (interviews,) = [s for s in snap.studies if s.kind is StudyKind.INTERVIEW_ROUND]
    assert interviews.name == "zoom-transcript-p7.txt"


def test_importing_again_makes_no_second_study_or_respondent(
    workshop_path: Path, survey_csv: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_survey(capsys, workshop_path, survey_csv)
    before = snapshot_of(workshop_path)
    original = workshop_path.read_bytes()

    out = import_survey(capsys, workshop_path, survey_csv)

    assert "3 notes already in the workshop" in out
    assert workshop_path.read_bytes() == original
    # a changed file: a new answer from Priya, and a new respondent with a new attribute
    survey_csv.write_text(
        SURVEY + "Priya Nair,Manager,North,Receipts fade\r\nAda Obi,Owner,East,Slow export\r\n",
        encoding="utf-8",
    )
    out = import_survey(capsys, workshop_path, survey_csv)

    after = snapshot_of(workshop_path)
    assert len(after.studies) == len(before.studies) == 1
    assert [r.label for r in after.respondents] == ["Priya Nair", "Tom Berg", "Ada Obi"]
    assert len(after.sources) == 3 and len(after.notes) == 5
    assert "2 notes from 2 sources, 2 respondents." in out  # Priya again, and Ada


def test_a_known_respondent_gains_the_attributes_it_lacked(
    workshop_path: Path, survey_csv: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_survey(capsys, workshop_path, survey_csv)
    second = tmp_path / "follow-up.csv"
    second.write_text(
        "Respondent,Region,Role,What changed?\r\n"
        "Priya Nair,West,Team lead,We switched to weekly approvals\r\n",
        encoding="utf-8",
    )
    code, _, err = run_cli(
        capsys,
        "import-evidence",
        workshop_path,
        second,
        "--source-column",
        "Respondent",
        "--attribute-column",
        "Region",
        "--attribute-column",
        "Role",
    )
    assert code == 0, err

    (priya, _tom) = snapshot_of(workshop_path).respondents
    # what the workshop held wins (North); what it lacked is added (Role)
    assert priya.attributes == {"Segment": "Manager", "Region": "North", "Role": "Team lead"}


def test_bare_numbers_and_generic_speakers_are_people_only_within_their_file(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("march.csv", "april.csv"):
        (tmp_path / name).write_text("Respondent ID,Comment\r\n17,Too slow\r\n", encoding="utf-8")
        code, _, err = run_cli(capsys, "import-evidence", workshop_path, tmp_path / name)
        assert code == 0, err
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(
            "Interviewer: How do you budget?\nParticipant: Once a week, on Sundays.\n"
            "Interviewer: Why Sundays?\nParticipant: It is the only quiet evening.\n",
            encoding="utf-8",
        )
        code, _, err = run_cli(capsys, "import-evidence", workshop_path, tmp_path / name)
        assert code == 0, err

    labels = [r.label for r in snapshot_of(workshop_path).respondents]
    assert labels == [
        "Respondent ID 17 (march.csv)",
        "Respondent ID 17 (april.csv)",
        "Participant (one.txt)",
        "Participant (two.txt)",
    ]


def test_tickets_are_not_respondents_and_one_study_can_take_several_files(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("tickets-march.csv", "tickets-april.csv"):
        (tmp_path / name).write_text(
            f"Ticket,Description\r\nT-1 {name},Export button does nothing\r\n", encoding="utf-8"
        )
        code, _, err = run_cli(
            capsys,
            "import-evidence",
            workshop_path,
            tmp_path / name,
            "--source-column",
            "Ticket",
            "--source-kind",
            "support_ticket",
            "--study",
            "Helpdesk export, spring",
        )
        assert code == 0, err

    snap = snapshot_of(workshop_path)
    assert snap.respondents == []
    assert [(s.name, s.kind) for s in snap.studies] == [
        ("Helpdesk export, spring", StudyKind.TICKET_EXPORT)
    ]
    assert len(snap.sources) == 2 and {s.study_id for s in snap.sources} == {snap.studies[0].id}


def test_a_note_imported_with_its_question_in_the_text_is_recognised_again(
    workshop_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workshop imported by version 2 kept the question in the note's text; importing the
    same file again must not add the answer a second time."""
    export = tmp_path / "why.csv"
    export.write_text("Why did you leave?\r\nToo expensive\r\n", encoding="utf-8")
    with open_workshop(workshop_path) as workshop:
        source = workshop.add_source("why.csv", "other", reference="why.csv").created[0]
        workshop.add_note("Too expensive\n(Q: Why did you leave?)", source_id=source)

    code, out, err = run_cli(capsys, "import-evidence", workshop_path, export)

    assert code == 0, err
    assert "1 note already in the workshop" in out
    assert len(snapshot_of(workshop_path).notes) == 1
