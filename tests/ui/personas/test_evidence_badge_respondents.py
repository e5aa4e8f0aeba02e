"""The editor's evidence badge counts what the check counts: one respondent behind two
sources is one respondent, and the badge says "respondents" as the check does."""

from __future__ import annotations

from workshop.domain.item_evidence import item_evidence
from workshop.domain.model import (
    EvidenceLink,
    Note,
    PersonaItem,
    Respondent,
    Section,
    Source,
    SourceKind,
    Workshop,
    WorkshopSnapshot,
)
from workshop.ui.personas.evidence_badge import badge_text


def snapshot(second_respondent: str) -> WorkshopSnapshot:
    snap = WorkshopSnapshot(Workshop("w", "T"))
    snap.respondents = [Respondent("r1", "Priya"), Respondent("r2", "Tom")]
    snap.sources = [
        Source("s1", SourceKind.INTERVIEW, "Interview 3", respondent_id="r1"),
        Source("s2", SourceKind.SURVEY, "Answer 17", respondent_id=second_respondent),
    ]
    snap.notes = [Note("n1", "a", source_id="s1"), Note("n2", "b", source_id="s2")]
    snap.items = [PersonaItem("i1", "p1", Section.GOAL, "A weekly routine")]
    snap.links = [EvidenceLink("l1", "i1", note_id="n1"), EvidenceLink("l2", "i1", note_id="n2")]
    return snap


def test_one_respondent_behind_two_sources_is_counted_once_on_the_badge() -> None:
    same = item_evidence(snapshot("r1"), "i1")
    assert badge_text(same) == "2 notes · 1 respondent (2 sources: interview, survey)"
    two = item_evidence(snapshot("r2"), "i1")
    assert badge_text(two) == "2 notes · 2 respondents (interview, survey)"


def test_two_respondent_rows_of_one_label_are_one_on_the_badge() -> None:
    """Issue 15, finding 1 (e): "Priya" and "priya " are one person."""
    snap = snapshot("r2")
    snap.respondents = [Respondent("r1", "Priya"), Respondent("r2", "priya ")]
    assert badge_text(item_evidence(snap, "i1")) == (
        "2 notes · 1 respondent (2 sources: interview, survey)"
    )


def test_a_source_named_as_the_teams_view_is_no_source_on_the_badge() -> None:
    """Issue 15, finding 2: "CEO's opinion" marked as an interview is an assumption."""
    snap = snapshot("r2")
    snap.sources[0] = Source("s1", SourceKind.INTERVIEW, "CEO's opinion")
    assert badge_text(item_evidence(snap, "i1")) == "2 notes · 1 respondent (survey)"
    snap.sources[1] = Source("s2", SourceKind.SURVEY, "What marketing thinks")
    assert badge_text(item_evidence(snap, "i1")) == "2 notes · assumptions only"
