"""The same row imported as two people (issue 15, second tester, finding 4): two respondents
whose notes behind a claim are word for word the same count once for that claim; two
people giving a common short answer ("Weekly") stay two."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_check_fooled import check_json, of_rule, persona_from
from workshop.domain.model import PersonaStatus
from workshop.store import WorkshopFile, create_workshop


def two_respondents_saying(wf: WorkshopFile, first: str, second: str) -> list[str]:
    notes = []
    for label, text in (
        ("Respondent ID 1 (week1.csv)", first),
        ("Respondent ID 1 (week3.csv)", second),
    ):
        who = wf.add_respondent(label).created[0]
        source = wf.add_source(
            f"Survey {label}", "survey", date="2026-11-01", respondent_id=who
        ).created[0]
        notes.append(wf.add_note(text, source_id=source).created[0])
    return notes


@pytest.mark.parametrize(
    ("first", "second", "one"),
    [
        (
            "I review our budget every Sunday evening",
            "I review our budget every Sunday evening",
            True,
        ),
        (
            "I review our budget every Sunday evening",
            "i review our  budget every Sunday evening.",
            True,
        ),
        ("I review our budget every Sunday evening", "We plan meals for the week on Sunday", False),
        ("Weekly", "Weekly", False),
    ],
)
def test_word_for_word_identical_notes_under_two_respondents_count_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str, second: str, one: bool
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        persona_from(wf, two_respondents_saying(wf, first, second), status=PersonaStatus.VALIDATED)
    code, report = check_json(capsys, path)
    assert bool(of_rule(report, "single-anecdote")) is one
    assert code == (1 if one else 0)
