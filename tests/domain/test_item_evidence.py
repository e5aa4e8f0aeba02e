"""The evidence behind an item: notes, distinct sources, kinds; the editor badge's summary."""

from __future__ import annotations

from domain_builders import Builder
from hypothesis import given
from hypothesis import strategies as st

from workshop.domain.item_evidence import (
    NO_EVIDENCE,
    RESPONDENT,
    SOURCE,
    STUDY,
    EvidenceUnit,
    evidence_by_item,
    item_evidence,
    units_in_words,
)
from workshop.domain.model import Section, SourceKind


def test_an_item_with_no_links_has_no_evidence() -> None:
    b = Builder()
    persona = b.persona()
    item = b.item(persona, Section.GOAL, "alone")
    evidence = item_evidence(b.snapshot, item.id)
    assert evidence == NO_EVIDENCE
    assert not evidence.is_grounded
    assert evidence.summary() == "No evidence"
    assert evidence.newest_date is None


def test_notes_sources_and_kinds_are_counted_once() -> None:
    b = Builder()
    sam = b.source(SourceKind.INTERVIEW, "Sam")
    ana = b.source(SourceKind.INTERVIEW, "Ana")
    poll = b.source(SourceKind.SURVEY, "Spring survey")
    cluster = b.cluster("Weekly routine")
    in_cluster = [b.note(source=sam, cluster=cluster), b.note(source=poll, cluster=cluster)]
    loose = b.note(source=ana)
    guess = b.note("a guess")
    persona = b.persona()
    # The first clustered note is linked twice: directly and through its cluster.
    item = b.item(persona, Section.GOAL, notes=(in_cluster[0], loose, guess), clusters=(cluster,))
    evidence = item_evidence(b.snapshot, item.id)
    assert {n.id for n in evidence.notes} == {*(n.id for n in in_cluster), loose.id, guess.id}
    assert len(evidence.notes) == 4
    assert [s.label for s in evidence.sources] == ["Ana", "Sam", "Spring survey"]
    assert evidence.kinds == (SourceKind.INTERVIEW, SourceKind.SURVEY)
    assert evidence.kind_counts == {SourceKind.INTERVIEW: 2, SourceKind.SURVEY: 1}
    assert evidence.assumption_notes == (guess,)
    assert len(evidence.research_notes) == 3
    assert evidence.is_grounded
    assert evidence.summary() == "4 notes from 3 sources (interview, survey)"


def test_assumptions_alone_are_summarised_as_such() -> None:
    b = Builder()
    persona = b.persona()
    item = b.item(persona, Section.GOAL, notes=(b.note("hunch"),))
    evidence = item_evidence(b.snapshot, item.id)
    assert not evidence.is_grounded
    assert evidence.summary() == "1 note, assumptions only"


def test_the_newest_date_is_the_latest_dated_source() -> None:
    b = Builder()
    old = b.source(when=None)
    new = b.source()
    persona = b.persona()
    item = b.item(persona, Section.GOAL, notes=(b.note(source=old), b.note(source=new)))
    assert item_evidence(b.snapshot, item.id).newest_date == new.date


@given(
    links=st.lists(st.tuples(st.integers(0, 3), st.booleans(), st.integers(0, 9)), max_size=25),
    note_clusters=st.lists(st.one_of(st.none(), st.integers(0, 2)), min_size=10, max_size=10),
    note_sources=st.lists(st.one_of(st.none(), st.integers(0, 3)), min_size=10, max_size=10),
)
def test_evidence_by_item_agrees_with_item_evidence(links, note_clusters, note_sources) -> None:
    b = Builder()
    sources = [b.source(SourceKind.INTERVIEW if i % 2 else SourceKind.SURVEY) for i in range(4)]
    clusters = [b.cluster() for _ in range(3)]
    notes = [
        b.note(
            source=None if s is None else sources[s],
            cluster=None if c is None else clusters[c],
        )
        for s, c in zip(note_sources, note_clusters, strict=True)
    ]
    persona = b.persona()
    items = [b.item(persona, Section.GOAL) for _ in range(4)]
    for item_index, is_cluster, target in links:
        if is_cluster:
            b.link(items[item_index], cluster=clusters[target % 3])
        else:
            b.link(items[item_index], note=notes[target])
    everything = evidence_by_item(b.snapshot)
    assert set(everything) == {i.id for i in items}
    for item in items:
        assert everything[item.id] == item_evidence(b.snapshot, item.id)
        assert list(everything[item.id].notes) == b.snapshot.evidence_notes(item.id)


def test_distinct_evidence_is_said_in_the_checks_units() -> None:
    units = (
        EvidenceUnit(RESPONDENT, "Priya", ()),
        EvidenceUnit(SOURCE, "Call log", ()),
        EvidenceUnit(STUDY, "Funnel", ()),
        EvidenceUnit(RESPONDENT, "Tom", ()),
    )
    assert units_in_words(units) == "2 respondents, 1 study, 1 source"
    assert units_in_words(units[:1]) == "1 respondent"
    assert units_in_words(()) == ""
