"""Respondents and studies in the board's filter, and the Sources panel's figures: notes per
respondent, and what a merge of sources or respondents would move (pure Python)."""

from __future__ import annotations

from workshop.domain import note_filters as filters
from workshop.domain.model import (
    Note,
    Respondent,
    Source,
    SourceKind,
    Study,
    Workshop,
    WorkshopSnapshot,
)
from workshop.domain.research_summary import (
    Folded,
    attributes_text,
    respondent_merge_plan,
    respondent_summaries,
    segment_respondents,
    segment_values,
    source_merge_plan,
)


def research() -> WorkshopSnapshot:
    snap = WorkshopSnapshot(Workshop("w", "T"))
    snap.studies = [Study("st1", "Interviews, March"), Study("st2", "Churn survey")]
    snap.respondents = [
        Respondent("ana", "Ana", {"region": "North", "segment": "Freelancer"}),
        Respondent("p4", "P4", {"region": "South", "age band": "25-34"}),
        Respondent("bo", "Bo", {"region": "North", "segment": ""}),
    ]
    snap.sources = [
        Source("s-ana", SourceKind.INTERVIEW, "Ana (intvw)", study_id="st1", respondent_id="ana"),
        Source("s-p4", SourceKind.SURVEY, "P4 (survey)", study_id="st2", respondent_id="p4"),
        Source("s-ana2", SourceKind.SURVEY, "Ana (survey)", study_id="st2", respondent_id="ana"),
        Source("s-bo", SourceKind.SURVEY, "Bo (survey)", study_id="st2", respondent_id="bo"),
        Source("s-desk", SourceKind.ANALYTICS, "Funnel"),
    ]  # fmt: skip
    snap.notes = [
        Note("n1", "Invoices late", source_id="s-ana"),
        Note("n2", "Pays late fees", source_id="s-p4"),
        Note("n3", "Monthly budget", source_id="s-p4"),
        Note("n4", "Late invoices again", source_id="s-ana2"),
        Note("n5", "Budget on Sunday", source_id="s-bo"),
        Note("n6", "Drop-off at step 2", source_id="s-desk"),
        Note("n7", "We think they are late", source_id=None),
    ]
    return snap


def ids(wanted: filters.NoteFilter) -> list[str]:
    return [n.id for n in filters.matching_notes(research(), wanted)]


def attribute(name: str, value: str) -> filters.NoteFilter:
    return filters.NoteFilter(kind=filters.ATTRIBUTE, value=filters.attribute_value(name, value))


def test_notes_filtered_by_study_respondent_and_attribute() -> None:
    assert ids(filters.NoteFilter(kind=filters.STUDY, value="st2")) == ["n2", "n3", "n4", "n5"]
    assert ids(filters.NoteFilter(kind=filters.RESPONDENT, value="ana")) == ["n1", "n4"]
    assert ids(attribute("region", "North")) == ["n1", "n4", "n5"]
    assert ids(attribute("segment", "Freelancer")) == ["n1", "n4"]
    assert ids(attribute("region", "West")) == []
    # Words narrow a research filter as they narrow any other.
    late_north = filters.NoteFilter(
        "late", filters.ATTRIBUTE, filters.attribute_value("region", "North")
    )
    assert ids(late_north) == ["n1", "n4"]


def test_attributes_are_shown_on_one_line_without_empty_ones() -> None:
    assert attributes_text({"region": "North", "segment": "", "role": "Owner"}) == (
        "region: North · role: Owner"
    )


def test_each_respondent_counts_their_sources_notes_and_studies() -> None:
    found = {
        s.respondent.label: (s.sources, s.notes, s.studies)
        for s in respondent_summaries(research())
    }
    assert found == {
        "Ana": (2, 2, ("Interviews, March", "Churn survey")),
        "P4": (1, 2, ("Churn survey",)),
        "Bo": (1, 1, ("Churn survey",)),
    }


def test_a_source_merge_says_how_many_notes_move_from_each() -> None:
    plan = source_merge_plan(research(), "s-ana", ["s-p4", "s-ana", "s-bo"], lambda s: s.label)
    assert plan.keep_name == "Ana (intvw)"
    assert plan.folded == (
        Folded("s-p4", "P4 (survey)", 2),
        Folded("s-bo", "Bo (survey)", 1),
    )


def test_a_respondent_merge_moves_sources_and_takes_missing_attributes() -> None:
    plan = respondent_merge_plan(research(), "ana", ["p4"])
    assert plan.keep_name == "Ana"
    assert plan.folded == (Folded("p4", "P4", notes=2, sources=1),)
    assert plan.attributes_taken == ("age band",)  # region: Ana's own value stays


def test_a_personas_segment_finds_the_respondents_in_it() -> None:
    people = [
        Respondent("a", "Ana", {"Segment": "Freelancer"}),
        Respondent("b", "Bo", {"segment": " freelancer "}),
        Respondent("c", "Cy", {"segment": "Agency", "region": "Freelancer"}),
        Respondent("d", "Di", {"role": "Owner"}),
    ]
    assert segment_values(people) == ["Freelancer", "Agency"]
    assert [r.label for r in segment_respondents(people, "FREELANCER")] == ["Ana", "Bo"]
    assert segment_respondents(people, "Students") == []
    assert segment_respondents(people, "  ") == []
    # As the editor proposes a segment: an attribute and its value.
    assert [r.label for r in segment_respondents(people, "Segment: Freelancer")] == ["Ana", "Bo"]
    assert [r.label for r in segment_respondents(people, "region : freelancer")] == ["Cy"]
    assert segment_respondents(people, "Role: Agency") == []
