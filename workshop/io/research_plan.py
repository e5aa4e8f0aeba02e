"""Who and what research an import's evidence comes from: its study and its respondents.

Every import of research makes (or finds again) one *study*, named after the file unless
the facilitator names it (``--study``), of the kind its sources are (an interview round, a
survey, a ticket export...). Where the rows or turns name a person, each distinct person is
one *respondent* (a research participant, under a pseudonym; not one of the workshop's
participants, the people in the room): a survey's respondent column, a transcript's
speakers. The check counts respondents, so the same person must be one respondent however
many sources and imports speak for them.

How an import names a respondent, so the same person is found again (``respondent_label``):

- a pseudonym or a name ("Maria", "P3", "R_1dK3x"), as written: the same label in another
  import, of another file or study, is the same respondent (an interview and a survey answer
  of "P3" are one person);
- a bare number ("17", an export's row id) or a generic speaker label ("Participant",
  "Speaker 1", "A", "Interviewee") means something only inside its file: it is labelled with
  the file ("Respondent ID 17 (survey.csv)", "Participant (maria.vtt)"), so two files'
  "Participant" are two people, and importing the same file again finds the same one.

Two respondents that turn out to be the same can be merged afterwards (one undo step).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from workshop.domain.model import STUDY_KIND_OF_SOURCE, SourceKind, StudyKind
from workshop.i18n import _

#: First words of labels that name a role, not a person ("Participant 2", "Speaker 1").
GENERIC_WORDS = frozenset(
    {"participant", "respondent", "interviewee", "customer", "user", "client", "a", "answer",
     "speaker", "caller", "guest", "teilnehmer", "teilnehmerin", "unknown", "anonymous"}
)  # fmt: skip

#: Kinds of source whose rows or turns do not speak for a person the check can count as a
#: respondent: a ticket number is not a person, a dashboard speaks for no one, and the
#: team's own opinions are not research.
NO_RESPONDENT_KINDS = frozenset(
    {SourceKind.SUPPORT_TICKET, SourceKind.ANALYTICS, SourceKind.ASSUMPTION}
)

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class PlannedStudy:
    name: str
    kind: StudyKind
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True)
class PlannedRespondent:
    #: The key of the planned source(s) it speaks through.
    key: str
    label: str
    attributes: dict[str, str] = field(default_factory=dict)


def respondent_label(value: str, file_name: str, header: str = "") -> str:
    """The label a respondent gets from ``value`` (a respondent-column cell or a speaker
    label) in the file ``file_name`` (see the module's rules)."""
    value = " ".join(value.split())
    words = _WORD.findall(value.casefold())
    if not any(ch.isalpha() for ch in value):
        named = _("{column} {value}").format(column=header, value=value) if header else value
        return _("{respondent} ({file})").format(respondent=named, file=file_name)
    if not words or words[0] in GENERIC_WORDS:
        return _("{respondent} ({file})").format(respondent=value, file=file_name)
    return value


def study_for(
    kind: SourceKind, name: str, dates: list[date] | tuple[date, ...] = ()
) -> PlannedStudy | None:
    """The study an import of ``kind`` makes, or None for the team's assumptions."""
    if kind is SourceKind.ASSUMPTION:
        return None
    return PlannedStudy(
        name=name,
        kind=STUDY_KIND_OF_SOURCE[kind],
        date_from=min(dates) if dates else None,
        date_to=max(dates) if dates else None,
    )


def has_respondents(kind: SourceKind) -> bool:
    return kind not in NO_RESPONDENT_KINDS
