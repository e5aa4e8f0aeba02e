"""How much evidence is behind an item or a persona, said in a line of print.

"5 notes from 2 respondents, 1 study (2 interviews, 1 survey, 1 analytics source)" — counted
from the notes behind each item (:func:`workshop.domain.item_evidence.evidence_by_item`: linked
notes and the notes of linked clusters). Distinct evidence is counted as the evidence check
counts it (``ItemEvidence.units``: respondents, studies for analytics, sources with neither),
said with :func:`~workshop.domain.item_evidence.units_in_words`; the kinds in brackets count
research sources by identity; notes of team opinion (an "assumption" source, or one whose name
says it is the team's view, such as "CEO's opinion" marked as an interview) are named as such
and never counted.
:class:`Evidence` reads a snapshot once, so a 20-persona deck does not rescan every note per
item.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from workshop.domain.evidence_units import counts_as_research, team_names
from workshop.domain.item_evidence import (
    NO_EVIDENCE,
    EvidenceUnit,
    evidence_by_item,
    summarise_notes,
    units_in_words,
)
from workshop.domain.model import Note, Persona, Source, SourceKind, WorkshopSnapshot
from workshop.domain.source_identity import same_sources
from workshop.i18n import _, ngettext

#: How many sources of a kind, in words ("2 interviews"); each is a plural message.
_KIND_WORDS: dict[SourceKind, Callable[[int], str]] = {
    SourceKind.INTERVIEW: lambda n: ngettext("{count} interview", "{count} interviews", n),
    SourceKind.SURVEY: lambda n: ngettext("{count} survey", "{count} surveys", n),
    SourceKind.SUPPORT_TICKET: lambda n: ngettext(
        "{count} support ticket", "{count} support tickets", n
    ),
    SourceKind.OBSERVATION: lambda n: ngettext("{count} observation", "{count} observations", n),
    SourceKind.ANALYTICS: lambda n: ngettext(
        "{count} analytics source", "{count} analytics sources", n
    ),
    SourceKind.OTHER: lambda n: ngettext("{count} other source", "{count} other sources", n),
    SourceKind.ASSUMPTION: lambda n: ngettext("{count} team opinion", "{count} team opinions", n),
}

#: The same, short, for the line under each item ("2 tickets").
_SHORT_WORDS: dict[SourceKind, Callable[[int], str]] = {
    SourceKind.INTERVIEW: lambda n: ngettext("{count} interview", "{count} interviews", n),
    SourceKind.SURVEY: lambda n: ngettext("{count} survey", "{count} surveys", n),
    SourceKind.SUPPORT_TICKET: lambda n: ngettext("{count} ticket", "{count} tickets", n),
    SourceKind.OBSERVATION: lambda n: ngettext("{count} observation", "{count} observations", n),
    SourceKind.ANALYTICS: lambda n: ngettext("{count} analytics", "{count} analytics", n),
    SourceKind.OTHER: lambda n: ngettext("{count} other", "{count} other", n),
    SourceKind.ASSUMPTION: lambda n: ngettext("{count} opinion", "{count} opinions", n),
}


def counted(number: int, words: Callable[[int], str]) -> str:
    """``words`` (a plural message for ``number``) with the number filled in."""
    return words(number).format(count=number)


def _notes(n: int) -> str:
    return ngettext("{count} note", "{count} notes", n)


@dataclass(frozen=True)
class EvidenceCount:
    notes: int
    #: Distinct research sources (by identity): what the kinds count.
    sources: int
    kinds: tuple[tuple[SourceKind, int], ...]
    unsourced: int
    #: Notes from sources that are not research (team opinion, an "other" that says nothing).
    opinions: int = 0
    #: The distinct respondents, studies and sources: what the check counts.
    units: tuple[EvidenceUnit, ...] = ()

    @property
    def distinct(self) -> int:
        """The number the badge prints and the check compares with ``min_sources``."""
        return len(self.units)

    def _distinct_words(self) -> str:
        return units_in_words(self.units) or _("no research")

    def describe(self) -> str:
        """'5 notes from 2 respondents, 1 study (2 interviews, 1 analytics source)', or 'no
        evidence linked'."""
        if self.notes == 0:
            return _("no evidence linked")
        text = _("{notes} from {sources}").format(
            notes=counted(self.notes, _notes), sources=self._distinct_words()
        )
        details = [", ".join(counted(n, _KIND_WORDS[kind]) for kind, n in self.kinds)]
        if self.unsourced:
            details.append(_("{count} without a source").format(count=self.unsourced))
        if self.opinions:
            opinions = counted(self.opinions, _notes)
            details.append(_("{notes} of opinion, not research").format(notes=opinions))
        details = [d for d in details if d]
        if details:
            text += f" ({'; '.join(details)})"
        return text

    def describe_short(self) -> str:
        """'5 notes, 2 respondents: 2 interviews, 1 survey' (for the line under each item)."""
        if self.notes == 0:
            return _("no evidence linked")
        text = f"{counted(self.notes, _notes)}, {self._distinct_words()}"
        kinds = [counted(n, _SHORT_WORDS[kind]) for kind, n in self.kinds]
        if self.unsourced:
            kinds.append(_("{count} unsourced").format(count=self.unsourced))
        if self.opinions:
            kinds.append(
                ngettext("{count} opinion", "{count} opinions", self.opinions).format(
                    count=self.opinions
                )
            )
        if kinds:
            text += ": " + ", ".join(kinds)
        return text


