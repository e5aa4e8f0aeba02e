"""Does a text say a source is not research at all: made by a machine, copy, an artefact of
the workshop, the team's circle, or made-up data? (Issue 15, second tester, finding 1.)

``opinion_labels`` reads the team's opinions; this module reads the other things a source
can be that no one in the research said, by the ideas behind them (folded, accents
ignored; English first, with the common German, French and Spanish words):

1. **Synthetic** (``"synthetic"``): made or spoken by an AI model or simulated — a word
   for synthetic, simulated, generated, role-played or fictional ("Synthetic user
   interview", "AI-generated interview 1", "Simulated respondent (GPT-4)", "LLM user
   simulation", "Not a real interview: we role-played the customer"), or an AI model as
   the one heard ("ChatGPT interview", "Interview with Claude", a reference "ChatGPT" or
   "chatgpt.com/share/1"). An AI model the research asks *about* is research: "Survey of
   ChatGPT users", "Interview about AI tools", "Interview with Claude Martin" (a person).
2. **Marketing or desk copy** (``"marketing"``): a company's own words about a product —
   a landing, pricing or home page, a website, a brochure, an app store *description*,
   a pitch or sales deck, a press release ("Competitor's pricing page", "Desk research:
   our own brochure"). App store *reviews* are research (customers wrote them).
3. **Personas and workshop artefacts** (``"artefact"``): another persona ("Persona Dana
   (poster)", "Quote from persona 'Dana'", "Proto-persona from kickoff"), sticky notes,
   an empathy or journey map, a kickoff, a whiteboard — the workshop's own output, not
   its input ("Persona validation interview 3" tests a persona: research).
4. **The team and its circle** (``"circle"``): the first person ("I think", "My guess",
   "Watching my colleague use it", "Interview with my mum"); our own people heard —
   colleagues, employees, staff, friends and family ("Employee beta tester", "Staff
   survey", "Friends and family test"); one of our roles as the one speaking ("PM's
   notes", "Product owner's notes", "VP Product's view", "Board member feedback",
   "Account manager's feedback", "Marketing's estimate", "Anecdotes from support team",
   "Sales rep's recollection of customer calls"); the team's own channels and rituals
   ("Slack #product discussion", "Team retro"); tests run on ourselves ("Self-test by the
   team", "Internal usability test with developers"); and anything "at our company".
   Roles alone are not flagged ("Interview with the CEO" may be a customer's CEO), nor
   a topic ("Interview about employee onboarding at ACME").
5. **The team running the research** (``"team"``): a name with one of our roles in
   brackets or after a dash ("Tom (PM)", "Ana (our PM)", "Kim (facilitator)",
   "Lee - interviewer"); a customer's job in brackets is not ("P3 (designer)").
6. **Guesses** (``"guess"``): a guess, speculation, expected behaviour.
7. **Made-up data** (``"fake"``): fake, dummy, demo, example, test or mock data, made-up
   numbers, lorem ipsum, "not a real interview".

Pure standard library; nothing of ours above ``text_folding`` is imported.
"""

from __future__ import annotations

import functools
import re

from workshop.domain.text_folding import fold, without_accents


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _any(phrases: str) -> re.Pattern[str]:
    """Any of the ``|``-separated phrases, as whole words."""
    return re.compile(r"(?<!\w)(?:" + phrases + r")(?!\w)")


_SYNTHETIC = _any(
    r"synthetic|synthetisch\w*|synthetique\w*|sintetic\w*|simulated|simulation|simulate"
    r"|simuliert\w*|simule\w*|simulad\w*|simulacion|generated|generiert\w*|genere\w*"
    r"|generad\w*|role ?played|role ?play|roleplay\w*|rollenspiel|jeu de role|juego de rol"
    r"|fictional|fictitious|fiktiv\w*|fictif|fictive|ficticio\w*|imaginary|imagined"
    r"|not (?:a )?real|kein echtes?|pas (?:un )?vrai|no (?:es )?(?:una )?real"
)
#: AI models and words for them: the one heard, unless the research asks about them.
_MODELS = _any(
    r"chatgpt|chat gpt|gpt ?\d\w*|gpt|openai|llm|llms|gemini|copilot|ai"
    r"|claude(?= *$| +(?:ai|\d|opus|sonnet|haiku|interview|session|chat)\b)"
)
#: Words before a model that make it the topic: "Interview about AI tools".
_TOPIC_BEFORE = _set(
    """about on regarding re of uber zu zum zur sur sobre acerca using use with_users"""
)
#: Words after a model that make it the topic: "ChatGPT users", "AI adoption".
_TOPIC_AFTER = _set(
    """users user customers customer usage use adoption tools tool features feature
    nutzer nutzung utilisateurs utilisation usuarios uso"""
)

