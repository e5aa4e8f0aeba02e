"""Which notes a find and filter matches (pure Python, no board needed)."""

from __future__ import annotations

from workshop.domain.model import (
    Cluster,
    EvidenceLink,
    Note,
    Source,
    SourceKind,
    Workshop,
    WorkshopSnapshot,
)
from workshop.domain.note_filters import (
    ASSUMPTIONS,
    AUTHOR,
    CLUSTER,
    KIND,
    SOURCE,
    UNCLUSTERED,
    UNLINKED,
    NoteFilter,
    matching_notes,
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
