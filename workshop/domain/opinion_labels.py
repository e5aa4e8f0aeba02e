"""Does a source's name say it is the team's view rather than research?

A sceptical researcher reads a source's label, whatever kind it is marked as. The label is
read in English, German, French and Spanish alike (folded as ``text_folding.fold`` does,
accents ignored), by the ideas behind such names rather than a list of exact phrases:

1. **Opinion words** (``OPINION_WORDS``): opinion, HiPPO, brainstorm, assumption, hunch,
   gut feeling or gut check, our or best guess, an internal workshop or offsite — unless the
   research heard them: a holder such as customer, user, client, respondent or participant
   just before the word or after "of"/"from" ("Customer opinion survey", "Opinions of our
   users", "Kundenmeinung").
2. **The team as the speaker** of a view: a word for a view, a belief, thinking, an
   impression, input, knowledge or consensus (``VIEW_WORDS``) whose
   nearest person is one of our own (``SPEAKERS``: the team, sales, marketing, the founder,
   the CEO, leadership, stakeholders, staff, colleagues, "we", "our", "internal"...):
   "Sales team's view", "What marketing thinks", "Stakeholder input", "Team belief",
   "We think", "Internal knowledge", "Customer Success team's impressions", "Avis de
   l'équipe commerciale". When the nearest person is someone the research heard, it is
   research: "What customers think of our pricing", "User impressions", "Avis clients".
   First-person verbs say "we" by themselves: "Lo que pensamos", "Ce que nous pensons".
3. **Hypotheses** not being tested: "Persona hypotheses", "Hypothesen des Teams", "Nos
   hypothèses", "Hipótesis del equipo" (but "Interview testing hypothesis 2" and
   "Assumption test interviews" are research).
4. **Self-use**: the team using the product itself ("We used it ourselves for a week",
   "Dogfooding notes", "Wir haben es selbst genutzt", "Lo usamos nosotros mismos").
5. **One of our own as the one heard**: "our"/"internal" and a role of our own company
   ("Interview with our sales rep", "Notes from our support team"), unless what follows is
   the research such people hold ("Our support tickets export", "Our sales call
   recordings").

6. **Not research at all** (``not_research_labels``): AI-generated or simulated sources,
   marketing or desk copy, personas and workshop artefacts, the team's circle (the first
   person, colleagues, friends and family, our roles' notes), guesses, made-up data.

Deliberately not flagged: roles alone ("Interview with the CEO" may be a customer
company's CEO; "Sales call recording with ACME" is a call with a customer), and research
that hears opinions ("Customer opinion survey Q3": an opinion *survey* of customers is
research). The genuine research labels the tests keep passing are in
``tests/domain/test_opinion_labels.py``.
"""

from __future__ import annotations

import functools
import re

from workshop.domain.not_research_labels import not_research_named
from workshop.domain.text_folding import fold, without_accents
from workshop.i18n import N_


def _set(words: str) -> frozenset[str]:
    """The words of ``words`` (separated by white space), as a set."""
    return frozenset(words.split())


#: What a name says a source is, as a message says it.
WHAT_IT_IS: dict[str, str] = {
    "opinion": N_("an opinion"),
    "brainstorm": N_("a brainstorm"),
    "assumption": N_("an assumption"),
    "hunch": N_("a hunch"),
    "guess": N_("a guess"),
    "workshop": N_("an internal workshop"),
    "view": N_("the team's view"),
    "hypothesis": N_("a hypothesis"),
    "self-use": N_("the team's own use of the product"),
    # not_research_labels: what else a source can be that no one in the research said
    "synthetic": N_("AI-generated or simulated, not a person heard"),
    "marketing": N_("marketing or desk copy, not a person heard"),
    "artefact": N_("a persona or workshop artefact, not research"),
    "circle": N_("the team or people close to it, not the people researched"),
    "fake": N_("made-up or demo data"),
    "team": N_("one of the team running the workshop, not a respondent"),
}

