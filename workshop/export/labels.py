"""What a printed persona says about itself: its status label and the strength of the
evidence behind each item (its initials: ``domain/initials.py``). One honest wording for
posters and the deck.

Labels (header banner, footer status and the deck's cover list say the same thing):

* a proto-persona is *assumption-based* ("ASSUMPTION-BASED: proto-persona drafted from the
  team's assumptions"), whatever its status says;
* a research persona that fails the evidence check is a *draft not yet validated*, stated
  with its open findings ("Draft: not yet validated — 3 open findings"), never
  assumption-based: its claims are linked to research, it only lacks something;
* otherwise the persona's own status (Draft, Validated, Retired), and no banner.

An item is marked assumption-based only when the notes behind it are all assumptions (no
source, or a source of team opinion).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date

from workshop.domain.check_report import Severity
from workshop.domain.evidence_check import check_persona
from workshop.domain.item_evidence import units_in_words
from workshop.domain.model import Persona, PersonaStatus, WorkshopSnapshot
from workshop.export.evidence import EvidenceCount
from workshop.i18n import N_, _, ngettext

STATUS_WORDS: dict[PersonaStatus, str] = {
    PersonaStatus.DRAFT: N_("Draft"),
    PersonaStatus.VALIDATED: N_("Validated"),
    PersonaStatus.RETIRED: N_("Retired"),
}


@dataclass(frozen=True)
class PersonaLabel:
    """The banner (None: no banner) and the footer's status words, which never disagree."""

    banner: str | None
    status: str
    #: Short form for lists (the deck's cover).
    short: str


def open_findings(snapshot: WorkshopSnapshot, persona: Persona, today: date) -> int:
    """The errors the evidence check finds for ``persona`` (what keeps it a draft)."""
    report = check_persona(snapshot, persona.id, today=today)
    return report.count(Severity.ERROR)


def persona_label(
    persona: Persona, flagged: Collection[str], findings: Callable[[Persona], int]
) -> PersonaLabel:
    """The label of ``persona``; ``flagged`` are the personas failing the evidence check,
    ``findings`` counts a flagged research persona's open findings."""
    if persona.is_proto:
        return PersonaLabel(
            _("ASSUMPTION-BASED: proto-persona drafted from the team's assumptions"),
            _("Proto-persona (assumption-based)"),
            _("proto-persona, assumption-based"),
        )
    if persona.id in flagged and persona.status is not PersonaStatus.RETIRED:
        count = findings(persona)
        if count:
            said = ngettext("{count} open finding", "{count} open findings", count)
            said = said.format(count=count)
        else:
            said = _("open findings")
        return PersonaLabel(
            _("Draft: not yet validated \u2014 {findings}").format(findings=said),
            _("Draft, not yet validated ({findings})").format(findings=said),
            _("draft, not yet validated ({findings})").format(findings=said),
        )
    word = _(STATUS_WORDS.get(persona.status, str(persona.status)))
    return PersonaLabel(None, word, word)


def strength(count: EvidenceCount, min_sources: int) -> tuple[str, str]:
    """A short badge for an item's evidence and its kind ("strong", "thin", "assumption",
    "none"): "Strong · 3 respondents", "Thin · 1 respondent", "Assumption only", "No
    evidence". Strong means at least ``min_sources`` distinct respondents (or studies, for
    analytics): the evidence check's count (``EvidenceCount.distinct``)."""
    if count.notes == 0:
        return _("No evidence"), "none"
    if count.distinct == 0:
        return _("Assumption only"), "assumption"
    sources = units_in_words(count.units)
    if count.distinct >= min_sources:
        return _("Strong \u00b7 {sources}").format(sources=sources), "strong"
    return _("Thin \u00b7 {sources}").format(sources=sources), "thin"
