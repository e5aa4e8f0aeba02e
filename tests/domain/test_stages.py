"""Stage guidance and the checklist each stage computes from the workshop."""

from __future__ import annotations

import dataclasses

import pytest
from domain_builders import RECENT, TODAY, Builder, full_persona
from test_check_counts_respondents import DASHBOARD, INTERVIEWS, PRIYA, SURVEY, in_research

from workshop.domain.model import (
    STAGES,
    MetricKind,
    Participant,
    PersonaStatus,
    PersonaTemplate,
    Respondent,
    Section,
    SourceKind,
    Stage,
    Vote,
    VoteRound,
)
from workshop.domain.stages import (
    GUIDES,
    ChecklistLine,
    checklist,
    guide,
    next_stage,
    previous_stage,
)
from workshop.i18n import using_language


def known_workshop() -> Builder:
    """14 notes (2 assumptions) from 4 of 5 sources, 3 clusters, 2 vote rounds, 3 personas."""
    b = Builder(
        goal="Understand why new users stall",
        decisions=("onboarding_ux", "messaging"),
        product="Budget app",
        metrics=("activation", "retention"),
        stage=Stage.CLUSTER,
    )
    sam = b.source(SourceKind.INTERVIEW, "Sam")
    ana = b.source(SourceKind.INTERVIEW, "Ana")
    poll = b.source(SourceKind.SURVEY, "Spring survey")
    tickets = b.source(SourceKind.SUPPORT_TICKET, "Tickets", when=None)
    b.source(SourceKind.ANALYTICS, "Unused export")
    routine = b.cluster("Weekly routine")
    sheets = b.cluster("Spreadsheet fear")
    b.cluster("Empty")
    r = [b.note(source=s, cluster=routine) for s in (sam, poll, tickets, sam)]
    s = [b.note(source=ana, cluster=sheets) for _ in range(3)]
    loose = [b.note(source=src) for src in (poll, tickets, ana, sam, poll)]
    b.note("guess", cluster=routine)
    b.note("another guess")

    b.snapshot.participants = [Participant(id=f"u{i}", name=f"P{i}") for i in range(3)]
    b.snapshot.vote_rounds = [
        VoteRound(id="r1", name="Most painful", votes_per_participant=3, is_open=True),
        VoteRound(id="r2", name="Most frequent", votes_per_participant=3, is_open=False),
    ]
    b.snapshot.votes = [
        Vote(id=f"v1{i}", round_id="r1", participant_id=f"u{i % 3}", note_id=r[0].id)
        for i in range(5)
    ] + [
        Vote(id=f"v2{i}", round_id="r2", participant_id=f"u{i % 3}", cluster_id=routine.id)
        for i in range(9)
    ]

    planner = b.persona(
        "Time-poor planner",
        status=PersonaStatus.VALIDATED,
        archetype="Working parent",
        quote="Ten minutes on a Sunday.",
        owner="Dana",
        last_reviewed=RECENT,
        segment_name="Young families",
    )
    b.item(planner, Section.GOAL, "Simple weekly routine", clusters=(routine,))
    b.item(planner, Section.PAIN_POINT, "Fears spreadsheets", notes=(s[0], loose[1]))
    b.item(planner, Section.CONSTRAINT, "Irregular income", notes=(r[0], loose[2]))
    b.item(planner, Section.TRIGGER, "A missed bill", notes=(loose[0], loose[1]))
    b.item(planner, Section.DECISION_CRITERION, "Quick setup", notes=(r[1], s[1]))
    b.item(planner, Section.SUCCESS_METRIC, "Review in under 10 minutes", notes=(loose[3],))
    b.item(
        planner,
        Section.METRIC_LINK,
        "Weekly habit",
        notes=(loose[4],),
        metric_kind=MetricKind.RETENTION,
        metric_target="45% after 30 days",
    )
    lover = b.persona("Spreadsheet lover")
    b.item(lover, Section.GOAL, "Exact to the cent", notes=(s[0], s[1]))
    b.item(lover, Section.PAIN_POINT, "Rounding")
    b.persona("Old persona", status=PersonaStatus.RETIRED)
    return b


