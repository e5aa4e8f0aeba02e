"""Aggregates as people (issue 15, second tester, finding 8): respondents "Cohort A", "All
users", "Power users", "Segment B" are groups, counted by study and named in a note; two
tickets "Ticket 1 (ACME)" and "ACME ticket 2" are one customer."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_check_fooled import check_json, of_rule, persona_from
from workshop.domain.evidence_units import is_group, ticket_customer
from workshop.domain.model import PersonaStatus
from workshop.store import create_workshop


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("Cohort A", True),
        ("All users", True),
        ("Power users", True),
        ("Segment B", True),
        ("Ana Lima", False),
        ("P1", False),
        ("Respondent 3", False),
    ],
)
def test_groups_are_told_from_people(label: str, group: bool) -> None:
    assert is_group(label) is group


@pytest.mark.parametrize(
    ("label", "customer"),
    [
        ("Ticket 1 (ACME)", "ACME"),
        ("ACME ticket 2", "ACME"),
        ("Ticket 4411 from ACME", "ACME"),
        ("Support ticket 2", ""),
        ("Ticket 1", ""),
    ],
)
def test_the_customer_a_ticket_names(label: str, customer: str) -> None:
    assert ticket_customer(label) == customer


def test_two_cohorts_are_counted_as_studies_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        notes = []
        for n, label in enumerate(("Cohort A", "All users")):
            who = wf.add_respondent(label).created[0]
            source = wf.add_source(
                f"Funnel {n}", "interview", date="2026-11-01", respondent_id=who
            ).created[0]
            notes.append(wf.add_note(f"Drops at step {n}", source_id=source).created[0])
        persona_from(wf, notes, status=PersonaStatus.VALIDATED)
    _, report = check_json(capsys, path)
    messages = [f["message"] for f in of_rule(report, "counted-by-study")]
    assert (
        "'Cohort A' is a group of people, not one respondent: it is counted as one study, "
        "not as people."
    ) in messages
    assert any("All users" in m for m in messages)
    assert not any("2 respondents" in m for m in messages)


def test_two_tickets_of_one_customer_written_two_ways_are_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        notes = []
        for n, label in enumerate(("Ticket 1 (ACME)", "ACME ticket 2")):
            source = wf.add_source(label, "support_ticket", date="2026-11-01").created[0]
            notes.append(wf.add_note(f"Cannot export, case {n}", source_id=source).created[0])
        persona_from(wf, notes, status=PersonaStatus.VALIDATED)
    code, report = check_json(capsys, path)
    assert code == 1
    assert any("1 respondent ('ACME'" in f["message"] for f in of_rule(report, "single-anecdote"))
