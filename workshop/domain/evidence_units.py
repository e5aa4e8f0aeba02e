"""What counts as research, and what one distinct piece of evidence is, as a sceptical
researcher counts them. A sceptical count never over-counts: what a reader would take for
one person, one study or one source is one.

- **Research** (:func:`counts_as_research`): a source of a research kind that says what it
  is (``Source.is_research``) and whose name does not say it is the team's view ("CEO's
  opinion", "Sales team's view", "We used it ourselves": ``opinion_labels``), whatever kind
  it is marked as. Everything else is an assumption.
- **A respondent** is counted by their label, folded as sources are
  (``text_folding.fold``: Unicode forms, case, spacing, invisible characters, dashes and
  look-alike letters ignored): two respondent rows "Ana Lima", "Priya Nair" and
  "priya  nair ", "Zoë" typed two ways, or "P1" twice after two breakout copies were
  merged, are one respondent. Give two people two labels ("Study A P1", "Study B P1") to
  count them apart.
- **A support ticket** speaks for the customer or account it comes from: its respondent
  when it has one, else the customer its label names ("Ticket 4411 from ACME", "Ticket von
  ACME", "Ticket 12 de la part de ACME", "Ticket 3 del cliente ACME"). Two tickets from one
  customer are one respondent.
- **Analytics** speak for no one person: they count by study, its name folded the same way
  (two reports of one funnel study, or of two studies both called "base.csv", are one).
  Two studies are two — and the check says that studies, not people, were counted.
- **Any other source** (no respondent, no study, or a kind that speaks for a person but no
  one was named) counts by its label, folded: "Interview P1" in March and again in May is
  one, as is "Ana Lima" entered once as an interview and once as a survey; two labels are
  two. One with the label of a source that speaks for a respondent counts as that
  respondent (``item_evidence``: "Interview P1" typed again by hand is still P1's), as
  does one whose notes only repeat a respondent's word for word (a file imported again).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from workshop.domain.model import (
    NON_PERSON_KINDS,
    Participant,
    Respondent,
    Source,
    SourceKind,
    Study,
)
from workshop.domain.not_research_labels import (
    described_not_research,
    not_research_named,
    ours_described,
)
from workshop.domain.opinion_labels import opinion_named
from workshop.domain.person_labels import person_key
from workshop.domain.text_folding import fold, without_accents

#: What one unit of distinct evidence is: a respondent, a study, or a source.
RESPONDENT, STUDY, SOURCE = "respondent", "study", "source"

#: "Ticket 4411 from ACME": a ticket word, its number, a word for "from", the customer.
_TICKET_FROM = re.compile(
    r"^(?:support\s+)?(?:ticket|case|request|anfrage|supportanfrage|demande|caso|solicitud|"
    r"incidencia)\s*(?:#|no\.?|nr\.?|n°)?\s*[\w-]*\s+"
    r"(?:from|von|de la part de|du client|de parte de|del cliente|from customer|von kunde)\s+"
    r"(?P<who>[^—–:,;()]+?)\s*(?:[—–:,;(].*)?$",
    re.IGNORECASE,
)


#: ``fold``, remembered: the same labels and notes are read for every item they back.
folded = functools.lru_cache(maxsize=65536)(fold)


#: Where a source says it is not research, as ``not_research_said`` names it.
NAME, REFERENCE, DESCRIPTION, RESPONDENT_SAYS = "name", "reference", "description", "respondent"


def team_names(participants: Iterable[Participant]) -> frozenset[str]:
    """The workshop participants' names, folded: the people in the room are not respondents."""
    return frozenset(n for p in participants if (n := folded(p.name)))


def counts_as_research(
    source: Source,
    respondents: Mapping[str, Respondent] | None = None,
    team: frozenset[str] = frozenset(),
) -> bool:
    """Research, not the team's view: a research kind that says what it is, and nothing —
    its name, reference, description, or the respondent it speaks for (``respondents``,
    when given) — says it is an opinion or not research at all (``not_research_said``)."""
    return source.is_research and not_research_said(source, respondents, team) is None


