"""The message catalogue for everything without a window (gettext)."""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from workshop.i18n.language import ENGLISH, base_language, choose_language

#: What groups the thousands of a number, per language (English: a comma).
THOUSANDS_SEPARATORS = {"de": ".", "es": ".", "fr": "\u202f"}

_chosen: list[str] = []
_override: ContextVar[str | None] = ContextVar("workshop_language", default=None)


@cache
def translation(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language``; English (no translation) when none is shipped."""
    if base_language(language) == ENGLISH:
        return gettext.NullTranslations()
    # Only now: compiling (hashlib, ast, subprocess) costs the command line's start in English.
    from workshop.i18n.compiling import compiled

    path = compiled(base_language(language), "mo")
    if path is None:
        return gettext.NullTranslations()
    with path.open("rb") as stream:
        return gettext.GNUTranslations(stream)


def current_language() -> str:
    """The language messages are in now: a ``using_language`` block's, else the chosen
    one (decided on first use by ``choose_language``)."""
    inside = _override.get()
    if inside:
        return inside
    if not _chosen:
        _chosen.append(choose_language(_preference()))
    return _chosen[0]


def _preference() -> str | None:
    from workshop.i18n.preference import read_preference

    return read_preference()


def set_language(language: str | None) -> str:
    """Choose the language of messages for the rest of the run (None: decide again from
    the override and the environment); returns the one chosen."""
    _chosen.clear()
    if language:
        _chosen.append(base_language(language))
    return current_language()


@contextmanager
def using_language(language: str | None) -> Iterator[str]:
    """Messages inside the block in ``language`` (None or '': as outside)."""
    if not language:
        yield current_language()
        return
    token = _override.set(base_language(language))
    try:
        yield base_language(language)
    finally:
        _override.reset(token)


def _(message: str) -> str:
    """``message`` in the current language (itself when it has no translation)."""
    return translation(current_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a message for ``count`` in the current language (its plural rule, from
    the catalogue's ``Plural-Forms``); English: ``singular`` for 1, else ``plural``. The
    text keeps its ``{count}`` field: ``ngettext("{count} note", "{count} notes", n)
    .format(count=n)``."""
    return translation(current_language()).ngettext(singular, plural, count)


def grouped(number: int) -> str:
    """``number`` with its thousands grouped as the current language writes them:
    1,000,031 in English, 1.000.031 in German, 1 000 031 in French."""
    separator = THOUSANDS_SEPARATORS.get(current_language(), ",")
    return f"{number:,}".replace(",", separator)


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; translate with ``_`` where it is used."""
    return message