_MARKETING = _any(
    r"landing ?page\w*|pricing ?page\w*|home ?page\w*|features? page\w*|product page\w*"
    r"|website copy|our website|competitor\w* (?:web ?)?site|brochure\w*|flyer\w*"
    r"|leaflet\w*|prospekt|plaquette"
    r"|folleto\w*|marketing copy|ad copy|sales copy|sales deck|pitch ?deck|press release"
    r"|pressemitteilung|communique de presse|nota de prensa|datasheet|data sheet"
    r"|whitepaper|white paper|(?:store|app|product|produkt|produit|producto) description"
    r"|store listing|produktbeschreibung|description (?:de l'app|du produit|produit)"
    r"|descripcion (?:de la app|del producto)|marketing material\w*|werbetext\w*"
)

_ARTEFACT = _any(
    r"persona|personas|proto ?persona\w*|protopersona\w*|sticky notes?|stickies|post ?its?"
    r"|haftnotiz\w*|empathy map\w*|empathie ?map\w*|carte d'empathie|mapa de empatia"
    r"|journey map\w*|affinity map\w*|kick ?off|kickoff|auftaktworkshop|whiteboard"
    r"|miro board|mural board|workshop output"
)
#: Research that tests a persona: then the persona is not the evidence.
_TESTED = _set(
    """test tests testing tested validation validating validate interview interviews survey
    surveys study research prufung validierung umfrage studie entretien entretiens enquete
    etude entrevista entrevistas encuesta estudio"""
)