#: The words (folded, without accents) that say so whoever holds them, by what they say.
OPINION_WORDS: dict[str, tuple[str, ...]] = {
    "opinion": (
        "opinion", "opinions", "meinung", "meinungen", "opiniones", "point de vue",
        "einschatzung", "sicht des teams", "hippo", "hippos",
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
        "gut check", "gut checks", "gut call", "bauchgefuhl", "pressentiment", "intuition",
        "corazonada", "intuicion",
    ),
    "guess": (
        "our guess", "our guesses", "best guess", "educated guess", "team guess", "guesswork",
        "unsere schatzung", "notre estimation", "nuestra estimacion", "conjetura",
    ),
    "workshop": (
        "internal workshop", "team workshop", "interner workshop", "internes workshop",
        "atelier interne", "atelier d'equipe", "taller interno",
        "taller del equipo", "taller de equipo", "offsite", "offsites", "off site",
        "klausurtagung",
    ),
}  # fmt: skip

#: People the research hears: their opinions are research ("Customer opinion survey").
HOLDERS = _set(
    """customer customers user users client clients respondent respondents participant
    participants buyer buyers shopper shoppers patient patients prospect prospects
    interviewee interviewees people parents families visitors members subscribers
    kunde kunden kundin kundinnen nutzer nutzerin nutzerinnen befragte befragten teilnehmer
    teilnehmende leute eltern familien utilisateur utilisateurs utilisatrice utilisatrices
    repondant repondants gens familles usuario usuarios cliente clientes encuestado
    encuestados participante participantes gente familias"""
)

#: Our own people, as the speaker of a view.
SPEAKERS = _set(
    """team teams sales marketing founder founders cofounder cofounders ceo cto cpo coo cfo
    cmo leadership leaders executive executives exec execs stakeholder
    stakeholders staff employee employees colleague colleagues board boss pm pms we us our
    ours ourselves internal internally inhouse engineering engineers developers
    devs vertrieb vertriebs vertriebler vertriebsteam grunder grunderin grunderinnen
    geschaftsfuhrung geschaftsfuhrer chef chefin fuhrung fuhrungsteam fuhrungskrafte
    vorstand mitarbeiter mitarbeitende mitarbeiterinnen kollegen kolleginnen belegschaft
    wir uns unser unsere unserer unseres unserem unseren intern interne internen internes
    interner produktteam equipe equipes commercial commerciale commerciaux ventes
    fondateur fondatrice fondateurs pdg direction dirigeant dirigeants dirigeante
    collegues salaries employes nous notre nos equipo equipos comercial
    comerciales fundador fundadora fundadores director directora directivos directiva
    direccion gerencia gerente jefe jefa nosotros nosotras nuestro nuestra nuestros
    nuestras interno interna internos internas empleados colegas"""
)

#: Words for a view, a belief or what someone knows: the team's view when one of our own
#: is the nearest person named.
VIEW_WORDS = _set(
    """view views viewpoint perspective perspectives take input inputs belief beliefs believe
    believes believed think thinks thought thoughts impression impressions consensus
    knowledge feeling feelings says expectation expectations
    sicht ansicht ansichten sichtweise eindruck eindrucke konsens glauben glaubt denken
    denkt wissen avis vision impression consensus croyance croyances pense pensent croit
    croient connaissances ressenti perception impresion impresiones consenso creencia
    creencias cree creen piensa piensan conocimiento conocimientos percepcion sensacion
    opina opinan"""
)

#: Verbs that say "we think" by themselves.
WE_THINK = _set("""pensons croyons supposons estimons pensamos creemos suponemos opinamos""")

_HYPOTHESES = _set("hypothesis hypotheses hypothese hypothesen hipotesis")
#: Research that tests a hypothesis: then the hypothesis is not the evidence.
_TESTED = _set(
    """test tests testing tested validation validating validated validate interview
    interviews survey surveys experiment experiments study studies prufung getestet
    validierung umfrage studie entretien entretiens enquete etude valider prueba pruebas
    validacion entrevista entrevistas encuesta estudio experimento"""
)

