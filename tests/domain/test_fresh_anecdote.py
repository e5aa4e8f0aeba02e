"""Freshness of "not a single anecdote" (issue 15, second tester, finding 5): a claim needs
its distinct respondents' own evidence fresh and dated; one fresh respondent beside a
stale or undated one is a single fresh anecdote (an error for a validated persona, a
warning for a draft)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_check_fooled import check_json, of_rule, persona_from
from workshop.domain.model import PersonaStatus
from workshop.store import create_workshop


@pytest.mark.parametrize(
    ("second_date", "status", "severity"),
    [
        ("2019-05-01", PersonaStatus.VALIDATED, "error"),
        (None, PersonaStatus.VALIDATED, "error"),
        ("2019-05-01", PersonaStatus.DRAFT, "warning"),
        ("2026-10-01", PersonaStatus.VALIDATED, None),
    ],
)
def test_one_fresh_respondent_and_one_stale_is_a_single_fresh_anecdote(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    second_date: str | None,
    status: PersonaStatus,
    severity: str | None,
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        notes = []
        for label, when in (("Interview P1", "2026-11-01"), ("Interview P2", second_date)):
            dated = {"date": when} if when else {}
            source = wf.add_source(label, "interview", **dated).created[0]
            notes.append(wf.add_note(f"Said by {label}", source_id=source).created[0])
        persona_from(wf, notes, status=status)
    code, report = check_json(capsys, path)
    fresh = [f for f in of_rule(report, "single-anecdote") if "fresh" in f["message"]]
    if severity is None:
        assert fresh == [] and code == 0
        return
    assert fresh and {f["severity"] for f in fresh} == {severity}
    assert fresh[0]["message"].startswith(
        "Goal 'goal claim' has fresh, dated evidence from only 1 respondent ('Interview P1'); "
        "the rest is stale or undated ('Interview P2'): it may be a single fresh anecdote."
    )
