"""The workshop's things, in the facilitator's words: pure data, no Qt, no SQL.

These frozen dataclasses are what the store hands out when it reads a workshop, and what
the evidence check, the exporters and the board read. They mirror the rows of the
workshop file one to one (see ``workshop.store.schema``), with ids as UUID text.
``Note`` alone is a named tuple, as it is the one thing a workshop holds by the
thousand (see its docstring).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import NamedTuple

from workshop.domain.board_geometry import CLUSTER_SIZE, NOTE_SIZE
from workshop.i18n import N_, _


class SourceKind(enum.StrEnum):
    INTERVIEW = "interview"
    SURVEY = "survey"
    SUPPORT_TICKET = "support_ticket"
    OBSERVATION = "observation"
    ANALYTICS = "analytics"
    OTHER = "other"
    ASSUMPTION = "assumption"
    """The team's assumptions or opinions (a brainstorm, a stakeholder's view): never research."""

    @property
    def label(self) -> str:
        return SOURCE_KIND_LABELS[self]

    @property
    def is_research(self) -> bool:
        """Whether a source of this kind can be research (``other`` only when it says what
        it is: see :func:`is_research`)."""
        return self is not SourceKind.ASSUMPTION


SOURCE_KIND_LABELS: dict[SourceKind, str] = {
    SourceKind.INTERVIEW: "Interview",
    SourceKind.SURVEY: "Survey",
    SourceKind.SUPPORT_TICKET: "Support ticket",
    SourceKind.OBSERVATION: "Observation",
    SourceKind.ANALYTICS: "Analytics",
    SourceKind.OTHER: "Other",
    SourceKind.ASSUMPTION: "Assumption / team opinion",
}


def source_kind_list() -> str:
    """The kinds of source a facilitator may give, for messages: "interview, survey, …"."""
    return ", ".join(kind.value for kind in SourceKind)


class StudyKind(enum.StrEnum):
    """What kind of research a study is: the round or export its sources come from."""

    INTERVIEW_ROUND = "interview_round"
    SURVEY = "survey"
    TICKET_EXPORT = "ticket_export"
    OBSERVATION = "observation"
    ANALYTICS_REPORT = "analytics_report"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _(STUDY_KIND_LABELS[self])


STUDY_KIND_LABELS: dict[StudyKind, str] = {
    StudyKind.INTERVIEW_ROUND: N_("Interview round"),
    StudyKind.SURVEY: N_("Survey"),
    StudyKind.TICKET_EXPORT: N_("Ticket export"),
    StudyKind.OBSERVATION: N_("Observation study"),
    StudyKind.ANALYTICS_REPORT: N_("Analytics report"),
    StudyKind.OTHER: N_("Other study"),
}

#: The study an import of each kind of source makes.
STUDY_KIND_OF_SOURCE: dict[SourceKind, StudyKind] = {
    SourceKind.INTERVIEW: StudyKind.INTERVIEW_ROUND,
    SourceKind.SURVEY: StudyKind.SURVEY,
    SourceKind.SUPPORT_TICKET: StudyKind.TICKET_EXPORT,
    SourceKind.OBSERVATION: StudyKind.OBSERVATION,
    SourceKind.ANALYTICS: StudyKind.ANALYTICS_REPORT,
    SourceKind.OTHER: StudyKind.OTHER,
    SourceKind.ASSUMPTION: StudyKind.OTHER,
}

#: Kinds of source that speak for no one person (a dashboard, a report): distinct evidence
#: among them means distinct studies, not distinct sources.
NON_PERSON_KINDS: frozenset[SourceKind] = frozenset({SourceKind.ANALYTICS})


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


class PersonaStatus(enum.StrEnum):
    DRAFT = "draft"
    VALIDATED = "validated"
    RETIRED = "retired"


class PersonaTemplate(enum.StrEnum):
    """How a persona was started; a proto-persona is assumption-based, and says so."""

    USER = "user"
    B2B_BUYER = "b2b_buyer"
    PROTO = "proto"


class Stage(enum.StrEnum):
    FRAME = "frame"
    EVIDENCE = "evidence"
    CLUSTER = "cluster"
    DRAFT = "draft"
    VALIDATE = "validate"
    SHARE = "share"


STAGES: tuple[Stage, ...] = tuple(Stage)


class Decision(enum.StrEnum):
    """Decisions the personas must inform (the Frame stage)."""

    ONBOARDING_UX = "onboarding_ux"
    MESSAGING = "messaging"
    CONTENT_STRATEGY = "content_strategy"
    OTHER = "other"


class VoteTarget(enum.StrEnum):
    NOTES = "notes"
    CLUSTERS = "clusters"


#: Sticky-note colours offered by default (name, hex).
NOTE_COLOURS: tuple[tuple[str, str], ...] = (
    ("Yellow", "#fff59d"),
    ("Orange", "#ffcc80"),
    ("Pink", "#f8bbd0"),
    ("Green", "#c5e1a5"),
    ("Blue", "#b3e5fc"),
    ("Purple", "#d1c4e9"),
    ("White", "#fafafa"),
)
DEFAULT_NOTE_COLOUR = NOTE_COLOURS[0][1]
DEFAULT_NOTE_SIZE = NOTE_SIZE
DEFAULT_CLUSTER_SIZE = CLUSTER_SIZE


@dataclass(frozen=True)
class CheckSettings:
    """Thresholds of the evidence check; a workshop setting, within ``CHECK_BOUNDS``."""

    min_sources: int = 2
    max_age_days: int = 183
    max_items_per_section: int = 7

    def __post_init__(self) -> None:
        for name in CHECK_BOUNDS:
            problem = check_setting_problem(name, getattr(self, name))
            if problem:
                raise ValueError(problem)

    def differs_from_default(self) -> tuple[str, ...]:
        """The names of the thresholds that are not the defaults."""
        defaults = CheckSettings()
        return tuple(n for n in CHECK_BOUNDS if getattr(self, n) != getattr(defaults, n))


#: The documented bounds of each threshold, inclusive (README, docs/check-json.md). Below
#: two sources a single anecdote would count as evidence; beyond two years nothing is stale.
CHECK_BOUNDS: dict[str, tuple[int, int]] = {
    "min_sources": (2, 20),
    "max_age_days": (30, 730),
    "max_items_per_section": (3, 20),
}

#: The thresholds in the facilitator's words, for messages.
CHECK_SETTING_WORDS: dict[str, str] = {
    "min_sources": "distinct respondents per key claim",
    "max_age_days": "days before evidence is stale",
    "max_items_per_section": "items per section at most",
}


def check_setting_problem(name: str, value: object) -> str | None:
    """Why ``value`` cannot be the threshold ``name`` (a short phrase), or None if it can.

    Only whole numbers (not true/false, not text such as "3") within ``CHECK_BOUNDS``."""
    if name not in CHECK_BOUNDS:
        return f"'{name}' is not a threshold of the check (thresholds: {', '.join(CHECK_BOUNDS)})"
    low, high = CHECK_BOUNDS[name]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        return (
            f"{name} ({CHECK_SETTING_WORDS[name]}) must be a whole number from {low} to "
            f"{high}, not {value!r}"
        )
    return None


def check_settings_problems(raw: object) -> list[str]:
    """Every reason the stored ``check`` settings cannot be used as they are."""
    if not isinstance(raw, dict):
        return [f"the check thresholds should be an object, not {raw!r}"]
    problems = [check_setting_problem(str(name), value) for name, value in raw.items()]
    return [p for p in problems if p is not None]


@dataclass(frozen=True)
class Workshop:
    id: str
    title: str
    goal: str = ""
    decisions: tuple[str, ...] = ()
    product: str = ""
    target_segments: str = ""
    metrics: tuple[str, ...] = ()
    stage: Stage = Stage.FRAME
    settings: dict[str, object] = field(default_factory=dict)
    created_at: str = ""
    updated_at: str = ""

    @property
    def check_settings(self) -> CheckSettings:
        raw = self.settings.get("check", {})
        if not isinstance(raw, dict):
            return CheckSettings()
        defaults = CheckSettings()
        values: dict[str, int] = {}
        for name in CHECK_BOUNDS:
            value = raw.get(name, getattr(defaults, name))
            ok = check_setting_problem(name, value) is None
            values[name] = value if ok else getattr(defaults, name)
        return CheckSettings(**values)

    @property
    def ignored_check_settings(self) -> list[str]:
        """Stored thresholds the check cannot use (a damaged or hand-edited file): it uses
        the default instead, and every report says so."""
        raw = self.settings.get("check", {})
        return check_settings_problems(raw)


@dataclass(frozen=True)
class Participant:
    id: str
    name: str
    colour: str = "#607d8b"


@dataclass(frozen=True)
class Study:
    """A piece of research: an interview round, a survey, a ticket export, an analytics
    report. Its sources are its interviews, answers, tickets or figures."""

    id: str
    name: str
    kind: StudyKind = StudyKind.OTHER
    date_from: date | None = None
    date_to: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class Respondent:
    """A research respondent: a person who was interviewed, observed or answered a survey,
    under a pseudonym (``label``), with attributes such as segment, role, region or age
    band. Not a :class:`Participant` (the people in the workshop room)."""

    id: str
    label: str
    attributes: dict[str, str] = field(default_factory=dict)
    notes: str = ""


@dataclass(frozen=True)
class Source:
    id: str
    kind: SourceKind
    label: str
    date: date | None = None
    reference: str = ""
    notes: str = ""
    #: The study it belongs to and the respondent it speaks for, where known.
    study_id: str | None = None
    respondent_id: str | None = None

    @property
    def is_research(self) -> bool:
        """Research, not the team's opinion: never an "assumption / team opinion" source,
        and an "other" source only when it says what it is (a reference or a description)."""
        if self.kind is SourceKind.ASSUMPTION:
            return False
        if self.kind is SourceKind.OTHER:
            return bool(self.reference.strip() or self.notes.strip())
        return True

    @cached_property  # read for every item the source backs: worked out once
    def identity(self) -> tuple[str, str, str, str]:
        """What makes two sources the same one: kind, label, date and reference, with case
        and spacing ignored. One interview entered twice, or the same file imported twice,
        is one source. (What the check counts is :meth:`evidence_key`.)"""
        return (
            self.kind.value,
            " ".join(self.label.casefold().split()),
            self.date.isoformat() if self.date else "",
            " ".join(self.reference.casefold().split()),
        )

    def evidence_key(self) -> tuple[str, ...]:
        """What one distinct piece of evidence is, for the check: the respondent behind the
        source (one person heard in an interview and a survey is one respondent); for a
        source that speaks for no one person (analytics), its study; otherwise the source
        itself, by identity."""
        if self.respondent_id is not None:
            return ("respondent", self.respondent_id)
        if self.study_id is not None and self.kind in NON_PERSON_KINDS:
            return ("study", self.study_id)
        return ("source", *self.identity)


class Note(NamedTuple):
    """A sticky note on the board (text, or a picture when ``asset_id`` is set).

    A named tuple rather than a frozen dataclass: a workshop holds thousands of notes and
    opening the board reads them all, and a checked row becomes a note with ``Note._make``
    in ~0.4 us against ~2.3 us through a frozen dataclass's ``__init__`` (and 40 bytes
    less each). Reading a field is a little slower (Python 3.11 does not specialise tuple
    fields as it does dataclass attributes: ~3 ms over building a 10,000-note board, where
    reading them saves ~19 ms). Immutable and compared field by field like the
    dataclasses; unlike them it is also a tuple (it unpacks, and equals a plain tuple of
    the same values), which nothing relies on. Copy with changes through ``_replace``, not
    ``dataclasses.replace`` (mypy refuses that on a note).
    """

    id: str
    text: str
    x: float = 0.0
    y: float = 0.0
    w: float = DEFAULT_NOTE_SIZE[0]
    h: float = DEFAULT_NOTE_SIZE[1]
    z: float = 0.0
    colour: str = DEFAULT_NOTE_COLOUR
    source_id: str | None = None
    author_id: str | None = None
    cluster_id: str | None = None
    asset_id: str | None = None
    origin_asset_id: str | None = None
    created_at: str = ""
    #: The question the note answers (a survey question, an interview prompt), or "".
    question: str = ""

    @property
    def is_assumption(self) -> bool:
        """A note with no source is an assumption, not research."""
        return self.source_id is None

    @property
    def is_image(self) -> bool:
        return self.asset_id is not None


@dataclass(frozen=True)
class Cluster:
    id: str
    title: str
    x: float = 0.0
    y: float = 0.0
    w: float = CLUSTER_SIZE[0]
    h: float = CLUSTER_SIZE[1]
    z: float = -1.0
    colour: str = "#eceff1"


@dataclass(frozen=True)
class VoteRound:
    id: str
    name: str
    target: VoteTarget = VoteTarget.NOTES
    votes_per_participant: int = 3
    is_open: bool = True
    show_tallies: bool = True
    created_at: str = ""


@dataclass(frozen=True)
class Vote:
    id: str
    round_id: str
    participant_id: str
    note_id: str | None = None
    cluster_id: str | None = None


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


@dataclass(frozen=True)
class Asset:
    """An image stored inside the workshop file; ``data`` is loaded only on demand."""

    id: str
    sha256: str
    mime: str
    width: int
    height: int


@dataclass
class WorkshopSnapshot:
    """Everything in a workshop (but image bytes), read in bulk: what the check,
    the exporters and the stage checklist work from."""

    workshop: Workshop
    participants: list[Participant] = field(default_factory=list)
    studies: list[Study] = field(default_factory=list)
    respondents: list[Respondent] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    vote_rounds: list[VoteRound] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    personas: list[Persona] = field(default_factory=list)
    items: list[PersonaItem] = field(default_factory=list)
    links: list[EvidenceLink] = field(default_factory=list)
    assets: list[Asset] = field(default_factory=list)

    def source_by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    def study_by_id(self) -> dict[str, Study]:
        return {s.id: s for s in self.studies}

    def respondent_by_id(self) -> dict[str, Respondent]:
        return {r.id: r for r in self.respondents}

    def note_by_id(self) -> dict[str, Note]:
        return {n.id: n for n in self.notes}

    def items_of(self, persona_id: str) -> list[PersonaItem]:
        return sorted(
            (i for i in self.items if i.persona_id == persona_id),
            key=lambda i: (LIST_ORDER.get(i.section, 99), i.position),
        )

    def persona_named(self, name: str) -> Persona | None:
        wanted = name.casefold().strip()
        for persona in self.personas:
            if persona.name.casefold().strip() == wanted:
                return persona
        return None

    def evidence_notes(self, item_id: str) -> list[Note]:
        """The notes behind an item: linked notes plus the notes of linked clusters."""
        notes = self.note_by_id()
        found: dict[str, Note] = {}
        for link in self.links:
            if link.item_id != item_id:
                continue
            if link.note_id and link.note_id in notes:
                found[link.note_id] = notes[link.note_id]
            elif link.cluster_id:
                for note in self.notes:
                    if note.cluster_id == link.cluster_id:
                        found[note.id] = note
        return sorted(found.values(), key=lambda n: (n.created_at, n.id))


LIST_ORDER: dict[Section, int] = {
    section: index
    for index, section in enumerate(
        (*LIST_SECTIONS[:-1], Section.SUCCESS_METRIC, Section.METRIC_LINK, Section.OTHER)
    )
}