_USED = _set(
    """use used using tried trying try dogfood dogfooded dogfooding genutzt benutzt
    verwendet ausprobiert utilise utilisee utilises essaye usamos usado usada probamos
    probado utilizamos"""
)
_OURSELVES = ("ourselves", "selbst", "nous memes", "nosotros mismos", "nosotras mismas")
_DOGFOOD = _set("dogfood dogfooded dogfooding eigennutzung selbsttest eigentest")

#: "our"/"internal": followed by one of these roles, the one heard is one of our own.
_OURS = _set(
    """our ours internal inhouse unser unsere unserer unseres unserem unseren intern interne
    internen internes interner notre nos interne internes nuestro nuestra nuestros nuestras
    interno interna internos internas"""
)
_OWN_ROLES = _set(
    """sales support team teams staff ceo cto cpo coo cfo cmo founder founders cofounder pm
    pms marketing rep reps engineer engineers engineering developer developers devs
    colleague colleagues employee employees leadership management executives execs
    board agent agents success account vertrieb vertriebs vertriebler vertriebsteam
    mitarbeiter mitarbeitende kollegen kolleginnen grunder geschaftsfuhrung chef
    entwickler produktteam equipe commercial commerciaux commerciale vendeurs collegues
    salaries employes fondateur pdg direction developpeurs equipo ventas comercial
    comerciales vendedores soporte colegas empleados fundador director desarrolladores"""
)
#: Stakeholders are our own people by definition (a customer's are named with the customer).
_STAKEHOLDERS = _set("stakeholder stakeholders")
#: What our own people hold that is research about others (tickets, calls, logs).
_THEIR_RESEARCH = _set(
    """ticket tickets inbox queue log logs data export exports analytics call calls
    recording recordings demo demos pipeline crm desk helpdesk system chats chat emails
    transcripts anfragen tickets donnees appels enregistrements llamadas grabaciones
    datos"""
)

#: Small words left out when measuring how near two words are.
_STOP = _set(
    """the a an of what that this s l d de des du del la le les el los las lo que ce qu
    der die das den dem was and und et y in im en for fur pour para on about with mit
    avec con to zu al au aux by from von sur uber sobre it es is ist est its"""
)

_FLAGGED = [
    (what, re.compile(r"(?<![\w])(" + "|".join(map(re.escape, words)) + r")(?![\w])"))
    for what, words in OPINION_WORDS.items()
]
_HOLDER = "(?:" + "|".join(sorted(HOLDERS, key=len, reverse=True)) + ")"
_OF = (
    "of",
    "from",
    "by",
    "der",
    "des",
    "von",
    "de",
    "du",
    "del",
    "la",
    "les",
    "los",
    "the",
    "a",
    "au",
    "aux",
    "among",
    "with",
    "bei",
    "unter",
    "chez",
    "avec",
    "entre",
    "con",
)
_HELD_BEFORE = re.compile(r"(?:^|\W)" + _HOLDER + r"(?:'s|s')?\W+(?:\w+\W+)?$")
_HELD_AFTER = re.compile(r"^\W+(?:" + "|".join(_OF) + r")\W+(?:\w+\W+){0,2}" + _HOLDER + r"\b")


#: Every word one of the rules starts from: a label with none of them is research.
_TRIGGERS = (
    frozenset(w for words in OPINION_WORDS.values() for p in words for w in re.findall(r"\w+", p))
    | VIEW_WORDS
    | WE_THINK
    | _HYPOTHESES
    | _USED
    | _DOGFOOD
    | _OURS
    | _STAKEHOLDERS
) - _STOP
_COMPOUND_ENDINGS: tuple[str, ...] = (
    "meinung", "annahme", "annahmen", "hypothese", "hypothesen", "sicht", "einschatzung",
    "konsens",
)  # fmt: skip


