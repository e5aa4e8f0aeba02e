"""Find and filter: which notes match the facilitator's words and the chosen filter.

Pure Python over a snapshot (no Qt), so it can be tested on its own. A filter is one of:
all notes; a source kind (or assumptions: no source); one source; one author (a workshop
participant, who wrote the note); one research respondent (whom the note's source speaks
for); a respondent attribute ("Region: North": every respondent who has it); one study;
one cluster; notes in no cluster; notes no persona item cites (directly or through their
cluster). The words match a note's text or the question it answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop.domain.model import Note, Source, WorkshopSnapshot

ALL = "all"
KIND = "kind"
ASSUMPTIONS = "assumptions"
SOURCE = "source"
AUTHOR = "author"
CLUSTER = "cluster"
UNCLUSTERED = "unclustered"
UNLINKED = "unlinked"
RESPONDENT = "respondent"
ATTRIBUTE = "attribute"
STUDY = "study"
#: Between an attribute's name and value in an ``ATTRIBUTE`` filter's value.
ATTRIBUTE_SEP = "\x1f"


def attribute_value(name: str, value: str) -> str:
    """The value of a filter for respondents whose attribute ``name`` is ``value``."""
    return f"{name}{ATTRIBUTE_SEP}{value}"


def respondent_attributes(snapshot: WorkshopSnapshot) -> list[tuple[str, str]]:
    """Every (attribute, value) some respondent has, sorted: what the filter offers."""
    found = {(k, v) for r in snapshot.respondents for k, v in r.attributes.items() if v.strip()}
    return sorted(found, key=lambda pair: (pair[0].casefold(), pair[1].casefold()))


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
    if wanted.kind in (RESPONDENT, ATTRIBUTE, STUDY):
        sources = _research_sources(snapshot, wanted)
        return [n for n in snapshot.notes if n.source_id in sources and _has_words(n, words)]
    found: list[Note] = []
    for note in snapshot.notes:
        if words and not _has_words(note, words):
            continue
        if not _passes(note, wanted, kinds, cited):
            continue
        found.append(note)
    return found


def _has_words(note: Note, words: list[str]) -> bool:
    body = note.text.casefold()
    asked = note.question.casefold()
    return all(word in body or word in asked for word in words)


def _research_sources(snapshot: WorkshopSnapshot, wanted: NoteFilter) -> set[str]:
    """The sources a respondent, attribute or study filter keeps."""
    if wanted.kind == STUDY:
        return {s.id for s in snapshot.sources if s.study_id == wanted.value}
    if wanted.kind == RESPONDENT:
        people = {wanted.value}
    else:
        name, _sep, value = wanted.value.partition(ATTRIBUTE_SEP)
        people = {r.id for r in snapshot.respondents if r.attributes.get(name) == value}
    return {s.id for s in snapshot.sources if _speaks_for(s, people)}


def _speaks_for(source: Source, people: set[str]) -> bool:
    return source.respondent_id is not None and source.respondent_id in people


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
