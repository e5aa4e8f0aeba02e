"""The freshness rules of the evidence check (rule ``fresh``).

The age of a claim is the age of its own newest research, claim by claim: one recent note
elsewhere does not make an old claim new. Evidence with no date cannot be shown fresh, and
evidence dated after the day of the check is not taken as fresh either. The persona itself
must have been reviewed within ``max_age_days``. A claim that needs several respondents
needs that many whose own evidence for it is fresh and dated (``check_fresh_anecdote``):
one fresh respondent beside a stale or undated one is a single fresh anecdote. ``weak`` is
the severity of a weakness: a warning for a draft, an error for a validated persona.
"""

from __future__ import annotations

from datetime import date

from workshop.domain.check_findings import Findings, item_label
from workshop.domain.check_report import Rule, Severity
from workshop.domain.item_evidence import EvidenceUnit, ItemEvidence
from workshop.domain.model import CheckSettings, Persona, PersonaItem, PersonaStatus
from workshop.i18n import _, ngettext


def check_reviewed(
    found: Findings, persona: Persona, today: date, settings: CheckSettings, weak: Severity
) -> None:
    limit = settings.max_age_days
    reviewed = persona.last_reviewed
    if reviewed is None:
        validated = persona.status is PersonaStatus.VALIDATED
        found.add(
            Rule.FRESH,
            weak if validated else Severity.NOTE,
            _("Never reviewed: no 'last reviewed' date is set, yet it is marked validated.")
            if validated
            else _("Never reviewed: no 'last reviewed' date is set."),
            _("When you have checked it against recent research, set the date and an owner."),
        )
    elif reviewed > today:
        found.add(
            Rule.FRESH,
            weak,
            _("Last reviewed on {date}, a day that has not come yet.").format(
                date=reviewed.isoformat()
            ),
            _("Set the date on which it was really reviewed."),
        )
    elif (today - reviewed).days > limit:
        found.add(
            Rule.FRESH,
            weak,
            _("Last reviewed on {date}, {days} days ago (limit {limit} days).").format(
                date=reviewed.isoformat(), days=(today - reviewed).days, limit=limit
            ),
            _(
                "Review it against recent research (new channels and competitors change "
                "motivations and constraints), then update the date."
            ),
        )


def check_claim_age(
    found: Findings,
    item: PersonaItem,
    backing: ItemEvidence,
    today: date,
    settings: CheckSettings,
    weak: Severity,
) -> None:
    """The age of a claim is the age of its own newest research, claim by claim."""
    if not backing.is_grounded:
        return
    label = item_label(item)
    newest = backing.newest_date
    limit = settings.max_age_days
    if newest is None:
        names = ", ".join(f"'{s.label}'" for s in backing.sources)
        found.add(
            Rule.FRESH,
            weak,
            _("{item} rests on undated evidence ({names}): nobody can tell how old it is.").format(
                item=label, names=names
            ),
            _("Give those sources the date the research was done."),
            item=item,
        )
    elif newest > today:
        found.add(
            Rule.FRESH,
            weak,
            _("{item} rests on evidence dated {date}, a day that has not come yet.").format(
                item=label, date=newest.isoformat()
            ),
            _("Correct the date of its sources."),
            item=item,
        )
    elif (today - newest).days > limit:
        found.add(
            Rule.FRESH,
            weak,
            _(
                "{item} rests on evidence from {date} at the newest, {days} days ago "
                "(limit {limit} days)."
            ).format(item=label, date=newest.isoformat(), days=(today - newest).days, limit=limit),
            _(
                "Gather fresh evidence for it (a few new interviews, recent support tickets) and "
                "link it, or leave it out."
            ),
            item=item,
        )


def is_fresh(unit: EvidenceUnit, today: date, limit: int) -> bool:
    """Whether any of the unit's sources is dated, not after ``today``, and within ``limit``
    days of it."""
    return any(
        s.date is not None and s.date <= today and (today - s.date).days <= limit
        for s in unit.sources
    )


def check_fresh_anecdote(
    found: Findings,
    item: PersonaItem,
    backing: ItemEvidence,
    today: date,
    settings: CheckSettings,
    weak: Severity,
) -> None:
    """ "Not a single anecdote" counts only respondents (or studies) whose evidence for this
    claim is fresh and dated: enough of them in all but fewer fresh ones (at least one, else
    ``check_claim_age`` says the claim is stale) is a single fresh anecdote."""
    needed = settings.min_sources
    if len(backing.units) < needed:
        return  # the single-anecdote finding says it already
    fresh = [u for u in backing.units if is_fresh(u, today, settings.max_age_days)]
    if not fresh or len(fresh) >= needed:
        return
    old = [u for u in backing.units if u not in fresh]
    found.add(
        Rule.SINGLE_ANECDOTE,
        weak,
        ngettext(
            "{item} has fresh, dated evidence from only {count} respondent ({fresh}); the "
            "rest is stale or undated ({old}): it may be a single fresh anecdote.",
            "{item} has fresh, dated evidence from only {count} respondents ({fresh}); the "
            "rest is stale or undated ({old}): it may be a single fresh anecdote.",
            len(fresh),
        ).format(
            item=item_label(item),
            count=len(fresh),
            fresh=", ".join(f"'{u.label}'" for u in fresh),
            old=", ".join(f"'{u.label}'" for u in old),
        ),
        _(
            "Find at least {count} respondents heard within the last {days} days who say the "
            "same, or date the evidence you have."
        ).format(count=needed, days=settings.max_age_days),
        item=item,
    )
