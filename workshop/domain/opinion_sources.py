"""Sources whose name says they are the team's opinion, whatever kind they are marked as.

A source labelled "CEO's opinion", "Sales team's view" or "Team brainstorm" and marked as an
interview is not research: a sceptical researcher reads the name. Such a source counts as
an assumption everywhere (the check, the editor's badges, the posters' and the deck's
counts: ``evidence_units.counts_as_research``), and the ``opinion-named`` finding names
each one behind a persona ("'CEO's opinion' is marked as an interview but its name says it
is an opinion"), a warning for a draft and an error for a validated persona (a researcher
would not sign it). The fix is to mark it "assumption / team opinion", or to name it for
what it is.

How a name is read (English, German, French and Spanish, by the ideas behind such names:
the team as the speaker, a view, belief or hypothesis, the team's own use, an opinion
word) is in :mod:`workshop.domain.opinion_labels`, with what is deliberately not flagged
("Customer opinion survey", "Interview with the CEO").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workshop.domain.check_findings import Findings
from workshop.domain.check_report import Rule, Severity
from workshop.domain.evidence_units import DESCRIPTION, NAME, REFERENCE, not_research_said
from workshop.domain.item_evidence import ItemEvidence
from workshop.domain.model import PersonaItem, Respondent, Source, SourceKind
from workshop.domain.opinion_labels import WHAT_IT_IS, opinion_named
from workshop.domain.text_folding import fold
from workshop.i18n import N_, _

__all__ = ["MARKED_AS", "WHAT_IT_IS", "check_opinion_sources", "opinion_named"]

#: How a message says what a source is marked as.
MARKED_AS: dict[SourceKind, str] = {
    SourceKind.INTERVIEW: N_("an interview"),
    SourceKind.SURVEY: N_("a survey"),
    SourceKind.SUPPORT_TICKET: N_("a support ticket"),
    SourceKind.OBSERVATION: N_("an observation"),
    SourceKind.ANALYTICS: N_("analytics"),
    SourceKind.OTHER: N_("research (kind 'other')"),
    SourceKind.ASSUMPTION: N_("an assumption"),
}


#: The finding, by where the source says it is not research.
_SAYS: dict[str, str] = {
    NAME: N_(
        "'{label}' is marked as {kind} but its name says it is {what}: it counts as "
        "an assumption, not as research."
    ),
    REFERENCE: N_(
        "'{label}' is marked as {kind} but its reference says it is {what}: it counts as "
        "an assumption, not as research."
    ),
    DESCRIPTION: N_(
        "'{label}' is marked as {kind} but its description says it is {what}: it counts "
        "as an assumption, not as research."
    ),
}
_RESPONDENT_SAYS = N_(
    "'{label}' is marked as {kind} but the respondent it speaks for is {what}: it counts "
    "as an assumption, not as research."
)


def check_opinion_sources(
    found: Findings,
    items: Iterable[PersonaItem],
    evidence: Mapping[str, ItemEvidence],
    sources: Mapping[str, Source],
    weak: Severity,
    respondents: Mapping[str, Respondent] | None = None,
    team: frozenset[str] = frozenset(),
) -> None:
    """One finding per source behind ``items`` marked as research (any kind but
    "assumption") whose name, reference, description or respondent says it is the team's
    view or not research at all (``evidence_units.not_research_said``); it counts as an
    assumption."""
    behind: set[str] = set()
    for item in items:
        backing = evidence.get(item.id)
        if backing is not None:
            behind |= {n.source_id for n in backing.notes if n.source_id is not None}
    said: set[tuple[SourceKind, str]] = set()
    for source in sorted(
        (sources[i] for i in behind if i in sources), key=lambda s: (s.label.casefold(), s.id)
    ):
        said_so = not_research_said(source, respondents, team)
        if said_so is None or source.kind is SourceKind.ASSUMPTION:
            continue
        where, what = said_so
        if (source.kind, fold(source.label)) in said:
            continue
        said.add((source.kind, fold(source.label)))
        found.add(
            Rule.OPINION_NAMED,
            weak,
            _(_SAYS.get(where, _RESPONDENT_SAYS)).format(
                label=source.label.strip(),
                kind=_(MARKED_AS[source.kind]),
                what=_(WHAT_IT_IS[what]),
            ),
            _(
                "If it is the team's view, make its kind 'assumption / team opinion'; if it is "
                "research, name it for who was heard and when."
            ),
        )
