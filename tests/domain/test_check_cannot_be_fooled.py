"""Personas built to fool the evidence check, as a sceptical researcher would catch them.

Each of these passed (or passed more easily) before the check counted research only,
distinct sources by identity, freshness claim by claim, measurable metrics and bounded
thresholds (issue 15).
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from domain_builders import RECENT, TODAY, Builder, full_persona

from workshop.domain.evidence_check import (
    Rule,
    Severity,
    check_persona,
    check_workshop,
    has_errors,
    item_evidence,
    to_json,
    to_text,
)
from workshop.domain.metric_wording import is_measurable, missing_parts
from workshop.domain.model import (
    CHECK_BOUNDS,
    CheckSettings,
    MetricKind,
    PersonaStatus,
    Section,
    Source,
    SourceKind,
    Stage,
    check_setting_problem,
)
from workshop.domain.stages import checklist

KEY_SECTIONS = (
    Section.GOAL,
    Section.PAIN_POINT,
    Section.CONSTRAINT,
    Section.TRIGGER,
    Section.DECISION_CRITERION,
)


def of_rule(report, rule: Rule) -> list:
    return [f for f in report.findings if f.rule is rule]


def persona_backed_by(b: Builder, sources: list[Source], **fields) -> str:
    """A complete persona whose every item is backed by one note from each source."""
    persona = b.persona(
        "Time-poor planner",
        last_reviewed=RECENT,
        segment_name="Young families",
        **fields,
    )
    texts = {
        Section.SUCCESS_METRIC: "Finish weekly review in under 10 minutes",
        Section.METRIC_LINK: "30-day retention",
    }
    for section in (*KEY_SECTIONS, Section.SUCCESS_METRIC, Section.METRIC_LINK):
        notes = tuple(b.note(source=s) for s in sources)
        extra = (
            {"metric_kind": MetricKind.RETENTION, "metric_target": "45%"}
            if section is Section.METRIC_LINK
            else {}
        )
        b.item(persona, section, texts.get(section, ""), notes=notes, **extra)
    return persona.id


# --- team opinion is not research --------------------------------------------------------


def test_a_brainstorm_and_the_ceos_opinion_do_not_ground_a_persona() -> None:
    b = Builder()
    sources = [
        b.source(SourceKind.ASSUMPTION, "Team brainstorm (assumptions)"),
        b.source(SourceKind.ASSUMPTION, "CEO's opinion"),
    ]
    persona = persona_backed_by(b, sources)
    report = check_persona(b.snapshot, persona, today=TODAY)
    assert not report.passes and report.blocking
    assert report.items_well_evidenced == 0 and report.score == 0.0
    grounded = of_rule(report, Rule.GROUNDED)
    assert {f.section for f in grounded} == {
        *KEY_SECTIONS,
        Section.SUCCESS_METRIC,
        Section.METRIC_LINK,
    }
    goal = next(f for f in grounded if f.section is Section.GOAL)
    assert goal.severity is Severity.ERROR
    assert "the team's opinion: 'CEO's opinion', 'Team brainstorm (assumptions)'" in goal.message
    assert of_rule(report, Rule.SINGLE_ANECDOTE) == []  # not research, so not even an anecdote


def test_opinion_notes_do_not_count_whatever_their_number() -> None:
    b = Builder()
    persona = full_persona(b)
    opinions = [b.source(SourceKind.ASSUMPTION, f"Stakeholder {n}") for n in range(10)]
    item = b.item(
        persona,
        Section.MOTIVATION,
        "Wants control",
        notes=tuple(b.note(source=s) for s in opinions),
    )
    evidence = item_evidence(b.snapshot, item.id)
    assert evidence.sources == () and not evidence.is_grounded
    assert len(evidence.assumption_notes) == 10
    assert evidence.summary() == "10 notes, assumptions only"
    [finding] = of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.GROUNDED)
    assert finding.item_id == item.id


def test_an_other_source_counts_only_when_it_says_what_it_is() -> None:
    b = Builder()
    persona = full_persona(b)
    vague = b.source(SourceKind.OTHER, "Stuff we heard")
    item = b.item(persona, Section.MOTIVATION, "Wants control", notes=(b.note(source=vague),))
    [finding] = of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.GROUNDED)
    assert "'other' sources that do not say what they are: 'Stuff we heard'" in finding.message
    said = dataclasses.replace(vague, reference="App store export, 1–3 star reviews")
    b.snapshot.sources = [said if s.id == vague.id else s for s in b.snapshot.sources]
    assert item_evidence(b.snapshot, item.id).is_grounded
    described = dataclasses.replace(vague, notes="Sales call notes, March")
    b.snapshot.sources = [described if s.id == vague.id else s for s in b.snapshot.sources]
    assert item_evidence(b.snapshot, item.id).is_grounded
    assert of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.GROUNDED) == []


def test_the_assumption_kind_is_in_the_closed_list_and_never_research() -> None:
    assert SourceKind("assumption") is SourceKind.ASSUMPTION
    assert SourceKind.ASSUMPTION.label == "Assumption / team opinion"
    assert not SourceKind.ASSUMPTION.is_research
    assert all(k.is_research for k in SourceKind if k is not SourceKind.ASSUMPTION)
    with pytest.raises(ValueError):
        SourceKind("opinion")


# --- distinct sources, never rows --------------------------------------------------------


def test_one_interview_entered_twice_is_one_source() -> None:
    b = Builder()
    first = b.source(SourceKind.INTERVIEW, "Interview with Sam")
    twin = Source(
        id="s-twin",
        kind=SourceKind.INTERVIEW,
        label="  interview WITH sam ",
        date=first.date,
        reference=first.reference,
    )
    b.snapshot.sources.append(twin)
    persona = persona_backed_by(b, [first, twin])
    report = check_persona(b.snapshot, persona, today=TODAY)
    anecdotes = of_rule(report, Rule.SINGLE_ANECDOTE)
    assert {f.section for f in anecdotes} == set(KEY_SECTIONS)
    assert all("only 1 distinct source" in f.message for f in anecdotes)
    assert all("entered 2 times, counted once" in f.message for f in anecdotes)
    assert report.items_well_evidenced == 2  # the metrics need one source, the rest two


def test_the_same_label_on_another_day_is_the_same_person_heard_twice() -> None:
    """Two sources, but nothing says two people: a source with no respondent counts by its
    folded label, so Sam heard twice is one (a sceptical count never over-counts)."""
    b = Builder()
    first = b.source(SourceKind.INTERVIEW, "Interview with Sam", when=RECENT)
    again = b.source(SourceKind.INTERVIEW, "Interview with Sam", when=RECENT - timedelta(days=7))
    other = b.source(SourceKind.INTERVIEW, "Interview with Ana", when=RECENT)
    persona = persona_backed_by(b, [first, again])
    anecdotes = of_rule(check_persona(b.snapshot, persona, today=TODAY), Rule.SINGLE_ANECDOTE)
    assert {f.section for f in anecdotes} == set(KEY_SECTIONS)
    assert all(
        "only 1 distinct source ('Interview with Sam', behind 2 sources)" in f.message
        for f in anecdotes
    )
    assert len(item_evidence(b.snapshot, b.snapshot.items[0].id).sources) == 2  # 2 interviews
    persona = persona_backed_by(b, [first, other])
    assert of_rule(check_persona(b.snapshot, persona, today=TODAY), Rule.SINGLE_ANECDOTE) == []


def test_a_note_duplicated_under_a_copy_of_its_source_does_not_make_two() -> None:
    b = Builder()
    rows = [b.source(SourceKind.SURVEY, "Respondent 17") for _ in range(2)]  # same identity
    assert rows[0].identity == rows[1].identity
    persona = full_persona(b)
    item = b.item(
        persona, Section.GOAL, "Pays on Thursdays", notes=tuple(b.note(source=s) for s in rows)
    )
    assert len(item_evidence(b.snapshot, item.id).sources) == 1
    [finding] = [
        f
        for f in check_persona(b.snapshot, persona.id, today=TODAY).findings
        if f.item_id == item.id
    ]
    assert finding.rule is Rule.SINGLE_ANECDOTE


# --- validated means what a reader thinks ------------------------------------------------


def test_a_validated_persona_from_one_interview_fails() -> None:
    b = Builder()
    interview = b.source(SourceKind.INTERVIEW, "Interview with Sam")
    draft = persona_backed_by(b, [interview])
    report = check_persona(b.snapshot, draft, today=TODAY)
    assert report.passes  # a draft may carry single anecdotes as warnings
    assert {f.severity for f in of_rule(report, Rule.SINGLE_ANECDOTE)} == {Severity.WARNING}
    b2 = Builder()
    interview = b2.source(SourceKind.INTERVIEW, "Interview with Sam")
    validated = persona_backed_by(b2, [interview], status=PersonaStatus.VALIDATED)
    reports = check_workshop(b2.snapshot, today=TODAY)
    [report] = reports
    assert report.persona_id == validated
    assert not report.passes and report.blocking and has_errors(reports)
    assert {f.severity for f in of_rule(report, Rule.SINGLE_ANECDOTE)} == {Severity.ERROR}
    assert to_json(reports)["passes"] is False


def test_a_validated_persona_with_stale_evidence_or_review_fails() -> None:
    b = Builder()
    persona = full_persona(b, status=PersonaStatus.VALIDATED)
    assert check_persona(b.snapshot, persona.id, today=TODAY).passes
    later = TODAY + timedelta(days=200)
    report = check_persona(b.snapshot, persona.id, today=later)
    fresh = of_rule(report, Rule.FRESH)
    assert not report.passes
    assert {f.severity for f in fresh} == {Severity.ERROR}
    assert any(f.item_id is None and "Last reviewed" in f.message for f in fresh)
    assert sum(f.item_id is not None for f in fresh) == report.items_total


def test_a_validated_persona_never_reviewed_fails() -> None:
    b = Builder()
    persona = full_persona(b, status=PersonaStatus.VALIDATED, last_reviewed=None)
    [finding] = of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.FRESH)
    assert finding.severity is Severity.ERROR
    assert "yet it is marked validated" in finding.message


# --- freshness, claim by claim -----------------------------------------------------------


def test_a_recent_note_elsewhere_does_not_hide_old_evidence() -> None:
    b = Builder()
    persona = full_persona(b)
    old = b.source(SourceKind.INTERVIEW, "Interview 2023", when=date(2023, 5, 1))
    old2 = b.source(SourceKind.SURVEY, "Survey 2023", when=date(2023, 6, 1))
    stale = b.item(
        persona,
        Section.PAIN_POINT,
        "Hates spreadsheets",
        notes=(b.note(source=old), b.note(source=old2)),
    )
    b.note("Last week", source=b.source(SourceKind.INTERVIEW, "Last week", when=TODAY))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    [finding] = of_rule(report, Rule.FRESH)
    assert finding.item_id == stale.id
    assert "evidence from 2023-06-01 at the newest" in finding.message
    assert finding.severity is Severity.WARNING  # a draft


def test_undated_evidence_is_a_finding() -> None:
    b = Builder()
    persona = full_persona(b)
    undated = [b.source(SourceKind.INTERVIEW, f"Undated {n}", when=None) for n in range(2)]
    item = b.item(
        persona, Section.GOAL, "Undated claim", notes=tuple(b.note(source=s) for s in undated)
    )
    [finding] = of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.FRESH)
    assert finding.item_id == item.id
    assert "undated evidence" in finding.message


def test_evidence_dated_in_the_future_does_not_count_as_fresh() -> None:
    b = Builder()
    persona = full_persona(b)
    future = [
        b.source(SourceKind.INTERVIEW, f"Future {n}", when=date(2031, 1, 1)) for n in range(2)
    ]
    item = b.item(persona, Section.GOAL, "From 2031", notes=tuple(b.note(source=s) for s in future))
    [finding] = of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.FRESH)
    assert finding.item_id == item.id and "has not come yet" in finding.message


# --- metrics -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("Finish weekly review in under 10 minutes", True),
        ("Reduce churn to 5%", True),
        ("Saves two hours a month", True),
        ("At least 3 budgets set up per week", True),
        ("Be happy", False),
        ("Feels in control", False),
        ("10 minutes", False),  # no direction
        ("Under 10", False),  # no unit or time frame
        ("Faster reviews", False),  # no quantity
    ],
)
def test_a_success_metric_must_be_measurable(text: str, measurable: bool) -> None:
    assert is_measurable(text) is measurable
    b = Builder()
    persona = full_persona(b, skip=(Section.SUCCESS_METRIC,))
    b.item(persona, Section.SUCCESS_METRIC, text, notes=b.backed(2))
    report = check_persona(b.snapshot, persona.id, today=TODAY)
    vague = [f for f in of_rule(report, Rule.METRICS) if "not measurable" in f.message]
    assert bool(vague) is not measurable
    assert report.passes is measurable


def test_be_happy_says_what_it_lacks() -> None:
    assert missing_parts("Be happy") == ["a quantity", "a unit or time frame", "a direction"]
    b = Builder()
    persona = full_persona(b, skip=(Section.SUCCESS_METRIC,))
    b.item(persona, Section.SUCCESS_METRIC, "Be happy", notes=b.backed(2))
    [finding] = of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.METRICS)
    assert finding.severity is Severity.ERROR
    assert finding.message == (
        "Success metric 'Be happy' is not measurable: it does not give a quantity, "
        "a unit or time frame or a direction."
    )


def test_a_linked_metric_needs_a_baseline_or_a_target() -> None:
    b = Builder()
    persona = full_persona(b, skip=(Section.METRIC_LINK,))
    bare = b.item(
        persona,
        Section.METRIC_LINK,
        "Retention",
        notes=b.backed(1),
        metric_kind=MetricKind.RETENTION,
    )
    [finding] = of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.METRICS)
    assert finding.item_id == bare.id and finding.severity is Severity.ERROR
    assert "neither a baseline nor a target" in finding.message
    for field in ("metric_baseline", "metric_target"):
        given = dataclasses.replace(bare, **{field: "38%"})
        b.snapshot.items = [given if i.id == bare.id else i for i in b.snapshot.items]
        assert of_rule(check_persona(b.snapshot, persona.id, today=TODAY), Rule.METRICS) == []


# --- thresholds --------------------------------------------------------------------------


@pytest.mark.parametrize("value", [0, -5, "3", True, 1, 1.5, None, 21])
def test_thresholds_outside_their_bounds_are_refused(value: object) -> None:
    assert check_setting_problem("min_sources", value) is not None
    with pytest.raises(ValueError, match="min_sources"):
        CheckSettings(min_sources=value)  # type: ignore[arg-type]


def test_the_bounds_are_documented_and_the_defaults_within_them() -> None:
    assert CHECK_BOUNDS["min_sources"][0] == 2  # below two, one anecdote would be evidence
    defaults = CheckSettings()
    for name, (low, high) in CHECK_BOUNDS.items():
        assert low <= getattr(defaults, name) <= high
    assert check_setting_problem("min_sources", 2) is None


def test_a_relaxed_threshold_in_a_file_is_not_used_and_the_report_says_so() -> None:
    b = Builder(
        settings={"check": {"min_sources": 1, "max_age_days": "3", "max_items_per_section": 9}}
    )
    interview = b.source(SourceKind.INTERVIEW, "Interview with Sam")
    persona = persona_backed_by(b, [interview])
    [report] = check_workshop(b.snapshot, today=TODAY)
    assert report.settings == CheckSettings(max_items_per_section=9)
    assert len(of_rule(report, Rule.SINGLE_ANECDOTE)) == len(KEY_SECTIONS)  # 2 still needed
    ignored = of_rule(report, Rule.THRESHOLDS)
    assert [f.severity for f in ignored] == [Severity.WARNING, Severity.WARNING]
    assert "min_sources (distinct respondents per key claim) must be a whole number from 2" in (
        ignored[0].message
    )
    assert persona == report.persona_id


def test_every_report_names_the_thresholds_and_when_they_are_not_the_defaults() -> None:
    b = Builder(settings={"check": {"min_sources": 3}})
    full_persona(b)
    reports = check_workshop(b.snapshot, today=TODAY)
    text = to_text(reports)
    assert text.splitlines()[0] == f"Checked on {TODAY.isoformat()}."
    assert text.splitlines()[1] == (
        "Thresholds: at least 3 distinct respondents per key claim, evidence at most 183 days old, "
        "at most 7 items per section (NOT the defaults: min_sources 2)."
    )
    data = to_json(reports)
    assert data["thresholds"].endswith("(NOT the defaults: min_sources 2)")
    assert data["personas"][0]["settings_differ_from_defaults"] == ["min_sources"]
    assert data["default_settings"]["min_sources"] == 2


# --- the stage checklist counts research the same way ------------------------------------


def test_the_evidence_checklist_counts_research_sources_by_identity() -> None:
    b = Builder()
    interview = b.source(SourceKind.INTERVIEW, "Interview with Sam")
    twin = Source(id="s-twin", kind=SourceKind.INTERVIEW, label="Interview with Sam", date=RECENT)
    b.snapshot.sources.append(twin)
    brainstorm = b.source(SourceKind.ASSUMPTION, "Team brainstorm")
    for source in (interview, twin, brainstorm, brainstorm):
        b.note(source=source)
    lines = checklist(b.snapshot, TODAY, Stage.EVIDENCE)
    assert (lines[0].text, lines[0].done) == ("4 notes from 1 source (1 kind of source)", False)
    assert (lines[1].text, lines[1].done) == ("Every note has a source", True)
    assert (lines[2].text, lines[2].done) == (
        "2 notes of team opinion (assumptions, not research)",
        False,
    )
