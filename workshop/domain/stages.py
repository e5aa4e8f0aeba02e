"""The workshop's stages: what to do in each, and a checklist computed from the workshop.

A workshop moves Frame → Evidence → Cluster → Draft → Validate → Share, and may jump back
at any time. For each stage the stage panel shows :func:`guide` (a title, a one-line purpose
and a few bullets drawn from shared/customer-persona.txt) and :func:`checklist` (lines such
as "48 notes from 9 respondents, 2 studies (4 kinds of source)", each ticked or not, computed
from a snapshot). Distinct evidence is counted as the evidence check counts it
(:mod:`workshop.domain.item_evidence`): respondents, studies for analytics, never rows or
sources.

Pure domain code: no Qt, no SQL. Text is plain English; the UI passes it on as plain text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from workshop.domain.evidence_check import (
    Severity,
    check_workshop,
    evidence_by_item,
)
from workshop.domain.item_evidence import EvidenceUnit, summarise_notes, units_in_words
from workshop.domain.model import (
    STAGES,
    Decision,
    Note,
    Persona,
    PersonaStatus,
    Section,
    Source,
    Stage,
    WorkshopSnapshot,
)
from workshop.domain.source_identity import same_sources
from workshop.i18n import N_, _, ngettext


@dataclass(frozen=True)
class StageGuide:
    stage: Stage
    title: str
    purpose: str
    guidance: tuple[str, ...]


@dataclass(frozen=True)
class ChecklistLine:
    text: str
    done: bool


GUIDES: dict[Stage, StageGuide] = {
    Stage.FRAME: StageGuide(
        Stage.FRAME,
        N_("Frame the workshop"),
        N_("Agree what the personas are for before anyone looks at the evidence."),
        (
            N_(
                "Name the decisions the personas must inform: onboarding and UX, messaging, "
                "content strategy."
            ),
            N_(
                "Name the product and the segments the personas will humanise; a persona stands "
                "for a meaningful group but does not replace the segment's numbers."
            ),
            N_(
                "Choose the metrics that matter (conversion, activation, retention, expansion): "
                "every persona will be tied to one."
            ),
        ),
    ),
    Stage.EVIDENCE: StageGuide(
        Stage.EVIDENCE,
        N_("Gather the evidence"),
        N_("Put real research on the board, one finding per note."),
        (
            N_(
                "Ground personas in real data: interviews, surveys, support tickets, observed "
                "behaviour."
            ),
            N_("Give every note its source: a note without one is an assumption, not research."),
            N_("Date your sources, so you can tell when the evidence is getting old."),
        ),
    ),
    Stage.CLUSTER: StageGuide(
        Stage.CLUSTER,
        N_("Cluster and vote"),
        N_("Group what the evidence says and find what matters most."),
        (
            N_(
                "Put notes that say the same thing together and name each cluster by what it "
                "tells you."
            ),
            N_(
                "Look for patterns across several respondents: a cluster from one person is a "
                "single anecdote."
            ),
            N_("Dot-vote what matters most: what drives adoption, retention and purchase."),
        ),
    ),
    Stage.DRAFT: StageGuide(
        Stage.DRAFT,
        N_("Draft the personas"),
        N_("Turn clusters into structured personas, every item backed by notes."),
        (
            N_(
                "Keep personas actionable: goals, constraints, buying triggers and decision "
                "criteria."
            ),
            N_("Link every item to the notes or clusters that back it."),
            N_("Leave out fun facts: irrelevant detail creates noise and confuses decisions."),
            N_(
                "Add a success metric and say how the persona moves conversion, retention or "
                "expansion."
            ),
        ),
    ),
    Stage.VALIDATE: StageGuide(
        Stage.VALIDATE,
        N_("Validate against the evidence"),
        N_("Check that every claim is traceable research, not a made-up character."),
        (
            N_(
                "Run the evidence check: every claim traceable, backed by more than one "
                "respondent (or study, for analytics)."
            ),
            N_("Fix or remove unsupported items rather than defending them."),
            N_(
                "A proto-persona may fail the check: keep it labelled as assumption-based until "
                "research backs it."
            ),
        ),
    ),
    Stage.SHARE: StageGuide(
        Stage.SHARE,
        N_("Share and refresh"),
        N_("Hand the personas to the people who make the decisions."),
        (
            N_("Print the posters, and the evidence cards for the next session."),
            N_("Give each persona an owner and a review date."),
            N_(
                "Refresh regularly: new channels and competitors change motivations and "
                "constraints."
            ),
        ),
    ),
}

DECISION_LABELS: dict[str, str] = {
    Decision.ONBOARDING_UX: N_("onboarding/UX"),
    Decision.MESSAGING: N_("messaging"),
    Decision.CONTENT_STRATEGY: N_("content strategy"),
    Decision.OTHER: N_("other"),
}

#: The actionable sections as the checklist says them, in the check's order.
_ACTIONABLE_WORDS: dict[Section, str] = {
    Section.GOAL: N_("goals"),
    Section.CONSTRAINT: N_("constraints"),
    Section.TRIGGER: N_("buying triggers"),
    Section.DECISION_CRITERION: N_("decision criteria"),
}


def guide(stage: Stage) -> StageGuide:
    """The stage's guide in the current language (``workshop.i18n``)."""
    written = GUIDES[stage]
    return StageGuide(
        stage=written.stage,
        title=_(written.title),
        purpose=_(written.purpose),
        guidance=tuple(_(line) for line in written.guidance),
    )


