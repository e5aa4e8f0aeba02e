"""Counts in the window's language, by that language's plural rule.

Every count the window shows ("%n note" / "%n notes") is one Qt numerus message in the
context ``Counts``: its source is the English singular, its comment the English plural,
and each catalogue (``resources/translations/*.ts``) holds one form per plural form of its
language, so French says "0 note", "1 note", "2 notes" and German "0 Notizen". lrelease
knows each language's rule; ``packaging/update_translations.py`` finds the calls.

In English (and in a language without a window catalogue) the English forms are used as
English counts: the singular for 1, else the plural. ``%Ln`` is the number with its
thousands grouped as the language writes them ("1,204", "1.204", "1 204"): Qt groups it by
the default locale, which the window's language sets (``translators``).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from workshop.i18n import ENGLISH, current_language, grouped
from workshop.i18n.language import CATALOGUE_PREFIX, translations_folder

#: The translation context of every count.
CONTEXT = "Counts"


@cache
def _has_window_catalogue(language: str) -> bool:
    if language == ENGLISH:
        return False
    return (translations_folder() / f"{CATALOGUE_PREFIX}{language}.ts").is_file()


def plural(one: str, many: str, count: int) -> str:
    """``one`` or ``many`` (English, ``%n`` for the number, ``%Ln`` for it grouped;
    literal strings, so that the extraction finds them) for ``count`` in the window's
    language, the number filled in."""
    if _has_window_catalogue(current_language()):
        return QCoreApplication.translate(CONTEXT, one, many, count)
    said = one if count == 1 else many
    return said.replace("%Ln", grouped(count)).replace("%n", str(count))
