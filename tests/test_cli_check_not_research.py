"""Sources that are not research, whatever kind they are marked as (issue 15, second
tester, finding 1 and 6), judged by ``check`` end to end: a synthetic, marketing, artefact,
circle or made-up source beside one real interview does not make two; alone it grounds
nothing; it is named in an ``opinion-named`` finding saying why; what its reference,
description or respondent says counts as its name does; and the poster's evidence count
does not call synthetic respondents research.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli_check_fooled import check_json, of_rule, persona_from, run
from workshop.domain.model import PersonaStatus
from workshop.export.evidence import Evidence
from workshop.store import WorkshopFile, create_workshop, open_workshop

#: One label of each idea from the tester's list, with what the finding says it is.
NOT_RESEARCH = [
    ("ChatGPT interview", "AI-generated or simulated, not a person heard"),
    ("Competitor's pricing page", "marketing or desk copy, not a person heard"),
    ("Persona Dana (poster)", "a persona or workshop artefact, not research"),
    ("Friends and family test", "the team or people close to it, not the people researched"),
    ("Survey (fake data)", "made-up or demo data"),
    ("Speculation", "a guess"),
]


def one_real_and(wf: WorkshopFile, label: str, **fields: object) -> list[str]:
    real = wf.add_source("Interview P1", "interview", date="2026-11-01").created[0]
    other = wf.add_source(label, "interview", date="2026-11-02", **fields).created[0]
    return [  # different words: a copy of the same words would be the same person
        wf.add_note(text, source_id=source).created[0]
        for text, source in (("Reviews money on Sunday", real), ("Plans meals on Sunday", other))
    ]


@pytest.mark.parametrize(("label", "what"), NOT_RESEARCH)
def test_beside_one_real_interview_it_is_still_a_single_anecdote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str, what: str
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        persona_from(wf, one_real_and(wf, label), status=PersonaStatus.VALIDATED)
    code, report = check_json(capsys, path)
    assert code == 1 and report["passes"] is False
    assert of_rule(report, "single-anecdote")
    [named] = of_rule(report, "opinion-named")
    assert named["severity"] == "error"
    assert named["message"] == (
        f"'{label}' is marked as an interview but its name says it is {what}: it counts as "
        "an assumption, not as research."
    )


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"reference": "CEO's opinion.docx"}, "reference"),
        ({"reference": "ChatGPT"}, "reference"),
        ({"notes": "What the team thinks…; our assumptions"}, "description"),
        ({"notes": "Not a real interview: we role-played the customer"}, "description"),
    ],
)
def test_what_its_reference_or_description_says_counts_as_its_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fields: dict[str, str], where: str
) -> None:
    """Finding 6: "Input 1" described "What the team thinks…; our assumptions" passed."""
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        persona_from(wf, one_real_and(wf, "Input 1", **fields), status=PersonaStatus.VALIDATED)
    code, report = check_json(capsys, path)
    assert code == 1 and of_rule(report, "single-anecdote")
    [named] = of_rule(report, "opinion-named")
    assert named["message"].startswith(
        f"'Input 1' is marked as an interview but its {where} says it is "
    )


@pytest.mark.parametrize(
    "attributes", [{"role": "Product manager at our company"}, {"segment": "internal staff"}]
)
def test_a_respondent_who_is_one_of_ours_is_not_research(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], attributes: dict[str, str]
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        kim = wf.add_respondent("Kim", attributes).created[0]
        notes = one_real_and(wf, "Interview Kim", respondent_id=kim)
        persona_from(wf, notes, status=PersonaStatus.VALIDATED)
    code, report = check_json(capsys, path)
    assert code == 1 and of_rule(report, "single-anecdote")
    [named] = of_rule(report, "opinion-named")
    assert "the respondent it speaks for is the team or people close to it" in named["message"]


def test_a_persona_backed_only_by_synthetic_respondents_fails_and_its_poster_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tester's "AI only" persona: two synthetic interviews with respondents "Synthetic
    P1" and "Synthetic P2" and chatgpt.com references read "2 respondents (2 interviews)"."""
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        notes = []
        for n in (1, 2):
            who = wf.add_respondent(f"Synthetic P{n}").created[0]
            source = wf.add_source(
                f"User interview {n}",
                "interview",
                date="2026-11-01",
                reference=f"chatgpt.com/share/{n}",
                respondent_id=who,
            ).created[0]
            notes.append(wf.add_note("Reviews money on Sunday", source_id=source).created[0])
        persona = persona_from(wf, notes)
    code, report = check_json(capsys, path)
    assert code == 1 and report["passes"] is False  # even a draft: nothing is grounded
    assert report["items"]["well_evidenced"] == 0
    assert len(of_rule(report, "opinion-named")) == 2
    with open_workshop(path) as wf:
        snapshot = wf.snapshot()
    counted = Evidence(snapshot).of_persona(snapshot.personas[0])
    assert counted.distinct == 0 and counted.units == ()
    assert "respondent" not in counted.describe() and "opinion" in counted.describe()
    assert persona
    code, out, _ = run(capsys, "check", str(path), "--today", "2026-11-30")
    assert "2 respondents" not in out


def test_one_real_interview_and_one_genuine_survey_still_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Research that only mentions such things stays research."""
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        notes = one_real_and(wf, "Survey of ChatGPT users", notes="Recorded with consent")
        persona_from(wf, notes, status=PersonaStatus.VALIDATED)
    code, report = check_json(capsys, path)
    assert code == 0 and report["passes"] is True
    assert of_rule(report, "opinion-named") == []


@pytest.mark.parametrize("whose", ["respondent", "source"])
def test_a_participant_in_the_room_is_not_a_respondent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], whose: str
) -> None:
    """Finding 2: "Maria Keller" is in the workshop room (a participant) and was entered as a
    respondent (or "Tom" as an interview naming no one): the team, flagged and not counted."""
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        wf.add_participant("Maria Keller")
        if whose == "respondent":
            maria = wf.add_respondent("maria  keller").created[0]
            notes = one_real_and(wf, "Interview Maria", respondent_id=maria)
        else:
            notes = one_real_and(wf, "Maria Keller")
        persona_from(wf, notes, status=PersonaStatus.VALIDATED)
    code, report = check_json(capsys, path)
    assert code == 1 and of_rule(report, "single-anecdote")
    [named] = of_rule(report, "opinion-named")
    assert "one of the team running the workshop, not a respondent" in named["message"]


def test_a_speaker_with_our_role_is_the_team(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        tom = wf.add_respondent("Tom (PM)").created[0]
        persona_from(
            wf, one_real_and(wf, "Transcript", respondent_id=tom), status=PersonaStatus.VALIDATED
        )
    code, report = check_json(capsys, path)
    assert code == 1 and of_rule(report, "single-anecdote") and of_rule(report, "opinion-named")


def test_respondents_who_only_share_a_first_name_with_nobody_in_the_room_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pwshop"
    with create_workshop(path, "Budget app") as wf:
        wf.add_participant("Maria Keller")
        ana = wf.add_respondent("Maria Lopez").created[0]
        persona_from(
            wf, one_real_and(wf, "Interview", respondent_id=ana), status=PersonaStatus.VALIDATED
        )
    code, report = check_json(capsys, path)
    assert code == 0 and of_rule(report, "opinion-named") == []
