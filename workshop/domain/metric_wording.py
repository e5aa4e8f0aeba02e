"""Is a success metric measurable? Read from its wording, as a sceptical researcher would.

A measurable success metric says three things: a quantity ("10", "ten", "80%"), a unit or a
time frame ("minutes", "per week", "weekly", "%", "€"), and a direction ("under", "at least",
"reduce", "more than"). "Finish weekly review in under 10 minutes" says all three; "Be happy"
says none. :func:`missing_parts` names what a metric leaves out, in the facilitator's words.

A feeling ("be happy", "feel in control", "less worry") is not measured by putting numbers
beside it: "Be happy every day, more than ever, 100%" says a quantity, a time frame and a
direction, yet nobody can count it. A metric about a feeling is measurable only when it
names the instrument that measures it (a score, a rating, NPS, CSAT, a survey question).
"""

from __future__ import annotations

import re

from workshop.i18n import _

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "forty|fifty|sixty|hundred|thousand|half|twice|double|triple|once"
)
_QUANTITY = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_UNIT = re.compile(
    r"%|[€$£¥]|\bpercent\b|\bper\s*cent\b|\bpoints?\b|\bpp\b|"
    r"\b(?:second|sec|minute|min|hour|hr|day|week|month|quarter|year|fortnight)s?\b|"
    r"\b(?:daily|weekly|monthly|quarterly|yearly|annually|nightly|fortnightly)\b|"
    r"\b(?:per|each|every|within)\b|"
    r"\b(?:clicks?|steps?|screens?|taps?|sessions?|times|users?|customers?|tickets?|visits?|"
    r"transactions?|bills?|errors?|attempts?|pages?|calls?|emails?|dollars?|euros?|pounds?|"
    r"nps|csat|mins|hrs|ms)\b",
    re.IGNORECASE,
)
_DIRECTION = re.compile(
    r"[<>≤≥]|\b(?:under|below|less|fewer|lower|shorter|faster|quicker|within|at\s+most|"
    r"no\s+more\s+than|up\s+to|over|above|more|higher|greater|longer|at\s+least|"
    r"reduc\w*|decreas\w*|increas\w*|improv\w*|rais\w*|grow\w*|cut\w*|drop\w*|"
    r"lower\w*|sav\w*|reach\w*|exceed\w*|halv\w*|doubl\w*|minimi[sz]\w*|maximi[sz]\w*|"
    r"from\s+\S+\s+to|(?:up|down)(?=\s+(?:by\s+|to\s+)?[$€£¥]?\d))\b",
    re.IGNORECASE,
)


_FEELING = re.compile(
    r"\b(?:happ(?:y|ier|iest|iness)|unhapp\w*|satisf\w*|dissatisf\w*|feel\w*|lov(?:e|es|ed|ing)|"
    r"enjoy\w*|delight\w*|confiden\w*|comfortabl\w*|relax\w*|stress\w*|anxi\w*|"
    r"worr(?:y|ies|ied|ying)|calm\w*|frustrat\w*|pleased|contented|contentment|"
    r"peace\s+of\s+mind|in\s+control|empower\w*|motivated)\b",
    re.IGNORECASE,
)
_INSTRUMENT = re.compile(
    r"\b(?:scores?|scored|ratings?|rated|rate|nps|csat|ces|sus|surveys?|surveyed|"
    r"questionnaires?|polls?|polled|stars?|likert|scale|out\s+of)\b|\d\s*/\s*\d",
    re.IGNORECASE,
)


def missing_parts(text: str) -> list[str]:
    """What the metric does not say: any of "a quantity", "a unit or time frame",
    "a direction" (empty when it is measurable). When it says all three but is about a
    feeling with no instrument named, it lacks a way to measure that feeling."""
    missing = []
    if not _QUANTITY.search(text):
        missing.append(_("a quantity"))
    if not _UNIT.search(text):
        missing.append(_("a unit or time frame"))
    if not _DIRECTION.search(text):
        missing.append(_("a direction"))
    if not missing and _FEELING.search(text) and not _INSTRUMENT.search(text):
        missing.append(_("a way to measure the feeling (a score, a rating, NPS or a survey)"))
    return missing


def is_measurable(text: str) -> bool:
    return not missing_parts(text)
