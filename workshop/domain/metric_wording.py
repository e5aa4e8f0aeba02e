"""Is a success metric measurable? Read from its wording, as a sceptical researcher would.

A measurable success metric says three things: a quantity ("10", "ten", "80%"), a unit or a
time frame ("minutes", "per week", "weekly", "%", "€"), and a direction ("under", "at least",
"reduce", "more than"). "Finish weekly review in under 10 minutes" says all three; "Be happy"
says none. :func:`missing_parts` names what a metric leaves out, in the facilitator's words.

The wording is read in English, German, French and Spanish alike: "Wöchentliche Übersicht in
unter 10 Minuten", "mindestens 3 Budgets pro Woche", "en moins de 10 minutes", "menos de 10
minutos por semana" are measurable; "glücklich sein", "être heureux", "ser feliz" are not.

A date or a year is a time frame, not a quantity: "More users in 2027", "Grow by Q3 2026",
"Fewer tickets by June 30" give no quantity (``without_dates`` leaves the dates out before
looking for one; "Save 2000 euros a year" keeps its 2000). A linked business metric's
baseline and target must each be a *value* (:func:`is_value`): a number, with or without a
unit or "%", possibly bound to a date ("38%", "0", "1,200 a month", "38% in Q3 2026");
"baseline", "high", "higher", "Increase", "more", "Q3 2026" and placeholders such as "N/A"
are not.

A vague amount is not a quantity, even beside a number that is the time frame: "Reduce
time by a lot within 2 weeks", "by some", "significantly" (``_VAGUE_AMOUNT``); nor is a
vague time a time frame ("within a reasonable time", "within some weeks"). A change of
zero ("by 0%") asks for no change. A percentage of something that is not measurable by
itself ("Improve UX by 30%", "Reduce friction by 50%") needs the instrument that measures
it, as a feeling does (a score, a rating, a time, a count: ``_UNMEASURED_THINGS``).
Numbers written as words ("two", "three") are numbers: values and quantities.

A linked metric's baseline or target that carries a guess or a placeholder beside its
number ("TBD 50%", "38% (guess)", "38% (unknown)", "~40%", "≈50%") is not a value
(:func:`is_guessed`).

A feeling ("be happy", "feel in control", "less worry") is not measured by putting numbers
beside it: "Be happy every day, more than ever, 100%" says a quantity, a time frame and a
direction, yet nobody can count it. A metric about a feeling is measurable only when it
names the instrument that measures it (a score, a rating, NPS, CSAT, a survey question).
"""

from __future__ import annotations

import re

from workshop.i18n import _

