"""Distinct evidence is distinct people: the check counts respondents (and, for sources that
speak for no one person, studies), never rows or sources. Each persona here is built to fool
it: one respondent behind an interview and a survey answer, one respondent heard in two
studies, two analytics reports of one study, a validated persona resting on one person."""

from __future__ import annotations

import dataclasses

from domain_builders import RECENT, TODAY, Builder
from test_check_cannot_be_fooled import KEY_SECTIONS, persona_backed_by

from workshop.domain.check_report import Rule, Severity
from workshop.domain.evidence_check import check_persona, evidence_by_item
from workshop.domain.model import PersonaStatus, Respondent, Source, SourceKind, Study, StudyKind


def in_research(
    b: Builder, source: Source, *, respondent: Respondent | None, study: Study | None
) -> Source:
    """The source, put in a study and given the respondent it speaks for."""
    placed = dataclasses.replace(
        source,
        respondent_id=None if respondent is None else respondent.id,
        study_id=None if study is None else study.id,
    )
    b.snapshot.sources[b.snapshot.sources.index(source)] = placed
    for person in (respondent,):
        if person is not None and person not in b.snapshot.respondents:
            b.snapshot.respondents.append(person)
    if study is not None and study not in b.snapshot.studies:
        b.snapshot.studies.append(study)
    return placed


PRIYA = Respondent("r-priya", "Priya Nair", {"segment": "Manager"})
TOM = Respondent("r-tom", "Tom Berg")
INTERVIEWS = Study("st-int", "Spring interviews", StudyKind.INTERVIEW_ROUND)
SURVEY = Study("st-survey", "Churn survey", StudyKind.SURVEY)
DASHBOARD = Study("st-ana", "Q2 funnel report", StudyKind.ANALYTICS_REPORT)


def anecdotes(b: Builder, persona: str):  # type: ignore[no-untyped-def]
    report = check_persona(b.snapshot, persona, today=TODAY)
    return report, [f for f in report.findings if f.rule is Rule.SINGLE_ANECDOTE]


def test_an_interview_and_a_survey_answer_of_one_person_are_one_respondent() -> None:
    b = Builder()
    interview = in_research(
        b, b.source(SourceKind.INTERVIEW, "Interview 3"), respondent=PRIYA, study=INTERVIEWS
    )
    answer = in_research(
        b, b.source(SourceKind.SURVEY, "Respondent 17"), respondent=PRIYA, study=SURVEY
    )
    persona = persona_backed_by(b, [interview, answer])

    report, found = anecdotes(b, persona)

    assert {f.section for f in found} == set(KEY_SECTIONS)
    assert all("only 1 respondent ('Priya Nair', behind 2 sources)" in f.message for f in found), (
        found[0].message
    )
    assert not any("2 sources" in f.message.split("behind")[0] for f in found)
    assert report.items_well_evidenced == 2  # only the two metrics need just one


def test_the_same_respondent_in_two_studies_is_still_one() -> None:
    b = Builder()
    spring = in_research(
        b, b.source(SourceKind.INTERVIEW, "Interview, spring"), respondent=PRIYA, study=INTERVIEWS
    )
    autumn_study = Study("st-autumn", "Autumn interviews", StudyKind.INTERVIEW_ROUND)
    autumn = in_research(
        b,
        b.source(SourceKind.INTERVIEW, "Interview, autumn"),
        respondent=PRIYA,
        study=autumn_study,
    )
    persona = persona_backed_by(b, [spring, autumn], status=PersonaStatus.VALIDATED)

    report, found = anecdotes(b, persona)

    # validated: resting on one person is an error, and the persona does not pass
    assert found and all(f.severity is Severity.ERROR for f in found)
    assert not report.passes


def test_two_respondents_are_two_whatever_the_sources() -> None:
    b = Builder()
    priya = in_research(
        b, b.source(SourceKind.INTERVIEW, "Interview 3"), respondent=PRIYA, study=INTERVIEWS
    )
    tom = in_research(b, b.source(SourceKind.SURVEY, "Respondent 18"), respondent=TOM, study=SURVEY)
    persona = persona_backed_by(b, [priya, tom])

    _report, found = anecdotes(b, persona)

    assert found == []
    evidence = evidence_by_item(b.snapshot)
    units = {u.label for e in evidence.values() for u in e.units}
    assert units == {"Priya Nair", "Tom Berg"}


def test_two_analytics_reports_of_one_study_are_one_study() -> None:
    b = Builder()
    reports = [
        in_research(b, b.source(SourceKind.ANALYTICS, name), respondent=None, study=DASHBOARD)
        for name in ("Funnel, April", "Funnel, May")
    ]
    persona = persona_backed_by(b, reports)

    _report, found = anecdotes(b, persona)

    assert {f.section for f in found} == set(KEY_SECTIONS)
    assert all("only 1 study ('Q2 funnel report', behind 2 sources)" in f.message for f in found), (
        found[0].message
    )


def test_sources_in_no_study_and_for_no_respondent_still_count_by_identity() -> None:
    """A workshop from before respondents (or typed in by hand): two interviews with two
    labels are two sources, as before."""
    b = Builder()
    persona = persona_backed_by(
        b,
        [b.source(SourceKind.INTERVIEW, "Interview A"), b.source(SourceKind.INTERVIEW, "B")],
    )
    assert anecdotes(b, persona)[1] == []


def test_a_respondent_and_a_separate_source_are_two_and_say_so() -> None:
    b = Builder(settings={"check": {"min_sources": 3}})
    priya = in_research(
        b, b.source(SourceKind.INTERVIEW, "Interview 3"), respondent=PRIYA, study=INTERVIEWS
    )
    ticket = b.source(SourceKind.SUPPORT_TICKET, "Ticket 4411", when=RECENT)
    persona = persona_backed_by(b, [priya, ticket])

    _report, found = anecdotes(b, persona)

    assert found
    assert all(
        "only 1 respondent ('Priya Nair') and 1 distinct source ('Ticket 4411')" in f.message
        for f in found
    ), found[0].message
