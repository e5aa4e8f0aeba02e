"""Placeholder text is not content: "-", "n/a", "TBD", "?", "...", "k.A.", "à définir".

Wherever the evidence check asks "did they say what it is?" (an "other" source's reference
or description), "is there a baseline or a target?" (a linked metric), "where does the
number come from?" (a segment size) or "is this a goal at all?" (any persona item), a
placeholder counts as nothing written. A text is a placeholder when it holds no letter or
digit (".", "   ", "?", "—", "..."), or when, ignoring case, accents, spaces and
punctuation, it is one of ``PLACEHOLDERS`` (English, German, French and Spanish ways of
writing "not known yet", "to do", "none").
"""

from __future__ import annotations

from workshop.domain.text_folding import fold, has_letters_or_digits, without_accents

#: Placeholders, as :func:`_compact` writes them (no case, accents, spaces or punctuation).
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        # English
        "na", "tbd", "tba", "tbc", "todo", "none", "nothing", "null", "nil", "unknown",
        "xxx", "xx", "x", "nn", "notknown", "notavailable", "notapplicable", "placeholder",
        "fillin", "later", "pending",
        # German: keine Angabe, offen, unbekannt, folgt, noch offen, n. v.
        "ka", "keineangabe", "offen", "nochoffen", "unbekannt", "folgt", "nv", "keine",
        "fehlt", "spater",
        # French: à définir, à compléter, non renseigné, inconnu, aucun, n. c., n. d.
        "adefinir", "acompleter", "nonrenseigne", "inconnu", "aucun", "aucune", "nc", "nd",
        "enattente",
        # Spanish: pendiente, por definir, sin datos, ninguno, nada, desconocido, s/d
        "pendiente", "pordefinir", "sindatos", "ninguno", "ninguna", "nada", "desconocido",
        "sd", "noaplica",
    }
)  # fmt: skip


def is_placeholder(text: str) -> bool:
    """Whether ``text`` says nothing: empty, no letter or digit, or a placeholder word."""
    if not has_letters_or_digits(text):
        return True
    compact = _compact(text)
    return compact in PLACEHOLDERS or set(compact) == {"x"}


def has_content(text: str) -> bool:
    """Whether ``text`` says something (not empty, not a placeholder)."""
    return not is_placeholder(text)


def _compact(text: str) -> str:
    return "".join(ch for ch in without_accents(fold(text)) if ch.isalnum())
