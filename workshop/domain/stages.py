"""The workshop's stages: what to do in each, and a checklist computed from the workshop.

A workshop moves Frame → Evidence → Cluster → Draft → Validate → Share, and may jump back
at any time. For each stage the stage panel shows :func:`guide` (a title, a one-line purpose
and a few bullets drawn from shared/customer-persona.txt) and :func:`checklist` (lines such
as "48 notes from 12 sources, 3 kinds", each ticked or not, computed from a snapshot).

Pure domain code: no Qt, no SQL. Text is plain English; the UI passes it on as plain text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from workshop.domain.evidence_check import (
    Severity,
    check_workshop,
    evidence_by_item,
)
from workshop.domain.model import (
    STAGES,
    Decision,
    Persona,
    PersonaStatus,
    Section,
    Source,
    Stage,
    WorkshopSnapshot,
)


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
        "Frame the workshop",
        "Agree what the personas are for before anyone looks at the evidence.",
        (
            "Name the decisions the personas must inform: onboarding and UX, messaging, "
            "content strategy.",
            "Name the product and the segments the personas will humanise; a persona stands "
            "for a meaningful group but does not replace the segment's numbers.",
            "Choose the metrics that matter (conversion, activation, retention, expansion): "
            "every persona will be tied to one.",
        ),
    ),
    Stage.EVIDENCE: StageGuide(
        Stage.EVIDENCE,
        "Gather the evidence",
        "Put real research on the board, one finding per note.",
        (
            "Ground personas in real data: interviews, surveys, support tickets, observed "
            "behaviour.",
            "Give every note its source: a note without one is an assumption, not research.",
            "Date your sources, so you can tell when the evidence is getting old.",
        ),
    ),
    Stage.CLUSTER: StageGuide(
        Stage.CLUSTER,
        "Cluster and vote",
        "Group what the evidence says and find what matters most.",
        (
            "Put notes that say the same thing together and name each cluster by what it "
            "tells you.",
            "Look for patterns across several sources: a cluster from one interview is a "
            "single anecdote.",
            "Dot-vote what matters most: what drives adoption, retention and purchase.",
        ),
    ),
    Stage.DRAFT: StageGuide(
        Stage.DRAFT,
        "Draft the personas",
        "Turn clusters into structured personas, every item backed by notes.",
        (
            "Keep personas actionable: goals, constraints, buying triggers and decision criteria.",
            "Link every item to the notes or clusters that back it.",
            "Leave out fun facts: irrelevant detail creates noise and confuses decisions.",
            "Add a success metric and say how the persona moves conversion, retention or "
            "expansion.",
        ),
    ),
    Stage.VALIDATE: StageGuide(
        Stage.VALIDATE,
        "Validate against the evidence",
        "Check that every claim is traceable research, not a made-up character.",
        (
            "Run the evidence check: every claim traceable, backed by more than one source.",
            "Fix or remove unsupported items rather than defending them.",
            "A proto-persona may fail the check: keep it labelled as assumption-based until "
            "research backs it.",
        ),
    ),
    Stage.SHARE: StageGuide(
        Stage.SHARE,
        "Share and refresh",
        "Hand the personas to the people who make the decisions.",
        (
            "Print the posters, and the evidence cards for the next session.",
            "Give each persona an owner and a review date.",
            "Refresh regularly: new channels and competitors change motivations and constraints.",
        ),
    ),
}

DECISION_LABELS: dict[str, str] = {
    Decision.ONBOARDING_UX: "onboarding/UX",
    Decision.MESSAGING: "messaging",
    Decision.CONTENT_STRATEGY: "content strategy",
    Decision.OTHER: "other",
}

#: The actionable sections as the checklist says them, in the check's order.
_ACTIONABLE_WORDS: dict[Section, str] = {
    Section.GOAL: "goals",
    Section.CONSTRAINT: "constraints",
    Section.TRIGGER: "buying triggers",
    Section.DECISION_CRITERION: "decision criteria",
}


def guide(stage: Stage) -> StageGuide:
    return GUIDES[stage]


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
    decisions = [DECISION_LABELS.get(d, d) for d in w.decisions if d.strip()]
    metrics = [m.strip() for m in w.metrics if m.strip()]
    return [
        _either(bool(w.goal.strip()), f"Goal: {_quote(w.goal)}", "No goal written yet"),
        _either(
            bool(decisions),
            f"Decisions to inform: {', '.join(decisions)}",
            "No decisions chosen for the personas to inform",
        ),
        _either(bool(w.product.strip()), f"Product: {_quote(w.product)}", "No product named yet"),
        _either(
            bool(w.target_segments.strip()),
            f"Target segments: {_quote(w.target_segments)}",
            "No target segments named yet",
        ),
        _either(
            bool(metrics),
            f"Metrics that matter: {', '.join(metrics)}",
            "No metrics that matter chosen yet",
        ),
    ]


def _research_sources(snapshot: WorkshopSnapshot) -> dict[str | None, Source]:
    """Sources that are research (never team opinion), by id; counted by identity."""
    return {s.id: s for s in snapshot.sources if s.is_research}


def _evidence(snapshot: WorkshopSnapshot) -> list[ChecklistLine]:
    settings = snapshot.workshop.check_settings
    notes = snapshot.notes
    if not notes:
        return [ChecklistLine("No notes on the board yet", False)]
    research = _research_sources(snapshot)
    used = {research[n.source_id].identity for n in notes if n.source_id in research}
    kinds = {research[n.source_id].kind for n in notes if n.source_id in research}
    lines = [
        ChecklistLine(
            f"{_plural(len(notes), 'note')} from {_plural(len(used), 'source')}, "
            f"{_plural(len(kinds), 'kind')}",
            len(used) >= settings.min_sources,
        )
    ]
    assumptions = sum(1 for n in notes if n.is_assumption)
    opinions = sum(1 for n in notes if n.source_id is not None and n.source_id not in research)
    lines.append(
        _either(
            assumptions == 0,
            "Every note has a source",
            f"{_plural(assumptions, 'note')} with no source (assumptions)",
        )
    )
    if opinions:
        lines.append(
            ChecklistLine(
                f"{_plural(opinions, 'note')} of team opinion (assumptions, not research)",
                False,
            )
        )
    if snapshot.sources:
        undated = sum(1 for s in snapshot.sources if s.date is None)
        lines.append(
            _either(
                undated == 0,
                "Every source has a date",
                f"{_plural(undated, 'source')} with no date",
            )
        )
    return lines


def _cluster(snapshot: WorkshopSnapshot) -> list[ChecklistLine]:
    settings = snapshot.workshop.check_settings
    lines = [
        _either(
            bool(snapshot.clusters),
            f"{_plural(len(snapshot.clusters), 'cluster')}",
            "No clusters yet",
        )
    ]
    if snapshot.notes:
        loose = sum(1 for n in snapshot.notes if n.cluster_id is None)
        lines.append(
            _either(
                loose == 0,
                "Every note is in a cluster",
                f"{_plural(loose, 'note')} not in any cluster",
            )
        )
    if snapshot.clusters:
        research = _research_sources(snapshot)
        sources_of: dict[str, set[tuple[str, str, str, str]]] = defaultdict(set)
        for note in snapshot.notes:
            if note.cluster_id and note.source_id in research:
                sources_of[note.cluster_id].add(research[note.source_id].identity)
        thin = sum(1 for c in snapshot.clusters if len(sources_of[c.id]) < settings.min_sources)
        lines.append(
            _either(
                thin == 0,
                f"Every cluster draws on {settings.min_sources} or more sources",
                f"{_plural(thin, 'cluster')} with notes from fewer than "
                f"{_plural(settings.min_sources, 'source')}",
            )
        )
    if not snapshot.vote_rounds:
        lines.append(ChecklistLine("No dot-voting round yet", False))
    for round_ in snapshot.vote_rounds:
        cast = sum(1 for v in snapshot.votes if v.round_id == round_.id)
        if snapshot.participants:
            available = round_.votes_per_participant * len(snapshot.participants)
            counted = f"{cast} of {_plural(available, 'vote')} cast"
        else:
            counted = f"{_plural(cast, 'vote')} cast"
        state = "open" if round_.is_open else "ended"
        lines.append(
            ChecklistLine(f"Vote {_quote(round_.name)}: {counted}, {state}", not round_.is_open)
        )
    return lines


def _draft(snapshot: WorkshopSnapshot) -> list[ChecklistLine]:
    personas = _active(snapshot.personas)
    if not personas:
        return [ChecklistLine("No persona yet", False)]
    evidence = evidence_by_item(snapshot)
    lines = [ChecklistLine(f"{_plural(len(personas), 'persona')} drafted", True)]
    for persona in personas:
        items = snapshot.items_of(persona.id)
        linked = sum(1 for i in items if evidence.get(i.id) and evidence[i.id].notes)
        lines.append(
            ChecklistLine(
                f"{_name(persona)}: {linked} of {_plural(len(items), 'item')} linked to evidence",
                bool(items) and linked == len(items),
            )
        )
        present = {i.section for i in items}
        missing = [word for s, word in _ACTIONABLE_WORDS.items() if s not in present]
        if Section.SUCCESS_METRIC not in present:
            missing.append("success metric")
        if Section.METRIC_LINK not in present:
            missing.append("linked metric")
        lines.append(
            _either(
                not missing,
                f"{_name(persona)}: goals, constraints, triggers, criteria and metrics in place",
                f"{_name(persona)}: no {', '.join(missing)} yet",
            )
        )
    return lines


def _validate(snapshot: WorkshopSnapshot, today: date) -> list[ChecklistLine]:
    reports = check_workshop(snapshot, today=today)
    if not reports:
        return [ChecklistLine("No persona to check yet", False)]
    names = {p.id: p for p in snapshot.personas}
    lines = []
    for report in reports:
        errors = report.count(Severity.ERROR)
        findings = errors + report.count(Severity.WARNING)
        text = f"{_name(names[report.persona_id])}: "
        if findings == 0:
            text += "passes the check"
        else:
            text += _plural(findings, "finding")
            if errors:
                text += f" ({_plural(errors, 'error')})"
        text += f", {round(report.score * 100)}% well evidenced"
        lines.append(ChecklistLine(text, findings == 0))
    validated = sum(1 for r in reports if names[r.persona_id].status is PersonaStatus.VALIDATED)
    lines.append(
        ChecklistLine(
            f"{validated} of {_plural(len(reports), 'persona')} marked validated",
            validated == len(reports),
        )
    )
    return lines


def _share(snapshot: WorkshopSnapshot, today: date) -> list[ChecklistLine]:
    w = snapshot.workshop
    lines = [
        _either(
            bool(w.goal.strip() and w.product.strip()),
            "Poster footer: goal and product from the Frame stage",
            "Poster footer: frame the goal and product first",
        )
    ]
    reports = {r.persona_id: r for r in check_workshop(snapshot, today=today)}
    personas = _active(snapshot.personas)
    if not personas:
        lines.append(ChecklistLine("No persona to share yet", False))
    for persona in personas:
        passes = reports[persona.id].passes
        if persona.status is not PersonaStatus.VALIDATED:
            lines.append(ChecklistLine(f"{_name(persona)}: not marked validated yet", False))
        elif not passes:
            lines.append(
                ChecklistLine(f"{_name(persona)}: marked validated but fails the check", False)
            )
        else:
            lines.append(ChecklistLine(f"{_name(persona)}: validated, ready to share", True))
        missing = [
            word
            for word, value in (
                ("archetype", persona.archetype),
                ("quote", persona.quote),
                ("owner", persona.owner),
            )
            if not value.strip()
        ]
        if persona.last_reviewed is None:
            missing.append("review date")
        lines.append(
            _either(
                not missing,
                f"{_name(persona)}: archetype, quote, owner and review date set",
                f"{_name(persona)}: no {', '.join(missing)} yet",
            )
        )
    return lines


# --- helpers -----------------------------------------------------------------------------


def _active(personas: Iterable[Persona]) -> list[Persona]:
    kept = (p for p in personas if p.status is not PersonaStatus.RETIRED)
    return sorted(kept, key=lambda p: (p.position, p.name.casefold(), p.id))


def _name(persona: Persona) -> str:
    if persona.is_proto:
        return f"Proto-persona {_quote(persona.name)} (assumption-based)"
    return f"Persona {_quote(persona.name)}"


def _either(done: bool, done_text: str, todo_text: str) -> ChecklistLine:
    return ChecklistLine(done_text if done else todo_text, done)


def _quote(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"'{text}'"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"