def next_stage(stage: Stage) -> Stage | None:
    index = STAGES.index(stage)
    return STAGES[index + 1] if index + 1 < len(STAGES) else None


def previous_stage(stage: Stage) -> Stage | None:
    index = STAGES.index(stage)
    return STAGES[index - 1] if index > 0 else None


def checklist(
    snapshot: WorkshopSnapshot, today: date, stage: Stage | None = None
) -> list[ChecklistLine]:
    """The checklist of a stage (the workshop's current stage by default)."""
    if stage is None:
        stage = snapshot.workshop.stage
    if stage is Stage.FRAME:
        return _frame(snapshot)
    if stage is Stage.EVIDENCE:
        return _evidence(snapshot)
    if stage is Stage.CLUSTER:
        return _cluster(snapshot)
    if stage is Stage.DRAFT:
        return _draft(snapshot)
    if stage is Stage.VALIDATE:
        return _validate(snapshot, today)
    return _share(snapshot, today)


# --- one function per stage --------------------------------------------------------------


def _frame(snapshot: WorkshopSnapshot) -> list[ChecklistLine]:
    w = snapshot.workshop
    decisions = [
        _(DECISION_LABELS[d]) if d in DECISION_LABELS else d for d in w.decisions if d.strip()
    ]
    metrics = [m.strip() for m in w.metrics if m.strip()]
    return [
        _either(
            bool(w.goal.strip()),
            _("Goal: {goal}").format(goal=_quote(w.goal)),
            _("No goal written yet"),
        ),
        _either(
            bool(decisions),
            _("Decisions to inform: {decisions}").format(decisions=", ".join(decisions)),
            _("No decisions chosen for the personas to inform"),
        ),
        _either(
            bool(w.product.strip()),
            _("Product: {product}").format(product=_quote(w.product)),
            _("No product named yet"),
        ),
        _either(
            bool(w.target_segments.strip()),
            _("Target segments: {segments}").format(segments=_quote(w.target_segments)),
            _("No target segments named yet"),
        ),
        _either(
            bool(metrics),
            _("Metrics that matter: {metrics}").format(metrics=", ".join(metrics)),
            _("No metrics that matter chosen yet"),
        ),
    ]


def _research_sources(snapshot: WorkshopSnapshot) -> dict[str | None, Source]:
    """Sources that are research (never team opinion), by id; counted by identity."""
    return {s.id: s for s in snapshot.sources if s.is_research}


def _distinct_evidence(
    snapshot: WorkshopSnapshot,
) -> Callable[[Sequence[Note]], tuple[EvidenceUnit, ...]]:
    """The distinct respondents, studies (analytics) and sources behind some notes, counted
    as the evidence check counts them: two sources of one respondent are one."""
    sources = snapshot.source_by_id()
    respondents = snapshot.respondent_by_id()
    studies = snapshot.study_by_id()
    standing = same_sources(snapshot.sources)

    def units(notes: Sequence[Note]) -> tuple[EvidenceUnit, ...]:
        return summarise_notes(notes, sources, respondents, studies, standing).units

    return units