#: Words for each part, per language (regular-expression alternatives, matched whole-word
#: and case-insensitively). All languages are read at once: a German metric is measurable
#: on an English laptop too. Bare prepositions that mean far more than "per" (Spanish
#: "por", French "par") are left out; "por semana" is caught by "semana".
_NUMBER_WORDS = {
    "en": "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    "thirty|forty|fifty|sixty|hundred|thousand|half|twice|double|triple|once",
    "de": "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|"
    "dreißig|vierzig|fünfzig|sechzig|hundert|tausend|halb\\w*|hälfte|doppelt\\w*|"
    "dreifach\\w*|einmal|zweimal|dreimal",
    "fr": "deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|"
    "quarante|cinquante|soixante|cent|mille|moitié|demi\\w*",
    "es": "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|"
    "cuarenta|cincuenta|sesenta|cien|ciento|mil|mitad|doble",
}
_UNIT_WORDS = {
    "en": "percent|per\\s*cent|points?|pp|"
    "(?:second|sec|minute|min|hour|hr|day|week|month|quarter|year|fortnight)s?|"
    "daily|weekly|monthly|quarterly|yearly|annually|nightly|fortnightly|"
    "per|each|every|within|"
    "clicks?|steps?|screens?|taps?|sessions?|times|users?|customers?|tickets?|visits?|"
    "transactions?|bills?|errors?|attempts?|pages?|calls?|emails?|dollars?|euros?|pounds?|"
    "nps|csat|mins|hrs|ms",
    "de": "prozent\\w*|sekunde\\w*|sek|minute\\w*|stunde\\w*|std|tage?n?|täglich\\w*|"
    "woche\\w*|wöchentlich\\w*|monat\\w*|quartal\\w*|jahre?s?|jahren|jährlich\\w*|"
    "pro|innerhalb|mal|klicks?|schritte?n?|bildschirme?n?|sitzung\\w*|nutzer\\w*|"
    "kund\\w*|besuche?n?|transaktion\\w*|rechnung\\w*|fehler\\w*|versuche?n?|"
    "seiten?|anrufe?n?|e-mails?",
    "fr": "pour\\s*cent|pourcentage|secondes?|heures?|jours?|quotidien\\w*|semaines?|"
    "hebdomadaire\\w*|mois|mensuel\\w*|trimestre\\w*|années?|annuel\\w*|chaque|"
    "clics?|étapes?|écrans?|séances?|fois|utilisateur\\w*|clients?|visites?|erreurs?|"
    "tentatives?|appels?",
    "es": "por\\s*ciento|porcentaje|segundos?|minutos?|horas?|días?|diari\\w*|semanas?|"
    "semanal\\w*|mes|meses|mensual\\w*|trimestre\\w*|años?|anual\\w*|cada|clics?|"
    "pasos?|pantallas?|sesiones?|veces|usuari\\w*|clientes?|visitas?|errores?|intentos?|"
    "páginas?|llamadas?",
}
_DIRECTION_WORDS = {
    "en": "under|below|less|fewer|lower|shorter|faster|quicker|within|at\\s+most|"
    "no\\s+more\\s+than|up\\s+to|over|above|more|higher|greater|longer|at\\s+least|"
    "reduc\\w*|decreas\\w*|increas\\w*|improv\\w*|rais\\w*|grow\\w*|cut\\w*|drop\\w*|"
    "lower\\w*|sav\\w*|reach\\w*|exceed\\w*|halv\\w*|doubl\\w*|minimi[sz]\\w*|"
    "maximi[sz]\\w*|from\\s+\\S+\\s+to|(?:up|down)(?=\\s+(?:by\\s+|to\\s+)?[$€£¥]?\\d)",
    "de": "unter|weniger|höchstens|maximal|bis\\s+zu|über|mehr|mindestens|wenigstens|"
    "höher\\w*|größer\\w*|schneller\\w*|kürzer\\w*|länger\\w*|niedriger\\w*|"
    "senk\\w*|reduzier\\w*|verringer\\w*|verkürz\\w*|steiger\\w*|erhöh\\w*|"
    "verbesser\\w*|spar\\w*|erspar\\w*|erreich\\w*|übertr[ie]ff\\w*|halbier\\w*|"
    "verdoppel\\w*|minimier\\w*|maximier\\w*|sink\\w*|wachs\\w*|wächst|"
    "von\\s+\\S+\\s+auf",
    "fr": "moins|plus|au\\s+moins|au\\s+plus|sous|inférieur\\w*|supérieur\\w*|"
    "rédui\\w*|diminu\\w*|augment\\w*|amélior\\w*|baiss\\w*|économis\\w*|"
    "atteind\\w*|atteint|dépass\\w*|doubl\\w*|jusqu'à|de\\s+\\S+\\s+à",
    "es": "menos|más|al\\s+menos|como\\s+mínimo|como\\s+máximo|por\\s+debajo|bajo|"
    "inferior\\w*|superior\\w*|reduc\\w*|disminu\\w*|aument\\w*|mejor\\w*|"
    "baj(?:a|ar|e|en|ó)|ahorr\\w*|alcanz\\w*|super(?:a|ar|e|en|ó)|duplic\\w*|hasta|"
    "de\\s+\\S+\\s+a",
}


def _words(table: dict[str, str]) -> str:
    return "|".join(f"(?:{words})" for words in table.values())


_QUANTITY = re.compile(rf"\d|\b(?:{_words(_NUMBER_WORDS)})\b", re.IGNORECASE)
_UNIT = re.compile(rf"%|[€$£¥]|\b(?:{_words(_UNIT_WORDS)})\b", re.IGNORECASE)
_DIRECTION = re.compile(rf"[<>≤≥]|\b(?:{_words(_DIRECTION_WORDS)})\b", re.IGNORECASE)


