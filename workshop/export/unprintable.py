"""What cannot print as typed, named by script and by the text it is in.

An export collects these while it lays text out (a ``set[str]`` shared by the export's
paragraphs) and ends with one sentence per kind of problem, naming the script(s) and the
texts, e.g. *Ethiopic cannot be printed: no font that comes with the program has it; it
prints as empty boxes in the text “ሰላም ለሁሉም…”.*

Two kinds:

* a script no bundled font has (Ethiopic, Tamil, Linear B...);
* emoji that need colour or joining, which the black-and-white emoji font cannot show:
  skin tones (the modifier is left out, the emoji prints without it), sequences joined with
  zero-width joiners (they print as their parts) and flags (they print as the two region
  letters). Colour emoji fonts are bitmap (CBDT) or COLR fonts that ReportLab cannot embed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from workshop.i18n import _, ngettext

#: Emoji skin-tone modifiers (Fitzpatrick types 1-2 to 6).
SKIN_TONES = frozenset(map(chr, range(0x1F3FB, 0x1F400)))
#: Tag characters (subdivision flags such as Scotland's), never drawn.
TAGS = frozenset(map(chr, range(0xE0020, 0xE0080)))
_EMOJI_NEEDING_COLOUR = re.compile(
    "[\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff\U000e0020-\U000e007f]"
    "|[\U0001f000-\U0001faff\u2600-\u27bf]\u200d"
)
_NAME_ENDS = frozenset(
    [
        "LETTER",
        "SYLLABLE",
        "SIGN",
        "DIGIT",
        "VOWEL",
        "CHARACTER",
        "IDEOGRAPH",
        "SYMBOL",
        "MARK",
        "NUMBER",
        "SMALL",
        "CAPITAL",
        "CONSONANT",
        "NUMERAL",
        "PUNCTUATION",
        "COMMA",
        "FULL",
        "WORD",
        "LIGATURE",
    ]
)

_SCRIPT = "script"
_EMOJI = "emoji"


class PrintProblem(str):
    """One problem in one text, kept in the export's ``missing`` set (a str, so sets of
    them de-duplicate): ``kind`` is "script" or "emoji", ``script`` names the script."""

    kind: str
    script: str
    where: str

    def __new__(cls, kind: str, script: str, where: str) -> PrintProblem:
        self = super().__new__(cls, f"{kind}\x1f{script}\x1f{where}")
        self.kind = kind
        self.script = script
        self.where = where
        return self


def script_name(char: str) -> str:
    """The script of ``char`` in words ("Ethiopic", "Linear B"), from its Unicode name."""
    name = unicodedata.name(char, "")
    if not name:
        return _("the character U+{code}").format(code=f"{ord(char):04X}")
    words: list[str] = []
    for word in name.split():
        if word in _NAME_ENDS and words:
            break
        words.append(word)
    return " ".join(w if len(w) <= 2 else w.capitalize() for w in words)


def problems(text: str, unprintable: Iterable[str], where: str) -> set[PrintProblem]:
    """The problems of one ``text`` (named ``where``): its characters no font has
    (``unprintable``) and emoji that need colour or joining."""
    found = {PrintProblem(_SCRIPT, script_name(char), where) for char in unprintable}
    if _EMOJI_NEEDING_COLOUR.search(text):
        found.add(PrintProblem(_EMOJI, "emoji", where))
    return found


def warning(entries: Iterable[str]) -> str | None:
    """One sentence (or two) naming what cannot print as typed, and where."""
    by_script: dict[str, list[str]] = {}
    emoji: list[str] = []
    for entry in sorted(entries):
        if isinstance(entry, PrintProblem):
            if entry.kind == _EMOJI:
                emoji.append(entry.where)
            else:
                by_script.setdefault(entry.script, []).append(entry.where)
        else:  # a bare character (from a caller that knows no text to name)
            by_script.setdefault(script_name(entry), [])
    sentences = []
    if by_script:
        scripts = sorted(by_script)
        places = sorted({where for script in scripts for where in by_script[script]})
        named = _and(scripts)
        if places:
            sentence = ngettext(
                "{scripts} cannot be printed: no font that comes with the program has it, so "
                "those letters print as empty boxes in {places}.",
                "{scripts} cannot be printed: no font that comes with the program has them, "
                "so those letters print as empty boxes in {places}.",
                len(scripts),
            )
        else:
            sentence = ngettext(
                "{scripts} cannot be printed: no font that comes with the program has it, so "
                "those letters print as empty boxes.",
                "{scripts} cannot be printed: no font that comes with the program has them, "
                "so those letters print as empty boxes.",
                len(scripts),
            )
        sentences.append(sentence.format(scripts=named, places=_and(places) if places else ""))
    if emoji:
        sentences.append(
            _(
                "Emoji with skin tones, joined emoji and flags print in black and white, "
                "without the skin tone and as separate parts, in {places}."
            ).format(places=_and(sorted(set(emoji))))
        )
    return " ".join(sentences) or None


def _and(names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    return _("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])
