"""The evidence check: is every claim of a persona traceable to research?

Pure domain code over a :class:`~workshop.domain.model.WorkshopSnapshot`. It runs live in the
persona editor, in the Validate stage and from the CLI (``persona-workshop check``). Each rule
comes from the domain reference (shared/customer-persona.txt) and judges like a sceptical
researcher; thresholds are the workshop's :class:`~workshop.domain.model.CheckSettings`, within
their documented bounds (``CHECK_BOUNDS``).

What counts as research (:mod:`workshop.domain.item_evidence`,
:mod:`workshop.domain.evidence_units`): notes from a source of a research kind whose name
does not say it is the team's view. Notes with no source, from an "assumption / team
opinion" source, from an "other" source that does not say what it is (no reference, no
description), or from a source named as the team's view ("CEO's opinion" marked as an
interview: :mod:`workshop.domain.opinion_labels`) are assumptions, however many there are.
Distinct evidence is counted by respondent, never by rows or sources, and never
over-counted: respondents by their label folded (two rows "Ana Lima" are one person, as
are "Zoë" typed two ways), tickets by the customer they come from, sources that speak for
no one person (analytics) by study, a source with neither by its folded label
(:class:`~workshop.domain.item_evidence.EvidenceUnit`).

Rules (the ``rule`` id of a finding is stable; it is part of the JSON output):

``grounded`` (error)
    An item with no research behind it is unsupported: no evidence, or only assumptions.
    For a linked metric this is a note (its baseline should come from data), and "other"
    items fall under ``noise-irrelevant``.
``single-anecdote`` (warning; error for a validated persona)
    A goal, pain point, constraint, buying trigger or decision criterion backed by fewer than
    ``min_sources`` distinct respondents (studies for analytics; sources with neither).
``actionable`` (error)
    Goals, constraints, buying triggers and decision criteria must not be empty. An item
    that says nothing ("   ", ".", "TBD": :mod:`workshop.domain.placeholders`) is a warning
    and counts as missing; placeholders are no baseline, target or description either.
``metrics`` (error; warning for a linked metric without a kind)
    A measurable success metric (a quantity, a unit or time frame, a direction:
    :mod:`workshop.domain.metric_wording`; a date or a year is a time frame, not the
    quantity) and at least one linked metric, each linked metric with a baseline or a
    target that is a value (a number, with or without a unit, "%" or a date: "38%", "0";
    not "higher", "Increase", "Q3 2026" or a placeholder).
``fresh`` (warning; error for a validated persona)
    Claim by claim: the newest research behind an item is older than ``max_age_days``, has
    no date, or is dated after the day of the check. For the persona: last reviewed longer
    ago than ``max_age_days``, or never (a note for a draft).
``noise-irrelevant`` (warning)
    An item in "other details" with no research evidence is irrelevant detail.
``noise-too-many`` (warning)
    A section with more than ``max_items_per_section`` items.
``segment`` (note)
    No segment named, or a segment size with no word on where the number comes from.
``assumption-based`` (note)
    Every proto-persona carries it: it is built on assumptions and is allowed to fail.
``thresholds`` (warning)
    The workshop's thresholds hold a value outside their bounds; the default was used.
``counted-by-study`` (note)
    A key claim reaches ``min_sources`` only by counting analytics studies: the report says
    that studies, not people, were counted for it (two studies are two, but they speak for
    no one person).
``opinion-named`` (warning; error for a validated persona)
    A research source behind the persona whose name says it is the team's opinion ("CEO's
    opinion", "Team brainstorm" marked as an interview): :mod:`workshop.domain.opinion_sources`.

Severity: ``error`` means the persona cannot yet be trusted as a research artifact,
``warning`` weakens it, ``note`` is for information. A persona *passes* when it has no error:
a validated persona therefore passes only when no key claim is a single anecdote and its
evidence is fresh. It is *blocking* when it fails and is not a proto-persona (the CLI exits
1 if any report is blocking; see :func:`has_errors`).

The evidence behind each item comes from :mod:`workshop.domain.item_evidence` (re-exported
here: ``item_evidence``, ``evidence_by_item``, ``ItemEvidence``).

The score of a persona is the share of its items that are well evidenced: at least
``min_sources`` distinct respondents, studies or sources (as above) for the sections where a
single anecdote is flagged, at least one elsewhere.

The findings and reports, and their JSON and text forms, are in
:mod:`workshop.domain.check_report` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from workshop.domain.check_findings import Findings, item_label
from workshop.domain.check_report import (
    Finding,
    PersonaReport,
    Rule,
    Severity,
    has_errors,
    thresholds_line,
    to_json,
    to_text,
)
from workshop.domain.evidence_units import team_names
from workshop.domain.freshness_rules import (
    check_claim_age,
    check_fresh_anecdote,
    check_reviewed,
)
from workshop.domain.group_respondents import check_group_respondents
from workshop.domain.item_evidence import (
    NO_EVIDENCE,
    RESPONDENT,
    STUDY,
    EvidenceUnit,
    ItemEvidence,
    evidence_by_item,
    item_evidence,
)
from workshop.domain.metric_checks import check_metrics
from workshop.domain.model import (
    CHECK_BOUNDS,
    CheckSettings,
    Persona,
    PersonaItem,
    PersonaStatus,
    Section,
    SourceKind,
    WorkshopSnapshot,
)
from workshop.domain.opinion_sources import check_opinion_sources, opinion_named
from workshop.domain.placeholders import has_content, is_placeholder
from workshop.errors import WorkshopError
from workshop.i18n import N_, _, ngettext

__all__ = [
    "ANECDOTE_SECTIONS",
    "NO_EVIDENCE",
    "Finding",
    "ItemEvidence",
    "PersonaNotFound",
    "PersonaReport",
    "Rule",
    "Severity",
    "check_persona",
    "check_workshop",
    "evidence_by_item",
    "has_errors",
    "item_evidence",
    "thresholds_line",
    "to_json",
    "to_text",
]


#: Sections in which an item backed by fewer than ``min_sources`` sources is an anecdote.
ANECDOTE_SECTIONS: frozenset[Section] = frozenset(
    {
        Section.GOAL,
        Section.PAIN_POINT,
        Section.CONSTRAINT,
        Section.TRIGGER,
        Section.DECISION_CRITERION,
    }
)

#: Sections that make a persona actionable, with what to say when one is empty.
ACTIONABLE_SECTIONS: dict[Section, tuple[str, str]] = {
    Section.GOAL: (
        N_("No goals yet: the persona does not say what they are trying to achieve."),
        N_("Add the goals your research shows, each as a short statement."),
    ),
    Section.CONSTRAINT: (
        N_("No constraints yet: the persona does not say what holds them back."),
        N_("Add the constraints (time, money, skills, rules) your research shows."),
    ),
    Section.TRIGGER: (
        N_("No buying triggers yet: the persona does not say what makes them act."),
        N_("Add the events that make them look for a solution."),
    ),
    Section.DECISION_CRITERION: (
        N_("No decision criteria yet: the persona does not say how they choose."),
        N_("Add what they weigh when they choose (price, effort, trust, fit)."),
    ),
}


class PersonaNotFound(WorkshopError):
    """The persona asked for is not in the workshop."""


def check_workshop(
    snapshot: WorkshopSnapshot,
    *,
    today: date,
    persona_name: str | None = None,
    settings: CheckSettings | None = None,
) -> list[PersonaReport]:
    """Check every persona that is not retired (or only the one named, retired or not)."""
    if persona_name is not None:
        persona = snapshot.persona_named(persona_name)
        if persona is None:
            names = ", ".join(f"'{p.name}'" for p in _in_order(snapshot.personas))
            raise PersonaNotFound(
                _(
                    "There is no persona called '{name}' in this workshop (personas: {names})."
                ).format(name=persona_name.strip(), names=names or _("none yet"))
            )
        chosen = [persona]
    else:
        chosen = [p for p in _in_order(snapshot.personas) if p.status is not PersonaStatus.RETIRED]
    evidence = evidence_by_item(snapshot)
    return [
        check_persona(snapshot, p.id, today=today, settings=settings, evidence=evidence)
        for p in chosen
    ]


def check_persona(
    snapshot: WorkshopSnapshot,
    persona_id: str,
    *,
    today: date,
    settings: CheckSettings | None = None,
    evidence: Mapping[str, ItemEvidence] | None = None,
) -> PersonaReport:
    """Check one persona. Pass ``evidence=evidence_by_item(snapshot)`` when checking many."""
    persona = next((p for p in snapshot.personas if p.id == persona_id), None)
    if persona is None:
        raise PersonaNotFound(_("That persona is no longer in this workshop."))
    found = Findings(persona.id)
    if settings is None:
        settings = snapshot.workshop.check_settings
        _check_thresholds(found, snapshot.workshop.ignored_check_settings, settings)
    if evidence is None:
        evidence = evidence_by_item(snapshot)
    items = _with_content(found, snapshot.items_of(persona_id))
    validated = persona.status is PersonaStatus.VALIDATED
    weak = Severity.ERROR if validated else Severity.WARNING
    if persona.is_proto:
        found.add(
            Rule.ASSUMPTION_BASED,
            Severity.NOTE,
            _("Proto-persona: built on assumptions, not research. It may fail the check."),
            _("Test each assumption with interviews or data, then start a research-based persona."),
        )
    _check_actionable(found, items)
    check_metrics(found, items)
    well = 0
    for item in items:
        backing = evidence.get(item.id, NO_EVIDENCE)
        well += _is_well_evidenced(item, backing, settings)
        _check_item(found, item, backing, settings, weak)
    _check_section_sizes(found, items, settings)
    check_opinion_sources(
        found,
        items,
        evidence,
        snapshot.source_by_id(),
        weak,
        snapshot.respondent_by_id(),
        team_names(snapshot.participants),
    )
    check_group_respondents(
        found, items, evidence, snapshot.source_by_id(), snapshot.respondent_by_id()
    )
    check_reviewed(found, persona, today, settings, weak)
    for item in items:
        check_claim_age(found, item, evidence.get(item.id, NO_EVIDENCE), today, settings, weak)
        if item.section in ANECDOTE_SECTIONS:
            backing = evidence.get(item.id, NO_EVIDENCE)
            check_fresh_anecdote(found, item, backing, today, settings, weak)
    _check_segment(found, persona)
    return PersonaReport(
        persona_id=persona.id,
        persona_name=persona.name,
        assumption_based=persona.is_proto,
        findings=found.sorted(),
        items_total=len(items),
        items_well_evidenced=well,
        checked_on=today,
        settings=settings,
    )


def _with_content(found: Findings, items: list[PersonaItem]) -> list[PersonaItem]:
    """The items that say something; each that does not ("   ", ".", "TBD", "?") is a
    finding and counts as missing (a goal "." is no goal)."""
    kept = []
    for item in items:
        if has_content(item.text):
            kept.append(item)
            continue
        found.add(
            Rule.ACTIONABLE,
            Severity.WARNING,
            _(
                "{item} says nothing (no words, or a placeholder such as 'TBD'): the check "
                "counts it as missing."
            ).format(item=item_label(item)),
            _("Write what your research shows, or remove the item."),
            item=item,
        )
    return kept


def _is_well_evidenced(item: PersonaItem, backing: ItemEvidence, settings: CheckSettings) -> bool:
    needed = settings.min_sources if item.section in ANECDOTE_SECTIONS else 1
    return len(backing.units) >= needed


def _check_actionable(found: Findings, items: list[PersonaItem]) -> None:
    present = {i.section for i in items}
    for section, (message, fix) in ACTIONABLE_SECTIONS.items():
        if section not in present:
            found.add(Rule.ACTIONABLE, Severity.ERROR, _(message), _(fix), section=section)


def _check_item(
    found: Findings,
    item: PersonaItem,
    backing: ItemEvidence,
    settings: CheckSettings,
    weak: Severity,
) -> None:
    label = item_label(item)
    if item.section is Section.OTHER:
        if not backing.is_grounded:
            found.add(
                Rule.NOISE_IRRELEVANT,
                Severity.WARNING,
                _("{item} has no research behind it: it may be irrelevant detail.").format(
                    item=label
                ),
                _(
                    "Keep only details that change a decision: link the evidence that shows it "
                    "matters, or remove it."
                ),
                item=item,
            )
        return
    if not backing.is_grounded:
        severity = Severity.NOTE if item.section is Section.METRIC_LINK else Severity.ERROR
        if backing.notes:
            message = _("{item} rests only on assumptions ({assumptions}).").format(
                item=label, assumptions=_assumptions(backing)
            )
            fix = _(
                "Link research notes (interviews, surveys, support tickets, observations, "
                "analytics) that back it; the team's opinion does not count, however often "
                "it is written down."
            )
        else:
            message = _("{item} has no evidence.").format(item=label)
            fix = _(
                "Drag the notes or the cluster that support it onto the item, or remove it if "
                "the research does not back it."
            )
        found.add(Rule.GROUNDED, severity, message, fix, item=item)
        return
    count = len(backing.units)
    if item.section in ANECDOTE_SECTIONS and count < settings.min_sources:
        found.add(
            Rule.SINGLE_ANECDOTE,
            weak,
            _("{item} is backed by only {evidence}: it may be a single anecdote.").format(
                item=label, evidence=describe_units(backing.units)
            ),
            _(
                "Find at least {count} distinct respondents (or studies, for analytics) that "
                "say the same, or leave it out until you do."
            ).format(count=settings.min_sources),
            item=item,
        )
    elif item.section in ANECDOTE_SECTIONS and _people(backing.units) < settings.min_sources:
        studies = tuple(u for u in backing.units if u.kind == STUDY)
        found.add(
            Rule.COUNTED_BY_STUDY,
            Severity.NOTE,
            _(
                "{item} has {count} distinct pieces of evidence only by counting studies, not "
                "people: {studies}. Analytics speak for no one person."
            ).format(item=label, count=count, studies=describe_units(studies)),
            _(
                "That may be enough; to know whether people say it too, back it with "
                "interviews, surveys or tickets from more respondents."
            ),
            item=item,
        )


def _people(units: tuple[EvidenceUnit, ...]) -> int:
    """The units that are people (respondents, and sources that name neither)."""
    return sum(1 for u in units if u.kind != STUDY)


#: How a number of units of each kind is said (a plural message for the number).
_UNIT_WORDS: dict[str, Callable[[int], str]] = {
    RESPONDENT: lambda n: ngettext(
        "{count} respondent ({names})", "{count} respondents ({names})", n
    ),
    STUDY: lambda n: ngettext("{count} study ({names})", "{count} studies ({names})", n),
}


def _source_words(n: int) -> str:
    return ngettext("{count} distinct source ({names})", "{count} distinct sources ({names})", n)


def describe_units(units: tuple[EvidenceUnit, ...]) -> str:
    """The distinct evidence in words, by kind: "1 respondent ('Priya Nair', behind 2
    sources)", "1 distinct source ('R1'; entered 2 times, counted once)"."""
    parts = []
    for kind in (RESPONDENT, STUDY, "source"):
        of_kind = [u for u in units if u.kind == kind]
        if not of_kind:
            continue
        names = ", ".join(_unit_name(u) for u in of_kind)
        words = _UNIT_WORDS.get(kind, _source_words)(len(of_kind))
        parts.append(words.format(count=len(of_kind), names=names))
    return (
        _("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])
        if len(parts) > 1
        else "".join(parts)
    )


def _unit_name(unit: EvidenceUnit) -> str:
    behind = len(unit.sources)
    if behind == 1:
        return f"'{unit.label}'"
    if unit.kind == "source" and unit.one_source:  # one source entered several times
        return _("'{label}'; entered {count} times, counted once").format(
            label=unit.label, count=behind
        )
    return _("'{label}', behind {count} sources").format(label=unit.label, count=behind)


def _check_section_sizes(
    found: Findings, items: list[PersonaItem], settings: CheckSettings
) -> None:
    sizes: dict[Section, int] = {}
    for item in items:
        sizes[item.section] = sizes.get(item.section, 0) + 1
    for section, size in sizes.items():
        if size > settings.max_items_per_section:
            found.add(
                Rule.NOISE_TOO_MANY,
                Severity.WARNING,
                _(
                    "{section} has {count} items (at most {most}): more detail is not always "
                    "better."
                ).format(section=section.label, count=size, most=settings.max_items_per_section),
                _("Merge items that overlap and drop those that do not change a decision."),
                section=section,
            )


def _check_thresholds(found: Findings, problems: list[str], used: CheckSettings) -> None:
    for problem in problems:
        found.add(
            Rule.THRESHOLDS,
            Severity.WARNING,
            _(
                "The workshop's check thresholds are not usable: {problem}. The check used {used}."
            ).format(problem=problem, used=thresholds_line(used)),
            _("Set the thresholds again in the evidence check panel, within {bounds}.").format(
                bounds=", ".join(f"{n} {lo}–{hi}" for n, (lo, hi) in CHECK_BOUNDS.items())
            ),
        )


def _check_segment(found: Findings, persona: Persona) -> None:
    if is_placeholder(persona.segment_name):
        found.add(
            Rule.SEGMENT,
            Severity.NOTE,
            _("No segment named: a persona humanises a segment but does not replace it."),
            _("Name the segment it stands for, with a size estimate if you have one."),
        )
    elif has_content(persona.segment_size) and is_placeholder(persona.segment_size_source):
        found.add(
            Rule.SEGMENT,
            Severity.NOTE,
            _("The segment size '{size}' does not say where it comes from.").format(
                size=persona.segment_size.strip()
            ),
            _("Add the source of the number (analytics, market study, CRM export)."),
        )


def _in_order(personas: Iterable[Persona]) -> list[Persona]:
    return sorted(personas, key=lambda p: (p.position, p.name.casefold(), p.id))


def _assumptions(backing: ItemEvidence) -> str:
    parts = []
    unsourced = sum(1 for n in backing.notes if n.source_id is None)
    if unsourced:
        parts.append(
            ngettext(
                "{count} note with no source", "{count} notes with no source", unsourced
            ).format(count=unsourced)
        )
    opinion = [
        s
        for s in backing.opinion_sources
        if s.kind is SourceKind.ASSUMPTION or s.is_research or opinion_named(s.label) is not None
    ]
    if opinion:
        names = ", ".join(f"'{s.label}'" for s in opinion)
        parts.append(_("the team's opinion: {names}").format(names=names))
    vague = [s for s in backing.opinion_sources if s not in opinion]
    if vague:
        names = ", ".join(f"'{s.label}'" for s in vague)
        parts.append(
            _("'other' sources that do not say what they are: {names}").format(names=names)
        )
    return "; ".join(parts) or _("no research")