def _evidence(snapshot: WorkshopSnapshot) -> list[ChecklistLine]:
    settings = snapshot.workshop.check_settings
    notes = snapshot.notes
    if not notes:
        return [ChecklistLine(_("No notes on the board yet"), False)]
    research = _research_sources(snapshot)
    units = _distinct_evidence(snapshot)(notes)
    kinds = {research[n.source_id].kind for n in notes if n.source_id in research}
    said_notes = _count(ngettext("{count} note", "{count} notes", len(notes)), len(notes))
    if units:
        text = _("{notes} from {evidence} ({kinds})").format(
            notes=said_notes,
            evidence=units_in_words(units),
            kinds=_count(
                ngettext("{count} kind of source", "{count} kinds of source", len(kinds)),
                len(kinds),
            ),
        )
    else:
        text = _count(
            ngettext(
                "{count} note, not from research", "{count} notes, none from research", len(notes)
            ),
            len(notes),
        )
    lines = [ChecklistLine(text, len(units) >= settings.min_sources)]
    assumptions = sum(1 for n in notes if n.is_assumption)
    opinions = sum(1 for n in notes if n.source_id is not None and n.source_id not in research)
    lines.append(
        _either(
            assumptions == 0,
            _("Every note has a source"),
            _count(
                ngettext(
                    "{count} note with no source (assumptions)",
                    "{count} notes with no source (assumptions)",
                    assumptions,
                ),
                assumptions,
            ),
        )
    )
    if opinions:
        lines.append(
            ChecklistLine(
                _count(
                    ngettext(
                        "{count} note of team opinion (assumptions, not research)",
                        "{count} notes of team opinion (assumptions, not research)",
                        opinions,
                    ),
                    opinions,
                ),
                False,
            )
        )
    if snapshot.sources:
        undated = sum(1 for s in snapshot.sources if s.date is None)
        lines.append(
            _either(
                undated == 0,
                _("Every source has a date"),
                _count(
                    ngettext(
                        "{count} source with no date", "{count} sources with no date", undated
                    ),
                    undated,
                ),
            )
        )
    return lines


def _cluster(snapshot: WorkshopSnapshot) -> list[ChecklistLine]:
    settings = snapshot.workshop.check_settings
    lines = [
        _either(
            bool(snapshot.clusters),
            _count(
                ngettext("{count} cluster", "{count} clusters", len(snapshot.clusters)),
                len(snapshot.clusters),
            ),
            _("No clusters yet"),
        )
    ]
    if snapshot.notes:
        loose = sum(1 for n in snapshot.notes if n.cluster_id is None)
        lines.append(
            _either(
                loose == 0,
                _("Every note is in a cluster"),
                _count(
                    ngettext(
                        "{count} note not in any cluster", "{count} notes not in any cluster", loose
                    ),
                    loose,
                ),
            )
        )
    if snapshot.clusters:
        notes_of: dict[str, list[Note]] = defaultdict(list)
        for note in snapshot.notes:
            if note.cluster_id:
                notes_of[note.cluster_id].append(note)
        units = _distinct_evidence(snapshot)
        thin = sum(
            1 for c in snapshot.clusters if len(units(notes_of[c.id])) < settings.min_sources
        )
        lines.append(
            _either(
                thin == 0,
                _(
                    "Every cluster draws on {count} or more distinct respondents "
                    "(or studies, for analytics)"
                ).format(count=settings.min_sources),
                _count(
                    ngettext(
                        "{count} cluster with notes from fewer than {sources} distinct "
                        "respondents (or studies, for analytics)",
                        "{count} clusters with notes from fewer than {sources} distinct "
                        "respondents (or studies, for analytics)",
                        thin,
                    ),
                    thin,
                    sources=settings.min_sources,
                ),
            )
        )
    if not snapshot.vote_rounds:
        lines.append(ChecklistLine(_("No dot-voting round yet"), False))
    for round_ in snapshot.vote_rounds:
        cast = sum(1 for v in snapshot.votes if v.round_id == round_.id)
        if snapshot.participants:
            available = round_.votes_per_participant * len(snapshot.participants)
            counted = _("{cast} of {available} votes cast").format(cast=cast, available=available)
        else:
            counted = _count(ngettext("{count} vote cast", "{count} votes cast", cast), cast)
        state = _("open") if round_.is_open else _("ended")
        vote = _("Vote {name}: {counted}, {state}").format(
            name=_quote(round_.name), counted=counted, state=state
        )
        lines.append(ChecklistLine(vote, not round_.is_open))
    return lines


def _draft(snapshot: WorkshopSnapshot) -> list[ChecklistLine]:
    personas = _active(snapshot.personas)
    if not personas:
        return [ChecklistLine(_("No persona yet"), False)]
    evidence = evidence_by_item(snapshot)
    drafted = _count(
        ngettext("{count} persona drafted", "{count} personas drafted", len(personas)),
        len(personas),
    )
    lines = [ChecklistLine(drafted, True)]
    for persona in personas:
        items = snapshot.items_of(persona.id)
        linked = sum(1 for i in items if evidence.get(i.id) and evidence[i.id].notes)
        lines.append(
            ChecklistLine(
                _count(
                    ngettext(
                        "{persona}: {linked} of {count} item linked to evidence",
                        "{persona}: {linked} of {count} items linked to evidence",
                        len(items),
                    ),
                    len(items),
                    persona=_name(persona),
                    linked=linked,
                ),
                bool(items) and linked == len(items),
            )
        )
        present = {i.section for i in items}
        missing = [_(word) for s, word in _ACTIONABLE_WORDS.items() if s not in present]
        if Section.SUCCESS_METRIC not in present:
            missing.append(_("success metric"))
        if Section.METRIC_LINK not in present:
            missing.append(_("linked metric"))
        lines.append(
            _either(
                not missing,
                _("{persona}: goals, constraints, triggers, criteria and metrics in place").format(
                    persona=_name(persona)
                ),
                _("{persona}: no {missing} yet").format(
                    persona=_name(persona), missing=", ".join(missing)
                ),
            )
        )
    return lines


