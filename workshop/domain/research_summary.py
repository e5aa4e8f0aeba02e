"""The research behind the board, counted for the Sources panel: how many sources and notes
each respondent and each source stands behind, and what merging two of them would move.

Pure Python over a snapshot (no Qt, no SQL), so the panel's words come from figures that can
be tested on their own. A *respondent* is a research participant (someone interviewed or
surveyed), never one of the workshop's participants (the people in the room).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workshop.domain.model import Respondent, Source, WorkshopSnapshot

#: How a source is named in a merge's words (the UI names its kind in the user's language).
NameOf = Callable[[Source], str]


@dataclass(frozen=True)
class RespondentSummary:
    """One respondent with the sources that speak for them and the notes those back."""

    respondent: Respondent
    sources: int
    notes: int
    #: The studies the respondent was heard in, by name, in the workshop's order.
    studies: tuple[str, ...]


@dataclass(frozen=True)
class Folded:
    """One source or respondent that a merge removes, and what moves from it."""

    id: str
    name: str
    notes: int
    sources: int = 0


@dataclass(frozen=True)
class MergePlan:
    """What a merge does: the kept one, and per removed one what moves to the kept one."""

    keep_id: str
    keep_name: str
    folded: tuple[Folded, ...]
    #: Attribute names the kept respondent lacks and takes from the others (respondents).
    attributes_taken: tuple[str, ...] = ()


def attributes_text(attributes: dict[str, str]) -> str:
    """A respondent's attributes on one line: "segment: Freelancer · region: North"."""
    return " · ".join(f"{name}: {value}" for name, value in attributes.items() if value)


def respondent_summaries(snapshot: WorkshopSnapshot) -> list[RespondentSummary]:
    """Every respondent in the workshop's order, with their sources, notes and studies."""
    notes_per_source = Counter(n.source_id for n in snapshot.notes if n.source_id)
    studies = snapshot.study_by_id()
    sources: dict[str, list[Source]] = {}
    for source in snapshot.sources:
        if source.respondent_id is not None:
            sources.setdefault(source.respondent_id, []).append(source)
    summaries = []
    for respondent in snapshot.respondents:
        theirs = sources.get(respondent.id, [])
        heard_in = dict.fromkeys(studies[s.study_id].name for s in theirs if s.study_id in studies)
        summaries.append(
            RespondentSummary(
                respondent,
                len(theirs),
                sum(notes_per_source[s.id] for s in theirs),
                tuple(heard_in),
            )
        )
    return summaries


def source_merge_plan(
    snapshot: WorkshopSnapshot, keep_id: str, other_ids: Sequence[str], name_of: NameOf
) -> MergePlan:
    """What merging sources into ``keep_id`` moves: each other source's notes."""
    by_id = snapshot.source_by_id()
    notes = Counter(n.source_id for n in snapshot.notes)
    folded = tuple(
        Folded(o, name_of(by_id[o]), notes[o])
        for o in dict.fromkeys(other_ids)
        if o != keep_id and o in by_id
    )
    return MergePlan(keep_id, name_of(by_id[keep_id]), folded)


def respondent_merge_plan(
    snapshot: WorkshopSnapshot, keep_id: str, other_ids: Sequence[str]
) -> MergePlan:
    """What merging respondents into ``keep_id`` moves: each other respondent's sources
    (with their notes), and the attributes the kept one lacks (the kept one's values win,
    as ``merge_respondents`` does)."""
    by_id = snapshot.respondent_by_id()
    summaries = {s.respondent.id: s for s in respondent_summaries(snapshot)}
    keep = by_id[keep_id]
    others = [o for o in dict.fromkeys(other_ids) if o != keep_id and o in by_id]
    folded = tuple(
        Folded(o, by_id[o].label, summaries[o].notes, summaries[o].sources) for o in others
    )
    taken: dict[str, None] = {}
    for other in others:
        for name in by_id[other].attributes:
            if name not in keep.attributes:
                taken[name] = None
    return MergePlan(keep_id, keep.label, folded, tuple(taken))


#: The attribute a respondent's segment is kept in (its name compared without case).
SEGMENT_ATTRIBUTE = "segment"


def _segment_of(respondent: Respondent) -> str:
    for name, value in respondent.attributes.items():
        if name.strip().casefold() == SEGMENT_ATTRIBUTE:
            return " ".join(value.split())
    return ""


def segment_values(respondents: Sequence[Respondent]) -> list[str]:
    """The segments respondents are in (their "segment" attribute), each once, in order."""
    found: dict[str, str] = {}
    for respondent in respondents:
        segment = _segment_of(respondent)
        if segment:
            found.setdefault(segment.casefold(), segment)
    return list(found.values())


def segment_respondents(respondents: Sequence[Respondent], segment: str) -> list[Respondent]:
    """The respondents in a persona's segment, case and spacing ignored: those whose
    "segment" attribute is its name ("Freelancer"), or, for a name that says an attribute
    and a value ("Region: North", as the editor proposes them), those who have that."""
    wanted = _plain(segment)
    if not wanted:
        return []
    by_segment = [r for r in respondents if _plain(_segment_of(r)) == wanted]
    if by_segment:
        return by_segment
    name, sep, value = segment.partition(":")
    if not sep:
        return []
    return [
        r
        for r in respondents
        if any(
            _plain(k) == _plain(name) and _plain(v) == _plain(value)
            for k, v in r.attributes.items()
        )
    ]


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()
