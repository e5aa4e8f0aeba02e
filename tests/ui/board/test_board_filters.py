"""Which notes a find and filter matches (pure Python, no board needed)."""

from __future__ import annotations

from workshop.domain.model import (
    Cluster,
    EvidenceLink,
    Note,
    Respondent,
    Source,
    SourceKind,
    Study,
    Workshop,
    WorkshopSnapshot,
)
from workshop.domain.note_filters import (
    ASSUMPTIONS,
    ATTRIBUTE,
    AUTHOR,
    CLUSTER,
    KIND,
    RESPONDENT,
    SOURCE,
    STUDY,
    UNCLUSTERED,
    UNLINKED,
    NoteFilter,
    attribute_value,
    matching_notes,
    respondent_attributes,
)


def snapshot() -> WorkshopSnapshot:
    snap = WorkshopSnapshot(Workshop("w", "T"))
    snap.sources = [
        Source("s1", SourceKind.INTERVIEW, "Ana"),
        Source("s2", SourceKind.SURVEY, "Q3"),
    ]
    snap.clusters = [Cluster("c1", "Fees"), Cluster("c2", "Habits")]
    snap.notes = [
        Note("n1", "Bank fees are hidden", source_id="s1", cluster_id="c1", author_id="p1"),
        Note("n2", "Sunday budgeting habit", source_id="s2", cluster_id="c2"),
        Note("n3", "Hidden BANK charges", author_id="p2"),
        Note("n4", "no source at all"),
    ]
    snap.links = [EvidenceLink("l1", "i1", cluster_id="c1"), EvidenceLink("l2", "i2", note_id="n3")]
    return snap


def ids(wanted: NoteFilter) -> list[str]:
    return [n.id for n in matching_notes(snapshot(), wanted)]


def test_words_match_in_any_case_and_all_must_be_there() -> None:
    assert ids(NoteFilter("bank")) == ["n1", "n3"]
    assert ids(NoteFilter("hidden  bank")) == ["n1", "n3"]
    assert ids(NoteFilter("hidden fees")) == ["n1"]
    assert ids(NoteFilter("")) == ["n1", "n2", "n3", "n4"]
    assert not NoteFilter("  ").active


def test_each_filter() -> None:
    assert ids(NoteFilter(kind=KIND, value="survey")) == ["n2"]
    assert ids(NoteFilter(kind=ASSUMPTIONS)) == ["n3", "n4"]
    assert ids(NoteFilter(kind=SOURCE, value="s1")) == ["n1"]
    assert ids(NoteFilter(kind=AUTHOR, value="p2")) == ["n3"]
    assert ids(NoteFilter(kind=CLUSTER, value="c2")) == ["n2"]
    assert ids(NoteFilter(kind=UNCLUSTERED)) == ["n3", "n4"]
    # n1 is cited through its cluster, n3 directly.
    assert ids(NoteFilter(kind=UNLINKED)) == ["n2", "n4"]
    assert ids(NoteFilter("bank", kind=UNCLUSTERED)) == ["n3"]


def research_snapshot() -> WorkshopSnapshot:
    """Priya behind an interview and a survey answer, Tom behind a survey answer; an
    analytics report in a study; a note with no respondent."""
    snap = WorkshopSnapshot(Workshop("w", "T"))
    snap.studies = [Study("st1", "Churn survey"), Study("st2", "Spring interviews")]
    snap.respondents = [
        Respondent("r1", "Priya", {"Region": "North", "Segment": "Manager"}),
        Respondent("r2", "Tom", {"Region": "South"}),
    ]
    snap.sources = [
        Source("s1", SourceKind.INTERVIEW, "Interview 3", study_id="st2", respondent_id="r1"),
        Source("s2", SourceKind.SURVEY, "Answer 17", study_id="st1", respondent_id="r1"),
        Source("s3", SourceKind.SURVEY, "Answer 18", study_id="st1", respondent_id="r2"),
        Source("s4", SourceKind.ANALYTICS, "Funnel"),
    ]
    snap.notes = [
        Note("n1", "Logs in again every time", source_id="s1"),
        Note("n2", "Weekly", source_id="s2", question="How often do you review the budget?"),
        Note("n3", "Too expensive", source_id="s3", question="Why did you cancel?"),
        Note("n4", "40% drop at bank linking", source_id="s4"),
    ]
    return snap


def research_ids(wanted: NoteFilter) -> list[str]:
    return [n.id for n in matching_notes(research_snapshot(), wanted)]


def test_filters_by_respondent_attribute_and_study() -> None:
    assert research_ids(NoteFilter(kind=RESPONDENT, value="r1")) == ["n1", "n2"]
    north = attribute_value("Region", "North")
    assert research_ids(NoteFilter(kind=ATTRIBUTE, value=north)) == ["n1", "n2"]
    south = attribute_value("Region", "South")
    assert research_ids(NoteFilter(kind=ATTRIBUTE, value=south)) == ["n3"]
    assert research_ids(NoteFilter(kind=STUDY, value="st1")) == ["n2", "n3"]
    assert research_ids(NoteFilter("weekly", kind=ATTRIBUTE, value=north)) == ["n2"]
    assert respondent_attributes(research_snapshot()) == [
        ("Region", "North"),
        ("Region", "South"),
        ("Segment", "Manager"),
    ]


def test_words_match_the_question_a_note_answers_too() -> None:
    assert research_ids(NoteFilter("cancel")) == ["n3"]
    assert research_ids(NoteFilter("budget weekly")) == ["n2"]