def _validate(snapshot: WorkshopSnapshot, today: date) -> list[ChecklistLine]:
    reports = check_workshop(snapshot, today=today)
    if not reports:
        return [ChecklistLine(_("No persona to check yet"), False)]
    names = {p.id: p for p in snapshot.personas}
    lines = []
    for report in reports:
        errors = report.count(Severity.ERROR)
        findings = errors + report.count(Severity.WARNING)
        if findings == 0:
            result = _("passes the check")
        else:
            result = _count(ngettext("{count} finding", "{count} findings", findings), findings)
            if errors:
                result += (
                    " (" + _count(ngettext("{count} error", "{count} errors", errors), errors) + ")"
                )
        text = _("{persona}: {result}, {score}% well evidenced").format(
            persona=_name(names[report.persona_id]), result=result, score=round(report.score * 100)
        )
        lines.append(ChecklistLine(text, findings == 0))
    validated = sum(1 for r in reports if names[r.persona_id].status is PersonaStatus.VALIDATED)
    lines.append(
        ChecklistLine(
            _count(
                ngettext(
                    "{validated} of {count} persona marked validated",
                    "{validated} of {count} personas marked validated",
                    len(reports),
                ),
                len(reports),
                validated=validated,
            ),
            validated == len(reports),
        )
    )
    return lines


def _share(snapshot: WorkshopSnapshot, today: date) -> list[ChecklistLine]:
    w = snapshot.workshop
    lines = [
        _either(
            bool(w.goal.strip() and w.product.strip()),
            _("Poster footer: goal and product from the Frame stage"),
            _("Poster footer: frame the goal and product first"),
        )
    ]
    reports = {r.persona_id: r for r in check_workshop(snapshot, today=today)}
    personas = _active(snapshot.personas)
    if not personas:
        lines.append(ChecklistLine(_("No persona to share yet"), False))
    for persona in personas:
        passes = reports[persona.id].passes
        if persona.status is not PersonaStatus.VALIDATED:
            text = _("{persona}: not marked validated yet").format(persona=_name(persona))
            lines.append(ChecklistLine(text, False))
        elif not passes:
            text = _("{persona}: marked validated but fails the check").format(
                persona=_name(persona)
            )
            lines.append(ChecklistLine(text, False))
        else:
            text = _("{persona}: validated, ready to share").format(persona=_name(persona))
            lines.append(ChecklistLine(text, True))
        missing = [
            word
            for word, value in (
                (_("archetype"), persona.archetype),
                (_("quote"), persona.quote),
                (_("owner"), persona.owner),
            )
            if not value.strip()
        ]
        if persona.last_reviewed is None:
            missing.append(_("review date"))
        lines.append(
            _either(
                not missing,
                _("{persona}: archetype, quote, owner and review date set").format(
                    persona=_name(persona)
                ),
                _("{persona}: no {missing} yet").format(
                    persona=_name(persona), missing=", ".join(missing)
                ),
            )
        )
    return lines


# --- helpers -----------------------------------------------------------------------------


def _active(personas: Iterable[Persona]) -> list[Persona]:
    kept = (p for p in personas if p.status is not PersonaStatus.RETIRED)
    return sorted(kept, key=lambda p: (p.position, p.name.casefold(), p.id))


def _name(persona: Persona) -> str:
    if persona.is_proto:
        return _("Proto-persona {name} (assumption-based)").format(name=_quote(persona.name))
    return _("Persona {name}").format(name=_quote(persona.name))


def _either(done: bool, done_text: str, todo_text: str) -> ChecklistLine:
    return ChecklistLine(done_text if done else todo_text, done)


def _quote(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return _("'{text}'").format(text=text)  # the language's quotation marks


def _count(text: str, count: int, **fields: object) -> str:
    """``text`` (the ``ngettext`` form for ``count``) with ``{count}`` and ``fields`` filled in."""
    return text.format(count=count, **fields)
