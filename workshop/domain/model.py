"""The workshop's things, in the facilitator's words: pure data, no Qt, no SQL.

These frozen dataclasses are what the store hands out when it reads a workshop, and what
the evidence check, the exporters and the board read. They mirror the rows of the
workshop file one to one (see ``workshop.store.schema``), with ids as UUID text.
``Note`` alone is a named tuple, as it is the one thing a workshop holds by the
thousand (see its docstring).

Import every one of them from here. This module holds the workshop itself (its frame and
stage) and the snapshot of all it holds; the rest lives one idea a module:

- ``sources``: a source of evidence, its kind, the study it is part of, the respondent
  it speaks for;
- ``board``: sticky notes, clusters, note colours and sizes, stored pictures;
- ``persona``: personas, their items by section, metrics, the links to evidence;
- ``voting``: the participants in the room, vote rounds, votes;
- ``check_settings``: the evidence check's thresholds and their bounds.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from workshop.domain.board import (
    DEFAULT_CLUSTER_SIZE,
    DEFAULT_NOTE_COLOUR,
    DEFAULT_NOTE_SIZE,
    NOTE_COLOURS,
    Asset,
    Cluster,
    Note,
)
from workshop.domain.check_settings import (
    CHECK_BOUNDS,
    CHECK_SETTING_WORDS,
    CheckSettings,
    check_setting_problem,
    check_settings_problems,
)
from workshop.domain.persona import (
    LIST_ORDER,
    LIST_SECTIONS,
    METRIC_KIND_LABELS,
    SECTION_LABELS,
    EvidenceLink,
    MetricKind,
    Persona,
    PersonaItem,
    PersonaStatus,
    PersonaTemplate,
    Section,
)
from workshop.domain.sources import (
    NON_PERSON_KINDS,
    SOURCE_KIND_LABELS,
    STUDY_KIND_LABELS,
    STUDY_KIND_OF_SOURCE,
    Respondent,
    Source,
    SourceKind,
    Study,
    StudyKind,
    source_kind_list,
)
from workshop.domain.voting import (
    Participant,
    Vote,
    VoteRound,
    VoteTarget,
)

__all__ = [
    "CHECK_BOUNDS",
    "CHECK_SETTING_WORDS",
    "DEFAULT_CLUSTER_SIZE",
    "DEFAULT_NOTE_COLOUR",
    "DEFAULT_NOTE_SIZE",
    "LIST_ORDER",
    "LIST_SECTIONS",
    "METRIC_KIND_LABELS",
    "NON_PERSON_KINDS",
    "NOTE_COLOURS",
    "SECTION_LABELS",
    "SOURCE_KIND_LABELS",
    "STAGES",
    "STUDY_KIND_LABELS",
    "STUDY_KIND_OF_SOURCE",
    "Asset",
    "CheckSettings",
    "Cluster",
    "Decision",
    "EvidenceLink",
    "MetricKind",
    "Note",
    "Participant",
    "Persona",
    "PersonaItem",
    "PersonaStatus",
    "PersonaTemplate",
    "Respondent",
    "Section",
    "Source",
    "SourceKind",
    "Stage",
    "Study",
    "StudyKind",
    "Vote",
    "VoteRound",
    "VoteTarget",
    "Workshop",
    "WorkshopSnapshot",
    "check_setting_problem",
    "check_settings_problems",
    "source_kind_list",
]


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
