"""One person counted twice through spellings (issue 15, second tester, finding 3): ID-like
labels, names with accents, transliterations and word order, and session or copy
qualifiers name one person; "Interview P1" and "Interview P2" stay two."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_check_fooled import check_json, of_rule, persona_from
from workshop.domain.model import PersonaStatus
from workshop.domain.person_labels import person_key
from workshop.store import create_workshop

ONE_PERSON = {
    "an ID": [
        "P1", "P01", "P 1", "P-1", "P.1", "P#1", "Participant 1", "Participant 01",
        "Participante 1", "Teilnehmer 1", "TN1", "Interview P1", "Interview (P1)",
    ],
    "a respondent number": ["Respondent 3", "R3", "Respondent ID 3", "resp. 03"],
    "a user number": ["User 7", "U7", "user #007"],
    "an accent": ["José", "Jose"],
    "a transliteration": ["Müller", "Mueller", "MÜLLER"],
    "word order": ["Lima, Ana", "Ana Lima", "ana  lima"],
    "a copy or session": [
        "P1", "P1 (copy)", "P1 - follow-up", "P1 2nd session", "P1 session 2",
    ],
    "an ID beside a name": ["Ana Lima (P3)", "Ana Lima"],
    "a month": ["Interview Ana Lima (March)", "Interview Ana Lima (May)", "Ana Lima"],
}  # fmt: skip

TWO_PEOPLE = [
    ("Interview P1", "Interview P2"),
    ("Interview (P1)", "Interview (P2)"),
    ("P1", "P11"),
    ("P1", "R1"),
    ("Study A P1", "Study B P1"),
    ("Usability test session 4", "Usability test session 5"),
    ("Ana Lima", "Ana Silva"),
    ("Respondent ID 1 (week1.csv)", "Respondent ID 1 (week3.csv)"),
]


@pytest.mark.parametrize("why", list(ONE_PERSON))
def test_spellings_of_one_person_are_one(why: str) -> None:
    assert len({person_key(label) for label in ONE_PERSON[why]}) == 1


@pytest.mark.parametrize(("first", "second"), TWO_PEOPLE)
def test_two_people_stay_two(first: str, second: str) -> None:
    assert person_key(first) != person_key(second)


def test_a_label_that_says_nothing_has_no_key() -> None:
    assert person_key("  ") == ""


@pytest.mark.parametrize(
    ("first", "second", "people"),
    [
        ("P1", "Participant 01", 1),
        ("Lima, Ana", "Ana Lima", 1),
        ("Interview P1", "Interview P2", 2),
    ],
)
def test_the_check_counts_spellings_of_one_respondent_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str, people: int
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        notes = []
        for n, label in enumerate((first, second)):
            who = wf.add_respondent(label).created[0]
            source = wf.add_source(
                f"Session {n}", "interview", date="2026-11-01", respondent_id=who
            ).created[0]
            notes.append(wf.add_note(f"Said thing {n}", source_id=source).created[0])
        persona_from(wf, notes, status=PersonaStatus.VALIDATED)
    code, report = check_json(capsys, path)
    assert bool(of_rule(report, "single-anecdote")) is (people == 1)
    assert code == (1 if people == 1 else 0)
