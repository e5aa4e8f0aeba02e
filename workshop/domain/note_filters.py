"""Find and filter: which notes match the facilitator's words and the chosen filter.

Pure Python over a snapshot (no Qt), so it can be tested on its own. A filter is one of:
all notes; a source kind (or assumptions: no source); one source; one author; one
cluster; notes in no cluster; notes no persona item cites (directly or through their
cluster).
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
    found: list[Note] = []
    for note in snapshot.notes:
        if words:
            body = note.text.casefold()
            if not all(word in body for word in words):
                continue
        if not _passes(note, wanted, kinds, cited):
            continue
        found.append(note)
    return found


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
