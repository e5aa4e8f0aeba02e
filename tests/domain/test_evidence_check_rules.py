"""Each rule of the evidence check, with personas that pass it and personas that fail it."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from domain_builders import RECENT, TODAY, Builder, full_persona

from workshop.domain.evidence_check import (
    PersonaNotFound,
    Rule,
    Severity,
    check_persona,
    check_workshop,
    has_errors,
)
from workshop.domain.model import (
    CheckSettings,
    MetricKind,
    PersonaStatus,
    PersonaTemplate,
    Section,
    SourceKind,
)


def rules_of(report, rule: Rule) -> list:
    return [f for f in report.findings if f.rule is rule]


def test_a_full_persona_passes_with_no_findings() -> None:
    b = Builder()
    persona = full_persona(b)
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert report.findings == ()
    assert report.passes
    assert not report.blocking
    assert report.score == 1.0
    assert report.items_total == 7
    assert not report.assumption_based


# --- grounded ----------------------------------------------------------------------------


def test_an_item_with_no_evidence_is_an_unsupported_error() -> None:
    b = Builder()
    persona = full_persona(b)
    item = b.item(persona, Section.MOTIVATION, "Wants to feel in control")
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.GROUNDED)
    assert finding.severity is Severity.ERROR
    assert finding.item_id == item.id
    assert finding.section is Section.MOTIVATION
    assert finding.persona_id == persona.id
    assert "'Wants to feel in control' has no evidence" in finding.message
    assert finding.message.startswith("Motivation ")
    assert "Drag" in finding.fix
    assert not report.passes
    assert report.blocking


def test_evidence_that_is_only_assumptions_does_not_ground_an_item() -> None:
    b = Builder()
    persona = full_persona(b)
    guesses = (b.note("we think so"), b.note("probably"))
    item = b.item(persona, Section.MOTIVATION, "Wants to feel in control", notes=guesses)
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.GROUNDED)
    assert finding.item_id == item.id
    assert finding.severity is Severity.ERROR
    assert "only on assumptions" in finding.message
    assert "research notes" in finding.fix


def test_one_research_note_among_assumptions_grounds_an_item() -> None:
    b = Builder()
    persona = full_persona(b)
    notes = (b.note("a guess"), b.note("seen in interview", source=b.source()))
    b.item(persona, Section.MOTIVATION, "Wants to feel in control", notes=notes)
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert rules_of(report, Rule.GROUNDED) == []
    assert report.passes


def test_a_linked_cluster_grounds_an_item_with_its_notes() -> None:
    b = Builder()
    persona = full_persona(b)
    cluster = b.cluster("Wants control")
    b.note(source=b.source(), cluster=cluster)
    b.note(source=b.source(SourceKind.SURVEY), cluster=cluster)
    b.item(persona, Section.GOAL, "Feel in control", clusters=(cluster,))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert report.findings == ()


def test_an_unsupported_linked_metric_is_only_a_note() -> None:
    b = Builder()
    persona = full_persona(b)
    item = b.item(
        persona,
        Section.METRIC_LINK,
        "Upgrades",
        metric_kind=MetricKind.EXPANSION,
        metric_target="5% upgrade in a year",
    )
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.GROUNDED)
    assert finding.item_id == item.id
    assert finding.severity is Severity.NOTE
    assert report.passes


# --- single anecdote ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "section",
    [
        Section.GOAL,
        Section.PAIN_POINT,
        Section.CONSTRAINT,
        Section.TRIGGER,
        Section.DECISION_CRITERION,
    ],
)
def test_an_item_from_one_source_is_a_single_anecdote(section: Section) -> None:
    b = Builder()
    persona = full_persona(b)
    interview = b.source(label="Interview with Sam")
    notes = (b.note(source=interview), b.note(source=interview))
    item = b.item(persona, section, "Something Sam said", notes=notes)
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.SINGLE_ANECDOTE)
    assert finding.item_id == item.id
    assert finding.severity is Severity.WARNING
    assert "only 1 distinct source ('Interview with Sam')" in finding.message
    assert "at least 2 distinct respondents" in finding.fix
    assert report.passes
    assert report.score == pytest.approx(7 / 8)


def test_an_item_from_two_sources_is_not_an_anecdote() -> None:
    b = Builder()
    persona = full_persona(b)
    b.item(persona, Section.PAIN_POINT, "Hates spreadsheets", notes=b.backed(2))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert rules_of(report, Rule.SINGLE_ANECDOTE) == []


def test_the_anecdote_rule_does_not_apply_to_motivations() -> None:
    b = Builder()
    persona = full_persona(b)
    b.item(persona, Section.MOTIVATION, "Peace of mind", notes=b.backed(1))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert report.findings == ()
    assert report.score == 1.0


def test_the_workshop_sets_how_many_sources_are_needed() -> None:
    b = Builder(settings={"check": {"min_sources": 3}})
    persona = full_persona(b)
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    anecdotes = rules_of(report, Rule.SINGLE_ANECDOTE)
    assert len(anecdotes) == 5  # goal, pain point, constraint, trigger, criterion: 2 sources each
    assert all("at least 3 distinct respondents" in f.fix for f in anecdotes)
    assert report.settings.min_sources == 3
    explicit = check_persona(b.snapshot, persona.id, today=TODAY, settings=CheckSettings())
    assert rules_of(explicit, Rule.SINGLE_ANECDOTE) == []


# --- actionable --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "section", [Section.GOAL, Section.CONSTRAINT, Section.TRIGGER, Section.DECISION_CRITERION]
)
def test_an_empty_actionable_section_is_an_error(section: Section) -> None:
    b = Builder()
    persona = full_persona(b, skip=(section,))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.ACTIONABLE)
    assert finding.section is section
    assert finding.item_id is None
    assert finding.severity is Severity.ERROR
    assert not report.passes


def test_a_persona_with_only_pain_points_is_not_actionable() -> None:
    b = Builder()
    persona = b.persona("Vague", segment_name="All", last_reviewed=RECENT)
    b.item(persona, Section.PAIN_POINT, "Things are hard", notes=b.backed(2))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    sections = {f.section for f in rules_of(report, Rule.ACTIONABLE)}
    assert sections == {
        Section.GOAL,
        Section.CONSTRAINT,
        Section.TRIGGER,
        Section.DECISION_CRITERION,
    }


# --- linked to metrics -------------------------------------------------------------------


def test_no_success_metric_is_an_error() -> None:
    b = Builder()
    persona = full_persona(b, skip=(Section.SUCCESS_METRIC,))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.METRICS)
    assert finding.section is Section.SUCCESS_METRIC
    assert finding.severity is Severity.ERROR


def test_no_linked_metric_is_an_error() -> None:
    b = Builder()
    persona = full_persona(b, skip=(Section.METRIC_LINK,))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.METRICS)
    assert finding.section is Section.METRIC_LINK
    assert "conversion, activation, retention" in finding.fix


def test_a_linked_metric_without_a_kind_is_a_warning() -> None:
    b = Builder()
    persona = full_persona(b)
    item = b.item(
        persona, Section.METRIC_LINK, "Tells friends", notes=b.backed(1), metric_baseline="3%"
    )
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.METRICS)
    assert finding.item_id == item.id
    assert finding.severity is Severity.WARNING


# --- fresh -------------------------------------------------------------------------------


def test_a_review_older_than_the_limit_is_stale() -> None:
    b = Builder()
    persona = full_persona(b, last_reviewed=TODAY - timedelta(days=200))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.FRESH)
    assert finding.severity is Severity.WARNING
    assert "200 days ago (limit 183 days)" in finding.message
    assert report.passes


def test_a_review_within_the_limit_is_fresh() -> None:
    b = Builder()
    persona = full_persona(b, last_reviewed=TODAY - timedelta(days=183))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert rules_of(report, Rule.FRESH) == []


def test_a_persona_never_reviewed_gets_a_note() -> None:
    b = Builder()
    persona = full_persona(b, last_reviewed=None)
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.FRESH)
    assert finding.severity is Severity.NOTE


def test_old_evidence_is_stale_even_when_reviewed_recently() -> None:
    b = Builder()
    persona = full_persona(b)
    b.snapshot.sources = [
        dataclasses.replace(s, date=TODAY - timedelta(days=400)) for s in b.snapshot.sources
    ]
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    findings = rules_of(report, Rule.FRESH)
    assert {f.item_id for f in findings} == {i.id for i in b.snapshot.items_of(persona.id)}
    assert all("400 days ago (limit 183 days)" in f.message for f in findings)
    assert all(f.severity is Severity.WARNING for f in findings)  # a draft


def test_the_workshop_sets_the_age_limit() -> None:
    b = Builder(settings={"check": {"max_age_days": 30}})
    persona = full_persona(b, last_reviewed=RECENT - timedelta(days=1))
    b.snapshot.sources = [
        dataclasses.replace(s, date=RECENT - timedelta(days=1)) for s in b.snapshot.sources
    ]
    report = check_persona(b.snapshot, persona.id, today=TODAY)  # 31 days on
    assert len(rules_of(report, Rule.FRESH)) == 1 + len(b.snapshot.items_of(persona.id))


# --- no noise ----------------------------------------------------------------------------


def test_an_other_detail_with_no_evidence_is_irrelevant() -> None:
    b = Builder()
    persona = full_persona(b)
    item = b.item(persona, Section.OTHER, "Likes golden retrievers")
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.NOISE_IRRELEVANT)
    assert finding.item_id == item.id
    assert finding.severity is Severity.WARNING
    assert "irrelevant detail" in finding.message
    assert rules_of(report, Rule.GROUNDED) == []


def test_an_other_detail_backed_only_by_assumptions_is_irrelevant() -> None:
    b = Builder()
    persona = full_persona(b)
    b.item(persona, Section.OTHER, "Drives a minivan", notes=(b.note("surely"),))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert len(rules_of(report, Rule.NOISE_IRRELEVANT)) == 1


def test_an_other_detail_with_research_is_kept() -> None:
    b = Builder()
    persona = full_persona(b)
    b.item(persona, Section.OTHER, "Shares the budget with a partner", notes=b.backed(1))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert report.findings == ()


def test_a_section_over_the_cap_is_noise() -> None:
    b = Builder()
    persona = full_persona(b)
    for n in range(8):
        b.item(persona, Section.MOTIVATION, f"Motivation {n}", notes=b.backed(1))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.NOISE_TOO_MANY)
    assert finding.section is Section.MOTIVATION
    assert finding.item_id is None
    assert "8 items (at most 7)" in finding.message


def test_a_section_at_the_cap_is_fine_and_the_cap_is_a_setting() -> None:
    b = Builder()
    persona = full_persona(b)
    for n in range(7):
        b.item(persona, Section.MOTIVATION, f"Motivation {n}", notes=b.backed(1))
    assert rules_of(check_persona(b.snapshot, persona.id, today=TODAY), Rule.NOISE_TOO_MANY) == []
    tight = CheckSettings(max_items_per_section=3)
    report = check_persona(b.snapshot, persona.id, today=TODAY, settings=tight)
    assert [f.section for f in rules_of(report, Rule.NOISE_TOO_MANY)] == [Section.MOTIVATION]


# --- segment -----------------------------------------------------------------------------


def test_a_missing_segment_is_a_note_not_an_error() -> None:
    b = Builder()
    persona = full_persona(b, segment_name="", segment_size="", segment_size_source="")
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.SEGMENT)
    assert finding.severity is Severity.NOTE
    assert report.passes


def test_a_segment_size_with_no_source_gets_a_note() -> None:
    b = Builder()
    persona = full_persona(b, segment_size="12,000", segment_size_source="")
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = rules_of(report, Rule.SEGMENT)
    assert "'12,000'" in finding.message


# --- proto-personas ----------------------------------------------------------------------


def test_a_proto_persona_may_fail_but_is_labelled_assumption_based() -> None:
    b = Builder()
    proto = b.persona("Guessed gig worker", template=PersonaTemplate.PROTO)
    b.item(proto, Section.GOAL, "Wants flexible payouts", notes=(b.note("a hunch"),))
    report = check_persona(b.snapshot, proto.id, today=TODAY)
    assert report.assumption_based
    assert not report.passes
    assert not report.blocking
    assert not has_errors([report])
    assert rules_of(report, Rule.ASSUMPTION_BASED)[0].severity is Severity.NOTE


def test_a_research_persona_that_fails_is_blocking() -> None:
    b = Builder()
    persona = full_persona(b, skip=(Section.GOAL,))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert report.blocking
    assert has_errors([report])
    assert rules_of(report, Rule.ASSUMPTION_BASED) == []


# --- report ------------------------------------------------------------------------------


def test_findings_come_errors_first_then_warnings_then_notes() -> None:
    b = Builder()
    persona = full_persona(b, last_reviewed=None, segment_name="", skip=(Section.TRIGGER,))
    b.item(persona, Section.OTHER, "Plays padel")
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    severities = [f.severity for f in report.findings]
    assert severities == [Severity.ERROR, Severity.WARNING, Severity.NOTE, Severity.NOTE]
    assert report.count(Severity.NOTE) == 2


def test_the_score_is_the_share_of_well_evidenced_items() -> None:
    b = Builder()
    persona = b.persona("Half done")
    b.item(persona, Section.GOAL, "backed", notes=b.backed(2))
    b.item(persona, Section.GOAL, "anecdote", notes=b.backed(1))
    b.item(persona, Section.MOTIVATION, "backed", notes=b.backed(1))
    unsupported = b.item(persona, Section.CHANNEL, "unsupported")
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    assert (report.items_well_evidenced, report.items_total) == (2, 4)
    assert report.score == 0.5
    assert [f.rule for f in report.findings_for(unsupported.id)] == [Rule.GROUNDED]
    empty = b.persona("Empty")
    assert check_persona(b.snapshot, empty.id, today=TODAY).score == 0.0


def test_long_item_text_is_shortened_in_messages() -> None:
    b = Builder()
    persona = full_persona(b)
    b.item(persona, Section.MOTIVATION, "word " * 40)
    [finding] = rules_of(check_persona(b.snapshot, persona.id, today=TODAY), Rule.GROUNDED)
    assert "…'" in finding.message
    assert len(finding.message) < 120


def test_check_workshop_checks_every_active_persona_in_order() -> None:
    b = Builder()
    second = full_persona(b, "Second")
    first = full_persona(b, "First")
    b.replace_persona(first, position=0)
    b.replace_persona(second, position=1)
    retired = full_persona(b, "Old", status=PersonaStatus.RETIRED)
    reports = check_workshop(b.snapshot, today=TODAY)
    assert [r.persona_name for r in reports] == ["First", "Second"]
    named = check_workshop(b.snapshot, today=TODAY, persona_name="  old ")
    assert [r.persona_id for r in named] == [retired.id]


def test_check_workshop_names_the_personas_when_the_name_is_unknown() -> None:
    b = Builder()
    full_persona(b, "Time-poor planner")
    with pytest.raises(PersonaNotFound, match=r"no persona called 'Nobody'.*'Time-poor planner'"):
        check_workshop(b.snapshot, today=TODAY, persona_name="Nobody")
    with pytest.raises(PersonaNotFound):
        check_persona(b.snapshot, "missing-id", today=TODAY)


def test_check_workshop_uses_the_workshop_thresholds() -> None:
    b = Builder(settings={"check": {"min_sources": 3, "max_age_days": 700}})
    persona = b.persona("Thin", last_reviewed=TODAY - timedelta(days=600), segment_name="S")
    for section in (Section.GOAL, Section.CONSTRAINT, Section.TRIGGER, Section.DECISION_CRITERION):
        b.item(persona, section, notes=b.backed(3))
    b.item(persona, Section.SUCCESS_METRIC, "Under 10 minutes a week", notes=b.backed(1))
    b.item(
        persona,
        Section.METRIC_LINK,
        notes=b.backed(1),
        metric_kind=MetricKind.ACTIVATION,
        metric_target="60%",
    )
    [report] = check_workshop(b.snapshot, today=TODAY)
    assert report.findings == ()
    assert report.settings == CheckSettings(min_sources=3, max_age_days=700)