_FIRST_PERSON = _any(
    r"i (?:think|thought|believe|guess|feel|assume|expect|reckon|suppose)|my|mine|me"
    r"|ich (?:denke|glaube|vermute|schatze)|mein|meine|meiner|meinem|meinen|je (?:pense|crois)"
    r"|yo (?:creo|pienso)|creo que|pienso que"
)
#: Our own people, as the ones heard (not someone else's: "Clinic staff interview").
_OUR_PEOPLE = _any(
    r"colleagues?|co ?workers?|coworkers?|employees?|staff|team ?mates?|friends?"
    r"|mitarbeiter\w*|kolleg\w*|belegschaft|freunde\w*|collegues?|salaries|employes?"
    r"|amis|colegas?|empleados?|amigos"
)
#: Words that may stand before one of our people: anything else names whose they are.
_PEOPLE_BEFORE = _set(
    """with our internal the by from of and an a interview interviews survey test tests
    watching watched mit unsere unseren interne internen avec nos notre con nuestros
    nuestras internos entrevista"""
)
#: Words after one of our people that make them someone else's ("employees at ACME").
_SOMEONE_ELSES = _set("at of from in bei von aus de chez en del")
_OUR_HABITS = _any(
    r"friends and family|self ?tests?|selbsttest\w*|autotest"
    r"|internal (?:\w+ )?(?:tests?|testing|interviews?"
    r"|surveys?|study|research|beta)|interne[rn]? (?:\w+ )?(?:test|umfrage)"
    r"|(?:our|unsere[rnm]?|notre|nuestra) (?:company|firm|organisation|organization|startup"
    r"|org|firma|unternehmen|entreprise|societe|empresa)"
    r"|slack(?! (?:admins?|users?|customers?))|retro|retrospective|retrospektive|standup"
    r"|stand up|all hands|sprint review"
    r"|beta testers? from (?:the )?team|dogfood\w*"
)
#: Our roles, speaking: "PM's notes", "Board member feedback", "Anecdotes from support".
_ROLE = (
    r"(?:pm|pms|product managers?|product owners?|po|vp(?: \w+)?|head of \w+|board members?"
    r"|account managers?|account execs?|sales ?reps?|sales team|marketing"
    r"|support team|cs team|customer success team|success team|designers?|design team"
    r"|developers?|devs|engineers?|engineering|founders?|ceo|cto|cpo|cmo|facilitator"
    r"|leadership|product team|dev team|ux team|investors?|advisors?|mentors?)"
)
_SAID = (
    r"(?:notes?|feedback|view|views|estimate\w*|recollection\w*|memory|memories|anecdotes?"
    r"|impressions?|take|guess\w*|opinion\w*|thoughts?|summary|wishlist|wish list"
    r"|expectations?|assumptions?|estimate)"
)
_ROLE_SAYS = re.compile(
    rf"(?<!\w){_ROLE}(?:'s|s'|')? {_SAID}(?!\w)|(?<!\w){_SAID} (?:from|by|of) (?:the |our )?"
    rf"{_ROLE}(?!\w)"
)
#: One of the team running the research, named with their role: "Tom (PM)", "Ana (our
#: PM)", "Kim - facilitator" ("P3 (designer)" may be a customer who designs: not flagged).
_ROLE_IN_BRACKETS = re.compile(
    r"(?:\(|\[|\s-\s|,\s*)(?:our |the |unser\w* |notre |nuestr\w* )?(?:pm|product manager"
    r"|product owner|po|facilitator|co ?facilitator|moderator|moderatorin|interviewer"
    r"|interviewerin|note ?taker|researcher|ux researcher|animateur|animatrice|moderador"
    r"|moderadora|entrevistador|entrevistadora|team|equipe|equipo)(?: \w+)?\s*(?:\)|\]|$)"
)
#: Hearsay: what our people remember customers said is not the customers heard.
_HEARSAY = _any(r"recollections?|anecdotes?|anecdotal|hearsay|second ?hand|word of mouth")
_GUESS = _any(
    r"guess(?! who)|guesses|guessed|guesswork|speculation|speculative|spekulation|speculacion"
    r"|expected behaviou?r|erwartetes verhalten|comportement attendu"
    r"|comportamiento esperado"
)
_FAKE = _any(
    r"fake|faked|dummy|made ?up(?! of)|invented|fabricated|erfunden\w*|invente\w*|inventad\w*"
    r"|(?:demo|example|sample|test|mock|beispiel|exemple|ejemplo|prueba) ?(?:data|daten"
    r"|donnees|datos|numbers|responses|answers)|(?:donnees|datos) de (?:demo\w*|ejemplo|prueba)"
    r"|lorem|ipsum|placeholder data|not real data"
)
#: People the research hears: a model or role next to them is the topic, not the speaker.
_HOLDERS = _set(
    """customer customers user users client clients respondent respondents participant
    participants buyer buyers shopper shoppers patient patients prospect prospects
    interviewee interviewees kunde kunden nutzer befragte utilisateurs clients usuarios
    clientes"""
)


@functools.lru_cache(maxsize=65536)  # labels repeat across items and checks
def not_research_named(text: str) -> str | None:
    """What ``text`` (a source's label, reference or description, or a respondent's label
    or details) says the source is, if not research: "synthetic", "marketing", "artefact",
    "circle", "guess" or "fake"; None when it says none of these."""
    folded = without_accents(fold(text)).replace("\u2019", "'").replace("\u2018", "'")
    if _ROLE_IN_BRACKETS.search(folded):
        return "team"
    folded = re.sub(r"[-_/#()\[\]\"“”«»:;,.!?+]+", " ", folded)
    folded = " ".join(folded.split())
    if not folded:
        return None
    words = folded.replace("'", " ").split()
    if _FAKE.search(folded):
        return "fake"
    if _SYNTHETIC.search(folded):
        return "synthetic"
    if _model_heard(folded):
        return "synthetic"
    if _MARKETING.search(folded):
        return "marketing"
    if _ARTEFACT.search(folded) and _TESTED.isdisjoint(words) and _HOLDERS.isdisjoint(words):
        return "artefact"
    if _FIRST_PERSON.search(folded) and _HOLDERS.isdisjoint(words):
        return "circle"
    if _circle(folded):
        return "circle"
    if _ROLE_SAYS.search(folded) and not _held(folded):
        return "circle"
    if _HEARSAY.search(folded):
        return "circle"
    if _GUESS.search(folded) and _HOLDERS.isdisjoint(words):
        return "guess"
    return None


