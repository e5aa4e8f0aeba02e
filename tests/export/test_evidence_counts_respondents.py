"""Printed evidence counts what the check counts (issue 15, items 1 and 7): one interviewee
behind an interview and a survey answer is one respondent on the check, on the poster's
badge (its number, and not filled), in the poster's evidence line and in the deck; two
respondents are two, and the badge is filled when ``min_sources`` is 2. Analytics count
by study."""

from __future__ import annotations

import io
from datetime import date

from export_samples import all_text, pdf, squash

from workshop.domain.evidence_check import Rule, check_persona, item_evidence
from workshop.domain.model import (
    EvidenceLink,
    Note,
    Persona,
    PersonaItem,
    Respondent,
    Section,
    Source,
    SourceKind,
    Study,
    StudyKind,
    Workshop,
    WorkshopSnapshot,
)
from workshop.export import export_deck, export_posters, paper
from workshop.export.blocks import BadgedItem
from workshop.export.evidence import Evidence
from workshop.export.persona_content import ExportContext
from workshop.export.persona_page import lay_out_persona
from workshop.export.photos import no_assets
from workshop.export.themes import theme

TODAY = date(2024, 4, 2)
GOAL = "Close the month without a spreadsheet"


def snapshot(second_respondent: str, *, analytics: bool = False) -> WorkshopSnapshot:
    """A persona whose goal is backed by an interview of Priya and a survey answer of
    ``second_respondent`` (Priya again, or Tom); with ``analytics``, also two reports of
    one analytics study."""
    sources = [
        Source("s1", SourceKind.INTERVIEW, "Interview 3", date(2024, 3, 1), respondent_id="r1"),
        Source(
            "s2", SourceKind.SURVEY, "Answer 17", date(2024, 3, 2), respondent_id=second_respondent
        ),
    ]
    notes = [
        Note("n1", "I live in the spreadsheet", source_id="s1"),
        Note("n2", "Spreadsheets", source_id="s2"),
    ]
    if analytics:
        sources += [
            Source("a1", SourceKind.ANALYTICS, "Funnel March", date(2024, 3, 3), study_id="st"),
            Source("a2", SourceKind.ANALYTICS, "Funnel April", date(2024, 3, 4), study_id="st"),
        ]
        notes += [
            Note("n3", "40% export", source_id="a1"),
            Note("n4", "38% export", source_id="a2"),
        ]
    return WorkshopSnapshot(
        workshop=Workshop(id="w1", title="Budget app discovery"),
        respondents=[Respondent("r1", "Priya"), Respondent("r2", "Tom")],
        studies=[Study("st", "Product analytics", StudyKind.ANALYTICS_REPORT)],
        sources=sources,
        notes=notes,
        personas=[Persona(id="p1", name="Maya", last_reviewed=TODAY, segment_name="Families")],
        items=[PersonaItem("i1", "p1", Section.GOAL, GOAL)],
        links=[EvidenceLink(f"l{n.id}", "i1", note_id=n.id) for n in notes],
    )


def badge(snap: WorkshopSnapshot) -> BadgedItem:
    ctx = ExportContext(snap, paper("A4"), theme("classic"), no_assets, today=TODAY)
    pages, _ = lay_out_persona(ctx, snap.personas[0])
    found = [
        placed.flowable
        for page in pages
        for placed in page.layout.placed
        if isinstance(placed.flowable, BadgedItem) and placed.flowable.text == GOAL
    ]
    assert len(found) == 1
    return found[0]


def poster_text(snap: WorkshopSnapshot) -> str:
    out = io.BytesIO()
    export_posters(snap, out, size="A3")
    return squash(all_text(pdf(out.getvalue())))


def test_one_respondent_behind_two_sources_is_one_on_the_check_the_badge_and_the_line() -> None:
    snap = snapshot("r1")
    report = check_persona(snap, "p1", today=TODAY)
    anecdote = [f for f in report.findings if f.rule is Rule.SINGLE_ANECDOTE]
    assert len(anecdote) == 1 and "only 1 respondent ('Priya', behind 2 sources)" in (
        anecdote[0].message
    )
    shown = badge(snap)
    assert (shown.label, shown.filled) == ("1", False)
    count = Evidence(snap).of_item("i1")
    assert count.describe_short() == "2 notes, 1 respondent: 1 interview, 1 survey"
    assert count.describe() == "2 notes from 1 respondent (1 interview, 1 survey)"
    assert item_evidence(snap, "i1").summary() == "2 notes from 1 respondent (interview, survey)"
    text = poster_text(snap)
    assert squash("Evidence: 2 notes from 1 respondent (1 interview, 1 survey)") in text
    assert squash("its distinct respondents (or studies, for analytics; filled: at least 2") in (
        text
    )
    assert "2 notes from 2" not in text and "sources (" not in text


def test_two_respondents_are_two_and_the_badge_is_filled_at_min_sources_two() -> None:
    snap = snapshot("r2")
    report = check_persona(snap, "p1", today=TODAY)
    assert not [f for f in report.findings if f.rule is Rule.SINGLE_ANECDOTE]
    shown = badge(snap)
    assert (shown.label, shown.filled) == ("2", True)
    assert Evidence(snap).of_item("i1").describe_short() == (
        "2 notes, 2 respondents: 1 interview, 1 survey"
    )
    assert squash("Evidence: 2 notes from 2 respondents (1 interview, 1 survey)") in (
        poster_text(snap)
    )


def test_analytics_count_by_study_and_the_deck_says_the_same() -> None:
    snap = snapshot("r1", analytics=True)
    shown = badge(snap)
    assert (shown.label, shown.filled) == ("2", True)  # Priya and one analytics study
    line = "4 notes from 1 respondent, 1 study (1 interview, 1 survey, 2 analytics sources)"
    assert Evidence(snap).of_item("i1").describe() == line
    out = io.BytesIO()
    export_deck(snap, out)
    assert squash(f"Evidence: {line}") in squash(all_text(pdf(out.getvalue())))


def test_two_respondent_rows_of_one_label_are_one_on_the_badge_the_line_and_the_deck() -> None:
    """Issue 15, finding 1 (e): "Priya" and "priya  " are one person, printed as one."""
    snap = snapshot("r2")
    snap.respondents = [Respondent("r1", "Priya"), Respondent("r2", "priya  ")]
    shown = badge(snap)
    assert (shown.label, shown.filled) == ("1", False)
    line = "2 notes from 1 respondent (1 interview, 1 survey)"
    assert Evidence(snap).of_item("i1").describe() == line
    assert squash(f"Evidence: {line}") in poster_text(snap)
    out = io.BytesIO()
    export_deck(snap, out)
    assert squash(f"Evidence: {line}") in squash(all_text(pdf(out.getvalue())))


def test_a_source_named_as_the_teams_view_is_printed_as_opinion_not_research() -> None:
    """Issue 15, finding 2: "Sales team's view" marked as an interview is no source."""
    snap = snapshot("r2")
    snap.sources[1] = Source("s2", SourceKind.INTERVIEW, "Sales team's view", date(2024, 3, 2))
    shown = badge(snap)
    assert (shown.label, shown.filled) == ("1", False)
    line = "2 notes from 1 respondent (1 interview; 1 note of opinion, not research)"
    assert Evidence(snap).of_item("i1").describe() == line
    assert squash(f"Evidence: {line}") in poster_text(snap)
