"""A sceptical count never over-counts: one person is one however many rows name them.

An outside tester (issue 15, findings 1, 2 (iii) and 18) got "passes, 7 of 7 items well
evidenced" from one person: two respondent rows labelled "Ana Lima"; "Priya Nair" and
"priya  nair "; "Zoë" composed and decomposed; "P1" twice after two breakout copies that
each imported the same CSV were merged. Respondents now count by their label folded as
sources are (``text_folding.fold``), studies by their name, sources with neither by their
label, tickets by the customer they name; and a source whose name says it is the team's
view counts for nothing, whatever its kind.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from domain_builders import RECENT, TODAY, Builder
from test_check_cannot_be_fooled import KEY_SECTIONS, persona_backed_by

from workshop.domain.check_report import Rule, Severity
from workshop.domain.evidence_check import check_persona, evidence_by_item
from workshop.domain.model import (
    PersonaStatus,
    Respondent,
    Source,
    SourceKind,
    Study,
    StudyKind,
)


def speaking_for(b: Builder, label: str, person: Respondent, study: Study | None = None) -> Source:
    """An interview of ``person`` (a respondent row of its own) in ``study``."""
    source = dataclasses.replace(
        b.source(SourceKind.INTERVIEW, label),
        respondent_id=person.id,
        study_id=study.id if study else None,
    )
    b.snapshot.sources[-1] = source
    if person not in b.snapshot.respondents:
        b.snapshot.respondents.append(person)
    if study is not None and study not in b.snapshot.studies:
        b.snapshot.studies.append(study)
    return source


def single_anecdotes(b: Builder, persona: str) -> list:
    report = check_persona(b.snapshot, persona, today=TODAY)
    return [f for f in report.findings if f.rule is Rule.SINGLE_ANECDOTE]


SAME_PERSON = {
    "the same label twice": ("Ana Lima", "Ana Lima"),
    "case and spacing": ("Priya Nair", "priya  nair "),
    "NFC and NFD": ("Zo\u00eb", "Zoe\u0308"),
    "a zero-width space": ("Ana Lima", "Ana\u200b Lima"),
    "a Cyrillic A": ("Ana Lima", "\u0410na Lima"),
    "a trailing full stop": ("P1", "P1."),
}


@pytest.mark.parametrize("spelling", list(SAME_PERSON))
def test_two_respondent_rows_of_one_label_are_one_respondent(spelling: str) -> None:
    first, second = SAME_PERSON[spelling]
    b = Builder()
    sources = [
        speaking_for(b, "Interview A", Respondent("r1", first)),
        speaking_for(b, "Interview B", Respondent("r2", second)),
    ]
    persona = persona_backed_by(b, sources)
    found = single_anecdotes(b, persona)
    assert {f.section for f in found} == set(KEY_SECTIONS)
    assert all(f"only 1 respondent ('{first}', behind 2 sources)" in f.message for f in found)
    units = {len(e.units) for e in evidence_by_item(b.snapshot).values() if e.notes}
    assert units == {1}
    b.snapshot.personas[-1] = dataclasses.replace(
        b.snapshot.personas[-1], status=PersonaStatus.VALIDATED
    )
    report = check_persona(b.snapshot, persona, today=TODAY)
    assert not report.passes and report.items_well_evidenced == 2  # only the metrics


def test_two_respondents_with_two_labels_are_two() -> None:
    b = Builder()
    sources = [
        speaking_for(b, "Interview A", Respondent("r1", "Priya Nair")),
        speaking_for(b, "Interview B", Respondent("r2", "Priya Naik")),
    ]
    persona = persona_backed_by(b, sources)
    assert single_anecdotes(b, persona) == []


def test_p1_twice_after_merging_two_breakout_copies_is_one() -> None:
    """Two copies of a workshop each imported base.csv; merged, they hold two studies
    "base.csv" and two respondents "P1"."""
    b = Builder()
    sources = [
        speaking_for(
            b, "P1", Respondent(f"r{n}", "P1"), Study(f"st{n}", "base.csv", StudyKind.SURVEY)
        )
        for n in (1, 2)
    ]
    persona = persona_backed_by(b, sources)
    found = single_anecdotes(b, persona)
    assert len(found) == 5 and all(
        "1 respondent ('P1', behind 2 sources)" in f.message for f in found
    )


def test_two_analytics_studies_of_one_name_are_one_study_and_two_names_are_two() -> None:
    b = Builder()

    def report(name: str, study: Study) -> Source:
        source = dataclasses.replace(b.source(SourceKind.ANALYTICS, name), study_id=study.id)
        b.snapshot.sources[-1] = source
        b.snapshot.studies.append(study)
        return source

    copies = [
        report("Funnel Oct", Study("a1", "Funnel study", StudyKind.ANALYTICS_REPORT)),
        report("Funnel Nov", Study("a2", "funnel  study", StudyKind.ANALYTICS_REPORT)),
    ]
    found = single_anecdotes(b, persona_backed_by(b, copies))
    assert len(found) == 5 and all(
        "1 study ('Funnel study', behind 2 sources)" in f.message for f in found
    )
    two = [
        report("Funnel A Oct", Study("a3", "Funnel A", StudyKind.ANALYTICS_REPORT)),
        report("Funnel B Oct", Study("a4", "Funnel B", StudyKind.ANALYTICS_REPORT)),
    ]
    persona = persona_backed_by(b, two)
    assert single_anecdotes(b, persona) == []


def test_a_claim_counted_by_studies_says_so() -> None:
    """Finding 18: two analytics reports of two studies count as two (fine), and the report
    says that studies, not people, were counted for those claims."""
    b = Builder()
    two = []
    for name in ("Funnel A", "Funnel B"):
        b.snapshot.studies.append(Study(f"st-{name}", name, StudyKind.ANALYTICS_REPORT))
        two.append(
            dataclasses.replace(
                b.source(SourceKind.ANALYTICS, f"{name} Oct"), study_id=f"st-{name}"
            )
        )
        b.snapshot.sources[-1] = two[-1]
    persona = persona_backed_by(b, two)
    report = check_persona(b.snapshot, persona, today=TODAY)
    counted = [f for f in report.findings if f.rule is Rule.COUNTED_BY_STUDY]
    assert {f.section for f in counted} == set(KEY_SECTIONS)
    assert {f.severity for f in counted} == {Severity.NOTE} and report.passes
    goal = next(f for f in counted if f.section is KEY_SECTIONS[0])
    assert goal.message == (
        f"Goal '{goal.item_text}' has 2 distinct pieces of evidence only by counting "
        "studies, not people: 2 studies ('Funnel A', 'Funnel B'). Analytics speak for no "
        "one person."
    )
    # with two people behind it as well, nothing needs saying
    people = [speaking_for(b, f"Interview {n}", Respondent(f"r{n}", f"P{n}")) for n in (1, 2)]
    persona = persona_backed_by(b, [*two, *people])
    report = check_persona(b.snapshot, persona, today=TODAY)
    assert [f for f in report.findings if f.rule is Rule.COUNTED_BY_STUDY] == []


def test_two_tickets_from_one_customer_count_once() -> None:
    """Finding 18: tickets speak for the customer they come from."""
    b = Builder()
    acme = [
        b.source(SourceKind.SUPPORT_TICKET, "Ticket 1 from ACME"),
        b.source(SourceKind.SUPPORT_TICKET, "Ticket #2 from Acme — cannot export"),
    ]
    found = single_anecdotes(b, persona_backed_by(b, acme))
    assert len(found) == 5
    assert all("only 1 respondent ('ACME', behind 2 sources)" in f.message for f in found)
    # ... and a ticket whose respondent is the customer is that customer too
    acme_row = Respondent("r-acme", "ACME")
    b.snapshot.respondents.append(acme_row)
    third = dataclasses.replace(
        b.source(SourceKind.SUPPORT_TICKET, "Ticket 3"), respondent_id=acme_row.id
    )
    b.snapshot.sources[-1] = third
    found = single_anecdotes(b, persona_backed_by(b, [acme[0], third]))
    assert len(found) == 5
    two = [
        b.source(SourceKind.SUPPORT_TICKET, "Ticket 4 from ACME"),
        b.source(SourceKind.SUPPORT_TICKET, "Ticket 5 from Globex"),
    ]
    assert single_anecdotes(b, persona_backed_by(b, two)) == []
    # tickets that name no customer are told apart by their labels
    unnamed = [
        b.source(SourceKind.SUPPORT_TICKET, "Ticket #48213 — bank sync stopped"),
        b.source(SourceKind.SUPPORT_TICKET, "Ticket #48877 — duplicate transactions"),
    ]
    assert single_anecdotes(b, persona_backed_by(b, unnamed)) == []


def test_a_source_with_no_respondent_and_no_study_counts_by_its_folded_label() -> None:
    """Finding 2 (iii): one name is one, whatever kind, date or reference each copy has."""
    b = Builder()
    same = [
        b.source(SourceKind.INTERVIEW, "Ana Lima"),
        dataclasses.replace(b.source(SourceKind.SURVEY, "ana  lima."), reference="survey.csv"),
    ]
    b.snapshot.sources[-1] = same[1]
    found = single_anecdotes(b, persona_backed_by(b, same))
    assert len(found) == 5
    assert all("only 1 distinct source ('Ana Lima', behind 2 sources)" in f.message for f in found)


def test_an_opinion_named_source_with_no_respondent_counts_for_nothing() -> None:
    """Finding 2: "an interview-kind source with no respondent and no study counts as one
    more distinct respondent" — not when its name says it is the team's view."""
    b = Builder()
    real = speaking_for(b, "Interview 3", Respondent("r1", "Ben Okoro"))
    views = [
        b.source(SourceKind.INTERVIEW, label)
        for label in ("Sales team's view", "Founder's view", "We think", "HiPPO")
    ]
    persona = persona_backed_by(b, [real, *views])
    report = check_persona(b.snapshot, persona, today=TODAY)
    found = [f for f in report.findings if f.rule is Rule.SINGLE_ANECDOTE]
    assert len(found) == 5 and all("only 1 respondent ('Ben Okoro')" in f.message for f in found)
    named = [f for f in report.findings if f.rule is Rule.OPINION_NAMED]
    assert len(named) == 4 and {f.severity for f in named} == {Severity.WARNING}
    evidence = evidence_by_item(b.snapshot)
    goal = next(
        i for i in b.snapshot.items if i.persona_id == persona and i.section in KEY_SECTIONS
    )
    assert [s.label for s in evidence[goal.id].sources] == ["Interview 3"]
    assert {s.label for s in evidence[goal.id].opinion_sources} == {
        "Sales team's view",
        "Founder's view",
        "We think",
        "HiPPO",
    }


