"""A persona, in the facilitator's words: its fields, its items by section (goals, pain
points, metrics ...) and the links from each item to the evidence behind it.

Pure data, no Qt, no SQL; import these from ``workshop.domain.model``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from workshop.i18n import N_, _


class Section(enum.StrEnum):
    """The sections of a persona; each item of a persona belongs to one."""

    GOAL = "goal"
    MOTIVATION = "motivation"
    PAIN_POINT = "pain_point"
    CONSTRAINT = "constraint"
    CONTEXT_OF_USE = "context_of_use"
    TRIGGER = "trigger"
    DECISION_CRITERION = "decision_criterion"
    OBJECTION = "objection"
    JOB_TO_BE_DONE = "job_to_be_done"
    CHANNEL = "channel"
    SUCCESS_METRIC = "success_metric"
    METRIC_LINK = "metric_link"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(SECTION_LABELS[self])


SECTION_LABELS: dict[Section, str] = {
    Section.GOAL: N_("Goals"),
    Section.MOTIVATION: N_("Motivations"),
    Section.PAIN_POINT: N_("Pain points and fears"),
    Section.CONSTRAINT: N_("Constraints"),
    Section.CONTEXT_OF_USE: N_("Context of use"),
    Section.TRIGGER: N_("Buying triggers"),
    Section.DECISION_CRITERION: N_("Decision criteria"),
    Section.OBJECTION: N_("Objections"),
    Section.JOB_TO_BE_DONE: N_("Jobs to be done"),
    Section.CHANNEL: N_("Channels"),
    Section.SUCCESS_METRIC: N_("Success metric"),
    Section.METRIC_LINK: N_("Linked metrics"),
    Section.OTHER: N_("Other details"),
}

#: The list sections in the order a persona shows them (editor, poster, compare).
LIST_SECTIONS: tuple[Section, ...] = (
    Section.GOAL,
    Section.MOTIVATION,
    Section.PAIN_POINT,
    Section.CONSTRAINT,
    Section.CONTEXT_OF_USE,
    Section.TRIGGER,
    Section.DECISION_CRITERION,
    Section.OBJECTION,
    Section.JOB_TO_BE_DONE,
    Section.CHANNEL,
    Section.OTHER,
)


class MetricKind(enum.StrEnum):
    CONVERSION = "conversion"
    ACTIVATION = "activation"
    RETENTION = "retention"
    EXPANSION = "expansion"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The kind as printed, in the current language (the stored value never changes)."""
        return _(METRIC_KIND_LABELS[self])


#: The metric kinds' labels in English (marked for the catalogue; ``MetricKind.label``).
METRIC_KIND_LABELS: dict[MetricKind, str] = {
    MetricKind.CONVERSION: N_("Conversion"),
    MetricKind.ACTIVATION: N_("Activation"),
    MetricKind.RETENTION: N_("Retention"),
    MetricKind.EXPANSION: N_("Expansion"),
    MetricKind.OTHER: N_("Other metric"),
}


class PersonaStatus(enum.StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    RETIRED = "retired"


class PersonaTemplate(enum.StrEnum):
    """How a persona was started; a proto-persona is assumption-based, and says so."""

    USER = "user"
    B2B_BUYER = "b2b_buyer"
    PROTO = "proto"


@dataclass(frozen=True)
class Persona:
    id: str
    name: str
    archetype: str = ""
    quote: str = ""
    role_context: str = ""
    photo_asset_id: str | None = None
    status: PersonaStatus = PersonaStatus.DRAFT
    template: PersonaTemplate = PersonaTemplate.USER
    last_reviewed: date | None = None
    owner: str = ""
    segment_name: str = ""
    segment_size: str = ""
    segment_size_source: str = ""
    colour: str = "#5c6bc0"
    position: int = 0
    evidence_pool: tuple[str, ...] = ()  # cluster ids the persona was drafted from
    updated_at: str = ""

    @property
    def is_proto(self) -> bool:
        return self.template is PersonaTemplate.PROTO


@dataclass(frozen=True)
class PersonaItem:
    id: str
    persona_id: str
    section: Section
    text: str
    position: int = 0
    metric_kind: MetricKind | None = None
    metric_baseline: str = ""
    metric_target: str = ""


@dataclass(frozen=True)
class EvidenceLink:
    id: str
    item_id: str
    note_id: str | None = None
    cluster_id: str | None = None


#: The order of every section within a persona (list sections, then the metrics, then
#: other details).
LIST_ORDER: dict[Section, int] = {
    section: index
    for index, section in enumerate(
        (*LIST_SECTIONS[:-1], Section.SUCCESS_METRIC, Section.METRIC_LINK, Section.OTHER)
    )
}
