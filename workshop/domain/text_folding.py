"""Text as a sceptical reader compares it: what looks the same is the same.

Two labels a facilitator would read as one ("Zoë" typed two ways, a trailing full stop, an
invisible zero-width space, an en-dash for a hyphen, a Cyrillic "е" among Latin letters)
must not make two sources. :func:`fold` turns a text into the form such comparisons use:

- Unicode compatibility form (NFKC: "ﬁ" is "fi", "Ｐ１" is "P1", "Zoë" composed or not) and
  case folded ("Straße" is "strasse");
- format characters (Unicode category Cf: zero-width spaces and joiners, soft hyphens,
  direction marks) removed;
- every dash (hyphen, en-dash, em-dash, minus sign...) one hyphen;
- Cyrillic and Greek letters that look like Latin ones read as those Latin letters
  (``CONFUSABLES``);
- runs of white space one space, and punctuation at the end ("Interview P1." or "…")
  ignored.

Pure standard library; nothing of ours is imported.
"""

from __future__ import annotations

import unicodedata

#: Cyrillic and Greek letters that look like Latin letters, upper and lower case.
CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "Ѕ": "S", "І": "I", "Ј": "J", "Ԛ": "Q",
    "Ԝ": "W", "Ү": "Y", "Ɩ": "I",
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "ѕ": "s",
    "і": "i", "ј": "j", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ү": "y",
    "ё": "ë", "ї": "ï",
    # Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "α": "a", "ο": "o", "ι": "i", "ν": "v", "ρ": "p", "υ": "u", "κ": "k", "χ": "x",
    "ϲ": "c", "ϳ": "j",
}  # fmt: skip

_CONFUSABLE_TABLE = str.maketrans(CONFUSABLES)
#: Dashes that are not in category Pd but are read as one: the minus sign.
_OTHER_DASHES = frozenset("\u2212\u2043\ufe63\uff0d")
#: Punctuation that ends a label without changing what it names.
_TRAILING = ".,;:!?…·"


def fold(text: str) -> str:
    """``text`` in the form comparisons use (see the module's rules)."""
    text = unicodedata.normalize("NFC", text).translate(_CONFUSABLE_TABLE)
    text = unicodedata.normalize("NFKC", text).casefold()
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category == "Cf":
            continue
        if category == "Pd" or ch in _OTHER_DASHES:
            ch = "-"
        kept.append(ch)
    text = " ".join("".join(kept).split())
    return text.rstrip(_TRAILING + " ")


def without_accents(text: str) -> str:
    """``text`` with its accents and other combining marks removed ("définir" -> "definir")."""
    return "".join(
        ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn"
    )


def has_letters_or_digits(text: str) -> bool:
    """Whether ``text`` holds any letter or digit (".", "   ", "?", "—" do not)."""
    return any(ch.isalnum() for ch in text)