def test_a_source_typed_again_without_its_respondent_is_still_that_respondent() -> None:
    """ "Interview P1" imported with its respondent and typed in again by hand on another
    day (so not a copy): the same name, so the same person, not one more."""
    b = Builder()
    imported = speaking_for(b, "Interview P1", Respondent("r1", "Priya"))
    by_hand = b.source(SourceKind.INTERVIEW, "interview p1", when=RECENT - timedelta(days=9))
    found = single_anecdotes(b, persona_backed_by(b, [imported, by_hand]))
    assert len(found) == 5
    assert all("only 1 respondent ('Priya', behind 2 sources)" in f.message for f in found)
    other = b.source(SourceKind.INTERVIEW, "Interview P2")
    assert single_anecdotes(b, persona_backed_by(b, [imported, by_hand, other])) == []


def test_a_respondents_words_imported_again_under_another_source_are_still_theirs() -> None:
    """Finding 1 (d): the same CSV imported again with no source column put P1's sentence
    under "P1" and under "base.csv"; the copy repeats P1 word for word, so it is P1."""
    b = Builder()
    p1 = speaking_for(b, "P1", Respondent("r1", "P1"))
    again = b.source(SourceKind.SURVEY, "base.csv")
    persona = b.persona("Time-poor planner", last_reviewed=RECENT, segment_name="Families")
    said = "Budgeting is hard because of reason 1."
    goal = b.item(
        persona,
        KEY_SECTIONS[0],
        "A weekly routine",
        notes=(b.note(said, source=p1), b.note(said.upper(), source=again)),
    )
    backing = evidence_by_item(b.snapshot)[goal.id]
    assert [(u.kind, u.label, len(u.sources)) for u in backing.units] == [("respondent", "P1", 2)]
    # words of its own make it evidence of its own (a source that names no one)
    b.note("I keep receipts in a shoebox", source=again)
    b.snapshot.links.append(
        dataclasses.replace(b.snapshot.links[-1], id="l-extra", note_id=b.snapshot.notes[-1].id)
    )
    backing = evidence_by_item(b.snapshot)[goal.id]
    assert len(backing.units) == 2
