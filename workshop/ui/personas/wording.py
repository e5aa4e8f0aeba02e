"""What the persona screens call things, translatable: templates, sections, statuses, hints.

A proto-persona is assumption-based, and every place that shows one says so with
``assumption_label()`` (the list, the editor's banner, the compare view, the check panel).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop.domain.model import (
    MetricKind,
    Persona,
    PersonaStatus,
    PersonaTemplate,
    Section,
    SourceKind,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Personas", text)


def assumption_label() -> str:
    return _tr("assumption-based")


def template_label(template: PersonaTemplate) -> str:
    return {
        PersonaTemplate.USER: _tr("User persona"),
        PersonaTemplate.B2B_BUYER: _tr("B2B buyer persona"),
        PersonaTemplate.PROTO: _tr("Proto-persona (assumption-based)"),
    }[template]


def persona_title(persona: Persona) -> str:
    """The persona's name, with "(assumption-based)" for a proto-persona."""
    name = persona.name or _tr("Unnamed persona")
    return _tr("{0} (assumption-based)").format(name) if persona.is_proto else name


def proto_banner() -> str:
    return _tr(
        "Proto-persona, assumption-based: built from what the team believes, not from "
        "research. It may fail the evidence check; test each assumption, then draft a "
        "research-based persona."
    )


def section_label(section: Section) -> str:
    return {
        Section.GOAL: _tr("Goals"),
        Section.MOTIVATION: _tr("Motivations"),
        Section.PAIN_POINT: _tr("Pain points and fears"),
        Section.CONSTRAINT: _tr("Constraints"),
        Section.CONTEXT_OF_USE: _tr("Context of use"),
        Section.TRIGGER: _tr("Buying triggers"),
        Section.DECISION_CRITERION: _tr("Decision criteria"),
        Section.OBJECTION: _tr("Objections"),
        Section.JOB_TO_BE_DONE: _tr("Jobs to be done"),
        Section.CHANNEL: _tr("Channels"),
        Section.SUCCESS_METRIC: _tr("Success metric"),
        Section.METRIC_LINK: _tr("Linked metrics"),
        Section.OTHER: _tr("Other details"),
    }[section]


def section_hint(section: Section, template: PersonaTemplate) -> str:
    """The placeholder of a section's "add an item" field: what to write there."""
    if template is PersonaTemplate.B2B_BUYER:
        b2b = {
            Section.GOAL: _tr("Add a goal: what their team must achieve this year"),
            Section.TRIGGER: _tr("Add a trigger: the event that starts a purchase (new budget…)"),
            Section.DECISION_CRITERION: _tr(
                "Add a criterion the buying group weighs (price, integration, security…)"
            ),
            Section.OBJECTION: _tr("Add an objection that would stop the purchase"),
            Section.CHANNEL: _tr("Add a channel: where they compare vendors"),
        }
        if section in b2b:
            return b2b[section]
    return {
        Section.GOAL: _tr("Add a goal: what are they trying to achieve?"),
        Section.MOTIVATION: _tr("Add a motivation: why does it matter to them?"),
        Section.PAIN_POINT: _tr("Add a pain point or fear"),
        Section.CONSTRAINT: _tr("Add a constraint: time, money, skills, rules…"),
        Section.CONTEXT_OF_USE: _tr("Add a context: where, when, on what device?"),
        Section.TRIGGER: _tr("Add a trigger: what makes them look for a solution?"),
        Section.DECISION_CRITERION: _tr("Add a decision criterion: how do they choose?"),
        Section.OBJECTION: _tr("Add an objection: what makes them hesitate?"),
        Section.JOB_TO_BE_DONE: _tr("Add a job: when …, I want to …, so I can …"),
        Section.CHANNEL: _tr("Add a channel: where do they learn and compare?"),
        Section.SUCCESS_METRIC: _tr(
            "What success looks like, e.g. finish weekly review in under 10 minutes"
        ),
        Section.METRIC_LINK: _tr("Add a linked metric: how does this persona move it?"),
        Section.OTHER: _tr("Add a detail (only one that changes a decision)"),
    }[section]


def role_hint(template: PersonaTemplate) -> str:
    if template is PersonaTemplate.B2B_BUYER:
        return _tr("Role and context: job title, team, company size, who signs off")
    return _tr("Role and context: who they are, their situation")


def status_label(status: PersonaStatus) -> str:
    return {
        PersonaStatus.DRAFT: _tr("Draft"),
        PersonaStatus.VALIDATED: _tr("Validated"),
        PersonaStatus.RETIRED: _tr("Retired"),
    }[status]


def metric_kind_label(kind: MetricKind | None) -> str:
    if kind is None:
        return _tr("Which metric?")
    return {
        MetricKind.CONVERSION: _tr("Conversion"),
        MetricKind.ACTIVATION: _tr("Activation"),
        MetricKind.RETENTION: _tr("Retention"),
        MetricKind.EXPANSION: _tr("Expansion"),
        MetricKind.OTHER: _tr("Other metric"),
    }[kind]


def source_kind_label(kind: SourceKind) -> str:
    """A source's kind in lower case, as it reads inside a sentence ("interview")."""
    return {
        SourceKind.INTERVIEW: _tr("interview"),
        SourceKind.SURVEY: _tr("survey"),
        SourceKind.SUPPORT_TICKET: _tr("support ticket"),
        SourceKind.OBSERVATION: _tr("observation"),
        SourceKind.ANALYTICS: _tr("analytics"),
        SourceKind.OTHER: _tr("other source"),
        SourceKind.ASSUMPTION: _tr("team opinion"),
    }[kind]
