"""Where evidence comes from, in the facilitator's words: a source (an interview, a survey
answer, a ticket, a figure), the study it is part of and the respondent it speaks for.

Pure data, no Qt, no SQL; import these from ``workshop.domain.model``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from workshop.domain.placeholders import has_content
from workshop.domain.text_folding import fold
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
        """The kind as shown to people, in the current language (the stored value, e.g.
        ``support_ticket``, never changes)."""
        return _(SOURCE_KIND_LABELS[self])

    @property
    def is_research(self) -> bool:
        """Whether a source of this kind can be research (``other`` only when it says what
        it is: see :func:`is_research`)."""
        return self is not SourceKind.ASSUMPTION


#: The kinds' labels in English (marked for the catalogue; ``SourceKind.label`` translates).
SOURCE_KIND_LABELS: dict[SourceKind, str] = {
    SourceKind.INTERVIEW: N_("Interview"),
    SourceKind.SURVEY: N_("Survey"),
    SourceKind.SUPPORT_TICKET: N_("Support ticket"),
    SourceKind.OBSERVATION: N_("Observation"),
    SourceKind.ANALYTICS: N_("Analytics"),
    SourceKind.OTHER: N_("Other"),
    SourceKind.ASSUMPTION: N_("Assumption / team opinion"),
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
        and an "other" source only when it says what it is (a reference or a description that
        is not a placeholder such as "-", "n/a" or "TBD": ``placeholders``)."""
        if self.kind is SourceKind.ASSUMPTION:
            return False
        if self.kind is SourceKind.OTHER:  # "-", "n/a", "TBD", "?" say nothing
            return has_content(self.reference) or has_content(self.notes)
        return True

    @cached_property  # read for every item the source backs: worked out once
    def identity(self) -> tuple[str, str, str, str]:
        """What makes two sources the same one: kind, label, date and reference, folded
        (case, spacing, Unicode forms, invisible characters, dashes, look-alike letters and
        trailing punctuation ignored: ``text_folding.fold``). One interview entered twice,
        or the same file imported twice, is one source; a copy missing only the date or the
        reference is one too (``source_identity.same_sources``). (What the check counts is
        :meth:`evidence_key`.)"""
        return (
            self.kind.value,
            fold(self.label),
            self.date.isoformat() if self.date else "",
            fold(self.reference),
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