def lines(*pairs: tuple[str, bool]) -> list[ChecklistLine]:
    return [ChecklistLine(text, done) for text, done in pairs]


# --- guidance ----------------------------------------------------------------------------


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_has_a_title_a_purpose_and_a_few_bullets(stage: Stage) -> None:
    g = guide(stage)
    assert g.stage is stage
    assert g.title
    assert g.purpose
    assert 2 <= len(g.guidance) <= 4
    assert all(bullet.strip() and len(bullet) < 160 for bullet in g.guidance)


def test_the_guidance_carries_the_domain_advice() -> None:
    text = " ".join(" ".join(g.guidance) for g in GUIDES.values()).casefold()
    for advice in (
        "ground personas in real data",
        "actionable",
        "single anecdote",
        "irrelevant detail",
        "conversion",
        "refresh regularly",
    ):
        assert advice in text


def test_stages_follow_frame_to_share() -> None:
    assert next_stage(Stage.FRAME) is Stage.EVIDENCE
    assert next_stage(Stage.SHARE) is None
    assert previous_stage(Stage.FRAME) is None
    assert previous_stage(Stage.VALIDATE) is Stage.DRAFT
    assert list(GUIDES) == list(STAGES)


# --- checklists against the known workshop -----------------------------------------------


def test_frame_checklist() -> None:
    assert checklist(known_workshop().snapshot, TODAY, Stage.FRAME) == lines(
        ("Goal: 'Understand why new users stall'", True),
        ("Decisions to inform: onboarding/UX, messaging", True),
        ("Product: 'Budget app'", True),
        ("No target segments named yet", False),
        ("Metrics that matter: activation, retention", True),
    )


def test_evidence_checklist() -> None:
    assert checklist(known_workshop().snapshot, TODAY, Stage.EVIDENCE) == lines(
        ("14 notes from 4 sources (3 kinds of source)", True),
        ("2 notes with no source (assumptions)", False),
        ("1 source with no date", False),
    )


def test_cluster_checklist_is_the_current_stage_by_default() -> None:
    snapshot = known_workshop().snapshot
    expected = lines(
        ("3 clusters", True),
        ("6 notes not in any cluster", False),
        (
            "2 clusters with notes from fewer than 2 distinct respondents "
            "(or studies, for analytics)",
            False,
        ),
        ("Vote 'Most painful': 5 of 9 votes cast, open", False),
        ("Vote 'Most frequent': 9 of 9 votes cast, ended", True),
    )
    assert checklist(snapshot, TODAY, Stage.CLUSTER) == expected
    assert checklist(snapshot, TODAY) == expected


def test_draft_checklist() -> None:
    assert checklist(known_workshop().snapshot, TODAY, Stage.DRAFT) == lines(
        ("2 personas drafted", True),
        ("Persona 'Time-poor planner': 7 of 7 items linked to evidence", True),
        (
            "Persona 'Time-poor planner': goals, constraints, triggers, criteria and metrics "
            "in place",
            True,
        ),
        ("Persona 'Spreadsheet lover': 1 of 2 items linked to evidence", False),
        (
            "Persona 'Spreadsheet lover': no constraints, buying triggers, decision criteria, "
            "success metric, linked metric yet",
            False,
        ),
    )


def test_validate_checklist() -> None:
    # Two of the planner's claims rest on one fresh respondent beside the undated
    # "Tickets": a single fresh anecdote, an error for a validated persona.
    assert checklist(known_workshop().snapshot, TODAY, Stage.VALIDATE) == lines(
        ("Persona 'Time-poor planner': 2 findings (2 errors), 100% well evidenced", False),
        ("Persona 'Spreadsheet lover': 7 findings (6 errors), 0% well evidenced", False),
        ("1 of 2 personas marked validated", False),
    )