_FEELING = re.compile(
    r"\b(?:happ(?:y|ier|iest|iness)|unhapp\w*|satisf\w*|dissatisf\w*|feel\w*|lov(?:e|es|ed|ing)|"
    r"enjoy\w*|delight\w*|confiden\w*|comfortabl\w*|relax\w*|stress\w*|anxi\w*|"
    r"worr(?:y|ies|ied|ying)|calm\w*|frustrat\w*|pleased|contented|contentment|"
    r"peace\s+of\s+mind|in\s+control|empower\w*|motivated|"
    # German, French, Spanish: the same feelings as a room writes them
    r"glücklich\w*|zufrieden\w*|unzufrieden\w*|fühl\w*|gefühl\w*|entspannt\w*|"
    r"sorgen\w*|sicher\s+fühlen|heureu\w*|satisfait\w*|satisfaction|sentir|serein\w*|"
    r"inquiet\w*|confian\w*|feli(?:z|ces)|satisfech\w*|satisfacción|tranquil\w*|"
    r"preocupa\w*|sentirse)\b",
    re.IGNORECASE,
)
_INSTRUMENT = re.compile(
    r"\b(?:scores?|scored|ratings?|rated|rate|nps|csat|ces|sus|surveys?|surveyed|"
    r"questionnaires?|polls?|polled|stars?|likert|scale|out\s+of|"
    r"umfrage\w*|bewertung\w*|fragebogen\w*|sterne?n?|skala|"
    r"enquête\w*|sondage\w*|questionnaire\w*|échelle|étoiles?|"
    r"encuesta\w*|puntuación|calificación|cuestionario\w*|estrellas?|escala)\b|\d\s*/\s*\d",
    re.IGNORECASE,
)


_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    "januar|februar|märz|mai|juni|juli|oktober|dezember|"
    "janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
)
#: Words before a year that make it a point in time ("in 2027", "bis 2026", "d'ici 2027").
_BEFORE_A_YEAR = (
    r"in|by|until|till|before|after|from|since|through|during|end\s+of|"
    r"im|bis|ab|seit|vor|nach|ende|jahr|"
    r"en|d'ici|avant|après|depuis|fin|"
    r"para|hasta|antes\s+de|desde|a\s+finales\s+de|finales\s+de|año"
)
_DATES = re.compile(
    "|".join(
        (
            r"\b\d{4}-\d{1,2}(?:-\d{1,2})?\b",  # 2026-03 and 2026-03-01
            r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",  # 1.3.2026, 03/01/26
            r"\b(?:[QH][1-4]|FY)\s*[/-]?\s*(?:'?\d{2}(?:\d{2})?)?\b",  # Q3, H1 2026, FY26
            rf"\b(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?)?(?:{_MONTHS})\b\.?"
            rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+(?:de\s+)?(?:19|20)\d{{2}}\b)?",
            # a year after "in", "by", "bis"... unless a unit follows ("in 2000 steps")
            rf"\b(?P<before>{_BEFORE_A_YEAR})\s+(?:19|20)\d{{2}}\b"
            rf"(?!\s*(?:%|[€$£¥]|(?:{_words(_UNIT_WORDS)})\b))",
        )
    ),
    re.IGNORECASE,
)


def without_dates(text: str) -> str:
    """``text`` with its dates, months, quarters and years left out: what is left is what
    could be a quantity ("More users in 2027" -> "More users in")."""
    return _DATES.sub(lambda m: f" {m.group('before') or ''} ", text)


#: Number words that are a value by themselves (not "half", "twice" or "more").
_RELATIVE = re.compile(
    r"^(?:half|twice|double|triple|once|halb\w*|hälfte|doppelt\w*|dreifach\w*|"
    r"einmal|zweimal|dreimal|moitié|demi\w*|mitad|doble)$",
    re.IGNORECASE,
)


#: A guess or a placeholder beside a number: "TBD 50%", "38% (guess)", "~40%", "≈50%".
_GUESSED = re.compile(
    r"[~≈?]|\b(?:tbd|tba|tbc|guess\w*|unknown|estimated?|estimate|approx\w*|about|around"
    r"|roughly|circa|ca|maybe|perhaps|probably|assumed|assumption|placeholder|ish"
    r"|geschätzt|schätzung|ungefähr|etwa|unbekannt|vermutlich|environ|estimé\w*|inconnu"
    r"|aproximad\w*|estimad\w*|desconocido|quizás)\b",
    re.IGNORECASE,
)


def is_guessed(text: str) -> bool:
    """Whether a baseline or target carries a guess or a placeholder beside its number
    ("TBD 50%", "38% (guess)", "38% (unknown)", "~40%", "≈50%"): not a value."""
    return bool(re.search(r"\d", text)) and bool(_GUESSED.search(text))


def same_value(baseline: str, target: str) -> bool:
    """Whether a baseline and a target are one value written alike ("40%" and "40 %"): a
    target equal to its baseline asks for no change."""
    if not (is_value(baseline) and is_value(target)):
        return False
    return _compact_value(baseline) == _compact_value(target)


def _compact_value(text: str) -> str:
    return re.sub(r"\s+", "", text.casefold()).replace(",", ".")