def not_research_said(
    source: Source,
    respondents: Mapping[str, Respondent] | None = None,
    team: frozenset[str] = frozenset(),
) -> tuple[str, str] | None:
    """(where, what) when something about ``source`` says it is not research: where is
    ``NAME``, ``REFERENCE``, ``DESCRIPTION`` or ``RESPONDENT_SAYS``, what a key of
    ``opinion_labels.WHAT_IT_IS``. The name and the reference (a file name, a link) are read
    as names are (``opinion_named``: "CEO's opinion.docx", "chatgpt.com/share/1"); the
    description narrowly (``described_not_research``: "Not a real interview: we role-played
    the customer"); the respondent's label as a name ("Synthetic P1") and their details as
    saying they are one of our own ("Product manager at our company", "internal staff")."""
    if what := opinion_named(source.label):
        return (NAME, what)
    if source.reference and (what := opinion_named(source.reference)):
        return (REFERENCE, what)
    if source.notes and (what := described_not_research(source.notes)):
        return (DESCRIPTION, what)
    respondent = (respondents or {}).get(source.respondent_id or "")
    if respondent is None and folded(source.label) in team:
        return (NAME, "team")
    if respondent is not None:
        if folded(respondent.label) in team:
            return (RESPONDENT_SAYS, "team")
        if what := not_research_named(respondent.label):
            return (RESPONDENT_SAYS, what)
        for detail in (*respondent.attributes.values(), respondent.notes):
            if detail and (what := ours_described(detail) or described_not_research(detail)):
                return (RESPONDENT_SAYS, what)
    return None


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TICKET = r"(?:support\s*)?(?:ticket|case|request|anfrage|supportanfrage|demande|caso|solicitud)"
#: "Ticket 1 (ACME)": the customer in brackets after the ticket.
_TICKET_BRACKETED = re.compile(
    rf"^{_TICKET}\s*(?:#|no\.?|nr\.?|n°)?\s*[\w-]*\s*\((?P<who>[^()]+)\)\s*$", re.IGNORECASE
)
#: "ACME ticket 2": the customer before the ticket word.
_TICKET_AFTER = re.compile(
    rf"^(?P<who>[^()#:]+?)\s*(?:'s)?\s+{_TICKET}\s*(?:#|no\.?|nr\.?|n°)?\s*[\w-]*\s*$",
    re.IGNORECASE,
)
#: Words before a ticket word that are no customer ("Support ticket 2", "Open ticket 3").
_NOT_A_CUSTOMER = _words(
    "support new old open closed the a an urgent escalated first second last customer"
)


def ticket_customer(label: str) -> str:
    """The customer a support ticket's label names ("Ticket 4411 from ACME Corp", "Ticket 1
    (ACME)", "ACME ticket 2" -> the customer), or ""."""
    text = " ".join(label.split())
    for pattern in (_TICKET_FROM, _TICKET_BRACKETED, _TICKET_AFTER):
        match = pattern.match(text)
        if match:
            who = match.group("who").strip()
            if who.casefold() not in _NOT_A_CUSTOMER and not who.isdigit():
                return who
    return ""


#: Words that say a respondent label is a group of people, not one person.
_GROUP_WORDS = _words(
    """cohort cohorts segment segments group groups all everyone everybody panel aggregate
    aggregated average total overall kohorte segment gruppe alle jeder cohorte groupe
    tous toutes segmento grupo todos todas"""
)
#: Plural words for people: a label ending in one is a group ("Power users").
_PEOPLE_PLURALS = _words(
    """users customers clients members subscribers respondents participants people buyers
    shoppers visitors parents families admins managers owners kunden teilnehmende leute
    utilisateurs clients membres participants usuarios clientes miembros participantes"""
)


def is_group(label: str) -> bool:
    """Whether a respondent's label names a group rather than one person: "Cohort A",
    "All users", "Power users", "Segment B" (counted by study, never as people)."""
    words = re.findall(r"\w+", without_accents(fold(label)))
    if not words:
        return False
    return any(w in _GROUP_WORDS for w in words) or words[-1] in _PEOPLE_PLURALS


def unit_of(
    source: Source, respondents: Mapping[str, Respondent], studies: Mapping[str, Study]
) -> tuple[str, str, str]:
    """(kind of unit, what tells it apart, its label) for one research source."""
    respondent = respondents.get(source.respondent_id or "")
    if respondent is not None and is_group(respondent.label):  # a group counts by study
        study = studies.get(source.study_id or "")
        if study is not None:
            return (STUDY, _key(study.name, study.id), study.name.strip())
        return (STUDY, _person(respondent.label, respondent.id), respondent.label.strip())
    if respondent is not None:
        return (RESPONDENT, _person(respondent.label, respondent.id), respondent.label.strip())
    study = studies.get(source.study_id or "")
    if study is not None and source.kind in NON_PERSON_KINDS:
        return (STUDY, _key(study.name, study.id), study.name.strip())
    if source.kind is SourceKind.SUPPORT_TICKET and (customer := ticket_customer(source.label)):
        return (RESPONDENT, _key(customer, source.id), customer)
    return (SOURCE, _person(source.label, "#".join(source.identity)), source.label.strip())


def _person(label: str, fallback: str) -> str:
    """``label`` as a person (``person_labels.person_key``: "P01" is "P1", "Lima, Ana" is
    "Ana Lima", "P1 (copy)" is "P1"); a label that says nothing is told apart by its row."""
    return person_key(label) or f"\x00{fallback}"


def _key(label: str, fallback: str) -> str:
    """``label`` folded; a label that folds to nothing (a blank) is told apart by its row."""
    return folded(label) or f"\x00{fallback}"