def test_share_checklist() -> None:
    assert checklist(known_workshop().snapshot, TODAY, Stage.SHARE) == lines(
        ("Poster footer: goal and product from the Frame stage", True),
        ("Persona 'Time-poor planner': marked validated but fails the check", False),
        ("Persona 'Time-poor planner': archetype, quote, owner and review date set", True),
        ("Persona 'Spreadsheet lover': not marked validated yet", False),
        ("Persona 'Spreadsheet lover': no archetype, quote, owner, review date yet", False),
    )


# --- other workshops ---------------------------------------------------------------------


def test_a_fresh_workshop_has_everything_still_to_do() -> None:
    snapshot = Builder().snapshot
    for stage in STAGES:
        todo = checklist(snapshot, TODAY, stage)
        assert todo
        assert not any(line.done for line in todo), stage
    assert checklist(snapshot, TODAY, Stage.EVIDENCE) == lines(("No notes on the board yet", False))
    assert checklist(snapshot, TODAY, Stage.CLUSTER) == lines(
        ("No clusters yet", False), ("No dot-voting round yet", False)
    )
    assert checklist(snapshot, TODAY, Stage.DRAFT) == lines(("No persona yet", False))
    assert checklist(snapshot, TODAY, Stage.VALIDATE) == lines(("No persona to check yet", False))


def test_a_tidy_board_ticks_its_lines() -> None:
    b = Builder()
    cluster = b.cluster("Routine")
    b.note(source=b.source(), cluster=cluster)
    b.note(source=b.source(SourceKind.SURVEY), cluster=cluster)
    assert checklist(b.snapshot, TODAY, Stage.EVIDENCE) == lines(
        ("2 notes from 2 sources (2 kinds of source)", True),
        ("Every note has a source", True),
        ("Every source has a date", True),
    )
    assert checklist(b.snapshot, TODAY, Stage.CLUSTER)[:3] == lines(
        ("1 cluster", True),
        ("Every note is in a cluster", True),
        (
            "Every cluster draws on 2 or more distinct respondents (or studies, for analytics)",
            True,
        ),
    )


def test_two_sources_of_one_respondent_are_one_in_the_checklist() -> None:
    """An interview and a survey answer of one person: one respondent, not two sources,
    so neither the board nor its cluster has the two distinct respondents asked for."""
    b = Builder()
    cluster = b.cluster("Routine")
    interview = in_research(
        b, b.source(SourceKind.INTERVIEW, "Interview 3"), respondent=PRIYA, study=INTERVIEWS
    )
    answer = in_research(
        b, b.source(SourceKind.SURVEY, "Respondent 17"), respondent=PRIYA, study=SURVEY
    )
    b.note(source=interview, cluster=cluster)
    b.note(source=answer, cluster=cluster)

    assert checklist(b.snapshot, TODAY, Stage.EVIDENCE)[0] == ChecklistLine(
        "2 notes from 1 respondent (2 kinds of source)", False
    )
    assert checklist(b.snapshot, TODAY, Stage.CLUSTER)[2] == ChecklistLine(
        "1 cluster with notes from fewer than 2 distinct respondents (or studies, for analytics)",
        False,
    )

    tom = Respondent("r-tom", "Tom Berg")
    b.note(
        source=in_research(
            b, b.source(SourceKind.INTERVIEW, "Interview 4"), respondent=tom, study=None
        ),
        cluster=cluster,
    )
    assert checklist(b.snapshot, TODAY, Stage.EVIDENCE)[0] == ChecklistLine(
        "3 notes from 2 respondents (2 kinds of source)", True
    )
    assert checklist(b.snapshot, TODAY, Stage.CLUSTER)[2].done