def is_value(text: str) -> bool:
    """Whether a baseline or target holds a value: a number, with or without a unit or
    "%", possibly bound to a date ("38%", "0", "twelve a month", "38% in Q3 2026"). A word
    that only says which way ("higher", "Increase", "more"), a name ("baseline", "target"),
    a bare date or year, and placeholders ("N/A", "TBD") are not values."""
    if is_guessed(text):
        return False
    left = without_dates(text)
    if re.search(r"\d", left):
        return True
    return any(
        not _RELATIVE.match(word.group(0))
        for word in re.finditer(rf"\b(?:{_words(_NUMBER_WORDS)})\b", left, re.IGNORECASE)
    )


#: A vague amount as the size of the change: "by a lot", "by some", "significantly".
_VAGUE_AMOUNT = re.compile(
    r"\b(?:by|um|de|en)\s+(?:a\s+lot|lots|some|much|a\s+bit|a\s+little|many|several"
    r"|plenty|a\s+reasonable\s+\w+|a\s+good\s+\w+|viel|einiges|etwas|beaucoup|un\s+peu"
    r"|mucho|algo|bastante)\b"
    r"|\b(?:significantly|considerably|substantially|dramatically|noticeably|greatly"
    r"|massively|deutlich|erheblich|sensiblement|considerablement|significativamente"
    r"|notablemente)\b|\d\s*-?\s*ish\b",
    re.IGNORECASE,
)
#: A vague time: "within a reasonable time", "within some weeks", "over the next months".
_VAGUE_TIME = re.compile(
    r"\b(?:(?:within|in|over|during|for|innerhalb|binnen|dans|en|dentro\s+de)\s+)?"
    r"(?:a\s+reasonable|reasonable|some|a\s+few|few|several|many|the\s+next|coming"
    r"|einige[nr]?|ein\s+paar|quelques|algunos|algunas|unos|unas)\s+"
    r"(?:amount\s+of\s+)?(?:time|periods?|(?:second|minute|hour|day|week|month|quarter|year)s?"
    r"|zeit|tage?n?|wochen?|monaten?|jahren?|temps|jours|semaines|mois|tiempo|d[ií]as"
    r"|semanas|meses)\b",
    re.IGNORECASE,
)
#: A change of zero: "by 0%", "by 0", "um 0 %".
_ZERO_CHANGE = re.compile(
    r"\b(?:by|um|de|en)\s+[+-]?0+(?:[.,]0+)?\s*(?:%|percent|prozent|pour\s*cent|por\s*ciento"
    r"|pp|points?)?(?!\s*[.,]?\d)",
    re.IGNORECASE,
)
#: Things not measurable by themselves: a percentage of them needs an instrument.
_UNMEASURED_THINGS = re.compile(
    r"\b(?:ux|user\s+experience|experience|friction|usability|quality|ease|simplicity"
    r"|convenience|clarity|intuitiveness|nutzererlebnis|benutzerfreundlichkeit|reibung"
    r"|qualit[aä]t|exp[ée]rience|frottement|facilit[ée]|experiencia|fricci[oó]n"
    r"|usabilidad|calidad)\b",
    re.IGNORECASE,
)
_MEASURE = re.compile(
    r"\b(?:time|seconds?|minutes?|hours?|days?|clicks?|steps?|taps?|errors?|tickets?"
    r"|drop[- ]?offs?|abandon\w*|completion|success\s+rate|conversion|churn)\b",
    re.IGNORECASE,
)


def missing_parts(text: str) -> list[str]:
    """What the metric does not say: any of "a quantity", "a unit or time frame",
    "a direction" (empty when it is measurable). When it says all three but is about a
    feeling with no instrument named, it lacks a way to measure that feeling. A date or a
    year is a time frame, never the quantity."""
    missing = []
    if _VAGUE_AMOUNT.search(text) or not _QUANTITY.search(without_dates(text)):
        missing.append(_("a quantity"))
    if not _UNIT.search(_VAGUE_TIME.sub(" ", text)):
        missing.append(_("a unit or time frame"))
    if not _DIRECTION.search(text):
        missing.append(_("a direction"))
    if not missing and _ZERO_CHANGE.search(text):
        missing.append(_("a change (a change of 0 asks for no change)"))
    if not missing and _FEELING.search(text) and not _INSTRUMENT.search(text):
        missing.append(_("a way to measure the feeling (a score, a rating, NPS or a survey)"))
    elif (
        not missing
        and _UNMEASURED_THINGS.search(text)
        and not _INSTRUMENT.search(text)
        and not _MEASURE.search(text)
    ):
        missing.append(_("a way to measure it (a score, a rating, a time or a count)"))
    return missing


def is_measurable(text: str) -> bool:
    return not missing_parts(text)
