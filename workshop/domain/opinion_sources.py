"""Sources whose name says they are the team's opinion, whatever kind they are marked as.

A source labelled "CEO's opinion" or "Team brainstorm" and marked as an interview would
count as research. A sceptical researcher reads the name: the ``opinion-named`` finding
names each such source behind a persona ("'CEO's opinion' is marked as an interview but its
name says it is an opinion"), a warning for a draft and an error for a validated persona (a
researcher would not sign it). The fix is to mark it "assumption / team opinion", or to
name it for what it is.

What the name must say (``OPINION_WORDS``, English, German, French and Spanish, matched as
whole words with case and accents ignored): opinion, brainstorm, assumption, hunch or gut
feeling, our guess, internal workshop. Deliberately not flagged:

- the words of someone the research heard: "Customer opinion survey", "Opinions of users",
  "Kundenmeinung" (a holder such as customer, user, client, respondent, participant just
  before the word, or after "of"/"from" and their German, French and Spanish equivalents);
- roles alone: "Interview with the CEO" may be a customer company's CEO, which is research;
  the check cannot tell whose CEO it is, so it says nothing (name our own people's views
  for what they are: "CEO's opinion" is flagged).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from workshop.domain.check_findings import Findings
from workshop.domain.check_report import Rule, Severity
from workshop.domain.item_evidence import ItemEvidence
from workshop.domain.model import PersonaItem, Source, SourceKind
from workshop.domain.text_folding import fold, without_accents
from workshop.i18n import N_, _

#: What a name says a source is, as a message says it.
WHAT_IT_IS: dict[str, str] = {
    "opinion": N_("an opinion"),
    "brainstorm": N_("a brainstorm"),
    "assumption": N_("an assumption"),
    "hunch": N_("a hunch"),
    "guess": N_("a guess"),
    "workshop": N_("an internal workshop"),
}

#: The words (folded, without accents) that say so, by what they say.
OPINION_WORDS: dict[str, tuple[str, ...]] = {
    "opinion": (
        "opinion", "opinions", "meinung", "meinungen", "opiniones", "point de vue",
        "einschatzung", "sicht des teams",
    ),
    "brainstorm": (
        "brainstorm", "brainstorms", "brainstorming", "lluvia de ideas", "remue meninges",
    ),
    "assumption": (
        "assumption", "assumptions", "assumed", "annahme", "annahmen", "vermutung",
        "vermutungen", "supposition", "suppositions", "suposicion", "suposiciones",
        "supuesto", "supuestos",
    ),
    "hunch": (
        "hunch", "hunches", "gut feeling", "gut feelings", "gut feel", "gut instinct",
        "bauchgefuhl", "pressentiment", "intuition", "corazonada", "intuicion",
    ),
    "guess": (
        "our guess", "our guesses", "best guess", "educated guess", "team guess", "guesswork",
        "unsere schatzung", "notre estimation", "nuestra estimacion", "conjetura",
    ),
    "workshop": (
        "internal workshop", "team workshop", "interner workshop", "internes workshop",
        "atelier interne", "atelier d'equipe", "taller interno",
        "taller del equipo", "taller de equipo",
    ),
}  # fmt: skip

#: People the research hears: their opinions are research ("Customer opinion survey").
HOLDERS = (
    "customer", "customers", "user", "users", "client", "clients", "respondent",
    "respondents", "participant", "participants", "buyer", "buyers", "shopper", "shoppers",
    "patient", "patients", "kunde", "kunden", "nutzer", "nutzerin", "nutzerinnen",
    "befragte", "befragten", "teilnehmer", "teilnehmende", "utilisateur", "utilisateurs",
    "utilisatrice", "utilisatrices", "repondant", "repondants", "usuario", "usuarios",
    "cliente", "clientes", "encuestado", "encuestados", "participante", "participantes",
)  # fmt: skip
_OF = ("of", "from", "by", "der", "des", "von", "de", "du", "del", "la", "les", "los", "the")

_FLAGGED = [
    (what, re.compile(r"(?<![\w])(" + "|".join(map(re.escape, words)) + r")(?![\w])"))
    for what, words in OPINION_WORDS.items()
]
_HOLDER = "(?:" + "|".join(HOLDERS) + ")"
_HELD_BEFORE = re.compile(r"(?:^|\W)" + _HOLDER + r"(?:'s|s')?\W+(?:\w+\W+)?$")
_HELD_AFTER = re.compile(r"^\W+(?:" + "|".join(_OF) + r")\W+(?:\w+\W+){0,2}" + _HOLDER + r"\b")

#: How a message says what a source is marked as.
MARKED_AS: dict[SourceKind, str] = {
    SourceKind.INTERVIEW: N_("an interview"),
    SourceKind.SURVEY: N_("a survey"),
    SourceKind.SUPPORT_TICKET: N_("a support ticket"),
    SourceKind.OBSERVATION: N_("an observation"),
    SourceKind.ANALYTICS: N_("analytics"),
    SourceKind.OTHER: N_("research (kind 'other')"),
    SourceKind.ASSUMPTION: N_("an assumption"),
}


def opinion_named(label: str) -> str | None:
    """What the name says the source is ("opinion", "brainstorm", ...), or None."""
    text = without_accents(fold(label)).replace("\u2019", "'")
    text = text.replace("-", " ")
    for what, pattern in _FLAGGED:
        for match in pattern.finditer(text):
            before, after = text[: match.start()], text[match.end() :]
            if _HELD_BEFORE.search(before) or _HELD_AFTER.match(after):
                continue
            if re.search(r"(?:^|\W)" + _HOLDER + r"\w*$", before.rstrip()):  # Kundenmeinung
                continue
            return what
    return _compound(text)


def _compound(text: str) -> str | None:
    """German compounds: "Teammeinung", "Chefmeinung" (but not "Kundenmeinung")."""
    for word in re.findall(r"\w+", text):
        for ending, what in (("meinung", "opinion"), ("annahme", "assumption")):
            if word.endswith(ending) and len(word) > len(ending):
                head = word[: -len(ending)]
                if not any(head.startswith(h) for h in HOLDERS):
                    return what
    return None


def check_opinion_sources(
    found: Findings,
    items: Iterable[PersonaItem],
    evidence: Mapping[str, ItemEvidence],
    sources: Mapping[str, Source],
    weak: Severity,
) -> None:
    """One finding per research source behind ``items`` whose name says it is an opinion."""
    behind: set[str] = set()
    for item in items:
        backing = evidence.get(item.id)
        if backing is not None:
            behind |= backing.research_source_ids
    said: set[tuple[SourceKind, str]] = set()
    for source in sorted(
        (sources[i] for i in behind if i in sources), key=lambda s: (s.label.casefold(), s.id)
    ):
        what = opinion_named(source.label)
        if what is None or (source.kind, fold(source.label)) in said:
            continue
        said.add((source.kind, fold(source.label)))
        found.add(
            Rule.OPINION_NAMED,
            weak,
            _("'{label}' is marked as {kind} but its name says it is {what}.").format(
                label=source.label.strip(),
                kind=_(MARKED_AS[source.kind]),
                what=_(WHAT_IT_IS[what]),
            ),
            _(
                "If it is the team's view, make its kind 'assumption / team opinion' (it will "
                "not count as research); if it is research, name it for who was heard and when."
            ),
        )