def test_the_respondent_count_is_said_in_german_and_french() -> None:
    b = Builder()
    for label in ("Interview 3", "Respondent 17"):
        source = in_research(
            b, b.source(SourceKind.INTERVIEW, label), respondent=PRIYA, study=INTERVIEWS
        )
        b.note(source=source)
    with using_language("de"):
        said = checklist(b.snapshot, TODAY, Stage.EVIDENCE)[0].text
        validate = guide(Stage.VALIDATE).guidance[0]
    assert said == "2 Notizen, dahinter 1 befragte Person (1 Art von Quelle)"
    assert "mehr als eine befragte Person" in validate
    with using_language("fr"):
        said = checklist(b.snapshot, TODAY, Stage.EVIDENCE)[0].text
    assert said == "2 notes de 1 répondant (1 type de source)"


def test_analytics_of_one_study_count_as_one_study_in_the_checklist() -> None:
    b = Builder()
    for label in ("Funnel, May", "Funnel, June"):
        export = b.source(SourceKind.ANALYTICS, label)
        b.note(source=in_research(b, export, respondent=None, study=DASHBOARD))
    assert checklist(b.snapshot, TODAY, Stage.EVIDENCE)[0] == ChecklistLine(
        "2 notes from 1 study (1 kind of source)", False
    )


def test_a_board_of_team_opinion_has_no_research_in_the_checklist() -> None:
    b = Builder()
    b.note(source=b.source(SourceKind.ASSUMPTION, "Team brainstorm"))
    assert checklist(b.snapshot, TODAY, Stage.EVIDENCE)[0] == ChecklistLine(
        "1 note, not from research", False
    )
    b.note(source=b.source(SourceKind.ASSUMPTION, "CEO's opinion"))
    assert checklist(b.snapshot, TODAY, Stage.EVIDENCE)[0] == ChecklistLine(
        "2 notes, none from research", False
    )


def test_the_guidance_speaks_of_respondents_not_sources() -> None:
    validate = " ".join(guide(Stage.VALIDATE).guidance)
    assert "more than one respondent (or study, for analytics)" in validate
    assert "source" not in validate
    assert "several respondents" in " ".join(guide(Stage.CLUSTER).guidance)


def test_a_proto_persona_is_labelled_in_the_checklist() -> None:
    b = Builder()
    b.persona("Guessed freelancer", template=PersonaTemplate.PROTO)
    [line, validated] = checklist(b.snapshot, TODAY, Stage.VALIDATE)
    assert line.text.startswith("Proto-persona 'Guessed freelancer' (assumption-based): ")
    assert not line.done
    assert validated == ChecklistLine("0 of 1 persona marked validated", False)


def test_a_validated_persona_that_fails_the_check_is_not_ready() -> None:
    b = Builder(goal="g", product="p")
    persona = full_persona(b, status=PersonaStatus.VALIDATED, skip=(Section.GOAL,))
    assert checklist(b.snapshot, TODAY, Stage.SHARE)[1] == ChecklistLine(
        "Persona 'Time-poor planner': marked validated but fails the check", False
    )
    b.replace_persona(persona, status=PersonaStatus.DRAFT)
    b.snapshot.workshop = dataclasses.replace(b.snapshot.workshop, stage=Stage.SHARE)
    assert checklist(b.snapshot, TODAY)[1].text.endswith("not marked validated yet")


def test_votes_without_participants_are_just_counted() -> None:
    b = Builder()
    b.snapshot.vote_rounds = [VoteRound(id="r", name="Top", is_open=True)]
    b.snapshot.votes = [Vote(id="v", round_id="r", participant_id="gone", note_id="n")]
    assert checklist(b.snapshot, TODAY, Stage.CLUSTER)[-1] == ChecklistLine(
        "Vote 'Top': 1 vote cast, open", False
    )


@pytest.mark.parametrize(
    ("language", "quoted"),
    [
        ("en", "'Understand why new users stall'"),
        ("de", "„Understand why new users stall“"),
        ("fr", "«\u00a0Understand why new users stall\u00a0»"),
        ("es", "“Understand why new users stall”"),
    ],
)
def test_names_are_quoted_as_the_language_quotes(language: str, quoted: str) -> None:
    with using_language(language):
        goal = checklist(known_workshop().snapshot, TODAY, Stage.FRAME)[0].text
    assert quoted in goal
