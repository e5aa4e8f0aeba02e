"""Find and filter: which notes match the facilitator's words and the chosen filter.

Pure Python over a snapshot (no Qt), so it can be tested on its own. A filter is one of:
all notes; a source kind (or assumptions: no source); one source; one author; one
cluster; notes in no cluster; notes no persona item cites (directly or through their
cluster); the notes of one study, of one respondent (a research participant, through the
sources that speak for them), or of every respondent with one attribute value ("region:
North").
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.domain.model import Note, WorkshopSnapshot

ALL = "all"
KIND = "kind"
ASSUMPTIONS = "assumptions"
SOURCE = "source"
AUTHOR = "author"
CLUSTER = "cluster"
UNCLUSTERED = "unclustered"
UNLINKED = "unlinked"
STUDY = "study"
RESPONDENT = "respondent"
ATTRIBUTE = "attribute"

#: Between an attribute's name and value in an ATTRIBUTE filter's value.
_ATTRIBUTE_SEP = "\x1e"


def attribute_filter(name: str, value: str) -> NoteFilter:
    """The notes of respondents whose attribute ``name`` is ``value``."""
    return NoteFilter(kind=ATTRIBUTE, value=f"{name}{_ATTRIBUTE_SEP}{value}")


def attribute_of(wanted: NoteFilter) -> tuple[str, str]:
    """The attribute name and value an ATTRIBUTE filter looks for."""
    name, _sep, value = wanted.value.partition(_ATTRIBUTE_SEP)
    return name, value


@dataclass(frozen=True)
class NoteFilter:
    text: str = ""
    kind: str = ALL
    value: str = ""

    @property
    def active(self) -> bool:
        return bool(self.text.strip()) or self.kind != ALL


def cited_note_ids(snapshot: WorkshopSnapshot) -> set[str]:
    """Notes some persona item cites, directly or through their cluster."""
    cited_clusters = {link.cluster_id for link in snapshot.links if link.cluster_id}
    cited = {link.note_id for link in snapshot.links if link.note_id}
    cited |= {n.id for n in snapshot.notes if n.cluster_id and n.cluster_id in cited_clusters}
    return cited


def matching_notes(snapshot: WorkshopSnapshot, wanted: NoteFilter) -> list[Note]:
    """The notes that match, in board order (bottom to top)."""
    words = wanted.text.casefold().split()
    kinds = {s.id: s.kind.value for s in snapshot.sources}
    cited = cited_note_ids(snapshot) if wanted.kind == UNLINKED else set()
    chosen = _research_sources(snapshot, wanted)
    found: list[Note] = []
    for note in snapshot.notes:
        if words:
            body = note.text.casefold()
            if not all(word in body for word in words):
                continue
        if chosen is not None:
            if note.source_id not in chosen:
                continue
        elif not _passes(note, wanted, kinds, cited):
            continue
        found.append(note)
    return found


def _research_sources(snapshot: WorkshopSnapshot, wanted: NoteFilter) -> set[str | None] | None:
    """For a study, respondent or attribute filter, the sources whose notes pass (a note
    passes through its source); None for every other filter."""
    if wanted.kind == STUDY:
        return {s.id for s in snapshot.sources if s.study_id == wanted.value}
    if wanted.kind == RESPONDENT:
        return {s.id for s in snapshot.sources if s.respondent_id == wanted.value}
    if wanted.kind == ATTRIBUTE:
        name, value = attribute_of(wanted)
        people = {r.id for r in snapshot.respondents if r.attributes.get(name) == value}
        return {s.id for s in snapshot.sources if s.respondent_id in people}
    return None


def _passes(note: Note, wanted: NoteFilter, kinds: dict[str, str], cited: set[str]) -> bool:
    kind = wanted.kind
    if kind == ALL:
        return True
    if kind == KIND:
        return note.source_id is not None and kinds.get(note.source_id) == wanted.value
    if kind == ASSUMPTIONS:
        return note.source_id is None
    if kind == SOURCE:
        return note.source_id == wanted.value
    if kind == AUTHOR:
        return note.author_id == wanted.value
    if kind == CLUSTER:
        return note.cluster_id == wanted.value
    if kind == UNCLUSTERED:
        return note.cluster_id is None
    if kind == UNLINKED:
        return note.id not in cited
    return True