@functools.lru_cache(maxsize=65536)  # labels repeat across items and checks
def opinion_named(label: str) -> str | None:
    """What the name says the source is (a key of ``WHAT_IT_IS``), or None for research."""
    text = without_accents(fold(label)).replace("\u2019", "'").replace("-", " ")
    text = re.sub(r"\bin house\b", "inhouse", text)
    words = [w for w in re.findall(r"\w+", text) if w not in _STOP]
    if _TRIGGERS.isdisjoint(words) and not any(w.endswith(_COMPOUND_ENDINGS) for w in words):
        return not_research_named(label)
    said = _opinion_word(text) or _compound(words)
    if said in ("assumption", "hypothesis") and any(w in _TESTED for w in words):
        said = None  # "Assumption test interviews": research testing it
    return (
        said
        or _self_use(text, words)
        or _team_view(words)
        or _hypothesis(words)
        or _one_of_ours(words)
        or not_research_named(label)
    )


def _opinion_word(text: str) -> str | None:
    for what, pattern in _FLAGGED:
        for match in pattern.finditer(text):
            before, after = text[: match.start()], text[match.end() :]
            if _HELD_BEFORE.search(before) or _HELD_AFTER.match(after):
                continue
            if re.search(r"(?:^|\W)" + _HOLDER + r"\w*$", before.rstrip()):  # Kundenmeinung
                continue
            return what
    return None


def _compound(words: list[str]) -> str | None:
    """German compounds: "Teammeinung", "Personahypothesen", "Vertriebssicht" (but not
    "Kundenmeinung" or "Nutzersicht")."""
    for word in words:
        for ending, what in (  # as _COMPOUND_ENDINGS
            ("meinung", "opinion"),
            ("annahme", "assumption"),
            ("annahmen", "assumption"),
            ("hypothese", "hypothesis"),
            ("hypothesen", "hypothesis"),
            ("sicht", "view"),
            ("einschatzung", "view"),
            ("konsens", "view"),
        ):
            if word.endswith(ending) and len(word) > len(ending):
                head = word[: -len(ending)]
                if any(head.startswith(h) for h in HOLDERS):
                    continue
                if what != "view" or any(head.startswith(s) for s in SPEAKERS if len(s) > 3):
                    return what
    return None


def _team_view(words: list[str]) -> str | None:
    """A view word whose nearest person is one of our own; "pensamos" by itself."""
    if any(w in WE_THINK for w in words):
        return "view"
    for index, word in enumerate(words):
        if word not in VIEW_WORDS:
            continue
        ours = _nearest(words, index, SPEAKERS)
        theirs = _nearest(words, index, HOLDERS)
        if ours is not None and (theirs is None or ours < theirs):
            return "view"
    return None


def _nearest(words: list[str], index: int, people: frozenset[str]) -> int | None:
    distances = [abs(i - index) for i, w in enumerate(words) if w in people and i != index]
    return min(distances) if distances else None


def _hypothesis(words: list[str]) -> str | None:
    if any(w in _HYPOTHESES for w in words) and not any(w in _TESTED for w in words):
        return "hypothesis"
    return None


def _self_use(text: str, words: list[str]) -> str | None:
    if any(w in _DOGFOOD for w in words):
        return "self-use"
    if any(w in _USED for w in words) and any(
        re.search(rf"\b{re.escape(o)}\b", text) for o in _OURSELVES
    ):
        return "self-use"
    return None


def _one_of_ours(words: list[str]) -> str | None:
    """ "Interview with our sales rep", "Stakeholder interview": one of our own was heard
    (not when the label names someone the research heard before: "What customers think of
    our sales team")."""
    for index, word in enumerate(words):
        if any(w in HOLDERS for w in words[:index]):
            return None
        if word in _STAKEHOLDERS:
            return "view"
        if word not in _OURS:
            continue
        after = words[index + 1 : index + 3]
        roles = [i for i, w in enumerate(after) if w in _OWN_ROLES]
        if not roles:
            continue
        following = words[index + 1 + roles[0] + 1 : index + 1 + roles[0] + 3]
        if any(w in _THEIR_RESEARCH for w in following):
            continue
        if any(w in HOLDERS for w in after[: roles[0]]):
            continue
        return "view"
    return None