def _model_heard(text: str) -> bool:
    """An AI model as the one heard ("ChatGPT interview"), not the topic ("Survey of
    ChatGPT users", "Interview about AI tools")."""
    for match in _MODELS.finditer(text):
        before = text[: match.start()].replace("'", " ").split()
        after = text[match.end() :].replace("'", " ").split()
        if before and before[-1] in _TOPIC_BEFORE:
            continue
        if after and after[0] in _TOPIC_AFTER | _HOLDERS:
            continue
        if any(w in _HOLDERS for w in before[-2:]):
            continue
        return True
    return False


def _circle(text: str) -> bool:
    """Our own people heard (not a topic: "Interview about employee onboarding"; not
    someone else's: "Clinic staff interview", "Employees at ACME"), or our own habits."""
    for match in _OUR_PEOPLE.finditer(text):
        before = text[: match.start()].replace("'", " ").split()
        after = text[match.end() :].replace("'", " ").split()
        if before and before[-1] not in _PEOPLE_BEFORE:
            continue
        if after and after[0] in _SOMEONE_ELSES | _HOLDERS:
            continue
        if any(w in _HOLDERS for w in before):
            continue
        return True
    for match in _OUR_HABITS.finditer(text):
        before = text[: match.start()].replace("'", " ").split()
        after = text[match.end() :].replace("'", " ").split()
        if before and before[-1] in _TOPIC_BEFORE:
            continue
        if any(w in _HOLDERS for w in before) or (after and after[0] in _HOLDERS):
            continue
        return True
    return False


def _held(text: str) -> bool:
    """A holder before the role: "Customer's account manager feedback" is research."""
    match = _ROLE_SAYS.search(text)
    before = text[: match.start()].replace("'", " ").split() if match else []
    return any(w in _HOLDERS for w in before)


_OURS_SAID = re.compile(
    r"(?<!\w)(?:our|the team ?s|team|internal|unsere[nrm]?|notre|nos|nuestr[ao]s?)"
    r" (?:\w+ )?(?:opinions?|assumptions?|guess\w*|hunch\w*|brainstorm\w*|views?"
    r"|hypothes\w*|annahmen?|meinung|hypothesen|hipotesis|suposiciones|suppositions?)(?!\w)"
    r"|what (?:the team|we|our \w+) (?:thinks?|believes?|assumes?)"
)
_OURS_HEARD = re.compile(
    r"(?<!\w)(?:our|internal|in ?house|unsere[nrm]?|interne?[nrs]?|notre|nos|nuestr[ao]s?"
    r"|intern[ao]s?) (?:\w+ )?(?:company|firm|organi[sz]ation|org|startup|team|staff"
    r"|employees?|colleagues?|firma|unternehmen|mitarbeiter\w*|entreprise|societe|equipe"
    r"|empresa|equipo|empleados?)(?!\w)"
)


def _plain(text: str) -> str:
    folded = without_accents(fold(text)).replace("\u2019", "'").replace("'", " ")
    return " ".join(re.sub(r"[-_/#()\[\]\"“”«»:;,.!?+…]+", " ", folded).split())


@functools.lru_cache(maxsize=16384)
def described_not_research(text: str) -> str | None:
    """What a source's free-text description says it is, read narrowly (a description tells
    what happened in research, so "she had to guess the price" is not a guess): made-up or
    synthetic ("Not a real interview: we role-played the customer"), or the team's own
    opinions said as ours ("What the team thinks; our assumptions")."""
    plain = _plain(text)
    if _FAKE.search(plain):
        return "fake"
    if _SYNTHETIC.search(plain):
        return "synthetic"
    if _OURS_SAID.search(plain):
        return "view"
    return None


@functools.lru_cache(maxsize=16384)
def ours_described(text: str) -> str | None:
    """A respondent's detail (role, segment...) that says they are one of our own: "Product
    manager at our company", "internal staff" ("Staff engineer" alone is a job title)."""
    return "circle" if _OURS_HEARD.search(_plain(text)) else None