class Evidence:
    """The notes and sources behind each item of a snapshot."""

    def __init__(self, snapshot: WorkshopSnapshot) -> None:
        self.snapshot = snapshot
        self.sources: dict[str, Source] = snapshot.source_by_id()
        # copies of one source count once (and respondent rows of one label are one)
        self._same = same_sources(snapshot.sources, snapshot.respondents)
        self._respondents = snapshot.respondent_by_id()
        self._team = team_names(snapshot.participants)
        self._studies = snapshot.study_by_id()
        self._by_item = evidence_by_item(snapshot)
        self._of_item: dict[str, EvidenceCount] = {}

    def notes_of_item(self, item_id: str) -> list[Note]:
        """Linked notes plus the notes of linked clusters, oldest first, each once."""
        return list(self._by_item.get(item_id, NO_EVIDENCE).notes)

    def count(self, notes: Iterable[Note]) -> EvidenceCount:
        """Each note once; sources are research only, each counted once by identity
        (``Source.identity``; a copy missing only its date or reference is the same:
        ``same_sources``); distinct evidence as the check counts it
        (:func:`~workshop.domain.item_evidence.summarise_notes`)."""
        unique = list({note.id: note for note in notes}.values())
        backing = summarise_notes(
            unique, self.sources, self._respondents, self._studies, self._same, self._team
        )
        unsourced = opinions = 0
        for note in unique:
            source = self.sources.get(note.source_id or "")
            if source is None:
                unsourced += 1
            elif not counts_as_research(source, self._respondents, self._team):
                opinions += 1  # team opinion, whatever its kind says
        kinds = Counter(source.kind for source in backing.sources)
        ordered = tuple((kind, kinds[kind]) for kind in SourceKind if kinds[kind])
        return EvidenceCount(
            len(unique), len(backing.sources), ordered, unsourced, opinions, backing.units
        )

    def of_item(self, item_id: str) -> EvidenceCount:
        """The item's count (worked out once: a poster builds its content more than once)."""
        found = self._of_item.get(item_id)
        if found is None:
            found = self._of_item[item_id] = self.count(self.notes_of_item(item_id))
        return found

    def of_persona(self, persona: Persona) -> EvidenceCount:
        notes: list[Note] = []
        for item in self.snapshot.items_of(persona.id):
            notes.extend(self.notes_of_item(item.id))
        return self.count(notes)

    def source_line(self, note: Note) -> str:
        """'Interview with Sam · Interview · 2024-03-02', or 'No source (an assumption)'."""
        source = self.sources.get(note.source_id or "")
        if source is None:
            return _("No source (an assumption)")
        parts = [source.label.strip() or _("Unnamed source"), source.kind.label]
        if source.date:
            parts.append(source.date.isoformat())
        return " · ".join(parts)
