"""When two labels name one person, as a sceptical researcher reads them (issue 15, second
tester, finding 3). A sceptical count never over-counts: spellings of one person are one.

:func:`person_key` turns a respondent's label (or the label of a source that names no
respondent) into what tells people apart:

- **ID-like labels** fold to a class of prefix and a number, leading zeros ignored: "P1",
  "P01", "P 1", "P-1", "P.1", "P#1", "Participant 1", "Participant 01", "Participante 1",
  "Teilnehmer 1" and "TN1" are one; "Respondent 3" is "R3"; "User 7" is "U7". A generic
  word beside the ID ("Interview P1", "Interview (P1)", "Survey answers P1") does not
  change it, so "Interview P1" and "Interview P2" stay two.
- **Names** fold accents and the German transliterations (José = Jose, Müller = Mueller)
  and word order ("Lima, Ana" = "Ana Lima").
- **Session and copy qualifiers** are not part of the person: "P1 (copy)", "P1 -
  follow-up", "P1 2nd session", "P1 session 2", "Interview Ana Lima (March)" and "(May)",
  and an ID in brackets beside a name ("Ana Lima (P3)" is "Ana Lima"). A qualifier is only
  dropped in brackets, after a dash, or beside an ID: "Usability test session 4" and
  "session 5" stay two.
- Words beside an ID that are not generic keep people apart: "Study A P1" and "Study B P1"
  are two.

Pure standard library; only ``text_folding`` of ours is imported.
"""

from __future__ import annotations

import functools
import re

from workshop.domain.text_folding import fold, without_accents


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Prefixes of ID-like labels, by class: the same class and number is the same person.
ID_CLASSES: dict[str, frozenset[str]] = {
    "p": _set(
        """p pt participant participants participante participantes teilnehmer teilnehmerin
        teilnehmende tn"""
    ),
    "r": _set(
        """r resp respondent respondents befragte befragter befragten encuestado encuestada
        repondant repondante"""
    ),
    "u": _set("""u user users nutzer nutzerin usuario usuaria utilisateur utilisatrice"""),
}
_PREFIX = {word: cls for cls, words in ID_CLASSES.items() for word in words}
_ID = re.compile(
    r"(?<![\w])(?P<prefix>" + "|".join(sorted(_PREFIX, key=len, reverse=True)) + r")"
    r"\s*(?:(?:id|no|nr|number|nummer|numero|num)\s*)?[#.\-]?\s*0*(?P<number>\d+)(?![\w])"
)

#: Words that say what kind of source, not who: left out beside an ID or a name.
GENERIC = _set(
    """interview interviews transcript transcripts survey surveys answers answer responses
    response notes note call calls recording recordings session sessions with the a an of
    and for from by gesprach gesprache interviewt umfrage antworten mit entretien entretiens
    enquete reponses avec entrevista entrevistas encuesta respuestas con de del la el le les"""
)
#: Words that say which sitting or copy, not who.
QUALIFIERS = _set(
    """copy copies kopie copie copia duplicate dup follow up followup follow-up again
    retake reinterview re-interview session sessions sitzung seance sesion second third
    2nd 3rd 4th nd rd th part round week wk v version teil runde woche semaine semana
    zweite zweites deuxieme segunda segundo revisit revisited later earlier first 1st"""
)
MONTHS = _set(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec januar februar marz mai juni
    juli oktober dezember janvier fevrier mars avril juin juillet aout septembre octobre
    novembre decembre enero febrero marzo abril mayo junio julio agosto septiembre octubre
    noviembre diciembre spring summer autumn fall winter"""
)
#: German transliterations: "Müller" and "Mueller" are one name.
_TRANSLITERATIONS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
_BRACKETS = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def _is_qualifier(tokens: list[str]) -> bool:
    return bool(tokens) and all(
        t in QUALIFIERS or t in MONTHS or t.isdigit() or re.fullmatch(r"\d+(?:st|nd|rd|th)", t)
        for t in tokens
    )


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w#]+", text)


@functools.lru_cache(maxsize=65536)  # labels repeat across items and checks
def person_key(label: str) -> str:
    """What tells the person ``label`` names apart from others (see the module's rules);
    "" for a label that says nothing."""
    text = without_accents(fold(label)).replace("\u2019", "'")
    # A tail after a dash that is only a qualifier: "P1 - follow-up", "Ana - 2nd session".
    head, dash, tail = text.rpartition(" - ")
    if dash and _is_qualifier(_tokens(tail.replace("-", " "))):
        text = head
    # Bracketed qualifiers, and a bracketed ID beside a name ("Ana Lima (P3)").
    groups = _BRACKETS.findall(text)
    outside = _BRACKETS.sub(" ", text)
    kept = []
    for group in groups:
        tokens = _tokens(group.replace("-", " "))
        if _is_qualifier(tokens):
            continue
        kept.append(group)
    names_outside = [t for t in _tokens(_ID.sub(" ", outside)) if t not in GENERIC]
    bracketed_ids = [g for g in kept if _ID.fullmatch(g.strip())]
    if bracketed_ids and names_outside:
        kept = [g for g in kept if g not in bracketed_ids]  # an alias beside the name
    text = " ".join([outside, *kept])
    ids = [f"{_PREFIX[m['prefix']]}{int(m['number'])}" for m in _ID.finditer(text)]
    rest = _tokens(_ID.sub(" ", text))
    if ids:
        rest = [t for t in _without_adjacent_qualifiers(rest) if t not in GENERIC]
    else:
        named = [t for t in rest if t not in GENERIC]
        rest = named or rest
    words = sorted(_transliterated(w) for w in rest)
    return " ".join([*sorted(set(ids)), *words])


def _without_adjacent_qualifiers(tokens: list[str]) -> list[str]:
    """Beside an ID, "2nd session", "session 2", "copy" say which sitting, not who."""
    kept: list[str] = []
    previous_qualifier = False
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token in QUALIFIERS or token in MONTHS:
            previous_qualifier = True
            continue
        if (token.isdigit() or re.fullmatch(r"\d+(?:st|nd|rd|th)", token)) and (
            previous_qualifier or following in QUALIFIERS
        ):
            continue
        previous_qualifier = False
        kept.append(token)
    return kept


def _transliterated(word: str) -> str:
    for written, read in _TRANSLITERATIONS:
        word = word.replace(written, read)
    return word
