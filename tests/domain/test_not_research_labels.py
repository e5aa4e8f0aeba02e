"""Sources that are not research at all, whatever kind they are marked as (issue 15, second
tester, finding 1): AI-generated or simulated, marketing or desk copy, other personas and
workshop artefacts, the team and its circle, guesses, made-up data. They are recognised by
the ideas behind them (``not_research_labels``), so the variants below that no list in the
code spells out are caught too; and genuine research that merely mentions such things
("Survey of ChatGPT users", "App store reviews", "Interview with Claude Martin") passes.
"""

from __future__ import annotations

import pytest

from workshop.domain.not_research_labels import (
    described_not_research,
    not_research_named,
    ours_described,
)
from workshop.domain.opinion_labels import WHAT_IT_IS, opinion_named

#: The second tester's labels, by what the finding says they are.
TESTERS_LABELS = {
    "synthetic": [
        "ChatGPT interview", "AI-generated interview 1", "Synthetic user interview",
        "Synthetic persona P1", "Simulated respondent (GPT-4)", "Interview with Claude",
        "LLM user simulation",
    ],
    "marketing": [
        "Competitor landing page", "Competitor's pricing page",
        "Desk research: our own brochure", "App store description",
    ],
    "artefact": [
        "Persona Dana (poster)", "Quote from persona 'Dana'", "Proto-persona from kickoff",
        "Kickoff workshop sticky notes", "Design team's empathy map",
    ],
    "circle": [
        "I think", "VP Product's view", "Board member feedback", "Account manager's feedback",
        "PM's notes", "Product owner's notes", "Slack #product discussion", "Team retro",
        "Interview with colleague", "Employee beta tester", "Friends and family test",
        "Interview with my mum", "Staff survey", "Employee survey",
        "Sales rep's recollection of customer calls", "Anecdotes from support team",
        "Watching my colleague use it", "Self-test by the team",
        "Internal usability test with developers", "Marketing's estimate",
    ],
    "guess": ["Speculation", "Expected behaviour"],
    "fake": [
        "Made-up numbers", "Survey (fake data)", "Example survey (demo data)",
        "Lorem ipsum interview",
    ],
}  # fmt: skip

#: Other wordings of the same ideas.
VARIANTS = [
    "Gemini-generated respondent",
    "Role-play interview with a pretend customer",
    "Interview simulée",
    "Entrevista sintética 2",
    "Our homepage copy",
    "Press release, March",
    "Journey map from the offsite",
    "Quote from the Sam persona",
    "My notes",
    "Coworker interview",
    "Notes from our product team",
    "Dummy data export",
    "Sample data survey",
    "Interview with ChatGPT",
    "claude.ai chat",
    "Investor feedback",
    "Advisor's notes",
]

#: Research that mentions such things: never flagged.
RESEARCH = [
    "Survey of ChatGPT users",
    "Interview about AI tools",
    "GitHub Copilot user interview",
    "Interview with Claude Martin",
    "App store reviews, 1–3 stars",
    "Website visitor survey",
    "Persona validation interview 3",
    "Clinic staff interview",
    "Employees at ACME survey",
    "Interview about employee onboarding at ACME",
    "Kickoff call with customer ACME",
    "Sales call notes with ACME",
    "Research team notes from interview P3",
    "Support notes: ticket 12",
    "Survey sample of 200",
    "Expected vs actual checkout time (analytics)",
    "Guess Who? interview",
    "Interview Mon 3 March",
    "Interview with the CEO",
    "Usability test session 4",
    "Respondent 3",
]


@pytest.mark.parametrize(
    ("what", "label"), [(w, label) for w, labels in TESTERS_LABELS.items() for label in labels]
)
def test_the_testers_labels_are_not_research(what: str, label: str) -> None:
    assert opinion_named(label) is not None
    if what != "guess" or label not in ("Speculation", "Expected behaviour"):
        assert not_research_named(label) == what or opinion_named(label) == what


def test_first_person_guesses_are_the_team() -> None:
    assert opinion_named("My guess") is not None
    assert opinion_named("Speculation") == "guess"


@pytest.mark.parametrize("label", VARIANTS)
def test_other_wordings_of_the_same_ideas_are_caught(label: str) -> None:
    assert opinion_named(label) is not None


@pytest.mark.parametrize("label", RESEARCH)
def test_research_that_mentions_them_is_not_flagged(label: str) -> None:
    assert opinion_named(label) is None


def test_every_new_kind_has_words_for_the_finding() -> None:
    for what in TESTERS_LABELS:
        assert what in WHAT_IT_IS


@pytest.mark.parametrize(
    ("description", "what"),
    [
        ("What the team thinks…; our assumptions", "view"),
        ("Not a real interview: we role-played the customer", "synthetic"),
        ("Answers generated with ChatGPT", "synthetic"),
        ("Demo data for the training", "fake"),
    ],
)
def test_a_description_that_says_it_is_not_research(description: str, what: str) -> None:
    assert described_not_research(description) == what


@pytest.mark.parametrize(
    "description",
    [
        "She had to guess the price and found it made up of hidden fees",
        "Interview at her office; she uses ChatGPT for emails",
        "Recorded with consent; 45 minutes",
        "He thinks our onboarding is slow",
    ],
)
def test_a_description_of_what_happened_in_research_is_not_flagged(description: str) -> None:
    """A description tells what was heard: only what says the source itself is made up,
    simulated or the team's own view is read."""
    assert described_not_research(description) is None


@pytest.mark.parametrize(
    ("detail", "ours"),
    [
        ("Product manager at our company", True),
        ("internal staff", True),
        ("Staff engineer", False),
        ("Store manager at ACME", False),
        ("Employees of SMEs", False),
    ],
)
def test_a_respondents_details_that_say_they_are_one_of_ours(detail: str, ours: bool) -> None:
    assert (ours_described(detail) is not None) is ours


@pytest.mark.parametrize(
    "label",
    ["Tom (PM)", "Ana (our PM)", "Kim (product manager)", "Lee (facilitator)", "Jo - interviewer"],
)
def test_a_speaker_named_with_one_of_our_roles_is_the_team(label: str) -> None:
    """Finding 2: a transcript's speaker "Tom (PM)" is the team asking, not a respondent."""
    assert not_research_named(label) == "team"


@pytest.mark.parametrize(
    "label", ["P3 (designer)", "Interview P1 (March)", "Ana Lima (P3)", "Sam (pharmacist)"]
)
def test_a_customer_named_with_their_job_is_not_the_team(label: str) -> None:
    assert not_research_named(label) is None
