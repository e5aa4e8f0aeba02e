"""Respondents that are groups, not people (issue 15, second tester, finding 8).

A respondent labelled "Cohort A", "All users", "Power users" or "Segment B" speaks for a
group: it counts by study, never as people (``evidence_units.is_group``, ``unit_of``), and
the check names each such respondent behind a persona in a ``counted-by-study`` note.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workshop.domain.check_findings import Findings
from workshop.domain.check_report import Rule, Severity
from workshop.domain.evidence_units import is_group
from workshop.domain.item_evidence import ItemEvidence
from workshop.domain.model import PersonaItem, Respondent, Source
from workshop.i18n import _


def check_group_respondents(
    found: Findings,
    items: Iterable[PersonaItem],
    evidence: Mapping[str, ItemEvidence],
    sources: Mapping[str, Source],
    respondents: Mapping[str, Respondent],
) -> None:
    """One note per group respondent behind ``items``' research."""
    groups: dict[str, str] = {}
    for item in items:
        backing = evidence.get(item.id)
        if backing is None:
            continue
        for source in backing.sources:
            respondent = respondents.get(source.respondent_id or "")
            if respondent is not None and is_group(respondent.label):
                groups.setdefault(respondent.label.strip().casefold(), respondent.label.strip())
    for label in sorted(groups.values(), key=str.casefold):
        found.add(
            Rule.COUNTED_BY_STUDY,
            Severity.NOTE,
            _(
                "'{label}' is a group of people, not one respondent: it is counted as one "
                "study, not as people."
            ).format(label=label),
            _(
                "Link the notes of the people in it, each as a respondent of their own, or "
                "keep it as a study."
            ),
        )
