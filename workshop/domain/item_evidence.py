"""The evidence behind a persona item: which notes, how many distinct sources, of which kinds.

The evidence check, the persona editor's badge ("5 notes from 3 sources (interview, survey)")
and the posters all read this. Evidence for an item is the notes linked to it plus the notes
of the clusters linked to it (``WorkshopSnapshot.evidence_notes``).

Only research counts as a source here (``evidence_units.counts_as_research``). A note with no
source, or from an "assumption / team opinion" source, or from an "other" source that does
not say what it is (``Source.is_research``), or from a source whose name says it is the
team's view whatever kind it is marked as ("CEO's opinion" marked as an interview:
``opinion_labels``), is an assumption: it is kept in ``notes`` but brings no source, so it
does not ground the item. Sources are counted by identity (``Source.identity``: kind,
label, date and reference, folded), never by rows: one interview entered twice is one
source, and so is a copy that only leaves out its date or reference
(``source_identity.same_sources``).

What the check counts as distinct evidence are ``units`` (``evidence_units.unit_of``): the
respondents behind the research, by their folded label (one person heard in an interview
and in a survey is one respondent, however many sources speak for them, and two respondent
rows "Ana Lima" are one); for sources that speak for no one person (analytics), their
studies; and sources with neither, by their folded label. Everything that prints or shows a
count of distinct evidence (the check, the poster's badge and legend, the evidence line, the
editor's badge) counts ``units`` and says them with :func:`units_in_words` ("2 respondents,
1 study"); notes are still counted as rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from workshop.domain.evidence_units import (
    RESPONDENT,
    SOURCE,
    STUDY,
    counts_as_research,
    folded,
    team_names,
    unit_of,
)
from workshop.domain.model import Note, Respondent, Source, SourceKind, Study, WorkshopSnapshot
from workshop.domain.person_labels import person_key
from workshop.domain.source_identity import same_sources
from workshop.i18n import _, ngettext

__all__ = [
    "NO_EVIDENCE",
    "RESPONDENT",
    "SOURCE",
    "STUDY",
    "EvidenceUnit",
    "ItemEvidence",
    "evidence_by_item",
    "item_evidence",
    "summarise_notes",
    "units_in_words",
]


@dataclass(frozen=True)
class EvidenceUnit:
    """One distinct piece of evidence: a respondent (however many sources speak for them),
    a study (for sources that speak for no one person) or a source (with neither)."""

    kind: str
    label: str
    #: The research sources behind it (two when one person was interviewed and surveyed).
    sources: tuple[Source, ...]
    #: Every one of ``sources`` is a copy of one source (``same_sources``): one interview
    #: entered several times, rather than several sources of one person or name.
    one_source: bool = False


@dataclass(frozen=True)
class ItemEvidence:
    """What backs one persona item: the editor badge, the check and the posters read this."""

    notes: tuple[Note, ...] = ()
    """Every note behind the item (research and assumptions), oldest first."""
    sources: tuple[Source, ...] = ()
    """The distinct research sources of those notes (one per identity), by label."""
    kinds: tuple[SourceKind, ...] = ()
    """The distinct kinds of those sources, in SourceKind order."""
    research_source_ids: frozenset[str] = frozenset()
    """The ids of every research source behind the item (duplicates of one identity too)."""
    opinion_sources: tuple[Source, ...] = ()
    """Sources behind the item that are not research (team opinion, unexplained "other",
    a name that says it is the team's view)."""
    units: tuple[EvidenceUnit, ...] = ()
    """The distinct respondents, studies and sources behind the research: what the check
    counts (``Source.evidence_key``), by label."""

    @property
    def research_notes(self) -> tuple[Note, ...]:
        return tuple(n for n in self.notes if n.source_id in self.research_source_ids)

    @property
    def assumption_notes(self) -> tuple[Note, ...]:
        """Notes with no source or from a source that is not research."""
        return tuple(n for n in self.notes if n.source_id not in self.research_source_ids)

    @property
    def is_grounded(self) -> bool:
        """True when at least one note comes from research (not only assumptions)."""
        return bool(self.sources)

    @property
    def undated(self) -> bool:
        """Grounded, but none of its research sources carries a date."""
        return self.is_grounded and self.newest_date is None

    @property
    def kind_counts(self) -> dict[SourceKind, int]:
        """Distinct sources per kind, in SourceKind order."""
        counts = {kind: 0 for kind in self.kinds}
        for source in self.sources:
            counts[source.kind] += 1
        return counts

    @property
    def newest_date(self) -> date | None:
        dates = [s.date for s in self.sources if s.date is not None]
        return max(dates) if dates else None

    def summary(self) -> str:
        """E.g. "5 notes from 2 respondents, 1 study (interview, analytics)" or "2 notes,
        assumptions only": distinct evidence in the check's units, notes as rows."""
        if not self.notes:
            return _("No evidence")
        count = len(self.notes)
        notes = ngettext("{count} note", "{count} notes", count).format(count=count)
        if not self.sources:
            return _("{notes}, assumptions only").format(notes=notes)
        kinds = ", ".join(kind.label.lower() for kind in self.kinds)
        said = _("{notes} from {sources}").format(notes=notes, sources=units_in_words(self.units))
        return f"{said} ({kinds})"


#: How many units of each kind, in words ("2 respondents"); each is a plural message.
_UNIT_COUNTS: dict[str, Callable[[int], str]] = {
    RESPONDENT: lambda n: ngettext("{count} respondent", "{count} respondents", n),
    STUDY: lambda n: ngettext("{count} study", "{count} studies", n),
    SOURCE: lambda n: ngettext("{count} source", "{count} sources", n),
}


def units_in_words(units: Sequence[EvidenceUnit]) -> str:
    """The distinct evidence counted as the check counts it: "3 respondents", "2 respondents,
    1 study", "1 source" (a source that names neither respondent nor study); "" for none."""
    parts = []
    for kind in (RESPONDENT, STUDY, SOURCE):
        count = sum(1 for unit in units if unit.kind == kind)
        if count:
            parts.append(_UNIT_COUNTS[kind](count).format(count=count))
    return ", ".join(parts)


NO_EVIDENCE = ItemEvidence()


def item_evidence(snapshot: WorkshopSnapshot, item_id: str) -> ItemEvidence:
    """The evidence behind one item (linked notes plus the notes of linked clusters)."""
    return summarise_notes(
        snapshot.evidence_notes(item_id),
        snapshot.source_by_id(),
        snapshot.respondent_by_id(),
        snapshot.study_by_id(),
        same_sources(snapshot.sources, snapshot.respondents),
        team_names(snapshot.participants),
    )


def evidence_by_item(snapshot: WorkshopSnapshot) -> dict[str, ItemEvidence]:
    """The evidence behind every item of the workshop, in one pass (same as item_evidence)."""
    notes = snapshot.note_by_id()
    sources = snapshot.source_by_id()
    respondents = snapshot.respondent_by_id()
    studies = snapshot.study_by_id()
    standing = same_sources(snapshot.sources, snapshot.respondents)
    team = team_names(snapshot.participants)
    by_cluster: dict[str, list[Note]] = defaultdict(list)
    for note in snapshot.notes:
        if note.cluster_id:
            by_cluster[note.cluster_id].append(note)
    found: dict[str, dict[str, Note]] = defaultdict(dict)
    for link in snapshot.links:
        bucket = found[link.item_id]
        if link.note_id and link.note_id in notes:
            bucket[link.note_id] = notes[link.note_id]
        elif link.cluster_id:
            for note in by_cluster.get(link.cluster_id, ()):
                bucket[note.id] = note
    result: dict[str, ItemEvidence] = {}
    for item in snapshot.items:
        linked = sorted(found.get(item.id, {}).values(), key=lambda n: (n.created_at, n.id))
        result[item.id] = summarise_notes(linked, sources, respondents, studies, standing, team)
    return result


def summarise_notes(
    notes: Sequence[Note],
    sources: Mapping[str, Source],
    respondents: Mapping[str, Respondent],
    studies: Mapping[str, Study],
    standing: Mapping[str, Source],
    team: frozenset[str] = frozenset(),
) -> ItemEvidence:
    """What ``notes`` amount to as evidence (an item's, or all of a persona's): their
    research sources by identity and their distinct units. ``standing`` is
    ``same_sources(snapshot.sources, snapshot.respondents)``; ``team`` the participants'
    folded names (``evidence_units.team_names``: the people in the room are no respondents)."""
    if not notes:
        return NO_EVIDENCE
    ids = {n.source_id for n in notes if n.source_id is not None}
    used = {s.id: s for s in (sources.get(i) for i in ids) if s is not None}
    research: list[Source] = []
    not_research: list[Source] = []
    for source in used.values():
        (research if counts_as_research(source, respondents, team) else not_research).append(source)
    by_identity: dict[str, Source] = {}
    for source in sorted(research, key=lambda s: (s.label.casefold(), s.id)):
        same = standing.get(source.id, source)
        by_identity.setdefault(same.id, same)
    ordered = sorted(by_identity.values(), key=lambda s: (s.label.casefold(), s.id))
    kinds = {s.kind for s in ordered}
    opinions = sorted(not_research, key=lambda s: (s.label.casefold(), s.id))
    return ItemEvidence(
        notes=tuple(notes),
        sources=tuple(ordered),
        kinds=tuple(kind for kind in SourceKind if kind in kinds),
        research_source_ids=frozenset(s.id for s in research),
        opinion_sources=tuple(opinions),
        units=_units(research, respondents, studies, standing, notes),
    )


def _units(
    research: Sequence[Source],
    respondents: Mapping[str, Respondent],
    studies: Mapping[str, Study],
    standing: Mapping[str, Source],
    notes: Sequence[Note] = (),
) -> tuple[EvidenceUnit, ...]:
    """The distinct respondents, studies and sources behind ``research``, by label
    (``evidence_units.unit_of``: folded, so one person is one whatever the rows)."""
    grouped: dict[tuple[str, str], list[Source]] = defaultdict(list)
    labels: dict[tuple[str, str], set[str]] = defaultdict(set)
    for source in sorted(research, key=lambda s: (s.label.casefold(), s.id)):
        same = standing.get(source.id, source)  # copies of one source count as it
        kind, key, label = unit_of(same, respondents, studies)
        grouped[(kind, key)].append(source)
        labels[(kind, key)].add(" ".join(label.split()))
    _join_named_sources(grouped, labels)
    _join_repeated_words(grouped, labels, notes)
    _join_identical_respondents(grouped, labels, notes)
    units = [
        EvidenceUnit(
            k[0],
            min(labels[k], key=lambda label: (len(label), label)),  # the plainest spelling
            tuple(behind),
            len({standing.get(s.id, s).id for s in behind}) == 1,
        )
        for k, behind in grouped.items()
    ]
    return tuple(sorted(units, key=lambda u: (u.label.casefold(), u.kind)))


def _join_named_sources(
    grouped: dict[tuple[str, str], list[Source]], labels: dict[tuple[str, str], set[str]]
) -> None:
    """A source that names no respondent counts as the respondent (or study) whose own
    source has its label: "Interview P1" typed again by hand on another day is still
    the person the imported "Interview P1" speaks for, not one more."""
    named: dict[str, tuple[str, str]] = {}
    for key, behind in grouped.items():
        if key[0] != SOURCE:
            for source in behind:
                named.setdefault(person_key(source.label), key)  # as a person
    for key in [k for k in grouped if k[0] == SOURCE and k[1] in named]:
        into = named[key[1]]
        grouped[into].extend(grouped.pop(key))
        labels.pop(key)


def _join_repeated_words(
    grouped: dict[tuple[str, str], list[Source]],
    labels: dict[tuple[str, str], set[str]],
    notes: Sequence[Note],
) -> None:
    """A source that names no respondent and only repeats, word for word, what a
    respondent's notes behind the item say is that respondent's words imported again
    (the same file imported under another source), not one more person."""
    kinds = {key[0] for key in grouped}
    if SOURCE not in kinds or RESPONDENT not in kinds:
        return  # nothing to join: the notes need not be read
    said: dict[str, set[str]] = defaultdict(set)
    for note in notes:
        if note.source_id is not None:
            said[note.source_id].add(folded(note.text))
    words = {key: set().union(*(said[s.id] for s in behind)) for key, behind in grouped.items()}
    whose: dict[str, set[tuple[str, str]]] = defaultdict(set)  # words -> respondents saying it
    for key, texts in words.items():
        if key[0] == RESPONDENT:
            for text in texts:
                whose[text].add(key)
    for key in [k for k in grouped if k[0] == SOURCE and words[k]]:
        candidates = set.intersection(*(whose.get(text, set()) for text in words[key]))
        if candidates:
            into = min(candidates)
            grouped[into].extend(grouped.pop(key))
            labels.pop(key)


#: Words a note needs before two people saying it word for word is one row imported twice
#: rather than two people answering alike ("Weekly", "Yes" are common answers).
DISTINCTIVE_WORDS = 4


def _join_identical_respondents(
    grouped: dict[tuple[str, str], list[Source]],
    labels: dict[tuple[str, str], set[str]],
    notes: Sequence[Note],
) -> None:
    """A respondent whose every note behind the item repeats, word for word, another
    respondent's — each note at least ``DISTINCTIVE_WORDS`` words — is the same row
    imported as two people ("Respondent ID 1 (week1.csv)" and "(week3.csv)"): one."""
    people = sorted(k for k in grouped if k[0] == RESPONDENT)
    if len(people) < 2:
        return
    said: dict[str, set[str]] = defaultdict(set)
    for note in notes:
        if note.source_id is not None:
            said[note.source_id].add(folded(note.text))
    words = {k: set().union(*(said[s.id] for s in grouped[k])) for k in people}
    kept: list[tuple[str, str]] = []
    for key in sorted(people, key=lambda k: (-len(words[k]), k)):  # the fullest first
        texts = words[key]
        distinctive = bool(texts) and all(len(t.split()) >= DISTINCTIVE_WORDS for t in texts)
        into = next((k for k in kept if distinctive and texts <= words[k]), None)
        if into is None:
            kept.append(key)
            continue
        grouped[into].extend(grouped.pop(key))
        labels[into] |= labels.pop(key)
